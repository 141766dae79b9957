package atlas_test

import (
	"fmt"
	"os"
	"path/filepath"
	"time"

	"newsatlas/atlas"
)

// SaveSession writes a project with its files' paths relative to it, so
// that the folder can move; LoadSession makes them absolute again.
func ExampleSaveSession() {
	dir, err := os.MkdirTemp("", "project")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)
	s := atlas.Session{
		Date: time.Date(2016, 10, 19, 0, 0, 0, 0, time.UTC),
		Layers: []atlas.SessionLayer{
			{Name: atlas.Countries, Opacity: 1},
			{Name: "damage", Path: filepath.Join(dir, "data", "damage.geojson"), Hidden: true, Opacity: 0.5},
		},
	}
	project := filepath.Join(dir, "aleppo"+atlas.SessionExt)
	if err := atlas.SaveSession(project, s); err != nil {
		fmt.Println(err)
		return
	}
	back, err := atlas.LoadSession(project)
	if err != nil {
		fmt.Println(err)
		return
	}
	rel, _ := filepath.Rel(dir, back.Layers[1].Path)
	fmt.Println(back.Date.Format(time.DateOnly), back.Layers[1].Name, filepath.ToSlash(rel), back.Layers[1].Hidden, back.Layers[1].Opacity)
	// Output: 2016-10-19 damage data/damage.geojson true 0.5
}
