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

// readZip reads the data in a zip archive: its first Shapefile (with its
// .dbf, .prj and .cpg from the same folder of the archive), else its
// first KML, GPX, CSV or GeoJSON file. Other data files it holds are
// named in a note, as they are not read.
func readZip(name string, data []byte, opt Options) (*Layer, error) {
	zr, err := zipFiles(data)
	if err != nil {
		return nil, err
	}
	files := byDepth(zr.File)
	var found []*zip.File
	for _, f := range files {
		ext := strings.ToLower(path.Ext(f.Name))
		if strings.HasPrefix(path.Base(f.Name), ".") || strings.HasPrefix(f.Name, "__MACOSX/") {
			continue
		}
		switch ext {
		case ".shp", ".kml", ".gpx", ".csv", ".tsv", ".geojson", ".json":
			found = append(found, f)
		}
	}
	if len(found) == 0 {
		return nil, errors.New("a zip archive with no Shapefile, KML, GPX, CSV or GeoJSON file in it")
	}
	pick := found[0]
	for _, f := range found {
		if strings.EqualFold(path.Ext(f.Name), ".shp") {
			pick = f
			break
		}
	}
	var others []string
	for _, f := range found {
		if f != pick {
			others = append(others, f.Name)
		}
	}
	b, err := zipRead(pick, opt.MaxBytes)
	if err != nil {
		return nil, err
	}
	var l *Layer
	switch ext := strings.ToLower(path.Ext(pick.Name)); ext {
	case ".shp":
		p := shapefileParts{shp: b, base: path.Base(pick.Name)}
		stem := strings.TrimSuffix(pick.Name, path.Ext(pick.Name))
		for _, f := range files {
			if !strings.EqualFold(strings.TrimSuffix(f.Name, path.Ext(f.Name)), stem) {
				continue
			}
			var to *[]byte
			switch strings.ToLower(path.Ext(f.Name)) {
			case ".dbf":
				to = &p.dbf
			case ".prj":
				to = &p.prj
			case ".cpg":
				to = &p.cpg
			default:
				continue
			}
			if *to, err = zipRead(f, opt.MaxBytes); err != nil {
				return nil, err
			}
		}
		l, err = p.read(name, opt)
	case ".kml":
		l, err = readKML(name, b, opt)
	case ".gpx":
		l, err = readGPX(name, b, opt)
	case ".csv", ".tsv":
		l, err = readCSV(name, b, ext, opt)
	default:
		l, err = Parse(name, b, opt)
	}
	if err != nil {
		return nil, fmt.Errorf("%s in the archive: %w", pick.Name, err)
	}
	if len(others) > 0 {
		l.Skipped = append(l.Skipped, Skip{-1, fmt.Sprintf("read %s of the archive; not read: %s (unzip it to open them)", pick.Name, clip(strings.Join(others, ", "), 120))})
	}
	return l, nil
}
