//go:build ignore

// Command build rebuilds data/gazetteer/gazetteer.tsv.gz, the gazetteer that package places
// embeds, from the open datasets in ../shared/data and the hand-made list extra.tsv.
//
// Run from the repository root:
//
//	go run ./data/gazetteer/build.go [-src ../shared/data] [-dict /usr/share/dict/words]
//
// With -dict, the list of gazetteer words that are also ordinary lower-case English words is
// recomputed from that word list and written to data/gazetteer/commonwords.txt; without it the
// committed commonwords.txt is used, so a rebuild needs nothing but ../shared/data.
package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"newsatlas/places/namekey"
)

const outDir = "data/gazetteer"

// rec is one gazetteer entry before it is written.
type rec struct {
	kind     string // c r p l w
	name     string
	lat, lon float64
	cc       string
	admin1   string
	pop      int64
	fcode    string
	gid      int
	flags    string
	keys     []string
	alts     []string
}

func main() {
	src := flag.String("src", "../shared/data", "folder of the original datasets")
	dict := flag.String("dict", "", "word list to recompute commonwords.txt from (optional)")
	flag.Parse()
	log.SetFlags(0)

	countries := readCountryInfo(filepath.Join(*src, "geonames/countryInfo.tsv"))
	var recs []*rec
	recs = append(recs, neCountries(filepath.Join(*src, "naturalearth/ne_10m_admin_0_countries.geojson"), countries)...)
	cities := readCities(filepath.Join(*src, "geonames/cities500.txt"))
	recs = append(recs, admin1(filepath.Join(*src, "geonames/regionInfo.tsv"), cities)...)
	recs = append(recs, cities...)
	recs = append(recs, admin2(filepath.Join(outDir, "admin2.tsv"), filepath.Join(*src, "geonames/cities500.txt"))...)
	recs = append(recs, ochaSyria(filepath.Join(*src, "syria/syr_admin4_populated_places.geojson"), cities)...)
	recs = append(recs, aleppo(filepath.Join(*src, "aleppo"))...)
	recs = append(recs, extra(filepath.Join(outDir, "extra.tsv"))...)

	common := commonWords(*dict, recs)
	dems := demonyms(filepath.Join(outDir, "demonyms.tsv"))
	if err := write(filepath.Join(outDir, "gazetteer.tsv.gz"), recs, common, dems); err != nil {
		log.Fatal(err)
	}
	log.Printf("wrote %d entries, %d common words", len(recs), len(common))
}

// keys normalizes names, dropping empty and duplicate keys.
func keys(names ...string) []string {
	var out []string
	seen := map[string]bool{}
	for _, n := range names {
		k := namekey.Key(n)
		if k == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, k)
	}
	return out
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}

// countryInfo is a row of GeoNames countryInfo.
type countryInfo struct {
	name, capital string
	pop           int64
	gid           int
}

func readCountryInfo(path string) map[string]countryInfo {
	f, err := os.Open(path)
	must(err)
	defer f.Close()
	out := map[string]countryInfo{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "#") {
			continue
		}
		c := strings.Split(l, "\t")
		if len(c) < 17 {
			continue
		}
		pop, _ := strconv.ParseInt(c[7], 10, 64)
		gid, _ := strconv.Atoi(c[16])
		out[c[0]] = countryInfo{name: c[4], capital: c[5], pop: pop, gid: gid}
	}
	must(sc.Err())
	return out
}

// countryAliases are names news uses for countries besides Natural Earth's and GeoNames'.
var countryAliases = map[string][]string{
	"US": {"United States", "United States of America", "America"},
	"GB": {"United Kingdom", "Britain", "Great Britain"},
	"AE": {"United Arab Emirates"},
	"CD": {"Democratic Republic of the Congo", "Democratic Republic of Congo", "DR Congo", "Congo-Kinshasa", "Congo"},
	"CG": {"Republic of the Congo", "Congo-Brazzaville", "Congo Republic"},
	"CI": {"Ivory Coast", "Côte d'Ivoire", "Cote d'Ivoire"},
	"MM": {"Myanmar", "Burma"},
	"CZ": {"Czech Republic", "Czechia"},
	"NL": {"Netherlands", "Holland"},
	"TR": {"Turkey", "Türkiye", "Turkiye"},
	"KR": {"South Korea", "Republic of Korea"},
	"KP": {"North Korea"},
	"SZ": {"Eswatini", "Swaziland"},
	"MK": {"North Macedonia", "Macedonia"},
	"TL": {"East Timor", "Timor-Leste"},
	"CV": {"Cape Verde", "Cabo Verde"},
	"VA": {"Vatican", "Vatican City", "Holy See"},
	"PS": {"Palestine", "Palestinian territories", "State of Palestine"},
	"RU": {"Russia", "Russian Federation"},
	"SY": {"Syria", "Syrian Arab Republic"},
	"BA": {"Bosnia", "Bosnia-Herzegovina", "Bosnia and Herzegovina"},
	"LA": {"Laos"},
	"VN": {"Vietnam", "Viet Nam"},
	"GM": {"Gambia", "The Gambia"},
	"SS": {"South Sudan"},
	"IR": {"Iran", "Islamic Republic of Iran"},
	"TW": {"Taiwan"},
	"MD": {"Moldova"},
	"BN": {"Brunei"},
}

// neCountries reads Natural Earth admin-0 countries: names and label points.
func neCountries(path string, info map[string]countryInfo) []*rec {
	var fc struct {
		Features []struct {
			Properties map[string]any `json:"properties"`
		} `json:"features"`
	}
	b, err := os.ReadFile(path)
	must(err)
	must(json.Unmarshal(b, &fc))
	str := func(p map[string]any, k string) string { s, _ := p[k].(string); return s }
	num := func(p map[string]any, k string) float64 { f, _ := p[k].(float64); return f }
	var out []*rec
	for _, f := range fc.Features {
		p := f.Properties
		cc := str(p, "ISO_A2_EH")
		if cc == "-99" {
			cc = ""
		}
		names := []string{str(p, "NAME"), str(p, "NAME_LONG"), str(p, "ADMIN"), str(p, "NAME_EN")}
		r := &rec{kind: "c", name: str(p, "NAME_EN"), lat: num(p, "LABEL_Y"), lon: num(p, "LABEL_X"),
			cc: cc, pop: int64(num(p, "POP_EST")), fcode: "PCLI"}
		if r.name == "" {
			r.name = str(p, "NAME")
		}
		if ci, ok := info[cc]; ok && cc != "" {
			names = append(names, ci.name)
			r.gid = ci.gid
			if r.pop == 0 {
				r.pop = ci.pop
			}
		}
		if ci, ok := info[cc]; ok && cc != "" {
			r.name = ci.name
		}
		if a, ok := countryAliases[cc]; ok {
			r.name = a[0]
			names = append(names, a...)
		}
		var clean []string
		for _, n := range names {
			// Natural Earth abbreviates ("Dem. Rep. Congo", "N. Cyprus"); keep only full names.
			if n != "" && !strings.Contains(n, ".") {
				clean = append(clean, n)
			}
		}
		r.keys = keys(clean...)
		r.alts = keys(str(p, "NAME_AR"))
		if len(r.keys) == 0 {
			continue
		}
		out = append(out, r)
	}
	return out
}

// readCities reads GeoNames cities500.
func readCities(path string) []*rec {
	var out []*rec
	eachPlace(path, func(c []string) {
		fcode := c[7]
		pop, _ := strconv.ParseInt(c[14], 10, 64)
		switch fcode {
		case "PPLH", "PPLQ", "PPLW", "PPLCH":
			return
		case "PPLX":
			if pop < 5000 {
				return
			}
		case "PPLC", "PPLA", "PPLA2", "PPLA3":
		default:
			// villages: rarely news, often namesakes of words and people
			if pop < 1000 {
				return
			}
		}
		lat, _ := strconv.ParseFloat(c[4], 64)
		lon, _ := strconv.ParseFloat(c[5], 64)
		gid, _ := strconv.Atoi(c[0])
		r := &rec{kind: "p", name: c[1], lat: lat, lon: lon, cc: c[8], admin1: c[10], pop: pop, fcode: fcode, gid: gid}
		r.keys = keys(c[1], c[2])
		if pop >= 5000 || fcode == "PPLC" || fcode == "PPLA" {
			var alts []string
			for _, a := range strings.Split(c[3], ",") {
				if usableAlternate(a) {
					alts = append(alts, a)
				}
			}
			r.alts = minus(keys(alts...), r.keys)
		}
		if arabicArticleCountries[r.cc] {
			r.alts = minus(append(r.alts, withoutArticle(append(append([]string{}, r.keys...), r.alts...))...), r.keys)
		}
		out = append(out, r)
	})
	return out
}

// arabicArticleCountries are the countries whose place names may drop an Arabic article
// (Al Qamishli, Qamishli).
var arabicArticleCountries = map[string]bool{"SY": true, "IQ": true, "JO": true, "LB": true,
	"PS": true, "SA": true, "YE": true, "OM": true, "AE": true, "QA": true, "BH": true, "KW": true,
	"EG": true, "LY": true, "TN": true, "DZ": true, "MA": true, "MR": true, "SD": true}

// withoutArticle returns the keys that start with an Arabic article, without it.
func withoutArticle(ks []string) []string {
	var out []string
	for _, k := range ks {
		first, rest, ok := strings.Cut(k, " ")
		switch first {
		case "al", "el", "ar", "ad", "as", "an", "at", "az", "ash", "ath", "adh", "ed", "es", "er", "en", "et", "ez":
			if ok && len(rest) >= 3 {
				out = append(out, rest)
			}
		}
	}
	return out
}

// usableAlternate keeps alternate names in Latin script that look like names, not codes.
func usableAlternate(a string) bool {
	if len(a) < 3 {
		return false
	}
	upper, lower := 0, 0
	for i, r := range a {
		switch {
		case unicode.IsDigit(r):
			return false
		case unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r):
			return false
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			if i == 0 {
				return false
			}
			lower++
		}
	}
	return lower > 0 && upper > 0
}

// minus returns the keys of a not in b.
func minus(a, b []string) []string {
	var out []string
	for _, k := range a {
		found := false
		for _, x := range b {
			if x == k {
				found = true
			}
		}
		if !found {
			out = append(out, k)
		}
	}
	return out
}

// admin1Suffixes are words that admin1 names carry and news often leaves out.
var admin1Suffixes = []string{" Autonomous Region", " Regional State", " Governorate", " Province",
	" Region", " Oblast", " Oblast’", " State", " Prefecture", " Department", " District", " Territory",
	" Krai", " Republic", " Division", " Municipality", " County"}

// admin1 reads GeoNames admin1 codes; each region is pinned at its most central city.
func admin1(path string, cities []*rec) []*rec {
	type agg struct {
		sumLat, sumLon float64
		n              int
		pop            int64
		members        []*rec
	}
	by := map[string]*agg{}
	for _, c := range cities {
		k := c.cc + "." + c.admin1
		a := by[k]
		if a == nil {
			a = &agg{}
			by[k] = a
		}
		a.sumLat += c.lat
		a.sumLon += c.lon
		a.n++
		a.pop += c.pop
		a.members = append(a.members, c)
	}
	f, err := os.Open(path)
	must(err)
	defer f.Close()
	var out []*rec
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if strings.HasPrefix(l, "#") {
			continue
		}
		c := strings.Split(l, "\t")
		if len(c) < 4 {
			continue
		}
		a := by[c[0]]
		if a == nil {
			continue
		}
		mlat, mlon := a.sumLat/float64(a.n), a.sumLon/float64(a.n)
		best, bestD := a.members[0], math.Inf(1)
		for _, m := range a.members {
			d := (m.lat-mlat)*(m.lat-mlat) + (m.lon-mlon)*(m.lon-mlon)*math.Cos(mlat*math.Pi/180)
			if d < bestD {
				best, bestD = m, d
			}
		}
		cc, code, _ := strings.Cut(c[0], ".")
		names := []string{c[1], c[2]}
		for _, n := range []string{c[1], c[2]} {
			for _, s := range admin1Suffixes {
				if t, ok := strings.CutSuffix(n, s); ok && t != "" {
					names = append(names, t)
				}
			}
		}
		gid, _ := strconv.Atoi(c[3])
		out = append(out, &rec{kind: "r", name: c[1], lat: best.lat, lon: best.lon, cc: cc, admin1: code,
			pop: a.pop, fcode: "ADM1", gid: gid, keys: keys(names...)})
	}
	must(sc.Err())
	return out
}

// geojsonPoints reads the properties and first point of each feature of a GeoJSON file.
func geojsonPoints(path string) []map[string]any {
	var fc struct {
		Features []struct {
			Properties map[string]any `json:"properties"`
		} `json:"features"`
	}
	b, err := os.ReadFile(path)
	must(err)
	must(json.Unmarshal(b, &fc))
	var out []map[string]any
	for _, f := range fc.Features {
		out = append(out, f.Properties)
	}
	return out
}

// ochaSyria reads OCHA's Syrian populated places (English and Arabic names); places that
// GeoNames already has within 10 km under the same name only lend it their names.
func ochaSyria(path string, cities []*rec) []*rec {
	near := map[string][]*rec{}
	for _, c := range cities {
		if c.cc == "SY" {
			for _, k := range append(append([]string{}, c.keys...), c.alts...) {
				near[k] = append(near[k], c)
			}
		}
	}
	var out []*rec
	for _, p := range geojsonPoints(path) {
		en, _ := p["NAME_EN"].(string)
		ref, _ := p["NAM_EN_REF"].(string)
		ar, _ := p["NAME_ARA"].(string)
		lat, _ := p["LATITUDE"].(float64)
		lon, _ := p["LONGITUDE"].(float64)
		if en == "" || lat == 0 {
			continue
		}
		ks := keys(en, ref)
		var dup *rec
		for _, k := range ks {
			for _, c := range near[k] {
				if math.Abs(c.lat-lat) < 0.1 && math.Abs(c.lon-lon) < 0.1 {
					dup = c
				}
			}
		}
		if dup != nil {
			dup.alts = minus(append(dup.alts, keys(ar)...), dup.keys)
			continue
		}
		out = append(out, &rec{kind: "p", name: en, lat: lat, lon: lon, cc: "SY", fcode: "PPL",
			flags: "s", keys: ks, alts: minus(append(keys(ar), withoutArticle(ks)...), ks)})
	}
	return out
}

// aleppo reads the CSR Aleppo neighbourhoods and their name variants.
func aleppo(dir string) []*rec {
	var variants map[string]struct {
		Name string   `json:"original_name"`
		Ar   []string `json:"alternative_arabic"`
		En   []string `json:"alternative_english"`
	}
	b, err := os.ReadFile(filepath.Join(dir, "aleppo_neighborhood_name_variants_csr.json"))
	must(err)
	must(json.Unmarshal(b, &variants))
	byName := map[string][]string{}
	for _, v := range variants {
		k := namekey.Key(v.Name)
		byName[k] = append(append(byName[k], v.En...), v.Ar...)
	}
	var out []*rec
	for _, p := range geojsonPoints(filepath.Join(dir, "aleppo_neighborhoods_csr_with_centroid_attrs.geojson")) {
		name, _ := p["NAME"].(string)
		ar, _ := p["NAME_A"].(string)
		lon, _ := p["xcoord"].(float64)
		lat, _ := p["ycoord"].(float64)
		name = strings.TrimSuffix(strings.TrimSpace(name), "-new")
		if name == "" {
			continue
		}
		names := append([]string{name}, byName[namekey.Key(name)]...)
		ks := keys(append(names, ar)...)
		ks = keys(append(ks, pressSpellings(ks)...)...)
		out = append(out, &rec{kind: "p", name: name, lat: lat, lon: lon, cc: "SY", admin1: "09",
			fcode: "PPLX", flags: "a", keys: ks})
	}
	return out
}

// pressSpellings are the keys of the spellings the English-language press uses for the
// Aleppo neighbourhoods whose keys are ks (CSR's transliterations): without the Arabic
// article (al-Ashrafiyeh, Ashrafiyeh), with the -iyeh ending as -iyah, -iya or -ieh
// (Ashrafieh), "ad-Deen" written as "ad-Din", "al-Din" or joined (Salaheddine), and Sheikh
// as Sheik or Shaykh. The names are found only in articles that name Aleppo (flag a).
func pressSpellings(ks []string) []string {
	forms := append(slices.Clone(ks), withoutArticle(ks)...)
	var out []string
	for _, k := range forms {
		out = append(out, k)
		ws := strings.Fields(k)
		for i, w := range ws {
			if stem, ok := strings.CutSuffix(w, "iyeh"); ok && len(stem) >= 3 {
				for _, end := range []string{"iyah", "iya", "ieh", "ia"} {
					out = append(out, replaceWord(ws, i, stem+end))
				}
			}
			switch w {
			case "sheikh":
				out = append(out, replaceWord(ws, i, "sheik"), replaceWord(ws, i, "shaykh"), replaceWord(ws, i, "cheikh"))
			case "deen":
				if i >= 2 && (ws[i-1] == "ad" || ws[i-1] == "al" || ws[i-1] == "ed" || ws[i-1] == "el") {
					head := strings.Join(ws[:i-1], " ")
					last := ws[i-2]
					joined := strings.Join(append(slices.Clone(ws[:i-2]), last+"eddine"), " ")
					out = append(out, head+" ad din", head+" al din", head+" el din", joined,
						strings.Join(append(slices.Clone(ws[:i-2]), last+"eddin"), " "),
						strings.Join(append(slices.Clone(ws[:i-2]), last+"uddin"), " "))
				}
			}
		}
	}
	return out
}

// replaceWord is the words ws, the i-th replaced by w, as a key.
func replaceWord(ws []string, i int, w string) string {
	c := slices.Clone(ws)
	c[i] = w
	return strings.Join(c, " ")
}

// extra reads the hand-made list of seas, regions and landmarks.
func extra(path string) []*rec {
	f, err := os.Open(path)
	must(err)
	defer f.Close()
	var out []*rec
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		l := sc.Text()
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		c := strings.Split(l, "\t")
		if len(c) < 7 {
			log.Fatalf("%s: short line %q", path, l)
		}
		lat, err1 := strconv.ParseFloat(c[2], 64)
		lon, err2 := strconv.ParseFloat(c[3], 64)
		if err1 != nil || err2 != nil {
			log.Fatalf("%s: bad coordinates in %q", path, l)
		}
		gid := 0
		if len(c) > 7 {
			gid, _ = strconv.Atoi(c[7])
		}
		out = append(out, &rec{kind: c[0], name: c[1], lat: lat, lon: lon, cc: c[4], fcode: "CUR", gid: gid,
			flags: "q", keys: keys(append([]string{c[1]}, strings.Split(c[5], "|")...)...)})
	}
	must(sc.Err())
	return out
}

// commonWords returns the gazetteer words that are ordinary lower-case English words.
func commonWords(dict string, recs []*rec) []string {
	path := filepath.Join(outDir, "commonwords.txt")
	if dict == "" {
		b, err := os.ReadFile(path)
		must(err)
		return strings.Fields(string(b))
	}
	used := map[string]bool{}
	for _, r := range recs {
		for _, k := range append(append([]string{}, r.keys...), r.alts...) {
			for _, w := range strings.Fields(k) {
				used[w] = true
			}
		}
	}
	b, err := os.ReadFile(dict)
	must(err)
	set := map[string]bool{}
	for _, w := range strings.Fields(string(b)) {
		if w == strings.ToLower(w) && !strings.ContainsAny(w, "'") && used[w] {
			set[w] = true
		}
	}
	var out []string
	for w := range set {
		out = append(out, w)
	}
	sort.Strings(out)
	must(os.WriteFile(path, []byte(strings.Join(out, "\n")+"\n"), 0o644))
	return out
}

// write writes the gzip-compressed gazetteer in parts, each a gzip member of its own, so
// that places.LoadGazetteer decompresses and parses them at once: the first half of the
// entries; the second half with the @common and @demonym lines; the @index section. An
// empty first member's comment lists the parts' compressed sizes. Read as one stream (gzip
// and zcat read all the members), the file is the plain text the Format section of
// SOURCES.md describes.
func write(path string, recs []*rec, common []string, dems [][2]string) error {
	var head, index strings.Builder
	fmt.Fprintf(&head, "# newsatlas gazetteer, built by data/gazetteer/build.go; see data/gazetteer/SOURCES.md\n")
	fmt.Fprintf(&head, "# entries (id = line number among them, from 0): kind name lat lon cc admin1 pop fcode geonameid flags\n")
	clean := func(s string) string { return strings.NewReplacer("\t", " ", "\n", " ").Replace(s) }
	postings := map[string][]string{}
	id := 0
	for _, r := range recs {
		if len(r.keys) == 0 {
			continue
		}
		fmt.Fprintf(&head, "%s\t%s\t%s\t%s\t%s\t%s\t%d\t%s\t%d\t%s\n", r.kind, clean(r.name),
			strconv.FormatFloat(r.lat, 'f', 4, 64), strconv.FormatFloat(r.lon, 'f', 4, 64),
			r.cc, r.admin1, r.pop, r.fcode, r.gid, r.flags)
		for _, k := range r.keys {
			postings[k] = append(postings[k], strconv.Itoa(id))
		}
		for _, k := range minus(r.alts, r.keys) {
			postings[k] = append(postings[k], "~"+strconv.Itoa(id))
		}
		id++
	}
	// the second part starts at the first line past the middle of the entries
	entries := head.String()
	mid := len(entries) / 2
	mid += strings.IndexByte(entries[mid:], '\n') + 1
	var rest strings.Builder
	rest.WriteString(entries[mid:])
	fmt.Fprintf(&rest, "@common\t%s\n", strings.Join(common, " "))
	for _, d := range dems {
		fmt.Fprintf(&rest, "@demonym\t%s\t%s\n", d[0], d[1])
	}
	// the index: one line per key, sorted, with its entry ids (~ for an alternate name)
	fmt.Fprintf(&index, "@index\n")
	var ks []string
	for k := range postings {
		if !strings.ContainsAny(k, "\t\n") {
			ks = append(ks, k)
		}
	}
	sort.Strings(ks)
	for _, k := range ks {
		fmt.Fprintf(&index, "%s\t%s\n", k, strings.Join(postings[k], ","))
	}
	var parts [][]byte
	var sizes []string
	for _, text := range []string{entries[:mid], rest.String(), index.String()} {
		var b bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		if _, err := zw.Write([]byte(text)); err != nil {
			return err
		}
		if err := zw.Close(); err != nil {
			return err
		}
		parts = append(parts, b.Bytes())
		sizes = append(sizes, strconv.Itoa(b.Len()))
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	zw.Comment = "newsatlas gazetteer parts " + strings.Join(sizes, ",")
	if err := zw.Close(); err != nil {
		return err
	}
	for _, p := range parts {
		if _, err := f.Write(p); err != nil {
			return err
		}
	}
	return f.Close()
}

// demonyms reads demonyms.tsv: a form, its target (an ISO country code, or the key of a
// region) and optionally "noun" a line, returned as the form's key and the rest.
func demonyms(path string) [][2]string {
	b, err := os.ReadFile(path)
	must(err)
	var out [][2]string
	for n, l := range strings.Split(string(b), "\n") {
		if l == "" || l[0] == '#' {
			continue
		}
		form, target, ok := strings.Cut(l, "\t")
		if !ok || namekey.Key(form) == "" || target == "" || strings.Count(target, "\t") > 1 {
			log.Fatalf("%s:%d: want FORM<TAB>TARGET, got %q", path, n+1, l)
		}
		out = append(out, [2]string{namekey.Key(form), target})
	}
	return out
}

// admin2 reads admin2.tsv (second-level divisions: code, name, GeoNames id) and pins each
// at the mean of the cities500 places in it, of any size; its population is theirs summed.
// Only the full name is a key (Metcalfe County, not Metcalfe).
func admin2(path, citiesPath string) []*rec {
	type agg struct {
		sumLat, sumLon float64
		n              int
		pop            int64
	}
	by := map[string]*agg{}
	eachPlace(citiesPath, func(c []string) {
		if c[11] == "" {
			return
		}
		lat, _ := strconv.ParseFloat(c[4], 64)
		lon, _ := strconv.ParseFloat(c[5], 64)
		pop, _ := strconv.ParseInt(c[14], 10, 64)
		k := c[8] + "." + c[10] + "." + c[11]
		a := by[k]
		if a == nil {
			a = &agg{}
			by[k] = a
		}
		a.sumLat += lat
		a.sumLon += lon
		a.n++
		a.pop += pop
	})
	b, err := os.ReadFile(path)
	must(err)
	var out []*rec
	for n, l := range strings.Split(string(b), "\n") {
		if l == "" || l[0] == '#' {
			continue
		}
		c := strings.Split(l, "\t")
		if len(c) != 3 {
			log.Fatalf("%s:%d: want code, name, geonameid", path, n+1)
		}
		a := by[c[0]]
		if a == nil {
			continue // no place of cities500 in it to pin it by
		}
		code := strings.SplitN(c[0], ".", 3)
		gid, _ := strconv.Atoi(c[2])
		out = append(out, &rec{kind: "r", name: c[1], lat: a.sumLat / float64(a.n), lon: a.sumLon / float64(a.n),
			cc: code[0], admin1: code[1], pop: a.pop, fcode: "ADM2", gid: gid, keys: keys(c[1])})
	}
	return out
}

// eachPlace calls fn with the fields of each populated place (feature class P) of the
// GeoNames dump at path.
func eachPlace(path string, fn func(c []string)) {
	f, err := os.Open(path)
	must(err)
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		if c := strings.Split(sc.Text(), "\t"); len(c) >= 15 && c[6] == "P" {
			fn(c)
		}
	}
	must(sc.Err())
}
