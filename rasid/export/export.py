"""Exports of the incident database: JSON Lines, CSV, GeoJSON and ACLED's column layout.

Every writer streams incidents in batches (``query.iter_all``), writes to ``OUT.part`` and renames
it when done, so a file is never left half-written.
"""

from __future__ import annotations

import csv
import json
import sys
from functools import lru_cache
from importlib import resources as ires
from pathlib import Path
from typing import IO, Any, Callable, Iterable

import yaml
from sqlalchemy.orm import Session

from rasid.errors import UsageError
from rasid.store.models import Incident
from rasid.store.query import Filters, incident_json, iter_all
from rasid.text.normalize import normalize_str

FORMATS = ("jsonl", "csv", "geojson", "acled")
CSV_COLUMNS = ["id", "event_type", "acled_event_type", "acled_sub_event_type", "date", "date_precision", "place",
               "admin1", "country", "lat", "lon", "place_precision", "perpetrator", "perpetrators", "contested",
               "victims", "killed_min", "killed_max", "injured_min", "injured_max", "sources",
               "independent_sources", "grade", "rejected", "evidence"]


@lru_cache(maxsize=1)
def acled_rules() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load(
        ires.files("rasid.export").joinpath("acled.yaml").read_text(encoding="utf-8"))
    return data


def acled_fatalities(inc: Incident) -> int:
    """ACLED's figure: the most conservative source, vague words coded by ACLED's rules; 0 when none."""
    vague = [({normalize_str(w).casefold() for w in v["words"]}, int(v["fatalities"]))
             for v in acled_rules()["vague_fatalities"]]
    figures: list[int] = []
    for m in inc.mentions:
        words = ((m.data.get("killed") or {}).get("text") or "")
        toks = set(normalize_str(words).casefold().split())
        coded = next((n for ws, n in vague if toks & ws), None)
        if coded is not None:
            figures.append(coded)
        elif m.killed_min is not None:
            figures.append(m.killed_min)
        elif m.killed_max is not None:
            figures.append(m.killed_max)
    if inc.overrides and "killed_min" in inc.overrides and inc.killed_min is not None:
        return inc.killed_min
    return min(figures) if figures else 0


def _evidence(inc: Incident) -> str:
    return " | ".join(m.evidence.replace("\n", " ") for m in inc.mentions)


def csv_row(inc: Incident) -> list[Any]:
    return [inc.id, inc.event_type, inc.acled_event_type, inc.acled_sub_event_type, inc.date_value, inc.date_precision,
            inc.place_name, inc.admin1, inc.country, inc.lat, inc.lon, inc.place_precision, inc.perpetrator,
            "; ".join(inc.perpetrators or []), inc.contested, inc.victims, inc.killed_min, inc.killed_max,
            inc.injured_min, inc.injured_max, inc.n_sources, inc.n_independent, inc.grade, inc.rejected,
            _evidence(inc)]


def acled_row(inc: Incident) -> dict[str, Any]:
    r = acled_rules()
    c = r["countries"].get(inc.country or "", {})
    sources = sorted({m.document.source or m.document.url or "unknown" for m in inc.mentions})
    victim_actor = f"Civilians ({c['name']})" if inc.victims == "civilians" and c else ""
    where = inc.place_name or c.get("name") or "an unknown place"
    notes = (f"On {inc.date_value or 'an unknown date'}, {inc.event_type.replace('_', ' ')} in {where}"
             f"{' by ' + inc.perpetrator if inc.perpetrator else ''}"
             f"{' (perpetrator contested: ' + ', '.join(inc.perpetrators) + ')' if inc.contested else ''}."
             f" rasid incident {inc.id}, {inc.n_sources} source(s), grade {inc.grade}.")
    return {
        "event_id_cnty": f"{c.get('iso3', 'XXX')}R{inc.id}",
        "event_date": inc.date_value or "", "year": inc.date.year if inc.date else "",
        "time_precision": r["time_precision"].get(inc.date_precision or "", 3),
        "disorder_type": "Political violence", "event_type": inc.acled_event_type,
        "sub_event_type": inc.acled_sub_event_type, "actor1": inc.perpetrator or "Unidentified Armed Group",
        "assoc_actor_1": "", "inter1": "", "actor2": victim_actor, "assoc_actor_2": "", "inter2": "",
        "interaction": "", "civilian_targeting": "Civilian targeting" if inc.victims == "civilians" else "",
        "iso": c.get("iso", ""), "region": c.get("region", ""), "country": c.get("name", inc.country or ""),
        "admin1": inc.admin1 or "", "admin2": "", "admin3": "", "location": inc.place_name or "",
        "latitude": inc.lat if inc.lat is not None else "", "longitude": inc.lon if inc.lon is not None else "",
        "geo_precision": r["geo_precision"].get(inc.place_precision or "", 3), "source": "; ".join(sources),
        "source_scale": "", "notes": notes, "fatalities": acled_fatalities(inc), "tags": "",
        "timestamp": int(inc.updated_at.timestamp()) if inc.updated_at else "",
    }


def _write_jsonl(rows: Iterable[Incident], fh: IO[str]) -> int:
    n = 0
    for inc in rows:
        fh.write(json.dumps(incident_json(inc), ensure_ascii=False) + "\n")
        n += 1
    return n


def _csv_writer(header: Callable[[], list[str]], row: Callable[[Incident], list[Any] | dict[str, Any]],
                ) -> Callable[[Iterable[Incident], IO[str]], int]:
    """A writer of one CSV row an incident under ``header()``; rows are lists or dicts by column."""
    def write(rows: Iterable[Incident], fh: IO[str]) -> int:
        columns = header()
        w = csv.writer(fh)
        w.writerow(columns)
        n = 0
        for inc in rows:
            r = row(inc)
            w.writerow([r.get(c, "") for c in columns] if isinstance(r, dict) else r)
            n += 1
        return n

    return write


def _write_geojson(rows: Iterable[Incident], fh: IO[str]) -> int:
    """A FeatureCollection written feature by feature; incidents without coordinates are left out."""
    fh.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for inc in rows:
        if inc.lat is None or inc.lon is None:
            continue
        props = incident_json(inc, mentions=False)
        props["evidence"] = [m.evidence for m in inc.mentions]
        feat = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [inc.lon, inc.lat]},
                "properties": props}
        fh.write((",\n" if n else "") + json.dumps(feat, ensure_ascii=False))
        n += 1
    fh.write("\n]}\n")
    return n


WRITERS: dict[str, Callable[[Iterable[Incident], IO[str]], int]] = {
    "jsonl": _write_jsonl, "geojson": _write_geojson,
    "csv": _csv_writer(lambda: CSV_COLUMNS, csv_row),
    "acled": _csv_writer(lambda: list(acled_rules()["columns"]), acled_row)}


def export(session: Session, fmt: str, out: str, filters: Filters | None = None) -> int:
    """Write matching incidents to ``out`` (``-``: standard output); returns how many were written."""
    if fmt not in WRITERS:
        raise UsageError(f"unknown export format {fmt!r} (one of {', '.join(FORMATS)})")
    if out == "-":
        return WRITERS[fmt](iter_all(session, filters or Filters()), sys.stdout)
    path = Path(out)
    if not path.resolve().parent.is_dir():
        raise UsageError(f"{out}: the folder for the output file does not exist")
    tmp = path.with_name(path.name + ".part")
    newline = "" if fmt in ("csv", "acled") else None
    with tmp.open("w", encoding="utf-8", newline=newline) as fh:
        n = WRITERS[fmt](iter_all(session, filters or Filters()), fh)
    tmp.replace(path)
    return n
