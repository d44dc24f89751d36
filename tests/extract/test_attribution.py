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


@pytest.mark.parametrize("text, expected", [
    # the next sentence names a source and refers back to the event without a trigger of its own
    ("قتل طفلان وأصيبت امرأة بجروح مساء الأحد جراء قصف بقذائف الهاون على حي الجحملية شرقي مدينة تعز.\n"
     "وقال مصدر طبي في مستشفى الثورة إن جثتي الطفلين وصلتا الى المستشفى، فيما وصفت حالة المرأة بالحرجة.",
     [["medical sources"]]),
    ("Three civilians were killed on Sunday when a mortar shell hit a house in the town of Hays. "
     "Medics said the bodies of the three had been taken to a field hospital in al-Khawkhah.",
     [["medical sources"]]),
    # a later clause of the same sentence, with a speaker and no event of its own
    ("استشهد شاب برصاص قناصة الاحتلال شرق حي التفاح بمدينة غزة صباح اليوم، فيما زعم جيش الاحتلال في بيان أن "
     "قواته أحبطت تهديدا في المنطقة.", [["Israeli forces"]]),
])
def test_a_source_that_speaks_of_the_event_just_told_claims_it(text: str, expected: list[list[str]]) -> None:
    assert claimants(text) == expected


@pytest.mark.parametrize("text", [
    # a running total over a period is not the event just told
    "استشهد شابان في غارة إسرائيلية على بلدة عيترون ظهر اليوم.\n"
    "وبذلك ترتفع حصيلة الشهداء منذ الثامن من تشرين الأول الى أكثر من 300، وفق وزارة الصحة العامة.",
    # a statement that does not refer back is no claim of the event
    "استشهد شابان في غارة إسرائيلية على بلدة عيترون ظهر اليوم.\n"
    "وقال مسؤول في وزارة الخارجية إن لبنان سيتقدم بشكوى الى مجلس الأمن.",
])
def test_an_unrelated_or_period_statement_claims_nothing(text: str) -> None:
    assert claimants(text) == [[]]


@pytest.mark.parametrize("text, expected", [
    ("Shells hit a market in El Obeid on Monday, killing nine people, a doctor at the teaching hospital said.",
     ["medical sources"]),
    ("Gunmen abducted two aid workers near Ataq on Sunday, according to a local security source.", ["security sources"]),
    ("A mortar shell killed a woman in Hays on Sunday, according to the district health office.", ["medical sources"]),
    ("Israeli aircraft struck a house in Deir al-Balah on Monday, killing six people, according to the Palestinian "
     "Civil Defence.", ["civil defence"]),
    ("خطف مسلحون مجهولون صباح الجمعة راعيا للأغنام في ناحية الدبس، وفق ما أفاد به مصدر في شرطة كركوك.",
     ["security sources"]),
])
def test_source_kinds(text: str, expected: list[str]) -> None:
    assert claimants(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # a generic noun governing a named body: the body speaks ("نشطاء المرصد")
    ("قتل خمسة مدنيين في غارات روسية على بلدة سرمين صباح اليوم، وكان نشطاء المرصد السوري لحقوق الإنسان قد رصدوا "
     "الغارات.", ["Syrian Observatory for Human Rights"]),
    # "the X of Y (Z) said": the first body speaks
    ("Four civilians were killed on Monday when rockets hit houses in Abu Salim, the Health Ministry of the "
     "Government of National Accord (GNA) said.", ["Libyan Ministry of Health"]),
    # after a relative pronoun the noun that follows the verb is its object, not the speaker
    ("أصيبت مريضة بجروح فجر اليوم في قصف بمسيرة على المستشفى السعودي في الفاشر، بحسب وزارة الصحة السودانية التي "
     "اتهمت الدعم السريع بالوقوف وراء الهجوم.", ["Sudanese Ministry of Health"]),
    # a UN title written with the body it serves is one UN official
    ("قتل 23 مدنيا في غارة على حفل زفاف في قرية الواسط مساء الأحد، وقال منسق الشؤون الإنسانية للأمم المتحدة في اليمن "
     "إن المعلومات الأولية تشير الى ذلك.", ["UN official"]),
])
def test_which_noun_of_a_title_speaks(text: str, expected: list[str]) -> None:
    assert claimants(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    # "وزارة الصحة" is the ministry of the part of the country the report's places lie in
    ("أعلنت وزارة الصحة استشهاد شابين برصاص قوات الاحتلال خلال اقتحامها مخيم جنين فجر اليوم.",
     "Palestinian Ministry of Health"),
    ("أعلنت وزارة الصحة استشهاد خمسة مواطنين في غارة إسرائيلية على منزل في مدينة خان يونس فجر اليوم.",
     "Gaza Ministry of Health"),
    ("Two Palestinians were killed by Israeli fire during a raid on Nur Shams camp near Tulkarm on Tuesday, "
     "the health ministry said.", "Palestinian Ministry of Health"),
])
def test_health_ministry_by_region(text: str, expected: str) -> None:
    assert claimants(text) == [[expected]]


@pytest.mark.parametrize("text, expected", [
    # "الشهيد" refers back to the one just killed
    ("استشهد شاب برصاص قوات الاحتلال في بلدة بيتا جنوب نابلس مساء اليوم.\n"
     "وأعلنت وزارة الصحة أن الشهيد وصل إلى المستشفى بإصابة في الصدر.", [["Palestinian Ministry of Health"]]),
    # "المدير العام لوزارة": a title before the body that speaks
    ("قتل سبعة مدنيين جراء قصف مدفعي على السوق الرئيسي بمدينة كادقلي ظهر اليوم.\n"
     "وأوضح المدير العام لوزارة الصحة بالولاية أن حصيلة القصف ارتفعت إلى تسعة قتلى.", [["Sudanese Ministry of Health"]]),
])
def test_a_later_sentence_of_the_same_event(text: str, expected: list[list[str]]) -> None:
    assert claimants(text) == expected


@pytest.mark.parametrize("text, expected", [
    # the group that claims the attack is its speaker and its perpetrator
    ("قتل ثلاثة جنود صباح اليوم في هجوم بسيارة مفخخة على قاعدة عسكرية قرب مدينة جوهر.\n"
     "وتبنت حركة الشباب الهجوم في بيان بثته إذاعة الأندلس.", ("al-Shabaab", ["al-Shabaab"])),
    # a claim of responsibility with no trigger of its own names the event just told
    ("A car bomb exploded in a market in Kirkuk on Thursday, killing six people, police said.\n"
     "The Islamic State group claimed responsibility in a statement on its Amaq agency.",
     (None, ["security sources", "ISIS"])),
    # ... told at most two sentences before: a claim of an unreported barrage is not the strike's
    ("Israeli jets struck a house in the town of Aitaroun on Monday, killing two people.\n"
     "Sirens sounded in several towns of the Galilee later in the evening.\n"
     "Several launches were identified toward the area of Kiryat Shmona. No casualties were reported.\n"
     "Hezbollah claimed responsibility for the barrage.", ("Israeli forces", [])),
])
def test_a_claim_of_responsibility(text: str, expected: tuple[str | None, list[str]]) -> None:
    inc = extract_text(text, published="2024-03-05")["incidents"][0]
    assert ((inc["perpetrator"] or {}).get("name"), [c["name"] for c in inc["claimed_by"]]) == expected


@pytest.mark.parametrize("text, expected", [
    # a title between "according to" and the body ("بيان للمركز الإعلامي ل", "ما أفاد به مصدر في")
    ("استهدفت طائرة مسيرة تركية ظهر اليوم سيارة عسكرية قرب مدينة القامشلي ما أسفر عن مقتل عنصرين، بحسب بيان "
     "للمركز الإعلامي لقسد.", [["Syrian Democratic Forces"]]),
    ("قتل عنصران من البيشمركة في هجوم شنه مسلحون من تنظيم داعش على نقطة قرب قضاء مخمور ليل الخميس، بحسب ما أفاد "
     "به مصدر في وزارة شؤون البيشمركة.", [["Peshmerga"]]),
    # the body, then its office's title, then the verb
    ("On Tuesday night a rocket hit a house in the Abu Salim district of Tripoli, killing a woman, the Ministry of "
     "Health's media office said.", [["Libyan Ministry of Health"]]),
    # "إن الطيران ...": the next sentence speaks of the aircraft of the strike just told
    ("قتل خمسة مدنيين في غارة جوية على سوق مدينة الضعين مساء الأحد.\n"
     "وقال الناطق الرسمي باسم القوات المسلحة السودانية إن الطيران استهدف تجمعات للمليشيا في المدينة.",
     [["Sudanese Armed Forces"]]),
])
def test_titles_between_the_cue_and_the_body(text: str, expected: list[list[str]]) -> None:
    assert claimants(text) == expected


@pytest.mark.parametrize("text", [
    "وقالت قناة سكاي نيوز عربية إن خمسة مدنيين قتلوا في قصف على مدينة حلب أمس.",
    "وذكرت وكالة الأنباء الألمانية أن خمسة مدنيين قتلوا في قصف على مدينة حلب أمس.",
    "Five civilians were killed in shelling of Aleppo on Monday, Al Jazeera reported.",
])
def test_outlets_that_carry_a_claim_are_press_reports(text: str) -> None:
    from rasid.pipeline import extract_text

    incs = extract_text(text, published="2015-08-01")["incidents"]
    assert [[c["name"] for c in i["claimed_by"]] for i in incs] == [["press reports"]]
