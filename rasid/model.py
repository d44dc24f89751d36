"""The data model: documents in, incidents out (frozen dataclasses)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any


@dataclass(frozen=True)
class Document:
    """One report: its text as decoded, and what is known about it.

    ``origin`` names where it came from (``file.txt``, ``batch.jsonl:12``) for messages.
    """

    text: str
    id: str | None = None
    published: date | None = None
    lang: str | None = None
    url: str | None = None
    source: str | None = None
    origin: str = "<text>"
    encoding: str | None = None


@dataclass(frozen=True)
class Rejection:
    """A document (or input) that could not be processed, and why."""

    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass(frozen=True)
class Span:
    """Words of the raw text: ``text[start:end] == words``."""

    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True)
class Count:
    min: int | None = None
    max: int | None = None
    span: Span | None = None
    approximate: bool = False

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"min": self.min, "max": self.max}
        if self.span is not None:
            d.update(self.span.to_json())
        if self.approximate:
            d["approximate"] = True
        return d


@dataclass(frozen=True)
class ActorRef:
    name: str
    span: Span
    registry: bool = True

    def to_json(self) -> dict[str, Any]:
        d = {"name": self.name, **self.span.to_json()}
        if not self.registry:
            d["registry"] = False
        return d


PRECISION_OF_PARTS = {1: "year", 2: "month", 3: "day"}


def date_value_start(value: str) -> tuple[date, str]:
    """The first day and the precision of a contract date value: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.

    Raises:
        ValueError: not such a value.
    """
    parts = value.split("-")
    if len(parts) not in PRECISION_OF_PARTS:
        raise ValueError(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return date.fromisoformat(value + "-01" * (3 - len(parts))), PRECISION_OF_PARTS[len(parts)]


@dataclass(frozen=True)
class DateRef:
    value: str | None
    precision: str | None
    span: Span

    def to_json(self) -> dict[str, Any]:
        return {"value": self.value, "precision": self.precision, **self.span.to_json()}


@dataclass(frozen=True)
class PlaceRef:
    span: Span
    name: str
    admin1: str | None
    country: str | None
    lat: float | None
    lon: float | None
    precision: str
    gazetteer_id: str | None
    # a place the gazetteer lacks: the known place the text puts it in ("قرية المعزوب شمال مدينة قعطبة"),
    # as {"name", "gazetteer_id", "precision", "lat", "lon"}: where a map may show it, approximately
    within: dict[str, Any] | None = None

    def to_json(self) -> dict[str, Any]:
        out = {
            **self.span.to_json(), "name": self.name, "admin1": self.admin1, "country": self.country,
            "lat": self.lat, "lon": self.lon, "precision": self.precision, "gazetteer_id": self.gazetteer_id,
        }
        if self.within is not None:
            out["within"] = self.within
        return out


@dataclass(frozen=True)
class Incident:
    """One extracted incident, every fact with the words it came from (CONTRACT.md section 2)."""

    event_type: str
    acled: tuple[str, str]
    evidence: Span
    date: DateRef | None = None
    place: PlaceRef | None = None
    perpetrator: ActorRef | None = None
    victims: str = "unknown"
    killed: Count = field(default_factory=Count)
    injured: Count = field(default_factory=Count)
    killed_or_injured: Count | None = None
    claimed_by: tuple[ActorRef, ...] = ()
    confidence: float = 0.5

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "event_type": self.event_type,
            "acled": {"event_type": self.acled[0], "sub_event_type": self.acled[1]},
            "date": self.date.to_json() if self.date else None,
            "place": self.place.to_json() if self.place else None,
            "perpetrator": self.perpetrator.to_json() if self.perpetrator else None,
            "victims": self.victims,
            "killed": self.killed.to_json(),
            "injured": self.injured.to_json(),
            "claimed_by": [c.to_json() for c in self.claimed_by],
            "evidence": self.evidence.to_json(),
            "confidence": round(self.confidence, 2),
        }
        if self.killed_or_injured is not None:
            d["killed_or_injured"] = self.killed_or_injured.to_json()
        return d


@dataclass(frozen=True)
class Result:
    """What extraction returns for one document."""

    document: Document
    lang: str
    incidents: tuple[Incident, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.document.id,
            "lang": self.lang,
            "published": self.document.published.isoformat() if self.document.published else None,
            "incidents": [i.to_json() for i in self.incidents],
        }
