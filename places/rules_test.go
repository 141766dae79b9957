package places

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// placeNames returns the names Find gives for text, with their kind and country.
func found(t *testing.T, text string) map[string]Place {
	t.Helper()
	out := map[string]Place{}
	for _, p := range gaz(t).Find(text) {
		for _, m := range p.Mentions {
			out[m.Text] = p
		}
	}
	return out
}

// ruleCase: in text, each of want must be found (as mention text) in country cc (and of
// kind kind when given); none of reject may be.
type ruleCase struct {
	name   string
	text   string
	want   map[string]string // mention text -> "CC" or "CC kind"
	reject []string
}

func runRules(t *testing.T, cases []ruleCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := found(t, c.text)
			for m, want := range c.want {
				p, ok := got[m]
				if !ok {
					t.Errorf("%q not found in %q (found %v)", m, c.text, keys(got))
					continue
				}
				cc, kind, _ := strings.Cut(want, " ")
				if p.Country != cc || kind != "" && p.Kind != kind {
					t.Errorf("%q: got %s %s (%s), want %s", m, p.Country, p.Kind, p.Name, want)
				}
			}
			for _, m := range c.reject {
				if p, ok := got[m]; ok {
					t.Errorf("%q found as %s (%s %s), want nothing", m, p.Name, p.Country, p.Kind)
				}
			}
		})
	}
}

func keys(m map[string]Place) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

func TestMultiWordNames(t *testing.T) {
	runRules(t, []ruleCase{
		{"saudi arabia", "Officials from Saudi Arabia arrived.", map[string]string{"Saudi Arabia": "SA country"}, nil},
		{"deir ez-zor", "The army moved towards Deir ez-Zor on Monday.", map[string]string{"Deir ez-Zor": "SY city"}, nil},
		{"new delhi", "Talks were held in New Delhi.", map[string]string{"New Delhi": "IN city"}, []string{"Delhi"}},
		{"abu dhabi", "The minister flew to Abu Dhabi.", map[string]string{"Abu Dhabi": "AE city"}, nil},
		{"bay of bengal", "A cyclone formed over the Bay of Bengal.", map[string]string{"Bay of Bengal": " water"}, nil},
		{"kuwait city dateline", "KUWAIT CITY – The emir spoke.", map[string]string{"KUWAIT CITY": "KW city"}, nil},
	})
}

func TestPossessives(t *testing.T) {
	runRules(t, []ruleCase{
		{"straight", "Syria's ally Iran was not invited.", map[string]string{"Syria": "SY country", "Iran": "IR country"}, nil},
		{"curly", "Aleppo, once Syria’s commercial hub.", map[string]string{"Syria": "SY country", "Aleppo": "SY city"}, nil},
		{"city", "He led Washington’s delegation.", map[string]string{"Washington": "US city"}, nil},
	})
}

func TestVariants(t *testing.T) {
	runRules(t, []ruleCase{
		{"raqqa", "Fighters advanced on Raqqa.", map[string]string{"Raqqa": "SY city"}, nil},
		{"ar raqqah", "Fighters advanced on Ar Raqqah.", map[string]string{"Ar Raqqah": "SY city"}, nil},
		{"al-raqqa", "Fighters advanced on al-Raqqa.", map[string]string{"al-Raqqa": "SY city"}, nil},
		{"kiev", "Trains left Kiev at dawn.", map[string]string{"Kiev": "UA city"}, nil},
		{"kyiv", "Trains left Kyiv at dawn.", map[string]string{"Kyiv": "UA city"}, nil},
		{"debaltseve", "Shelling hit Debaltseve and Debal'tseve.", map[string]string{"Debaltseve": "UA city", "Debal'tseve": "UA city"}, nil},
		{"diacritics", "Migrants reached Bogotá and Medellin, then Cúcuta in Colombia.",
			map[string]string{"Bogotá": "CO city", "Medellin": "CO city", "Cúcuta": "CO city"}, nil},
		{"al-bab", "Turkish troops entered al-Bab in Syria.", map[string]string{"al-Bab": "SY city"}, nil},
	})
}

func TestAbbreviations(t *testing.T) {
	runRules(t, []ruleCase{
		{"US", "The US team arrived.", map[string]string{"US": "US country"}, nil},
		{"U.S.", "The U.S. envoy spoke.", map[string]string{"U.S.": "US country"}, nil},
		{"UK", "The UK and the U.K. government.", map[string]string{"UK": "GB country", "U.K.": "GB country"}, nil},
		{"UAE", "Flights from the UAE resumed.", map[string]string{"UAE": "AE country"}, nil},
		{"not us", "Let us go. The US$ price rose.", nil, []string{"us", "US"}},
	})
}

func TestDatelines(t *testing.T) {
	runRules(t, []ruleCase{
		{"agency", "TEHRAN (Tasnim) – Officials met.", map[string]string{"TEHRAN": "IR city"}, []string{"Tasnim"}},
		{"two words", "KUWAIT CITY – The emir spoke.", map[string]string{"KUWAIT CITY": "KW city"}, nil},
		{"qualified", "QAMISHLI, Syria – Fighters advanced.", map[string]string{"QAMISHLI": "SY city", "Syria": "SY country"}, nil},
		{"caps elsewhere", "Fighters of ISIS and ISIL fled.", nil, []string{"ISIS", "ISIL"}},
		{"double hyphen", "NAIROBI -- Rain fell.", map[string]string{"NAIROBI": "KE city"}, nil},
		{"no punctuation", "MANILA Officials said rain fell.", map[string]string{"MANILA": "PH city"}, nil},
		{"after a headline sentence", "Floods close roads. DHAKA — Rivers rose.", map[string]string{"DHAKA": "BD city"}, nil},
		{"agency in parentheses", "KARACHI (Reuters) - Police said.", map[string]string{"KARACHI": "PK city"}, []string{"Reuters"}},
		{"caps mid-text", "He said. NEWS FLASH: nothing.", nil, []string{"NEWS"}},
	})
}

func TestNotPeople(t *testing.T) {
	runRules(t, []ruleCase{
		{"jordan peterson", "Jordan Peterson, a volunteer, spoke.", nil, []string{"Jordan"}},
		{"chad miller", "Chad Miller, who coordinates logistics, said so.", nil, []string{"Chad", "Miller"}},
		{"georgia", "Georgia Williams, an aid worker, left.", nil, []string{"Georgia"}},
		{"title", "President Washington and Mr. Jordan met.", nil, []string{"Washington", "Jordan"}},
		{"given name before", "George Washington slept here.", nil, []string{"Washington"}},
		{"surname recurs", "Envoy Michael Ratney spoke. Later Ratney left.", nil, []string{"Ratney"}},
		{"country stays", "Jordan Peterson visited Amman, the capital of Jordan.", map[string]string{"Amman": "JO city"}, nil},
		{"unknown given name", "Analyst Priscilla Steele wrote the memo. Later Steele left London.",
			map[string]string{"London": "GB city"}, []string{"Steele"}},
		{"speech verb", "The memo was leaked. Steele said nothing; it was Dunn, said Corbin, who talked.",
			nil, []string{"Steele", "Corbin"}},
		{"new title", "Nurse Campbell fears the worst, and Campbell is rarely wrong.", nil, []string{"Campbell"}},
		{"news agency", "Flooding hit Sichuan, Xinhua reported.", map[string]string{"Sichuan": "CN region"}, []string{"Xinhua"}},
		{"big city said", "Moscow said the talks would go on.", map[string]string{"Moscow": "RU city"}, nil},
	})
}

func TestNotOrganisations(t *testing.T) {
	runRules(t, []ruleCase{
		{"world bank", "The World Bank pledged funds.", nil, []string{"World Bank", "Bank"}},
		{"islamic state", "Islamic State fighters fled.", nil, []string{"Islamic State", "State"}},
		{"red cross", "A spokesman for the Red Cross said.", nil, []string{"Red Cross"}},
		{"airline", "Kenya Airways resumed flights to Juba.", map[string]string{"Juba": "SS city", "Kenya": "KE country"}, nil},
		{"newspaper", "The Washington Post reported.", nil, []string{"Washington"}},
		{"bank of", "The Bank of England raised rates.", map[string]string{"England": "GB region"}, nil},
		{"police", "The Queensland Police Service and Glasgow Police asked for help.",
			map[string]string{"Queensland": "AU region", "Glasgow": "GB city"}, nil},
		{"university of", "She studies at the University of Manitoba.", map[string]string{"Manitoba": "CA region"}, nil},
		{"country ends a name", "Officials of Environment Canada warned of snow.", map[string]string{"Canada": "CA country"}, nil},
		{"small town in a firm's name", "Shares of Goldman Sachs fell.", nil, []string{"Goldman", "Sachs"}},
		{"longer name", "Jabhat Fateh al-Sham fighters withdrew.", nil, []string{"Sham", "al-Sham"}},
	})
}

func TestOrdinaryWords(t *testing.T) {
	runRules(t, []ruleCase{
		{"reading", "Reading from a statement, he said no.", nil, []string{"Reading"}},
		{"mobile", "Mobile phone networks failed.", nil, []string{"Mobile"}},
		{"headline", "Flood Relief Reaches Villages as Rains Ease\n\nText.", nil, []string{"Flood", "Relief", "Ease"}},
		{"months", "In March and May the talks stalled.", nil, []string{"March", "May"}},
		{"mid-sentence city", "Ferries between Split and Ancona stopped.", map[string]string{"Split": "HR city", "Ancona": "IT city"}, nil},
	})
}

func TestDemonyms(t *testing.T) {
	runRules(t, []ruleCase{
		{"adjective", "Russian aircraft struck; the Austrian capital was quiet.",
			map[string]string{"Russian": "RU demonym", "Austrian": "AT demonym"}, nil},
		{"noun", "Russia and Austria agreed.", map[string]string{"Russia": "RU country", "Austria": "AT country"}, nil},
		{"named too", "Canadian officers flew home to Canada.", map[string]string{"Canadian": "CA country", "Canada": "CA country"}, nil},
		{"two words", "A South African farmer and Sri Lankan tea growers met.",
			map[string]string{"South African": "ZA demonym", "Sri Lankan": "LK demonym"}, []string{"South", "African"}},
		{"people, not a place", "Dozens of Syrians and a Briton waited at the border.", nil, []string{"Syrians", "Briton"}},
		{"language", "She speaks fluent French, and the sign was in Turkish.", nil, []string{"French", "Turkish"}},
		{"opens a name", "Delays at British Airways worried the American Dental Association.",
			map[string]string{"British": "GB demonym", "American": "US demonym"}, nil},
		{"ends a name", "The miner Anglo American grew.", nil, []string{"American"}},
		{"title after", "Turkish President Erdogan spoke.", map[string]string{"Turkish": "TR demonym"}, nil},
		{"hyphenated", "A Franco-German deal: the German-Iraqi boy was held.", map[string]string{"German": "DE demonym", "Iraqi": "IQ demonym"}, nil},
		{"continent", "European ministers met.", map[string]string{"European": " demonym"}, nil},
		{"never a city", "A Chinese delegation arrived.", map[string]string{"Chinese": "CN demonym"}, nil},
		{"organisation", "The Free Syrian Army withdrew.", nil, []string{"Syrian", "Free Syrian Army"}},
		{"peoples", "Kurdish fighters and Sunni clerics met.", nil, []string{"Kurdish", "Sunni"}},
	})
}

func TestDisambiguation(t *testing.T) {
	runRules(t, []ruleCase{
		{"reading england", "A charity based in Reading, England, sent boats.", map[string]string{"Reading": "GB city", "England": "GB region"}, nil},
		{"sydney nova scotia", "A volunteer from Sydney, Nova Scotia, said.", map[string]string{"Sydney": "CA city"}, nil},
		{"sydney", "A volunteer from Sydney said.", map[string]string{"Sydney": "AU city"}, nil},
		{"tbilisi georgia", "TBILISI, Georgia – Protesters gathered.", map[string]string{"TBILISI": "GE city", "Georgia": "GE country"}, nil},
		{"atlanta georgia", "He lives in Atlanta, Georgia, now.", map[string]string{"Atlanta": "US city", "Georgia": "US region"}, nil},
		{"paris", "Ministers met in Paris.", map[string]string{"Paris": "FR city"}, nil},
		{"paris texas", "He grew up in Paris, Texas.", map[string]string{"Paris": "US city"}, nil},
		{"tripoli libya", "Fighting in Libya spread as militias shelled Tripoli.", map[string]string{"Tripoli": "LY city"}, nil},
		{"tripoli lebanon", "In Lebanon, protests spread from Beirut to Tripoli.", map[string]string{"Tripoli": "LB city"}, nil},
		{"washington", "Envoys flew to Washington.", map[string]string{"Washington": "US city"}, nil},
		{"region word", "Rebels regrouped in Idlib province.", map[string]string{"Idlib": "SY region"}, nil},
		{"seat city", "Rebels regrouped in Idlib.", map[string]string{"Idlib": "SY city"}, nil},
		{"proximity", "Floods hit Karachi and Sindh; the river rose near Hyderabad.", map[string]string{"Hyderabad": "PK city"}, nil},
		{"geneva", "The US and Russia met in Geneva.", map[string]string{"Geneva": "CH city"}, nil},
	})
}

func TestMentionsAndOrder(t *testing.T) {
	text := "Kyiv said Kiev's mayor met officials from Kyiv. Then Lviv."
	ps := gaz(t).Find(text)
	if len(ps) != 2 || ps[0].Country != "UA" || ps[1].Mentions[0].Text != "Lviv" {
		t.Fatalf("got %+v", ps)
	}
	var texts []string
	for _, m := range ps[0].Mentions {
		if text[m.Start:m.End] != m.Text {
			t.Errorf("mention %+v does not match its offsets", m)
		}
		texts = append(texts, m.Text)
	}
	if strings.Join(texts, ",") != "Kyiv,Kiev,Kyiv" {
		t.Errorf("mentions %v, want Kyiv,Kiev,Kyiv in text order", texts)
	}
}

func TestWriteJSON(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, nil); err != nil {
		t.Fatal(err)
	}
	if strings.Join(strings.Fields(b.String()), "") != `{"places":[]}` {
		t.Errorf("empty: %s", b.String())
	}
	b.Reset()
	ps := []Place{{Name: "Aleppo", Lat: 36.2, Lon: 37.16, Kind: "city", Mentions: []Mention{{Start: 1, End: 7, Text: "Aleppo"}}}}
	if err := WriteJSON(&b, ps); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Places []map[string]any `json:"places"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	p := got.Places[0]
	for _, k := range []string{"name", "lat", "lon", "kind", "mentions"} {
		if _, ok := p[k]; !ok {
			t.Errorf("field %q missing in %s", k, b.String())
		}
	}
	m := p["mentions"].([]any)[0].(map[string]any)
	if m["start"] != 1.0 || m["end"] != 7.0 || m["text"] != "Aleppo" {
		t.Errorf("mention %v", m)
	}
}

func TestEmptyAndOddText(t *testing.T) {
	g := gaz(t)
	for _, text := range []string{"", " ", "\n\n", "’s", "al-", "U.S", "…", "A", strings.Repeat("Aleppo ", 3)} {
		for _, p := range g.Find(text) {
			for _, m := range p.Mentions {
				if m.Start < 0 || m.End > len(text) || text[m.Start:m.End] != m.Text {
					t.Errorf("%q: bad mention %+v", text, m)
				}
			}
		}
	}
}

func TestRegionMentionsResolveApart(t *testing.T) {
	runRules(t, []ruleCase{
		{"donetsk", "DONETSK, Ukraine – Shelling hit the city.\n\nOfficials in the Donetsk region said more.",
			map[string]string{"DONETSK": "UA city", "Donetsk": "UA region"}, nil},
		{"georgia in the US", "Storms hit Birmingham and Atlanta and moved into Alabama and Georgia.",
			map[string]string{"Georgia": "US region"}, nil},
		{"georgia abroad", "Russia invaded Georgia in 2008, officials in Washington and New York recalled.",
			map[string]string{"Georgia": "GE country"}, nil},
		{"multi-word common", "Homes were flattened from Rolling Fork to Tuscaloosa in Mississippi.",
			map[string]string{"Rolling Fork": "US city"}, nil},
		{"org phrase", "The Foreign Office and the Border Force said so.", nil, []string{"Foreign Office", "Border Force"}},
	})
}

func TestHeadlineCountryVerb(t *testing.T) {
	runRules(t, []ruleCase{
		{"israel strikes", "Israel Strikes Gaza as Talks in Cairo Stall\n\nIsrael Katz, the minister, spoke.",
			map[string]string{"Israel": "IL country", "Gaza": "PS city", "Cairo": "EG city"}, []string{"Katz"}},
	})
}

func TestQualifiersPerMention(t *testing.T) {
	g := gaz(t)
	text := "ST. PETERSBURG, Russia – Officials here wrote to Saint Petersburg, Florida. " +
		"Reading, Pennsylvania, and Reading, England, are twinned. Côte d'Ivoire is Ivory Coast. In Congo, Goma fell."
	byMention := map[int]Place{}
	for _, p := range g.Find(text) {
		for _, m := range p.Mentions {
			byMention[m.Start] = p
		}
	}
	for _, c := range []struct {
		at, cc string
		nth    int
	}{{"ST. PETERSBURG", "RU", 0}, {"Saint Petersburg", "US", 0}, {"Reading", "US", 0}, {"Reading", "GB", 1},
		{"Côte d'Ivoire", "CI", 0}, {"Congo", "CD", 0}} {
		i := -1
		for n := 0; n <= c.nth; n++ {
			i += 1 + strings.Index(text[i+1:], c.at)
		}
		if p, ok := byMention[i]; !ok || p.Country != c.cc {
			t.Errorf("%s #%d at %d: got %+v, want %s", c.at, c.nth, i, p, c.cc)
		}
	}
}

func TestUSStateAbbreviations(t *testing.T) {
	runRules(t, []ruleCase{
		{"dateline", "JACKSON, Miss. — Storms hit.", map[string]string{"JACKSON": "US city", "Miss.": "US region"}, []string{"Miss"}},
		{"paris tex", "He was born in Paris, Tex., in 1950.", map[string]string{"Paris": "US city", "Tex.": "US region"}, nil},
		{"province", "A couple from Barrie, Ont., and Red Deer, Alta., won.",
			map[string]string{"Barrie": "CA city", "Ont.": "CA region", "Red Deer": "CA city", "Alta.": "CA region"}, nil},
		{"postal code", "LOUISVILLE, KY--(Wire) - Shares rose.", map[string]string{"LOUISVILLE": "US city", "KY": "US region"}, nil},
		{"dateline without dot", "GLASGOW, Ky (WBKO) -- A fire.", map[string]string{"GLASGOW": "US city", "Ky": "US region"}, nil},
		{"inner dot alone", "Snow fell in B.C. and N.J. overnight.", map[string]string{"B.C.": "CA region", "N.J.": "US region"}, nil},
		{"era", "The temple dates from 300 B.C. and was rebuilt.", nil, []string{"B.C."}},
		{"no comma", "Ind. and Mass. are not states here.", nil, []string{"Ind.", "Mass."}},
	})
}

func TestHyphenAndOutliers(t *testing.T) {
	runRules(t, []ruleCase{
		{"hyphen joined", "Gangs attacked Pétion-Ville near Port-au-Prince, Haiti.", map[string]string{"Pétion-Ville": "HT city"}, nil},
		{"far small town", "Gangs attacked Delmas near Port-au-Prince, in Haiti, and Cap-Haïtien.", nil, []string{"Delmas"}},
	})
}

func TestSecondLevelDivisions(t *testing.T) {
	runRules(t, []ruleCase{
		{"county", "Deputies from the Black Hawk County Sheriff's Office searched farms in Iowa.",
			map[string]string{"Black Hawk County": "US region", "Iowa": "US region"}, nil},
		{"county in a dateline", "LAUREL COUNTY, Ky. (WKYT) - A crash closed the road.",
			map[string]string{"LAUREL COUNTY": "US region", "Ky.": "US region"}, nil},
		{"not the bare name", "The Metcalfe family moved.", nil, []string{"Metcalfe County"}},
	})
}

func TestNotPlacesInOtherNames(t *testing.T) {
	runRules(t, []ruleCase{
		{"disease", "Cases of West Nile virus and Lyme disease rose in Ohio.", map[string]string{"Ohio": "US region"},
			[]string{"West Nile", "Lyme"}},
		{"middle initial", "President Franklin D. Roosevelt spoke; later Roosevelt left for Moscow.",
			map[string]string{"Moscow": "RU city"}, []string{"Roosevelt"}},
		{"middle initial, first mention", "Dr. Charles W. Murphy, a surgeon, moved.", nil, []string{"Murphy"}},
		{"given name before a big city", "Envoy John Bolton arrived. Bolton said the talks failed.", nil, []string{"Bolton"}},
		{"possessive surname", "Analyst Priscilla Steele wrote it; Steele's memo leaked.", nil, []string{"Steele's", "Steele"}},
		{"administration", "The Obama administration and the Trump administration differed.", nil, []string{"Obama", "Trump"}},
		{"contraction", "He said no. He'd had enough of Paris.", map[string]string{"Paris": "FR city"}, []string{"He'd"}},
		{"ordinary word before of", "He studied at the University of Missouri.", map[string]string{"Missouri": "US region"}, []string{"University"}},
		{"modifier phrase", "Crime rose in Far North Queensland.", map[string]string{"Queensland": "AU region"}, []string{"Far North"}},
	})
}

func TestDocumentFocus(t *testing.T) {
	runRules(t, []ruleCase{
		{"focus picks the namesake", "Fire crews from Tottenham and Walthamstow were called to a blaze in Edmonton.",
			map[string]string{"Edmonton": "GB city", "Tottenham": "GB city"}, nil},
		{"no focus, the big one", "Snow fell on Edmonton overnight.", map[string]string{"Edmonton": "CA city"}, nil},
	})
}

func TestRegionsByName(t *testing.T) {
	runRules(t, []ruleCase{
		{"a word too", "She studied in Wales for two years.", map[string]string{"Wales": "GB region"}, nil},
		{"seat with oblast", "Shelling hit Kharkiv Oblast overnight.", map[string]string{"Kharkiv": "UA region"}, nil},
		{"seat alone", "Shelling hit Kharkiv overnight.", map[string]string{"Kharkiv": "UA city"}, nil},
		{"ends a name", "She skated for Team Alberta.", map[string]string{"Alberta": "CA region"}, nil},
		{"surname of a big city", "The actor Denzel Washington smiled.", nil, []string{"Washington"}},
		{"country's possessive", "Jordan's Public Security Directorate said so.", map[string]string{"Jordan": "JO country"}, nil},
	})
}

func TestNearPhrases(t *testing.T) {
	runRules(t, []ruleCase{
		{"south of", "A house in Edmonton, south of Cairns, burned.", map[string]string{"Edmonton": "AU city", "Cairns": "AU city"}, nil},
		{"suburb of", "Crime rose in the Cairns suburb of Edmonton.", map[string]string{"Edmonton": "AU city"}, nil},
		{"just outside", "Crews reached Kingston, just outside Brisbane.", map[string]string{"Kingston": "AU city"}, nil},
		{"too far to matter", "Flights from Edmonton, north of Calgary, resumed.", map[string]string{"Edmonton": "CA city"}, nil},
	})
}

func TestAirports(t *testing.T) {
	runRules(t, []ruleCase{
		{"by name", "Fog shut Heathrow and delayed flights at LaGuardia.",
			map[string]string{"Heathrow": "GB landmark", "LaGuardia": "US landmark"}, nil},
		{"after the city's possessive", "Snow closed Toronto's Pearson International Airport.",
			map[string]string{"Toronto": "CA city", "Pearson International Airport": "CA landmark"}, nil},
		{"a possessive inside a name", "Floods hit King's Lynn and St. John's overnight.",
			map[string]string{"King's Lynn": "GB city", "St. John's": "CA city"}, nil},
	})
}

func TestSmallPlacesByContext(t *testing.T) {
	runRules(t, []ruleCase{
		{"beside a nearby city", "The car headed south to Ingham or Townsville.", map[string]string{"Ingham": "AU city"}, nil},
		{"alone, too small", "The car headed to Ingham.", nil, []string{"Ingham"}},
	})
}

func TestRegionOrSeat(t *testing.T) {
	runRules(t, []ruleCase{
		{"places spread over the region", "She sold her home in Gatineau and moved to Montreal. Right turns are legal in Quebec.",
			map[string]string{"Quebec": "CA region"}, nil},
		{"places near the seat", "Fighting in Aleppo spread to al-Bab and Kobani.", map[string]string{"Aleppo": "SY city"}, nil},
	})
}

// TestAleppoPressSpellings finds Aleppo's neighbourhoods as the English-language press
// spells them (CSR writes al-Ashrafiyeh, ash-Sheikh Maqsoud, Salah ad-Deen), and only in
// an article that names Aleppo.
func TestAleppoPressSpellings(t *testing.T) {
	g := gaz(t)
	text := "Government forces in Aleppo shelled Ashrafieh and Salaheddine, as fighting spread to Sheikh Maqsoud and Ashrafiyah."
	found := map[string]bool{}
	for _, p := range g.Find(text) {
		for _, m := range p.Mentions {
			found[m.Text] = true
		}
	}
	for _, want := range []string{"Aleppo", "Ashrafieh", "Salaheddine", "Sheikh Maqsoud", "Ashrafiyah"} {
		if !found[want] {
			t.Errorf("%q not found; found %v", want, found)
		}
	}
	for _, p := range g.Find("Police in Lyon shelled nothing; Sheikh Maqsoud spoke to Salaheddine.") {
		if p.Country == "SY" {
			t.Errorf("without Aleppo named: %s pinned in Syria", p.Name)
		}
	}
}
