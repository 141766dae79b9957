package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"newsatlas/timeline"
)

// sourcesPanel lists the sources of the control zones on screen.
type sourcesPanel struct {
	box *fyne.Container
}

func newSourcesPanel() *sourcesPanel { return &sourcesPanel{box: container.NewVBox()} }

func (p *sourcesPanel) object() fyne.CanvasObject { return p.box }

func (p *sourcesPanel) set(d time.Time, sources []timeline.Source) {
	p.box.Objects = nil
	head := widget.NewLabelWithStyle("Aleppo control zones as of "+d.Format("2 January 2006")+": sources", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	head.Wrapping = fyne.TextWrapWord
	p.box.Add(head)
	for _, s := range sources {
		l := widget.NewLabel("• " + s.String())
		l.Wrapping = fyne.TextWrapWord
		p.box.Add(l)
	}
	p.box.Refresh()
}
