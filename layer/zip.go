package layer

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"sort"
	"strings"
)

// Zipped data: a KMZ is a zip of a KML document (doc.kml, or the first
// .kml at the top) and the images it refers to; a .zip may hold a
// Shapefile (as HDX and OCHA publish them), a KML, a GPX, CSV or GeoJSON
// file. Members are read into memory, refused past Options.MaxBytes so
// that a small zip cannot expand without end.

// zipFiles opens data as a zip archive.
func zipFiles(data []byte) (*zip.Reader, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("not a readable zip archive (%v)", err)
	}
	return zr, nil
}

// zipRead reads a member whole, at most max bytes.
func zipRead(f *zip.File, max int64) ([]byte, error) {
	if f.UncompressedSize64 > uint64(max) {
		return nil, fmt.Errorf("%s in the archive is too large (%s); this app opens files up to %s", f.Name, humanBytes(int64(f.UncompressedSize64)), humanBytes(max))
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%s in the archive: %v", f.Name, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, max+1))
	if err != nil {
		return nil, fmt.Errorf("%s in the archive: %v", f.Name, err)
	}
	if int64(len(b)) > max {
		return nil, fmt.Errorf("%s in the archive is too large; this app opens files up to %s", f.Name, humanBytes(max))
	}
	return b, nil
}

// readKMZ reads the KML document of a KMZ.
func readKMZ(name string, data []byte, opt Options) (*Layer, error) {
	zr, err := zipFiles(data)
	if err != nil {
		return nil, err
	}
	var doc *zip.File
	for _, f := range byDepth(zr.File) {
		if strings.EqualFold(path.Ext(f.Name), ".kml") && (doc == nil || strings.EqualFold(path.Base(f.Name), "doc.kml")) {
			if doc == nil || path.Dir(f.Name) == path.Dir(doc.Name) {
				doc = f
			}
		}
	}
	if doc == nil {
		return nil, errors.New("a KMZ with no .kml document in it")
	}
	b, err := zipRead(doc, opt.MaxBytes)
	if err != nil {
		return nil, err
	}
	return readKML(name, b, opt)
}

// byDepth sorts an archive's files shallowest first, then by name, so
// that the top-level document wins over one in a folder.
func byDepth(fs []*zip.File) []*zip.File {
	out := append([]*zip.File(nil), fs...)
	sort.SliceStable(out, func(i, j int) bool {
		di, dj := strings.Count(out[i].Name, "/"), strings.Count(out[j].Name, "/")
		if di != dj {
			return di < dj
		}
		return out[i].Name < out[j].Name
	})
	return out
}
