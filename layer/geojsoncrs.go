package layer

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"

	"github.com/paulmach/orb/geojson"
	"github.com/tidwall/gjson"

	"newsatlas/layer/crs"
)

// GeoJSON's legacy "crs" member (the 2008 specification; RFC 7946 dropped
// it and fixed WGS84) still comes with files from older QGIS and ArcGIS
// exports. A crs naming WGS84 (EPSG:4326, CRS84) changes nothing. One
// naming Web Mercator, World Mercator or a WGS84 UTM zone is honoured:
// such a file is read by a path of its own (orb's geojson package, whose
// reading checks no ranges), its positions reprojected by package crs,
// then built as other formats are. Any other is refused, naming the CRS
// and the ogr2ogr command that fixes the file. The member is looked for in
// the first crsHead bytes, before "features", where writers put it.

// crsHead is how far into a file the crs member is looked for.
const crsHead = 64 << 10

// legacyCRS reads the crs member at the top level of head. projected is
// false when there is none or it names WGS84.
func legacyCRS(head []byte) (tr crs.Transform, projected bool, err error) {
	if !bytes.Contains(head, []byte(`"crs"`)) {
		return crs.Transform{}, false, nil
	}
	c := gjson.GetBytes(head, "crs")
	if !c.IsObject() {
		return crs.Transform{}, false, nil
	}
	name := c.Get("properties.name").String()
	if t := c.Get("type").String(); t != "name" || name == "" {
		if t == "" {
			t = "none"
		}
		return crs.Transform{}, false, fmt.Errorf(`its "crs" is of type %s, not a named CRS this app can read; reproject it: ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson`, t)
	}
	tr, err = crs.ParseName(name)
	if err != nil {
		return crs.Transform{}, false, fmt.Errorf("%v; reproject it: ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson", err)
	}
	return tr, !tr.Geographic(), nil
}

// parseProjected reads GeoJSON whose positions are in tr's CRS.
func parseProjected(name string, data []byte, tr crs.Transform, opt Options) (*Layer, error) {
	var fs []*geojson.Feature
	switch gjson.GetBytes(data, "type").String() {
	case "FeatureCollection":
		fc, err := geojson.UnmarshalFeatureCollection(data)
		if err != nil {
			return nil, fmt.Errorf("not valid GeoJSON (%v)", err)
		}
		fs = fc.Features
	case "Feature":
		f, err := geojson.UnmarshalFeature(data)
		if err != nil {
			return nil, fmt.Errorf("not valid GeoJSON (%v)", err)
		}
		fs = []*geojson.Feature{f}
	default:
		g, err := geojson.UnmarshalGeometry(data)
		if err != nil {
			return nil, fmt.Errorf("not valid GeoJSON (%v)", err)
		}
		fs = []*geojson.Feature{{Geometry: g.Geometry()}}
	}
	recs := make([]record, 0, len(fs))
	for _, f := range fs {
		r := record{geom: closeRings(tr.Geometry(f.Geometry))}
		keys := make([]string, 0, len(f.Properties))
		for k := range f.Properties {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			r.props = append(r.props, jsonProp(k, f.Properties[k]))
		}
		recs = append(recs, r)
	}
	if msg := notLonLat(recs); msg != "" {
		return nil, fmt.Errorf("%s after reprojecting from %s; is its \"crs\" right?", msg, tr.Name)
	}
	notes := []Skip{{-1, fmt.Sprintf(`reprojected from its "crs" %s to WGS84`, tr.Name)}}
	if tr.Note != "" {
		notes = append(notes, Skip{-1, tr.Note})
	}
	return fromRecords(name, recs, notes, opt), nil
}

// jsonProp is a decoded JSON value as a property: strings as strings,
// anything else as its JSON text.
func jsonProp(key string, v any) prop {
	if s, ok := v.(string); ok {
		return str(key, toValidUTF8(s))
	}
	b, err := json.Marshal(v)
	if err != nil {
		return null(key)
	}
	return prop{key, string(b), true}
}
