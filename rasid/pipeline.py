"""The pipeline: read -> extract -> results, one document at a time, failures recorded.

    for item in read_paths(paths):          # ingest: files, pages, JSON Lines, stdin
        Rejection -> reported, batch goes on
        Document  -> engine.extract(doc)     # text layer, extraction, geocoding, in-document merge
                  -> Result (contract JSON) or Rejection (reason)
"""

from __future__ import annotations

from typing import Iterable, Iterator

from rasid.extract.engine import Engine, get_engine
from rasid.ingest.readers import ReadOptions, read_paths
from rasid.model import Document, Rejection, Result


def extract_document(doc: Document, *, engine: Engine | None = None) -> Result | Rejection:
    """Extract one document; an engine failure becomes a Rejection naming the document."""
    eng = engine or get_engine()
    try:
        lang, incidents = eng.extract(doc)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch; the reason is kept
        return Rejection(doc.origin, f"extraction failed: {type(exc).__name__}: {exc}")
    return Result(document=doc, lang=lang, incidents=tuple(incidents))


def extract_all(items: Iterable[Document | Rejection], *, engine: Engine | None = None) -> Iterator[Result | Rejection]:
    eng = engine or get_engine()
    for item in items:
        yield item if isinstance(item, Rejection) else extract_document(item, engine=eng)


def extract_paths(paths: list[str], *, options: ReadOptions | None = None, engine: Engine | None = None,
                  ) -> Iterator[Result | Rejection]:
    """Read and extract every document under ``paths``, lazily."""
    return extract_all(read_paths(paths, options=options or ReadOptions()), engine=engine)


def extract_text(text: str, *, published: str | None = None, doc_id: str | None = None, lang: str | None = None,
                 ) -> dict:
    """Python API: contract JSON for one text.

    Raises:
        ValueError: ``published`` is not YYYY-MM-DD, or extraction failed.
    """
    from rasid.ingest.readers import parse_day

    doc = Document(text=text, id=doc_id, published=parse_day(published), lang=lang)
    res = extract_document(doc)
    if isinstance(res, Rejection):
        raise ValueError(str(res))
    return res.to_json()
