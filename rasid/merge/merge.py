"""Merging mentions into incidents: incrementally as reports arrive, or all at once.

The grouping is the connected components of the "same event" relation (rules.py) between mentions
of different documents, so it is a function of the set of mentions, not of the order they came in;
two limits keep it a record a person can trust:
- two mentions of one document are never merged (the extractor already told them apart), unless
  they restate one event (rules.restates: nested places, the same day, no two tolls) and other
  reports join them;
- a person's ruling wins: mentions split apart by a reviewer are never merged again automatically,
  and mentions a reviewer placed stay where they were placed.
When a new mention would join incidents that these limits keep apart, it joins the one it scores
best with.

:func:`attach` (one new mention, database queries for its candidates) is what ingest uses;
:func:`cluster` (many mentions in memory, indexed by day and place) is what ``rasid incidents
rebuild`` and the benchmark use. Both decide with the same :func:`rasid.merge.rules.same_event`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from datetime import date, timedelta
from functools import lru_cache
from typing import Any, Iterable, Sequence

from sqlalchemy import and_, bindparam, or_, select
from sqlalchemy.orm import Session, selectinload

from rasid.merge.aggregate import recompute
from rasid.merge.rules import (
    COARSE,
    FINE,
    MENTION_FIELDS,
    Row,
    groups_of,
    partner_types,
    period_end,
    restates,
    rules,
    same_event,
)
from rasid.store.models import Document, Incident, Mention, Place, ReviewConstraint


def _window(m: Mention) -> tuple[date, date]:
    r = rules()
    assert m.date is not None
    tol = r.day_window + r.published_extra_days
    return m.date - timedelta(days=tol), period_end(m.date, m.date_precision) + timedelta(days=tol)


_COLS = [getattr(Mention, f) for f in MENTION_FIELDS] + [Document.published, Place.name]  # a Row, in order


def _rows_from(q: Any) -> Any:
    """A select of ``_COLS`` joined with what they read beyond the mentions."""
    return q.join(Document, Document.id == Mention.document_id).outerjoin(Place, Place.id == Mention.place_id)


@lru_cache(maxsize=16)
def _candidate_stmt(place: str, country: bool, typed: bool) -> Any:
    """The blocking query for one kind of place (``fine``, ``coarse``, ``weak``), built once.

    Built with bound parameters and kept: building the expression took about as long as running it.
    ``typed``: the event types that may be compared are listed (``types``), else any of ``families``.
    """
    p = bindparam
    q = _rows_from(select(*_COLS, Mention.incident_id)).where(
        Mention.family.in_(p("families", expanding=True)),
        Mention.document_id != p("document_id"),
        Mention.incident_id.is_not(None),
        or_(
            and_(Mention.date >= p("lo"), Mention.date <= p("hi")),
            # a month or year value starts before the window but may cover it
            and_(Mention.date_precision.in_(("month", "year")), Mention.date >= p("lo_year"),
                 Mention.date <= p("hi")),
        ),
    )
    if typed:
        q = q.where(Mention.event_type.in_(p("types", expanding=True)))
    if not country:
        return q
    q = q.where(or_(Mention.country == p("country"), Mention.country.is_(None)))
    # the same places cluster() looks at: towns nearby, the admin unit, and mentions placed no finer
    # than the country; so the cost of a new report does not grow with the country's whole archive
    weak = or_(Mention.place_precision.is_(None), Mention.place_precision.not_in(FINE + COARSE),
               Mention.admin1.is_(None), Mention.country.is_(None))
    if place == "fine":
        near = and_(Mention.place_precision.in_(FINE), Mention.lat.between(p("lat0"), p("lat1")),
                    Mention.lon.between(p("lon0"), p("lon1")))
        # places of its admin unit: districts and provinces, and a neighbourhood's city (or a city's quarters)
        q = q.where(or_(near, Mention.admin1 == p("admin1"), weak))
    elif place == "coarse":
        q = q.where(or_(Mention.admin1 == p("admin1"), weak))
    return q


def candidates(session: Session, m: Mention) -> list[tuple[Row, int]]:
    """Mentions of other documents that blocking lets ``m`` be compared with, and their incidents.

    Only the columns merging reads are fetched (no ORM objects): this query runs once per new mention.
    """
    if m.date is None:
        return []
    lo, hi = _window(m)
    place = _kind(Row.of(m))
    families, types = partner_types(m.event_type, m.family)
    params: dict[str, Any] = {"families": list(families), "document_id": m.document_id, "lo": lo, "hi": hi,
                              "lo_year": lo - timedelta(days=366), "country": m.country, "admin1": m.admin1}
    if types:
        params["types"] = list(types)
    if place == "fine":
        d = 2 * CELL
        params.update(lat0=m.lat - d, lat1=m.lat + d, lon0=m.lon - d, lon1=m.lon + d)  # type: ignore[operator]
    stmt = _candidate_stmt(place, m.country is not None, bool(types))
    return [(Row(*rec[:-1]), rec[-1]) for rec in session.execute(stmt, params)]


def _apart(session: Session, ids_a: set[int], ids_b: set[int]) -> bool:
    """True when a reviewer ruled some mention of ``ids_a`` apart from some mention of ``ids_b``."""
    if not ids_a or not ids_b:
        return False
    rows = session.scalars(select(ReviewConstraint).where(
        ReviewConstraint.kind == "apart",
        or_(and_(ReviewConstraint.mention_a.in_(ids_a), ReviewConstraint.mention_b.in_(ids_b)),
            and_(ReviewConstraint.mention_a.in_(ids_b), ReviewConstraint.mention_b.in_(ids_a))),
    )).first()
    return rows is not None


def attach(session: Session, m: Mention) -> Incident:
    """Put a new (flushed) mention into an incident; return the incident.

    The mention's candidates' incidents and the mention are grouped afresh with :func:`cluster`
    (strongest links first), so the result is the same whichever report arrived first.
    """
    touched: set[int] = set()
    with session.no_autoflush:  # it reads other documents' mentions: nothing pending here concerns it
        found = candidates(session, m)
    for c, incident_id in found:
        if same_event(m, c) is not None:
            touched.add(incident_id)
    if not touched:  # a new incident, written with the document's other rows at the next flush
        inc = Incident(event_type=m.event_type, family=m.family)
        session.add(inc)
        m.incident = inc
        recompute(inc, [m])
        return inc
    members = list(session.scalars(select(Mention).where(Mention.incident_id.in_(touched))
                                   .options(selectinload(Mention.document))))
    regroup(session, members + [m])
    assert m.incident is not None
    return m.incident


def _absorb(target: Incident, other: Incident) -> None:
    """Carry a merged-away incident's human decisions over."""
    merged = dict(other.overrides or {})
    merged.update(target.overrides or {})
    target.overrides = merged
    target.reviewed = target.reviewed or other.reviewed
    target.rejected = target.rejected or other.rejected
    target.reject_why = target.reject_why or other.reject_why


# --- all at once, in memory -------------------------------------------------------------------------

class _UnionFind:
    def __init__(self, ids: Iterable[int]) -> None:
        self.parent = {i: i for i in ids}

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x


CELL = 0.15  # degrees (about 16 km): towns within max_km fall in the same or a neighbouring cell


def _kind(x: Row) -> str:
    """How a mention is indexed: ``fine`` (a town's coordinates), ``coarse`` (an admin unit), ``weak``."""
    if x.place_precision in FINE and x.lat is not None and x.lon is not None:
        return "fine"
    if x.place_precision in COARSE and x.admin1:
        return "coarse"
    return "weak"


class _DayIndex:
    """Rows under keys, each key's rows sorted by day, for the rows of a key within a span of days."""

    def __init__(self) -> None:
        self._rows: dict[tuple[object, ...], list[tuple[int, int, Row]]] = defaultdict(list)
        self._days: dict[tuple[object, ...], list[int]] = {}

    def add(self, key: tuple[object, ...], day: int, row: Row) -> None:
        self._rows[key].append((day, row.id, row))

    def freeze(self) -> None:
        for v in self._rows.values():
            v.sort(key=lambda t: (t[0], t[1]))
        self._days = {k: [t[0] for t in v] for k, v in self._rows.items()}

    def window(self, key: tuple[object, ...], lo: int, hi: int) -> list[tuple[int, int, Row]]:
        days = self._days.get(key)
        if not days:
            return []
        return self._rows[key][bisect_left(days, lo):bisect_right(days, hi)]


def cluster(rows: Sequence[Row], apart: Iterable[tuple[int, int]] = (), must: Iterable[Iterable[int]] = (),
            ) -> list[list[int]]:
    """Group mentions into incidents; returns lists of mention ids, each sorted, sorted by first id.

    Candidates come from indexes kept sorted by day: towns by grid cell (a town meets the towns of its
    own and the eight neighbouring cells), admin units by (country, admin1), mentions with only a
    country or no place by country. A mention is compared with the mentions of nearby places within
    the date window, found by bisection, so the cost grows with n times the local density (n log n
    when the archive grows in time), not n². Mentions dated only to a month or a year have indexes of
    their own, searched over their period. Edges are taken strongest first, which makes the result
    independent of the input order.
    """
    tol = rules().day_window + rules().published_extra_days
    kinds: dict[int, str] = {}
    span: dict[int, tuple[int, int]] = {}
    day_ix, period_ix = _DayIndex(), _DayIndex()  # day-dated rows; month- or year-dated rows
    for x in rows:
        if x.date is None:
            continue
        k = kinds[x.id] = _kind(x)
        start, end = x.date.toordinal(), period_end(x.date, x.date_precision).toordinal()
        span[x.id] = (start, end)
        ix = period_ix if x.date_precision in ("month", "year") else day_ix
        for f in groups_of(x.event_type, x.family):  # under each type group it may be compared in
            if k == "fine":
                ix.add((f, "cell", int(x.lat // CELL), int(x.lon // CELL)), start, x)  # type: ignore[operator]
                ix.add((f, x.place_precision, x.country, x.admin1), start, x)  # a city's quarters, a quarter's city
            if k == "coarse":
                ix.add((f, "coarse", x.country, x.admin1), start, x)
            if k in ("fine", "coarse"):
                ix.add((f, "unit", x.country, x.admin1), start, x)
            if x.country is None:
                ix.add((f, "nocountry"), start, x)
            else:
                ix.add((f, "country", x.country), start, x)
                if k == "weak":
                    ix.add((f, "weak", x.country), start, x)
            ix.add((f, "all"), start, x)
    day_ix.freeze()
    period_ix.freeze()

    def keys(x: Row) -> list[tuple[object, ...]]:
        k = kinds[x.id]
        out: list[tuple[object, ...]] = []
        for f in sorted(groups_of(x.event_type, x.family)):
            if x.country is None:
                out.append((f, "all"))
                continue
            out += [(f, "weak", x.country), (f, "nocountry")]
            if k == "fine":
                ci, cj = int(x.lat // CELL), int(x.lon // CELL)  # type: ignore[operator]
                out += [(f, "cell", ci + di, cj + dj) for di in (-1, 0, 1) for dj in (-1, 0, 1)]
                out.append((f, "unit", x.country, x.admin1))  # its admin unit's places
            elif k == "coarse":
                out.append((f, "unit", x.country, x.admin1))
            else:
                out.append((f, "country", x.country))
        return out

    edges: list[tuple[float, int, int]] = []
    for x in rows:
        if x.id not in span:
            continue
        start, end = span[x.id]
        coarse_x = x.date_precision in ("month", "year")
        seen: set[int] = set()
        for key in keys(x):
            # day-dated partners of a day-dated x, each pair once (a coarse x is met from their side)
            for _d, yid, y in ([] if coarse_x else day_ix.window(key, start - tol, end + tol)):
                if yid not in seen and yid > x.id:
                    seen.add(yid)
                    sc = same_event(x, y)
                    if sc is not None:
                        edges.append((sc, min(x.id, yid), max(x.id, yid)))
            # month- or year-dated partners (their period starts up to a year before): from day-dated x,
            # and between two coarse ones once
            for _d, yid, y in period_ix.window(key, start - tol - 366, end + tol):
                if yid not in seen and yid != x.id and (not coarse_x or yid > x.id):
                    seen.add(yid)
                    sc = same_event(x, y)
                    if sc is not None:
                        edges.append((sc, min(x.id, yid), max(x.id, yid)))

    uf = _UnionFind(x.id for x in rows)
    members: dict[int, set[int]] = {x.id: {x.id} for x in rows}
    docs: dict[int, set[int]] = {x.id: {x.document_id} for x in rows}
    apart = set(apart)
    by_id = {x.id: x for x in rows}

    def disjoint(ra: int, rb: int) -> bool:
        """No report in both groups, except a report whose mentions on the two sides restate one event."""
        shared = docs[ra] & docs[rb]
        if not shared:
            return True
        side_a = [by_id[i] for i in members[ra] if by_id[i].document_id in shared]
        side_b = [by_id[i] for i in members[rb] if by_id[i].document_id in shared]
        return all(restates(p, q) for p in side_a for q in side_b if p.document_id == q.document_id)

    def join(ra: int, rb: int) -> None:
        if len(members[ra]) < len(members[rb]):
            ra, rb = rb, ra
        uf.parent[rb] = ra
        members[ra] |= members.pop(rb)
        docs[ra] |= docs.pop(rb)

    for group in must:  # a reviewer's placements first
        ids = [i for i in group if i in uf.parent]
        for i in ids[1:]:
            ra, rb = uf.find(ids[0]), uf.find(i)
            if ra != rb:
                join(ra, rb)
    for _s, a, b in sorted(edges, key=lambda e: (-e[0], e[1], e[2])):
        ra, rb = uf.find(a), uf.find(b)
        if ra == rb or not disjoint(ra, rb):
            continue
        if apart and any((p, q) in apart or (q, p) in apart for p in members[ra] for q in members[rb]):
            continue
        join(ra, rb)
    return sorted((sorted(v) for v in members.values()), key=lambda g: g[0])


def _kept_incidents(groups: list[list[int]], current: dict[int, int | None],
                    ) -> tuple[list[int | None], dict[int, list[int]]]:
    """Which stored incident each new group keeps: the lowest id among its mentions' incidents not
    kept by an earlier group (None: a new incident); and, for each kept one, the other incidents of
    its mentions, whose human decisions it takes over."""
    taken: set[int] = set()
    kept: list[int | None] = []
    joined: dict[int, list[int]] = {}
    for g in groups:
        olds = sorted({c for i in g if (c := current[i]) is not None and c not in taken})
        kept.append(olds[0] if olds else None)
        if olds:
            taken.add(olds[0])
            if len(olds) > 1:
                joined[olds[0]] = olds[1:]
    return kept, joined


def rebuild(session: Session, *, batch: int = 500) -> tuple[int, int]:
    """Merge every stored mention afresh (deterministic); keeps reviewers' placements, splits and edits.

    Reads only the columns merging needs (not the ORM objects, not the texts), writes back only the
    mentions whose incident changed, and recomputes only the incidents whose mentions changed, in
    batches: memory grows with the mentions' vectors (about 1 KB each), not with the documents.
    Returns (mentions, incidents).
    """
    from sqlalchemy import delete, insert, update

    rows: list[Row] = []
    current: dict[int, int | None] = {}
    placed: dict[int, list[int]] = defaultdict(list)
    for rec in session.execute(_rows_from(select(*_COLS, Mention.incident_id, Mention.link))):
        r = Row(*rec[:-2])
        rows.append(r)
        current[r.id] = rec[-2]
        if rec[-1] == "review" and rec[-2] is not None:
            placed[rec[-2]].append(r.id)
    apart = [(a, b) for a, b in session.execute(select(ReviewConstraint.mention_a, ReviewConstraint.mention_b)
                                                 .where(ReviewConstraint.kind == "apart"))]
    groups = cluster(rows, apart, placed.values())
    del rows
    kept, joined = _kept_incidents(groups, current)
    assign: dict[int, int] = {i: k for g, k in zip(groups, kept, strict=True) if k is not None for i in g}
    fresh = [g for g, k in zip(groups, kept, strict=True) if k is None]
    if fresh:  # placeholders, inserted in one statement; recompute fills them in below
        ids = session.scalars(insert(Incident).returning(Incident.id, sort_by_parameter_order=True),
                              [{"event_type": "other", "family": "other"} for _ in fresh]).all()
        for g, inc_id in zip(fresh, ids, strict=True):
            for i in g:
                assign[i] = inc_id
    changed = [(i, v) for i, v in assign.items() if current[i] != v]
    dirty: set[int] = {v for _, v in changed} | {c for i, _ in changed if (c := current[i]) is not None}
    for k in range(0, len(changed), 5000):
        session.execute(update(Mention), [{"id": i, "incident_id": v} for i, v in changed[k:k + 5000]])
    for target, others in joined.items():
        inc = session.get(Incident, target)
        for o in others:
            other = session.get(Incident, o)
            if inc is not None and other is not None:
                _absorb(inc, other)
    session.flush()
    gone = {c for c in current.values() if c is not None} - set(assign.values())
    if gone:
        session.execute(delete(Incident).where(Incident.id.in_(sorted(gone))))
    todo = sorted(dirty - gone)
    for k in range(0, len(todo), batch):
        chunk = todo[k:k + batch]
        incs = session.scalars(select(Incident).where(Incident.id.in_(chunk))
                               .options(selectinload(Incident.mentions).selectinload(Mention.document))).all()
        for inc in incs:
            recompute(inc, list(inc.mentions))
        session.flush()
        session.expunge_all()
    return len(current), len(groups)


def regroup(session: Session, ms: list[Mention]) -> int:
    """Group ``ms`` with :func:`cluster` and store the grouping, reusing their incidents' ids and decisions.

    ``ms`` must hold every mention of the incidents involved. Returns the number of groups.
    """
    by_id = {m.id: m for m in ms}
    ids = set(by_id)
    apart = [(c.mention_a, c.mention_b) for c in session.scalars(
        select(ReviewConstraint).where(ReviewConstraint.kind == "apart", ReviewConstraint.mention_a.in_(ids)))]
    placed: dict[int, list[int]] = defaultdict(list)
    for m in ms:
        if m.link == "review" and m.incident_id is not None:
            placed[m.incident_id].append(m.id)
    groups = cluster([Row.of(m) for m in ms], apart, placed.values())
    kept, joined = _kept_incidents(groups, {m.id: m.incident_id for m in ms})
    old_ids = sorted({m.incident_id for m in ms if m.incident_id is not None})
    old = {i.id: i for i in session.scalars(select(Incident).where(Incident.id.in_(old_ids)))} if old_ids else {}
    keep: list[tuple[Incident, list[Mention]]] = []
    for g, k in zip(groups, kept, strict=True):
        members = [by_id[i] for i in g]
        if k is not None:
            inc = old[k]
            for other in joined.get(k, ()):
                _absorb(inc, old[other])
        else:
            inc = Incident(event_type=members[0].event_type, family=members[0].family)
            session.add(inc)
        keep.append((inc, members))
    taken = {k for k in kept if k is not None}
    for inc, members in keep:
        for m in members:
            m.incident = inc
    session.flush()
    for iid, inc in old.items():
        if iid not in taken:
            session.delete(inc)
    for inc, members in keep:
        recompute(inc, members)
    session.flush()
    return len(keep)
