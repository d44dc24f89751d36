"""rasid watch: a feed served on loopback, polled twice with --once, stored once."""

from __future__ import annotations

import functools
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import select

from rasid.errors import UsageError
from rasid.scale.watch import parse_interval, read_feed
from rasid.store.db import open_db
from rasid.store.models import Document, Mention

FEEDS = Path(__file__).parent / "feeds"


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


@pytest.fixture
def feed_url() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(FEEDS)))
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/idlib.rss"
    finally:
        server.shutdown()
        server.server_close()


def _watch(url: str, db: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "rasid.cli", "watch", url, "--once", "--db", db, "--no-vectors"],
                          capture_output=True, text=True, encoding="utf-8", timeout=300)


def test_watch_once_twice_stores_each_item_once(feed_url: str, db_url: str) -> None:
    first = _watch(feed_url, db_url)
    assert first.returncode == 0, first.stderr
    assert "polled 1 feed(s): 3 documents stored, 0 already there" in first.stderr
    second = _watch(feed_url, db_url)
    assert second.returncode == 0, second.stderr
    assert "polled 1 feed(s): 0 documents stored, 0 already there" in second.stderr  # seen: never extracted
    engine, factory = open_db(db_url)
    with factory() as s:
        docs = list(s.scalars(select(Document).order_by(Document.ext_id)))
        assert [(d.ext_id, d.url, d.source, d.published.isoformat() if d.published else None) for d in docs] == [
            ("nwo-101", "http://127.0.0.1/news/101", "مرصد الشمال السوري", "2020-03-03"),
            ("nwo-102", "http://127.0.0.1/news/102", "مرصد الشمال السوري", "2020-03-04"),
            ("nwo-103", "http://127.0.0.1/news/103", "مرصد الشمال السوري", "2020-03-05"),
        ]
        assert docs[0].text.startswith("مقتل أربعة مدنيين بقصف مدفعي على أريحا\nإدلب - قتل أربعة مدنيين")
        assert "<p>" not in docs[0].text and "وقال مراسلنا" in docs[0].text
        places = {m.document.ext_id: (m.event_type, m.data["place"]["name"] if m.data.get("place") else None)
                  for m in s.scalars(select(Mention))}
        assert places["nwo-101"][1] == "Ariha" and places["nwo-102"][1] == "Saraqib"
    engine.dispose()


def test_a_file_feed_reads_like_a_served_one() -> None:
    items = list(read_feed(str(FEEDS / "idlib.rss")))
    assert [getattr(i, "key", None) for i in items] == ["nwo-101", "nwo-102", "nwo-103"]


def test_unreachable_feed_is_reported_and_recorded(tmp_path: Path) -> None:
    p = _watch(str(tmp_path / "missing.rss"), str(tmp_path / "r.db"))
    assert p.returncode == 1
    assert f"rasid: {tmp_path / 'missing.rss'}: cannot fetch the feed (FileNotFoundError" in p.stderr


@pytest.mark.parametrize(("value", "seconds"), [("30s", 30), ("10m", 600), ("1h", 3600), ("90", 90)])
def test_intervals(value: str, seconds: float) -> None:
    assert parse_interval(value) == seconds


@pytest.mark.parametrize("value", ["0m", "ten minutes", "-5m"])
def test_bad_intervals(value: str) -> None:
    with pytest.raises(UsageError):
        parse_interval(value)
