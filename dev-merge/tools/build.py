"""Build the merge dev set (dev-merge/*.jsonl) from the documents written in docs_*.py.

Run from the repository root:  python dev-merge/tools/build.py

Each document is a gold document in the format of CONTRACT.md section 5; every gold incident
carries one added field, "event", the label of the real-world event it belongs to.  The script
checks that every evidence and place text is an exact substring of the text (and that the
evidence occurs once, so that text.find(evidence) gives its offsets), then writes the files.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent
sys.path.insert(0, str(HERE))

# key -> (name_en, admin1_en, country, lat, lon, precision); lat/lon None when not a point
PLACES: dict[str, tuple[str, str, str, float | None, float | None, str]] = {
    "khalis": ("Khalis", "Diyala", "IQ", 33.81, 44.53, "town"),
    "qaim": ("Al-Qaim", "Anbar", "IQ", 34.39, 40.99, "town"),
    "tuz": ("Tuz Khurmatu", "Salah al-Din", "IQ", 34.89, 44.63, "town"),
    "tarmiyah": ("Tarmiyah", "Baghdad", "IQ", 33.67, 44.40, "town"),
    "balad_ab": ("Balad Air Base", "Salah al-Din", "IQ", 33.94, 44.36, "neighbourhood"),
    "fallujah": ("Fallujah", "Anbar", "IQ", 33.35, 43.79, "town"),
    "ariha": ("Ariha", "Idlib", "SY", 35.81, 36.61, "town"),
    "idlib_prov": ("Idlib", "Idlib", "SY", None, None, "province"),
    "kafrnabl": ("Kafr Nabl", "Idlib", "SY", 35.61, 36.56, "town"),
    "kafrnabuda": ("Kafr Nabuda", "Hama", "SY", 35.43, 36.49, "town"),
    "jarablus": ("Jarablus", "Aleppo", "SY", 36.82, 38.01, "town"),
    "qamishli": ("Qamishli", "Al-Hasakah", "SY", 37.05, 41.23, "town"),
    "zabid": ("Zabid", "Al Hudaydah", "YE", 14.20, 43.32, "town"),
    "baytfaqih": ("Bayt al-Faqih", "Al Hudaydah", "YE", 14.52, 43.32, "town"),
    "haydan": ("Haydan", "Saada", "YE", 16.78, 43.43, "district"),
    "marib": ("Marib", "Marib", "YE", 15.46, 45.33, "town"),
    "mudiyah": ("Mudiyah", "Abyan", "YE", 13.93, 46.08, "district"),
    "ainzara": ("Ain Zara", "Tripoli", "LY", 32.82, 13.24, "neighbourhood"),
    "abusalim": ("Abu Salim", "Tripoli", "LY", 32.86, 13.19, "neighbourhood"),
    "gharyan": ("Gharyan", "Jabal al Gharbi", "LY", 32.17, 13.02, "town"),
    "deirbalah": ("Deir al-Balah", "Deir al-Balah", "PS", 31.42, 34.35, "town"),
    "khanyunis": ("Khan Yunis", "Khan Yunis", "PS", 31.34, 34.31, "town"),
    "nuseirat": ("Nuseirat camp", "Deir al-Balah", "PS", 31.45, 34.39, "town"),
    "nabatieh": ("Nabatieh", "Nabatieh", "LB", 33.38, 35.48, "town"),
    "baalbek": ("Baalbek", "Baalbek-Hermel", "LB", 34.01, 36.22, "town"),
    "bintjbeil": ("Bint Jbeil", "Nabatieh", "LB", 33.12, 35.43, "town"),
    "fasher": ("El Fasher", "North Darfur", "SD", 13.63, 25.35, "town"),
    "nyala": ("Nyala", "South Darfur", "SD", 12.05, 24.88, "town"),
    "obeid": ("El Obeid", "North Kordofan", "SD", 13.18, 30.22, "town"),
    "tamboul": ("Tamboul", "Gezira", "SD", 14.93, 33.43, "town"),
}

ACLED_FAMILY = {  # not written to the files; kept for the reader of this script
    "airstrike": "air", "drone_strike": "air", "shelling": "ground fire", "bombing": "explosive",
    "ied_or_mine": "explosive", "suicide_bombing": "explosive", "armed_clash": "clash",
    "shooting": "attack on people", "massacre": "attack on people", "abduction": "attack on people",
}


def I(event: str, etype: str, date: str | None, place: str | None, ptext: str | None,
      perp: str | None, victims: str, killed=(None, None), injured=(None, None), claimed=(),
      evidence: str = "", koi=None) -> dict:
    """One gold incident."""
    inc: dict = {"event_type": etype, "date": date}
    if place is None:
        inc["place"] = None
    else:
        name, admin1, cc, lat, lon, prec = PLACES[place]
        p = {"text": ptext, "name_en": name, "admin1_en": admin1, "country": cc}
        if lat is not None:
            p["lat"], p["lon"] = lat, lon
        p["precision"] = prec
        inc["place"] = p
    inc["perpetrator"] = perp
    inc["victims"] = victims
    inc["killed"] = {"min": killed[0], "max": killed[1]}
    inc["injured"] = {"min": injured[0], "max": injured[1]}
    if koi is not None:
        inc["killed_or_injured"] = {"min": koi[0], "max": koi[1]}
    inc["claimed_by"] = list(claimed)
    inc["evidence"] = evidence
    inc["event"] = event
    return inc


def D(doc_id: str, lang: str, published: str | None, source: str, text: str, incidents: list,
      notes: str) -> dict:
    """One gold document."""
    return {"id": doc_id, "lang": lang, "published": published, "source": source, "url": None,
            "text": text, "incidents": incidents, "notes": notes}


def check(doc: dict) -> list[str]:
    out = []
    text = doc["text"]
    if doc["published"]:
        dt.date.fromisoformat(doc["published"])
    for n, inc in enumerate(doc["incidents"]):
        ev = inc["evidence"]
        if text.count(ev) != 1:
            out.append(f"{doc['id']} #{n}: evidence found {text.count(ev)} times: {ev[:60]!r}")
        p = inc["place"]
        if p is not None and p["text"] not in text:
            out.append(f"{doc['id']} #{n}: place text {p['text']!r} not in text")
        if p is not None and p["text"] not in ev:
            out.append(f"{doc['id']} #{n}: (warning) place text {p['text']!r} outside the evidence")
    return out


def main() -> int:
    import docs_iraq, docs_syria, docs_yemen_libya, docs_gaza_lebanon, docs_sudan  # noqa: E401

    files = {
        "iraq.jsonl": docs_iraq.DOCS,
        "syria.jsonl": docs_syria.DOCS,
        "yemen-libya.jsonl": docs_yemen_libya.DOCS,
        "gaza-lebanon.jsonl": docs_gaza_lebanon.DOCS,
        "sudan.jsonl": docs_sudan.DOCS,
    }
    problems = []
    ids = set()
    for docs in files.values():
        for d in docs:
            if d["id"] in ids:
                problems.append(f"duplicate id {d['id']}")
            ids.add(d["id"])
            problems += check(d)
    for p in problems:
        print(p)
    if any("(warning)" not in p for p in problems):
        return 1
    for name, docs in files.items():
        with open(OUT / name, "w", encoding="utf-8") as fh:
            for d in docs:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    # summary
    events: dict[str, list[str]] = {}
    n_ar = n_en = 0
    for docs in files.values():
        for d in docs:
            n_ar += d["lang"] == "ar"
            n_en += d["lang"] == "en"
            for inc in d["incidents"]:
                events.setdefault(inc["event"], []).append(d["id"])
    print(f"{len(ids)} documents ({n_ar} ar, {n_en} en), {len(events)} events, "
          f"{sum(len(v) for v in events.values())} incidents")
    for e in sorted(events):
        print(f"  {e}: {len(set(events[e]))} docs {sorted(set(events[e]))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
