"""The incident database: SQLAlchemy 2 models (SQLite by default, PostgreSQL by URL).

    documents ─┬─< mentions >── incidents      one mention = one incident extracted from one document
               │       │    └── places, actors  (normalised lookups, filled as mentions arrive)
    failures   │       └── every field with its words: ``data`` keeps the contract JSON of the mention
    review_log, review_constraints              human decisions, kept and respected by later merges
    changes                                     a count of writes to incidents and mentions (triggers): cache keys

The schema is created and upgraded by Alembic (``rasid db upgrade``; ``rasid/store/migrations``).
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# the largest value an Integer column holds everywhere (PostgreSQL integer; SQLite holds 2**63-1): ids, counts,
# offsets and figures above it are refused at the edge rather than overflowing in the driver
INT_MAX = 2**31 - 1


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    type_annotation_map = {dict[str, Any]: JSON, list[Any]: JSON}


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)  # sha256 of the text: ingest is idempotent
    ext_id: Mapped[str | None] = mapped_column(String(255))  # the document's own id, when it had one
    source: Mapped[str | None] = mapped_column(String(255))  # outlet
    url: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date)
    lang: Mapped[str | None] = mapped_column(String(8))
    origin: Mapped[str | None] = mapped_column(Text)  # file (and line) it was read from
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    mentions: Mapped[list[Mention]] = relationship(back_populates="document", cascade="all, delete-orphan",
                                                   order_by="Mention.idx")


class Failure(Base):
    """A document that could not be read or extracted, with its reason (one row per attempt)."""

    __tablename__ = "failures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    origin: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Place(Base):
    __tablename__ = "places"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    gazetteer_id: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    admin1: Mapped[str | None] = mapped_column(String(255))
    country: Mapped[str | None] = mapped_column(String(2))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    precision: Mapped[str] = mapped_column(String(16))


class Actor(Base):
    __tablename__ = "actors"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(255), unique=True)
    in_registry: Mapped[bool] = mapped_column(Boolean, default=True)  # False: the text's own words, not in the registry


class Incident(Base):
    """One real-world event, merged from the mentions of every report of it."""

    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_type: Mapped[str] = mapped_column(String(32))
    family: Mapped[str] = mapped_column(String(32))
    acled_event_type: Mapped[str | None] = mapped_column(String(64))
    acled_sub_event_type: Mapped[str | None] = mapped_column(String(64))
    date: Mapped[date | None] = mapped_column(Date)  # first day of the period for month/year precision
    date_value: Mapped[str | None] = mapped_column(String(10))  # as the contract writes it: YYYY[-MM[-DD]]
    date_precision: Mapped[str | None] = mapped_column(String(8))
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id"))
    place_name: Mapped[str | None] = mapped_column(String(255))
    admin1: Mapped[str | None] = mapped_column(String(255))
    country: Mapped[str | None] = mapped_column(String(2))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    place_precision: Mapped[str | None] = mapped_column(String(16))
    perpetrator: Mapped[str | None] = mapped_column(String(255))
    perpetrators: Mapped[list[Any]] = mapped_column(JSON, default=list)  # every party a source blames
    contested: Mapped[bool] = mapped_column(Boolean, default=False)
    victims: Mapped[str] = mapped_column(String(16), default="unknown")
    killed_min: Mapped[int | None] = mapped_column(Integer)
    killed_max: Mapped[int | None] = mapped_column(Integer)
    injured_min: Mapped[int | None] = mapped_column(Integer)
    injured_max: Mapped[int | None] = mapped_column(Integer)
    killed_words: Mapped[list[Any]] = mapped_column(JSON, default=list)  # each source's words for the death toll
    n_sources: Mapped[int] = mapped_column(Integer, default=0)
    n_independent: Mapped[int] = mapped_column(Integer, default=0)
    grade: Mapped[str] = mapped_column(String(16), default="weak")
    overrides: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # human edits, applied last
    rejected: Mapped[bool] = mapped_column(Boolean, default=False)
    reject_why: Mapped[str | None] = mapped_column(Text)
    reviewed: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)

    mentions: Mapped[list[Mention]] = relationship(back_populates="incident", order_by="Mention.id")

    __table_args__ = (
        Index("ix_incidents_date", "date"),
        Index("ix_incidents_country", "country", "rejected", "date"),  # filters, and their counts from the index
        Index("ix_incidents_type", "event_type", "rejected", "date"),
        Index("ix_incidents_grade", "grade", "rejected"),
        Index("ix_incidents_lat_lon", "lat", "lon"),
    )


class Mention(Base):
    """One incident as extracted from one document: the contract JSON plus columns to block and filter on."""

    __tablename__ = "mentions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    idx: Mapped[int] = mapped_column(Integer)  # position among the document's incidents
    incident_id: Mapped[int | None] = mapped_column(ForeignKey("incidents.id", ondelete="SET NULL"))
    link: Mapped[str] = mapped_column(String(8), default="auto")  # auto | review (placed by a person)
    event_type: Mapped[str] = mapped_column(String(32))
    family: Mapped[str] = mapped_column(String(32))
    date: Mapped[date | None] = mapped_column(Date)
    date_value: Mapped[str | None] = mapped_column(String(10))
    date_precision: Mapped[str | None] = mapped_column(String(8))
    date_from_published: Mapped[bool] = mapped_column(Boolean, default=False)  # no date in the text: publication day
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id"))
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    country: Mapped[str | None] = mapped_column(String(2))
    admin1: Mapped[str | None] = mapped_column(String(255))
    place_precision: Mapped[str | None] = mapped_column(String(16))
    perpetrator_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"))
    perpetrator: Mapped[str | None] = mapped_column(String(255))
    claimed_by: Mapped[list[Any]] = mapped_column(JSON, default=list)
    victims: Mapped[str] = mapped_column(String(16), default="unknown")
    killed_min: Mapped[int | None] = mapped_column(Integer)
    killed_max: Mapped[int | None] = mapped_column(Integer)
    injured_min: Mapped[int | None] = mapped_column(Integer)
    injured_max: Mapped[int | None] = mapped_column(Integer)
    confidence: Mapped[float] = mapped_column(Float, default=0.5)
    evidence: Mapped[str] = mapped_column(Text)
    data: Mapped[dict[str, Any]] = mapped_column(JSON)  # the contract JSON of this incident, spans included
    embedding: Mapped[bytes | None] = mapped_column(LargeBinary)  # float16 sentence vector of the evidence

    document: Mapped[Document] = relationship(back_populates="mentions")
    incident: Mapped[Incident | None] = relationship(back_populates="mentions")

    __table_args__ = (
        UniqueConstraint("document_id", "idx", name="uq_mentions_document_idx"),
        Index("ix_mentions_block", "family", "date"),
        Index("ix_mentions_incident", "incident_id"),
    )


class ReviewLog(Base):
    """Who decided what, when and why."""

    __tablename__ = "review_log"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    who: Mapped[str] = mapped_column(String(255))
    action: Mapped[str] = mapped_column(String(16))  # merge | split | edit | reject
    incident_id: Mapped[int | None] = mapped_column(Integer)
    detail: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    why: Mapped[str | None] = mapped_column(Text)


class ReviewConstraint(Base):
    """A person's ruling that two mentions belong (``same``) or do not belong (``apart``) to one incident."""

    __tablename__ = "review_constraints"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mention_a: Mapped[int] = mapped_column(ForeignKey("mentions.id", ondelete="CASCADE"))
    mention_b: Mapped[int] = mapped_column(ForeignKey("mentions.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(8))

    __table_args__ = (UniqueConstraint("mention_a", "mention_b", "kind", name="uq_review_constraint"),)


class Changes(Base):
    """One row: ``n`` counts the rows ever written to incidents and mentions (database triggers bump it).

    The web app keys its caches on it: a write by any process, through any path, moves it.
    """

    __tablename__ = "changes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    n: Mapped[int] = mapped_column(BigInteger)


class Token(Base):
    """An API token for writing (ingest, review): only the sha256 of the token is kept, never the token."""

    __tablename__ = "tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(255))  # the reviewer's name written to the review log
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked: Mapped[bool] = mapped_column(Boolean, default=False)
