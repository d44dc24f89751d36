"""Scoring the merge: do the reports of one event end up in one incident, and only those?

Gold documents carry an ``event`` label on each incident (``dev-merge/``). Each document is
extracted and stored in a throwaway SQLite database exactly as ``rasid ingest`` does; every predicted
incident matched to a gold incident (the extraction scorer's matching) takes that incident's label.
Over pairs of labelled mentions from different documents:

- precision: of the pairs rasid put in one incident, the share that are one event;
- recall: of the pairs that are one event, the share rasid put in one incident.

The same figures are given for ``incidents rebuild`` (bulk merging) after the incremental run, and
whether reversing the input order changed the grouping. ``cross_language`` gives the recall over the
gold pairs whose two documents differ in language (Arabic–English).

Gold documents that point at a corpus text (``real-merge/``, rasid.eval.corpus) are joined with
their text; where ``../shared/corpora`` is absent they are skipped and counted in ``skipped``.
"""

from __future__ import annotations

import tempfile
from itertools import combinations
from pathlib import Path
from typing import Any, Iterable

from sqlalchemy import select

from rasid.eval.corpus import CorpusMissing, resolve
from rasid.eval.gold import read_gold
from rasid.eval.score import match
from rasid.ingest.readers import parse_day
from rasid.model import Document as Doc
from rasid.model import Rejection
from rasid.pipeline import extract_document
from rasid.store.db import open_db
from rasid.store.ingest import store_result
from rasid.store.models import Document, Mention


def _load(files: Iterable[Path]) -> tuple[list[tuple[dict[str, Any], Any, dict[int, str]]], int]:
    """Extract every gold document; return (gold, result, {predicted index: event}) and the number skipped."""
    out = []
    skipped = 0
    for f in files:
        for line, g in read_gold(f):
            try:
                g = resolve(g)
            except CorpusMissing:
                skipped += 1
                continue
            doc = Doc(text=g["text"], id=g.get("id"), published=parse_day(g.get("published")),
                      lang=g.get("lang") if g.get("lang") in ("ar", "en") else None, source=g.get("source"),
                      url=g.get("url"), origin=f"{f}:{line}")
            res = extract_document(doc)
            if isinstance(res, Rejection):
                raise ValueError(str(res))
            labels: dict[int, str] = {}
            preds = res.to_json()["incidents"]
            for i, j in match(g["text"], preds, g.get("incidents", [])):
                labels[i] = g["incidents"][j].get("event")
            out.append((g, res, labels))
    return out, skipped


def _store(items: list[Any], db: str) -> tuple[Any, Any]:
    engine, factory = open_db(db)
    for _g, res, _labels in items:
        with factory.begin() as s:
            store_result(s, res)
    return engine, factory


def _grouping(factory: Any) -> dict[tuple[str, int], int]:
    with factory() as s:
        return {(ext, idx): inc for ext, idx, inc in
                s.execute(select(Document.ext_id, Mention.idx, Mention.incident_id).join(Document))}


def _pairs(labels: dict[tuple[str, int], str], grouping: dict[tuple[str, int], int],
           langs: dict[str, str] | None = None) -> dict[str, Any]:
    keys = sorted(labels)
    langs = langs or {}
    tp = fp = fn = 0
    x_tp = x_fn = 0
    false_merges, missed = [], []
    for a, b in combinations(keys, 2):
        if a[0] == b[0]:
            continue
        same_gold = labels[a] == labels[b]
        same_pred = grouping.get(a) is not None and grouping.get(a) == grouping.get(b)
        if same_gold and langs.get(a[0]) != langs.get(b[0]):
            x_tp += same_pred
            x_fn += not same_pred
        if same_gold and same_pred:
            tp += 1
        elif same_pred:
            fp += 1
            false_merges.append([f"{a[0]}#{a[1]}", labels[a], f"{b[0]}#{b[1]}", labels[b]])
        elif same_gold:
            fn += 1
            missed.append([f"{a[0]}#{a[1]}", f"{b[0]}#{b[1]}", labels[a]])
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    events = len(set(labels.values()))
    incidents = len({grouping[k] for k in keys if k in grouping})
    return {"pairs_gold": tp + fn, "pairs_predicted": tp + fp, "true_pairs": tp, "precision": round(p, 3),
            "recall": round(r, 3), "f1": round(f, 3), "events": events, "incidents": incidents,
            "cross_language": {"pairs_gold": x_tp + x_fn, "true_pairs": x_tp,
                               "recall": round(x_tp / (x_tp + x_fn), 3) if x_tp + x_fn else None},
            "false_merges": false_merges, "missed_merges": missed}


def evaluate(files: list[Path]) -> dict[str, Any]:
    from rasid.merge.merge import rebuild

    items, skipped = _load(files)
    labels = {(str(g.get("id")), i): ev for g, _res, lab in items for i, ev in lab.items() if ev}
    langs = {str(g.get("id")): str(res.lang) for g, res, _lab in items}
    gold_labelled = sum(1 for g, _res, _lab in items for inc in g.get("incidents", []) if inc.get("event"))
    with tempfile.TemporaryDirectory() as tmp:
        e1, f1 = _store(items, str(Path(tmp) / "fwd.db"))
        fwd = _grouping(f1)
        inc = _pairs(labels, fwd, langs)
        with f1.begin() as s:
            rebuild(s)
        bulk = _pairs(labels, _grouping(f1), langs)
        e2, f2 = _store(list(reversed(items)), str(Path(tmp) / "rev.db"))
        rev = _grouping(f2)
        e1.dispose()
        e2.dispose()

    def groups(g: dict[tuple[str, int], int]) -> set[frozenset[tuple[str, int]]]:
        by: dict[int, set[tuple[str, int]]] = {}
        for k, v in g.items():
            by.setdefault(v, set()).add(k)
        return {frozenset(v) for v in by.values()}

    return {"documents": len(items), "skipped": skipped, "gold_incidents": gold_labelled,
            "labelled_mentions": len(labels), "incremental": inc, "rebuild": bulk,
            "order_independent": groups(fwd) == groups(rev)}
