"""Who did it and who says so, on short report sentences (Arabic and English side by side)."""

from __future__ import annotations

import pytest

from rasid.pipeline import extract_text


def one(text: str, published: str | None = "2024-03-05") -> dict:
    out = extract_text(text, published=published)
    assert len(out["incidents"]) == 1, out["incidents"]
    return out["incidents"][0]


@pytest.mark.parametrize("text, perpetrator", [
    ("قتل خمسة مدنيين في غارة جوية شنها طيران النظام على بلدة سرمين بريف إدلب.", "Syrian government forces"),
    ("أصيب ثلاثة مدنيين بقصف مدفعي تركي على قرية في ريف الحسكة اليوم.", "Turkish forces"),
    ("استشهد شاب برصاص جنود الاحتلال في مدينة جنين صباح اليوم.", "Israeli forces"),
    ("عناصر داعش هاجمت نقطة للجيش في قضاء الطارمية شمالي بغداد ما أدى الى مقتل جنديين.", "ISIS"),
    ("RSF fighters shelled the city of El Obeid on Monday, killing three civilians, medics said.", "Rapid Support Forces"),
    ("An Israeli drone strike on a car near Nabatieh killed two people on Monday.", "Israeli forces"),
])
def test_perpetrator(text: str, perpetrator: str) -> None:
    assert one(text)["perpetrator"]["name"] == perpetrator


@pytest.mark.parametrize("text", [
    "استهدف طيران مجهول الهوية رتلا قرب مدينة البوكمال فجر اليوم ما أدى الى مقتل ثلاثة.",
    "An unidentified drone struck a car near al-Mayadin on Monday, killing two men.",
])
def test_unknown_attacker_stays_null(text: str) -> None:
    assert one(text)["perpetrator"] is None


@pytest.mark.parametrize("text, claimants", [
    ("قال مصدر طبي إن ثلاثة مدنيين قتلوا في قصف مدفعي على مدينة تعز اليوم.", ["medical sources"]),
    ("وكانت مصادر في قوات الأمن العراقية أكدت مقتل 22 من عناصرها في غارات للتحالف على مشارف مدينة الرمادي.",
     ["Iraqi security sources"]),
    ("Shelling killed four civilians in Aleppo on Monday, local sources and a war monitor said.",
     ["local sources", "Syrian Observatory for Human Rights"]),
    ("قتل أربعة مدنيين في غارة جوية على مدينة إدلب اليوم.", []),
])
def test_claimants(text: str, claimants: list[str]) -> None:
    assert [c["name"] for c in one(text)["claimed_by"]] == claimants


def test_accuser_claims_and_accused_did_it() -> None:
    # (published the next day: the strike's date is the event's, and a strike eight years before the
    # report would be history)
    inc = one("اتهم الجيش الروسي قوات التحالف بقصف جوي على بلدة داقوق الجمعة 21 أكتوبر 2016 ما أدى الى مقتل العشرات.",
              published="2016-10-22")
    assert inc["perpetrator"]["name"] == "US-led coalition"
    assert [c["name"] for c in inc["claimed_by"]] == ["Russian military"]


@pytest.mark.parametrize("text", [
    "نفى التحالف الدولي أن يكون قد شن غارة على مدينة الموصل أمس.",
    "يجب وقف القصف الجوي على المدن فورا.",
    "The army threatened to shell Tripoli if the militias did not withdraw.",
    "Since October, 432 people have been killed in fighting around Tripoli, the UN said.",
    "ارتفعت أسعار النفط بنسبة 5% في 3 أشهر لتصل إلى 90 دولارا للبرميل.",
])
def test_no_incident(text: str) -> None:
    assert extract_text(text, published="2024-03-05")["incidents"] == []


@pytest.mark.parametrize("text, perpetrator", [
    # belonging after the weapon names the attacker; after the victims or a speaker it does not
    ("قال مصدر محلي إن طائرة مسيرة إماراتية تابعة لقوات حفتر استهدفت فجر اليوم شاحنة مدنية قرب مدينة غريان.",
     "Libyan National Army"),
    # the subject of a verb of defence repelled the attack: the attacker is the other side
    ("أفاد مصدر عسكري بأن أبطال الجيش الوطني كسروا هجوما شنته عناصر المليشيا الحوثية فجر اليوم في جبهة حيس "
     "جنوب محافظة الحديدة.", "Houthis"),
    # "بأنه تم اعتراض": a passive names no doer, the speaker did not fire
    ("صرح المتحدث باسم التحالف بأنه تم صباح اليوم اعتراض صاروخ باليستي أطلقته الميليشيا الحوثية على مدينة مأرب "
     "ما أدى الى إصابة ثلاثة مدنيين.", "Houthis"),
])
def test_perpetrator_by_role(text: str, perpetrator: str) -> None:
    assert one(text)["perpetrator"]["name"] == perpetrator


@pytest.mark.parametrize("text", [
    "قتل أربعة جنود من قوات الحزام الأمني التابعة للمجلس الانتقالي الجنوبي مساء الثلاثاء في هجوم بطائرة مسيرة "
    "مفخخة استهدف نقطة عسكرية في منطقة المحفد.",
    "The army said its troops repelled an attack on a checkpoint near Mudiyah on Sunday, killing four attackers.",
])
def test_victims_side_or_defender_is_not_the_perpetrator(text: str) -> None:
    perp = one(text)["perpetrator"]
    assert perp is None or perp["name"] not in ("Southern Transitional Council", "Yemeni government forces")


@pytest.mark.parametrize("text, perpetrator", [
    ("تواصل ميليشيا الحوثي التصعيد في محافظة الضالع.\n"
     "وقتل مزارع وأصيب ابنه أمس الاثنين بانفجار لغم أرضي زرعته المليشيا في قرية الحقب بمديرية قعطبة.", "Houthis"),
    ("تتقدم قوات الدعم السريع نحو مدينة الأبيض منذ أسابيع.\n"
     "واستهدفت مسيرة تابعة للميليشيا سوقا شعبيا في مدينة الأبيض صباح اليوم الثلاثاء ما أدى إلى مقتل خمسة مدنيين.",
     "Rapid Support Forces"),
    ("Houthi fighters have tightened their siege of the city for weeks.\n"
     "On Monday the militia shelled the Wadi al-Qadi neighbourhood of Taiz, killing two children.", "Houthis"),
])
def test_the_militia_is_the_one_named_before(text: str, perpetrator: str) -> None:
    assert one(text)["perpetrator"]["name"] == perpetrator


@pytest.mark.parametrize("text, perpetrator", [
    # a verb in the present tense of a post or a headline, the subject before it
    ("Russian jets carry out four airstrikes on the outskirts of Saraqib in eastern Idlib, without causing casualties.",
     "Russian forces"),
    # a singular aircraft between the force and its verb
    ("A Sudanese Air Force Antonov bombed the cattle market in Mellit on Thursday, killing five people.",
     "Sudanese Armed Forces"),
    ("U.S. Africa Command conducted an airstrike against al-Shabaab near Jilib on Monday, killing three militants.",
     "US forces"),
    # "قد" between the subject and its verb of attack ("دكت")
    ("وكانت وحدات من الجيش العربي السوري قد دكت أمس بضربات مدفعية مقرات الإرهابيين في محيط بلدة سراقب وأوقعت قتلى "
     "في صفوفهم.", "Syrian government forces"),
    # the masculine definite adjective after the weapon's owner
    ("أصيب مواطن بجروح مساء أمس بنيران حرس الحدود السعودي في منطقة آل الشيخ بمديرية شدا الحدودية.", "Saudi forces"),  # the border guards, not the coalition
    # a dual object pronoun on the verb of firing
    ("قتل أربعة مدنيين في قصف بقذيفتين أطلقتهما قوات الدعم السريع على سوق مدينة الدلنج ظهر اليوم.", "Rapid Support Forces"),
    # "the militias" (plural) is the armed group named before
    ("Haftar's forces have tried to enter the capital since April.\n"
     "On Tuesday night a rocket fired by the militias hit a house in the Salah al-Din district, killing a child.",
     "Libyan National Army"),
])
def test_perpetrator_forms(text: str, perpetrator: str) -> None:
    incs = extract_text(text, published="2024-03-05")["incidents"]
    assert incs and incs[-1]["perpetrator"]["name"] == perpetrator


@pytest.mark.parametrize("text, perpetrator", [
    # a claim or an attribution after the event ("تبناه", "نسب إلى")
    ("أودى تفجير انتحاري في مدينة الرمادي أمس بحياة 20 شخصا، وقد تبناه تنظيم داعش.", "ISIS"),
    ("مقتل 12 شخصا في تفجير انتحاري أمس في بلدة الخالص نسب إلى تنظيم داعش.", "ISIS"),
    # "قام به" / "قاموا بـ" name the doer
    ("سقط خمسة مدنيين قتلى في تعز أمس جراء قصف مدفعي قام به المتمردون الحوثيون.", "Houthis"),
    ("وأفاد شهود بأن مسلحين حوثيين قاموا مساء أمس باقتياد محام من منزله في مدينة الحديدة.", "Houthis"),
    # an ambush, and the resistance of a Yemeni report
    ("سقط ثمانية من الحوثيين قتلى أمس في مدينة رداع إثر كمين نصبته المقاومة الشعبية.", "Yemeni popular resistance"),
])
def test_claims_doers_and_ambushes(text: str, perpetrator: str) -> None:
    incs = extract_text(text, published="2015-08-01")["incidents"]
    assert [i["perpetrator"]["name"] for i in incs if i["perpetrator"]] == [perpetrator]
