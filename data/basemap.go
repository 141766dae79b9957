package data

import _ "embed"

// CountriesGz is Natural Earth 1:10m admin-0 countries, trimmed to names,
// ISO codes and label points, gzipped GeoJSON (see basemap/SOURCES.md).
//
//go:embed basemap/countries.geojson.gz
var CountriesGz []byte

// SyriaGovernoratesGz is OCHA's 14 Syrian governorates with English and
// Arabic names and P-codes, gzipped GeoJSON (see basemap/SOURCES.md).
//
//go:embed basemap/syria-governorates.geojson.gz
var SyriaGovernoratesGz []byte
