"""Sentence splitting on real copy: glued full stops, initials, decimals, Arabic question marks."""

from __future__ import annotations

import pytest

from rasid.text.normalize import normalize
from rasid.text.segment import sentences


@pytest.mark.parametrize("raw, expected", [
    ("قتل 3 على الأقل.وأعلنت الوزارة ذلك", ["قتل 3 علي الاقل.", "واعلنت الوزاره ذلك"]),
    ("a convoy for the U.S.-led coalition at 6:30 p.m. on Friday. Then more.",
     ["a convoy for the u.s.-led coalition at 6:30 p.m. on friday.", "then more."]),
    ("بلغت النسبة 2.5 بالمئة؟ نعم", ["بلغت النسبه 2.5 بالميه?", "نعم"]),
    ("السطر الأول\nالسطر الثاني", ["السطر الاول", "السطر الثاني"]),
])
def test_sentences(raw: str, expected: list[str]) -> None:
    n = normalize(raw).norm
    assert [n[s.start:s.end] for s in sentences(n)] == expected
