"""--workers: the same results as one process, in input order, memory bounded, stored once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest
from scale_checks import stored_once

from rasid.errors import UsageError
from rasid.model import Document, Rejection
from rasid.pipeline import extract_all
from rasid.scale.pool import extract_parallel
from rasid.scale.run import ingest_scaled
from rasid.store.db import open_db
from rasid.store.ingest import ingest


def test_results_in_input_order_as_one_process(docs: list[Document]) -> None:
    items: list[Document | Rejection] = [*docs[:5], Rejection("bad.txt", "empty file"), *docs[5:]]
    serial = [r.to_json() if not isinstance(r, Rejection) else str(r) for r in extract_all(items)]
    par = [x.result.to_json() if not isinstance(x.result, Rejection) else str(x.result)
           for x in extract_parallel(items, workers=2, max_inflight=3)]
    assert par == serial


def test_inflight_is_bounded(docs: list[Document]) -> None:
    pulled = 0

    def source() -> Iterator[Document]:
        nonlocal pulled
        for d in docs:
            pulled += 1
            yield d

    ahead = []
    for n, _ in enumerate(extract_parallel(source(), workers=2, max_inflight=4), 1):
        ahead.append(pulled - n)
    assert max(ahead) <= 4 and len(ahead) == len(docs)


@pytest.mark.parametrize(("workers", "limit"), [(0, None), (2, 0)])
def test_bad_settings_are_usage_errors(workers: int, limit: int | None) -> None:
    with pytest.raises(UsageError):
        list(extract_parallel([], workers=workers, max_inflight=limit))


def test_workers_store_what_one_process_stores(db_url: str, tmp_path: Path, docs: list[Document]) -> None:
    _, factory = open_db(db_url)
    st = ingest_scaled(docs, factory, workers=2, max_inflight=5, vectors=True)
    assert (st.stored, st.duplicates, st.failed) == (len(docs), 0, 0)
    again = ingest_scaled(docs, factory, workers=2, vectors=True)
    assert (again.stored, again.duplicates) == (0, len(docs))
    one = str(tmp_path / "one.db")
    ingest(docs, open_db(one)[1], vectors=True)
    assert stored_once(db_url, docs) == stored_once(one, docs)


def test_cli_extract_workers_writes_the_same_file(tmp_path: Path, docs: list[Document]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": d.id, "text": d.text}, ensure_ascii=False) + "\n" for d in docs),
                   encoding="utf-8")
    outs = []
    for extra in ([], ["--workers", "2", "--max-inflight", "3"]):
        out = tmp_path / f"out{len(extra)}.jsonl"
        p = subprocess.run([sys.executable, "-m", "rasid.cli", "extract", str(src), "-o", str(out), *extra],
                           capture_output=True, text=True, encoding="utf-8")
        assert p.returncode == 0, p.stderr
        outs.append(out.read_text(encoding="utf-8"))
    assert outs[0] == outs[1] and outs[0].count("\n") == len(docs)


def test_cli_ingest_workers(tmp_path: Path, docs: list[Document]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": d.id, "text": d.text}, ensure_ascii=False) + "\n" for d in docs),
                   encoding="utf-8")
    db = str(tmp_path / "r.db")
    cmd = [sys.executable, "-m", "rasid.cli", "ingest", str(src), "--db", db, "--workers", "2", "--no-vectors"]
    p = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8")
    assert p.returncode == 0, p.stderr
    assert f"rasid: {len(docs)} documents stored, 0 already there" in p.stderr
    p = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8")
    assert f"rasid: 0 documents stored, {len(docs)} already there" in p.stderr
    stored_once(db, docs)
    bad = subprocess.run(cmd[:-3] + ["--workers", "0"], capture_output=True, text=True, encoding="utf-8")
    assert bad.returncode == 2 and "--workers: '0' is not a whole number of 1 or more" in bad.stderr


def test_kill_9_with_workers_then_rerun_stores_each_once(tmp_path: Path) -> None:
    import os
    import signal
    import time

    from scale_checks import batch

    docs = batch(400)
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": d.id, "text": d.text}, ensure_ascii=False) + "\n" for d in docs),
                   encoding="utf-8")
    db = str(tmp_path / "r.db")
    cmd = [sys.executable, "-m", "rasid.cli", "ingest", str(src), "--db", db, "--workers", "2", "--no-vectors",
           "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    children: list[int] = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        kids = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
        children = [int(x) for x in kids.read_text().split()] if kids.exists() else []
        if len(children) >= 2 and _stored(db) >= 20:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the ingest ended before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    time.sleep(1.0)
    assert not [c for c in children if Path(f"/proc/{c}").exists() and "Z" not in _state(c)], "workers outlived"
    assert 0 < _stored(db) < len(docs)
    p = subprocess.run(cmd, capture_output=True, text=True, encoding="utf-8")
    assert p.returncode == 0, p.stderr
    stored_once(db, docs)


def _stored(db: str) -> int:
    import sqlite3

    try:
        with sqlite3.connect(db, timeout=5) as c:
            return int(c.execute("select count(*) from documents").fetchone()[0])
    except sqlite3.Error:
        return 0


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "Z"
