"""Any text: characters of every Unicode category beside the number, date and place patterns never
crash extraction, every span quotes the text, and the output stays valid (issue 14).

``str.isdigit()`` is true for "¹", "⑺", "➇" and "Ⅻ"-like characters that ``int()`` refuses; rasid
reads numbers only from ASCII, Arabic-Indic and Persian digits and number words.
"""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from testkit import check_output

from rasid.pipeline import extract_text
from rasid.text.tokens import is_digits, tokenize

# Report shapes with holes for a number ({n}), a day ({d}) and a year ({y}).
TEMPLATES = [
    "قتل {n} مدنيين في غارة جوية على مدينة حلب يوم {d} أغسطس {y} بحسب المرصد",
    "At least {n} people were killed and {n} wounded in an airstrike on Idlib on {d} March {y}, medics said.",
    "سقط {n} قتيلا و{n} جريحا في قصف مدفعي على تعز بتاريخ {d}/{d}/{y}",
    "مقتل ({n}) أشخاص بانفجار عبوة ناسفة في الموصل الساعة {d}:30 صباح {d} تشرين الأول",
    "between {n} and {n} were killed in shelling of Aleppo's {n}th district, the {n}nd brigade said on {y}-{d}-{d}",
    "ارتفع عدد ضحايا الهجوم على مخيم زمزم إلى {n} قتيلا وأكثر من {n} جريحا في {d} رمضان {y} هـ",
]

# Characters that Unicode calls digits or numbers but int() or rasid does not read as one.
DIGIT_LIKE = "¹²³⁰⁴⁵⁶⁷⁸⁹₀₃⑴⑺⒎➇①⓪⓵❶Ⅻⅻↀ५৩๓᠓߃𝟓５🄂𐒠"
# Every general category: letters, marks, numbers, punctuation, symbols, separators, controls.
ANY_CHAR = st.characters(codec="utf-8", categories=("L", "M", "N", "P", "S", "Z", "C"))
FILLER = st.one_of(
    st.text(alphabet=DIGIT_LIKE, min_size=1, max_size=4),
    st.text(alphabet=ANY_CHAR, min_size=0, max_size=4),
    st.integers(0, 10**12).map(str),
    st.integers(0, 9999).map(lambda n: str(n).translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))),
)


@pytest.mark.parametrize("ch", list(DIGIT_LIKE))
def test_digit_like_characters_are_not_numbers(ch: str) -> None:
    assert not is_digits(ch)
    text = f"قتل {ch} مدنيين في غارة على حلب و{ch}{ch} آخرون في {ch} أغسطس 2015"
    assert all(not t.is_number for t in tokenize(text) if ch in t.text)


@pytest.mark.parametrize("ch", list(DIGIT_LIKE))
def test_a_count_in_digit_like_characters_is_not_read(ch: str, validator) -> None:
    text = f"قتل {ch}{ch} مدنيين في غارة جوية على حلب"
    out = extract_text(text, published="2015-08-01")
    check_output(out, text, validator)
    for inc in out["incidents"]:
        assert inc["killed"]["min"] in (None, 2)  # "مدنيين" is a plural: at least two, never 77 or 11


def test_arabic_indic_and_persian_digits_are_read() -> None:
    for digits in ("٢٣", "۲۳", "23"):
        out = extract_text(f"قتل {digits} مدنيا في غارة جوية على حلب", published="2015-08-01")
        assert [i["killed"]["min"] for i in out["incidents"]] == [23], digits


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(template=st.sampled_from(TEMPLATES), fill=st.lists(FILLER, min_size=8, max_size=8),
       noise=st.text(alphabet=ANY_CHAR, max_size=30))
def test_any_characters_around_numbers_dates_and_places(template: str, fill: list[str], noise: str,
                                                        validator) -> None:
    parts = iter(fill)
    text = noise + template.replace("{n}", "\x00").replace("{d}", "\x00").replace("{y}", "\x00")
    text = "".join(next(parts, "") if c == "\x00" else c for c in text) + noise[::-1]
    out = extract_text(text, published="2015-08-01")
    check_output(out, text, validator)


@settings(max_examples=60, deadline=None)
@given(text=st.text(alphabet=ANY_CHAR, max_size=200))
def test_random_code_points(text: str, validator) -> None:
    out = extract_text(text, published=None)
    check_output(out, text, validator)


def test_every_unicode_digit_beside_a_trigger() -> None:
    """Every character of category Nd/No/Nl, once, beside a kill verb and a place: no exception."""
    chars = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) in ("Nd", "No", "Nl")]
    text = "\n".join(f"قتل {ch}{ch} شخصا في قصف على حلب في {ch} أيار 20{ch}{ch}" for ch in chars)
    extract_text(text, published="2015-08-01")
