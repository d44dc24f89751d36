"""Place names in running text: proclitics on short name starts, reference points."""

from __future__ import annotations

import pytest

from rasid.geo.gazetteer import geocode
from rasid.geo.match import find_places
from rasid.text.normalize import normalize
from rasid.text.tokens import tokenize


def found(text: str) -> list[tuple[str, bool]]:
    norm = normalize(text).norm
    return [(p.best.name, p.reference) for p in find_places(norm, tokenize(norm))]


@pytest.mark.parametrize("query, name", [
    ("وأم درمان", "Omdurman"), ("بأم درمان", "Omdurman"), ("وتل أبيض", "Tall Abyad"), ("بتل أبيض", "Tall Abyad"),
])
def test_proclitic_on_a_short_first_word(query: str, name: str) -> None:
    assert geocode(query, limit=1)[0]["name"] == name


@pytest.mark.parametrize("query", ["وام", "بتل"])
def test_short_word_alone_is_no_place(query: str) -> None:
    assert geocode(query) == []


@pytest.mark.parametrize("text, names", [
    ("سقطت قذائف على الخرطوم وأم درمان صباح اليوم.", ["Khartoum", "Omdurman"]),
    ("قتل ثلاثة مدنيين بقصف مدفعي على ريف حلب الشمالي وتل رفعت.", ["Aleppo", "Tall Rif‘at"]),
])
def test_names_after_and(text: str, names: list[str]) -> None:
    assert [n for n, _ in found(text)] == names


@pytest.mark.parametrize("text", [
    "قصفت قطعات الجيش المتمركزة قرب بيجي مواقع للمسلحين في قضاء الشرقاط.",
    "Army units stationed near Tikrit shelled militant positions in the town of Shirqat.",
])
def test_where_troops_are_stationed_is_a_reference(text: str) -> None:
    refs = found(text)
    assert refs[0][1] is True and refs[1][1] is False
