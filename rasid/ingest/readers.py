"""Readers: paths to documents, lazily, with a rejection (never an exception) per bad input.

Handled: ``.txt`` (and any other text file), ``.html``/``.htm`` (main text and publication date via
trafilatura), ``.jsonl`` (one document a line, CONTRACT.md section 1), directories (recursive, in
sorted order) and ``-`` for standard input (plain text, or JSON Lines when every line is a JSON object).
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import BinaryIO, Iterator

from rasid.ingest.decode import Decoded, DecodeError, decode
from rasid.model import Document, Rejection

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SKIP_SUFFIXES = {".gold.json"}


@dataclass(frozen=True)
class ReadOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    published: date | None = None


def parse_day(value: object) -> date | None:
    """``YYYY-MM-DD`` (or a longer ISO timestamp) to a date; None when absent.

    Raises:
        ValueError: a value that is present but not a date.
    """
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(f"published must be a YYYY-MM-DD string, not {type(value).__name__}")
    return date.fromisoformat(value[:10])


def read_paths(paths: list[str], *, options: ReadOptions = ReadOptions(), stdin: BinaryIO | None = None,
               ) -> Iterator[Document | Rejection]:
    """Documents from every path in turn; a path that fails yields a Rejection and the rest go on."""
    for p in paths:
        if p == "-":
            yield from _read_stream(stdin or sys.stdin.buffer, "<stdin>", options)
            continue
        path = Path(p)
        if path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and not f.name.startswith(".")
                           and not f.name.endswith(tuple(SKIP_SUFFIXES)))
            if not files:
                yield Rejection(p, "directory holds no files")
            for f in files:
                yield from read_file(f, options)
        else:
            yield from read_file(path, options)


def read_file(path: Path, options: ReadOptions) -> Iterator[Document | Rejection]:
    origin = str(path)
    try:
        if not path.exists():
            yield Rejection(origin, "no such file")
            return
        size = path.stat().st_size
        if path.suffix.lower() == ".jsonl" and _utf8_head(path):
            # streamed a line at a time: a 1 GB file costs one line of memory; the size limit is per line
            yield from _jsonl_stream(path, origin, options)
            return
        if size > options.max_bytes:
            yield Rejection(origin, f"file is {size:,} bytes, over the {options.max_bytes:,}-byte limit (--max-bytes)")
            return
        with path.open("rb") as fh:
            data = fh.read()
    except OSError as exc:
        yield Rejection(origin, f"cannot read ({exc.strerror or exc})")
        return
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from _jsonl(data, origin, options)
    elif suffix in HTML_SUFFIXES:
        yield _html(data, origin, options, doc_id=path.stem)
    else:
        yield _text(data, origin, options, doc_id=path.stem)


def _read_stream(fh: BinaryIO, origin: str, options: ReadOptions) -> Iterator[Document | Rejection]:
    data = fh.read(options.max_bytes + 1)
    if len(data) > options.max_bytes:
        yield Rejection(origin, f"input over the {options.max_bytes:,}-byte limit (--max-bytes)")
        return
    lines = [ln for ln in data.removeprefix(b"\xef\xbb\xbf").splitlines() if ln.strip()]
    if lines and all(ln.lstrip().startswith(b"{") for ln in lines):
        yield from _jsonl(data, origin, options)
    else:
        yield _text(data, origin, options, doc_id="stdin")


def _decoded(data: bytes, origin: str) -> Decoded | Rejection:
    """Text of the bytes, or the reason there is none (empty, binary, unknown encoding)."""
    if not data.strip():
        return Rejection(origin, "empty file")
    try:
        dec = decode(data)
    except DecodeError as exc:
        return Rejection(origin, str(exc))
    return dec if dec.text.strip() else Rejection(origin, "empty file")


def _text(data: bytes, origin: str, options: ReadOptions, *, doc_id: str) -> Document | Rejection:
    dec = _decoded(data, origin)
    if isinstance(dec, Rejection):
        return dec
    return Document(text=dec.text, id=doc_id, published=options.published, origin=origin, encoding=dec.encoding)


def _html(data: bytes, origin: str, options: ReadOptions, *, doc_id: str) -> Document | Rejection:
    dec = _decoded(data, origin)
    if isinstance(dec, Rejection):
        return dec
    import trafilatura

    text = trafilatura.extract(dec.text, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        return Rejection(origin, "no article text found in the HTML page")
    published = options.published
    meta = trafilatura.extract_metadata(dec.text)
    if published is None and meta is not None and meta.date:
        try:
            published = parse_day(meta.date)
        except ValueError:
            published = None
    title = meta.title if meta is not None else None
    url = meta.url if meta is not None else None
    return Document(text=text, id=doc_id, published=published, origin=origin, encoding=dec.encoding,
                    url=url, source=title)


def _utf8_head(path: Path) -> bool:
    """True when the file's first line is UTF-8 (BOM or not): it is then read a line at a time.

    Other files (UTF-16, Windows-1256 JSON Lines) are decoded whole, with encoding detection.
    """
    with path.open("rb") as fh:
        head = fh.readline(65536)
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" in head or not head.strip():
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        return len(head) == 65536 and exc.start > len(head) - 4  # only a character cut at the end of the sample
    return True


def _jsonl_stream(path: Path, origin: str, options: ReadOptions) -> Iterator[Document | Rejection]:
    try:
        with path.open("rb") as fh:
            for n, raw in enumerate(fh, 1):
                if n == 1:
                    raw = raw.removeprefix(b"\xef\xbb\xbf")
                if not raw.strip():
                    continue
                if len(raw) > options.max_bytes:
                    yield Rejection(f"{origin}:{n}", f"line {n} is {len(raw):,} bytes, over the "
                                    f"{options.max_bytes:,}-byte limit (--max-bytes)")
                    continue
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError:
                    yield Rejection(f"{origin}:{n}", f"line {n} is not UTF-8")
                    continue
                yield _jsonl_line(line.rstrip("\r\n"), n, origin, options)
    except OSError as exc:
        yield Rejection(origin, f"cannot read ({exc.strerror or exc})")


def _jsonl(data: bytes, origin: str, options: ReadOptions) -> Iterator[Document | Rejection]:
    try:
        text = decode(data).text
    except DecodeError as exc:
        yield Rejection(origin, str(exc))
        return
    if not text.strip():
        yield Rejection(origin, "empty file")
        return
    for n, line in enumerate(text.split("\n"), 1):  # not splitlines(): U+2028 may sit inside a JSON string
        if line.strip():
            yield _jsonl_line(line, n, origin, options)


def _jsonl_line(line: str, n: int, origin: str, options: ReadOptions) -> Document | Rejection:
    where = f"{origin}:{n}"
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return Rejection(where, f"malformed JSON on line {n} ({exc.msg})")
    if not isinstance(obj, dict):
        return Rejection(where, f"line {n} is not a JSON object")
    body = obj.get("text")
    if not isinstance(body, str) or not body.strip():
        return Rejection(where, f"line {n} has no \"text\"")
    try:
        published = parse_day(obj.get("published")) or options.published
    except ValueError:
        return Rejection(where, f"line {n}: published {obj.get('published')!r} is not YYYY-MM-DD")
    lang = obj.get("lang") if obj.get("lang") in ("ar", "en") else None
    return Document(text=body, id=str(obj["id"]) if obj.get("id") is not None else f"{Path(origin).stem}:{n}",
                    published=published, lang=lang, url=obj.get("url"), source=obj.get("source"), origin=where)
