package archive

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"

	"newsatlas/articletext"
)

// The largest feed file read.
const maxFeedBytes = 256 << 20

// rss is an RSS 2.0 (or 0.9x) document.
type rss struct {
	Items []feedItem `xml:"channel>item"`
}

// feedItem is an RSS item.
type feedItem struct {
	Title       string `xml:"title"`
	Link        string `xml:"link"`
	GUID        string `xml:"guid"`
	Description string `xml:"description"`
	Content     string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
	PubDate     string `xml:"pubDate"`
	DCDate      string `xml:"http://purl.org/dc/elements/1.1/ date"`
}

// atom is an Atom 1.0 feed.
type atom struct {
	Entries []atomEntry `xml:"entry"`
}

// atomEntry is an Atom entry.
type atomEntry struct {
	Title     string     `xml:"title"`
	ID        string     `xml:"id"`
	Links     []atomLink `xml:"link"`
	Published string     `xml:"published"`
	Updated   string     `xml:"updated"`
	Content   string     `xml:"content"`
	Summary   string     `xml:"summary"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
}

// readFeed reads an RSS or Atom feed and emits its items; a feed that does not parse is
// skipped whole, with the parser's reason.
func readFeed(w *walker, name string, r io.Reader, mod time.Time) error {
	b, err := io.ReadAll(io.LimitReader(r, maxFeedBytes+1))
	if err != nil {
		w.opt.skip(name, "%v", err)
		return nil
	}
	if len(b) > maxFeedBytes {
		w.opt.skip(name, "feed too large (more than %s)", sizeText(maxFeedBytes))
		return nil
	}
	items, err := parseFeed(b)
	if err != nil {
		w.opt.skip(name, "malformed feed: %v", err)
		return nil
	}
	max := w.opt.maxBytes()
	for i, it := range items {
		src := fmt.Sprintf("%s#%d", name, i+1)
		if int64(len(it.body)) > max {
			w.opt.skip(src, "too large for an article (%s; up to %s)", sizeText(int64(len(it.body))), sizeText(max))
			continue
		}
		a, why := it.article(src, mod)
		if why != "" {
			w.opt.skip(src, "%s", why)
			continue
		}
		if err := w.emit(a); err != nil {
			return err
		}
	}
	return nil
}

// item is a feed item or entry, whichever the feed holds.
type item struct {
	title, link, id, body, date string
}

// parseFeed reads the items of an RSS or Atom document.
func parseFeed(b []byte) ([]item, error) {
	root, err := rootElement(b)
	if err != nil {
		return nil, err
	}
	var items []item
	switch root {
	case "rss", "RDF":
		var doc rss
		if err := xml.Unmarshal(b, &doc); err != nil {
			return nil, err
		}
		if root == "RDF" { // RSS 1.0 puts its items beside the channel
			var rdf struct {
				Items []feedItem `xml:"item"`
			}
			if err := xml.Unmarshal(b, &rdf); err != nil {
				return nil, err
			}
			doc.Items = append(doc.Items, rdf.Items...)
		}
		for _, it := range doc.Items {
			items = append(items, item{title: it.Title, link: it.Link, id: it.GUID,
				body: firstOf(it.Content, it.Description), date: firstOf(it.PubDate, it.DCDate)})
		}
	case "feed":
		var doc atom
		if err := xml.Unmarshal(b, &doc); err != nil {
			return nil, err
		}
		for _, e := range doc.Entries {
			items = append(items, item{title: e.Title, link: e.link(), id: e.ID,
				body: firstOf(e.Content, e.Summary), date: firstOf(e.Published, e.Updated)})
		}
	default:
		return nil, fmt.Errorf("<%s> is neither an RSS <rss> nor an Atom <feed>", root)
	}
	return items, nil
}

// firstOf is the first of ss that is not blank, or "".
func firstOf(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// link is the entry's alternate link, else its first.
func (e *atomEntry) link() string {
	for _, l := range e.Links {
		if l.Rel == "" || l.Rel == "alternate" {
			return l.Href
		}
	}
	if len(e.Links) > 0 {
		return e.Links[0].Href
	}
	return ""
}

// rootElement is the local name of a document's first element.
func rootElement(b []byte) (string, error) {
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return "", fmt.Errorf("no XML element in it")
		}
		if err != nil {
			return "", err
		}
		if se, ok := tok.(xml.StartElement); ok {
			return se.Name.Local, nil
		}
	}
}

// looksLikeFeed reports whether b, a file of no known extension, starts as a feed does.
func looksLikeFeed(b []byte) bool {
	head := string(bytes.TrimSpace(b[:min(len(b), 1024)]))
	if !strings.HasPrefix(head, "<?xml") && !strings.HasPrefix(head, "<rss") && !strings.HasPrefix(head, "<feed") {
		return false
	}
	return strings.Contains(head, "<rss") || strings.Contains(head, "<feed") || strings.Contains(head, "<rdf:RDF")
}

// article makes the item an article: its title, a blank line and the body reduced to its
// text (feeds carry HTML in their descriptions), dated by the feed when it can be read.
func (it *item) article(src string, mod time.Time) (*Article, string) {
	title := strings.Join(strings.Fields(it.title), " ")
	body := strings.TrimSpace(it.body)
	if strings.ContainsAny(body, "<&") {
		if t, err := articletext.Decode("item.html", []byte(body)); err == nil {
			body = t.Text
		}
	}
	if body == "" && title == "" {
		return nil, "no title or text in the item"
	}
	text := body
	if title != "" && body != "" {
		text = title + "\n\n" + body
	} else if body == "" {
		text = title
	}
	a := &Article{Source: src, Title: title, URL: strings.TrimSpace(it.link), ID: strings.TrimSpace(it.id), Text: text}
	if a.Title == "" {
		a.Title = firstLine(text)
	}
	if d, ok := ParseDate(it.date); ok {
		a.Date, a.DateFrom = d, DateFromFeed
	} else {
		a.dateFromText(mod)
	}
	return a, ""
}
