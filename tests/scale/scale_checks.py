"""What every scale test checks of a database after an ingest."""

from __future__ import annotations

from sqlalchemy import func, select

from rasid.model import Document
from rasid.store.db import open_db
from rasid.store.ingest import content_hash
from rasid.store.models import Document as Stored
from rasid.store.models import Incident, Mention


def stored_once(url: str, docs: list[Document]) -> dict[str, int]:
    """Every document stored exactly once, every mention in an incident, no empty incident.

    Returns mentions per content hash, to compare with another run.
    """
    engine, factory = open_db(url)
    try:
        with factory() as s:
            hashes = list(s.scalars(select(Stored.content_hash)))
            assert len(hashes) == len(set(hashes)) == len(docs)
            assert set(hashes) == {content_hash(d.text) for d in docs}
            assert s.scalar(select(func.count(Mention.id)).where(Mention.incident_id.is_(None))) == 0
            empty = select(Incident.id).where(~Incident.id.in_(select(Mention.incident_id)))
            assert s.scalar(select(func.count()).select_from(empty.subquery())) == 0
            rows = s.execute(select(Stored.content_hash, func.count(Mention.id)).outerjoin(Mention)
                             .group_by(Stored.content_hash)).all()
            return {h: n for h, n in rows}
    finally:
        engine.dispose()
