// Command newsatlas puts a news article and its geography side by side.
// With no subcommand it opens the window on the files given; render,
// identify, places, related, info and layers run headless (see cli.UsageText).
package main

import (
	"fmt"
	"os"

	"fyne.io/fyne/v2/app"

	"newsatlas/atlas"
	"newsatlas/cli"
	"newsatlas/internal/quietlocale"
	"newsatlas/ui"
)

func main() {
	quietlocale.Restore()
	args := os.Args[1:]
	if len(args) > 0 && cli.IsCommand(args[0]) {
		os.Exit(cli.Run(args, os.Stdout, os.Stderr))
	}
	a, err := atlas.New()
	if err != nil {
		fmt.Fprintf(os.Stderr, "newsatlas: %v\n", err)
		os.Exit(1)
	}
	fa := app.NewWithID("org.newsatlas.app")
	w := ui.New(fa, a, ui.Options{
		DebugLog:       os.Getenv("NEWSATLAS_DEBUG_LOG"),
		RestoreSession: len(args) == 0,
		Version:        appVersion(),
	})
	w.OpenFiles(args)
	w.Win.ShowAndRun()
}
