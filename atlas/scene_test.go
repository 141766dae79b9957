package atlas

import (
	"slices"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"newsatlas/control"
	"newsatlas/render"
)

// TestSceneLegend checks the legend the map draws: Aleppo's control
// classes and title while Aleppo is in view, none of them over Pakistan,
// and past the record's end the date the record ends on.
func TestSceneLegend(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	aleppo := FitBound(orb.Bound{Min: orb.Point{37.05, 36.13}, Max: orb.Point{37.25, 36.27}}, 1280, 800)
	pakistan := FitBound(orb.Bound{Min: orb.Point{61, 24}, Max: orb.Point{77, 37}}, 1280, 800)
	// Across the antimeridian, one world to the east of Aleppo's copy.
	wrapped := aleppo
	wrapped.Center[0] += 360
	tests := []struct {
		name      string
		date      time.Time
		v         render.Viewport
		hidden    bool
		title     string
		inView    bool
		hasGovern bool
	}{
		{"Aleppo on the article's date", DefaultDate, aleppo, false, "Aleppo, as of 19 Oct 2016", true, true},
		{"Aleppo on the record's last day", day(2016, 12, 22), aleppo, false, "Aleppo, as of 22 Dec 2016", true, true},
		{"Aleppo past the record's end", day(2018, 12, 31), aleppo, false, "Aleppo, as of 22 Dec 2016 (the record ends there)", true, true},
		{"Aleppo a world east", DefaultDate, wrapped, false, "Aleppo, as of 19 Oct 2016", true, true},
		{"Pakistan", DefaultDate, pakistan, false, "Legend", false, false},
		{"Aleppo, its control layer hidden", DefaultDate, aleppo, true, "Legend", true, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a.SetDate(tt.date)
			if err := a.SetHidden(AleppoControl, tt.hidden); err != nil {
				t.Fatal(err)
			}
			v := tt.v
			if got := a.AleppoInView(v); got != tt.inView {
				t.Errorf("AleppoInView = %v, want %v", got, tt.inView)
			}
			s := a.Scene(v)
			if s.LegendTitle != tt.title {
				t.Errorf("legend title %q, want %q", s.LegendTitle, tt.title)
			}
			var labels []string
			for _, it := range s.Legend {
				labels = append(labels, it.Label)
			}
			if got := slices.Contains(labels, control.Label(control.Government)); got != tt.hasGovern {
				t.Errorf("legend %v: the government swatch there %v, want %v", labels, got, tt.hasGovern)
			}
			// The article's pins stay in the legend wherever the view is.
			if !slices.Contains(labels, "Place in the article") {
				t.Errorf("legend %v without the article's pins", labels)
			}
		})
	}
}

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
