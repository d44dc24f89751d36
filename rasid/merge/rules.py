"""Whether two mentions (one incident as told by one report each) tell of the same event.

Blocking (date, place, event family) decides who is compared; the score (text similarity of the
evidence sentences, across Arabic and English, plus agreement of perpetrator, victims, figures and
place) decides who merges. Everything tunable is in ``rules.yaml`` beside this file.

The functions take the in-memory :class:`Row` used for bulk merging and the ORM row
(``rasid.store.models.Mention``) alike.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources as ires
from typing import Any

import yaml

from rasid.merge.similarity import cosine
from rasid.store.models import Mention

FINE = ("neighbourhood", "town")
COARSE = ("district", "province")


@dataclass
class Row:
    """What merging reads of a mention, under the ORM row's attribute names: the functions here take
    a :class:`Row` or a ``rasid.store.models.Mention`` alike."""

    id: int
    document_id: int
    family: str
    event_type: str
    date: date | None
    date_precision: str | None
    date_from_published: bool
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    place_precision: str | None
    place_id: int | None
    perpetrator: str | None
    victims: str
    killed_min: int | None
    killed_max: int | None
    embedding: bytes | None

    @classmethod
    def of(cls, m: Mention) -> Row:
        return cls(**{f: getattr(m, f) for f in cls.__dataclass_fields__})


MentionLike = Row | Mention


@dataclass(frozen=True)
class Rules:
    day_window: int
    published_extra_days: int
    max_km: float
    threshold: dict[str, float]
    weights: dict[str, float]
    count_ratio: float
    count_gap: int


@lru_cache(maxsize=1)
def rules() -> Rules:
    raw: dict[str, Any] = yaml.safe_load(ires.files("rasid.merge").joinpath("rules.yaml").read_text(encoding="utf-8"))
    return Rules(**raw)


def period_end(start: date, precision: str | None) -> date:
    """Last day of the period a date value stands for."""
    if precision == "year":
        return date(start.year, 12, 31)
    if precision == "month":
        nxt = date(start.year + (start.month == 12), start.month % 12 + 1, 1)
        return nxt - timedelta(days=1)
    return start


def dates_agree(a: MentionLike, b: MentionLike) -> bool:
    if a.date is None or b.date is None:
        return False  # no cross-report merge without a date: precision first
    r = rules()
    tol = r.day_window + (r.published_extra_days if (a.date_from_published or b.date_from_published) else 0)
    a_end, b_end = period_end(a.date, a.date_precision), period_end(b.date, b.date_precision)
    return a.date - timedelta(days=tol) <= b_end and b.date - timedelta(days=tol) <= a_end


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def place_level(a: MentionLike, b: MentionLike) -> str | None:
    """``near`` / ``coarse`` / ``country`` when the places may be one; None when they cannot be."""
    if a.country and b.country and a.country != b.country:
        return None
    pa, pb = a.place_precision, b.place_precision
    if pa in FINE and pb in FINE:
        if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
            return None
        return "near" if km(a.lat, a.lon, b.lat, b.lon) <= rules().max_km else None
    if (pa in FINE or pa in COARSE) and (pb in FINE or pb in COARSE):
        if a.admin1 and b.admin1 and a.admin1 == b.admin1:
            return "coarse"
        if a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None \
                and km(a.lat, a.lon, b.lat, b.lon) <= rules().max_km:
            return "coarse"
        return None
    return "country"


def pair_score(a: MentionLike, b: MentionLike) -> tuple[float, str] | None:
    """(score, place level) for a candidate pair, None when blocking rules them out."""
    if a.family != b.family or a.document_id == b.document_id or not dates_agree(a, b):
        return None
    level = place_level(a, b)
    if level is None:
        return None
    w = rules().weights
    s = cosine(a.embedding, b.embedding)
    if a.perpetrator and b.perpetrator:
        s += w["same_perpetrator"] if a.perpetrator == b.perpetrator else w["other_perpetrator"]
    if a.victims in ("civilians", "military") and b.victims in ("civilians", "military") and a.victims != b.victims:
        s += w["other_victims"]
    if a.killed_min is not None and b.killed_min is not None:
        lo, hi = sorted((a.killed_min, b.killed_min))
        r = rules()
        s += w["counts_disagree"] if hi > r.count_ratio * max(lo, 1) and hi - lo > r.count_gap else w["counts_agree"]
    if a.place_id is not None and a.place_id == b.place_id:
        s += w["same_place"]
    if a.event_type == b.event_type:
        s += w["same_event_type"]
    return s, level


def same_event(a: MentionLike, b: MentionLike) -> float | None:
    """The pair's score when it reaches its threshold, else None."""
    sl = pair_score(a, b)
    if sl is None:
        return None
    s, level = sl
    return s if s >= rules().threshold[level] else None
