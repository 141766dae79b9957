package archive

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestFeeds reads RSS 2.0 and Atom items, dated by the feed, their HTML reduced to text.
func TestFeeds(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "a.rss"), `<?xml version="1.0"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>News</title>
<item><title>Fighting in Aleppo</title><link>http://n/1</link><guid>g1</guid>
<description>&lt;p&gt;Shells fell on &lt;b&gt;Aleppo&lt;/b&gt;.&lt;/p&gt;</description><pubDate>Wed, 19 Oct 2016 08:00:00 +0300</pubDate></item>
<item><title>Homs</title><content:encoded><![CDATA[<p>Calm in Homs.</p>]]></content:encoded><pubDate>not a date</pubDate></item>
<item></item>
</channel></rss>`)
	write(t, filepath.Join(dir, "b.atom"), `<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>
<entry><title>Raqqa</title><id>urn:1</id><link rel="alternate" href="http://n/r"/><published>2017-06-06T10:00:00Z</published><summary>Raqqa was shelled.</summary></entry>
</feed>`)
	arts, skips := collect(t, dir)
	type got struct{ source, title, text, day, from, url, id string }
	want := []got{
		{"a.rss#1", "Fighting in Aleppo", "Fighting in Aleppo\n\nShells fell on Aleppo.", "2016-10-19", DateFromFeed, "http://n/1", "g1"},
		{"a.rss#2", "Homs", "Homs\n\nCalm in Homs.", "", DateFromFile, "", ""},
		{"b.atom#1", "Raqqa", "Raqqa\n\nRaqqa was shelled.", "2017-06-06", DateFromFeed, "http://n/r", "urn:1"},
	}
	if len(arts) != len(want) {
		t.Fatalf("%d articles: %+v", len(arts), arts)
	}
	for i, w := range want {
		a := arts[i]
		g := got{strings.TrimPrefix(a.Source, dir+"/"), a.Title, a.Text, a.Day(), a.DateFrom, a.URL, a.ID}
		if w.day == "" {
			g.day = ""
		}
		if g != w {
			t.Errorf("item %d: %+v, want %+v", i, g, w)
		}
	}
	if len(skips) != 1 || !strings.HasSuffix(skips[0].Source, "a.rss#3") {
		t.Errorf("skips %v", skips)
	}
}

// TestBadInput: a malformed feed, an NDJSON line without text, a binary file and a 50 MB
// article are each skipped with a reason naming them; every other article is kept.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write(t, filepath.Join(dir, "good.txt"), "Talks in Geneva.")
	write(t, filepath.Join(dir, "broken.rss"), `<rss><channel><item><title>Aleppo</title></chan`)
	write(t, filepath.Join(dir, "notfeed.xml"), `<kml><Document/></kml>`)
	write(t, filepath.Join(dir, "lines.ndjson"), `{"text":"Homs."}`+"\n"+`{"title":"no text"}`+"\n"+`not json`+"\n"+`{"text":"Hama."}`)
	write(t, filepath.Join(dir, "image.png"), "\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR")
	write(t, filepath.Join(dir, "huge.txt"), strings.Repeat("Aleppo was shelled again. ", 2<<20)) // 52 MB
	arts, skips := collect(t, dir)
	var texts []string
	for _, a := range arts {
		texts = append(texts, a.Text)
	}
	if strings.Join(texts, "|") != "Talks in Geneva.|Homs.|Hama." {
		t.Errorf("kept %q", texts)
	}
	want := map[string]string{
		"broken.rss":     "malformed feed: XML syntax error",
		"huge.txt":       "too large for an article (52 MiB; up to 8 MiB)",
		"image.png":      "binary data",
		"lines.ndjson:2": `no "text"`,
		"lines.ndjson:3": "not a JSON object",
		"notfeed.xml":    "neither an RSS <rss> nor an Atom <feed>",
	}
	if len(skips) != len(want) {
		t.Errorf("skips %v", skips)
	}
	for _, s := range skips {
		name := strings.TrimPrefix(s.Source, dir+"/")
		if w, ok := want[name]; !ok || !strings.Contains(s.Reason, w) {
			t.Errorf("skip %s: %q, want %q", name, s.Reason, w)
		}
	}
}
