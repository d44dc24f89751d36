"""Finding incidents: filters shared by the CLI, the exports and the HTTP API."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from typing import Any, Iterator, Sequence

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session, selectinload

from rasid.store.models import Incident, Mention

GRADE_ORDER = {"confirmed": 0, "fair": 1, "contested": 2, "weak": 3}


@dataclass(frozen=True)
class Filters:
    country: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    actor: str | None = None  # perpetrator or any party blamed, case-insensitive substring
    event_type: str | None = None
    bbox: tuple[float, float, float, float] | None = None  # min lon, min lat, max lon, max lat
    min_grade: str | None = None
    include_rejected: bool = False


def parse_bbox(value: str) -> tuple[float, float, float, float]:
    """``minlon,minlat,maxlon,maxlat`` in degrees.

    Raises:
        ValueError: not four finite numbers in order, or a longitude outside ±180, a latitude outside ±90.
    """
    try:
        a, b, c, d = (float(x) for x in value.split(","))
    except ValueError:
        raise ValueError(f"bbox {value!r} is not minlon,minlat,maxlon,maxlat") from None
    if not all(math.isfinite(x) for x in (a, b, c, d)):
        raise ValueError(f"bbox {value!r}: every number must be finite")
    if not (-180 <= a <= 180 and -180 <= c <= 180 and -90 <= b <= 90 and -90 <= d <= 90):
        raise ValueError(f"bbox {value!r}: longitudes run from -180 to 180, latitudes from -90 to 90")
    if a > c or b > d:
        raise ValueError(f"bbox {value!r}: minimum above maximum")
    return a, b, c, d


def statement(f: Filters) -> Select[Any]:
    q = select(Incident)
    if not f.include_rejected:
        q = q.where(Incident.rejected.is_(False))
    if f.country:
        q = q.where(Incident.country == f.country.upper())
    if f.date_from:
        q = q.where(Incident.date >= f.date_from)
    if f.date_to:
        q = q.where(Incident.date <= f.date_to)
    if f.event_type:
        q = q.where(Incident.event_type == f.event_type)
    if f.actor:
        q = q.where(or_(Incident.perpetrator.ilike(f"%{f.actor}%"),
                        Incident.id.in_(select(Mention.incident_id).where(Mention.perpetrator.ilike(f"%{f.actor}%")))))
    if f.bbox:
        a, b, c, d = f.bbox
        q = q.where(Incident.lon >= a, Incident.lon <= c, Incident.lat >= b, Incident.lat <= d)
    if f.min_grade:
        ok = [g for g, r in GRADE_ORDER.items() if r <= GRADE_ORDER[f.min_grade]]
        q = q.where(Incident.grade.in_(ok))
    return q.order_by(Incident.date.is_(None), Incident.date, Incident.id)


def find(session: Session, f: Filters, *, limit: int | None = None, offset: int = 0,
         with_mentions: bool = False) -> list[Incident]:
    q = statement(f).offset(offset)
    if limit is not None:
        q = q.limit(limit)
    if with_mentions:
        q = q.options(selectinload(Incident.mentions).selectinload(Mention.document))
    return list(session.scalars(q))


def iter_all(session: Session, f: Filters, *, batch: int = 1000) -> Iterator[Incident]:
    """Every matching incident with its mentions and documents, in batches (bounded memory)."""
    offset = 0
    while True:
        rows = find(session, f, limit=batch, offset=offset, with_mentions=True)
        yield from rows
        if len(rows) < batch:
            return
        offset += batch
        session.expunge_all()


# an incident's own fields, in the order :func:`row_json` takes them: a select of these columns gives rows
# that it turns into the API's form without loading ORM objects (the web app's lists)
LIST_FIELDS = ("id", "event_type", "acled_event_type", "acled_sub_event_type", "date_value", "date_precision",
               "place_name", "admin1", "country", "lat", "lon", "place_precision", "perpetrator", "perpetrators",
               "contested", "victims", "killed_min", "killed_max", "injured_min", "injured_max", "n_sources",
               "n_independent", "grade", "rejected", "reject_why", "reviewed", "overrides")


def row_json(r: Sequence[Any]) -> dict[str, Any]:
    """An incident without its mentions from a row of the :data:`LIST_FIELDS` columns (unpacked by position:
    several times faster than reading a row's attributes by name)."""
    (id_, event_type, acled_type, acled_sub, date_value, date_precision, place_name, admin1, country, lat, lon,
     place_precision, perpetrator, perpetrators, contested, victims, killed_min, killed_max, injured_min,
     injured_max, n_sources, n_independent, grade, rejected, reject_why, reviewed, overrides) = r
    return {
        "id": id_, "event_type": event_type,
        "acled": {"event_type": acled_type, "sub_event_type": acled_sub},
        "date": {"value": date_value, "precision": date_precision} if date_value else None,
        "place": ({"name": place_name, "admin1": admin1, "country": country, "lat": lat, "lon": lon,
                   "precision": place_precision} if place_name else ({"country": country} if country else None)),
        "perpetrator": perpetrator, "perpetrators": perpetrators, "contested": contested, "victims": victims,
        "killed": {"min": killed_min, "max": killed_max},
        "injured": {"min": injured_min, "max": injured_max},
        "sources": n_sources, "independent_sources": n_independent, "grade": grade,
        "rejected": rejected, "reject_why": reject_why, "reviewed": reviewed, "overrides": overrides or {},
    }


def incident_json(inc: Incident, *, mentions: bool = True) -> dict[str, Any]:
    """The API's and the exports' form of an incident, with its mentions (loaded with their documents) or not."""
    d = row_json([getattr(inc, f) for f in LIST_FIELDS])
    if mentions:
        d["mentions"] = [{
            "id": m.id, "document": m.document_id, "source": m.document.source, "url": m.document.url,
            "published": m.document.published.isoformat() if m.document.published else None,
            "lang": m.document.lang, "link": m.link, **m.data,
        } for m in inc.mentions]
    return d
