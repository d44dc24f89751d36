"""Read endpoints: incidents (filtered, paged), one incident with its sources, documents, extraction."""

from __future__ import annotations

import math
from datetime import date
from typing import Annotated, Any, Iterable, Literal

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from pydantic import BaseModel, Field
from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from rasid.serve.api.deps import reader, session
from rasid.serve.cache import cached_json
from rasid.serve.errors import ApiError
from rasid.serve.spans import highlights
from rasid.store.models import INT_MAX, Document, Incident, Mention, ReviewLog
from rasid.store.query import LIST_FIELDS, Filters, parse_bbox, row_json, statement

router = APIRouter(prefix="/api", dependencies=[Depends(reader)])

MAX_PAGE = 10_000  # the page asks for every incident of the current filters at once
Grade = Literal["confirmed", "fair", "contested", "weak"]
Db = Annotated[Session, Depends(session)]
# ids and offsets are bounded by what the database's integer columns hold: a larger number is a 422, not
# an overflow in the driver (a 500)
IncidentId = Annotated[int, Path(ge=1, le=INT_MAX, description="an incident's id")]
DocumentId = Annotated[int, Path(ge=1, le=INT_MAX, description="a document's id")]


def _filters(country: str | None, date_from: date | None, date_to: date | None, actor: str | None,
             event_type: str | None, bbox: str | None, min_grade: str | None, rejected: bool) -> Filters:
    try:
        box = parse_bbox(bbox) if bbox else None
    except ValueError as exc:
        raise ApiError(422, str(exc)) from None
    if date_from and date_to and date_from > date_to:
        raise ApiError(422, f"from {date_from} is after to {date_to}")
    return Filters(country=country or None, date_from=date_from, date_to=date_to, actor=actor or None,
                   event_type=event_type or None, bbox=box, min_grade=min_grade, include_rejected=rejected)


@router.get("/incidents", tags=["incidents"])
def list_incidents(
    s: Db,
    request: Request,
    country: Annotated[str | None, Query(min_length=2, max_length=2, description="ISO 3166 alpha-2")] = None,
    date_from: Annotated[date | None, Query(alias="from", description="first day, YYYY-MM-DD")] = None,
    date_to: Annotated[date | None, Query(alias="to", description="last day, YYYY-MM-DD")] = None,
    actor: Annotated[str | None, Query(description="perpetrator (any source's), case-insensitive part of the name")] = None,
    event_type: Annotated[str | None, Query(alias="type", description="airstrike, shelling, ...")] = None,
    bbox: Annotated[str | None, Query(description="minlon,minlat,maxlon,maxlat")] = None,
    min_grade: Annotated[Grade | None, Query()] = None,
    rejected: Annotated[bool, Query(description="include rejected incidents")] = False,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 100,
    offset: Annotated[int, Query(ge=0, le=INT_MAX)] = 0,
    view: Annotated[Literal["full", "map"], Query(description="map: only what a marker needs (fast)")] = "full",
) -> Response:
    """Incidents matching every filter given, by date; ``total`` counts them all, beyond the page.

    Answers carry an ETag and are kept until the next write to the database (``If-None-Match``: 304).
    """
    f = _filters(country, date_from, date_to, actor, event_type, bbox, min_grade, rejected)

    def build() -> dict[str, Any]:
        q = statement(f)
        # Core, not the ORM: plain rows of columns (a fifth less time a row)
        rows = s.connection().execute(q.with_only_columns(*(MAP_COLUMNS if view == "map" else LIST_COLUMNS))
                                      .offset(offset).limit(limit)).all()
        if 0 < len(rows) < limit or (offset == 0 and not rows):
            total = offset + len(rows)  # the last page: no need to count (the page's map view, most filters)
        else:
            total = s.scalar(select(func.count()).select_from(q.order_by(None).subquery())) or 0
        return {"total": total, "limit": limit, "offset": offset,
                "incidents": _map_json(rows) if view == "map" else [row_json(r) for r in rows]}

    return cached_json(request, s, ("incidents", f, limit, offset, view), build)


# the page asks for every incident at once: plain columns, no ORM objects, a third of the bytes
MAP_COLUMNS = (Incident.id, Incident.event_type, Incident.date_value, Incident.place_name, Incident.country,
               Incident.lat, Incident.lon, Incident.killed_min, Incident.killed_max, Incident.grade)
# a list page: rows of the incident's own columns rather than ORM objects (a third of the time)
LIST_COLUMNS = tuple(getattr(Incident, c) for c in LIST_FIELDS)


def _map_json(rows: Iterable[Any]) -> list[dict[str, Any]]:
    # rows of MAP_COLUMNS, unpacked by position (reading them by name took seven times as long)
    return [{"id": id_, "event_type": et, "date": {"value": dv} if dv else None,
             "place": {"name": name, "country": cc, "lat": lat, "lon": lon},
             "killed": {"min": kmin, "max": kmax}, "grade": grade}
            for id_, et, dv, name, cc, lat, lon, kmin, kmax, grade in rows]


@router.get("/facets", tags=["incidents"])
def facets(s: Db, request: Request) -> Response:
    """Values to filter on, with counts: countries, event types, perpetrators, grades.

    Counted once after each write to the database, then answered from memory (with an ETag).
    """
    live = Incident.rejected.is_(False)

    def counts(col: Any) -> list[dict[str, Any]]:
        q = select(col, func.count()).where(live, col.is_not(None)).group_by(col).order_by(func.count().desc(), col)
        return [{"value": v, "count": n} for v, n in s.execute(q)]

    return cached_json(request, s, ("facets",), lambda: {
        "countries": counts(Incident.country), "types": counts(Incident.event_type),
        "actors": counts(Incident.perpetrator), "grades": counts(Incident.grade)})


def _review_log(s: Session, incident_id: int) -> list[dict[str, Any]]:
    q = (select(ReviewLog.at, ReviewLog.who, ReviewLog.action, ReviewLog.why, ReviewLog.detail)
         .where(ReviewLog.incident_id == incident_id).order_by(ReviewLog.id))
    return [{"at": at.isoformat(), "who": who, "action": action, "why": why, "detail": detail}
            for at, who, action, why, detail in s.connection().execute(q)]


# an incident's mentions with their documents, in one query of plain columns (no ORM objects)
SOURCE_COLUMNS = (Mention.id, Mention.document_id, Mention.link, Mention.data, Document.ext_id, Document.source,
                  Document.url, Document.published, Document.lang, Document.text)


@router.get("/incidents/{incident_id}", tags=["incidents"])
def get_incident(incident_id: IncidentId, s: Db) -> dict[str, Any]:
    """One incident with its mentions (each with its spans and highlights), its sources' texts and review log."""
    db = s.connection()
    row = db.execute(select(*LIST_COLUMNS).where(Incident.id == incident_id)).first()
    if row is None:
        raise ApiError(404, f"no incident {incident_id}")
    d = row_json(row)
    mentions: list[dict[str, Any]] = []
    docs: dict[int, dict[str, Any]] = {}
    q = (select(*SOURCE_COLUMNS).join(Document, Mention.document_id == Document.id)
         .where(Mention.incident_id == incident_id).order_by(Mention.id))
    for mid, doc_id, link, data, ext_id, source, url, published, lang, text in db.execute(q):
        day = published.isoformat() if published else None
        mentions.append({"id": mid, "document": doc_id, "source": source, "url": url, "published": day, "lang": lang,
                         "link": link, **data, "highlights": highlights(data, text)})
        if doc_id not in docs:
            docs[doc_id] = {"id": doc_id, "ext_id": ext_id, "source": source, "url": url, "published": day,
                            "lang": lang, "dir": "rtl" if lang == "ar" else "ltr", "text": text}
    d["mentions"] = mentions
    d["documents"] = list(docs.values())  # "sources" is the count
    d["review_log"] = _review_log(s, incident_id)
    return d


def _doc_json(doc: Document) -> dict[str, Any]:
    return {"id": doc.id, "ext_id": doc.ext_id, "source": doc.source, "url": doc.url,
            "published": doc.published.isoformat() if doc.published else None, "lang": doc.lang,
            "dir": "rtl" if doc.lang == "ar" else "ltr", "text": doc.text}


@router.get("/documents/{document_id}", tags=["documents"])
def get_document(document_id: DocumentId, s: Db) -> dict[str, Any]:
    """A stored document's text, and every field's words of every incident found in it."""
    doc = s.scalar(select(Document).where(Document.id == document_id).options(selectinload(Document.mentions)))
    if doc is None:
        raise ApiError(404, f"no document {document_id}")
    d = _doc_json(doc)
    d["mentions"] = [{"id": m.id, "idx": m.idx, "incident": m.incident_id, "event_type": m.event_type}
                     for m in doc.mentions]
    d["highlights"] = [{**h, "mention": m.id, "incident": m.incident_id}
                       for m in doc.mentions for h in highlights(m.data, doc.text)]
    return d


class ExtractIn(BaseModel):
    text: str = Field(min_length=1, description="the report's text")
    published: date | None = Field(None, description="publication day: anchors 'yesterday', 'أمس'")
    lang: Literal["ar", "en"] | None = None
    id: str | None = Field(None, max_length=255)


def check_size(request: Request, text: str) -> None:
    """Raises ApiError 413 when the text is larger than the app's limit (bytes of UTF-8)."""
    limit: int = request.app.state.settings.max_extract_bytes
    n = len(text.encode("utf-8"))
    if n > limit:
        raise ApiError(413, f"text is {n} bytes; the limit is {limit}")


def extract_limit(request: Request) -> None:
    """Raises ApiError 429 (with Retry-After) when this client has used up its extractions for now."""
    limiter = request.app.state.extract_limiter
    if limiter is None:
        return
    wait = limiter.acquire(request.client.host if request.client else "")
    if wait > 0:
        retry = max(1, math.ceil(wait))
        raise ApiError(429, f"too many extractions from this client (at most {limiter.per_minute} a minute); "
                            f"try again in {retry} s", headers={"Retry-After": str(retry)})


@router.post("/extract", tags=["extract"], dependencies=[Depends(extract_limit)],
             responses={429: {"description": "this client's extraction limit is used up (see Retry-After)"}})
def extract(body: ExtractIn, request: Request) -> dict[str, Any]:
    """Contract JSON (CONTRACT.md) for one text, nothing stored; ``highlights`` lists every field's words.

    Each client may call it ``rasid serve --extract-limit`` times a minute (default 30); then 429.
    """
    from rasid.model import Document as Doc
    from rasid.model import Rejection
    from rasid.pipeline import extract_document

    check_size(request, body.text)
    res = extract_document(Doc(text=body.text, id=body.id, published=body.published, lang=body.lang, origin="api"))
    if isinstance(res, Rejection):
        raise ApiError(422, res.reason, code="extraction_failed")
    out = res.to_json()
    out["highlights"] = [{**h, "incident": i} for i, inc in enumerate(out["incidents"])
                         for h in highlights(inc, body.text)]
    return out
