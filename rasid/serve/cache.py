"""Answers kept until the database changes, in each server process.

The key of every answer includes ``changes.n`` (migration 0004): database triggers raise it with every
row written to incidents or mentions, by whichever process and path writes it, so each request reads
that one row (a primary-key lookup) and an answer computed before a write is never served after it.
Each worker of ``rasid serve --workers N`` keeps its own cache; they agree because they read one counter.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from typing import Any, Callable, Hashable

import pydantic_core
from fastapi import Request, Response
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

VERSION_SQL = text("SELECT n FROM changes WHERE id = 1")


def version(s: Session) -> int | None:
    """The change counter, read in ``s``'s transaction (None: a schema without it; nothing is cached)."""
    try:
        return s.execute(VERSION_SQL).scalar()  # type: ignore[no-any-return]
    except SQLAlchemyError:
        s.rollback()
        return None


def to_json(obj: Any) -> bytes:
    """Compact UTF-8 JSON (pydantic-core's serialiser: dates as ISO text, NaN and infinities as null)."""
    return pydantic_core.to_json(obj)


class AnswerCache:
    """JSON bodies by (change counter, key), least recently used first out beyond ``max_bytes``."""

    def __init__(self, max_bytes: int = 64 << 20) -> None:
        self.max_bytes = max_bytes
        self._version: int | None = None
        self._items: OrderedDict[Hashable, tuple[bytes, str]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, ver: int, key: Hashable) -> tuple[bytes, str] | None:
        with self._lock:
            if ver != self._version:
                return None
            hit = self._items.get(key)
            if hit is not None:
                self._items.move_to_end(key)
                self.hits += 1
            return hit

    def put(self, ver: int, key: Hashable, body: bytes) -> tuple[bytes, str]:
        entry = (body, '"' + hashlib.blake2b(body, digest_size=12).hexdigest() + '"')
        with self._lock:
            self.misses += 1
            if self._version is None or ver > self._version:  # a newer state: every older answer goes
                self._version = ver
                self._items.clear()
                self._bytes = 0
            if ver != self._version or len(body) > self.max_bytes // 4:
                return entry  # computed on an older snapshot than the cache holds now, or too big: not kept
            old = self._items.pop(key, None)
            if old is not None:
                self._bytes -= len(old[0])
            self._items[key] = entry
            self._bytes += len(body)
            while self._bytes > self.max_bytes:
                _, (b, _) = self._items.popitem(last=False)
                self._bytes -= len(b)
        return entry


def cached_json(request: Request, s: Session, key: Hashable, build: Callable[[], Any]) -> Response:
    """The JSON answer for ``key``: from the cache while the database is unchanged, else ``build()``'s.

    Sends an ``ETag`` (a hash of the body, the same in every worker) and answers 304 Not Modified to a
    request whose ``If-None-Match`` names it.
    """
    cache: AnswerCache = request.app.state.answers
    ver = version(s)
    hit = cache.get(ver, key) if ver is not None else None
    if hit is None:
        body = to_json(build())
        hit = cache.put(ver, key, body) if ver is not None else (body, "")
    body, etag = hit
    headers = {"Cache-Control": "no-cache"}  # a browser may keep it, but asks again (If-None-Match) each time
    if etag:
        headers["ETag"] = etag
        match = request.headers.get("if-none-match")
        if match and (match.strip() == "*" or etag in (m.strip().removeprefix("W/") for m in match.split(","))):
            return Response(status_code=304, headers=headers)
    return Response(body, media_type="application/json", headers=headers)
