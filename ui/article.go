package ui

import (
	"image/color"
	"slices"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"newsatlas/atlas"
	"newsatlas/places"
)

// articlePanel shows the article, one flowText per paragraph (a Markdown
// article's headings, paragraphs, list items, quotes and code blocks with
// their emphasis and links; its tables a tableView of a flowText per
// cell), every place mention a link. A tapped mention
// calls onMention with the place's index; highlight shows all the mentions
// of one place in bold colour.
type articlePanel struct {
	onMention func(place int)
	scroll    *container.Scroll
	box       *fyne.Container
	paras     []*paragraph
	current   int  // highlighted place, -1 for none
	relaying  bool // in relayout
}

// paragraph is one block of the article and the mentions and styled runs
// in it, with byte offsets relative to the block. A table's paragraph has
// its cells' paragraphs, row by row, and no flow of its own; its mentions
// and links are its cells'.
type paragraph struct {
	text     string
	block    atlas.Block
	mentions []mention
	spans    []atlas.Span
	cells    [][]*paragraph
	header   bool // a table's header cell: bold
	flow     *flowText
	obj      fyne.CanvasObject // flow as laid out in the panel: indented, quoted
	links    []*mentionLink
}

// mentionLink is one mention as the panel shows it: a single link, laid
// out in one word per part of the name so that "Saudi Arabia" can wrap
// between its words, every part tapping and highlighting as the whole.
type mentionLink struct {
	parts   []*linkWord
	place   int
	demonym bool
}

// Text is the mention as the article spells it.
func (m *mentionLink) Text() string {
	var b strings.Builder
	for _, w := range m.parts {
		b.WriteString(w.Text)
	}
	return b.String()
}

// setHighlighted shows or hides the highlight on every part.
func (m *mentionLink) setHighlighted(on bool) {
	for _, w := range m.parts {
		w.SetHighlighted(on)
	}
}

// mention is a mention's byte range in its paragraph, its place and
// whether it is a demonym (Syrian troops) rather than a name.
type mention struct {
	start, end, place int
	demonym           bool
}

func newArticlePanel(onMention func(int)) *articlePanel {
	p := &articlePanel{onMention: onMention, box: container.New(paragraphsLayout{}), current: -1}
	p.scroll = container.NewVScroll(container.NewPadded(p.box))
	return p
}

func (p *articlePanel) object() fyne.CanvasObject { return p.scroll }

// set shows an article.
func (p *articlePanel) set(art *atlas.Article) {
	p.box.Objects = nil
	p.paras = splitArticle(art)
	p.current = -1
	for _, para := range p.paras {
		p.fill(para)
		p.box.Add(para.obj)
	}
	p.box.Refresh()
	p.scroll.ScrollToTop()
}

// relayout tells the scroll the article's height once a paragraph has
// found its own at the panel's width (its minimum size was a guess until
// then), so that the whole article can be scrolled to.
func (p *articlePanel) relayout() {
	if p.relaying {
		return
	}
	p.relaying = true
	p.scroll.Refresh()
	p.relaying = false
}

// splitArticle cuts the text into its paragraphs and a table into its
// cells and hands each the mentions and styled runs that fall in it (a
// mention crossing a paragraph's or a cell's end is dropped).
func splitArticle(art *atlas.Article) []*paragraph {
	if art == nil {
		return nil
	}
	var all []mention
	for pi, pl := range art.Places {
		for _, m := range pl.Mentions {
			all = append(all, mention{m.Start, m.End, pi, m.Kind == places.Demonym})
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].start < all[j].start })
	var out []*paragraph
	for _, b := range art.Paragraphs() {
		if b.Table == nil {
			out = append(out, newParagraph(art.Text, b, all))
			continue
		}
		para := &paragraph{text: art.Text[b.Start:b.End], block: b}
		for r, row := range b.Table {
			var cells []*paragraph
			for _, c := range row {
				cell := newParagraph(art.Text, c, all)
				cell.header = r == 0
				for _, m := range cell.mentions {
					para.mentions = append(para.mentions, mention{m.start + c.Start - b.Start, m.end + c.Start - b.Start, m.place, m.demonym})
				}
				cells = append(cells, cell)
			}
			para.cells = append(para.cells, cells)
		}
		out = append(out, para)
	}
	return out
}

// newParagraph is block b of text with the mentions (all, in text order)
// and styled runs that fall in it.
func newParagraph(text string, b atlas.Block, all []mention) *paragraph {
	start, end := b.Start, b.End
	para := &paragraph{text: text[start:end], block: b}
	last := 0
	for _, m := range all {
		if m.start >= start+last && m.end <= end && m.start < m.end {
			para.mentions = append(para.mentions, mention{m.start - start, m.end - start, m.place, m.demonym})
			last = m.end - start
		}
	}
	for _, s := range b.Spans {
		s.Start, s.End = s.Start-start, s.End-start
		para.spans = append(para.spans, s)
	}
	return para
}

// headingSize is the text size of a heading of level n (0: body text).
func headingSize(n int) float32 {
	switch n {
	case 0:
		return theme.TextSize()
	case 1:
		return theme.TextSubHeadingSize()
	case 2:
		return theme.TextSize() + 2
	}
	return theme.TextSize()
}

// styleAt is the text style and the link destination of a paragraph's
// byte i: its heading's weight and the spans over it.
func (para *paragraph) styleAt(i int) (fyne.TextStyle, string, bool) {
	st := fyne.TextStyle{Bold: para.block.Heading > 0 || para.header, Monospace: para.block.Code}
	url, link := "", false
	for _, s := range para.spans {
		if s.Start <= i && i < s.End {
			st.Bold = st.Bold || s.Style&atlas.Bold != 0
			st.Italic = st.Italic || s.Style&atlas.Italic != 0
			st.Monospace = st.Monospace || s.Style&atlas.Code != 0
			if s.Style&atlas.Link != 0 {
				url, link = s.URL, true
			}
		}
	}
	return st, url, link
}

// cuts are the offsets where a paragraph's style changes, in order, with
// 0 and the paragraph's length.
func (para *paragraph) cuts() []int {
	cs := []int{0, len(para.text)}
	for _, s := range para.spans {
		cs = append(cs, s.Start, s.End)
	}
	sort.Ints(cs)
	return slices.Compact(cs)
}

// fill makes a paragraph's words (plain and styled text between mention
// links) and lays them out as its block: indented in a list, barred in a
// quote; a table's, cell by cell.
func (p *articlePanel) fill(para *paragraph) {
	if para.cells != nil {
		p.fillTable(para)
		return
	}
	size := headingSize(para.block.Heading)
	fg := theme.Color(theme.ColorNameForeground)
	var words []fyne.CanvasObject
	// plain adds the words of text [from, to) that is no mention, styled
	// by the spans over it.
	plain := func(from, to int) {
		cuts := para.cuts()
		for i := 0; i+1 < len(cuts); i++ {
			a, b := max(cuts[i], from), min(cuts[i+1], to)
			if a >= b {
				continue
			}
			st, url, link := para.styleAt(a)
			for k, line := range strings.Split(para.text[a:b], "\n") {
				if k > 0 {
					words = append(words, canvas.NewText("\n", fg))
				}
				for j, w := range strings.Split(line, " ") {
					if j > 0 {
						words = append(words, canvas.NewText(" ", fg))
					}
					if w == "" {
						continue
					}
					if link {
						words = append(words, newWebLink(w, size, st, url))
						continue
					}
					t := canvas.NewText(w, fg)
					t.TextSize, t.TextStyle = size, st
					words = append(words, t)
				}
			}
		}
	}
	para.links = nil
	at := 0
	for _, m := range para.mentions {
		plain(at, m.start)
		place := m.place
		ml := &mentionLink{place: place, demonym: m.demonym}
		st, _, _ := para.styleAt(m.start)
		// Each part but the last keeps the space after it, so that the
		// underline and the highlight run on under it as one link.
		text := para.text[m.start:m.end]
		for text != "" {
			i := strings.IndexAny(text, " \n")
			if i < 0 {
				i = len(text) - 1
			}
			for i+1 < len(text) && text[i+1] == ' ' {
				i++
			}
			l := newLinkWord(text[:i+1], size, st, func() { p.onMention(place) })
			l.highlighted = place == p.current
			l.demonym = m.demonym
			ml.parts = append(ml.parts, l)
			words = append(words, l)
			text = text[i+1:]
		}
		para.links = append(para.links, ml)
		at = m.end
	}
	plain(at, len(para.text))
	para.flow = newFlowText(words)
	para.flow.onHeight = p.relayout
	para.obj = blockFrame(para.block, para.flow, size)
}

// fillTable fills a table's cells and lays them out in a tableView, framed
// as its block (in a list or a quote).
func (p *articlePanel) fillTable(para *paragraph) {
	para.links = nil
	var rows [][]fyne.CanvasObject
	for _, row := range para.cells {
		var objs []fyne.CanvasObject
		for _, cell := range row {
			p.fill(cell)
			para.links = append(para.links, cell.links...)
			objs = append(objs, cell.obj)
		}
		rows = append(rows, objs)
	}
	t := newTableView(rows)
	t.onHeight = p.relayout
	para.obj = blockFrame(para.block, t, theme.TextSize())
}

// blockFrame lays a paragraph's flow out as its block: after a list's
// indent and bullet, beside a bar per block quote.
func blockFrame(b atlas.Block, flow fyne.CanvasObject, size float32) fyne.CanvasObject {
	obj := flow
	if b.List > 0 {
		indent := fyne.MeasureText("•", size, fyne.TextStyle{}).Width*float32(b.List-1)*3 + fyne.MeasureText("00.", size, fyne.TextStyle{}).Width + theme.Padding()
		mark := canvas.NewText(b.Marker, theme.Color(theme.ColorNameForeground))
		mark.TextSize, mark.Alignment = size, fyne.TextAlignTrailing
		gap := canvas.NewRectangle(color.Transparent)
		gap.SetMinSize(fyne.NewSize(indent, 1))
		col := container.NewStack(gap, container.NewBorder(mark, nil, nil, nil))
		obj = container.NewBorder(nil, nil, container.NewHBox(col), nil, obj)
	}
	for range b.Quote {
		bar := canvas.NewRectangle(theme.Color(theme.ColorNameSeparator))
		bar.SetMinSize(fyne.NewSize(3, 1))
		obj = container.NewBorder(nil, nil, bar, nil, container.NewPadded(obj))
	}
	return obj
}

// highlight shows every mention of one place (-1: none) in bold colour.
func (p *articlePanel) highlight(place int) {
	p.current = place
	for _, para := range p.paras {
		for _, l := range para.links {
			l.setHighlighted(l.place == place)
		}
	}
}

// scrollTo scrolls the article to the first mention of a place.
func (p *articlePanel) scrollTo(place int) {
	for _, para := range p.paras {
		for _, m := range para.mentions {
			if m.place == place {
				y := para.obj.Position().Y - theme.Padding()*4
				p.scroll.Offset = fyne.NewPos(0, max(0, y))
				p.scroll.Refresh()
				return
			}
		}
	}
}

// mention is the first mention spelt text, for tests.
func (p *articlePanel) mention(text string) *mentionLink {
	for _, para := range p.paras {
		for _, l := range para.links {
			if l.Text() == text {
				return l
			}
		}
	}
	return nil
}

// link is the first word of the first mention spelt text, for tests.
func (p *articlePanel) link(text string) *linkWord {
	if m := p.mention(text); m != nil {
		return m.parts[0]
	}
	return nil
}

// flyToPlace shows a place a mention names: a country, or a place named
// only by demonyms (Syrian troops), fitted whole; a continent's demonym
// (European) at a continent's zoom; anything else centred at the zoom its
// kind reads at.
func (w *Window) flyToPlace(p places.Place) {
	if p.Kind == "country" || p.Kind == places.Demonym {
		if b, ok := w.countryBound(p); ok {
			w.Map.ZoomToBound(b)
			return
		}
	}
	zoom := 11.0 // a city, its districts readable
	switch p.Kind {
	case "country":
		zoom = 5
	case places.Demonym:
		zoom = 3
	case "region", "water":
		zoom = 7
	case "landmark":
		zoom = 14
	}
	w.Map.FlyTo(orb.Point{p.Lon, p.Lat}, zoom)
}

// countryBound is the lon/lat bound of a place's country outline in the
// countries layer, found by ISO code or name; of its largest part when it
// has several, so that France fits France and not French Guiana with it.
func (w *Window) countryBound(p places.Place) (orb.Bound, bool) {
	cs := w.Atlas.Layer(atlas.Countries)
	if cs == nil || cs.Layer == nil {
		return orb.Bound{}, false
	}
	for _, f := range cs.Features {
		if f.Geometry == nil || !(f.Name == p.Name || p.Country != "" && propString(f.Properties(), "ISO_A2_EH") == p.Country) {
			continue
		}
		g := f.Geometry
		if mp, ok := g.(orb.MultiPolygon); ok && len(mp) > 0 {
			big := 0
			for i := range mp {
				if planar.Area(mp[i]) > planar.Area(mp[big]) {
					big = i
				}
			}
			g = mp[big]
		}
		return g.Bound(), true
	}
	return orb.Bound{}, false
}
