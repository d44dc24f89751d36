"""Normalisation for matching, with an offset map back to the raw text.

Matching runs on a normalised copy of the text; every output field quotes the raw text. camel-tools'
and pyarabic's normalisers return a new string with no way back to the original offsets, so this
module does the same folding one character at a time and records, for every normalised character,
the raw span it came from. Each phenomenon is one small table or rule (as in
``camel_tools/utils/normalize.py``); the tables live in ``chars.yaml`` beside this module.
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Sequence

import yaml

_CHARS_FILE = Path(__file__).with_name("chars.yaml")


@lru_cache(maxsize=1)
def _char_table() -> dict[str, str]:
    """Build the single-character folding table from chars.yaml (empty string = delete)."""
    # libyaml's loader where PyYAML has it (rasid.text.lexicon.SAFE_LOADER; not imported from
    # there, as lexicon imports this module)
    data = yaml.load(_CHARS_FILE.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    table: dict[str, str] = {}
    for target, sources in data["fold"].items():
        for ch in sources:
            table[ch] = target
    for rng in data["delete_ranges"]:
        lo, hi = (int(x, 16) for x in rng.split("-"))
        for cp in range(lo, hi + 1):
            table[chr(cp)] = ""
    for ch in data["delete"]:
        table[ch] = ""
    for ch in data["space"]:
        table[ch] = " "
    for zero in data["digit_zeros"]:
        for d in range(10):
            table[chr(ord(zero) + d)] = str(d)
    return table


@lru_cache(maxsize=65536)
def _fold_char(ch: str) -> str:
    table = _char_table()
    out = table.get(ch)
    if out is not None:
        return out
    if ch.isascii():
        return ch.lower()
    # Arabic presentation forms and other compatibility characters (e.g. U+FEFB LAM-ALEF) fold
    # through NFKC, which may give more than one character; then fold the result again.
    if "\ufb50" <= ch <= "\ufdff" or "\ufe70" <= ch <= "\ufefe" or unicodedata.category(ch) == "Lm":
        decomposed = unicodedata.normalize("NFKC", ch)
        if decomposed != ch:
            return "".join(table.get(c, c.lower()) for c in decomposed)
    low = ch.lower()
    return low if len(low) == 1 else ch


class _FoldTable(dict[int, str]):
    """``str.translate`` table filled on first sight of each character: code point -> its fold.

    Folding a report one character at a time in Python (a cached call per character) took a
    tenth of extraction time; ``str.translate`` does the same look-ups in C.
    """

    def __init__(self, *, one_to_one: bool) -> None:
        super().__init__()
        self.one_to_one = one_to_one

    def __missing__(self, cp: int) -> str:
        folded = _fold_char(chr(cp))
        # For the offset map's fast path: a character that is deleted or becomes several maps to
        # NUL, so that a NUL in the result sends the text down the path that keeps every offset.
        if self.one_to_one and len(folded) != 1:
            folded = "\x00"
        self[cp] = folded
        return folded


_NUL = re.compile("\x00")
_FOLD = _FoldTable(one_to_one=False)
_FOLD_ONE = _FoldTable(one_to_one=True)


@dataclass(frozen=True)
class NormText:
    """A normalised text and, per normalised character, the raw span it came from.

    ``starts[i]``/``ends[i]`` are raw offsets of normalised character ``i``. ``ends`` has one
    more element at the end so that a span ending at ``len(norm)`` maps too.
    """

    raw: str
    norm: str
    starts: Sequence[int]  # compact arrays: a tuple of Python ints took 32 bytes a character
    ends: Sequence[int]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span ``[start, end)`` to the raw span covering the same words."""
        if not 0 <= start <= end <= len(self.norm):
            raise ValueError(f"span {start}:{end} outside normalised text of length {len(self.norm)}")
        if start == end:
            pos = self.starts[start] if start < len(self.norm) else len(self.raw)
            return pos, pos
        return self.starts[start], self.ends[end - 1]

    def raw_text(self, start: int, end: int) -> str:
        """The raw words behind a normalised span."""
        a, b = self.raw_span(start, end)
        return self.raw[a:b]


def normalize(raw: str) -> NormText:
    """Fold ``raw`` for matching and keep the offset map.

    Folds alef forms to bare alef, alef maksura to yeh, teh marbuta to heh, hamza carriers to
    their letters, Arabic-Indic and Persian digits to ASCII, Arabic punctuation and curly/angle
    quotes to ASCII, dashes to '-', NBSP and other spaces to ' ', and lowercases; deletes
    diacritics, tatweel, zero-width and bidi controls.
    """
    marked = raw.translate(_FOLD_ONE)
    n = len(raw)
    if "\x00" not in marked:  # the common case: one character for one
        return NormText(raw=raw, norm=marked, starts=range(n), ends=range(1, n + 1))
    # Diacritics and tatweel are deleted, a few ligatures become two letters: copy the stretches
    # between them as they are, and give each output character of one of them its raw offset.
    parts: list[str] = []
    starts = array("i")  # 4 bytes an offset: texts stay far below 2**31 characters
    ends = array("i")
    prev = 0
    for nul in _NUL.finditer(marked):
        i = nul.start()
        folded = _FOLD[ord(raw[i])]
        parts += (marked[prev:i], folded)
        starts.extend(range(prev, i))
        ends.extend(range(prev + 1, i + 1))
        starts.extend([i] * len(folded))
        ends.extend([i + 1] * len(folded))
        prev = i + 1
    parts.append(marked[prev:])
    starts.extend(range(prev, n))
    ends.extend(range(prev + 1, n + 1))
    return NormText(raw=raw, norm="".join(parts), starts=starts, ends=ends)


def normalize_str(s: str) -> str:
    """Normalise a string without keeping offsets (for lexicon entries and queries)."""
    return s.translate(_FOLD)
