package ui

import (
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

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
	rich     *widget.RichText
}

type mention struct {
	start, end, place int
}

func newArticlePanel(onMention func(int)) *articlePanel {
	p := &articlePanel{onMention: onMention, box: container.NewVBox(), current: -1}
	p.scroll = container.NewVScroll(p.box)
	return p
}

func (p *articlePanel) object() fyne.CanvasObject { return p.scroll }

// set shows an article.
func (p *articlePanel) set(art *atlas.Article) {
	p.box.Objects = nil
	p.paras = splitArticle(art)
	p.current = -1
	for i, para := range p.paras {
		para.rich = widget.NewRichText()
		para.rich.Wrapping = fyne.TextWrapWord
		p.fill(para, i == 0)
		p.box.Add(para.rich)
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

// fill makes a paragraph's segments: plain text between links, the
// highlighted place's mentions in bold colour.
func (p *articlePanel) fill(para *paragraph, title bool) {
	plain := widget.RichTextStyleInline
	if title {
		plain = widget.RichTextStyle{Inline: true, SizeName: theme.SizeNameSubHeadingText, TextStyle: fyne.TextStyle{Bold: true}}
	}
	var segs []widget.RichTextSegment
	at := 0
	for _, m := range para.mentions {
		if m.start > at {
			segs = append(segs, &widget.TextSegment{Text: para.text[at:m.start], Style: plain})
		}
		text, place := para.text[m.start:m.end], m.place
		if place == p.current {
			st := plain
			st.TextStyle.Bold = true
			st.ColorName = theme.ColorNameWarning
			segs = append(segs, &widget.TextSegment{Text: text, Style: st})
		} else {
			// One link per word: RichText wraps between segments, and a
			// long link that does not fit the line would be broken up.
			for i, word := range strings.Split(text, " ") {
				if i > 0 {
					segs = append(segs, &widget.TextSegment{Text: " ", Style: plain})
				}
				segs = append(segs, &widget.HyperlinkSegment{Text: word, OnTapped: func() { p.onMention(place) }})
			}
		}
		at = m.end
	}
	if at < len(para.text) {
		segs = append(segs, &widget.TextSegment{Text: para.text[at:], Style: plain})
	}
	para.rich.Segments = segs
	para.rich.Refresh()
}

// highlight shows every mention of one place (-1: none) in bold colour.
func (p *articlePanel) highlight(place int) {
	if place == p.current {
		return
	}
	old := p.current
	p.current = place
	for i, para := range p.paras {
		for _, m := range para.mentions {
			if m.place == old || m.place == place {
				p.fill(para, i == 0)
				break
			}
		}
	}
}

// scrollTo scrolls the article to the first mention of a place.
func (p *articlePanel) scrollTo(place int) {
	for _, para := range p.paras {
		for _, m := range para.mentions {
			if m.place == place {
				y := para.rich.Position().Y - theme.Padding()*4
				p.scroll.Offset = fyne.NewPos(0, max(0, y))
				p.scroll.Refresh()
				return
			}
		}
	}
}

// links are the mention links shown now, by their text, for tests.
func (p *articlePanel) links() map[string]*widget.HyperlinkSegment {
	out := map[string]*widget.HyperlinkSegment{}
	for _, para := range p.paras {
		for _, s := range para.rich.Segments {
			if h, ok := s.(*widget.HyperlinkSegment); ok {
				if _, seen := out[h.Text]; !seen {
					out[h.Text] = h
				}
			}
		}
	}
	return out
}
