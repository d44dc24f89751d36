"""Tokens: a window's tokens are what a scan of the window gives, whether or not it cuts a token."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.text.tokens import Token, _scan, stems, tokenize

TEXT = st.text(alphabet=st.sampled_from(list("وبالموصل قتل 12.5,3 ta'ziz '_-.½²\n")), max_size=40)


@settings(max_examples=300, deadline=None)
@given(norm=TEXT, cut=st.tuples(st.integers(-2, 45), st.integers(-2, 45)))
def test_window_tokens_are_a_scan_of_the_window(norm: str, cut: tuple[int, int]) -> None:
    start, end = cut
    assert tokenize(norm, start, end) == _scan(norm, start, end)
    assert tokenize(norm, start) == _scan(norm, start, len(norm))


def test_tokens_and_stems() -> None:
    assert tokenize("قتل 12.5 u.s") == [Token("قتل", 0, 3), Token("12.5", 4, 8), Token("u", 9, 10),
                                          Token(".", 10, 11), Token("s", 11, 12)]
    assert tokenize("وبالموصل قتل", 2, 10) == [Token("الموصل", 2, 8), Token("ق", 9, 10)]
    assert stems("وبالموصل") == ("وبالموصل", "بالموصل", "الموصل", "موصل")
    assert stems("للتحالف") == ("للتحالف", "التحالف", "تحالف")
