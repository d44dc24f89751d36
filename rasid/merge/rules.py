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

_Day = date  # (a field below is named ``date``)
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
    published: _Day | None = None  # the report's publication day (the document's, not a mention column)
    place_name: str | None = None  # the gazetteer's name of the place (the places table's)

    @classmethod
    def of(cls, m: Mention) -> Row:
        return cls(**{f: getattr(m, f) for f in MENTION_FIELDS}, published=m.document.published,
                   place_name=place_name(m))


MentionLike = Row | Mention
MENTION_FIELDS = tuple(f for f in Row.__dataclass_fields__ if f not in ("published", "place_name"))  # columns of ``mentions``


@dataclass(frozen=True)
class Rules:
    day_window: int
    published_extra_days: int
    max_km: float
    city_km: float
    type_groups: dict[str, list[str]]
    threshold: dict[str, float]
    weights: dict[str, float]
    count_ratio: float
    count_gap: int


@lru_cache(maxsize=1)
def rules() -> Rules:
    raw: dict[str, Any] = yaml.safe_load(ires.files("rasid.merge").joinpath("rules.yaml").read_text(encoding="utf-8"))
    return Rules(**raw)


@lru_cache(maxsize=256)
def groups_of(event_type: str, family: str) -> frozenset[str]:
    """The type groups of rules.yaml an event type is in; a type in none is a group with its family."""
    got = frozenset(g for g, types in rules().type_groups.items() if event_type in types)
    return got or frozenset({f"family:{family}"})


def compatible(a: MentionLike, b: MentionLike) -> bool:
    """Whether outlets could have given one event these two types (they share a type group)."""
    return a.event_type == b.event_type or bool(groups_of(a.event_type, a.family) & groups_of(b.event_type, b.family))


@lru_cache(maxsize=256)
def partner_types(event_type: str, family: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(families, event types) a mention of this type may be compared with, for blocking queries; an
    empty types tuple means any type of those families (a type outside every group)."""
    from rasid.extract.incidents import family as family_of

    mine = groups_of(event_type, family)
    types = sorted({t for g, ts in rules().type_groups.items() if g in mine for t in ts} | {event_type})
    fams = sorted({family_of(t) for t in types} | {family})
    if any(g.startswith("family:") for g in mine):
        return tuple(fams), ()
    return tuple(fams), tuple(types)


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
            # a place the gazetteer lacks (no coordinates): the same name in the same country is the
            # same place; another in the same governorate may be a village of the town told elsewhere
            if a.place_id is not None and a.place_id == b.place_id:
                return "near"
            if not (a.admin1 and b.admin1):
                return "country"  # a village placed nowhere finer than its country: compared as such
            if a.admin1 != b.admin1:
                return None
            # a quarter the gazetteer lacks and a city of one governorate: the quarter of that city, as
            # with known quarters; an area it lacks and a known quarter are two places of the governorate
            # ("منطقة سبع البور" is no quarter of Baghdad al-Jadida)
            unknown = [x for x in (a, b) if x.lat is None or x.lon is None]
            quarter_of_city = {pa, pb} == {"neighbourhood", "town"} and \
                (len(unknown) == 2 or unknown[0].place_precision == "neighbourhood")
            return "near" if quarter_of_city else "coarse"
        d = km(a.lat, a.lon, b.lat, b.lon)
        if pa == pb == "neighbourhood" and a.place_id != b.place_id:
            # two quarters of one city are two places: one event only when the texts say so
            return "coarse" if d <= rules().max_km else None
        if d <= rules().max_km:
            return "near"
        # up the hierarchy: a camp or quarter and the city it is in (the admin unit's town nearby)
        if {pa, pb} == {"neighbourhood", "town"} and a.admin1 and a.admin1 == b.admin1 and d <= rules().city_km:
            return "near"
        if a.admin1 and a.admin1 == b.admin1 and (place_name(a) == a.admin1 or place_name(b) == b.admin1):
            return "coarse"  # a governorate told by the name of its capital, which bears its name
        return None
    if (pa in FINE or pa in COARSE) and (pb in FINE or pb in COARSE):
        if a.admin1 and b.admin1 and a.admin1 == b.admin1:
            return "coarse"
        if a.lat is not None and a.lon is not None and b.lat is not None and b.lon is not None \
                and km(a.lat, a.lon, b.lat, b.lon) <= rules().max_km:
            return "coarse"
        return None
    return "country"


def place_name(x: MentionLike) -> str | None:
    """The gazetteer's name of the mention's place."""
    if isinstance(x, Row):
        return x.place_name
    return ((x.data or {}).get("place") or {}).get("name") if x.place_id is not None else None


def published(x: MentionLike) -> date | None:
    """The publication day of the mention's report."""
    return x.published if isinstance(x, Row) else x.document.published


def _later(a: MentionLike, b: MentionLike) -> bool:
    """Whether ``a`` was reported after ``b``: published later, or (same or unknown day) dated later."""
    pa, pb = published(a), published(b)
    if pa is not None and pb is not None and pa != pb:
        return pa > pb
    return a.date is not None and b.date is not None and a.date > b.date


def counts_conflict(a: MentionLike, b: MentionLike) -> bool | None:
    """None when a killed figure is missing; False when the figures agree or the higher one comes from
    the later report (a toll that rose); True when they disagree."""
    if a.killed_min is None or b.killed_min is None:
        return None
    r = rules()
    lo, hi = sorted((a.killed_min, b.killed_min))
    if not (hi > r.count_ratio * max(lo, 1) and hi - lo > r.count_gap):
        return False
    higher, lower = (a, b) if a.killed_min > b.killed_min else (b, a)
    return not _later(higher, lower)


def _agree_across_types(a: MentionLike, b: MentionLike) -> bool:
    """Two types of different families (an air strike and shelling, a massacre and a bombing) are one
    event only when they blame no different parties and both give a toll and the tolls agree (or
    rose), or, a toll missing, they name the very same place (a town, not a governorate)."""
    if a.perpetrator and b.perpetrator and a.perpetrator != b.perpetrator:
        return False
    conflict = counts_conflict(a, b)
    if conflict is None:
        return a.place_id is not None and a.place_id == b.place_id and a.place_precision in FINE
    return not conflict


def _nested(a: MentionLike, b: MentionLike) -> bool:
    """Whether one place may be the other told at another precision: the same place, a quarter and its
    city, a town and its district or province, or a place missing."""
    if a.place_id is None or b.place_id is None or a.place_id == b.place_id:
        return True
    if a.country != b.country or not a.admin1 or a.admin1 != b.admin1:
        return False
    pa, pb = a.place_precision, b.place_precision
    if pa in COARSE or pb in COARSE:
        return pa != pb
    if {pa, pb} == {"neighbourhood", "town"} and None not in (a.lat, a.lon, b.lat, b.lon):
        return km(a.lat, a.lon, b.lat, b.lon) <= rules().city_km  # type: ignore[arg-type]
    return False


def restates(a: MentionLike, b: MentionLike) -> bool:
    """Two mentions of one report that may tell one event twice (a retelling at another precision: the
    city in the lead, the quarter further on): types of a group, the same day, nested places, no two
    different tolls and no two different perpetrators. Merging lets such mentions share an incident
    when reports of other outlets join them; on their own they stay apart."""
    if not compatible(a, b) or a.date != b.date or a.date_precision != b.date_precision or not _nested(a, b):
        return False
    if a.killed_min is not None and b.killed_min is not None and a.killed_min != b.killed_min:
        return False
    return not (a.perpetrator and b.perpetrator and a.perpetrator != b.perpetrator)


def pair_score(a: MentionLike, b: MentionLike) -> tuple[float, str] | None:
    """(score, place level) for a candidate pair, None when blocking rules them out."""
    if not compatible(a, b) or a.document_id == b.document_id or not dates_agree(a, b):
        return None
    if a.family != b.family and not _agree_across_types(a, b):
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
    conflict = counts_conflict(a, b)
    if conflict is not None:
        s += w["counts_disagree"] if conflict else w["counts_agree"]
    if a.place_id is not None and a.place_id == b.place_id:
        s += w["same_place"]
    if a.event_type == b.event_type:
        s += w["same_event_type"]
    elif a.family != b.family:
        s += w["other_family"]
    return s, level


def same_event(a: MentionLike, b: MentionLike) -> float | None:
    """The pair's score when it reaches its threshold, else None."""
    sl = pair_score(a, b)
    if sl is None:
        return None
    s, level = sl
    return s if s >= rules().threshold[level] else None
