"""Gold that points at real corpus texts instead of holding them (issue "Real text").

Real published articles may not enter the project (../shared/corpora/README.md), so a real-text
gold document carries ``corpus``, the article's ``id`` and the ``sha256`` of its text, and its
incidents give ``evidence`` as ``{"start": S, "end": E}`` offsets into that text. ``resolve``
joins such a document with its text from the corpora folder and turns the offsets back into the
``evidence`` string of CONTRACT.md section 5, so the rest of scoring reads one format.

Standard library only, like gold.py.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import lru_cache
from pathlib import Path
from typing import Any

# corpus name -> (file under the corpora folder, field holding the text)
CORPUS_FILES: dict[str, str] = {
    "saudinewsnet": "saudinewsnet/conflict.jsonl",
    "wcep": "wcep/armed-conflicts.jsonl",
}
_PROJECT = Path(__file__).resolve().parent.parent.parent


class CorpusMissing(Exception):
    """The corpora folder (../shared/corpora) is not on this machine."""


def corpora_root() -> Path | None:
    """The folder holding the real corpora: $RASID_CORPORA, else ../shared/corpora of the cwd or project."""
    env = os.environ.get("RASID_CORPORA")
    cands = [Path(env)] if env else [Path.cwd() / ".." / "shared" / "corpora", _PROJECT / ".." / "shared" / "corpora"]
    for c in cands:
        if (c / "README.md").exists() or any((c / f).exists() for f in CORPUS_FILES.values()):
            return c.resolve()
    return None


def is_reference(doc: dict[str, Any]) -> bool:
    """True for a gold document that points at a corpus text rather than holding it."""
    return "text" not in doc and "corpus" in doc


@lru_cache(maxsize=8)
def _index(path: str) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                rec = json.loads(line)
                out[rec["id"]] = rec
    return out


def corpus_record(corpus: str, doc_id: str) -> dict[str, Any]:
    """The corpus record of ``doc_id``.

    Raises:
        CorpusMissing: the corpora folder is absent.
        ValueError: unknown corpus or id.
    """
    if corpus not in CORPUS_FILES:
        raise ValueError(f"unknown corpus {corpus!r} (known: {', '.join(sorted(CORPUS_FILES))})")
    root = corpora_root()
    if root is None or not (root / CORPUS_FILES[corpus]).exists():
        raise CorpusMissing("../shared/corpora not found (set RASID_CORPORA)")
    rec = _index(str(root / CORPUS_FILES[corpus])).get(doc_id)
    if rec is None:
        raise ValueError(f"no article {doc_id!r} in corpus {corpus}")
    return rec


def sha256(text: str) -> str:
    """The sha256 of a text as UTF-8, as the corpora give it."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def resolve(doc: dict[str, Any]) -> dict[str, Any]:
    """A copy of a reference gold document with its ``text`` and evidence strings filled in.

    A document that already holds its text is returned unchanged.

    Raises:
        CorpusMissing: the corpora folder is absent.
        ValueError: unknown id, a text whose sha256 differs from the gold's, bad evidence offsets.
    """
    if not is_reference(doc):
        return doc
    rec = corpus_record(str(doc["corpus"]), str(doc.get("id")))
    text = rec["text"]
    if doc.get("sha256") != sha256(text):
        raise ValueError(f"{doc.get('id')}: the corpus text's sha256 differs from the gold's (text changed)")
    out = dict(doc)
    out["text"] = text
    incs = []
    for n, inc in enumerate(doc.get("incidents") or []):
        inc = dict(inc)
        ev = inc.get("evidence")
        if isinstance(ev, dict):
            s, e = ev.get("start"), ev.get("end")
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                raise ValueError(f"{doc.get('id')}: incident {n}: evidence offsets {s}..{e} outside the text")
            inc["evidence"] = text[s:e]
            inc["evidence_start"] = s
        incs.append(inc)
    out["incidents"] = incs
    return out


def with_offsets(incidents: list[dict[str, Any]], text: str) -> tuple[list[dict[str, Any]], list[str]]:
    """Working gold to reference gold: each ``evidence`` string found in ``text`` becomes its
    ``{"start", "end"}`` offsets. Returns the incidents and a problem for evidence found twice (its
    first occurrence is taken; the annotator should quote more words)."""
    out, problems = [], []
    for inc in incidents:
        inc = dict(inc)
        ev = inc.get("evidence")
        if isinstance(ev, str) and ev in text:
            if text.count(ev) > 1:
                problems.append(f"evidence {ev[:40]!r}... occurs more than once")
            s = text.index(ev)
            inc["evidence"] = {"start": s, "end": s + len(ev)}
        out.append(inc)
    return out, problems


def write_jsonl(path: Path, docs: list[dict[str, Any]]) -> None:
    """Write gold documents, one JSON line each, and say so."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {path}: {len(docs)} documents, {sum(len(d['incidents']) for d in docs)} incidents")
