"""Tokens over the normalised text, with Arabic proclitics (و ف ب ل ك, ال) split off.

Farahidi and qalsadi give full analyses but are slow and vocalised; matching only needs the
proclitic split, which is fixed orthography, so it is done here.
"""

from __future__ import annotations

import bisect
import re
from array import array
from functools import lru_cache
from typing import Iterator, NamedTuple, Sequence

# Numbers are ASCII digits only: normalisation folds the Arabic-Indic and Persian digits to ASCII,
# and every other character that Unicode calls a digit (superscripts, circled and fullwidth digits,
# other scripts' digits) is plain text here, because int() refuses some of them ("¹", "⑺") and
# rasid reads no number written in them.
_TOKEN = re.compile(r"[0-9]+(?:[.,][0-9]+)*|[^\W0-9_]+(?:'[^\W0-9_]+)?|[^\w\s]", re.UNICODE)
_CONJ = ("و", "ف")
_PREP = ("ب", "ل", "ك")
# The prefixes a word may carry in running text ("وبقرية", "للقرية" = ل + ال): for matching a word's
# written forms in one scan, where splitting each token by stems() would be a look-up per token.
PROCLITICS = ("", *_CONJ, *_PREP, "لل", *(c + p for c in _CONJ for p in (*_PREP, "لل")))


class Token(NamedTuple):
    """A token of the normalised text: ``norm[start:end] == text``.

    A named tuple, not a frozen dataclass: a document has thousands of tokens (clauses are
    tokenised again), and a frozen dataclass's ``__init__`` (three ``object.__setattr__`` calls)
    made tokenising one of the largest costs of extraction. It is as immutable and is read by
    field name the same way.
    """

    text: str
    start: int
    end: int

    @property
    def is_number(self) -> bool:
        return is_digits(self.text[0])


def is_digits(s: str) -> bool:
    """True when ``s`` is a non-empty run of ASCII digits, the only digits rasid reads (see _TOKEN).

    Not ``str.isdigit()``: it is true for "¹", "⑺" and "➇", which ``int()`` refuses.
    """
    return s.isascii() and s.isdigit()


def tokenize(norm: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``norm[start:end]`` (numbers, words, single punctuation marks).

    The rules tokenise the whole text and then each clause again: a window whose edges cut no
    token is a slice of the whole text's tokens (the pattern has no look-around, so the tokens
    between the edges are the same), taken from a small cache instead of a second scan.
    """
    stop = len(norm) if end is None else end
    if len(norm) >= 512 and 0 <= start <= stop <= len(norm):
        starts, ends = _text_tokens(norm)
        i = bisect.bisect_right(ends, start)  # the first token that ends after the window's start
        j = bisect.bisect_left(starts, stop)  # the first token that starts at or after its end
        if (i == len(starts) or starts[i] >= start) and (j == 0 or ends[j - 1] <= stop):
            return [Token(norm[a:b], a, b) for a, b in zip(starts[i:j], ends[i:j], strict=True)]
    return _scan(norm, start, stop)


def _scan(norm: str, start: int, stop: int) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(norm, start, stop)]


@lru_cache(maxsize=4)
def _text_tokens(norm: str) -> tuple[Sequence[int], Sequence[int]]:
    """Where the whole text's tokens start and end, for bisection. Compact arrays, not Token
    objects (which took 120 bytes a token), and only for documents, so that looking up single
    words never evicts a long document's entry."""
    starts, ends = array("q"), array("q")
    for m in _TOKEN.finditer(norm):
        starts.append(m.start())
        ends.append(m.end())
    return starts, ends


@lru_cache(maxsize=65536)
def stems(word: str) -> tuple[str, ...]:
    """Readings of an Arabic word with proclitics removed, longest first.

    ``"وبالموصل"`` gives ``وبالموصل, بالموصل, الموصل, موصل``; ``"للتحالف"`` gives ``للتحالف,
    التحالف, تحالف``. Latin words yield only themselves. Cached: the same few thousand words are
    looked up a million times per thousand documents.
    """
    return tuple(_stems(word))


def _stems(word: str) -> Iterator[str]:
    yield word
    if not word or word.isascii():
        return
    w = word
    if len(w) > 3 and w[0] in _CONJ:
        w = w[1:]
        yield w
    if len(w) > 3 and w.startswith("لل"):
        yield "ال" + w[2:]
        yield w[2:]
        return
    if len(w) > 3 and w[0] in _PREP:
        w = w[1:]
        yield w
    if len(w) > 4 and w.startswith("ال"):
        yield w[2:]
