#!/usr/bin/env python3
"""Write tests/data/helsinki_small.osm: a small OSM XML extract of the Helsinki test data, offline.

GDAL cannot write OSM files, so this script reads the ``lines`` layer of
``tests/data/cache/Helsinki.osm.pbf`` (fetched by ``make setup``) inside a
small box, gives each distinct vertex a node id (shared vertices stay shared,
as in OSM) and writes the ways with their road tags. Run it again only to
regenerate the committed file.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from xml.sax.saxutils import quoteattr

from osgeo import ogr

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "cache" / "Helsinki.osm.pbf"
TARGET = HERE / "helsinki_small.osm"
BOX = (24.9380, 60.1640, 24.9470, 60.1700)  # west, south, east, north
TAGS = ("highway", "name", "maxspeed", "oneway", "junction", "access", "foot", "bicycle", "bridge", "tunnel", "layer")
OTHER = re.compile(r'"((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"')


def main() -> int:
    ogr.UseExceptions()
    data = ogr.Open(str(SOURCE))
    layer = data.GetLayerByName("lines")
    layer.SetSpatialFilterRect(*BOX)
    nodes: dict[tuple[float, float], int] = {}
    ways = []
    for feature in layer:
        highway = feature.GetField("highway")
        if not highway:
            continue
        geometry = feature.GetGeometryRef()
        points = [(round(geometry.GetX(i), 7), round(geometry.GetY(i), 7)) for i in range(geometry.GetPointCount())]
        if len(points) < 2:
            continue
        tags = {"highway": highway}
        if feature.GetField("name"):
            tags["name"] = feature.GetField("name")
        other = feature.GetField("other_tags") or ""
        for key, value in OTHER.findall(other):
            if key in TAGS:
                tags[key] = value
        ids = [nodes.setdefault(p, len(nodes) + 1) for p in points]
        ways.append((int(feature.GetField("osm_id")), ids, tags))
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<osm version="0.6" generator="place_insight tests">',
        f'  <bounds minlat="{BOX[1]}" minlon="{BOX[0]}" maxlat="{BOX[3]}" maxlon="{BOX[2]}"/>',
    ]
    for (lon, lat), node_id in sorted(nodes.items(), key=lambda item: item[1]):
        lines.append(f'  <node id="{node_id}" version="1" lat="{lat}" lon="{lon}"/>')
    for way_id, ids, tags in ways:
        lines.append(f'  <way id="{way_id}" version="1">')
        lines.extend(f'    <nd ref="{i}"/>' for i in ids)
        lines.extend(f"    <tag k={quoteattr(k)} v={quoteattr(v)}/>" for k, v in tags.items())
        lines.append("  </way>")
    lines.append("</osm>")
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{TARGET}: {len(nodes)} nodes, {len(ways)} ways")
    return 0


if __name__ == "__main__":
    sys.exit(main())
