package vtiles

import (
	"hash/maphash"
	"testing"

	"github.com/paulmach/orb/geojson"
)

func TestFeatureKeys(t *testing.T) {
	seeds := [2]maphash.Seed{maphash.MakeSeed(), maphash.MakeSeed()}
	a, b := keyer{seeds: seeds}, keyer{seeds: seeds} // two decoding goroutines
	france := geojson.Properties{"NAME": "France", "POP_EST": float64(67059887), "ISO": "FRA", "EU": true}
	tests := []struct {
		name      string
		layer     string
		id        any
		props     geojson.Properties
		sameAsFra bool
	}{
		{"the same properties", "countries", nil, geojson.Properties{"NAME": "France", "POP_EST": float64(67059887), "ISO": "FRA", "EU": true}, true},
		{"a whole number stored as an integer", "countries", nil, geojson.Properties{"NAME": "France", "POP_EST": int64(67059887), "ISO": "FRA", "EU": true}, true},
		{"one value other", "countries", nil, geojson.Properties{"NAME": "France", "POP_EST": float64(67059888), "ISO": "FRA", "EU": true}, false},
		{"a value of another kind", "countries", nil, geojson.Properties{"NAME": "France", "POP_EST": "67059887", "ISO": "FRA", "EU": true}, false},
		{"values swapped between names", "countries", nil, geojson.Properties{"NAME": "FRA", "POP_EST": float64(67059887), "ISO": "France", "EU": true}, false},
		{"one property fewer", "countries", nil, geojson.Properties{"NAME": "France", "POP_EST": float64(67059887), "ISO": "FRA"}, false},
		{"another source layer", "boundaries", nil, geojson.Properties{"NAME": "France", "POP_EST": float64(67059887), "ISO": "FRA", "EU": true}, false},
		{"an id", "countries", float64(7), geojson.Properties{"NAME": "France", "POP_EST": float64(67059887), "ISO": "FRA", "EU": true}, false},
	}
	fra := a.key("countries", nil, france)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := b.key(tt.layer, tt.id, tt.props)
			if (got == fra) != tt.sameAsFra {
				t.Errorf("key %v, France's %v: same %v, want %v", got, fra, got == fra, tt.sameAsFra)
			}
		})
	}
	// Features with ids are keyed by their id alone.
	if a.key("countries", float64(7), france) != b.key("countries", float64(7), geojson.Properties{"NAME": "Gaul"}) {
		t.Error("two pieces of feature 7 keyed apart")
	}
	if a.key("countries", float64(7), nil) == a.key("countries", float64(8), nil) {
		t.Error("features 7 and 8 keyed alike")
	}
}
