"""Quantities in text: digits, number words, vague words, and the bounds around them.

pyarabic reads مئتي and عشرات as 0 and مائتين وخمسين as 50, and arabic-itn leaves مئتي and
عشرات untouched (OFFLINE.md), so number words are read here from ``lang/*/numbers.yaml``:
units, teens as unit + عشر, tens, hundreds, thousands, joined by و / and.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rasid.text.lexicon import PhraseMatcher, fold, lang_data, matcher_from_lists, words
from rasid.text.tokens import Token, is_digits, stems


@dataclass(frozen=True)
class Quantity:
    """A figure in the normalised text, ``[start, end)`` covering its bound words too."""

    start: int
    end: int
    num_start: int
    num_end: int
    min: int | None
    max: int | None
    vague: bool = False
    approx: bool = False

    @property
    def value(self) -> int:
        return self.min if self.min is not None else (self.max or 0)


@dataclass(frozen=True)
class NumberWords:
    """Folded number-word tables of one language."""

    values: dict[str, int]
    multi: PhraseMatcher
    scale: dict[str, int]
    vague: PhraseMatcher
    at_least_before: PhraseMatcher
    at_least_after: PhraseMatcher
    at_most_before: PhraseMatcher
    approx_before: PhraseMatcher
    approx_after: PhraseMatcher
    range_before: frozenset[str]
    range_joiners: frozenset[str]
    not_after: PhraseMatcher
    not_before: PhraseMatcher
    people_nouns: frozenset[str]
    range_joiners_bare: frozenset[str]
    next_figure: tuple[str, ...]
    ten: str


@lru_cache(maxsize=None)
def number_words(lang: str) -> NumberWords:
    d = lang_data(lang, "numbers")
    values: dict[str, int] = {fold(f): 2 for f in d.get("dual_nouns") or []}
    for key in ("units", "tens", "hundreds", "thousands"):
        for v, forms in (d.get(key) or {}).items():
            for f in forms:
                values[fold(f)] = int(v)
    scale = {fold(f): int(v) for v, forms in (d.get("multipliers") or {}).items() for f in forms}
    ten = fold((d.get("units") or {}).get(10, ["عشر"])[0]) if lang == "ar" else ""
    return NumberWords(
        values=values,
        multi=matcher_from_lists({v: [f] for f, v in values.items() if " " in f}),
        scale=scale,
        vague=matcher_from_lists({int(k): v for k, v in d["vague"].items()}),
        at_least_before=matcher_from_lists({1: d["at_least_before"]}),
        at_least_after=matcher_from_lists({1: d["at_least_after"]}),
        at_most_before=matcher_from_lists({1: d["at_most_before"]}),
        approx_before=matcher_from_lists({1: d["approx_before"]}),
        approx_after=matcher_from_lists({1: d.get("approx_after") or []}),
        range_before=words(d["range_before"]),
        range_joiners=words(d["range_joiners"]),
        not_after=matcher_from_lists({1: d["not_count_after"]}),
        not_before=matcher_from_lists({1: d["not_count_before"]}),
        people_nouns=words(d.get("people_nouns") or []),
        range_joiners_bare=words(d.get("range_joiners_bare") or []),
        next_figure=tuple(words(d.get("next_figure") or [])),
        ten=ten,
    )


def _word_value(nw: NumberWords, word: str) -> tuple[int, str] | None:
    """The value of one number word, trying it with proclitics removed; also the form used."""
    for s in stems(word):
        if s in nw.values:
            return nw.values[s], s
    if len(word) > 2 and word[0] in "وف" and word[1:] in nw.values:  # "وست": too short for stems()
        return nw.values[word[1:]], word[1:]
    return None


def _digit_value(tok: str) -> int | None:
    t = tok.replace(",", "")
    if not is_digits(t) or len(t) > 9:  # a phone number or an ID, never a toll (and int() has limits)
        return None
    return int(t)


def read_number(nw: NumberWords, toks: list[Token], i: int) -> tuple[int, int] | None:
    """Read a number starting at token ``i``: digits or a run of number words.

    Returns ``(value, index after the last token used)`` or None.
    """
    tok = toks[i].text
    d = _digit_value(tok)
    if d is not None:
        j = i + 1
        # "3 آلاف", "2 million" style scales
        if j < len(toks) and toks[j].text in nw.scale:
            return d * nw.scale[toks[j].text], j + 1
        return d, j
    first = _word_value(nw, tok)
    if first is None:
        return None
    if tok.isascii():
        return _read_english(nw, toks, i)
    total = 0
    current, _ = first
    j = i + 1
    while j < len(toks):
        t = toks[j].text
        # "خمسة عشر" (teens): unit followed by عشر/عشرة
        if nw.ten and t in (nw.ten, nw.ten + "ه") and current < 10:
            current += 10
            j += 1
            continue
        if t in nw.scale and current < 1000:
            current *= nw.scale[t]
            j += 1
            continue
        if t == "-" and j + 1 < len(toks) and _word_value(nw, toks[j + 1].text):
            j += 1
            continue
        conj = t in ("and",) or (t.startswith("و") and len(t) > 1 and not t.isascii())
        nxt = t[1:] if t.startswith("و") and not t.isascii() else (toks[j + 1].text if t == "and" and j + 1 < len(toks) else None)
        step = 1 if t.startswith("و") and not t.isascii() else 2
        if conj and nxt and nxt in nw.values:
            v = nw.values[nxt]
            if v < current or (current < 10 and v in range(20, 100)):
                total += current
                current = v
                j += step
                continue
        w = _word_value(nw, t) if not is_digits(t) else None
        if w is not None and toks[j].text.isascii() and w[0] < 10 and current in range(20, 100, 10):
            current += w[0]  # "twenty five"
            j += 1
            continue

        break
    return total + current, j


def _read_english(nw: NumberWords, toks: list[Token], i: int) -> tuple[int, int]:
    """"two hundred fifty", "one thousand two hundred and five", "twenty-five": the usual
    accumulate-and-scale reading of English number words."""
    total = current = 0
    j = i
    while j < len(toks):
        t = toks[j].text
        if t in ("and", "-") and j + 1 < len(toks) and _word_value(nw, toks[j + 1].text) and j > i:
            j += 1
            continue
        if t in nw.scale:
            if j == i:
                break
            if nw.scale[t] >= 1000:
                total += (current or 1) * nw.scale[t]
                current = 0
            else:
                current = (current or 1) * nw.scale[t]
            j += 1
            continue
        w = _word_value(nw, t) if not is_digits(t[0]) else None
        if w is None:
            break
        current += w[0]
        j += 1
    return total + current, j


def find_quantities(lang: str, norm: str, toks: list[Token]) -> list[Quantity]:
    """All figures in a token list (one clause or sentence), with their bounds applied."""
    nw = number_words(lang)
    out: list[Quantity] = []
    lo, hi = (toks[0].start, toks[-1].end) if toks else (0, 0)
    vague_at = {m.start: m for m in nw.vague.finditer(norm, lo, hi)}
    multi_at = {m.start: m for m in nw.multi.finditer(norm, lo, hi)}
    i = 0
    while i < len(toks):
        t = toks[i]
        vm = vague_at.get(t.start)
        if vm is not None:
            j = i
            while j < len(toks) and toks[j].end <= vm.end:
                j += 1
            out.append(_bounded(nw, norm, toks, i, j, int(vm.label), None, vague=True))
            i = j
            continue
        mm = multi_at.get(t.start)
        if mm is not None:
            j = i
            while j < len(toks) and toks[j].end <= mm.end:
                j += 1
            got: tuple[int, int] | None = (int(mm.label), j)
        else:
            got = read_number(nw, toks, i)
        if got is None:
            i += 1
            continue
        value, j = got
        # "بين 10 و15", "between 10 and 15", "10-15", "10 إلى 15"
        if j + 1 < len(toks) and toks[j].text in nw.range_joiners | {"-"}:
            got2 = read_number(nw, toks, j + 1)
            has_between = i > 0 and toks[i - 1].text in nw.range_before
            if got2 and got2[0] > value and (has_between or toks[j].text in nw.range_joiners_bare):
                out.append(_bounded(nw, norm, toks, i, got2[1], value, got2[0], ranged=True))
                i = got2[1]
                continue
        out.append(_bounded(nw, norm, toks, i, j, value, value))
        i = j
    return out


def _ends_with(m: PhraseMatcher, norm: str, start: int, pos: int) -> int | None:
    """Start of a phrase of ``m`` that ends right at ``pos`` (spaces between allowed)."""
    best = None
    lo = max(start, pos - 40)
    for x in m.finditer(norm, lo, pos):
        if norm[x.end:pos].strip() == "":
            best = x.start if best is None else min(best, x.start)
    return best


def _bounded(
    nw: NumberWords, norm: str, toks: list[Token], i: int, j: int, lo: int, hi: int | None,
    *, vague: bool = False, ranged: bool = False,
) -> Quantity:
    """Apply the words before and after a figure: at least, up to, about, between."""
    start, end = toks[i].start, toks[j - 1].end
    num_start, num_end = start, end
    seg_start = toks[0].start
    mn: int | None = lo
    mx: int | None = None if vague else hi
    approx = False
    if ranged and i > 0 and toks[i - 1].text in nw.range_before:
        start = toks[i - 1].start
        if i > 1 and toks[i - 2].text in nw.range_before:
            start = toks[i - 2].start
    elif not ranged:
        if start > 0 and norm[start - 1] == "(":
            start -= 1  # "اكثر من (60)": the bound words stand before the bracket
        s = _ends_with(nw.at_least_before, norm, seg_start, start)
        if s is not None:
            start, mx = s, None
        else:
            s = _ends_with(nw.at_most_before, norm, seg_start, start)
            if s is not None and not vague:
                start, mn, mx = s, None, hi
            else:
                s = _ends_with(nw.approx_before, norm, seg_start, start)
                if s is not None:
                    start, approx = s, True
    # "22 من عناصرها على الأقل": the bound may follow the figure and its noun.
    for x in nw.at_least_after.finditer(norm, end, min(len(norm), end + 40)):
        gap = norm[end:x.start]
        opens_next = norm[x.end : x.end + 4].strip().startswith(nw.next_figure)  # "واكثر من 30": the next figure
        if len(gap.split()) <= 3 and not any(is_digits(c) for c in gap) and not any(c in gap for c in ",.;") \
                and not opens_next:
            mx = None
            if not gap.strip():
                end = x.end
            break
    for x in nw.approx_after.finditer(norm, end, min(len(norm), end + 12)):
        if norm[end:x.start].strip() == "":
            approx, end = True, x.end
            break
    return Quantity(start, end, num_start, num_end, mn, mx, vague=vague, approx=approx)


def is_not_count(lang: str, norm: str, q: Quantity, seg_start: int, seg_end: int) -> bool:
    """True when the figure is a unit number, distance, age, year, time, sum of money..."""
    nw = number_words(lang)
    if q.vague:
        return False
    after = norm[q.num_end : min(seg_end, q.num_end + 30)]
    for x in nw.not_after.finditer(norm, q.num_end, min(seg_end, q.num_end + 30)):
        if norm[q.num_end : x.start].strip() in ("", "-"):
            return True
        break
    if _ends_with(nw.not_before, norm, seg_start, q.num_start) is not None and q.start == q.num_start:
        return True
    before = norm[max(seg_start, q.num_start - 3) : q.num_start]
    if before.endswith(("ال", "#", "/", ":", "$")) or after.lstrip().startswith((":", "/", "%")):
        return True
    if q.min is not None and 1900 <= q.min <= 2100 and q.max == q.min and "," not in norm[q.num_start : q.num_end]:
        # a year, unless people follow ("مقتل 2000 شخص", "2000 people")
        nxt = norm[q.num_end : q.num_end + 14].split()[:1]
        return not (nxt and nxt[0].strip(".,") in nw.people_nouns)
    return False

