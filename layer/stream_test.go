package layer

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"newsatlas/bench/gen"
)

// streamInputs are inputs LoadContext must read exactly as Parse does:
// the fuzz seeds and a few collections whose members come in odd orders.
func streamInputs(t *testing.T) map[string][]byte {
	in := map[string][]byte{
		"type after features": []byte(`{"features":[{"type":"Feature","properties":{"name":"a"},"geometry":{"type":"Point","coordinates":[1,2]}}],"type":"FeatureCollection"}`),
		"extra members":       []byte(` {"type" : "FeatureCollection", "name":"x\"}]", "crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:OGC:1.3:CRS84"}}, "bbox":[0,0,1,1], "features" : [ {"type":"Feature","properties":{"s":"é } ] \\\" ü"},"geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]}} , {"type":"Feature","properties":null,"geometry":null} ] } ` + "\n"),
		"not a collection":    []byte(`{"type":"Feature","features":[],"properties":{},"geometry":null}`),
		"bad member value":    []byte(`{"type":"FeatureCollection","bbox":[1,,2],"features":[]}`),
		"garbage after":       []byte(`{"type":"FeatureCollection","features":[]} x`),
		"bad element":         []byte(`{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]}},{"a":tru}]}`),
		"element not object":  []byte(`{"type":"FeatureCollection","features":[1,{"type":"Point","coordinates":[1,2]}]}`),
		"some unusable":       []byte(`{"type":"FeatureCollection","features":[{"type":"Point","coordinates":[1]},{"type":"Point","coordinates":[1,2]}]}`),
		"none usable":         []byte(`{"type":"FeatureCollection","features":[{"type":"Point","coordinates":[1]}]}`),
		"invalid utf8 late":   []byte(`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"n":"` + "\xff" + `"},"geometry":null}]}`),
	}
	var stars strings.Builder
	if err := gen.Stars(&stars, 50, gen.Seed); err != nil {
		t.Fatal(err)
	}
	in["stars"] = []byte(stars.String())
	seeds, _ := filepath.Glob("testdata/fuzz/FuzzParse/*")
	for _, p := range seeds {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(b), "\n")
		if len(lines) < 2 || !strings.HasPrefix(lines[1], "[]byte(") {
			continue
		}
		s, err := strconv.Unquote(strings.TrimSuffix(strings.TrimPrefix(lines[1], "[]byte("), ")"))
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		in[filepath.Base(p)] = []byte(s)
	}
	return in
}

// summary is what must agree between LoadContext and Parse.
func summary(l *Layer, err error, path string) string {
	if err != nil {
		return "error: " + strings.TrimPrefix(err.Error(), path+": ")
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%d features %v %v\n", len(l.Features), l.Types, l.Bound)
	for _, s := range l.Skipped {
		fmt.Fprintf(&b, "skip %d %s\n", s.Feature, s.Reason)
	}
	for i := range l.Features {
		f := &l.Features[i]
		fmt.Fprintf(&b, "%d %q %s %v %v %v %v\n", f.ID, f.Name, f.Props, l.StyleOf(i), f.Bound, f.LabelAt, f.Area)
	}
	return b.String()
}

func TestLoadContextMatchesParse(t *testing.T) {
	dir := t.TempDir()
	for name, data := range streamInputs(t) {
		path := filepath.Join(dir, "in.geojson")
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		pl, perr := Parse("in", data, Options{})
		want := summary(pl, perr, path)
		for _, n := range []int{4 << 20, 1, 2, 7, 64} {
			var last int64
			l, err := LoadContext(context.Background(), path, Options{ChunkSize: n}, func(done, total int64) {
				if done < last || done > total || total != int64(len(data)) {
					t.Errorf("%s, chunks of %d: progress %d of %d after %d", name, n, done, total, last)
				}
				last = done
			})
			if got := summary(l, err, path); got != want {
				t.Errorf("%s, chunks of %d:\n got %.400s\nwant %.400s", name, n, got, want)
			}
			if err == nil && last != int64(len(data)) {
				t.Errorf("%s, chunks of %d: progress ended at %d of %d", name, n, last, len(data))
			}
		}
	}
}

func TestLoadContextCancel(t *testing.T) {
	path := filepath.Join(t.TempDir(), "stars.geojson")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := gen.Stars(f, 20000, gen.Seed); err != nil {
		t.Fatal(err)
	}
	f.Close()
	ctx, cancel := context.WithCancel(context.Background())
	_, err = LoadContext(ctx, path, Options{ChunkSize: 64 << 10}, func(done, total int64) {
		if done > total/4 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) || !strings.HasPrefix(err.Error(), path+": ") {
		t.Fatalf("err = %v, want the file's name and context.Canceled", err)
	}
	l, err := LoadContext(context.Background(), path, Options{}, nil)
	if err != nil || len(l.Features) != 20000 {
		t.Fatalf("after a cancelled load: %v, %d features", err, len(l.Features))
	}
	if !reflect.DeepEqual(l.Types, map[string]int{"Polygon": 20000}) {
		t.Errorf("types = %v", l.Types)
	}
}
