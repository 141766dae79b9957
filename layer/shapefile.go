package layer

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/paulmach/orb"

	"newsatlas/internal/fileerr"
	"newsatlas/layer/crs"
)

// A Shapefile is a .shp (geometry) with files of the same name beside it:
// the .dbf (attributes, see dbf.go), the .prj (the CRS, as WKT: positions
// are turned into longitude and latitude by package crs, or the file is
// refused with its CRS named) and the .cpg (the .dbf's encoding). A
// Shapefile without its .dbf loads with no properties, and says so; one
// without a .prj is taken to be in longitude and latitude, unless its
// bounds cannot be.

// shapefileParts are the files of one Shapefile; nil for a file that is
// not there.
type shapefileParts struct {
	shp, dbf, prj, cpg []byte
	base               string // the .shp's name, for messages
}

// readShapefile reads the .shp at path and the files beside it.
func readShapefile(path, name string, data []byte, opt Options) (*Layer, error) {
	p := shapefileParts{shp: data, base: filepath.Base(path)}
	for ext, to := range map[string]*[]byte{".dbf": &p.dbf, ".prj": &p.prj, ".cpg": &p.cpg} {
		sib, ok := sibling(path, ext)
		if !ok {
			continue
		}
		b, err := readSibling(sib, opt.MaxBytes)
		if err != nil {
			return nil, err
		}
		*to = b
	}
	return p.read(name, opt)
}

// sibling finds the file beside path with the extension ext, in any case
// (Shapefiles from Windows mix .SHP and .dbf).
func sibling(path, ext string) (string, bool) {
	base := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	dir := filepath.Dir(path)
	want := base + ext
	if _, err := os.Stat(filepath.Join(dir, want)); err == nil {
		return filepath.Join(dir, want), true
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", false
	}
	for _, e := range entries {
		if strings.EqualFold(e.Name(), want) {
			return filepath.Join(dir, e.Name()), true
		}
	}
	return "", false
}

// readSibling reads one of a Shapefile's other files, naming it when it
// cannot.
func readSibling(path string, max int64) ([]byte, error) {
	f, size, err := open(path, max)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Base(path), err)
	}
	defer f.Close()
	b := make([]byte, size)
	if _, err := f.ReadAt(b, 0); err != nil && size > 0 {
		return nil, fmt.Errorf("%s: %w", filepath.Base(path), fileerr.Strip(err))
	}
	return b, nil
}

// read makes a layer of the Shapefile's parts.
func (p shapefileParts) read(name string, opt Options) (*Layer, error) {
	base := strings.TrimSuffix(p.base, filepath.Ext(p.base))
	shapes, notes, err := shpRecords(p.shp)
	if err != nil {
		return nil, err
	}
	tr, err := p.transform(base)
	if err != nil {
		return nil, err
	}
	if tr.Note != "" {
		notes = append(notes, Skip{-1, base + ".prj: " + tr.Note})
	}
	var table *dbfTable
	if p.dbf == nil {
		notes = append(notes, Skip{-1, fmt.Sprintf("no %s.dbf beside it: the shapes are loaded without their attributes", base)})
	} else if table, err = readDBF(p.dbf, string(p.cpg)); err != nil {
		notes = append(notes, Skip{-1, fmt.Sprintf("%s.dbf: %v; the shapes are loaded without their attributes", base, err)})
		table = nil
	} else {
		notes = append(notes, table.notes...)
		if table.n != len(shapes) {
			notes = append(notes, Skip{-1, fmt.Sprintf("%s.dbf has %d records for %d shapes: they are paired in order", base, table.n, len(shapes))})
		}
	}
	recs := make([]record, len(shapes))
	why := make([]string, len(shapes))
	parallel(len(shapes), func(lo, hi int) {
		for i := lo; i < hi; i++ {
			if table != nil && i < table.n && table.deleted(i) {
				why[i] = "deleted"
				continue
			}
			g, err := shpGeometry(shapes[i].content)
			if err != nil {
				why[i] = err.Error()
				continue
			}
			recs[i].geom = tr.Geometry(g)
			if table != nil && i < table.n {
				recs[i].props = table.record(i, make(props, 0, len(table.fields)))
			}
		}
	})
	kept := recs[:0]
	var ts tallies
	for i, r := range recs {
		switch {
		case why[i] == "deleted":
			continue // a record deleted in the .dbf is not data
		case why[i] != "":
			ts.add("with unreadable shapes", fmt.Sprintf("record %d", shapes[i].num), why[i])
			continue
		}
		kept = append(kept, r)
	}
	notes = append(notes, ts.skips("record")...)
	if msg := notLonLat(kept); msg != "" {
		if p.prj == nil {
			return nil, fmt.Errorf("%s, and there is no %s.prj to say what CRS they are in", msg, base)
		}
		return nil, fmt.Errorf("%s after reprojecting from %s; is %s.prj right?", msg, tr.Name, base)
	}
	if len(kept) == 0 && len(shapes) > 0 {
		return nil, fmt.Errorf("no usable shape (%s)", notes[len(notes)-1].Reason)
	}
	return fromRecords(name, kept, notes, opt), nil
}

// transform is the CRS the .prj names.
func (p shapefileParts) transform(base string) (crs.Transform, error) {
	if p.prj == nil || strings.TrimSpace(string(p.prj)) == "" {
		return crs.Transform{}, nil
	}
	tr, err := crs.ParseWKT(string(p.prj))
	var ue *crs.UnsupportedError
	if errors.As(err, &ue) {
		return tr, fmt.Errorf("%s.prj: %v; reproject it first: ogr2ogr -t_srs EPSG:4326 %s-wgs84.shp %s.shp", base, err, base, base)
	}
	return tr, err
}

// notLonLat says how the records' positions are not longitude and
// latitude, "" when they all are (give or take rounding at the edges).
func notLonLat(recs []record) string {
	var b orb.Bound
	first := true
	for _, r := range recs {
		if r.geom == nil {
			continue
		}
		if first {
			b, first = r.geom.Bound(), false
		} else {
			b = b.Union(r.geom.Bound())
		}
	}
	const slack = 1e-6
	if first || (b.Min[0] >= -180-slack && b.Max[0] <= 180+slack && b.Min[1] >= -90-slack && b.Max[1] <= 90+slack) {
		return ""
	}
	return fmt.Sprintf("positions are not longitude and latitude (bounds %.6g,%.6g,%.6g,%.6g)", b.Min[0], b.Min[1], b.Max[0], b.Max[1])
}
