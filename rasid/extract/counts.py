"""Casualty figures: which figures count the killed, the injured, or both together.

A figure takes its role from the casualty word next to it: after it ("22 قتيلا", "12 people
were killed") or before it ("مقتل 22", "killing 12"). A killed-and-wounded phrase beside it makes
it a combined total. Unit numbers, distances, ages, years, times and money are dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from rasid.extract.numbers import Quantity, find_quantities, is_not_count, number_words, read_number
from rasid.text.lexicon import PhraseMatcher, lang_data, matcher_from_lists, words
from rasid.text.tokens import Token, is_digits, stems

KILLED, INJURED, COMBINED = "killed", "injured", "killed_or_injured"


@dataclass(frozen=True)
class Figure:
    """A casualty figure: its role and quantity, ``[start, end)`` in the normalised text."""

    role: str
    q: Quantity
    start: int
    end: int


@dataclass(frozen=True)
class CasualtyWords:
    before: PhraseMatcher
    after: PhraseMatcher
    combined: PhraseMatcher
    single: frozenset[str]
    skip: frozenset[str]
    none: PhraseMatcher
    toll_words: PhraseMatcher
    toll_verbs: PhraseMatcher
    aside: frozenset[str]
    part_of: frozenset[str]
    before_noun: frozenset[str]
    subset_after: PhraseMatcher
    one_person: PhraseMatcher


@lru_cache(maxsize=None)
def casualty_words(lang: str) -> CasualtyWords:
    d = lang_data(lang, "casualties")
    v = lang_data(lang, "victims")
    return CasualtyWords(
        before=matcher_from_lists({KILLED: d["killed"]["before"], INJURED: d["injured"]["before"]}),
        after=matcher_from_lists({KILLED: d["killed"]["after"], INJURED: d["injured"]["after"]}),
        combined=matcher_from_lists({COMBINED: d["combined"]["phrases"]}),
        single=words(d["single_person"]),
        skip=words(d["skip_words"]) | words(v["civilians"]) | words(v["military"]) | words(v["unknown"]),
        none=matcher_from_lists({"both": d.get("none") or [], KILLED: d.get("none_killed") or [],
                                 INJURED: d.get("none_injured") or []}),
        toll_words=matcher_from_lists({1: d.get("toll_words") or []}),
        toll_verbs=matcher_from_lists({1: d.get("toll_verbs") or []}),
        aside=words(d.get("aside") or []),
        part_of=words(d.get("part_of") or []),
        before_noun=words(d.get("before_noun") or []),
        subset_after=matcher_from_lists({1: d.get("subset_after") or []}),
        one_person=matcher_from_lists({KILLED: d.get("one_killed") or [], INJURED: d.get("one_injured") or []}),
    )


def _role_after(cw: CasualtyWords, norm: str, toks: list[Token], q: Quantity, limit: int,
                names: Sequence[tuple[int, int]] = ()) -> tuple[str, int] | None:
    """Role from words after the figure, skipping victim nouns ("22 من عناصرها" + ... ) and the
    names of parties ("29 al-Shabaab militants are killed")."""
    k = next((n for n, t in enumerate(toks) if t.start >= q.end), len(toks))
    scanned = 0
    while k < len(toks) and scanned < limit:
        t = toks[k]
        if any(a <= t.start < b for a, b in names):
            k += 1
            continue
        # ", بينهم ثلاثة أطفال وامرأتان، قتلوا" / ", among them a girl, were killed": skip the aside
        if t.text == "," and k + 1 < len(toks) and toks[k + 1].text in cw.aside:
            close = next((n for n in range(k + 2, min(len(toks), k + 14)) if toks[n].text == ","), None)
            if close is None:
                return None
            k = close + 1
            continue
        if t.text in ")]" and scanned == 0 and t.start == q.end:
            k += 1  # "استشهاد (23) مواطنا": the bracket around the figure
            continue
        if t.is_number or t.text in ",.;:()":
            return None
        c = next(iter(cw.combined.finditer(norm, t.start, min(len(norm), t.start + 40))), None)
        if c is not None and c.start == t.start:
            return COMBINED, c.end
        a = next(iter(cw.after.finditer(norm, t.start, min(len(norm), t.start + 40))), None)
        if a is not None and a.start == t.start:
            # "two gunmen shot dead a shepherd": the verb takes an object, the figure is the attackers
            obj = norm[a.end : a.end + 8].split()[:1]
            if norm[a.start].isascii() and obj and (obj[0] in ("a", "an", "the", "his", "her", "their", "two", "three")
                                                   or is_digits(obj[0][:1])):
                return None
            return str(a.label), a.end
        if not any(s in cw.skip for s in stems(t.text)):
            return None
        k += 1
        scanned += 1
    return None


def _role_before(cw: CasualtyWords, norm: str, seg_start: int, q: Quantity, limit_chars: int,
                 names: Sequence[tuple[int, int]] = ()) -> tuple[str, int] | None:
    """Role from the casualty word right before the figure ("مقتل 22", "killing at least 12"), also
    across the name of the party that killed ("قتلت قوات الأمن العراقية 23 عنصرا")."""
    lo = max(seg_start, q.start - limit_chars)
    best: tuple[str, int] | None = None
    for c in cw.combined.finditer(norm, lo, q.start):
        if _only_skips(cw, _unnamed(norm, c.end, q.start, names)):
            best = (COMBINED, c.start)
    if best:
        return best
    for b in cw.before.finditer(norm, lo, q.start):
        if _only_skips(cw, _unnamed(norm, b.end, q.start, names)):
            best = (str(b.label), b.start)
    return best


def _unnamed(norm: str, a: int, b: int, names: Sequence[tuple[int, int]]) -> str:
    """``norm[a:b]`` without the party names that lie wholly in it."""
    inside = sorted((x, y) for x, y in names if a <= x and y <= b)
    if not inside:
        return norm[a:b]
    out, pos = [], a
    for x, y in inside:
        out.append(norm[pos:x])
        pos = y
    out.append(norm[pos:b])
    return " ".join(out)


def _toll(cw: CasualtyWords, norm: str, seg_start: int, q: Quantity) -> tuple[str, int] | None:
    """"The death toll from Thursday's bombing rose to 11": a toll word, then a verb of rising
    right before the figure."""
    verb = next((v for v in cw.toll_verbs.finditer(norm, max(seg_start, q.start - 25), q.start)
                 if norm[v.end : q.start].strip() == ""), None)
    if verb is None:
        return None
    word = [w for w in cw.toll_words.finditer(norm, max(seg_start, verb.start - 160), verb.start)]
    if not word:
        return None
    between = norm[word[-1].end : verb.start]
    injured = cw.after.findall(between) + cw.before.findall(between)
    if any(x.label == INJURED for x in injured):
        return None
    return KILLED, word[-1].start


def _only_skips(cw: CasualtyWords, gap: str) -> bool:
    gap = gap.rstrip()
    gap = gap[:-1] if gap.endswith(("(", "[")) else gap  # "قتل (5) ارهابيين": the bracket around the figure
    ws = gap.replace(",", " ").split()
    if any(ch in gap for ch in ".;:") or any(is_digits(w[0]) for w in ws):
        return False
    return len(ws) <= 4 and all(any(s in cw.skip for s in stems(w)) for w in ws)


def find_figures(lang: str, norm: str, toks: list[Token], *, exclude: Sequence[tuple[int, int]] = (),
                 names: Sequence[tuple[int, int]] = ()) -> list[Figure]:
    """Casualty figures in a clause, in text order. ``exclude`` holds spans (dates) to ignore;
    ``names`` the spans of armed parties, which may stand between a figure and its casualty word."""
    if not toks:
        return []
    cw = casualty_words(lang)
    seg_start, seg_end = toks[0].start, toks[-1].end
    out: list[Figure] = []
    roleless: list[Quantity] = []
    singles = _single_persons(lang, cw, norm, toks, [])
    reserved = [(f.q.start, f.q.end) for f in singles if f.q.max and f.q.max > 1]
    for q in find_quantities(lang, norm, toks):
        if any(a <= q.num_start < b for a, b in exclude) or is_not_count(lang, norm, q, seg_start, seg_end):
            continue
        if _subset(cw, norm, seg_start, q):
            continue
        if any(a <= q.num_start < b for a, b in reserved):
            continue  # "her two daughters" is counted with "a woman"
        prev = [t for t in toks if t.end <= q.start][-1:]
        if prev and prev[0].text in cw.part_of:
            continue  # "بينهم طفلان", "including five children": part of the toll before it
        own = cw.after.label(norm[q.num_start : q.num_end])
        if own is not None and q.num_end - q.num_start > 3:  # "شهيدان", "قتيلين": the noun counts itself
            out.append(Figure(str(own), q, q.start, q.end))
            continue
        got = _role_after(cw, norm, toks, q, 4 if lang == "en" else 3, names)
        if got is not None:
            out.append(Figure(got[0], q, q.start, got[1]))
            continue
        back = _role_before(cw, norm, seg_start, q, 60, names) or _toll(cw, norm, seg_start, q)
        if back is not None:
            out.append(Figure(back[0], q, back[1], q.end))
        else:
            roleless.append(q)
    out += _enumerated(cw, norm, roleless, out, names)
    for z in cw.none.finditer(norm, seg_start, seg_end):  # "دون وقوع إصابات": nobody killed or hurt
        q = Quantity(z.start, z.end, z.start, z.end, 0, 0)
        roles = (KILLED, INJURED) if z.label == "both" else (str(z.label),)
        out += [Figure(role, q, z.start, z.end) for role in roles]
    taken = [(f.start, f.end) for f in out]
    out += [f for f in singles if not any(a <= f.start < e for a, e in taken)]
    out += _one_person(cw, norm, seg_start, seg_end, out)
    out = [_and_one_more(cw, norm, toks, f) for f in out]
    out.sort(key=lambda f: f.start)
    return _sum_enumerations(norm, out)


def _and_one_more(cw: CasualtyWords, norm: str, toks: list[Token], f: Figure) -> Figure:
    """"مقتل ضابط شرطة مصري ومجند", "قتل جندي تركي وآخر من داعش", "قتل 3 من أفراد الشرطة ومدني": one more
    person named after the figure, past its nouns and adjectives, joined by "و"."""
    if f.q.max is None or f.q.vague or f.role != KILLED and f.role != INJURED:
        return f
    k = next((n for n, t in enumerate(toks) if t.start >= f.q.end), len(toks))
    for t in toks[k : k + 5]:
        if t.text in ",.;:()" or t.is_number:
            return f
        if t.text[:1] == "و" and len(t.text) > 2 and any(s in cw.single for s in stems(t.text[1:])):
            if norm[t.start : t.start + 2] == "و" + "و":
                return f
            q = Quantity(f.q.start, t.end, f.q.num_start, f.q.num_end, (f.q.min or 0) + 1, f.q.max + 1)
            return Figure(f.role, q, f.start, max(f.end, t.end))
        # a nisba adjective ("مصري", "التركية") or a noun of the figure ("من أفراد الشرطة"); nothing else
        nisba = len(t.text) >= 4 and t.text.endswith(("ي", "يه")) and t.text not in ("التي", "الذي", "حوالي")
        if not (nisba or any(s in cw.skip for s in stems(t.text))):
            return f
    return f


def _subset(cw: CasualtyWords, norm: str, seg_start: int, q: Quantity) -> bool:
    """"قتل 10 اشخاص، 3 منهم اطفال": a part of the toll before it; but "مقتل اثنين منهم" (a casualty
    word right before the figure, no figure before it in the clause) counts them."""
    if not any(norm[q.end : x.start].strip(" )") == "" for x in cw.subset_after.finditer(norm, q.end, q.end + 12)):
        return False
    if any(is_digits(c) for c in norm[seg_start : q.start]):
        return True  # "127 مدنيا، ... قضى 31 منهم": a breakdown of the figure before
    return _role_before(cw, norm, seg_start, q, 30) is None


def _one_person(cw: CasualtyWords, norm: str, seg_start: int, seg_end: int, figs: list[Figure]) -> list[Figure]:
    """"راعي اغنام ... لقي حتفه", "a Palestinian was shot dead": a verb in the singular counts one
    person when the clause gives no figure of that role. Marked vague, so that a stated figure of
    another clause about the same event prevails."""
    out: list[Figure] = []
    for m in cw.one_person.finditer(norm, seg_start, seg_end):
        if any(f.role == m.label for f in figs + out):
            continue
        q = Quantity(m.start, m.end, m.start, m.end, 1, 1, vague=True)
        out.append(Figure(str(m.label), q, m.start, m.end))
    return out


def _enumerated(cw: CasualtyWords, norm: str, roleless: list[Quantity], figs: list[Figure],
                names: Sequence[tuple[int, int]] = ()) -> list[Figure]:
    """A figure with no casualty word of its own that is listed with one that has it
    ("تسعة أطفال وست نساء", "a dozen soldiers and eight fighters were killed", "four Qassam Brigades
    militants and two civilians are killed": a party's name may stand in the list) takes its role."""
    out = []
    for q in roleless:
        for f in figs:
            if f.q.end <= q.start:
                gap = _unnamed(norm, f.q.end, q.start, names)
            elif q.end <= f.q.start:
                gap = _unnamed(norm, q.end, f.q.start, names)
            else:
                continue
            ws = gap.split()
            later = q if q.start >= f.q.end else f.q
            joined = norm[later.start] == "و" or any(w in ("و", "and") or w.startswith("و") for w in ws[-1:] + ws[:1])
            if joined and len(ws) <= 4 and \
                    all(w in ("و", "and", ",") or any(s in cw.skip for s in stems(w)) for w in ws):
                out.append(Figure(f.role, q, q.start, q.end))
                break
    return out


def _single_persons(lang: str, cw: CasualtyWords, norm: str, toks: list[Token], found: list[Figure]) -> list[Figure]:
    """"مقتل طفل", "a child was killed": one person when no figure is given."""
    out = []
    taken = [(f.start, f.end) for f in found]
    for b in cw.before.finditer(norm, toks[0].start, toks[-1].end):
        after_b = [t for t in toks if t.start >= b.end]
        # "قتل ظهر اليوم عنصر", "killing a 58-year-old shepherd": time words and ages before the noun
        while after_b and (after_b[0].text in cw.before_noun or after_b[0].is_number):
            after_b = after_b[1:]
        nxt = after_b[:2]
        if lang == "en" and nxt and nxt[0].text in ("a", "an", "one") and len(after_b) > 1:
            rest = after_b[1:]
            while len(rest) > 1 and (rest[0].is_number or rest[0].text in ("-", "year", "old")):
                rest = rest[1:]
            if rest and rest[0].text.isalpha():
                if not any(a <= b.start < e for a, e in taken):
                    n, end = 1, rest[0].end
                    # "a woman and her two daughters", "a village headman and his nephew"
                    k = 2 if len(rest) > 2 and rest[1].text != "and" and rest[2].text == "and" else 1
                    if len(rest) > k + 2 and rest[k].text == "and" and rest[k + 1].text in ("his", "her", "their"):
                        extra = read_number(number_words(lang), rest, k + 2)
                        if extra:
                            n, end = 1 + extra[0], rest[min(extra[1], len(rest) - 1)].end
                        else:
                            n, end = 2, rest[k + 2].end
                    else:
                        end = rest[k - 1].end
                    q = Quantity(nxt[0].start, end, nxt[0].start, end, n, n)
                    out.append(Figure(str(b.label), q, b.start, end))
                continue
        if lang == "en" and nxt and nxt[0].text in _POSSESSIVE and len(after_b) > 1 and after_b[1].text in cw.single:
            # "wounding her husband": a relative named after a possessive is one person
            if not any(a <= b.start < e for a, e in taken):
                q = Quantity(nxt[0].start, after_b[1].end, nxt[0].start, after_b[1].end, 1, 1)
                out.append(Figure(str(b.label), q, b.start, after_b[1].end))
            continue
        if nxt and _dual_person(cw, nxt[0].text):
            # "أصيب منتسبان", "قتل مزارعان": a noun in the dual is two persons
            if not any(a <= b.start < e for a, e in taken):
                q = Quantity(nxt[0].start, nxt[0].end, nxt[0].start, nxt[0].end, 2, 2)
                out.append(Figure(str(b.label), q, b.start, nxt[0].end))
            continue
        if nxt and any(s in cw.single for s in stems(nxt[0].text)):
            if not any(a <= b.start < e for a, e in taken):
                # "قتل رجل وزوجته": one person and a relative named with him
                joined = nxt[1].text if len(nxt) > 1 and nxt[1].text.startswith("و") else ""
                dual = number_words(lang).values.get(joined[1:]) == 2 if joined else False  # "امرأة وطفلين"
                pair = bool(joined) and (dual or any(s in cw.single for s in stems(joined)))
                n = 1 + (2 if dual else 1 if pair else 0)
                end = nxt[1].end if pair else nxt[0].end
                q = Quantity(nxt[0].start, end, nxt[0].start, end, n, n)
                out.append(Figure(str(b.label), q, b.start, end))
    if lang == "en":
        for i, t in enumerate(toks[:-1]):
            # "a 16-year-old Palestinian was killed": an age between the article and the noun
            j = i + 1
            while j < len(toks) - 1 and (toks[j].is_number or toks[j].text in ("-", "year", "old", "years")):
                j += 1
            if t.text in ("a", "an") and j > i + 1 and toks[j].text.isalpha():
                q = Quantity(t.start, toks[j].end, t.start, toks[j].end, 1, 1)
                got = _role_after(cw, norm, [t, toks[j]] + toks[j + 1 : j + 6], q, 3)
                if got and got[0] == KILLED and not any(a <= t.start < e for a, e in taken):
                    out.append(Figure(got[0], q, t.start, got[1]))
                continue
            if (t.text in ("a", "an", "one") or t.text in _POSSESSIVE) and toks[i + 1].text in cw.single:
                q = Quantity(t.start, toks[i + 1].end, t.start, toks[i + 1].end, 1, 1)
                fake = [t, toks[i + 1]] + toks[i + 2 : i + 7]
                got = _role_after(cw, norm, fake, q, 4)
                # "killed a man and wounded five": a person already counted does not take the next verb
                counted = any(f.q.start <= t.start < f.q.end for f in out)
                if got and not counted and not any(a <= t.start < e for a, e in taken):
                    out.append(Figure(got[0], q, t.start, got[1]))
    return out


_POSSESSIVE = ("his", "her", "their")


def _dual_person(cw: CasualtyWords, word: str) -> bool:
    """"منتسبان", "جنديان", "مزارعان": a person noun with the nominative dual ending."""
    return any(st.endswith("ان") and len(st) >= 5 and st[:-2] in cw.single for st in stems(word))


def _sum_enumerations(norm: str, figs: list[Figure]) -> list[Figure]:
    """"تسعة أطفال وست نساء" / "a dozen soldiers and eight fighters": add the parts up."""
    out: list[Figure] = []
    for f in figs:
        if out:
            prev = out[-1]
            gap = norm[prev.q.end : f.q.start]
            ws = gap.split()
            joined = bool(ws) and (ws[-1] in ("و", "and") or f.q.start > 0 and norm[f.q.start] == "و"
                                   or norm[f.q.start - 1 : f.q.start + 1].startswith("و"))
            if (
                f.role == prev.role and joined and prev.q.max is not None
                and f.q.max is not None and len(gap.split()) <= 4 and not prev.q.vague and not f.q.vague
                and "," not in gap[:-1] and f.q.start >= prev.q.end
            ):
                q = Quantity(prev.q.start, f.q.end, prev.q.num_start, f.q.num_end,
                             (prev.q.min or 0) + (f.q.min or 0), prev.q.max + f.q.max)
                out[-1] = Figure(prev.role, q, prev.start, max(prev.end, f.end))
                continue
        out.append(f)
    return out
