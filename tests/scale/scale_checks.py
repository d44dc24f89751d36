"""The scale tests' batch of reports, and what every scale test checks of a database after an ingest."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select

from rasid.model import Document
from rasid.store.db import open_db
from rasid.store.ingest import content_hash
from rasid.store.models import Document as Stored
from rasid.store.models import Incident, Mention

TOWNS = ["أريحا", "سراقب", "معرة النعمان", "كفرنبل", "خان شيخون", "جسر الشغور", "بنش", "سرمين", "الأتارب", "دارة عزة"]
REPORTS = Path(__file__).parent.parent / "store" / "reports.jsonl"


def batch(n: int) -> list[Document]:
    """``n`` distinct reports: the store tests' reports, then shelling reports of Idlib towns and days."""
    docs = [Document(text=d["text"], id=d["id"], lang=d.get("lang"), origin=f"reports.jsonl:{k}")
            for k, d in enumerate(json.loads(ln) for ln in REPORTS.read_text(encoding="utf-8").splitlines()
                                  if ln.strip())][:n]
    for k in range(n - len(docs)):
        town = TOWNS[k % len(TOWNS)]
        day = 1 + k % 27
        text = (f"إدلب - قتل {3 + k % 9} مدنيين وأصيب {2 + k % 5} آخرون، يوم {day} آذار 2020، جراء قصف مدفعي لقوات "
                f"النظام السوري استهدف الأحياء السكنية في مدينة {town}، بحسب ما أفاد الدفاع المدني السوري. "
                f"وقال مراسلنا إن القصف تجدد مساء اليوم ذاته على أطراف المدينة (التقرير رقم {k}).")
        docs.append(Document(text=text, id=f"s{k}", lang="ar", origin=f"batch:{k}"))
    return docs


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
