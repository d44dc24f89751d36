"""Every output the engine produces on the dev set is valid contract JSON with exact spans."""

from __future__ import annotations

from testkit import check_output

from rasid.pipeline import extract_text


def test_dev_set_outputs_are_contract_valid(dev_docs, validator) -> None:
    n_incidents = 0
    for d in dev_docs:
        out = extract_text(d["text"], published=d.get("published"), doc_id=d["id"], lang=d.get("lang"))
        check_output(out, d["text"], validator)
        n_incidents += len(out["incidents"])
    assert n_incidents > 50


def test_null_stays_null_without_published() -> None:
    out = extract_text("قتل ثلاثة مدنيين أمس في قصف مدفعي على بلدة كفرنبل بريف إدلب.")
    inc = out["incidents"][0]
    assert inc["date"] is None or inc["date"]["value"] is None
    assert inc["killed"] == {**inc["killed"], "min": 3, "max": 3}
