package data

import "embed"

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

// BasemapLevels is the built-in layer `basemap` (lakes, rivers, urban
// areas, Syria's districts, towns and cities), in bands of zoom levels and
// cells of the world, each cell a gzipped GeoJSON file, listed with its
// bound in levels/index.json (see basemap/SOURCES.md).
//
//go:embed basemap/levels
var BasemapLevels embed.FS
