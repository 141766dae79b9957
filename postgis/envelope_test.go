package postgis

import (
	"math"
	"testing"

	"github.com/paulmach/orb"
)

func TestEnvelopes(t *testing.T) {
	box := func(a, b, c, d float64) orb.Bound { return orb.Bound{Min: orb.Point{a, b}, Max: orb.Point{c, d}} }
	tests := []struct {
		name string
		in   orb.Bound
		want []orb.Bound
	}{
		{"inside", box(10, 40, 20, 50), []orb.Bound{box(10, 40, 20, 50)}},
		{"poles clamped", box(-10, -90, 10, 90), []orb.Bound{box(-10, -maxLat, 10, maxLat)}},
		{"wider than the world", box(-300, -10, 300, 10), []orb.Bound{box(-180, -10, 180, 10)}},
		{"past 180", box(170, -20, 190, -10), []orb.Bound{box(170, -20, 180, -10), box(-180, -20, -170, -10)}},
		{"before -180", box(-190, -20, -170, -10), []orb.Bound{box(170, -20, 180, -10), box(-180, -20, -170, -10)}},
		{"a world away", box(370, 0, 380, 5), []orb.Bound{box(10, 0, 20, 5)}},
		{"empty", box(10, 10, 10, 20), nil},
		{"above the map", box(0, 86, 10, 89), nil},
		{"NaN", box(math.NaN(), 0, 10, 10), nil},
	}
	for _, tc := range tests {
		got := envelopes(tc.in)
		if len(got) != len(tc.want) {
			t.Errorf("%s: envelopes(%v) = %v, want %v", tc.name, tc.in, got, tc.want)
			continue
		}
		for i := range got {
			for j := range 2 {
				if math.Abs(got[i].Min[j]-tc.want[i].Min[j]) > 1e-9 || math.Abs(got[i].Max[j]-tc.want[i].Max[j]) > 1e-9 {
					t.Errorf("%s: envelopes(%v) = %v, want %v", tc.name, tc.in, got, tc.want)
				}
			}
		}
	}
}

func TestKindValue(t *testing.T) {
	tests := []struct {
		k    kind
		in   []byte
		want any
	}{
		{asText, []byte("Aleppo"), "Aleppo"},
		{asText, nil, nil},
		{asNumber, []byte("0042"), "0042"},
		{asNumber, []byte("12345678901234567890"), "12345678901234567890"},
		{asNumber, []byte("NaN"), "NaN"},
		{asFloat, []byte("2.35"), 2.35},
		{asFloat, []byte("Infinity"), "Infinity"},
		{asBool, []byte("true"), true},
		{asBool, []byte("f"), false},
		{asJSON, []byte(`{"a":1}`), `{"a":1}`},
		{asText, []byte("bad \xff byte"), "bad \uFFFD byte"},
	}
	for _, tc := range tests {
		got := tc.k.value(tc.in)
		if s, ok := got.(interface{ String() string }); ok {
			got = s.String()
		}
		if raw, ok := got.([]byte); ok {
			got = string(raw)
		}
		if b, ok := got.(interface{ MarshalJSON() ([]byte, error) }); ok {
			j, _ := b.MarshalJSON()
			got = string(j)
		}
		if got != tc.want {
			t.Errorf("kind %d value(%q) = %#v, want %#v", tc.k, tc.in, got, tc.want)
		}
	}
}
