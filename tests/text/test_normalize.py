"""The text layer: folding for matching, with offsets that always lead back to the raw words."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.text.normalize import normalize, normalize_str


@pytest.mark.parametrize(
    "raw, norm",
    [
        ("أعلنت إدارة آمنة", "اعلنت اداره امنه"),          # alef forms, teh marbuta
        ("مستشفى", "مستشفي"),                              # alef maksura
        ("مسؤول رئيس", "مسوول رييس"),                      # hamza carriers
        ("قُتِلَ جُنديٌّ", "قتل جندي"),                      # diacritics
        ("الـــقصف", "القصف"),                             # tatweel
        ("٢٣ و۱۵", "23 و15"),                              # Arabic-Indic and Persian digits
        ("قال، ثم؛ ماذا؟", "قال, ثم; ماذا?"),              # Arabic punctuation
        ("“داعش” «النصرة» ‘x’", '"داعش" "النصره" \'x\''),  # quotes
        ("a\u200bb\u200fc\ufeff", "abc"),                  # zero-width and bidi controls
        ("10\u00a0km", "10 km"),                           # NBSP
        ("Killed In MOSUL", "killed in mosul"),            # Latin lower-casing
        ("\ufefb", "لا"),                                  # presentation form LAM-ALEF
    ],
)
def test_folding(raw: str, norm: str) -> None:
    assert normalize(raw).norm == norm
    assert normalize_str(raw) == norm


ARABIC_NEWS = st.text(
    alphabet=st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى ًٌٍَُِّْـ٠١٢٣٤٥٦٧٨٩،؛؟.“”«»\u200b\u200f\u00a0\ufefb\n abcXYZ019-"))
)


@settings(max_examples=300, deadline=None)
@given(ARABIC_NEWS)
def test_every_offset_lands_in_raw_text(raw: str) -> None:
    nt = normalize(raw)
    assert len(nt.starts) == len(nt.ends) == len(nt.norm)
    for a, b in zip(nt.starts, nt.ends, strict=True):
        assert 0 <= a < b <= len(raw)
    assert list(nt.starts) == sorted(nt.starts)


@settings(max_examples=300, deadline=None)
@given(ARABIC_NEWS, st.data())
def test_spans_map_back_to_the_same_words(raw: str, data: st.DataObject) -> None:
    nt = normalize(raw)
    if not nt.norm:
        return
    i = data.draw(st.integers(0, len(nt.norm) - 1))
    j = data.draw(st.integers(i + 1, len(nt.norm)))
    a, b = nt.raw_span(i, j)
    # the raw words fold to the normalised span; a span that cuts a ligature (one raw
    # character folded to two) quotes the whole character
    folded = normalize_str(raw[a:b])
    assert nt.norm[i:j] in folded
    if "\ufefb" not in raw[a:b]:
        assert folded == nt.norm[i:j]


@settings(max_examples=200, deadline=None)
@given(ARABIC_NEWS)
def test_normalisation_is_idempotent(raw: str) -> None:
    once = normalize_str(raw)
    assert normalize_str(once) == once


def test_span_outside_text_is_an_error() -> None:
    with pytest.raises(ValueError):
        normalize("abc").raw_span(2, 9)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("قتلى الغارة ١٢ ﻻ ـ\u064b\u0651\u200f\x00Ab.")) | st.characters(), max_size=40))
def test_offset_map_is_the_per_character_fold(raw: str) -> None:
    """The translate fast paths give what folding one character at a time gives."""
    nt = normalize(raw)
    folded = [(normalize_str(ch), i) for i, ch in enumerate(raw)]
    assert nt.norm == "".join(f for f, _ in folded)
    assert list(nt.starts) == [i for f, i in folded for _ in f]
    assert list(nt.ends) == [i + 1 for f, i in folded for _ in f]
