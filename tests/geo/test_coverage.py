"""Coverage: places as Arabic news writes them resolve to the right coordinates (target >= 98% within 10 km)."""

from __future__ import annotations

import csv
from pathlib import Path

from rasid.geo.gazetteer import distance_km, geocode

COVERAGE = Path(__file__).with_name("coverage.tsv")


def test_coverage_list_resolves_within_10_km() -> None:
    lines = [ln for ln in COVERAGE.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t"))
    assert len(rows) >= 300
    assert len({r["country"] for r in rows}) >= 7
    misses = []
    for r in rows:
        cands = geocode(r["query"], country=r["country"], limit=1)
        if not cands or distance_km(float(r["lat"]), float(r["lon"]), cands[0]["lat"], cands[0]["lon"]) > 10:
            misses.append(r["query"])
    share = 1 - len(misses) / len(rows)
    assert share >= 0.98, f"{share:.3f} within 10 km; misses: {misses[:20]}"
