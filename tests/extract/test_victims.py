"""Who was harmed (CONTRACT.md section 7 "Victims"), and small tolls named by persons rather than figures."""

from __future__ import annotations

import pytest

from rasid.pipeline import extract_text


def one(text: str, published: str | None = "2024-03-05") -> dict:
    out = extract_text(text, published=published)
    assert len(out["incidents"]) == 1, out["incidents"]
    return out["incidents"][0]


@pytest.mark.parametrize("text", [
    # a target that harmed no one names no victims: "unknown", not the side that owns the target
    "شن الطيران الحربي غارة على منزل في بلدة ميس الجبل فجر اليوم، من دون وقوع إصابات.",
    "Two rockets hit a military base near Kirkuk on Monday, causing no casualties.",
])
def test_no_one_harmed_names_no_victims(text: str) -> None:
    got = one(text)
    assert got["victims"] == "unknown"


@pytest.mark.parametrize("text, killed, injured", [
    # a relative named with a possessive of two ("طفلهما"), persons named by role and joined ("ممرضة ومرافق")
    ("قصفت قوات النظام بلدة سرمين في ريف إدلب ما أدى لمقتل رجل وزوجته وإصابة طفلهما.", 2, 1),
    ("استهدفت مسيرة مستشفى الأبيض اليوم، ما أسفر عن إصابة ممرضة ومرافق أحد المرضى.", None, 2),
    # a person noun in the dual is two
    ("أصيب منتسبان في الجيش العراقي بجروح بانفجار عبوة ناسفة في قضاء الطارمية اليوم.", None, 2),
    ("قتل مزارعان وأصيب جنديان بقصف مدفعي على قرية في ريف حماة اليوم.", 2, 2),
    # English: a relative after a possessive; a person already counted does not take the next verb
    ("A rocket hit a house in Tripoli on Monday, killing a woman and her son and wounding her husband.", 2, 1),
    ("A man was killed and his son wounded when troops opened fire in Gaza City on Saturday.", 1, 1),
    ("An explosion in the town of Azaz killed a man and wounded five on Monday.", 1, 5),
])
def test_tolls_named_by_persons(text: str, killed: int | None, injured: int | None) -> None:
    got = one(text)
    assert (got["killed"]["min"], got["injured"]["min"]) == (killed, injured)


@pytest.mark.parametrize("text, victims", [
    # armed men of no known side are the attackers, not victims
    ("لقي مزارعان حتفهما برصاص مسلحين مجهولين ليل السبت في منطقة البوعيثة جنوبي بغداد.", "civilians"),
    ("خطف مسلحون مجهولون صباح الجمعة مدنيا يعمل راعيا للأغنام في أطراف ناحية الدبس.", "civilians"),
    # civilians named by role
    ("اختطف مسلحون حوثيون معلما من منزله في مدينة يريم فجر الاثنين.", "civilians"),
    ("Unidentified gunmen shot dead a schoolteacher in Tafas on Monday evening.", "civilians"),
])
def test_victims_named_by_role(text: str, victims: str) -> None:
    assert one(text)["victims"] == victims


def test_houthi_fighters_and_rebels_killed_are_combatants() -> None:
    from rasid.pipeline import extract_text

    got = extract_text("قتل 12 من مسلحي القبائل في غارة جوية على مدينة مأرب أمس", published="2015-08-01")
    assert [i["victims"] for i in got["incidents"]] == ["military"]


def test_activists_and_lawyers_are_civilians_a_media_centre_is_no_one() -> None:
    [inc] = extract_text("اختطف مسلحون مجهولون أحد الناشطين من منزله في مدينة الحديدة مساء أمس.",
                         published="2015-07-20")["incidents"]
    assert inc["victims"] == "civilians"
    [inc] = extract_text("استهدفت طائرة مسيرة سيارة عسكرية قرب مدينة عامودا أمس، ما أسفر عن مقتل عنصرين، بحسب بيان "
                         "للمركز الإعلامي للقوات.", published="2024-09-03")["incidents"]
    assert inc["victims"] == "military"


def test_a_partys_men_named_as_the_dead_are_combatants() -> None:
    [inc] = extract_text("قتل أحد مقاتلي المقاومة الشعبية وجرح ثلاثة آخرون صباح أمس بقذيفة سقطت على موقعهم في "
                         "منطقة الحريقة بمحافظة لحج.", published="2015-07-20")["incidents"]
    assert inc["victims"] == "military"
