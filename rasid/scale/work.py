"""One unit of work, the same in a local worker process and on a Dask worker.

A worker extracts a document and, when asked, embeds the evidence sentences of its incidents, so the
writer only stores. The engine and the sentence model load once per process (module cache).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rasid.extract.engine import DEFAULT_ENGINE, Engine, get_engine
from rasid.model import Document, Rejection, Result


@dataclass(frozen=True)
class Extracted:
    """A worker's answer for one document: the result, and its incidents' evidence vectors if asked."""

    result: Result | Rejection
    vectors: tuple[bytes, ...] | None = None


@lru_cache(maxsize=4)
def _engine(name: str) -> Engine:
    return get_engine(name)


def work(doc: Document | Rejection, *, engine: str = DEFAULT_ENGINE, vectors: bool = False) -> Extracted:
    """Extract ``doc`` (a Rejection passes through); embed its evidence when ``vectors``."""
    from rasid.pipeline import extract_document

    if isinstance(doc, Rejection):
        return Extracted(doc)
    res = extract_document(doc, engine=_engine(engine))
    if not vectors or isinstance(res, Rejection):
        return Extracted(res)
    from rasid.merge.similarity import embed  # one BLAS thread a process: see there

    return Extracted(res, tuple(embed([i.evidence.text for i in res.incidents])))


def work_batch(docs: list[Document | Rejection], *, engine: str = DEFAULT_ENGINE,
               vectors: bool = False) -> list[Extracted]:
    """:func:`work` on several documents: one round trip to a worker for all of them."""
    return [work(d, engine=engine, vectors=vectors) for d in docs]


def warm(engine: str = DEFAULT_ENGINE) -> None:
    """Load the engine's lexicons and gazetteer now (a worker's initializer; before a fork, shared)."""
    _engine(engine).extract(Document(text="تحميل", id="warm"))
