"""Ingest: extract documents and store them, one transaction per document, merged as they arrive.

Idempotent by content hash (sha256 of the text): a document already stored is skipped, so a rerun
after an interruption (Ctrl-C, kill -9) adds only what is missing. A document is stored whole —
document, mentions, incident links — or not at all; a document that cannot be read or extracted is
recorded in ``failures`` with its reason and the batch goes on.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from rasid.extract.engine import Engine
from rasid.extract.incidents import family
from rasid.merge.merge import attach
from rasid.merge.similarity import embed
from rasid.model import Document as Doc
from rasid.model import Rejection, Result, date_value_start
from rasid.pipeline import extract_all
from rasid.scale.work import Extracted
from rasid.store.models import Actor, Document, Failure, Mention, Place

Report = Callable[[str], None]


def _stderr(line: str) -> None:
    print(f"rasid: {line}", file=sys.stderr)


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Stats:
    read: int = 0
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    mentions: int = 0

    def line(self) -> str:
        return (f"{self.stored} documents stored, {self.duplicates} already there, {self.mentions} incident "
                f"mentions, {self.failed} failed")


def _place(session: Session, p: dict[str, Any] | None, made: dict[str, Place]) -> Place | None:
    """The stored place of a gazetteer entry, created (not yet flushed) when new; ``made``: this document's."""
    if not p or not p.get("gazetteer_id"):
        return None
    gid = p["gazetteer_id"]
    got = made.get(gid) or session.scalar(select(Place).where(Place.gazetteer_id == gid))
    if got is None:
        got = made[gid] = Place(gazetteer_id=gid, name=p["name"], admin1=p.get("admin1"), country=p.get("country"),
                                lat=p.get("lat"), lon=p.get("lon"), precision=p.get("precision") or "town")
        session.add(got)
    return got


def _actor(session: Session, a: dict[str, Any] | None, made: dict[str, Actor]) -> Actor | None:
    if not a:
        return None
    got = made.get(a["name"]) or session.scalar(select(Actor).where(Actor.name == a["name"]))
    if got is None:
        got = made[a["name"]] = Actor(name=a["name"], in_registry=a.get("registry", True))
        session.add(got)
    return got


def store_result(session: Session, res: Result, *, vectors: bool = True,
                 embeddings: Sequence[bytes] | None = None) -> Document | None:
    """Store one extracted document and merge its incidents; None when it is already stored.

    ``embeddings``: the incidents' evidence vectors when a worker computed them already.
    Rows are written in two flushes (document, places and actors; then the mentions) rather than one
    per row: on SQLite most of a document's storing time was the ORM's flushes.
    """
    doc = res.document
    h = content_hash(doc.text)
    if session.scalar(select(Document.id).where(Document.content_hash == h)) is not None:
        return None
    out = res.to_json()
    row = Document(content_hash=h, ext_id=doc.id, source=doc.source, url=doc.url, published=doc.published,
                   lang=out["lang"], origin=doc.origin, text=doc.text)
    session.add(row)
    incs: list[dict[str, Any]] = out["incidents"]
    vecs: list[bytes | None] = [None] * len(incs)
    if vectors:
        vecs = list(embeddings) if embeddings is not None else list(embed([i["evidence"]["text"] for i in incs]))
    places: dict[str, Place] = {}
    actors: dict[str, Actor] = {}
    with session.no_autoflush:
        refs = [(_place(session, inc.get("place"), places), _actor(session, inc.get("perpetrator"), actors))
                for inc in incs]
    session.flush()
    mentions: list[Mention] = []
    for idx, (inc, vec, (place, perp)) in enumerate(zip(incs, vecs, refs, strict=True)):
        d = inc.get("date") or {}
        value = d.get("value")
        from_pub = value is None and doc.published is not None
        m = Mention(
            document=row, idx=idx, event_type=inc["event_type"], family=family(inc["event_type"]),
            date=date_value_start(value)[0] if value else doc.published, date_value=value or (
                doc.published.isoformat() if doc.published else None),
            date_precision=d.get("precision") if value else ("day" if doc.published else None),
            date_from_published=from_pub,
            place_id=place.id if place else None, lat=place.lat if place else None, lon=place.lon if place else None,
            # the report's own reading of country and governorate: a place the gazetteer lacks is
            # located by some reports only, and the stored place keeps the first one's
            country=((inc.get("place") or {}).get("country") or place.country) if place else None,
            admin1=(inc.get("place") or {}).get("admin1") if place else None,
            # the mention's own reading: one gazetteer entry is a town in one report, its province in
            # another ("Ağrı"), and the stored place keeps whichever came first (merging must not depend
            # on the order reports arrive in)
            place_precision=((inc.get("place") or {}).get("precision") or place.precision) if place else None,
            perpetrator_id=perp.id if perp else None, perpetrator=perp.name if perp else None,
            claimed_by=[c["name"] for c in inc.get("claimed_by") or []], victims=inc.get("victims") or "unknown",
            killed_min=inc["killed"].get("min"), killed_max=inc["killed"].get("max"),
            injured_min=inc["injured"].get("min"), injured_max=inc["injured"].get("max"),
            confidence=inc.get("confidence") or 0.5, evidence=inc["evidence"]["text"], data=inc, embedding=vec,
        )
        session.add(m)
        mentions.append(m)
    session.flush()
    for m in mentions:
        attach(session, m)
    return row


def record_failure(factory: sessionmaker[Session], origin: str, reason: str) -> None:
    with factory.begin() as s:
        s.add(Failure(origin=origin, reason=reason))


def ingest(items: Iterable[Doc | Rejection], factory: sessionmaker[Session], *, engine: Engine | None = None,
           vectors: bool = True, on_progress: Callable[[Stats], None] | None = None,
           report: Report = _stderr) -> Stats:
    """Extract and store every document; each in its own transaction. Returns the counts."""
    st = Stats()
    for r in extract_all(skip_known(items, factory, st), engine=engine):
        write(factory, Extracted(r), st, vectors=vectors, report=report)
        if on_progress is not None:
            on_progress(st)
    return st


def ingest_extracted(results: Iterable[Extracted], factory: sessionmaker[Session], st: Stats, *,
                     vectors: bool = True, on_progress: Callable[[Stats], None] | None = None,
                     report: Report = _stderr) -> Stats:
    """Store what workers extracted (:mod:`rasid.scale`), one writer, one transaction per document."""
    for x in results:
        write(factory, x, st, vectors=vectors, report=report)
        if on_progress is not None:
            on_progress(st)
    return st


def write(factory: sessionmaker[Session], x: Extracted, st: Stats, *, vectors: bool = True,
          report: Report = _stderr) -> None:
    """Store one extracted document (or record its rejection) in its own transaction; count it in ``st``."""
    r = x.result
    st.read += 1
    if isinstance(r, Rejection):
        st.failed += 1
        report(str(r))
        record_failure(factory, r.origin, r.reason)
        return
    try:
        with factory.begin() as s:
            stored = store_result(s, r, vectors=vectors, embeddings=x.vectors)
    except IntegrityError:  # another writer stored the same text meanwhile
        stored = None
    if stored is None:
        st.duplicates += 1
    else:
        st.stored += 1
        st.mentions += len(r.incidents)


def skip_known(items: Iterable[Doc | Rejection], factory: sessionmaker[Session], st: Stats,
               ) -> Iterable[Doc | Rejection]:
    """Drop documents already stored before extracting them (a rerun costs a lookup, not an extraction)."""
    for it in items:
        if isinstance(it, Doc):
            with factory() as s:
                if s.scalar(select(Document.id).where(Document.content_hash == content_hash(it.text))) is not None:
                    st.read += 1
                    st.duplicates += 1
                    continue
        yield it
