"""Date spans, cut and read: regional months, double forms, misspellings, weekdays, Hijri."""

from __future__ import annotations

from datetime import date

import pytest

from rasid.extract.dates import find_dates
from rasid.pipeline import extract_text
from rasid.text.normalize import normalize


def dates(lang: str, text: str, published: date | None = None) -> list[str | None]:
    n = normalize(text).norm
    return [d.value for d in find_dates(lang, n, 0, len(n), published)]


@pytest.mark.parametrize(
    "lang, text, published, expected",
    [
        ("ar", "الجمعة 21 أكتوبر/تشرين الاول 2016", None, ["2016-10-21"]),
        ("ar", "في 26 ستمبر 2014", None, ["2014-09-26"]),
        ("ar", "يوم 3 جويلية 2019", None, ["2019-07-03"]),
        ("ar", "في 5 آب 2015", None, ["2015-08-05"]),
        ("ar", "في 10 محرم 1438", None, ["2016-10-11"]),
        ("ar", "الخميس الماضي", date(2024, 11, 18), ["2024-11-14"]),
        ("ar", "منذ ثلاثة أيام", date(2024, 11, 18), ["2024-11-15"]),
        ("ar", "فجر اليوم", date(2020, 3, 6), ["2020-03-06"]),
        ("ar", "مساء أمس", date(2020, 3, 6), ["2020-03-05"]),
        ("ar", "مساء أمس", None, [None]),
        ("ar", "في تشرين الثاني 2017", None, ["2017-11"]),
        ("en", "on Tuesday, March 7, 2017", date(2017, 3, 8), ["2017-03-07"]),
        ("en", "on 3 March", date(2017, 3, 8), ["2017-03-03"]),
        ("en", "yesterday", date(2017, 3, 8), ["2017-03-07"]),
        # glue words between the parts of a date come from dates.yaml
        ("ar", "صباح 14 من شهر آذار عام 2019", None, ["2019-03-14"]),
        ("ar", "في 3 من شهر صفر لعام 1440 هـ", None, ["2018-10-12"]),
        ("ar", "في شهر نيسان قصفت", date(2018, 5, 2), ["2018-04"]),
        ("en", "in mid-April shelling", date(2018, 5, 2), ["2018-04"]),
        ("en", "on the 9th of May of 2018", None, ["2018-05-09"]),
    ],
)
def test_dates(lang: str, text: str, published: date | None, expected: list) -> None:
    assert dates(lang, text, published) == expected


def test_hijri_with_ordinal_day() -> None:
    assert dates("ar", "في العاشر من ذي الحجة ١٤٤٥هـ") == ["2024-06-16"]


def test_statement_date_is_not_the_event_date() -> None:
    from rasid.pipeline import extract_text

    out = extract_text("قالت قوات سوريا الديمقراطية في بيان اليوم الأحد، إن طائرة مسيرة تركية استهدفت مساء أمس "
                       "السبت سيارة عسكرية قرب مدينة عامودا، ما أدى الى مقتل ثلاثة.", published="2024-01-14")
    assert out["incidents"][0]["date"]["value"] == "2024-01-13"


@pytest.mark.parametrize("text, value", [
    # a Hijri date written in figures, the era glued to the year
    ("فجر انتحاري نفسه في مسجد بالقطيف صباح يوم الجمعة 4 / 8 / 1436هـ فقتل 21 شخصا", "2015-05-22"),
    ("أصيب رجلا أمن بإطلاق نار استهدف نقطة تفتيش قرب مدينة الدمام بتاريخ 19 / 6 / 1436هـ", "2015-04-08"),
    # an outlet's name that holds a day word is no date ("عين اليوم – واشنطن")
    ("عين اليوم – واشنطن  نفذت قوات التحالف 20 غارة جوية على مواقع التنظيم قرب مدينة الرمادي أمس.", "2015-07-25"),
])
def test_hijri_figures_and_outlet_names(text: str, value: str) -> None:
    from rasid.pipeline import extract_text

    assert [i["date"]["value"] for i in extract_text(text, published="2015-07-26")["incidents"]] == [value]


def test_the_day_a_named_statement_was_issued_is_not_the_events() -> None:
    from rasid.pipeline import extract_text

    text = ("شنت طائرات التحالف أمس 14 غارة على مواقع للتنظيم في محيط مدينة الرمادي.  "
            "وأوضحت قيادة العمليات في بيان اليوم : إن أربع غارات قرب الرمادي دمرت آليات ومخازن للتنظيم.")
    got = extract_text(text, published="2015-07-26")["incidents"]
    assert [i["date"]["value"] for i in got] == ["2015-07-25"]  # one event, told twice; not also "today"


def test_a_round_ups_one_event_day_past_the_statements_day() -> None:
    # the ministry speaks today of yesterday's strikes: the undated strike of the round-up is yesterday's
    text = ("قتل ثلاثة مدنيين في غارة جوية على منزل في مدينة خان يونس أمس. "
            "وقالت وزارة الصحة في بيان اليوم الأحد إن غارة أخرى استهدفت منزلا في مدينة رفح ما أدى إلى إصابة طفلين.")
    got = extract_text(text, published="2024-03-10")["incidents"]
    assert [(i["place"]["name"], (i["date"] or {}).get("value")) for i in got] == \
        [("Khan Yunis", "2024-03-09"), ("Rafah", "2024-03-09")]


def test_a_date_after_the_admitted_event_is_the_events() -> None:
    # no "that" after the verb of saying: its object is the event, and the day told after the toll is
    # the event's; a "today" of a later, unrelated statement does not replace it
    from rasid.pipeline import extract_text

    text = ("أقرت حركة المقاومة بمقتل ثلاثة من مقاتليها أول من أمس في غارة نفذتها طائرة إسرائيلية على "
            "سيارة قرب مدينة خان يونس. وقال نائب في المجلس التشريعي في تصريح إن ما يجري اليوم تصعيد خطير.")
    got = extract_text(text, published="2024-03-10")["incidents"]
    assert [(i["date"]["value"], i["date"]["text"]) for i in got] == [("2024-03-08", "أول من أمس")]
    # ... while a day right after the speaker, before the event, stays the statement's
    text = "أعلن الجيش اليوم الأحد أن طائرة مسيرة قصفت مساء أمس سيارة في محيط مدينة رفح ما أدى إلى مقتل اثنين."
    got = extract_text(text, published="2024-03-10")["incidents"]
    assert [i["date"]["value"] for i in got] == ["2024-03-09"]


@pytest.mark.parametrize("text, value", [
    # written on Wednesday, published on Friday: "today (Wednesday)" is Wednesday
    ("قال مصدر طبي اليوم الأربعاء إن غارة جوية استهدفت سيارة في مدينة إدلب ما أدى إلى مقتل ثلاثة.", "2015-07-29"),
    ("قتل ثلاثة مدنيين في غارة جوية على سيارة في مدينة إدلب أمس (الثلاثاء).", "2015-07-28"),
    ("An air strike killed three civilians in a car in Idlib today (Wednesday), a medic said.", "2015-07-29"),
    # the same day named twice is that day
    ("قتل ثلاثة مدنيين في غارة جوية على سيارة في مدينة إدلب اليوم الجمعة.", "2015-07-31"),
])
def test_a_day_word_and_its_weekday_are_the_weekdays_day(text: str, value: str) -> None:
    from rasid.pipeline import extract_text

    assert [i["date"]["value"] for i in extract_text(text, published="2015-07-31")["incidents"]] == [value]
