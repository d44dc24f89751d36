"""Who says so: the rules of CONTRACT.md on claimants, on report sentences written for the tests."""

from __future__ import annotations

import pytest

from rasid.pipeline import extract_text


def claimants(text: str, published: str | None = "2024-03-05") -> list[list[str]]:
    out = extract_text(text, published=published)
    return [[c["name"] for c in inc["claimed_by"]] for inc in out["incidents"]]


@pytest.mark.parametrize("text", [
    # a body's own release: the author states it in its own voice (claimed_by [])
    "بيان صحفي صادر عن وزارة الصحة الفلسطينية - غزة\n"
    "تؤكد الوزارة أن قصفا مدفعيا إسرائيليا استهدف منزلا في حي الزيتون صباح اليوم أسفر عن استشهاد أربعة مواطنين.",
    "Statement by the Sudan Doctors Network\n"
    "Shells fired by the Rapid Support Forces hit a market in El Fasher on Monday, killing seven civilians, "
    "the network said.",
])
def test_author_of_a_release_is_no_claimant(text: str) -> None:
    assert claimants(text) == [[]]


@pytest.mark.parametrize("text", [
    "سقطت قذيفة على منزل في بلدة طمون مساء أمس ما أدى الى إصابة طفلين، ولم يعلن جيش الاحتلال عن تفاصيل.",
    "فجر مسلحون عبوة ناسفة بدورية قرب بلدة الطارمية صباح اليوم، فلم تعلن الشرطة عن حصيلة.",
])
def test_negated_speech_verb_with_conjunction_claims_nothing(text: str) -> None:
    assert claimants(text) == [[]]


@pytest.mark.parametrize("text", [
    "أصيب ثلاثة مواطنين بجروح في غارة إسرائيلية على بلدة الخيام ظهر اليوم، نقلوا الى مستشفى مرجعيون الحكومي.",
    "استشهد شابان في قصف مدفعي على حي الشجاعية صباح اليوم ونقلت جثامينهما الى المستشفى المعمداني.",
])
def test_taken_to_hospital_is_not_the_hospital_speaking(text: str) -> None:
    assert claimants(text) == [[]]


@pytest.mark.parametrize("text", [
    "شهد مخيم الفارعة اشتباكات مسلحة عنيفة أمس عقب اقتحامه من قبل قوات الاحتلال، أعلنت على اثرها "
    "كتيبة طوباس استشهاد اثنين من مقاتليها.",
])
def test_object_of_a_preposition_is_not_the_speaker(text: str) -> None:
    assert "Israeli forces" not in claimants(text)[0]


@pytest.mark.parametrize("text, expected", [
    ("قتل خمسة أشخاص بغارات إسرائيلية على محيط مدينة مصياف ليل الأحد، بحسب ما نقلت وكالة الأنباء الرسمية "
     "عن وزارة الدفاع السورية.", ["Syrian Ministry of Defence"]),
    ("A car bomb killed three soldiers in Tal Afar on Monday, state media said, citing a security source.",
     ["security sources"]),
    # "أعلن عن": the news announced, not a source relayed
    ("أعلنت وزارة الصحة الفلسطينية عن استشهاد شاب برصاص قوات الاحتلال في بلدة طمون فجر اليوم.",
     ["Palestinian Ministry of Health"]),
])
def test_an_agency_that_relays_a_source_is_not_the_claimant(text: str, expected: list[str]) -> None:
    assert claimants(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("جنين – وفا| أعلنت وزارة الصحة الفلسطينية استشهاد شابين برصاص قوات الاحتلال في مخيم جنين فجر اليوم.",
     ["Palestinian Ministry of Health"]),
    ("الحديدة (اليمن) - الأناضول\nقالت مصادر محلية إن لغما أرضيا انفجر بسيارة في مديرية حيس أمس ما أدى الى "
     "مقتل ثلاثة أطفال.", ["local sources"]),
    ("ADEN, Yemen (Reuters) — A drone strike killed four soldiers at a checkpoint in Mudiyah on Sunday, "
     "a military official said.", ["security sources"]),
])
def test_the_outlet_of_the_byline_is_the_author(text: str, expected: list[str]) -> None:
    assert claimants(text) == [expected]


def test_local_source_place_beats_the_byline_city() -> None:
    out = extract_text("أربيل (الأناضول) – قالت مصادر محلية في قضاء سنجار غربي محافظة نينوى، إن طائرة مسيرة تركية "
                       "استهدفت مساء الأربعاء سيارة على طريق فرعي، ما أسفر عن مقتل شخصين.", published="2023-05-18")
    (inc,) = out["incidents"]
    assert inc["place"]["name"] == "Sinjar"
    assert [c["name"] for c in inc["claimed_by"]] == ["local sources"]


@pytest.mark.parametrize("text, expected", [
    ("قتل جنديان وأصيب أربعة آخرون فجر الأحد في هجوم انتحاري بسيارة مفخخة استهدف بوابة أمنية عند مدخل "
     "بلدة زلة، وفق ما أكد مصدر عسكري. وتبنى تنظيم داعش الهجوم في بيان نشرته وكالة أعماق.",
     [["security sources", "ISIS"]]),
    ("A suicide bomber killed nine fighters at a checkpoint in Bayji on Thursday, a PMF spokesman said. "
     "ISIS claimed the attack in a statement on its Amaq channel.", [["Popular Mobilization Forces", "ISIS"]]),
])
def test_a_claim_of_responsibility_joins_the_attack_it_names(text: str, expected: list[list[str]]) -> None:
    assert claimants(text) == expected


def test_a_claim_of_the_attack_never_joins_an_abduction() -> None:
    text = ("Gunmen killed four soldiers at a checkpoint near Mudiyah on Sunday, an official said, days after gunmen "
            "abducted two aid workers in Ataq. AQAP later claimed the attack in a statement on Telegram.")
    assert claimants(text) == [["AQAP"], []]  # the attack is claimed, the abduction not


@pytest.mark.parametrize("text", [
    "قتل ثلاثة مدنيين بانفجار سيارة مفخخة في سوق مدينة الصدر ظهر اليوم. وفي حادث منفصل، أصيب شرطيان بانفجار "
    "عبوة ناسفة في مدينة الصدر مساء اليوم.",
    "A car bomb killed three civilians in a market in Sadr City on Monday. In a separate incident, a roadside "
    "bomb wounded two policemen in Sadr City on Monday.",
])
def test_a_separate_incident_is_not_joined(text: str) -> None:
    assert len(extract_text(text, published="2024-03-05")["incidents"]) == 2


@pytest.mark.parametrize("text, expected", [
    # the short name of a body named in full before is that body
    ("قتل أربعة مدنيين بقصف مدفعي على بلدة كفرنبل بريف إدلب صباح اليوم، وفق ما أفاد الدفاع المدني السوري.\n"
     "وقال الدفاع المدني إن فرقه انتشلت جثث الضحايا من تحت أنقاض منزلين في البلدة.",
     [["Syrian Civil Defence"]]),
    # every source that speaks of the event claims, not only the one of the figures
    ("استشهد خمسة مواطنين في غارة إسرائيلية على منزل في بلدة بيت لاهيا مساء أمس، بحسب ما أعلن الدفاع المدني.\n"
     "في المقابل، زعم جيش الاحتلال أن طائراته أغارت على مسلحين في بيت لاهيا.",
     [["civil defence", "Israeli forces"]]),
    # a defence ministry named by its country; the Turkish one stands for Turkish forces (CONTRACT.md 4)
    ("قالت وزارة الدفاع التركية إن طائرة مسيرة تركية قتلت 3 مسلحين في غارة على قرية قرب بلدة عامودا مساء أمس.",
     [["Turkish forces"]]),
])
def test_sources_of_one_event(text: str, expected: list[list[str]]) -> None:
    assert claimants(text) == expected
