"""Inputs a code review broke the engine with, kept as regression tests."""

from __future__ import annotations

from rasid.eval.score import span_violations
from rasid.pipeline import extract_text


def killed(text: str, published: str = "2024-03-05") -> list[tuple]:
    out = extract_text(text, published=published)
    assert span_violations(text, out) == []
    return [(i["killed"]["min"], i["killed"]["max"], i["injured"]["min"], i["injured"]["max"]) for i in out["incidents"]]


def test_a_very_long_digit_run_is_no_count() -> None:
    assert killed("قتل " + "1" * 5000 + " مدنيا في غارة جوية على حلب أمس") == [(None, None, None, None)]


def test_arabic_separators() -> None:
    assert killed("أسفرت الغارة الجوية على حلب أمس عن مقتل ١٬٢٠٠ مدني")[0][:2] == (1200, 1200)


def test_a_round_figure_is_not_a_year_when_people_follow() -> None:
    assert killed("An airstrike on Raqqa on Monday killed 2,000 people.")[0][:2] == (2000, 2000)


def test_no_deaths_but_injuries() -> None:
    assert killed("Shelling hit Aleppo on Monday. No one was killed, but five people were injured.") == [(0, 0, 5, 5)]


def test_tens_of_thousands_is_not_tens() -> None:
    out = killed("An air strike on Idlib on Monday killed three civilians and displaced tens of thousands.")
    assert out[0][:2] == (3, 3)


def test_carriage_returns_end_lines() -> None:
    text = "قتل خمسة مدنيين في غارة جوية على حلب أمس\rوقتل ثلاثة في قصف مدفعي على إدلب أمس"
    assert len(killed(text)) == 2
