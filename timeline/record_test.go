package timeline

import (
	"testing"
	"time"

	"github.com/paulmach/orb/geo"

	"newsatlas/control"
)

// The audited record (data/aleppo/SOURCES.md): every claim has a report
// published on or after its date, and one within a month of it unless
// SOURCES.md says none was found.
func TestRecordSourcesAreCurrent(t *testing.T) {
	tl := mustLoad(t)
	// claims whose only reports came years later: see "What stays
	// uncertain" in SOURCES.md
	late := map[string]bool{
		"2012-09-23 al-Bayyada":     true, // rebel-held Bab al-Hadid and Aqyul, reported when lost in 2016
		"2012-09-23 Aleppo Citadel": true, // held throughout, reported by Reuters in December 2016
	}
	all := append(tl.Events(), tl.Confirmations()...)
	for _, ev := range all {
		key := ev.Date.Format(DateLayout) + " " + ev.Neighbourhoods[0]
		if len(ev.Sources) == 0 || ev.Source != ev.Sources[0] {
			t.Errorf("%s: source %v is not the first of sources %v", key, ev.Source, ev.Sources)
		}
		soonest := -1
		for _, s := range ev.Sources {
			pub := date(s.Date)
			if s.URL == "" {
				t.Errorf("%s: %s has no url", key, s.Publication)
			}
			if lag := int(pub.Sub(ev.Date) / (24 * time.Hour)); lag >= 0 && (soonest < 0 || lag < soonest) {
				soonest = lag
			}
		}
		switch {
		case soonest < 0:
			t.Errorf("%s: no source published on or after the date", key)
		case soonest > 31 && !late[key]:
			t.Errorf("%s: first report %d days later", key, soonest)
		case soonest <= 31 && late[key]:
			t.Errorf("%s: has a report within a month now (%d days): drop it from the late list", key, soonest)
		}
	}
}

// Spot checks from the audit: each row is a claim of a dated report named
// in SOURCES.md.
func TestRecordSpotChecks(t *testing.T) {
	tl := mustLoad(t)
	tests := []struct {
		date, name, want string
	}{
		// the citadel: held by the army throughout (Reuters, 22 Dec 2016)
		{"2013-06-01", "Aleppo Citadel", control.Government},
		{"2016-10-19", "Aleppo Citadel", control.Government},
		{"2016-12-01", "Aleppo Citadel", control.Government},
		// the Old City around it stays divided until 7 December
		{"2016-10-19", "Souq al-Madina", control.Contested},
		{"2016-12-08", "Souq al-Madina", control.Government},
		// Salah ad-Deen: a front line through it from July 2012 to the end
		{"2012-07-25", "Salah ad-Deen", control.Opposition},
		{"2012-08-10", "Salah ad-Deen", control.Contested},
		{"2016-10-19", "Salah ad-Deen", control.Contested},
		{"2016-12-14", "Salah ad-Deen", control.Contested},
		{"2016-12-23", "Salah ad-Deen", control.Government},
		// the Hanano barracks, government-held in April 2014 (AFP)
		{"2016-10-19", "Hanano Barrack", control.Government},
		// the Youth Housing, taken by the SDF on 27 July 2016
		{"2016-07-20", "as-Sakan ash-Shababi", control.Contested},
		{"2016-10-19", "as-Sakan ash-Shababi", control.SDF},
		// the article's date, 2016-10-19, along the east-west line
		{"2016-10-19", "Bustan al-Basha", control.Contested},
		{"2016-10-19", "Sheikh Sa’eed", control.Opposition},
		{"2016-10-19", "al-Hamdaniyeh V", control.Contested}, // the 1070 project
		{"2016-10-19", "Ad-Ramouseh Industrial District II", control.Government},
		{"2016-10-19", "al-Belleramoon", control.Government},
		{"2016-10-19", "Rasafeh", control.Government}, // Bani Zeid
		{"2016-10-19", "al-Khaldiyeh", control.Government},
		{"2016-10-19", "al-Ashrafiyeh", control.Contested},
		{"2016-10-19", "Jabal Badro", control.Opposition},
		{"2016-10-19", "Suleiman al-Halabi", control.Contested},
		{"2016-10-19", "Karm al-Qaterji", control.Opposition},
		// after the northern pocket fell (AFP, SOHR, 28 Nov): no strip left
		{"2016-11-29", "Suleiman al-Halabi", control.Government},
		{"2016-11-29", "Sheikh Abu Bakr", control.Government},
		{"2016-11-29", "al-‘Arqoub", control.Government},
		{"2016-11-29", "al-Jabriyeh", control.Government},
		{"2016-11-29", "Ayn at-Tal", control.Government},
		{"2016-11-30", "Sheikh Sa’eed", control.Contested},
		// December
		{"2016-12-06", "al-Farafra", control.Government},
		{"2016-12-06", "Souq al-Madina", control.Contested},
		{"2016-12-13", "al-Fardos", control.Government},
		{"2016-12-13", "Karm ad-Da'ada'a", control.Government},
		{"2016-12-13", "al-‘Amiriyeh", control.Government},
		{"2016-12-13", "al-Ansari Mashhad", control.Opposition},
		{"2016-12-13", "as-Sukkari", control.Opposition},
		{"2016-12-13", "az-Zebdiyeh", control.Contested},
		{"2016-12-16", "as-Sukkari", control.Contested},
		{"2016-12-23", "al-Ansari Mashhad", control.Government},
		{"2016-12-23", "ash-Sheikh Fares", control.Contested},
	}
	for _, tt := range tests {
		t.Run(tt.date+"/"+tt.name, func(t *testing.T) {
			if got := controlOf(t, tl.At(date(tt.date)), tt.name); got != tt.want {
				t.Errorf("%s on %s: %s, want %s", tt.name, tt.date, got, tt.want)
			}
		})
	}
}

// On 13 December 2016 the UN put the rebel-held area at under 1 km² and the
// civil defence at under 3 km²: the opposition zones the map shows from the
// collapse of 12 December to the end of the evacuation lie between the two,
// and nothing is left on the 22nd.
func TestRecordPocketArea(t *testing.T) {
	tl := mustLoad(t)
	for d := date("2016-12-12"); !d.After(date("2016-12-22")); d = d.AddDate(0, 0, 1) {
		var opp, part float64
		for _, f := range tl.Zones(d).Features {
			switch f.Properties["control"] {
			case control.Opposition:
				opp += geo.Area(f.Geometry) / 1e6
			case control.Contested:
				part += geo.Area(f.Geometry) / 1e6
			}
		}
		t.Logf("%s: opposition %.2f km², contested %.2f km²", d.Format(DateLayout), opp, part)
		if d.Equal(date("2016-12-22")) {
			if opp != 0 {
				t.Errorf("%s: %.2f km² opposition after the last convoy", d.Format(DateLayout), opp)
			}
			continue
		}
		if opp < 1 || opp > 3 {
			t.Errorf("%s: opposition %.2f km², want between the UN's 1 and the civil defence's 3", d.Format(DateLayout), opp)
		}
	}
}

// The dissolve still holds every neighbourhood at the dates of the renders.
func TestRecordZonesCoverRenderDates(t *testing.T) {
	tl := mustLoad(t)
	for _, d := range []string{"2016-10-19", "2016-11-30", "2016-12-14", "2016-12-23"} {
		zones := tl.Zones(date(d))
		for _, f := range tl.At(date(d)).Features {
			pt, ok := interior(f.Geometry)
			if !ok {
				continue
			}
			in := under(zones, pt)
			if len(in) != 1 || in[0].Properties["control"] != f.Properties["control"] {
				t.Errorf("%s %s (%v): in %d zones", d, f.Properties["name"], f.Properties["control"], len(in))
			}
		}
	}
}
