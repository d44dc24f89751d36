"""PhraseMatcher: its fast paths (prefix-tree regex, Aho-Corasick pre-filter) give the matches of
the plain longest-first alternation over any window, white space runs and proclitics included."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rasid.text.lexicon import PhraseMatcher
from rasid.text.normalize import normalize_str

PHRASES = ["غارة", "غارة جوية", "غارات", "قصف", "قصف مدفعي", "مقتل", "مقتل ما", "الجيش", "الجيش السوري",
           "حي", "وفقا ل", "دون اصابات", "u.s.", "air strike", "strike", "ta'ziz"]
WORDS = ["غاره", "جويه", "غارات", "قصف", "مدفعي", "مقتل", "ما", "الجيش", "للجيش", "وبالجيش", "فلل", "السوري",
         "حي", "وحي", "حيث", "وفقا", "لحركه", "بغاره", "وقصف", "u.s.", "us", "air", "strike", "strikes",
         "ta'ziz", "دون", "اصابات", "x", "5"]
SEPARATORS = [" ", " ", " ", "  ", "\n", " \n ", "\t", ", ", "-", ""]


def _reference(matcher: PhraseMatcher, norm: str, start: int, end: int | None) -> Iterator[tuple[Any, ...]]:
    """The matcher's contract, as first written: one flat alternation, longest phrase first."""
    table = matcher._table
    body = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in sorted(table, key=len, reverse=True))
    pre = r"(?P<pre>[وف]?[بلك]?)" if matcher._clitics else r"(?P<pre>)"
    rx = re.compile(rf"(?<!\w){pre}(?P<core>{body})(?!\w)")
    stop = len(norm) if end is None else end
    for found in rx.finditer(norm, start, min(len(norm), stop + max(map(len, table)) + 8)):
        if found.start() >= stop:
            break
        m = found
        if found.end() > stop:
            shorter = rx.match(norm, found.start(), stop)
            if shorter is None or (shorter.end() == stop < len(norm) and norm[stop].isalnum()
                                   and norm[stop - 1].isalnum()):
                continue
            m = shorter
        core = re.sub(r"\s+", " ", m.group("core"))
        if m.group("pre") and not re.match(r"[\u0600-\u06ff]", core):
            continue
        yield m.start(), m.end(), m.start("core"), table[core], core


MATCHERS = [PhraseMatcher([(p, i) for i, p in enumerate(PHRASES)], clitics=c) for c in (True, False)]


@settings(max_examples=400, deadline=None)
@given(words=st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=14),
       cut=st.tuples(st.integers(0, 120), st.integers(0, 120)), which=st.integers(0, 1))
def test_matches_the_flat_alternation(words: list[tuple[str, str]], cut: tuple[int, int], which: int) -> None:
    norm = "".join(w + s for w, s in words)
    matcher = MATCHERS[which]
    start, end = min(cut), max(cut)
    for window in ((0, None), (start, min(end, len(norm))), (start, end)):
        got = [(m.start, m.end, m.core_start, m.label, m.phrase) for m in matcher.finditer(norm, *window)]
        assert got == list(_reference(matcher, norm, *window)), (norm, window)


@pytest.mark.parametrize("text", ["ودون  اصابات", "ودون\nاصابات", "ودون \n\t اصابات"])
def test_space_in_a_phrase_matches_a_run_and_a_line_break(text: str) -> None:
    (m,) = MATCHERS[0].findall(normalize_str(text))
    assert (m.start, m.core_start, m.end, m.phrase) == (0, 1, len(text), "دون اصابات")


@pytest.mark.parametrize("text", ["قصف" + " " * 12 + "مدفعيه وبالجيش", "x ولقصف مدفعي\n\n\n\nبغاره" + " " * 9 + "جويه",
                                  "وفقا لحركه u.s. ta'ziz-strike", "للجيش السوري" + "\n" * 10 + "حي"])
def test_every_window(text: str) -> None:
    """Every window of texts with long white-space runs (a phrase reaching past the look-ahead bound)."""
    norm = normalize_str(text)
    for matcher in MATCHERS:
        for start in range(len(norm) + 1):
            for end in range(start, len(norm) + 2):
                got = [(m.start, m.end, m.core_start, m.label, m.phrase) for m in matcher.finditer(norm, start, end)]
                assert got == list(_reference(matcher, norm, start, end)), (norm, start, end)


def test_longest_phrase_inside_the_window() -> None:
    norm = normalize_str("مقتل ما لا يقل")
    assert [m.phrase for m in MATCHERS[0].finditer(norm, 0, 4)] == ["مقتل"]
    assert [m.phrase for m in MATCHERS[0].finditer(norm)] == ["مقتل ما"]
    assert MATCHERS[0].findall(normalize_str("لحركة"), 0, 1) == []  # "ل" of a word cut by the window's end


def _non_strings(node: object, path: str) -> list[str]:
    if isinstance(node, dict):
        return [bad for k, v in node.items() for bad in _non_strings(v, f"{path}/{k}")]
    if isinstance(node, list):
        out = [f"{path}: {v!r}" for v in node if not isinstance(v, (str, int, float, dict, list)) or isinstance(v, bool)]
        return out + [bad for v in node if isinstance(v, (dict, list)) for bad in _non_strings(v, path)]
    return []


def test_every_data_file_lists_words_not_yaml_booleans() -> None:
    # Bare on/off/yes/no in a YAML list are booleans: the word "on" in a lexicon became the string
    # "True" and never matched. Every list item in every data file must be written as text.
    from rasid.text.lexicon import LANG_DIR, load_yaml

    root = LANG_DIR.parent
    files = sorted(root.rglob("*.yaml"))
    assert len(files) > 10
    bad = [b for f in files for b in _non_strings(load_yaml(str(Path("..") / f.relative_to(root))), f.name)]
    assert bad == []
