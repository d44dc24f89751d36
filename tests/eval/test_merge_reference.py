"""`rasid eval --merge` reads gold that points at corpus texts (real-merge/, issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rasid.cli import main
from rasid.eval.corpus import corpora_root
from rasid.eval.merge_score import evaluate

GOLD = Path(__file__).resolve().parent / "merge_reference.jsonl"  # two SaudiNewsNet ids + one English report


@pytest.mark.skipif(corpora_root() is None, reason="../shared/corpora absent (set RASID_CORPORA)")
def test_reference_documents_are_resolved_and_scored() -> None:
    r = evaluate([GOLD])
    assert r["documents"] == 3 and r["skipped"] == 0
    assert r["gold_incidents"] == 3
    m = r["incremental"]
    assert set(m["cross_language"]) == {"pairs_gold", "true_pairs", "recall"}
    assert m["cross_language"]["pairs_gold"] <= m["pairs_gold"] <= 3


def test_reference_documents_skipped_without_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("RASID_CORPORA", str(tmp_path))  # an empty folder: no corpus there
    assert main(["eval", "--merge", str(GOLD)]) == 0
    out = capsys.readouterr()
    assert "skipped 2 gold documents whose texts live in ../shared/corpora" in out.err
    assert "documents 1" in out.out  # the English report holds its own text


def test_strict_recall_counts_a_gold_incident_not_extracted_as_unmerged() -> None:
    from rasid.eval.merge_score import _strict

    def doc(id_: str, events: list[str], found: dict[int, int]) -> tuple[object, ...]:
        return ({"id": id_, "incidents": [{"event": e} for e in events]}, None, {}, found)

    items = [doc("a", ["e1", "x"], {0: 0}), doc("b", ["e1"], {0: 0}), doc("c", ["e1"], {})]  # c's not extracted
    grouping = {("a", 0): 1, ("b", 0): 1}
    r = _strict(items, grouping, {"a": "ar", "b": "ar", "c": "en"})
    assert (r["pairs_gold"], r["true_pairs"], r["recall"]) == (3, 1, 0.333)  # a-b merged; a-c and b-c missed
    assert r["cross_language"] == {"pairs_gold": 2, "true_pairs": 0, "recall": 0.0}
