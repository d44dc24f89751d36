"""Build the page's base layer: country borders of the Middle East and North Africa as GeoJSON, offline.

Source: the npm package ``world-atlas`` 2.x (``countries-50m.json``, TopoJSON; ISC licence, data from
Natural Earth, public domain). Get it with ``npm pack world-atlas`` and unpack it; no network at run time.
Countries whose bounding-box centre lies in the region are kept whole (not those spanning half the
globe); coordinates are rounded to
0.01 degree (about 1 km, finer than a 1:50m border is drawn) and repeated points dropped.
Output: ``rasid/serve/static/borders.geojson``, never edited by hand.

Run: ``python scripts/build_borders.py PATH/TO/world-atlas/countries-50m.json``
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

OUT = Path(__file__).resolve().parent.parent / "rasid" / "serve" / "static" / "borders.geojson"
REGION = (-20.0, 2.0, 66.0, 46.0)  # min lon, min lat, max lon, max lat: Morocco to Iran, Sudan to Turkey
DIGITS = 2


def decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Absolute lon/lat points of every arc (TopoJSON arcs are quantized and delta-encoded)."""
    (sx, sy), (tx, ty) = topo["transform"]["scale"], topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        pts = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            pts.append((x * sx + tx, y * sy + ty))
        arcs.append(pts)
    return arcs


def ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[list[float]]:
    """One closed ring from arc indices (``~i`` is arc ``i`` reversed), rounded, repeats dropped."""
    pts: list[tuple[float, float]] = []
    for i in indices:
        seg = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(seg if not pts else seg[1:])
    out: list[list[float]] = []
    for x, y in pts:
        p = [round(x, DIGITS), round(y, DIGITS)]
        if not out or p != out[-1]:
            out.append(p)
    if out and out[0] != out[-1]:
        out.append(out[0])
    return out


def polygons(geom: dict[str, Any], arcs: list[list[tuple[float, float]]]) -> list[list[list[list[float]]]]:
    parts = [geom["arcs"]] if geom["type"] == "Polygon" else geom["arcs"] if geom["type"] == "MultiPolygon" else []
    out = []
    for poly in parts:
        rings = [r for r in (ring(ix, arcs) for ix in poly) if len(r) >= 4]
        if rings:
            out.append(rings)
    return out


def in_region(polys: list[list[list[list[float]]]]) -> bool:
    xs = [p[0] for poly in polys for p in poly[0]]
    ys = [p[1] for poly in polys for p in poly[0]]
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    small = max(xs) - min(xs) < 60  # not a country with far-off territories (France, the United States)
    return small and REGION[0] <= cx <= REGION[2] and REGION[1] <= cy <= REGION[3]


def build(topo: dict[str, Any]) -> dict[str, Any]:
    arcs = decode_arcs(topo)
    feats = []
    for g in topo["objects"]["countries"]["geometries"]:
        polys = polygons(g, arcs)
        if not polys or not in_region(polys):
            continue
        geometry = ({"type": "Polygon", "coordinates": polys[0]} if len(polys) == 1
                    else {"type": "MultiPolygon", "coordinates": polys})
        feats.append({"type": "Feature", "id": g.get("id"), "properties": {"name": g["properties"]["name"]},
                      "geometry": geometry})
    feats.sort(key=lambda f: f["properties"]["name"])
    return {"type": "FeatureCollection",
            "attribution": "Borders: Natural Earth (public domain) via world-atlas (ISC)", "features": feats}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("topojson", type=Path, help="world-atlas countries-50m.json")
    ap.add_argument("-o", "--output", type=Path, default=OUT)
    args = ap.parse_args()
    out = build(json.loads(args.topojson.read_text(encoding="utf-8")))
    args.output.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(out['features'])} countries -> {args.output} ({args.output.stat().st_size // 1024} kB)")


if __name__ == "__main__":
    main()
