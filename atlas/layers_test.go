package atlas

import (
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/geojson"

	"newsatlas/layer"
	"newsatlas/render"
)

// bareAtlas is an atlas of the built-in stand-ins (nothing loaded) and
// two user layers on top, "a" and "b", each one point at Aleppo.
func bareAtlas(t *testing.T) *Atlas {
	t.Helper()
	a, err := NewWith(Options{Skip: Builtins()})
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"a", "b"} {
		fc := geojson.NewFeatureCollection()
		f := geojson.NewFeature(orb.Point{37.16, 36.2})
		f.Properties = geojson.Properties{"name": name + "-point"}
		fc.Append(f)
		a.AddLayer(layer.FromCollection(name, "test", fc, nil))
	}
	return a
}

func names(a *Atlas) []string {
	var out []string
	for _, l := range a.Layers {
		out = append(out, l.Name)
	}
	return out
}

func TestBuiltinsAreNewsLayers(t *testing.T) {
	a, err := NewWith(Options{Skip: Builtins()})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := names(a), Builtins(); !slices.Equal(got, want) {
		t.Errorf("layers %v, want the built-ins %v", got, want)
	}
	for _, name := range append(Builtins(), "a", "countries (2)", "") {
		if got, want := IsBuiltin(name), slices.Contains(Builtins(), name); got != want {
			t.Errorf("IsBuiltin(%q) = %v, want %v", name, got, want)
		}
	}
}

func TestSetHidden(t *testing.T) {
	for _, tc := range []struct {
		name    string
		hidden  bool
		wantErr bool
	}{
		{"a", true, false},
		{"a", false, false},
		{Countries, false, false}, // a stand-in shown is empty, not missing
		{Places, true, false},
		{"nowhere", true, true},
	} {
		a := bareAtlas(t)
		err := a.SetHidden(tc.name, tc.hidden)
		if (err != nil) != tc.wantErr {
			t.Errorf("SetHidden(%q, %v) error %v, want error %v", tc.name, tc.hidden, err, tc.wantErr)
			continue
		}
		if tc.wantErr {
			if !strings.Contains(err.Error(), tc.name) {
				t.Errorf("error %q does not name the layer", err)
			}
			continue
		}
		i := a.Index(tc.name)
		if got := a.Scene(a.OpeningView(640, 400)).Layers[i].Hidden; got != tc.hidden {
			t.Errorf("SetHidden(%q, %v): the scene's layer hidden=%v", tc.name, tc.hidden, got)
		}
	}
	// A hidden layer is not hit.
	a := bareAtlas(t)
	v := FitBound(orb.Bound{Min: orb.Point{37, 36}, Max: orb.Point{37.3, 36.4}}, 400, 300)
	p := orb.Point{37.16, 36.2}
	if hits := a.Identify(p, v); len(hits) != 2 || hits[0].Layer != "b" {
		t.Fatalf("identify = %v, want b then a", hits)
	}
	a.SetHidden("b", true)
	if hits := a.Identify(p, v); len(hits) != 1 || hits[0].Layer != "a" {
		t.Errorf("identify with b hidden = %v, want a only", hits)
	}
}

func TestSetOpacity(t *testing.T) {
	for _, tc := range []struct {
		name    string
		opacity float64
		wantErr bool
	}{
		{"a", 0, false},
		{"a", 0.35, false},
		{"b", 1, false},
		{AleppoControl, 0.5, false},
		{"a", -0.1, true},
		{"a", 1.5, true},
		{"a", math.NaN(), true},
		{"nowhere", 0.5, true},
	} {
		a := bareAtlas(t)
		err := a.SetOpacity(tc.name, tc.opacity)
		if (err != nil) != tc.wantErr {
			t.Errorf("SetOpacity(%q, %v) error %v, want error %v", tc.name, tc.opacity, err, tc.wantErr)
			continue
		}
		want := tc.opacity
		if tc.wantErr {
			want = 1 // unchanged
		}
		if l := a.Layer(tc.name); l != nil && l.Opacity != want {
			t.Errorf("SetOpacity(%q, %v): opacity %v, want %v", tc.name, tc.opacity, l.Opacity, want)
		}
	}
}

func TestMove(t *testing.T) {
	for _, tc := range []struct {
		name    string
		to      int
		want    []string // bottom first; nil when Move must fail
		wantErr bool
	}{
		{"b", 0, []string{"b", Countries, Basemap, SyriaGovernorates, AleppoControl, Places, "a"}, false},
		{Countries, 6, []string{Basemap, SyriaGovernorates, AleppoControl, Places, "a", "b", Countries}, false},
		{"a", 6, []string{Countries, Basemap, SyriaGovernorates, AleppoControl, Places, "b", "a"}, false},
		{Places, 3, []string{Countries, Basemap, SyriaGovernorates, Places, AleppoControl, "a", "b"}, false},
		{"a", 5, []string{Countries, Basemap, SyriaGovernorates, AleppoControl, Places, "a", "b"}, false},
		{"a", 7, nil, true},
		{"a", -1, nil, true},
		{"nowhere", 0, nil, true},
	} {
		a := bareAtlas(t)
		before := names(a)
		err := a.Move(tc.name, tc.to)
		if (err != nil) != tc.wantErr {
			t.Errorf("Move(%q, %d) error %v, want error %v", tc.name, tc.to, err, tc.wantErr)
			continue
		}
		want := tc.want
		if tc.wantErr {
			want = before
		}
		if got := names(a); !slices.Equal(got, want) {
			t.Errorf("Move(%q, %d): order %v, want %v", tc.name, tc.to, got, want)
		}
	}
	// The topmost layer is hit first.
	a := bareAtlas(t)
	a.Move("b", 0)
	v := FitBound(orb.Bound{Min: orb.Point{37, 36}, Max: orb.Point{37.3, 36.4}}, 400, 300)
	if hits := a.Identify(orb.Point{37.16, 36.2}, v); len(hits) != 2 || hits[0].Layer != "a" {
		t.Errorf("identify after moving b to the bottom = %v, want a first", hits)
	}
}

func TestRemoveLayer(t *testing.T) {
	for _, tc := range []struct {
		name    string
		wantErr string
	}{
		{"a", ""},
		{Countries, "built in"},
		{"nowhere", "no layer nowhere"},
	} {
		a := bareAtlas(t)
		n := len(a.Layers)
		err := a.RemoveLayer(tc.name)
		switch {
		case tc.wantErr == "" && (err != nil || len(a.Layers) != n-1 || a.Layer(tc.name) != nil):
			t.Errorf("RemoveLayer(%q): error %v, %d layers left", tc.name, err, len(a.Layers))
		case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr) || len(a.Layers) != n):
			t.Errorf("RemoveLayer(%q): error %v, want %q and nothing removed", tc.name, err, tc.wantErr)
		}
	}
}

func TestSnapshotKeepsItsState(t *testing.T) {
	a := bareAtlas(t)
	s := a.Snapshot()
	a.SetHidden("a", true)
	a.SetOpacity("b", 0.2)
	a.Move("b", 0)
	a.AddLayer(layer.FromCollection("c", "test", geojson.NewFeatureCollection(), nil))
	if got, want := names(s), []string{Countries, Basemap, SyriaGovernorates, AleppoControl, Places, "a", "b"}; !slices.Equal(got, want) {
		t.Errorf("snapshot's order %v, want %v", got, want)
	}
	if s.Layer("a").Hidden || s.Layer("b").Opacity != 1 {
		t.Error("the snapshot's layers changed with the atlas's")
	}
	v := FitBound(orb.Bound{Min: orb.Point{37, 36}, Max: orb.Point{37.3, 36.4}}, 400, 300)
	if hits := s.Identify(orb.Point{37.16, 36.2}, v); len(hits) != 2 || hits[0].Name() != "b-point" {
		t.Errorf("snapshot identify = %v, want b-point then a-point", hits)
	}
}

func TestSnapshotOfTheControlZones(t *testing.T) {
	a, err := NewWith(Options{Skip: []string{Countries, SyriaGovernorates, Places}})
	if err != nil {
		t.Fatal(err)
	}
	s := a.Snapshot()
	if c := s.Layer(AleppoControl); c.Display == nil || a.Layer(AleppoControl).Display != c.Display {
		t.Error("the snapshot does not share the atlas's dissolved zones")
	}
	a.SetDate(DefaultDate.AddDate(0, 2, 0))
	if s.Layer(AleppoControl).Layer == a.Layer(AleppoControl).Layer {
		t.Error("a new date changed the snapshot's control layer")
	}
	if !s.Date.Equal(DefaultDate) {
		t.Errorf("snapshot date %v, want %v", s.Date, DefaultDate)
	}
}

func TestLegendOf(t *testing.T) {
	a, err := NewWith(Options{Skip: []string{Countries, SyriaGovernorates, Places}})
	if err != nil {
		t.Fatal(err)
	}
	zones := LegendOf(a.Layer(AleppoControl))
	var labels []string
	for _, it := range zones {
		labels = append(labels, it.Label)
	}
	// Aleppo on 19 October 2016: the city divided, the Kurdish-held
	// Sheikh Maqsoud in the north.
	if want := []string{"Government", "Opposition", "Kurdish YPG/SDF"}; !slices.Equal(labels[:min(3, len(labels))], want) {
		t.Errorf("control legend %v, want it to start %v", labels, want)
	}
	// The map's legend is the control layer's, then each opened layer's.
	fc := geojson.NewFeatureCollection()
	fc.Append(geojson.NewFeature(orb.Point{37.16, 36.2}))
	a.AddLayer(layer.FromCollection("mine", "test", fc, nil))
	got := a.Legend()
	if len(got) != len(zones)+1 || got[len(got)-1].Label != "mine" || got[len(got)-1].Kind != render.LegendMarker {
		t.Errorf("legend %v, want the %d control classes then the point layer mine", got, len(zones))
	}
	a.SetHidden(AleppoControl, true)
	if got := a.Legend(); len(got) != 1 {
		t.Errorf("legend with the control layer hidden %v, want mine only", got)
	}
}
