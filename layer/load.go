package layer

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"github.com/paulmach/orb"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"newsatlas/internal/fileerr"
	"newsatlas/style"
)

// DefaultMaxBytes is the largest file Load reads unless told otherwise:
// loading takes about twice the file's size in memory.
const DefaultMaxBytes = 1 << 30

// DefaultChunkSize is how much of a file LoadContext reads at a time
// unless told otherwise.
const DefaultChunkSize = 4 << 20

// Options tune loading.
type Options struct {
	Style     style.Style // the style of features without simplestyle properties
	MaxBytes  int64       // refuse larger files; 0 means DefaultMaxBytes
	ChunkSize int         // bytes read at a time; 0 means DefaultChunkSize
	// Bound, when not the zero Bound, keeps only the features whose
	// longitude/latitude box meets it (features without a geometry go
	// too). A FlatGeobuf file with a spatial index then reads from disk
	// only the features its index finds in Bound.
	Bound orb.Bound
	// Table is the feature table of a GeoPackage to read (see Tables);
	// "" reads its first. Other formats have no tables and ignore it.
	Table string
}

// withDefaults fills in the options left at zero.
func (o Options) withDefaults() Options {
	if o.Style == (style.Style{}) {
		o.Style = style.Spec
	}
	if o.MaxBytes <= 0 {
		o.MaxBytes = DefaultMaxBytes
	}
	if o.ChunkSize <= 0 {
		o.ChunkSize = DefaultChunkSize
	}
	return o
}

// Progress is told how many bytes of a file have been read, of how many.
// It is called from the loading goroutine after each chunk read; it must
// not block.
type Progress func(done, total int64)

// Load reads a file of geographic data: GeoJSON, or another format known
// by its extension or first bytes (see readerFor). The error, if any, is one line that names the
// file and says what is wrong.
func Load(path string, opt Options) (*Layer, error) {
	return LoadContext(context.Background(), path, opt, nil)
}

// LoadContext is Load that can be cancelled and reports its progress.
// Formats other than GeoJSON (see the package doc) are read whole, a
// GeoPackage as a database from its path. A GeoJSON
// FeatureCollection is read in chunks and its features parsed on all
// cores while the file is still being read, so the whole file is never in
// memory at once; other inputs (single features, geometries, sequences)
// and files with errors are read whole and go through Parse, which
// explains what is wrong. Only regular files are read: a directory, a
// named pipe or a device is refused before reading. When ctx is cancelled
// it returns ctx's error, wrapped with the file's name. progress may be
// nil. A path made by TablePath reads that table of a GeoPackage.
func LoadContext(ctx context.Context, path string, opt Options, progress Progress) (*Layer, error) {
	opt = opt.withDefaults()
	source := path
	if file, table := splitTable(path); table != "" {
		path, opt.Table = file, table // one table of a GeoPackage (see TablePath)
	}
	f, size, err := open(path, opt.MaxBytes)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	defer f.Close()
	name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	if progress != nil {
		// A file read twice (see below) reports its progress once.
		report, seen := progress, int64(0)
		progress = func(done, total int64) {
			if done > seen {
				seen = done
				report(done, total)
			}
		}
	}
	var l *Layer
	indexed := opt.Bound != (orb.Bound{}) && flatGeobuf(path, f)
	if indexed {
		// only the features in the bound, found by the file's index
		if l, err = readFGBBound(ctx, f, size, name, opt); errors.Is(err, errNoIndex) {
			indexed = false
		}
	}
	switch {
	case indexed:
	case geoPackage(path, f):
		l, err = readGeoPackage(ctx, path, name, opt)
	default:
		if read := readerFor(path, f); read != nil {
			var data []byte
			if data, err = readAll(ctx, f, size, opt, progress); err == nil {
				l, err = read(path, name, data, opt)
			} else {
				err = fileerr.Strip(err)
			}
		} else {
			l, err = readGeoJSON(ctx, f, name, size, opt, progress)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	l.Source = source
	l.readTimes(path)
	if progress != nil {
		progress(size, size)
	}
	return l, nil
}

// readGeoJSON reads a GeoJSON file: a FeatureCollection streamed, or
// anything else, and a collection with a projected legacy crs
// (geojsoncrs.go), read whole by Parse.
func readGeoJSON(ctx context.Context, f *os.File, name string, size int64, opt Options, progress Progress) (*Layer, error) {
	head := make([]byte, min(size, crsHead))
	n, err := f.ReadAt(head, 0)
	if err != nil && err != io.EOF {
		return nil, fileerr.Strip(err)
	}
	_, projected, err := legacyCRS(head[:n])
	if err != nil {
		return nil, err
	}
	if !projected {
		l, err := stream(ctx, f, name, opt, size, progress)
		if !errors.Is(err, errIrregular) {
			return l, err
		}
	}
	// Read it whole and let Parse say what it is.
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return nil, err
	}
	data, err := readAll(ctx, f, size, opt, progress)
	if err != nil {
		return nil, fileerr.Strip(err)
	}
	return Parse(name, data, opt)
}

// open opens a regular file of at most max bytes and returns its size.
// Anything else is refused before a byte is read: a named pipe or a
// device such as /dev/zero never ends.
func open(path string, max int64) (*os.File, int64, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, 0, fileerr.Strip(err)
	}
	if err := regular(fi.Mode()); err != nil {
		return nil, 0, err
	}
	if fi.Size() > max {
		return nil, 0, fmt.Errorf("too large (%s); this app opens files up to %s", humanBytes(fi.Size()), humanBytes(max))
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, 0, fileerr.Strip(err)
	}
	return f, fi.Size(), nil
}

// regular says what a file of mode m is when it is not a regular file.
func regular(m fs.FileMode) error {
	var what string
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		what = "a directory"
	case m&fs.ModeNamedPipe != 0:
		what = "a named pipe"
	case m&fs.ModeSocket != 0:
		what = "a socket"
	case m&fs.ModeDevice != 0:
		what = "a device"
	default:
		return fmt.Errorf("is not a regular file (mode %v), not a GeoJSON file", m.Type())
	}
	return fmt.Errorf("is %s, not a GeoJSON file", what)
}

// readAll reads r whole in chunks, checking ctx between them.
func readAll(ctx context.Context, r io.Reader, size int64, opt Options, progress Progress) ([]byte, error) {
	data := make([]byte, 0, size+1)
	for {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := r.Read(data[len(data):min(cap(data), len(data)+opt.ChunkSize)])
		data = data[:len(data)+n]
		if int64(len(data)) > opt.MaxBytes {
			return nil, fmt.Errorf("too large; this app opens files up to %s", humanBytes(opt.MaxBytes))
		}
		if progress != nil && n > 0 {
			progress(int64(len(data)), size)
		}
		if err == io.EOF {
			return data, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// ReadContext is LoadContext for a stream, such as a decompressing reader
// of built-in data: the features are parsed on all cores while r is still
// being read. Since input that is not a regular FeatureCollection is
// parsed whole by Parse, what is read is also kept until the end. Errors
// do not name a file.
func ReadContext(ctx context.Context, name string, r io.Reader, opt Options) (*Layer, error) {
	opt = opt.withDefaults()
	var kept bytes.Buffer
	l, err := stream(ctx, io.TeeReader(r, &kept), name, opt, 0, nil)
	if errors.Is(err, errIrregular) {
		if _, err := io.Copy(&kept, r); err != nil {
			return nil, err
		}
		return Parse(name, kept.Bytes(), opt)
	}
	return l, err
}
