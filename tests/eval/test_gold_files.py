"""The dev set is well formed, large and varied enough (issue: foundation, item 6)."""

from __future__ import annotations

from testkit import DEV

from rasid.eval.gold import check_files


def test_dev_set_passes_the_gold_checker() -> None:
    n, problems = check_files([str(DEV)])
    assert problems == []
    assert n >= 80


def test_dev_set_composition(dev_docs) -> None:
    langs = [d["lang"] for d in dev_docs]
    assert langs.count("ar") >= 60 and langs.count("en") >= 20
    assert sum(1 for d in dev_docs if not d["incidents"]) >= 10
    assert all(d.get("notes") for d in dev_docs)
    countries = {i["place"]["country"] for d in dev_docs for i in d["incidents"] if i.get("place")}
    assert {"IQ", "SY", "YE", "LY", "PS", "LB", "SD"} <= countries
