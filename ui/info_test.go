package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
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
			w.Map.WaitIdle()
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
