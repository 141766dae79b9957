package places

import (
	"testing"
	"unicode/utf8"
)

// FuzzFind feeds arbitrary text to the place finder: it must never panic,
// and every mention must be a valid byte range of the text that holds
// the text it claims.
func FuzzFind(f *testing.F) {
	g, err := LoadGazetteer()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"TEHRAN (Tasnim) – Senior US and Russian officials met in Geneva on Aleppo.",
		"Syria’s ally Iran; Saudi Arabia and Qatar; the U.S. and the UK.",
		"KUWAIT CITY – Reading, England; Sydney, Nova Scotia; TBILISI, Georgia.",
		"al-Raqqa, ar-Raqqah, Deir ez-Zor, Kyiv, Kiev, Debal'tseve.",
		"\xff\xfe broken \xc3 utf-8 Aleppo\x00",
		"LOUISVILLE, KY--(Wire) London’s Barrie, Ont., B.C. 300 B.C. He'd Edmonton, south of Cairns.",
		"A Turkish policeman, South African and Syrians; Metcalfe County; Kharkiv Oblast; Wales ʼs",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, p := range g.Find(text) {
			if p.Lat < -90 || p.Lat > 90 || p.Lon < -180 || p.Lon > 180 {
				t.Fatalf("%s at %v,%v", p.Name, p.Lat, p.Lon)
			}
			if len(p.Mentions) == 0 {
				t.Fatalf("%s has no mention", p.Name)
			}
			for _, m := range p.Mentions {
				if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
					t.Fatalf("%s mention [%d,%d) outside the text (%d bytes)", p.Name, m.Start, m.End, len(text))
				}
				if text[m.Start:m.End] != m.Text {
					t.Fatalf("%s mention text %q, text there %q", p.Name, m.Text, text[m.Start:m.End])
				}
				if utf8.ValidString(text) && !utf8.ValidString(m.Text) {
					t.Fatalf("mention %q splits a character", m.Text)
				}
			}
		}
	})
}
