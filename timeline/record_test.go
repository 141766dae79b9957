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

// Spot checks from the audit, by date: each entry is a claim of a dated
// report named in SOURCES.md.
func TestRecordSpotChecks(t *testing.T) {
	tl := mustLoad(t)
	const gov, opp, sdf, con = control.Government, control.Opposition, control.SDF, control.Contested
	checks := map[string]map[string]string{
		"2012-07-25": {"Salah ad-Deen": opp},
		"2012-08-10": {"Salah ad-Deen": con},
		// the citadel: held by the army throughout (Reuters, 22 Dec 2016),
		// the Old City around it divided until 7 December 2016
		"2013-06-01": {"Aleppo Citadel": gov, "Souq al-Madina": con, "Hanano Barrack": con},
		"2016-07-20": {"as-Sakan ash-Shababi": con},
		// the article's date, along the east-west line
		"2016-10-19": {
			"Aleppo Citadel": gov, "Souq al-Madina": con, "Salah ad-Deen": con,
			"Hanano Barrack": gov, "as-Sakan ash-Shababi": sdf,
			"Bustan al-Basha": con, "Sheikh Sa’eed": opp, "al-Hamdaniyeh V": con,
			"Ad-Ramouseh Industrial District II": gov, "al-Belleramoon": gov, "Rasafeh": gov,
			"al-Khaldiyeh": gov, "al-Ashrafiyeh": con, "Jabal Badro": opp,
			"Suleiman al-Halabi": con, "Karm al-Qaterji": opp,
		},
		// after the northern pocket fell (AFP, SOHR, 28 Nov): no strip left
		"2016-11-29": {
			"Suleiman al-Halabi": gov, "Sheikh Abu Bakr": gov, "al-‘Arqoub": gov,
			"al-Jabriyeh": gov, "Ayn at-Tal": gov,
		},
		"2016-11-30": {"Sheikh Sa’eed": con, "Aleppo Citadel": gov},
		"2016-12-06": {"al-Farafra": gov, "Souq al-Madina": con},
		"2016-12-08": {"Souq al-Madina": gov},
		"2016-12-13": {
			"al-Fardos": gov, "Karm ad-Da'ada'a": gov, "al-‘Amiriyeh": gov,
			"al-Ansari Mashhad": opp, "as-Sukkari": opp, "az-Zebdiyeh": con, "Salah ad-Deen": con,
		},
		"2016-12-16": {"as-Sukkari": con},
		"2016-12-23": {"al-Ansari Mashhad": gov, "Salah ad-Deen": gov, "ash-Sheikh Fares": con},
	}
	for d, want := range checks {
		fc := tl.At(date(d))
		for name, c := range want {
			if got := controlOf(t, fc, name); got != c {
				t.Errorf("%s on %s: %s, want %s", name, d, got, c)
			}
		}
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

// The dissolve holds every neighbourhood on the article's date and on every
// date the map changes in the last offensive: per control, the zones count
// as many neighbourhoods as At gives.
func TestRecordZonesHoldEveryNeighbourhood(t *testing.T) {
	tl := mustLoad(t)
	dates := []time.Time{date("2016-10-19")}
	for _, d := range tl.Changes() {
		if !d.Before(date("2016-11-01")) {
			dates = append(dates, d)
		}
	}
	for _, d := range dates {
		want := map[string]int{}
		for _, f := range tl.At(d).Features {
			want[f.Properties.MustString("control")]++
		}
		got := map[string]int{}
		for _, f := range tl.Zones(d).Features {
			got[f.Properties.MustString("control")] += f.Properties["neighbourhoods"].(int)
		}
		for c, n := range want {
			if got[c] != n {
				t.Errorf("%s: %s zones hold %d neighbourhoods, At has %d", d.Format(DateLayout), c, got[c], n)
			}
		}
	}
}
