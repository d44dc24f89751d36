"""The merge rules of issue 12 (rasid/merge/rules.py), each on mentions of our own sentences.

Each mention is a :class:`Row` as merging reads it; the evidence vector is the encoder's, of a sentence
written for the test (no article text).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from rasid.merge.merge import cluster
from rasid.merge.rules import Row, counts_conflict, dates_agree, pair_score, place_level, restates, same_event
from rasid.merge.similarity import embed

DAY = date(2021, 3, 14)


def row(id_: int, doc: int, event_type: str, text: str, **kw: Any) -> Row:
    from rasid.extract.incidents import family

    base: dict[str, Any] = dict(
        id=id_, document_id=doc, family=family(event_type), event_type=event_type, date=DAY, date_precision="day",
        date_from_published=False, lat=31.50, lon=34.45, country="PS", admin1="Gaza Strip", place_precision="town",
        place_id=7, perpetrator=None, victims="civilians", killed_min=None, killed_max=None,
        embedding=embed([text])[0], published=DAY,
    )
    base.update(kw)
    return Row(**base)


# --- event families ---------------------------------------------------------------------------------

def test_an_air_strike_told_as_shelling_is_one_event_when_the_tolls_agree() -> None:
    air = row(1, 1, "airstrike", "قتل ستة مدنيين في غارة جوية على حي سكني في المدينة صباح الأحد", killed_min=6)
    shell = row(2, 2, "shelling", "Six civilians were killed when shells hit a residential block in the city on "
                "Sunday morning", killed_min=6)
    assert same_event(air, shell) is not None
    massacre = row(3, 3, "massacre", "مجزرة راح ضحيتها ستة مدنيين في المدينة يوم الأحد", killed_min=6)
    assert same_event(air, massacre) is not None


def test_other_families_need_agreeing_tolls_and_no_other_party() -> None:
    air = row(1, 1, "airstrike", "قتل ستة مدنيين في غارة جوية على حي سكني في المدينة صباح الأحد", killed_min=6)
    shell = row(2, 2, "shelling", "Six civilians were killed when shells hit a residential block in the city on "
                "Sunday morning", killed_min=6)
    assert pair_score(air, replace(shell, killed_min=30)) is None  # tolls that disagree
    assert pair_score(replace(air, perpetrator="Russian forces"),
                      replace(shell, perpetrator="Syrian government forces")) is None
    # no toll to agree on: only the very same town may be one event told as air strike and as shelling
    assert pair_score(air, replace(shell, killed_min=None)) is not None
    assert pair_score(air, replace(shell, killed_min=None, place_id=8, lat=31.52)) is None
    assert pair_score(replace(air, place_precision="province"),
                      replace(shell, killed_min=None, place_precision="province")) is None


def test_a_clash_is_not_a_bombing() -> None:
    clash = row(1, 1, "armed_clash", "اشتبك مسلحون مع قوة أمنية في المدينة وقتل أربعة", killed_min=4)
    bomb = row(2, 2, "bombing", "A bomb killed four people in the city on Sunday", killed_min=4)
    assert pair_score(clash, bomb) is None


# --- dates and tolls --------------------------------------------------------------------------------

def test_a_date_taken_from_the_publication_day_has_a_wider_window() -> None:
    a = row(1, 1, "airstrike", "غارة على المدينة")
    b = row(2, 2, "airstrike", "A strike on the city", date=date(2021, 3, 16))
    assert not dates_agree(a, b)
    assert dates_agree(a, replace(b, date_from_published=True))  # a next-day or weekly report without a date
    assert not dates_agree(a, replace(b, date=date(2021, 3, 17), date_from_published=True))


def test_a_later_higher_toll_is_not_a_conflict() -> None:
    first = row(1, 1, "bombing", "انفجار سيارة مفخخة في سوق المدينة يقتل عشرين شخصا", killed_min=20)
    later = row(2, 2, "bombing", "The toll of the car bomb in the city market rose to 137", killed_min=137,
                published=date(2021, 3, 15))
    assert counts_conflict(first, later) is False
    # the higher figure in the earlier report: two events (or a wrong figure), as before
    assert counts_conflict(replace(first, killed_min=137), replace(later, killed_min=20)) is True
    assert counts_conflict(first, replace(later, killed_min=25)) is False  # figures that agree
    assert counts_conflict(first, replace(later, killed_min=None)) is None


# --- places up the hierarchy ------------------------------------------------------------------------

def test_a_quarter_and_its_city() -> None:
    city = row(1, 1, "shelling", "قصف على المدينة", place_precision="town", lat=12.78, lon=45.04, place_id=1,
               admin1="Aden", country="YE")
    quarter = replace(city, id=2, document_id=2, place_precision="neighbourhood", lat=12.92, lon=44.96, place_id=2)
    assert place_level(city, quarter) == "near"  # about 18 km: a suburb of its city
    assert place_level(city, replace(quarter, admin1="Lahij")) is None  # not its city's unit
    other_quarter = replace(quarter, id=3, document_id=3, place_id=3, lat=12.90, lon=44.99)
    assert place_level(quarter, other_quarter) == "coarse"  # two quarters: two places unless the texts agree
    # a quarter the gazetteer lacks (no coordinates) may be a quarter of the known city ...
    lacked_quarter = replace(quarter, id=4, document_id=4, place_id=4, lat=None, lon=None)
    assert place_level(city, lacked_quarter) == "near"
    # ... but an area it lacks, told as a town or an area, is no quarter of a known quarter
    lacked_area = replace(lacked_quarter, place_precision="town")
    assert place_level(lacked_area, quarter) == "coarse"


def test_a_district_inside_its_province() -> None:
    town = row(1, 1, "bombing", "تفجير في البلدة", place_precision="town", admin1="Nineveh", country="IQ")
    province = replace(town, id=2, document_id=2, place_precision="province", place_id=9, lat=36.3, lon=43.1)
    assert place_level(town, province) == "coarse"
    assert place_level(town, replace(province, admin1="Anbar")) is None


# --- one report telling one event twice --------------------------------------------------------------

def test_a_report_that_tells_one_event_at_two_precisions_can_join_one_incident() -> None:
    city_text = "قتل عشرة مدنيين في قصف على مدينة الساحل يوم الأحد"
    quarter_text = "Shelling hit the harbour quarter of the coastal city on Sunday, killing ten civilians"
    # report 1 tells the event twice: the city in the lead (with the toll), the quarter further on
    lead = row(1, 1, "shelling", city_text, place_id=1, place_precision="town", killed_min=10)
    later = row(2, 1, "shelling", quarter_text, place_id=2, place_precision="neighbourhood", lat=31.52)
    assert restates(lead, later)
    assert not restates(lead, replace(later, killed_min=3))  # two tolls: two events
    # report 2 (another outlet) names the city, report 3 the quarter
    other_city = row(3, 2, "shelling", city_text, place_id=1, place_precision="town", killed_min=10)
    other_quarter = row(4, 3, "shelling", quarter_text, place_id=2, place_precision="neighbourhood", lat=31.52,
                        killed_min=10)
    assert cluster([lead, later, other_city, other_quarter]) == [[1, 2, 3, 4]]
    # on their own, a report's two mentions stay apart
    assert cluster([lead, later]) == [[1], [2]]


def test_a_province_told_by_the_name_of_its_capital() -> None:
    town = row(1, 1, "bombing", "انفجار عبوة ناسفة قرب مخفر في البلدة", place_precision="town", admin1="Sahil",
               country="TR", lat=39.7, lon=44.1, place_id=1, place_name="Kasaba")
    capital = replace(town, id=2, document_id=2, lat=39.72, lon=43.05, place_id=2, place_name="Sahil")
    assert place_level(town, capital) == "coarse"  # 'Sahil' may be the province: compared as such
    other_town = replace(capital, place_name="Koy")
    assert place_level(town, other_town) is None  # two towns of one province, 90 km apart: two places
