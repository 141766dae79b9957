#!/usr/bin/python3
"""Renders a GeoJSON file with Mapnik as the comparison peer of
`newsatlas render`: GeoJSON datasource, polygon fill + 0.5 px line,
Web Mercator, a PNG of the given size framing the given lon/lat box.

usage: mapnik_render.py FILE OUT.png WIDTH HEIGHT MINLON,MINLAT,MAXLON,MAXLAT [STROKE_PX]

The colours are those newsatlas gives the first opened layer (blue, fill
at 40% opacity); the stroke is 2 px unless given.
"""
import sys

import mapnik

MERC = "+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs +over"
LONLAT = "+proj=longlat +datum=WGS84 +no_defs"


def main(argv):
    if len(argv) not in (6, 7):
        sys.exit(__doc__)
    path, out, w, h, bbox = argv[1], argv[2], int(argv[3]), int(argv[4]), argv[5]
    stroke = float(argv[6]) if len(argv) == 7 else 2.0
    minx, miny, maxx, maxy = (float(v) for v in bbox.split(","))

    m = mapnik.Map(w, h, MERC)
    m.background = mapnik.Color("#c9ddea")
    style = mapnik.Style()
    rule = mapnik.Rule()
    fill = mapnik.PolygonSymbolizer()
    fill.fill = mapnik.Color("#0072b2")
    fill.fill_opacity = 0x66 / 255
    rule.symbols.append(fill)
    line = mapnik.LineSymbolizer()
    line.stroke = mapnik.Color("#0072b2")
    line.stroke_width = stroke
    rule.symbols.append(line)
    style.rules.append(rule)
    m.append_style("s", style)

    layer = mapnik.Layer("l", LONLAT)
    layer.datasource = mapnik.Datasource(type="geojson", file=path)
    layer.styles.append("s")
    m.layers.append(layer)

    proj = mapnik.ProjTransform(mapnik.Projection(LONLAT), mapnik.Projection(MERC))
    m.zoom_to_box(proj.forward(mapnik.Box2d(minx, miny, maxx, maxy)))
    mapnik.render_to_file(m, out, "png")


if __name__ == "__main__":
    main(sys.argv)
