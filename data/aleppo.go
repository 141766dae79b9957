package data

import _ "embed"

// AleppoNeighbourhoods is the GeoJSON FeatureCollection of Aleppo's 133
// neighbourhood polygons (Columbia CSR "Conflict Urbanism: Aleppo"), with
// properties id, NAME and NAME_A. See aleppo/SOURCES.md.
//
//go:embed aleppo/neighbourhoods.geojson
var AleppoNeighbourhoods []byte

// AleppoEvents is the JSON list of sourced control-change events for the
// neighbourhoods in AleppoNeighbourhoods, 2012-2018. See aleppo/SOURCES.md.
//
//go:embed aleppo/events.json
var AleppoEvents []byte
