"""``rasid watch``: poll RSS/Atom feeds and ingest their new items.

Each poll: fetch the feed (a URL, or a file), turn every entry into a document (title, then the
entry's content or summary, as text: HTML goes through trafilatura; published from the entry; url
from its link; source from the feed's title), and ingest the ones not seen before. Seen means: its
key (entry id, else link) was met earlier in this run, or a stored document has its link, or a stored
document has its text (content hash). So a restarted watcher re-reads the feed and stores nothing twice.
"""

from __future__ import annotations

import re
import time
import urllib.request
from calendar import timegm
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Iterator

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from rasid import __version__
from rasid.errors import UsageError
from rasid.model import Document, Rejection
from rasid.store.ingest import Report, Stats, _stderr, ingest
from rasid.store.models import Document as StoredDocument

FETCH_TIMEOUT_S = 30
MAX_FEED_BYTES = 20 * 1024 * 1024
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(value: str) -> float:
    """``30s``, ``10m``, ``1h``, ``1d`` (or plain seconds) to seconds.

    Raises:
        UsageError: not such a value, or zero.
    """
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", value.lower())
    if not m or float(m.group(1)) <= 0:
        raise UsageError(f"--every {value!r}: an interval such as 30s, 10m, 1h")
    return float(m.group(1)) * _UNITS[m.group(2) or "s"]


@dataclass(frozen=True)
class FeedItem:
    key: str  # the entry's id, else its link
    document: Document


def fetch(src: str) -> bytes:
    """The feed's bytes from a URL or a file.

    Raises:
        OSError: it cannot be fetched or read (urllib's errors are OSErrors).
    """
    if re.match(r"https?://", src):
        req = urllib.request.Request(src, headers={"User-Agent": f"rasid/{__version__} (feed watcher)"})
        with urllib.request.urlopen(req, timeout=FETCH_TIMEOUT_S) as resp:  # noqa: S310 - http(s) only, checked above
            return bytes(resp.read(MAX_FEED_BYTES + 1))[:MAX_FEED_BYTES]
    return Path(src).read_bytes()[:MAX_FEED_BYTES]


def entry_text(entry: Any) -> str:
    """Title, then the entry's full content (else its summary) as plain text."""
    parts: list[str] = []
    if entry.get("title"):
        parts.append(_plain(entry["title"], entry.get("title_detail", {}).get("type")))
    bodies = entry.get("content") or []
    if bodies:
        parts += [_plain(c.get("value", ""), c.get("type")) for c in bodies]
    elif entry.get("summary"):
        parts.append(_plain(entry["summary"], entry.get("summary_detail", {}).get("type")))
    return "\n".join(p for p in (x.strip() for x in parts) if p)


def _plain(value: str, mime: str | None) -> str:
    if not value or (mime not in ("text/html", "application/xhtml+xml") and "<" not in value):
        return value
    import trafilatura

    page = f"<html><body><article>{value}</article></body></html>"
    text = trafilatura.extract(page, include_comments=False, include_tables=False, favor_recall=True)
    return text or trafilatura.html2txt(page) or ""


def _published(entry: Any) -> date | None:
    t = entry.get("published_parsed") or entry.get("updated_parsed")
    return datetime.fromtimestamp(timegm(t), tz=timezone.utc).date() if t else None


def read_feed(src: str) -> Iterator[FeedItem | Rejection]:
    """The entries of one feed as documents; a feed that cannot be read yields one Rejection."""
    import feedparser

    try:
        data = fetch(src)
    except OSError as exc:
        yield Rejection(src, f"cannot fetch the feed ({type(exc).__name__}: {exc})")
        return
    parsed = feedparser.parse(data)
    if not parsed.entries:
        why = f"not a feed ({parsed.bozo_exception})" if parsed.get("bozo") else "the feed has no entries"
        yield Rejection(src, why)
        return
    source = parsed.feed.get("title") or None
    for n, e in enumerate(parsed.entries, 1):
        key = e.get("id") or e.get("link") or f"{src}#{n}"
        text = entry_text(e)
        if not text:
            yield Rejection(f"{src}#{n}", "the entry has no text")
            continue
        yield FeedItem(key, Document(text=text, id=key[:255], published=_published(e), url=e.get("link"),
                                     source=source[:255] if source else None, origin=f"{src}#{n}"))


def poll(feeds: list[str], factory: sessionmaker[Session], *, seen: set[str], vectors: bool = True,
         report: Report = _stderr) -> Stats:
    """Read every feed once and ingest its new entries; ``seen`` keeps entry keys between polls."""

    def new_items() -> Iterator[Document | Rejection]:
        for src in feeds:
            for it in read_feed(src):
                if isinstance(it, Rejection):
                    yield it
                    continue
                if it.key in seen or _url_stored(factory, it.document.url):
                    seen.add(it.key)
                    continue
                seen.add(it.key)
                yield it.document

    return ingest(new_items(), factory, vectors=vectors, report=report)


def _url_stored(factory: sessionmaker[Session], url: str | None) -> bool:
    if not url:
        return False
    with factory() as s:
        return s.scalar(select(StoredDocument.id).where(StoredDocument.url == url).limit(1)) is not None


def watch(feeds: list[str], factory: sessionmaker[Session], *, every: float, once: bool = False,
          vectors: bool = True, report: Report = _stderr) -> int:
    """Poll ``feeds`` every ``every`` seconds (once with ``once``); returns the failures of the last poll."""
    seen: set[str] = set()
    while True:
        started = time.monotonic()
        st = poll(feeds, factory, seen=seen, vectors=vectors, report=report)
        report(f"{datetime.now(timezone.utc):%Y-%m-%d %H:%M:%SZ} polled {len(feeds)} feed(s): {st.line()}")
        if once:
            return st.failed
        time.sleep(max(0.0, every - (time.monotonic() - started)))
