package ui

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"
)

// StoriesLimit is the most stories the Stories panel lists at once.
const StoriesLimit = 2000

// storiesDebounce is how long the Stories panel waits after the view, the
// date or the search last changed before it asks the archive again.
const storiesDebounce = 150 * time.Millisecond

// dateWindows are the date windows the Stories panel offers: how many days
// up to the timeline's date it lists (0: any date).
var dateWindows = []struct {
	label string
	days  int
}{{"Any date", 0}, {"That day", 1}, {"Week to date", 7}, {"Month to date", 31}, {"Year to date", 365}}

// storiesPanel is the Stories tab: a search field, the date window, and a
// virtualised list of the archive's articles in the map's view and the
// date window, newest first; or, after a click on a region, the articles
// related to it and their passages. A tap on a row opens the article.
type storiesPanel struct {
	arch   storyArchive
	do     func(func()) bool // runs f on the UI goroutine (the window's gate)
	onOpen func(s story, p *passage)

	search  *widget.Entry
	window  *widget.Select
	heading *widget.Label
	back    *widget.Button
	list    *widget.List
	box     fyne.CanvasObject
	tab     *container.TabItem // the Stories tab that holds box

	rows  []storyRow                // what the list shows
	bound map[fyne.CanvasObject]int // the row each list item shows
	// onRelated, when set, is called once a region's related stories
	// are listed (the window logs where their rows are).
	onRelated func()
	// onWindow, when set, is called with the date window (zero: any
	// date) each time it changes (the window pins its places).
	onWindow func(from, to time.Time)
	region   string // the region whose related stories are shown; "" for the view's

	mu      sync.Mutex
	q       storyQuery    // the latest query, for the worker
	date    time.Time     // the timeline's date
	days    int           // the date window, 0 for any date
	kicks   chan struct{} // closed by stop
	stopped bool
	queued  atomic.Int64
	pending sync.WaitGroup // queries asked for and not yet shown
	seq     int            // related queries asked, so that a late answer is dropped
}

// storyRow is one row of the list: an article, or one of its passages
// under it.
type storyRow struct {
	story    story
	passage  *passage
	mentions int
}

func newStoriesPanel(do func(func()) bool, onOpen func(story, *passage)) *storiesPanel {
	// Answers come from two goroutines (the query worker and related
	// queries) and are shown on the UI goroutine, one at a time.
	p := &storiesPanel{do: do, onOpen: onOpen, kicks: make(chan struct{}, 1), bound: map[fyne.CanvasObject]int{}}
	p.search = widget.NewEntry()
	p.search.SetPlaceHolder("Search the archive")
	p.search.OnChanged = p.searchChanged
	labels := make([]string, len(dateWindows))
	for i, d := range dateWindows {
		labels[i] = d.label
	}
	p.window = widget.NewSelect(labels, p.windowChanged)
	p.window.SetSelectedIndex(0)
	p.heading = widget.NewLabel("")
	p.heading.Wrapping = fyne.TextWrapWord
	p.back = widget.NewButtonWithIcon("Stories in view", theme.NavigateBackIcon(), p.showView)
	p.back.Hide()
	p.list = widget.NewList(func() int { return len(p.rows) }, newStoryItem, p.updateItem)
	p.list.OnSelected = func(id widget.ListItemID) {
		p.list.Unselect(id)
		if id >= 0 && id < len(p.rows) && p.onOpen != nil {
			r := p.rows[id]
			p.onOpen(r.story, r.passage)
		}
	}
	top := container.NewVBox(container.NewBorder(nil, nil, nil, p.window, p.search), container.NewBorder(nil, nil, nil, p.back, p.heading))
	p.box = container.NewBorder(top, nil, nil, nil, p.list)
	p.tab = container.NewTabItem("Stories", p.box)
	p.setArchive(nil)
	go p.loop()
	return p
}

func (p *storiesPanel) object() fyne.CanvasObject { return p.box }

// setArchive lists a newly opened archive's stories (nil: none open).
func (p *storiesPanel) setArchive(a storyArchive) {
	p.mu.Lock()
	p.arch = a
	p.mu.Unlock()
	p.region = ""
	p.back.Hide()
	p.rows = nil
	p.list.Refresh()
	if a == nil {
		p.heading.SetText("Open a folder of articles, a feed or an NDJSON file with File > Open Archive…")
		return
	}
	p.heading.SetText("Loading the stories…")
	p.kick()
}

// viewChanged follows the map's view: its lon/lat bound.
func (p *storiesPanel) viewChanged(b orb.Bound) {
	p.mu.Lock()
	changed := p.q.Bound != b
	p.q.Bound = b
	p.mu.Unlock()
	if changed && p.region == "" {
		p.kick()
	}
}

// dateChanged follows the timeline's date.
func (p *storiesPanel) dateChanged(d time.Time) {
	p.mu.Lock()
	changed := !p.date.Equal(d)
	p.date = d
	p.setWindowLocked()
	from, to := p.q.From, p.q.To
	p.mu.Unlock()
	if changed && p.days > 0 {
		if p.region == "" {
			p.kick()
		}
		p.windowMoved(from, to)
	}
}

// dateWindow is the dates the panel lists: from..to, both zero for any.
func (p *storiesPanel) dateWindow() (from, to time.Time) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.q.From, p.q.To
}

func (p *storiesPanel) setWindowLocked() {
	if p.days == 0 || p.date.IsZero() {
		p.q.From, p.q.To = time.Time{}, time.Time{}
		return
	}
	p.q.To = p.date
	p.q.From = p.date.AddDate(0, 0, 1-p.days)
}

func (p *storiesPanel) windowChanged(label string) {
	for _, d := range dateWindows {
		if d.label == label {
			p.mu.Lock()
			p.days = d.days
			p.setWindowLocked()
			from, to := p.q.From, p.q.To
			p.mu.Unlock()
			p.windowMoved(from, to)
		}
	}
	if p.arch != nil {
		p.showView()
	}
}

// filters is what the panel lists by: the search text and the date
// window (days up to the timeline's date, 0 for any date).
func (p *storiesPanel) filters() (text string, days int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.q.Text, p.days
}

// setFilters searches for text and lists the date window of that many
// days, as if the user had typed and chosen them; a window the panel does
// not offer is any date.
func (p *storiesPanel) setFilters(text string, days int) {
	p.search.SetText(text)
	i := 0
	for j, d := range dateWindows {
		if d.days == days {
			i = j
		}
	}
	p.window.SetSelectedIndex(i)
}

// windowMoved tells onWindow of a new date window, with an archive open.
func (p *storiesPanel) windowMoved(from, to time.Time) {
	if p.arch != nil && p.onWindow != nil {
		p.onWindow(from, to)
	}
}

func (p *storiesPanel) searchChanged(text string) {
	p.mu.Lock()
	p.q.Text = strings.TrimSpace(text)
	p.mu.Unlock()
	if p.arch != nil {
		p.showView()
	}
}

// showView goes back from a region's related stories to those in view.
func (p *storiesPanel) showView() {
	p.region = ""
	p.back.Hide()
	p.kick()
}

// kick asks for the stories again, once the changes stop for a moment.
func (p *storiesPanel) kick() {
	if p.arch == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.stopped {
		return
	}
	p.pending.Add(1)
	p.queued.Add(1)
	select {
	case p.kicks <- struct{}{}:
	default: // a query is asked for already: it will read the latest
	}
}

// stop ends the query worker once the window has closed (it held the
// window, and every window a test made stayed in memory): kicks after it
// ask for nothing.
func (p *storiesPanel) stop() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if !p.stopped {
		p.stopped = true
		close(p.kicks)
	}
}

// loop answers kicks, one query for all the kicks of a moment, and shows
// the answer on the UI goroutine.
func (p *storiesPanel) loop() {
	for range p.kicks {
		time.Sleep(storiesDebounce)
		n := p.queued.Swap(0)
		p.mu.Lock()
		q, arch := p.q, p.arch
		p.mu.Unlock()
		q.Limit = StoriesLimit
		var rows []story
		var err error
		if arch != nil {
			rows, err = arch.Stories(context.Background(), q)
		}
		p.do(func() {
			if p.arch == arch && p.region == "" {
				p.showStories(q, rows, err)
			}
		})
		p.pending.Add(-int(n))
	}
}

// wait returns once every query asked for has been answered and shown.
func (p *storiesPanel) wait() { p.pending.Wait() }

// showStories lists the stories a query found.
func (p *storiesPanel) showStories(q storyQuery, found []story, err error) {
	if err != nil {
		p.rows = nil
		p.list.Refresh()
		p.heading.SetText("The archive could not be searched: " + err.Error())
		return
	}
	p.rows = make([]storyRow, len(found))
	for i, s := range found {
		p.rows[i] = storyRow{story: s}
	}
	p.list.Refresh()
	p.list.ScrollToTop()
	what := "in view"
	if q.Text != "" {
		what = fmt.Sprintf("in the archive matching %q", q.Text)
	}
	if !q.From.IsZero() {
		what += ", " + q.From.Format("2 Jan 2006") + " to " + q.To.Format("2 Jan 2006")
	}
	more := ""
	if len(found) >= StoriesLimit {
		more = fmt.Sprintf(" (the newest %d)", StoriesLimit)
	}
	order := "newest first"
	if q.Text != "" {
		order = "best match first"
	}
	p.heading.SetText(fmt.Sprintf("%s %s%s, %s", plural(len(found), "story", "stories"), what, more, order))
}

// showRelated lists the stories related to a region, asked off the UI
// goroutine: the feature called name of the named layer, its geometry g.
func (p *storiesPanel) showRelated(layer, name string, g orb.Geometry) {
	if p.arch == nil {
		return
	}
	p.region = name
	p.back.Show()
	p.heading.SetText("Stories about " + name + "…")
	p.rows = nil
	p.list.Refresh()
	p.seq++
	seq, arch := p.seq, p.arch
	from, to := p.dateWindow()
	p.pending.Add(1)
	go func() {
		defer p.pending.Done()
		rel, err := arch.Related(context.Background(), layer, name, g, from, to)
		p.do(func() {
			if p.seq == seq && p.arch == arch && p.region == name {
				p.setRelated(name, rel, err)
			}
		})
	}()
}

// setRelated lists related stories, each followed by its passages.
func (p *storiesPanel) setRelated(name string, rel []relatedStory, err error) {
	if err != nil {
		p.heading.SetText("Stories about " + name + ": " + err.Error())
		return
	}
	p.rows = p.rows[:0]
	for _, r := range rel {
		p.rows = append(p.rows, storyRow{story: r.story, mentions: r.Mentions})
		for i := range r.Passages {
			p.rows = append(p.rows, storyRow{story: r.story, passage: &r.Passages[i]})
		}
	}
	p.list.Refresh()
	p.list.ScrollToTop()
	p.heading.SetText(fmt.Sprintf("%s about %s, most mentions first", plural(len(rel), "story", "stories"), name))
	if p.onRelated != nil {
		p.onRelated()
	}
}

// newStoryItem is a row of the list: a line in bold and one under it.
func newStoryItem() fyne.CanvasObject {
	title := widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Truncation = fyne.TextTruncateEllipsis
	detail := widget.NewLabel("")
	detail.Truncation = fyne.TextTruncateEllipsis
	detail.SizeName = theme.SizeNameCaptionText
	return container.New(&tightRows{}, title, detail)
}

func (p *storiesPanel) updateItem(id widget.ListItemID, o fyne.CanvasObject) {
	if id < 0 || id >= len(p.rows) {
		return
	}
	r := p.rows[id]
	p.bound[o] = id
	c := o.(*fyne.Container)
	title, detail := c.Objects[0].(*widget.Label), c.Objects[1].(*widget.Label)
	if r.passage != nil {
		title.TextStyle = fyne.TextStyle{Italic: true}
		title.SetText("    “" + strings.Join(strings.Fields(r.passage.Text), " ") + "”")
		detail.SetText("    " + strings.Join(r.passage.Places, ", "))
		return
	}
	title.TextStyle = fyne.TextStyle{Bold: true}
	title.SetText(r.story.Title)
	if r.story.Title == "" {
		title.SetText("(untitled)")
	}
	d := storyDate(r.story.Date) + "  ·  " + filepath.Base(r.story.Source)
	if r.mentions > 0 {
		d = plural(r.mentions, "mention", "mentions") + "  ·  " + d
	}
	detail.SetText(d)
}

// storyDate is a story's date as the list shows it.
func storyDate(d time.Time) string {
	if d.IsZero() {
		return "undated"
	}
	return d.Format("2 Jan 2006")
}

// Text is what the list holds, one row a line (for tests and the debug
// log).
func (p *storiesPanel) Text() string {
	var b strings.Builder
	b.WriteString(p.heading.Text + "\n")
	for _, r := range p.rows {
		if r.passage != nil {
			fmt.Fprintf(&b, "  %q\n", r.passage.Text)
			continue
		}
		fmt.Fprintf(&b, "%s %s (%s)\n", storyDate(r.story.Date), r.story.Title, r.story.Source)
	}
	return b.String()
}

// shownRows calls fn with each list item that shows a row and the row
// it shows (items the list keeps aside for later are passed too: fn tells
// them by their place).
func (p *storiesPanel) shownRows(fn func(id int, o fyne.CanvasObject)) {
	for o, id := range p.bound {
		if id < len(p.rows) && o.Visible() {
			fn(id, o)
		}
	}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// tightRows stacks its objects with no padding between them, each as
// tall as it asks, as wide as the container.
type tightRows struct{}

// Layout implements fyne.Layout.
func (tightRows) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		h := o.MinSize().Height - theme.InnerPadding()/2
		o.Move(fyne.NewPos(0, y-theme.InnerPadding()/4))
		o.Resize(fyne.NewSize(size.Width, h+theme.InnerPadding()/2))
		y += h
	}
}

// MinSize implements fyne.Layout.
func (tightRows) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objs {
		m := o.MinSize()
		s.Width = max(s.Width, m.Width)
		s.Height += m.Height - theme.InnerPadding()/2
	}
	return s
}
