"""The seed article: its six incidents and nothing else, at least five of them fully right."""

from __future__ import annotations

from testkit import check_output

from rasid.eval.score import Scores, score_document
from rasid.pipeline import extract_text


def test_seed_incidents(seed_gold, validator) -> None:
    out = extract_text(seed_gold["text"], doc_id="seed")
    check_output(out, seed_gold["text"], validator)
    s = Scores()
    score_document(s, seed_gold, out)
    assert s.pred == 6 and s.matched == 6, s.errors
    assert s.fully_right >= 5, s.errors
    # who says so: an opinion piece's own claims stay the author's ([]), never an actor it names
    assert s.field_right["claimed_by"] == 6 and s.field_right["perpetrator"] == 6, s.errors


def test_seed_mosul_strike(seed_gold) -> None:
    out = extract_text(seed_gold["text"])
    mosul = [i for i in out["incidents"] if (i["place"] or {}).get("name") == "Mosul"]
    assert len(mosul) == 1, "the Mosul strike is named in three paragraphs: one incident"
    m = mosul[0]
    assert m["killed"]["min"] == 200 and m["killed"]["max"] is None
    assert [c["name"] for c in m["claimed_by"]] == ["UN official"]
    assert m["perpetrator"]["name"] == "US-led coalition"
    # "استشهاد وإصابة المئات" counts killed and wounded together: never a death toll of hundreds
    assert all(i["killed"]["min"] != 200 or i is m for i in out["incidents"])


def test_seed_daquq_is_not_kirkuk(seed_gold) -> None:
    out = extract_text(seed_gold["text"])
    daquq = next(i for i in out["incidents"] if i["date"] and i["date"]["value"] == "2016-10-21")
    assert daquq["place"]["name"] == "Daquq"
    assert daquq["claimed_by"][0]["name"] == "Russian military"
    assert daquq["perpetrator"]["name"] == "US-led coalition"
    assert daquq["victims"] == "civilians"
