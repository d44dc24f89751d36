"""Scoring the merge: do the reports of one event end up in one incident, and only those?

Gold documents carry an ``event`` label on each incident (``dev-merge/``). Each document is
extracted and stored in a throwaway SQLite database exactly as ``rasid ingest`` does; every predicted
incident matched to a gold incident (the extraction scorer's matching) takes that incident's label.
Over pairs of labelled mentions from different documents:

- precision: of the pairs rasid put in one incident, the share that are one event;
- recall: of the pairs that are one event, the share rasid put in one incident.

The same figures are given for ``incidents rebuild`` (bulk merging) after the incremental run, and
whether reversing the input order changed the grouping. ``cross_language`` gives the recall over the
gold pairs whose two documents differ in language (Arabic–English). ``strict`` gives the recall over
every gold pair of one event, a gold incident that rasid did not extract (or matched elsewhere) counting
as unmerged: the pairwise figures above are over extracted mentions only and flatter a run that misses
the reports it would have failed to merge.

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


def _load(files: Iterable[Path]) -> tuple[list[tuple[dict[str, Any], Any, dict[int, str], dict[int, int]]], int]:
    """Extract every gold document; return (gold, result, {predicted index: event}, {gold index: predicted
    index}) and the number skipped."""
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
            found: dict[int, int] = {}
            preds = res.to_json()["incidents"]
            for i, j in match(g["text"], preds, g.get("incidents", [])):
                labels[i] = g["incidents"][j].get("event")
                found[j] = i
            out.append((g, res, labels, found))
    return out, skipped


def _store(items: list[Any], db: str) -> tuple[Any, Any]:
    engine, factory = open_db(db)
    for _g, res, *_ in items:
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


def _strict(items: list[Any], grouping: dict[tuple[str, int], int], langs: dict[str, str]) -> dict[str, Any]:
    """Recall over every gold pair of one event (reports of different documents), a gold incident that
    was not extracted counting as unmerged: what an analyst would still join by hand."""
    gold: list[tuple[str, str, tuple[str, int] | None]] = []  # (document, event, predicted mention)
    for g, _res, _lab, found in items:
        doc = str(g.get("id"))
        for j, inc in enumerate(g.get("incidents", [])):
            if inc.get("event"):
                gold.append((doc, inc["event"], (doc, found[j]) if j in found else None))
    tp = n = x_tp = x_n = 0
    for (da, ea, ka), (db, eb, kb) in combinations(gold, 2):
        if da == db or ea != eb:
            continue
        hit = ka is not None and kb is not None and grouping.get(ka) is not None and grouping.get(ka) == grouping.get(kb)
        n += 1
        tp += hit
        if langs.get(da) != langs.get(db):
            x_n += 1
            x_tp += hit
    return {"pairs_gold": n, "true_pairs": tp, "recall": round(tp / n, 3) if n else None,
            "cross_language": {"pairs_gold": x_n, "true_pairs": x_tp, "recall": round(x_tp / x_n, 3) if x_n else None}}


def evaluate(files: list[Path]) -> dict[str, Any]:
    from rasid.merge.merge import rebuild

    items, skipped = _load(files)
    labels = {(str(g.get("id")), i): ev for g, _res, lab, _f in items for i, ev in lab.items() if ev}
    langs = {str(g.get("id")): str(res.lang) for g, res, _lab, _f in items}
    gold_labelled = sum(1 for g, *_ in items for inc in g.get("incidents", []) if inc.get("event"))
    with tempfile.TemporaryDirectory() as tmp:
        e1, f1 = _store(items, str(Path(tmp) / "fwd.db"))
        fwd = _grouping(f1)
        inc = _pairs(labels, fwd, langs)
        inc["strict"] = _strict(items, fwd, langs)
        with f1.begin() as s:
            rebuild(s)
        bulk_grouping = _grouping(f1)
        bulk = _pairs(labels, bulk_grouping, langs)
        bulk["strict"] = _strict(items, bulk_grouping, langs)
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
