"""Quality gate: the dev-set figures never fall below the floors pinned in eval_baseline.json."""

from __future__ import annotations

import json
from pathlib import Path

from rasid.eval.score import Scores, score_document
from rasid.pipeline import extract_text

BASELINE = json.loads((Path(__file__).with_name("eval_baseline.json")).read_text(encoding="utf-8"))


def test_dev_set_meets_the_floors(dev_docs) -> None:
    s = Scores()
    for d in dev_docs:
        out = extract_text(d["text"], published=d.get("published"), doc_id=d["id"], lang=d.get("lang"))
        score_document(s, d, out)
    got = s.to_json()
    assert got["documents"] == BASELINE["documents"], "dev/ changed: re-base the floors on the new set (commit message says so)"
    below = [f"{k} {got[k]} < {BASELINE[k]}" for k in ("precision", "recall", "f1") if got[k] < BASELINE[k]]
    below += [f"{k} {got['fields'][k]} < {v}" for k, v in BASELINE["fields"].items() if got["fields"][k] < v]
    assert got["span_violations"] <= BASELINE["span_violations"]
    assert not below, "dev-set regression: " + "; ".join(below)
