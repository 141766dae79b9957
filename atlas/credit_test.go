package atlas

import "testing"

func TestCredit(t *testing.T) {
	a, err := New()
	if err != nil {
		t.Fatal(err)
	}
	if want := "Natural Earth · OCHA · © OpenStreetMap contributors · GeoNames (CC BY 4.0) · Columbia CSR"; Attribution() != want {
		t.Errorf("attribution %q, want %q", Attribution(), want)
	}
	if got := a.Credit(); got != Attribution() {
		t.Errorf("all shown: credit %q, want %q", got, Attribution())
	}
	// The basemap credits Natural Earth too: it is named while either is
	// shown, once.
	a.Layer(Countries).Hidden = true
	if got := a.Credit(); got != Attribution() {
		t.Errorf("countries hidden, basemap shown: credit %q, want %q", got, Attribution())
	}
	a.Layer(Basemap).Hidden = true
	if got, want := a.Credit(), "OCHA · GeoNames (CC BY 4.0) · Columbia CSR"; got != want {
		t.Errorf("countries and basemap hidden: credit %q, want %q", got, want)
	}
	a.Layer(Countries).Hidden = false
	a.Layer(SyriaGovernorates).Hidden = true
	if got, want := a.Credit(), "Natural Earth · GeoNames (CC BY 4.0) · Columbia CSR"; got != want {
		t.Errorf("basemap and governorates hidden: credit %q, want %q", got, want)
	}
	// The basemap's Aleppo neighbourhoods are CSR's: credited with the
	// control zones hidden, in the same place.
	a.Layer(Basemap).Hidden = false
	a.Layer(AleppoControl).Hidden = true
	if got, want := a.Credit(), "Natural Earth · OCHA · © OpenStreetMap contributors · GeoNames (CC BY 4.0) · Columbia CSR"; got != want {
		t.Errorf("control zones and governorates hidden: credit %q, want %q", got, want)
	}
	a.Layer(Basemap).Hidden = true
	a.Layer(Countries).Hidden = true
	for _, name := range []string{SyriaGovernorates, Places, AleppoControl} {
		a.Layer(name).Hidden = true
	}
	if got := a.Credit(); got != "" {
		t.Errorf("all hidden: credit %q, want none", got)
	}
	if got := a.Scene(a.OpeningView(640, 400)).Attribution; got != "" {
		t.Errorf("all hidden: the scene credits %q", got)
	}
}
