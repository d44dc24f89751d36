"""An incident's fields from the mentions merged into it, and its evidence grade.

- date and place: the most precise ones; among equally precise ones, the value most sources give
  (ties: the earliest date, the lowest gazetteer id), so the result does not depend on arrival order;
- perpetrator: the party most sources blame; ``contested`` when sources blame different parties;
- killed and injured: min of the sources' mins, max of their maxes (a max stays null when a source
  gives an open-ended figure above every bounded one); each source's own words kept;
- sources: documents; independent sources: distinct outlets (a document without one counts alone);
- grade, in the manner of Airwars: ``confirmed`` when the accused party itself acknowledges the event
  (it is among the claimants of a mention that names it as perpetrator), ``contested`` when sources
  blame different parties, ``fair`` with two or more independent sources, else ``weak``.
Human edits (``overrides``) are applied last.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Any, Iterable
from urllib.parse import urlparse

from rasid.geo.gazetteer import precision_rank
from rasid.model import date_value_start
from rasid.store.models import INT_MAX, Incident, Mention

DATE_RANK = {"day": 0, "month": 1, "year": 2}
EDITABLE = {
    "event_type": str, "date_value": str, "place_name": str, "admin1": str, "country": str, "lat": float,
    "lon": float, "perpetrator": str, "victims": str, "killed_min": int, "killed_max": int, "injured_min": int,
    "injured_max": int, "grade": str,
}
GRADES = ("confirmed", "fair", "weak", "contested")


def outlet(m: Mention) -> str:
    d = m.document
    if d.source:
        return d.source.strip().casefold()
    if d.url:
        host = urlparse(d.url).netloc.casefold()
        return host[4:] if host.startswith("www.") else host
    return f"document:{d.content_hash}"


def _range(pairs: Iterable[tuple[int | None, int | None]]) -> tuple[int | None, int | None]:
    """Min of the sources' mins; max the largest stated figure, null when an open-ended one reaches it."""
    given = [(lo, hi) for lo, hi in pairs if lo is not None or hi is not None]
    if not given:
        return None, None
    lo = min((lo_ for lo_, _ in given if lo_ is not None), default=None)
    bounded = max((hi for _, hi in given if hi is not None), default=None)
    open_lo = max((lo_ for lo_, hi in given if hi is None and lo_ is not None), default=None)
    if open_lo is not None and (bounded is None or open_lo >= bounded):
        return lo, None
    return lo, bounded


def recompute(inc: Incident, mentions: list[Mention]) -> None:
    """Set every derived field of ``inc`` from its mentions (sorted here, so order never matters)."""
    ms = sorted(mentions, key=lambda m: (m.document.content_hash, m.idx))
    if not ms:
        return
    # event type: the most common among the finest family members; ties by name
    types = Counter(m.event_type for m in ms)
    inc.event_type = min(types, key=lambda t: (-types[t], t))
    inc.family = ms[0].family
    data0 = next(m.data for m in ms if m.event_type == inc.event_type)
    inc.acled_event_type = data0["acled"]["event_type"]
    inc.acled_sub_event_type = data0["acled"]["sub_event_type"]

    dated = [m for m in ms if m.date is not None and not m.date_from_published]
    if not dated:
        dated = [m for m in ms if m.date is not None]
    if dated:
        best = min(DATE_RANK.get(m.date_precision or "year", 3) for m in dated)
        fine = [m for m in dated if DATE_RANK.get(m.date_precision or "year", 3) == best]
        votes = Counter((m.date, m.date_value, m.date_precision) for m in fine)
        inc.date, inc.date_value, inc.date_precision = min(votes, key=lambda k: (-votes[k], k[0]))
    else:
        inc.date = inc.date_value = inc.date_precision = None

    placed = [m for m in ms if m.place_id is not None]
    # a place the gazetteer lacks ("the Mosul al-Jadida neighbourhood") gives way to a located town or
    # quarter of the same governorate that another report names: the record keeps a point for the map
    located = [m for m in placed if m.lat is not None and precision_rank(m.place_precision or "") <= precision_rank("town")]
    if located and any(m.lat is None for m in placed):
        placed = [m for m in placed if m.lat is not None or not any(x.admin1 and x.admin1 == m.admin1 for x in located)]
    if placed:
        best_p = min(precision_rank(m.place_precision or "") for m in placed)
        fine_p = [m for m in placed if precision_rank(m.place_precision or "") == best_p]
        pv = Counter(m.place_id for m in fine_p)
        gaz = {m.place_id: str((m.data.get("place") or {}).get("gazetteer_id")) for m in fine_p}
        pid = min(pv, key=lambda k: (-pv[k], gaz[k]))  # ties by gazetteer id, never by arrival order
        # a place the gazetteer lacks may be located (its governorate) by one report and not another:
        # the located reading, chosen by content, never by arrival order
        pm = min((m for m in fine_p if m.place_id == pid),
                 key=lambda m: (m.admin1 is None, m.admin1 or "", str((m.data.get("place") or {}).get("name"))))
        place = pm.data.get("place") or {}
        inc.place_id, inc.place_name = pid, place.get("name")
        inc.admin1, inc.country, inc.lat, inc.lon = pm.admin1, pm.country, pm.lat, pm.lon
        inc.place_precision = pm.place_precision
    else:
        inc.place_id = inc.place_name = inc.admin1 = inc.lat = inc.lon = inc.place_precision = None
        countries = Counter(m.country for m in ms if m.country)
        inc.country = min(countries, key=lambda c: (-countries[c], c)) if countries else None

    blamed = Counter(m.perpetrator for m in ms if m.perpetrator)
    inc.perpetrators = sorted(blamed)
    inc.perpetrator = min(blamed, key=lambda p: (-blamed[p], p)) if blamed else None
    inc.contested = len(blamed) > 1

    vic = {m.victims for m in ms if m.victims != "unknown"}
    inc.victims = ("mixed" if "mixed" in vic or {"civilians", "military"} <= vic else vic.pop()) if vic else "unknown"

    inc.killed_min, inc.killed_max = _range((m.killed_min, m.killed_max) for m in ms)
    inc.injured_min, inc.injured_max = _range((m.injured_min, m.injured_max) for m in ms)
    inc.killed_words = [
        {"mention": m.id, "document": m.document_id, "text": (m.data.get("killed") or {}).get("text"),
         "min": m.killed_min, "max": m.killed_max}
        for m in ms if m.killed_min is not None or m.killed_max is not None
    ]
    inc.n_sources = len({m.document_id for m in ms})
    inc.n_independent = len({outlet(m) for m in ms})

    acknowledged = any(m.perpetrator and m.perpetrator in {c for c in (m.claimed_by or [])} for m in ms)
    if acknowledged:
        inc.grade = "confirmed"
    elif inc.contested:
        inc.grade = "contested"
    elif inc.n_independent >= 2:
        inc.grade = "fair"
    else:
        inc.grade = "weak"
    apply_overrides(inc)


def apply_overrides(inc: Incident) -> None:
    for field, value in (inc.overrides or {}).items():
        setattr(inc, field, value)
        if field == "date_value":
            inc.date, inc.date_precision = date_value_start(str(value)) if value is not None else (None, None)
        if field == "perpetrator":
            inc.contested = False


def parse_edit(field: str, value: str) -> Any:
    """A reviewer's value for ``field``, typed; ``null`` clears it.

    Raises:
        ValueError: unknown field or a value of the wrong kind.
    """
    if field not in EDITABLE:
        raise ValueError(f"cannot edit {field!r}; editable fields: {', '.join(sorted(EDITABLE))}")
    if value.lower() in ("null", "none", ""):
        return None
    kind = EDITABLE[field]
    if field == "date_value":
        date_value_start(value)  # raises ValueError on a bad date
        return value
    if field == "grade" and value not in GRADES:
        raise ValueError(f"grade must be one of {', '.join(GRADES)}")
    if field == "victims" and value not in ("civilians", "military", "mixed", "unknown"):
        raise ValueError("victims must be civilians, military, mixed or unknown")
    try:
        typed = kind(value)
    except ValueError:
        what = {int: "a whole number", float: "a number"}.get(kind, "text")
        raise ValueError(f"{field} needs {what}, not {value!r}") from None
    _check_range(field, typed)
    return typed


def _check_range(field: str, typed: Any) -> None:
    """Raises ValueError for a count the database cannot hold or a coordinate off the globe."""
    if isinstance(typed, int) and not 0 <= typed <= INT_MAX:
        raise ValueError(f"{field} must be from 0 to {INT_MAX}, not {typed}")
    if isinstance(typed, float):
        bound = 90.0 if field == "lat" else 180.0
        if not (math.isfinite(typed) and -bound <= typed <= bound):
            raise ValueError(f"{field} must be from -{bound:g} to {bound:g}, not {typed}")
