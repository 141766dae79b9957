package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"newsatlas/atlas"
	"newsatlas/layer"
)

// TestPinShowsRunnerUp opens made-up articles with a namesake and checks
// that the info panel of the mention's pin names the reading not chosen.
func TestPinShowsRunnerUp(t *testing.T) {
	w := newTestWindow(t)
	for _, tc := range []struct {
		name, text, mention, want string
	}{
		{"paris-france", "Talks in Paris\n\nMinisters met in Paris on Monday.\n", "Paris", "also possible: Paris, US (city)"},
		{"paris-texas", "Storm\n\nA storm hit Paris, Texas on Monday. Residents of Paris lost power.\n", "Paris", "also possible: Paris, FR (city)"},
		{"demonym", "Border\n\nSyrian troops crossed the line on Monday.\n", "Syrian", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), tc.name+".txt")
			writeInput(t, path, tc.text)
			w.OpenFiles([]string{path})
			l := w.article.link(tc.mention)
			if l == nil {
				t.Fatalf("no %q mention link", tc.mention)
			}
			test.Tap(l)
			await(w.Map.WaitIdle)
			info := w.info.Text()
			if !strings.Contains(info, "Layer: places") {
				t.Fatalf("the pin is not shown:\n%s", info)
			}
			if tc.want == "" {
				if strings.Contains(info, "also possible") {
					t.Errorf("a runner-up for %q:\n%s", tc.mention, info)
				}
				return
			}
			if !strings.Contains(info, tc.want+"\n") {
				t.Errorf("info panel lacks %q:\n%s", tc.want, info)
			}
			if !w.info.also.Visible() {
				t.Error("the runner-up line is hidden")
			}
		})
	}
}

// TestInfoPanelCopies: the Copy button puts what the panel shows on the
// clipboard, and the values can be selected.
func TestInfoPanelCopies(t *testing.T) {
	app := newLoopApp(t)
	p := newInfoPanel(func(layer.Ref) {})
	w := test.NewWindow(p.object())
	t.Cleanup(w.Close)
	if p.copy.Visible() {
		t.Error("a Copy button with nothing to copy")
	}
	p.show(atlas.Hit{Layer: "aleppo-control", Properties: map[string]any{"name": "Bustan al-Qasr", "control": "opposition", "as_of": "2016-10-19", "pop": 12000}}, 0)
	if !p.copy.Visible() {
		t.Fatal("no Copy button")
	}
	test.Tap(p.copy)
	got := app.Clipboard().Content()
	if got != p.Text() || !strings.Contains(got, "Bustan al-Qasr") || !strings.Contains(got, "as_of: 2016-10-19") || !strings.Contains(got, "pop: 12000") {
		t.Errorf("clipboard %q, want the panel's text %q", got, p.Text())
	}
	if !p.name.Selectable {
		t.Error("the name cannot be selected")
	}
	for _, o := range p.table.Objects[1:2] {
		if l, ok := o.(*widget.Label); !ok || !l.Selectable {
			t.Errorf("value %T not selectable", o)
		}
	}
}
