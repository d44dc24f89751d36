"""--dask: a real dask.distributed LocalCluster of worker processes; one worker killed mid-run."""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Iterator

import pytest
from scale_checks import batch, stored_once

from rasid.model import Document
from rasid.scale.run import ingest_scaled
from rasid.store.db import open_db
from rasid.store.ingest import ingest

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None) as cluster:
        with Client(cluster) as c:
            c.wait_for_workers(2, timeout=120)
            yield c


def test_every_document_stored_once_when_a_worker_dies(client, db_url: str, tmp_path: Path) -> None:
    docs: list[Document] = batch(80)
    killed: list[int] = []

    def kill_one(n: int) -> None:
        if n == 10 and not killed:
            pids = client.run(os.getpid)  # {worker address: pid}
            pid = sorted(pids.values())[0]
            os.kill(pid, signal.SIGKILL)
            killed.append(pid)

    _, factory = open_db(db_url)
    st = ingest_scaled(docs, factory, dask=client, max_inflight=12, vectors=False, on_result=kill_one)
    assert killed, "the worker was not killed mid-run"
    assert (st.stored, st.failed) == (len(docs), 0)
    one = str(tmp_path / "one.db")
    ingest(docs, open_db(one)[1], vectors=False)
    assert stored_once(db_url, docs) == stored_once(one, docs)  # same mentions for every document

    again = ingest_scaled(docs, factory, dask=client, vectors=False)  # a rerun: nothing sent, nothing stored
    assert (again.stored, again.duplicates) == (0, len(docs))


def test_no_scheduler_is_a_usage_error(tmp_path: Path) -> None:
    import socket
    import subprocess
    import sys

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    src = tmp_path / "a.txt"
    src.write_text("قتل مدني في قصف على مدينة أريحا", encoding="utf-8")
    p = subprocess.run([sys.executable, "-m", "rasid.cli", "ingest", str(src), "--db", str(tmp_path / "r.db"),
                        "--dask", f"tcp://127.0.0.1:{port}"], capture_output=True, text=True, encoding="utf-8",
                       env={**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "3s"})
    assert p.returncode == 2, p.stderr
    assert f"rasid: --dask tcp://127.0.0.1:{port}: no Dask scheduler answers" in p.stderr
