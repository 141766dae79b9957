package ui

import (
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"

	"newsatlas/atlas"
)

// articlePanel shows the article, one RichText per paragraph, every place
// mention a link. A tapped mention calls onMention with the place's index;
// highlight shows all the mentions of one place in bold colour.
type articlePanel struct {
	onMention func(place int)
	scroll    *container.Scroll
	box       *fyne.Container
	paras     []*paragraph
	current   int // highlighted place, -1 for none
}

// paragraph is one line of the article and the mentions in it, with byte
// offsets relative to the line.
type paragraph struct {
	text     string
	mentions []mention
	flow     *flowText
	links    []placeLink
}

// placeLink is a mention word and the place it names.
type placeLink struct {
	word  *linkWord
	place int
}

type mention struct {
	start, end, place int
}

func newArticlePanel(onMention func(int)) *articlePanel {
	p := &articlePanel{onMention: onMention, box: container.NewVBox(), current: -1}
	p.scroll = container.NewVScroll(container.NewPadded(p.box))
	return p
}

func (p *articlePanel) object() fyne.CanvasObject { return p.scroll }

// set shows an article.
func (p *articlePanel) set(art *atlas.Article) {
	p.box.Objects = nil
	p.paras = splitArticle(art)
	p.current = -1
	for i, para := range p.paras {
		p.fill(para, i == 0)
		p.box.Add(para.flow)
	}
	p.box.Refresh()
	p.scroll.ScrollToTop()
}

// splitArticle cuts the text into its non-blank lines and hands each the
// mentions that fall in it (a mention crossing a line break is dropped).
func splitArticle(art *atlas.Article) []*paragraph {
	if art == nil {
		return nil
	}
	var all []mention
	for pi, pl := range art.Places {
		for _, m := range pl.Mentions {
			all = append(all, mention{m.Start, m.End, pi})
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i].start < all[j].start })
	var out []*paragraph
	off := 0
	for _, line := range strings.SplitAfter(art.Text, "\n") {
		start, end := off, off+len(strings.TrimRight(line, "\r\n"))
		off += len(line)
		if strings.TrimSpace(art.Text[start:end]) == "" {
			continue
		}
		para := &paragraph{text: art.Text[start:end]}
		last := 0
		for _, m := range all {
			if m.start >= start+last && m.end <= end && m.start < m.end {
				para.mentions = append(para.mentions, mention{m.start - start, m.end - start, m.place})
				last = m.end - start
			}
		}
		out = append(out, para)
	}
	return out
}

// fill makes a paragraph's words: plain text between mention links.
func (p *articlePanel) fill(para *paragraph, title bool) {
	size, bold := theme.TextSize(), false
	if title {
		size, bold = theme.TextSubHeadingSize(), true
	}
	fg := theme.Color(theme.ColorNameForeground)
	var words []fyne.CanvasObject
	plain := func(s string) {
		for i, w := range strings.Split(s, " ") {
			if i > 0 {
				words = append(words, canvas.NewText(" ", fg))
			}
			if w != "" {
				t := canvas.NewText(w, fg)
				t.TextSize, t.TextStyle.Bold = size, bold
				words = append(words, t)
			}
		}
	}
	para.links = nil
	at := 0
	for _, m := range para.mentions {
		plain(para.text[at:m.start])
		place := m.place
		for i, w := range strings.Split(para.text[m.start:m.end], " ") {
			if i > 0 {
				words = append(words, canvas.NewText(" ", fg))
			}
			l := newLinkWord(w, size, bold, func() { p.onMention(place) })
			l.highlighted = place == p.current
			para.links = append(para.links, placeLink{l, place})
			words = append(words, l)
		}
		at = m.end
	}
	plain(para.text[at:])
	para.flow = newFlowText(words)
}

// highlight shows every mention of one place (-1: none) in bold colour.
func (p *articlePanel) highlight(place int) {
	p.current = place
	for _, para := range p.paras {
		for _, l := range para.links {
			l.word.SetHighlighted(l.place == place)
		}
	}
}

// scrollTo scrolls the article to the first mention of a place.
func (p *articlePanel) scrollTo(place int) {
	for _, para := range p.paras {
		for _, m := range para.mentions {
			if m.place == place {
				y := para.flow.Position().Y - theme.Padding()*4
				p.scroll.Offset = fyne.NewPos(0, max(0, y))
				p.scroll.Refresh()
				return
			}
		}
	}
}

// link is the first mention word with that text, for tests.
func (p *articlePanel) link(text string) *linkWord {
	for _, para := range p.paras {
		for _, l := range para.links {
			if l.word.Text == text {
				return l.word
			}
		}
	}
	return nil
}
