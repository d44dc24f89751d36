"""Write endpoints (a token needed): ingest a document; review an incident (merge, split, edit, reject).

The reviewer's name in the review log is the token's name, never a name the request claims.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from rasid.errors import UsageError
from rasid.serve.api.deps import writer
from rasid.serve.api.read import IncidentId, check_size, get_incident
from rasid.serve.errors import ApiError
from rasid.store.models import INT_MAX, Document, Incident

router = APIRouter(prefix="/api")
Who = Annotated[str, Depends(writer)]


@router.get("/whoami", tags=["review"])
def whoami(who: Who) -> dict[str, str]:
    """The reviewer's name of the token sent (401 without a valid token): the page's sign-in check."""
    return {"name": who}


class DocumentIn(BaseModel):
    text: str = Field(min_length=1)
    id: str | None = Field(None, max_length=255, description="the document's own id")
    published: date | None = None
    lang: Literal["ar", "en"] | None = None
    url: str | None = None
    source: str | None = Field(None, max_length=255, description="outlet")


def _factory(request: Request) -> sessionmaker[Session]:
    return request.app.state.factory  # type: ignore[no-any-return]


def _incidents_of(s: Session, document_id: int) -> list[int | None]:
    doc = s.get(Document, document_id)
    return [m.incident_id for m in doc.mentions] if doc is not None else []


@router.post("/documents", tags=["documents"], status_code=201)
def add_document(body: DocumentIn, request: Request, who: Who) -> Any:
    """Extract one document and store it, merged into incidents; a text already stored is not stored twice."""
    from rasid.model import Document as Doc
    from rasid.model import Rejection
    from rasid.pipeline import extract_document
    from rasid.store.ingest import content_hash, record_failure, store_result

    check_size(request, body.text)
    factory = _factory(request)
    origin = f"api ({who})"
    res = extract_document(Doc(text=body.text, id=body.id, published=body.published, lang=body.lang, url=body.url,
                               source=body.source, origin=origin))
    if isinstance(res, Rejection):
        record_failure(factory, origin, res.reason)
        raise ApiError(422, res.reason, code="extraction_failed")
    try:
        with factory.begin() as s:
            stored = store_result(s, res)
            new_id = stored.id if stored is not None else None
    except IntegrityError:  # another request stored the same text meanwhile
        new_id = None
    with factory() as s:
        if new_id is None:
            known = s.scalar(select(Document.id).where(Document.content_hash == content_hash(body.text)))
            return JSONResponse({"document": known, "duplicate": True, "incidents": _incidents_of(s, known or 0)})
        return {"document": new_id, "duplicate": False, "incidents": _incidents_of(s, new_id)}


class MergeIn(BaseModel):
    other: int = Field(ge=1, le=INT_MAX, description="the incident merged into this one (it disappears)")
    why: str | None = None


class SplitIn(BaseModel):
    mentions: list[Annotated[int, Field(ge=1, le=INT_MAX)]] = Field(min_length=1, description="mention ids that leave for a new incident")
    why: str | None = None


class EditIn(BaseModel):
    field: str
    value: str | None = Field(description="the new value as text; null clears it")
    why: str | None = None


class RejectIn(BaseModel):
    why: str = Field(min_length=1)


def _review(request: Request, incident_id: int, action: Literal["merge", "split", "edit", "reject"], who: str,
            body: Any) -> dict[str, Any]:
    from rasid.store import review

    factory = _factory(request)
    new_id: int | None = None
    with factory.begin() as s:
        if s.get(Incident, incident_id) is None:
            raise ApiError(404, f"no incident {incident_id}")
        try:
            if action == "merge":
                if s.get(Incident, body.other) is None:
                    raise ApiError(404, f"no incident {body.other}")
                review.merge(s, incident_id, body.other, who=who, why=body.why)
            elif action == "split":
                new = review.split(s, incident_id, body.mentions, who=who, why=body.why)
                new_id = new.id
            elif action == "edit":
                review.edit(s, incident_id, body.field, "null" if body.value is None else body.value, who=who,
                            why=body.why)
            else:
                review.reject(s, incident_id, who=who, why=body.why)
        except UsageError as exc:
            raise ApiError(400, str(exc)) from None
    with factory() as s:
        out = get_incident(incident_id, s)
    if action == "split":
        out["new_incident"] = new_id
    return out


@router.post("/incidents/{incident_id}/merge", tags=["review"])
def merge(incident_id: IncidentId, body: MergeIn, request: Request, who: Who) -> dict[str, Any]:
    """Merge incident ``other`` into this one (a person's decision: automatic merging keeps it)."""
    return _review(request, incident_id, "merge", who, body)


@router.post("/incidents/{incident_id}/split", tags=["review"])
def split(incident_id: IncidentId, body: SplitIn, request: Request, who: Who) -> dict[str, Any]:
    """Move the named mentions to a new incident (``new_incident``); they are never merged back automatically."""
    return _review(request, incident_id, "split", who, body)


@router.post("/incidents/{incident_id}/edit", tags=["review"])
def edit(incident_id: IncidentId, body: EditIn, request: Request, who: Who) -> dict[str, Any]:
    """Set a field (event_type, date_value, place_name, perpetrator, killed_min, grade, ...); kept after merges."""
    return _review(request, incident_id, "edit", who, body)


@router.post("/incidents/{incident_id}/reject", tags=["review"])
def reject(incident_id: IncidentId, body: RejectIn, request: Request, who: Who) -> dict[str, Any]:
    """Mark as not an incident, with the reason; new reports of it still attach to it."""
    return _review(request, incident_id, "reject", who, body)
