"""An ingest killed with SIGKILL leaves a consistent database, and a rerun stores the rest exactly once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import func, select

from rasid.pipeline import extract_text
from rasid.store.db import open_db
from rasid.store.models import Document, Incident, Mention

TOWNS = ["أريحا", "سراقب", "معرة النعمان", "كفرنبل", "خان شيخون", "جسر الشغور", "بنش", "سرمين"]


def _batch(path: Path, n: int) -> list[dict]:
    docs = []
    for k in range(n):
        town = TOWNS[k % len(TOWNS)]
        day = 1 + k % 27
        text = (f"إدلب - قتل {3 + k % 9} مدنيين وأصيب {2 + k % 5} آخرون، يوم {day} آذار 2020، جراء قصف مدفعي لقوات "
                f"النظام السوري استهدف الأحياء السكنية في مدينة {town}، بحسب ما أفاد الدفاع المدني السوري. "
                f"وقال مراسلنا إن القصف تجدد مساء اليوم ذاته على أطراف المدينة (التقرير رقم {k}).")
        docs.append({"id": f"k{k}", "lang": "ar", "published": f"2020-03-{day:02d}", "text": text})
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return docs


def _check_consistent(url: str) -> int:
    engine, factory = open_db(url)
    with factory() as s:
        assert s.scalar(select(func.count(Mention.id)).where(Mention.incident_id.is_(None))) == 0
        empty = select(Incident.id).where(~Incident.id.in_(select(Mention.incident_id)))
        assert s.scalar(select(func.count()).select_from(empty.subquery())) == 0
        for doc in s.scalars(select(Document)):
            assert [m.idx for m in doc.mentions] == list(range(len(doc.mentions)))
        n = s.scalar(select(func.count(Document.id))) or 0
    engine.dispose()
    return n


def test_kill_9_then_rerun(db_url: str, tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    docs = _batch(batch, 60)
    cmd = [sys.executable, "-m", "rasid.cli", "ingest", str(batch), "--db", db_url, "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    engine, factory = open_db(db_url)
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and proc.poll() is None:
        with factory() as s:
            stored = s.scalar(select(func.count(Document.id))) or 0
        if stored >= 3:
            break
        time.sleep(0.05)
    engine.dispose()
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    before = _check_consistent(db_url)
    assert 3 <= before < len(docs)

    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{len(docs) - before} documents stored, {before} already there" in rerun.stderr
    assert _check_consistent(db_url) == len(docs)
    engine, factory = open_db(db_url)
    with factory() as s:  # every document has all its incidents, stored once
        for d in docs[:10]:
            row = s.scalar(select(Document).where(Document.ext_id == d["id"]))
            assert row is not None
            assert len(row.mentions) == len(extract_text(d["text"], published=d["published"])["incidents"]) >= 1
    engine.dispose()
