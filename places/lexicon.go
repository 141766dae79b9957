package places

import "strings"

// set builds a lookup set from space-separated words.
func set(words ...string) map[string]bool {
	m := map[string]bool{}
	for _, s := range words {
		for _, w := range strings.Fields(s) {
			m[w] = true
		}
	}
	return m
}

// abbreviations are country abbreviations matched with their exact case.
var abbreviations = []struct {
	text, cc string
}{
	{"U.S.A.", "US"}, {"U.S.", "US"}, {"USA", "US"}, {"US", "US"},
	{"U.K.", "GB"}, {"UK", "GB"}, {"U.A.E.", "AE"}, {"UAE", "AE"},
	{"DRC", "CD"}, {"KSA", "SA"}, {"PRC", "CN"}, {"DPRK", "KP"},
}

// peoples are adjectives of peoples, faiths and regions that name no one place (Kurdish,
// Sunni, Balkan): like a demonym, they are no part of a place's or a person's name.
var peoples = set(
	"kurdish kurds kurd arab arabs arabian western eastern northern southern westerners latin",
	"sahelian balochi baloch pashtun kashmiri punjabi bengali tamil sindhi uyghur uighur tibetan",
	"mongol druze alawite sunni shia shiite yazidi chechen crimean tatar cossack hausa fulani",
	"tuareg bambara dogon hazara oromo amharic islamic christian muslim jewish soviet gulf",
	"levantine caucasian balkan nordic scandinavian baltic",
)

// givenNames are first names, among them those that are also place names (Jordan, Chad,
// Georgia...). A given name followed by a capitalised word starts a person's name.
var givenNames = set(
	"jordan chad georgia paris sydney florence austin dallas victoria charlotte regina eugene",
	"orlando lincoln chester sofia madison savannah phoenix brooklyn israel kenya asia india",
	"adelaide alexandria beverly aurora augusta camden carson chelsea clifton clinton devon",
	"everett gary helena jackson kent kingston lawrence marion montgomery nelson norman preston",
	"raleigh salem shelby stanley sterling troy tyler vernon warren wellington darwin hope",
	"santiago salvador lorenzo milan",
	"john james michael david robert william richard joseph thomas charles daniel mark paul",
	"peter george steven andrew kevin brian edward ronald anthony donald joe jack tom bill bob",
	"mike jim tim sam ben alex nick chris matthew emmanuel vladimir sergei sergey dmitry alexei",
	"alexander olaf angela boris rishi keir theresa hillary barack kamala mohammed muhammad",
	"mohamed mohammad ahmed ahmad ali hassan hussein omar abdullah abdel khalid mahmoud mustafa",
	"ibrahim youssef yusuf bashar hafez recep tayyip ebrahim javad shinzo fumio narendra imran",
	"shehbaz nawaz volodymyr petro yulia oleksandr olena ivan igor yevgeny antony lloyd jake mary",
	"anne elizabeth jennifer linda patricia barbara susan jessica sarah karen nancy lisa margaret",
	"sandra ashley emily donna michelle carol amanda melissa deborah stephanie rebecca laura helen",
	"sharon amy maria marie anna fatima aisha leila layla amina noor nour mariam miriam ursula",
	"josep jean pierre francois olivier hans klaus giorgia luis carlos jose juan pedro manuel",
	"jorge gustavo nicolas luiz inacio jair javier alberto gabriel diego andres felipe cristina",
	"dilma evo hugo rafael ricardo fernando sergio pablo alejandro miguel antonio francisco abiy",
	"isaias mahamat idriss assimi bola muhammadu goodluck cyril jacob yoweri uhuru raila salva",
	"riek abdalla kais shavkat kassym nursultan aleksandar viktor mateusz andrzej nicola pete",
	"rex marco lindsey ted chuck mitch ron gavin greg tucker sean ryan brad martin jonathan",
	"benjamin yair naftali isaac moshe ehud ariel abbas mahmud ismail yahya khaled tariq rami",
	"samir karim walid nabil fadi ziad jamal faisal salman bandar tamim hamad zayed khalifa",
	"abdulaziz emine kemal ahmet mehmet hakan mevlut ekrem lula xi li wang zhang chen liu yang",
	"kim moon yoon park lee tsai lai william harry charles camilla kate meghan emma olivia",
	"sophie lucy james oliver henry edward jane alice grace ruth esther amal rania dina hana",
	"yasmin zainab khadija omar ayman osama abu-bakr hamza bilal kofi ban antonio filippo",
	"martin stephen simon steve frank scott eric jeff jeffrey larry dennis jerry walter patrick",
	"raymond roger carl arthur ryan justin kyle jason adam nathan aaron zach dylan ethan noah",
	"liam lucas mason logan elijah caleb owen luke isaiah samuel julian levi ezra hunter",
	"tariq asif shahid rahul sonia priyanka amit arvind mamata sheikh hasina khaleda tarique",
	"ranil gotabaya mahinda sajith pushpa gyanendra ashraf hamid abdul rashid dostum ahmad",
	"vitali vitaly oleg pavel mikhail nikolai yuri anatoly valery gennady ramzan yevgeny",
	"andriy andrii dmytro mykhailo taras serhiy valeriy kyrylo denys ruslan",
)

// titles are words that come before a person's name.
var titles = set(
	"mr mrs ms miss dr prof professor president vice prime minister secretary senator sen rep",
	"representative gov governor mayor gen general col colonel maj major capt captain lt",
	"lieutenant sgt sergeant adm admiral marshal commander cmdr king queen prince princess",
	"sheikh shaikh sheik emir sultan pope lord lady sir dame judge justice chancellor ambassador",
	"envoy spokesman spokeswoman imam ayatollah mullah rabbi rev reverend father bishop",
	"archbishop patriarch cardinal chairman chief director coach premier comrade brother sister",
	"uncle aunt foreign defence defense interior finance deputy acting former nurse officer",
	"detective constable const sheriff trooper pastor doctor attorney lawyer",
)

// geoWords follow a place name in a text without making it something else.
var geoWords = set(
	"province region governorate oblast state district county city town village valley river",
	"sea lake mountains mountain hills strip delta basin island islands bay gulf coast border",
	"desert plateau peninsula highlands plain plains airport port harbour harbor base camp",
	"square street road bridge dam crossing frontline territory raion municipality prefecture",
	"department heights mount canal strait corridor countryside outskirts suburbs metropolitan",
	"area zone emirate kingdom republic governorates provinces regions states",
)

// regionWords after a name ask for the region rather than its namesake city.
var regionWords = set("province region governorate oblast state district county governorates provinces regions territory prefecture department emirate")

// cityWords after or before a name ask for the city.
var cityWords = set("city town")

// geoModifiers may stand, capitalised, right before a place name (Northern Syria, Greater
// Idlib, Mainland China).
var geoModifiers = set(
	"north south east west northern southern eastern western central upper lower greater",
	"inner outer rural northeast northwest southeast southwest northeastern northwestern",
	"southeastern southwestern mainland continental occupied metropolitan nazi communist",
	"soviet imperial free liberated besieged holy coastal downtown",
)

// orgWords after a place name make it part of an organisation's or publication's name
// (Washington Post, World Bank, Qatar Airways).
var orgWords = set(
	"bank post times herald tribune journal gazette news daily telegraph airways airlines air",
	"university college institute school academy club fc united council committee commission",
	"assembly party front forces army guard guards brigade brigades battalion corps militia",
	"movement group league union association federation organization organisation foundation",
	"fund trust society company corporation corp inc ltd holdings petroleum oil energy gas",
	"telecom media center centre agency ministry police cup open marathon grand prix review",
	"observatory declaration accord accords agreement agreements protocol process talks format",
	"conference summit convention conventions treaty initiative plan programme program report",
	"project stock exchange symphony orchestra museum zoo hospital radio tv television network",
	"channel weekly monthly magazine press broadcasting rovers wanderers athletic rangers",
	"hotspur sc framework workers city's fashion week film festival index review institution",
	"authority authorities government's consulate embassy mission fleet navy command",
)

// orgOfWords before "of" make the following place part of a name (Bank of England).
var orgOfWords = set(
	"university bank church museum council institute college school academy archdiocese",
	"diocese mayor governor bishop archbishop duke duchess earl prince princess king queen",
	"emir sultan sheikh patriarch voice friends",
)

// stopKeys are capitalised words that are never places in news text.
var stopKeys = set(
	"january february march april may june july august september october november december",
	"monday tuesday wednesday thursday friday saturday sunday god allah christmas easter",
	"ramadan eid north south east west the a an he she it we they i you this that these those",
	"his her its our their mr mrs ms dr today yesterday tomorrow",
	"xinhua tass interfax yonhap kyodo", // news agencies named like towns
)

// stopPhrases are organisations and other names that contain or look like place names.
var stopPhrases = set(
	"world|bank islamic|state red|cross red|crescent united|nations european|union",
	"african|union arab|league security|council white|house european|commission",
	"european|council european|parliament international|criminal|court amnesty|international",
	"human|rights|watch doctors|without|borders al|qaeda al|qaida al|shabaab al|shabab",
	"boko|haram hayat|tahrir|al|sham jabhat|al|nusra jabhat|fateh|al|sham free|syrian|army",
	"syrian|democratic|forces wagner|group new|york|times washington|post wall|street|journal",
	"wall|street capitol|hill downing|street gulf|cooperation|council asian|development|bank",
	"african|development|bank islamic|jihad muslim|brotherhood national|guard coast|guard",
	"al|jazeera al|arabiya voice|of|america radio|free|europe middle|east|eye sky|news",
	"kurdistan|workers|party rapid|support|forces new|delhi|television oromo|liberation|army",
	"tigray|people|s|liberation|front islamic|state|in|iraq|and|the|levant",
	"islamic|state|of|iraq|and|syria islamic|state|in|iraq|and|syria taliban hamas hezbollah",
	"houthis hizbollah daesh nato",
)

// stopPhraseKey returns the key of a stop phrase as namekey.Key would spell it.
func stopPhraseKey(p string) string { return strings.ReplaceAll(p, "|", " ") }

// stopPhraseKeys holds the stop phrases as keys.
var stopPhraseKeys = newWordSet(stopPhraseKeyMap())

// stopPhraseKeyMap returns the stop phrases as keys.
func stopPhraseKeyMap() map[string]bool {
	m := map[string]bool{}
	for p := range stopPhrases {
		m[stopPhraseKey(p)] = true
	}
	return m
}

// articlePrefixes are the Arabic article spellings that may start a place name (al-Bab,
// ar-Raqqa, ad-Dana) and may be left out.
var articlePrefixes = set("al el ar ad as an at az ash ath adh ed es er en et ez ul")

// joinerWords may stand in lower case inside a multi-word name (Bay of Bengal, Deir ez-Zor).
func isJoiner(key string) bool { return len(key) <= 4 }

// regionAbbreviations are the AP-style abbreviations of US states and Canadian provinces
// that follow a city after a comma (JACKSON, Miss.; Barrie, Ont.), with their country and
// GeoNames admin1 codes. Those with an inner dot (N.J., B.C.) also stand alone.
var regionAbbreviations = []struct{ text, cc, admin1 string }{
	{"Ala.", "US", "AL"}, {"Ariz.", "US", "AZ"}, {"Ark.", "US", "AR"}, {"Calif.", "US", "CA"},
	{"Colo.", "US", "CO"}, {"Conn.", "US", "CT"}, {"Del.", "US", "DE"}, {"Fla.", "US", "FL"},
	{"Ga.", "US", "GA"}, {"Ill.", "US", "IL"}, {"Ind.", "US", "IN"}, {"Kan.", "US", "KS"},
	{"Kans.", "US", "KS"}, {"Ky.", "US", "KY"}, {"La.", "US", "LA"}, {"Md.", "US", "MD"},
	{"Mass.", "US", "MA"}, {"Mich.", "US", "MI"}, {"Minn.", "US", "MN"}, {"Miss.", "US", "MS"},
	{"Mo.", "US", "MO"}, {"Mont.", "US", "MT"}, {"Neb.", "US", "NE"}, {"Nebr.", "US", "NE"},
	{"Nev.", "US", "NV"}, {"N.H.", "US", "NH"}, {"N.J.", "US", "NJ"}, {"N.M.", "US", "NM"},
	{"N.Y.", "US", "NY"}, {"N.C.", "US", "NC"}, {"N.D.", "US", "ND"}, {"Okla.", "US", "OK"},
	{"Ore.", "US", "OR"}, {"Pa.", "US", "PA"}, {"R.I.", "US", "RI"}, {"S.C.", "US", "SC"},
	{"S.D.", "US", "SD"}, {"Tenn.", "US", "TN"}, {"Tex.", "US", "TX"}, {"Vt.", "US", "VT"},
	{"Va.", "US", "VA"}, {"Wash.", "US", "WA"}, {"W.Va.", "US", "WV"}, {"W. Va.", "US", "WV"},
	{"Wis.", "US", "WI"}, {"Wyo.", "US", "WY"}, {"D.C.", "US", "DC"},
	{"Alta.", "CA", "01"}, {"B.C.", "CA", "02"}, {"Man.", "CA", "03"}, {"N.B.", "CA", "04"},
	{"Nfld.", "CA", "05"}, {"N.L.", "CA", "05"}, {"N.S.", "CA", "07"}, {"Ont.", "CA", "08"},
	{"P.E.I.", "CA", "09"}, {"Que.", "CA", "10"}, {"Sask.", "CA", "11"},
}

// postalStates are the two-letter US state codes, read as a state only in capitals after a
// city and a comma (LOUISVILLE, KY).
var postalStates = set(
	"AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ",
	"NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC",
)
