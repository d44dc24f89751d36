"""Casualty figures, Arabic and English side by side."""

from __future__ import annotations

import pytest

from rasid.extract.counts import find_figures
from rasid.pipeline import extract_text
from rasid.text.normalize import normalize
from rasid.text.tokens import tokenize


def figures(lang: str, text: str) -> list[tuple[str, int | None, int | None]]:
    n = normalize(text).norm
    return [(f.role, f.q.min, f.q.max) for f in find_figures(lang, n, tokenize(n))]


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        ("ar", "بعد تأكيد مقتل ما لا يقل عن 200 شخص في غارة", [("killed", 200, None)]),
        ("ar", "أكدت مقتل 22 من عناصرها على الأقل", [("killed", 22, None)]),
        ("ar", "قتل العشرات من منتسبي اللواء 50 في الفرقة الـ14", [("killed", 20, None)]),
        ("ar", "تسبب في استشهاد وإصابة المئات من المدنيين", [("killed_or_injured", 200, None)]),
        ("ar", "سقوط ١٠ بين قتيل وجريح", [("killed_or_injured", 10, 10)]),
        ("ar", "مقتل خمسة وإصابة 10 آخرين", [("killed", 5, 5), ("injured", 10, 10)]),
        ("ar", "استشهاد تسعة أطفال وست نساء", [("killed", 15, 15)]),
        ("ar", "مقتل مائتين وخمسين شخصا", [("killed", 250, 250)]),
        ("ar", "مقتل بين 10 و15 مدنيا", [("killed", 10, 15)]),
        ("ar", "مقتل نحو 30 شخصا", [("killed", 30, 30)]),
        ("ar", "أسفر عن مقتل طفل", [("killed", 1, 1)]),
        ("ar", "على بعد 50 كلم من المدينة وعمره 17 عاما", []),
        ("en", "At least 12 people were killed and 30 wounded", [("killed", 12, None), ("injured", 30, 30)]),
        ("en", "killing three civilians and wounding 14", [("killed", 3, 3), ("injured", 14, 14)]),
        ("en", "a dozen soldiers and eight fighters were killed", [("killed", 20, 20)]),
        ("en", "killing or wounding 30 people", [("killed_or_injured", 30, 30)]),
        ("en", "dozens of civilians were killed", [("killed", 24, None)]),
        ("en", "up to 30 people died", [("killed", None, 30)]),
        ("en", "the 5th Brigade lost 2 vehicles 40 km away", []),
        ("ar", "ارتفعت حصيلة القتلى جراء الغارة إلى 17", [("killed", 17, 17)]),
        ("en", "The death toll from Thursday's suicide bombing rose to 11", [("killed", 11, 11)]),
        ("ar", "قتل جنديان وأصيب ثالث", [("killed", 2, 2), ("injured", 1, 1)]),
        ("ar", "14 مدنيا، بينهم ثلاثة أطفال وامرأتان، قتلوا", [("killed", 14, 14)]),
        ("en", "Four civilians, among them a girl, were killed", [("killed", 4, 4)]),
        ("ar", "قصف مدفعي دون أن يسفر عن إصابات", [("killed", 0, 0), ("injured", 0, 0)]),
        ("en", "Two of the dead were civilians", []),
        # SANA's "ارتقى شهيد", "وراح ضحيته", an assassination of one named person
        ("ar", "ارتقى شهيد وأصيب ٥ مواطنين بينهم ٣ أطفال", [("killed", 1, 1), ("injured", 5, 5)]),
        ("ar", "ما أدى إلى ارتقاء شهيد وإصابة خمسة مواطنين بجروح", [("killed", 1, 1), ("injured", 5, 5)]),
        ("ar", "فيما ارتقى ثلاثة من أبطال الجيش شهداء", [("killed", 3, 3)]),
        ("ar", "قصف طال منزلا وسط المدينة وراح ضحيته ستة من أبناء المدينة", [("killed", 6, 6)]),
        ("ar", "مسلحون مجهولون يغتالون مختار إحدى القرى برصاص مسدسات كاتمة", [("killed", 1, 1)]),
        ("ar", "اغتيال قيادي في الحركة بعبوة لاصقة", [("killed", 1, 1)]),
    ],
)
def test_figures(lang: str, text: str, expected: list) -> None:
    assert figures(lang, text) == expected


@pytest.mark.parametrize("text, value", [
    ("two hundred fifty", 250), ("one hundred twenty-five", 125), ("two hundred and fifty", 250),
    ("one thousand two hundred", 1200), ("a hundred", 100),
])
def test_english_number_words(text: str, value: int) -> None:
    from rasid.extract.numbers import find_quantities

    n = normalize(text).norm
    assert [q.min for q in find_quantities("en", n, tokenize(n))] == [value]


@pytest.mark.parametrize("text, killed", [
    ("استهدفت مسيرة انتحارية مخيم أبوشوك للنازحين فجر اليوم ما أدى الى سقوط شهيدين وعدد من الجرحى.", 2),
    ("قصفت مدفعية الاحتلال بلدة بيت لاهيا صباح اليوم ما أسفر عن سقوط قتيلين.", 2),
])
def test_dual_casualty_noun_in_the_accusative(text: str, killed: int) -> None:
    inc = extract_text(text, published="2024-03-05")["incidents"][0]
    assert inc["killed"]["min"] == killed


def test_left_is_not_a_verb_of_killing() -> None:
    text = ("Gunmen abducted a member of the Janzour municipal council as he left a mosque after evening prayers "
            "on Monday, witnesses said.")
    inc = extract_text(text, published="2021-03-17")["incidents"][0]
    assert inc["killed"]["min"] is None


@pytest.mark.parametrize("text", [
    "A drone struck the main power station of Umm Ruwaba late on Sunday, causing a blackout but no casualties. "
    "Sudan's war, which broke out in April 2023, has killed tens of thousands of people, the UN says.",
    "استهدفت مسيرة محطة الكهرباء في مدينة أم روابة مساء الأحد دون وقوع إصابات. وأودت الحرب التي اندلعت في "
    "أبريل 2023 بحياة عشرات الآلاف من الأشخاص.",
])
def test_a_war_toll_is_no_figure_of_the_event_before(text: str) -> None:
    inc = extract_text(text, published="2024-03-05")["incidents"][0]
    assert inc["killed"]["min"] in (0, None)


@pytest.mark.parametrize(
    "lang, text, expected",
    [
        # a figure in brackets, as army and ministry statements write it
        ("ar", "أسفرت الضربة عن تدمير المقر وقتل (7) مسلحين", [("killed", 7, 7)]),
        ("ar", "ما أدى إلى استشهاد (12) مواطنا بينهم أطفال", [("killed", 12, 12)]),
        ("ar", "وتكبدت القوة المهاجمة أكثر من (٣٠) قتيلا", [("killed", 30, None)]),
        # "of them" after a figure: counted when a casualty word stands right before it
        ("ar", "سقطت قذيفة على المنزل ما أدى لمقتل ثلاثة منهم", [("killed", 3, 3)]),
        ("ar", "قتل 14 شخصا، 5 منهم أطفال", [("killed", 14, 14)]),
        # one person named by a singular noun or a singular verb with its own pronoun
        ("ar", "استهدفت المسيرة دراجة نارية ما أدى إلى سقوط شهيد", [("killed", 1, 1)]),
        ("ar", "أسفر القصف عن مقتل سائقها ومرافقه", [("killed", 2, 2)]),
        ("ar", "مزارع في الخمسين من عمره لقي حتفه بانفجار لغم", [("killed", 1, 1)]),
        ("en", "A 19-year-old shepherd from the village was shot dead near the fence", [("killed", 1, 1)]),
        # nobody killed or hurt
        ("ar", "انفجرت العبوة دون أن تسفر عن قتلى أو جرحى", [("killed", 0, 0), ("injured", 0, 0)]),
    ],
)
def test_brackets_subsets_singulars(lang: str, text: str, expected: list) -> None:
    assert figures(lang, text) == expected


def test_a_singular_verb_gives_way_to_a_stated_figure() -> None:
    # "was killed" counts one only where the clause gives no other figure of the killed
    assert figures("en", "Four people were killed when the house was hit; the owner was killed too") == [("killed", 4, 4)]


def test_killed_and_wounded_together_is_a_combined_toll() -> None:
    from rasid.pipeline import extract_text

    inc = extract_text("Ten people were killed and wounded in shelling of Aleppo on Saturday.", published="2015-08-01")["incidents"][0]
    assert (inc["killed"]["min"], inc["injured"]["min"], inc["killed_or_injured"]["min"]) == (None, None, 10)
    inc = extract_text("Ten people were killed and 20 wounded in shelling of Aleppo on Saturday.", published="2015-08-01")["incidents"][0]
    assert (inc["killed"]["min"], inc["injured"]["min"]) == (10, 20)


def test_an_officer_and_a_conscript_are_two() -> None:
    from rasid.pipeline import extract_text

    inc = extract_text("أسفر انفجار عبوة استهدفت آلية للشرطة قرب مدينة الشيخ زويد أمس عن مقتل ضابط ومجند وجرح 3 آخرين",
                       published="2015-08-01")["incidents"][0]
    assert (inc["killed"]["min"], inc["injured"]["min"]) == (2, 3)


@pytest.mark.parametrize("text, killed", [
    ("أسفر انفجار عبوة قرب مدينة الشيخ زويد أمس عن مقتل ضابط شرطة سعودي ومجند.", 2),
    ("قتل جندي عراقي وآخر من المسلحين أمس في اشتباك قرب مدينة بيجي.", 2),
    ("قتل 3 من أفراد الدورية ومدني ليل أمس بهجوم على حاجز في مدينة بيجي.", 4),
    ("قتل جندي وأصيب اثنان حين انفجرت عبوة بدوريتهم قرب مدينة بئر العبد أمس.", 1),
])
def test_one_more_person_after_the_figure(text: str, killed: int) -> None:
    [inc] = extract_text(text, published="2015-08-01")["incidents"]
    assert inc["killed"]["min"] == killed


def test_a_partys_name_in_a_listed_toll() -> None:
    [inc] = extract_text("Three Hamas fighters and two civilians were killed in an Israeli airstrike on a car in Khan "
                         "Younis on Monday.", published="2024-03-05")["incidents"]
    assert (inc["killed"]["min"], inc["victims"]) == (5, "mixed")
