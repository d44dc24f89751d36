"""Sentence and clause segmentation over the normalised text.

No offline Arabic sentence splitter handles real news copy (camel-tools has none; missing spaces
after full stops, "..", glued bylines and Arabic question marks are the norm), so the rules are
here, with the break cues as data in ``rasid/lang/*/segment.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? (folded from ؟ and ۔) unless the dot sits between digits (2.5) or is
# part of a short Latin abbreviation (U.S., Dr.); and at every line break.
_SENT_END = re.compile(r"(?<![0-9])[.!?]+(?![0-9])|(?<=[0-9])[.!?]+(?=[^0-9]|$)|\n+")
_LATIN_ABBR = re.compile(r"(?:\b[a-z]\.|\b(?:dr|mr|mrs|ms|st|gen|col|lt|sgt|maj|capt|no|jan|feb|mar|apr|"
                         r"jun|jul|aug|sep|sept|oct|nov|dec|u\.s|u\.n|vs|etc))\.$")


def _initial(norm: str, dot: int) -> bool:
    """"U.S.-led", "p.m.", "U.N.": a dot right after a lone Latin letter ends no sentence."""
    prev = norm[dot - 1] if dot >= 1 else ""
    prev2 = norm[dot - 2] if dot >= 2 else " "
    return "a" <= prev <= "z" and not prev2.isalpha()


@dataclass(frozen=True)
class Segment:
    """A span ``[start, end)`` of the normalised text with its paragraph index."""

    start: int
    end: int
    paragraph: int


def sentences(norm: str) -> list[Segment]:
    """Split normalised text into sentences, trimmed of surrounding spaces."""
    out: list[Segment] = []
    para = 0
    start = 0
    for m in _SENT_END.finditer(norm):
        end = m.end()
        if m.group().startswith(".") and (_LATIN_ABBR.search(norm[max(0, m.start() - 5) : m.start() + 1])
                                          or _initial(norm, m.start())):
            continue
        _add(out, norm, start, end, para)
        if "\n" in m.group():
            para += 1
        start = end
    _add(out, norm, start, len(norm), para)
    return out


def _add(out: list[Segment], norm: str, start: int, end: int, para: int) -> None:
    while start < end and norm[start] in " \n-\"'":
        start += 1
    while end > start and norm[end - 1] in " \n":
        end -= 1
    if end - start >= 2:
        out.append(Segment(start, end, para))


def clauses(norm: str, sent: Segment, breaks: re.Pattern[str]) -> list[Segment]:
    """Split one sentence at clause cues (round-up connectives such as "وفي", "كما", "meanwhile").

    ``breaks`` matches the position where a new clause starts.
    """
    cuts = [sent.start]
    for m in breaks.finditer(norm, sent.start, sent.end):
        pos = m.start("cut") if "cut" in breaks.groupindex else m.start()
        if pos - cuts[-1] >= 12:
            cuts.append(pos)
    cuts.append(sent.end)
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        while a < b and norm[a] in " ,;-":
            a += 1
        while b > a and norm[b - 1] in " ,;-":
            b -= 1
        if b > a:
            out.append(Segment(a, b, sent.paragraph))
    return out
