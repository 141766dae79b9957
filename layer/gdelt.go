package layer

import "strings"

// GDELT's raw event files (the daily 1.0 exports and the 15-minute 2.0
// ones) are tab-separated with no header: their columns are known only
// from the codebook, and each version has its own count. gdeltColumns
// names them by count.

// gdeltActor are the fields of an actor, repeated for Actor1 and Actor2.
var gdeltActor = []string{"Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode",
	"Religion1Code", "Religion2Code", "Type1Code", "Type2Code", "Type3Code"}

// gdeltColumns returns the column names of a GDELT events file of n
// columns: 57 (1.0, before SOURCEURL was added in April 2013), 58 (1.0)
// or 61 (2.0, which adds an ADM2Code to each place); nil for any other.
func gdeltColumns(n int) []string {
	var adm2 bool
	switch n {
	case 57, 58:
	case 61:
		adm2 = true
	default:
		return nil
	}
	cols := []string{"GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate"}
	for _, a := range []string{"Actor1", "Actor2"} {
		for _, f := range gdeltActor {
			cols = append(cols, a+f)
		}
	}
	cols = append(cols, "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
		"GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone")
	for _, g := range []string{"Actor1Geo_", "Actor2Geo_", "ActionGeo_"} {
		cols = append(cols, g+"Type", g+"FullName", g+"CountryCode", g+"ADM1Code")
		if adm2 {
			cols = append(cols, g+"ADM2Code")
		}
		cols = append(cols, g+"Lat", g+"Long", g+"FeatureID")
	}
	cols = append(cols, "DATEADDED")
	if n > 57 {
		cols = append(cols, "SOURCEURL")
	}
	return cols
}

// gdeltRow reports whether the first row of a headerless tab-separated
// file looks like a GDELT event: as many fields as a version has, a
// numeric event id and a YYYYMMDD date.
func gdeltRow(row []string) bool {
	if gdeltColumns(len(row)) == nil {
		return false
	}
	return digits(row[0]) && len(row[1]) == 8 && digits(row[1])
}

// digits reports whether s is one or more ASCII digits.
func digits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// isoDate writes a YYYYMMDD date (GDELT's SQLDATE) as YYYY-MM-DD, or
// returns "" for anything else.
func isoDate(s string) string {
	if len(s) != 8 || !digits(s) {
		return ""
	}
	return s[:4] + "-" + s[4:6] + "-" + s[6:]
}
