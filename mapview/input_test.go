package mapview

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"newsatlas/atlas"
)

// TestSecondaryTap: a right-click tells OnSecondaryTap where it fell and
// selects nothing; IdentifyAt there then selects what a click would.
func TestSecondaryTap(t *testing.T) {
	m, _ := newTestMap(t)
	zoomTo(m, eastAleppo, 13)
	var selected []atlas.Hit
	m.OnSelect = func(h []atlas.Hit) { selected = h }
	var at []fyne.Position
	m.OnSecondaryTap = func(pos, _ fyne.Position) { at = append(at, pos) }
	pos := m.PositionOf(eastAleppo)
	test.TapSecondaryAt(m, pos)
	if len(at) != 1 || at[0] != pos {
		t.Fatalf("OnSecondaryTap got %v, want [%v]", at, pos)
	}
	if selected != nil || m.Selected() != nil {
		t.Errorf("a right-click selected %v", m.Selected())
	}
	m.IdentifyAt(at[0])
	if len(selected) == 0 || selected[0].Layer != atlas.AleppoControl || selected[0].Properties["control"] != "opposition" {
		t.Errorf("IdentifyAt selected %+v, want the opposition zone", selected)
	}
	if sel := m.Selected(); sel == nil || *sel != selected[0].Ref {
		t.Errorf("selection %v after IdentifyAt", sel)
	}
}
