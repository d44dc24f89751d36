"""Place names in text: find them, read the cue words around them, and pick the right entry.

Token n-grams are looked up in the gazetteer's folded index (with Arabic proclitics removed from
the first word), which is far faster than a regex over thousands of names. A name that is also a
common word counts only after a cue ("بلدة السلام"); a name after a direction or distance
("50 كلم جنوب كركوك") is a reference point, used only when the clause names no other place.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from rasid.geo.gazetteer import Gazetteer, Place, default_gazetteer, precision_rank, short_readings
from rasid.text.lexicon import PhraseMatcher, all_strings, load_yaml, matcher_from_lists, words
from rasid.text.normalize import normalize_str
from rasid.text.tokens import PROCLITICS, Token, stems, tokenize

_GEO_CUES = "../geo/data/cues.yaml"


@dataclass(frozen=True)
class PlaceMention:
    """A place name at ``[start, end)`` of the normalised text (``core_start`` skips proclitics)."""

    start: int
    end: int
    core_start: int
    candidates: tuple[Place, ...]
    cue: str | None
    reference: bool
    context: frozenset[str] = frozenset()  # governorates of the places named around it
    dateline: bool = False  # the reporter's city before the body ("غزة/ الأناضول –"), a reference too
    far: bool = False  # a reference point farther than the place tolerance ("40 km northeast of Kismayo")
    within: Place | None = None  # the known place an unknown one is said to lie in ("قرية X بمديرية زبيد")

    @property
    def best(self) -> Place:
        return self.candidates[0]

    @property
    def precision(self) -> str:
        if self.cue == "district" and self.best.kind == "town":
            return "district"
        if self.cue == "province" and self.best.kind == "town":
            return "province"  # "Hodeidah governorate" where only the city carries the English name
        return self.best.kind


@dataclass(frozen=True)
class GeoCues:
    cues: PhraseMatcher
    reference: PhraseMatcher
    needs_cue: frozenset[str]
    countries: PhraseMatcher
    outlet_after: frozenset[str]
    country_words: frozenset[str]
    in_city: PhraseMatcher
    distance: re.Pattern[str]
    far_km: float
    station: PhraseMatcher
    cues_after: dict[str, str]
    cue_words: frozenset[str]
    neighbours: frozenset[str]
    dual: frozenset[str]
    dual_after: frozenset[str]


@lru_cache(maxsize=1)
def geo_cues() -> GeoCues:
    """Cue words; every word of rasid's own lexicons (weekdays, triggers, actor aliases, ...)
    also needs a cue to be read as a place: "الجمعة" is Friday before it is a village."""
    d = load_yaml(_GEO_CUES)
    lexicon_words: set[str] = set()
    for lang in ("ar", "en"):
        for name in ("events", "casualties", "victims", "dates", "attribution", "cues", "numbers"):
            lexicon_words |= {w for w in all_strings(load_yaml(f"{lang}/{name}.yaml")) if not w.isdigit()}
    lexicon_words |= set(all_strings([{k: v for k, v in a.items() if k in ("ar", "en", "ambiguous_ar", "ambiguous_en")}
                                   for a in load_yaml("actors.yaml")]))
    return GeoCues(
        cues=matcher_from_lists(d["cues"]),
        reference=matcher_from_lists({1: d["reference_before"]}),
        needs_cue=words(d["needs_cue"]) | words(lexicon_words) | words(all_strings(d["cues"])),
        countries=matcher_from_lists(d["countries"]),
        outlet_after=words(d.get("outlet_after")),
        country_words=words(w for w in all_strings(d["countries"]) if " " not in w),
        in_city=matcher_from_lists({1: d["in_city"]}),
        distance=_distance_pattern(d.get("distance_units") or {}),
        far_km=float(d.get("far_km", 30)),
        station=matcher_from_lists({1: d.get("station_before") or []}),
        cues_after={normalize_str(w): str(k) for k, ws in (d.get("cues_after") or {}).items() for w in ws},
        cue_words=words(all_strings(d["cues"])),
        neighbours=frozenset(d.get("neighbours") or []),
        dual=words(d.get("dual")),
        dual_after=words(d.get("dual_after")),
    )


def _distance_pattern(units: dict[float, list[str]]) -> re.Pattern[str]:
    """A figure and its unit: "40 km", "40 كيلومترا", "25 miles" (group 1 the figure, 2 the unit)."""
    alts = sorted({normalize_str(str(u)) for us in units.values() for u in us}, key=len, reverse=True)
    return re.compile(r"([0-9]+(?:[.,][0-9]+)?)\s*-?\s*(" + "|".join(map(re.escape, alts)) + r")(?!\w)")


def _far_reference(gc: GeoCues, norm: str, pos: int) -> bool:
    """A reference point that is not the event's place: one the text puts farther than ``far_km``
    from it ("على بعد 40 كيلومترا جنوب شرقي القطرون", "approximately 40 km northeast of Kismayo": a pin
    there would be wrong), or where the attacking unit stands ("العاملة على اتجاه ريف إدلب")."""
    for m in gc.station.finditer(norm, max(0, pos - 30), pos):
        gap = norm[m.end : pos].strip(" (")
        if gap == "" or gc.cues.label(gap) is not None:
            return True
    lo = max(0, pos - 60)
    hits = list(gc.distance.finditer(norm, lo, pos))
    if not hits:
        return False
    d = hits[-1]
    if len(norm[d.end() : pos].split()) > 5 or any(c in norm[d.end() : pos] for c in ".;:"):
        return False
    factor = next((float(k) for k, us in _units().items() if d.group(2) in us), 1.0)
    return float(d.group(1).replace(",", ".")) * factor > gc.far_km


@lru_cache(maxsize=1)
def _units() -> dict[float, frozenset[str]]:
    d = load_yaml(_GEO_CUES).get("distance_units") or {}
    return {float(k): frozenset(normalize_str(str(u)) for u in us) for k, us in d.items()}


def _cue_before(gc: GeoCues, norm: str, pos: int) -> str | None:
    best = None
    for m in gc.cues.finditer(norm, max(0, pos - 16), pos):
        if norm[m.end : pos].strip(" (\"'«") == "":  # "ثكنة "زرعيت"", "camp «X»"
            best = str(m.label)
    return best


def _reference_before(gc: GeoCues, norm: str, pos: int) -> bool:
    """A direction, distance or road before the name, maybe with a cue word between
    ("جنوب مدينة كركوك", "5 كلم من مخيم عين الحلوة", "north of the town of X")."""
    for m in [*gc.reference.finditer(norm, max(0, pos - 30), pos), *gc.station.finditer(norm, max(0, pos - 30), pos)]:
        gap = norm[m.end : pos].strip(" (")
        if gap in ("", "the", "the capital", "العاصمه") or gc.cues.label(gap) is not None or \
                gc.cues.label(gap.removeprefix("the ").removesuffix(" of")) is not None:
            return True
    return False


MAJOR_POPULATION = 100_000


def _major(places: list[Place] | tuple[Place, ...]) -> bool:
    """A city or a governorate: a short name of one is a place even without a cue word."""
    return any(p.population >= MAJOR_POPULATION or p.kind == "province" for p in places)


# Long documents are read a stretch of lines at a time, so that their tokens are never all in
# memory at once (a 10 MB report has two million); a place name never runs over a line break.
_CHUNK_CHARS = 65536


def find_places(norm: str, toks: list[Token] | None = None, *, gaz: Gazetteer | None = None) -> list[PlaceMention]:
    """Every gazetteer name among the tokens (by default, those of the whole text), longest first,
    with its cue and role."""
    gaz = gaz or default_gazetteer()
    if toks is not None:
        out = _with_unknown(norm, toks, _names(norm, toks, gaz))
    else:
        out = []
        start = 0
        while start < len(norm):
            cut = norm.find("\n", start + _CHUNK_CHARS) if len(norm) - start > _CHUNK_CHARS else -1
            stop = len(norm) if cut < 0 else cut + 1
            chunk = tokenize(norm, start, stop)
            out += _with_unknown(norm, chunk, _names(norm, chunk, gaz))
            start = stop
    return _with_context(_coordinated_references(norm, _placed_in(norm, out)))


def _names(norm: str, toks: list[Token], gaz: Gazetteer) -> list[PlaceMention]:
    gc = geo_cues()
    out: list[PlaceMention] = []
    toks = [t for t in toks if t.text != "-"]
    i = 0
    while i < len(toks):
        found = None
        best_n = 0
        word = toks[i].text
        for first, least in [(s, 1) for s in stems(word)] + [(s, 2) for s in short_readings(word, gaz)]:
            if first in gc.country_words:
                break  # "لبنان" is the country, not "ل" + the village "بنان"
            for n in gaz.first_words.get(first, ()):
                if n <= best_n or n < least or i + n > len(toks):
                    continue
                key = " ".join([first, *(t.text for t in toks[i + 1 : i + n])])
                places = gaz.index.get(key)
                if places:
                    found, best_n = (n, places, toks[i].end - len(first), key), n
                    break
        if not found:
            i += 1
            continue
        n, places, core, key = found
        start, end = toks[i].start, toks[i + n - 1].end
        cue = _cue_before(gc, norm, start)
        if cue is None and i + n < len(toks) and toks[i + n].start - end <= 1:
            cue = gc.cues_after.get(toks[i + n].text)  # "Hodeidah governorate"
        # names of three letters or fewer need a cue ("عين", "بئر"), except cities and governorates:
        # "حلب", "حمص", "عدن", "تعز", "غزة", "رفح" are named bare in most reports
        # ... and so do the towns of the neighbour countries, whose Arabic names are often everyday
        # words ("آلاشهر" is "the months" folded), unless the name holds its cue ("مدينة نجران"):
        # their cities and provinces go bare
        neighbour = all(p.country in gc.neighbours for p in places) and key.split()[0] not in gc.cue_words
        if cue is None and (key in gc.needs_cue or ((len(key) <= 3 or neighbour) and not _major(places))):
            # "Zawiya, Tripolitania, Libya", "Jowhar, Somalia": a wire's country after the name is its cue
            country = _country_in_address(norm, end)
            mine = tuple(p for p in places if p.country == country)
            if not mine:
                i += n
                continue
            places = list(mine)
        if key in gc.cue_words:  # "سوق المدينة" is the town's market, not a town called "المدينة"
            i += n
            continue
        if i + n < len(toks) and toks[i + n].text in gc.outlet_after:
            i += n + 1
            continue
        if key in _governments()[0] and _as_government(norm, start, end):
            i += n
            continue  # "وقالت أنقرة إن", "as Ankara pressed on": the state, not the place
        # a name glued to a letter that is not a proclitic was never a name ("وحلب" yes, "محلب" no)
        ref = _reference_before(gc, norm, start)
        out.append(PlaceMention(start, end, core, tuple(places), cue, ref, far=ref and _far_reference(gc, norm, start)))
        i += n
    return out


def _with_unknown(norm: str, toks: list[Token], known: list[PlaceMention]) -> list[PlaceMention]:
    """Known and unknown places in text order; a known name inside an unknown one ("صيدا" of
    "ناحية أبي صيدا") is none; a nationality after a name picks its country (``_of_nationality``)."""
    new = _unknown_names(norm, toks, known)
    known = [k for k in known if not any(n.start <= k.start and k.end <= n.end for n in new)]
    return [_of_nationality(norm, p) for p in sorted(known + new, key=lambda p: p.start)]


@lru_cache(maxsize=1)
def _nationalities() -> dict[str, str]:
    d = load_yaml(_GEO_CUES).get("nationality") or {}
    return {normalize_str(w): str(c) for c, ws in d.items() for w in ws}


@lru_cache(maxsize=1)
def _english_countries() -> dict[str, str]:
    """English country names, lower case, to their codes: those of `countries` and `countries_named_after`."""
    d = load_yaml(_GEO_CUES)
    return {str(w).lower(): str(c) for key in ("countries", "countries_named_after")
            for c, ws in (d.get(key) or {}).items() for w in ws if str(w).isascii()}


@lru_cache(maxsize=1)
def _country_after() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A country named right after a place: ", Syria" / " in Syria's" in the normalised text;
    ", southern Lebanon" (capitalised, a direction allowed) in the raw text; and a wire's address,
    ", Libya" or ", Tripolitania, Libya" (one region between), in the normalised text."""
    names = sorted(_english_countries(), key=len, reverse=True)
    lower = "|".join(re.escape(n) for n in names)
    title = "|".join(re.escape(n.title()) for n in names)
    directions = "|".join(re.escape(str(w)) for w in load_yaml(_GEO_CUES).get("country_directions") or [])
    return (re.compile(rf"(?:\s+in|,)\s+({lower})(?:'s|’s)?\b"),
            re.compile(rf"(?:(?:{directions})\s+)?({title})\b"),
            re.compile(rf",\s*(?:[a-z][a-z'’ -]{{1,30}},\s*)?({lower})\b"))


@lru_cache(maxsize=1)
def _governments() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    d = load_yaml(_GEO_CUES)
    return (words(d.get("capitals")), words(d.get("government_verbs_en")), words(d.get("government_verbs_ar")),
            words(d.get("government_not_after_en")))


def _as_government(norm: str, start: int, end: int) -> bool:
    """Whether the capital at ``[start, end)`` stands for its government: a verb of saying or acting
    after it (English) or right before it (Arabic)."""
    _, en, ar, place_preps = _governments()
    before = norm[max(0, start - 14) : start].split()[-1:]
    if before and any(s in ar for s in stems(before[0])):  # "وقالت أنقرة"
        return True
    after = norm[end : end + 30].split()[:2]
    if not after or not norm[start:end].isascii() or (before and before[0] in place_preps):
        return False  # "a bomb in Baghdad killed five": after "in", the place
    w = after[0].strip(",.")
    if w in en:
        return True
    return w.endswith("ed") and len(w) > 4 and (len(after) < 2 or after[1] != "by")


def _country_in_address(norm: str, end: int) -> str | None:
    """The country of an English wire's address right after a name: ", Libya" or ", Tripolitania,
    Libya" (one region between)."""
    m = _country_after()[2].match(norm, end)
    return _english_countries().get(m.group(1)) if m else None


def _of_nationality(norm: str, p: PlaceMention) -> PlaceMention:
    """"قرية الحضر السورية" is Syria's Hadar, not Iraq's: a nationality right after the name keeps the
    candidates of that country, or makes the name an unknown place there when the gazetteer has none."""
    nxt = norm[p.end : p.end + 16].split()[:1]
    country = _nationalities().get(nxt[0]) if nxt and not norm[p.end : p.end + 1].isalnum() else None
    # "the village of Hadar in Syria's Quneitra province", "Hadar, Syria": the country named right after
    m = _country_after()[0].match(norm, p.end)
    if country is None and m is not None:
        country = _english_countries().get(m.group(1))
    if country is None or all(c.country == country for c in p.candidates):
        return p
    mine = tuple(c for c in p.candidates if c.country == country)
    if mine:
        return dataclasses.replace(p, candidates=mine)
    label = norm[p.core_start : p.end]
    place = Place(_unknown_gid(label, country), p.best.kind, label, "", country, None, None, 0, (label,))
    return dataclasses.replace(p, candidates=(place,))


UNKNOWN_PREFIX = "text:"


def is_unknown(p: Place) -> bool:
    """A place the text names after a cue word that the gazetteer lacks (``_unknown_names``)."""
    return p.gid.startswith(UNKNOWN_PREFIX)


@dataclass(frozen=True)
class UnknownCues:
    cues: dict[str, str]  # cue word -> precision of the place it introduces
    keep: dict[str, str]  # cue words that are part of the name ("جبل رومان")
    heads: frozenset[str]
    stop: frozenset[str]
    lexicon: frozenset[str]  # rasid's own words (geo_cues().needs_cue without the place names)
    forms: frozenset[str]  # the cue words with the proclitics they may carry ("بمنطقة", "وقرية")
    pattern: re.Pattern[str]  # any of ``forms`` as a whole word


@lru_cache(maxsize=1)
def unknown_cues() -> UnknownCues:
    d = load_yaml(_GEO_CUES)
    u = d["unknown"]
    per_kind = lambda lists: {normalize_str(w): str(k) for k, ws in lists.items() for w in ws}  # noqa: E731
    cues, keep = per_kind(u["cues"]), per_kind(u["keep"])
    forms = frozenset(c + w for w in [*cues, *keep] for c in PROCLITICS)
    alt = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    pattern = re.compile(r"(?<![\w])(?:" + alt + r")(?![\w])")
    return UnknownCues(cues, keep, words(u["heads"]), words(u["stop"]), geo_cues().needs_cue - words(d["needs_cue"]),
                       forms, pattern)


_ARABIC_WORD = re.compile(r"[\u0621-\u064a]{2,}")


def _name_word(gc: GeoCues, u: UnknownCues, word: str, *, second: bool = False) -> bool:
    """A word that can be (part of) a place name: Arabic letters, and none of rasid's own words
    (weekdays, triggers, actor names, cue words), countries or the stop list, with or without
    its proclitics. A name's second word may be one that alone would be a word, not a place
    ("حوض الوقف", "حي الشهداء")."""
    if not _ARABIC_WORD.fullmatch(word) or word in u.cues or word in u.keep:
        return False
    banned = u.lexicon if second else gc.needs_cue
    return not any(s in u.stop or s in banned or s in gc.country_words for s in stems(word))


def _name_after(norm: str, toks: list[Token], j: int, gc: GeoCues, u: UnknownCues) -> list[Token]:
    """The one or two tokens of a name that begins at ``toks[j]``: a second word when the first
    opens two-word names ("بني مران", "سبع البور") or is a bare noun before a definite one ("كرم
    الطراب"); quotes and brackets around it may stay ("منطقة «الحسيني»")."""
    if j >= len(toks) or norm[toks[j - 1].end : toks[j].start].strip(' "()') != "":
        return []
    first = toks[j]
    # a head that opens two-word names may be a word of rasid's own lexicons too ("سبع" is seven:
    # "منطقة سبع البور"); it then needs its second word (checked below)
    head_word = first.text in u.heads and _ARABIC_WORD.fullmatch(first.text) is not None
    if not (_name_word(gc, u, first.text) or head_word) or (first.text[0] == "و" and len(first.text) > 3):
        return []  # "قرية وحدنان" would be a coordination, not a name
    if j + 1 < len(toks) and norm[first.end : toks[j + 1].start] == " ":
        nxt = toks[j + 1].text
        two = first.text in u.heads or (not first.text.startswith("ال") and nxt.startswith("ال") and len(nxt) > 4)
        if two and _name_word(gc, u, nxt, second=True) and nxt[0] != "و":
            return [first, toks[j + 1]]
        if two and first.text not in u.heads and not any(s in u.stop for s in stems(nxt)):
            return []  # "حوض الوقف" read as "حوض": half a name is a wrong one
    # one word: of three letters at least ("بي" of a longer foreign name is none) and no head alone
    return [first] if len(first.text) >= 3 and first.text not in u.heads else []


def _one_word_known(known: list[PlaceMention], name: list[Token], heads: frozenset[str]) -> bool:
    """The known names that overlap a two-word name each lie within its second word ("قصر البريج"), or
    within a first word that opens two-word names ("تل السمن"); a known town before a definite word is
    more often the town and a descriptor ("نيالا الكبير")."""
    inside = [k for k in known if k.start < name[-1].end and name[0].start < k.end]
    ok = [name[1]] + ([name[0]] if name[0].text in heads else [])
    return all(any(w.start <= k.start and k.end <= w.end for w in ok) for k in inside)


def _unknown_names(norm: str, toks: list[Token], known: list[PlaceMention]) -> list[PlaceMention]:
    """Names after a cue word that the gazetteer lacks ("قرية المعزوب", "منطقة سناح", "جبل رومان").

    Each is a place of its own (``is_unknown``): its name as written, no coordinates, its country
    and governorate set later from where the text puts it (``_placed_in``) or from the document. No
    library lists the hamlets of Yemen or Syria, and GeoNames' villages carry everyday words (a
    gazetteer with all of them cost dev precision, docs/ENGINE.md), so the cue is what makes these
    names places. Arabic only: English capitalises names, and its villages come with the district."""
    gc, u = geo_cues(), unknown_cues()
    taken = sorted((k.start, k.end) for k in known)
    starts = [a for a, _ in taken]

    def free(a: int, b: int) -> bool:
        i = bisect.bisect_right(starts, b)
        return not any(x < b and a < y for x, y in taken[max(0, i - 3) : i])

    out: list[PlaceMention] = []
    if len(toks) < 2:
        return out
    # the cue words' positions by one regex scan of the stretch (this runs on every text; a Python loop
    # over every token cost more than the rest of the place search)
    tok_starts = [t.start for t in toks]
    hits = [bisect.bisect_left(tok_starts, m.start()) for m in u.pattern.finditer(norm, toks[0].start, toks[-1].end)]
    for i in hits:
        if i >= len(toks) - 1:
            continue
        t = toks[i]
        if t.text not in u.forms:
            continue
        readings = stems(t.text)
        cue = next((s for s in readings if s in u.cues or s in u.keep), None)
        if cue is None or ("ال" + cue) in readings:
            continue  # "المنطقة الشرقية": a definite cue is followed by an adjective, not a name
        name = _name_after(norm, toks, i + 1, gc, u)
        if not name:
            continue
        core = t.end - len(cue) if cue in u.keep else name[0].start
        start = t.start if cue in u.keep else name[0].start
        end = name[-1].end
        # a known name that is one word of a two-word one ("أبي صيدا", "بلدة تل السمن", "قرية قصر البريج")
        # is no place of its own there: the longer name is
        if not free(start, end) and not (len(name) == 2 and _one_word_known(known, name, u.heads)):
            continue
        kind = u.keep.get(cue) or u.cues[cue]
        spans = [(start, core, end)]
        # "قريتي مشرعة وحدنان": a dual cue names a second place after "و"
        k = toks.index(name[-1], i) + 1
        if cue in gc.dual and k < len(toks) and toks[k].text[:1] == "و" and norm[end : toks[k].start].strip(' "()') == "":
            second = toks[k].text[1:]
            if _name_word(gc, u, second) and len(second) >= 3 and free(toks[k].start, toks[k].end):
                spans.append((toks[k].start, toks[k].start + 1, toks[k].end))
        for a, c, b in spans:
            label = norm[c:b].replace('"', "").replace("(", "").replace(")", "")
            place = Place(_unknown_gid(label, ""), kind, label, "", "", None, None, 0, (label,))
            ref = _reference_before(gc, norm, a)
            out.append(PlaceMention(a, b, c, (place,), kind, ref, far=ref and _far_reference(gc, norm, a)))
            taken.append((a, b))
        taken.sort()
        starts = [a for a, _ in taken]
    # "بلدتي الفوعة وكفريا": the second of a known place after a dual cue
    ends = {t.end: n for n, t in enumerate(toks)}
    for p in known:
        k = ends.get(p.end, -2) + 1
        before = norm[max(0, p.start - 14) : p.core_start].rstrip(' "(«').split()
        if not (0 < k < len(toks) and before and any(s in gc.dual for s in stems(before[-1]))):
            continue
        second = toks[k].text[1:] if toks[k].text[:1] == "و" else ""
        if norm[p.end : toks[k].start].strip(' "()') == "" and len(second) >= 3 and _name_word(gc, u, second) \
                and free(toks[k].start, toks[k].end):
            place = Place(_unknown_gid(second, ""), p.best.kind, second, "", "", None, None, 0, (second,))
            out.append(PlaceMention(toks[k].start, toks[k].end, toks[k].start + 1, (place,), p.cue, p.reference))
    return out


def dual_pair(norm: str, places: list[PlaceMention]) -> tuple[PlaceMention, PlaceMention] | None:
    """Two places a dual cue names ("بلدتي الفوعة وكفريا", "منطقتي حصيبة والمضيق"), in text order."""
    gc = geo_cues()
    for a, b in zip(places, places[1:], strict=False):
        before = norm[max(0, a.start - 14) : a.core_start].rstrip(' "(«').split()
        after = norm[b.end : b.end + 16].lstrip(' "»)').split()[:1]
        if not (before and any(s in gc.dual for s in stems(before[-1]))) and not (after and after[0] in gc.dual_after):
            continue
        gap = norm[a.end : b.core_start].strip(' "»)')
        if a.reference or b.reference:
            continue  # "الطريق الواصل بين مدينتي جاسم ونوى": one event between two towns
        if gap in ("و", "") and (gap == "و" or norm[b.start : b.core_start].startswith("و")):
            return a, b
    return None


def listed_places(norm: str, places: list[PlaceMention]) -> list[PlaceMention]:
    """Three or more places of one rank listed in a row ("قرب حلب والرقة ودير الزور", "X، Y وZ"),
    in text order; [] when the clause lists none. Reference points and nested ranks (a town and its
    governorate) are no list items."""
    best: list[PlaceMention] = []
    run: list[PlaceMention] = []
    for p in places:
        if run and not p.reference and _joined(norm, run[-1], p) and _rank(p) == _rank(run[0]):
            run.append(p)
        else:
            run = [] if p.reference else [p]
        if len(run) > len(best):
            best = list(run)
    return best if len(best) >= 3 else []


def _rank(p: PlaceMention) -> str:
    return "fine" if p.precision in ("town", "neighbourhood") else "coarse"


def _joined(norm: str, a: PlaceMention, b: PlaceMention) -> bool:
    """Whether two names stand side by side in a list: "X وY", "X، Y", "X, and Y"."""
    if _and_joined(norm, a, b):
        return True
    gap = norm[a.end : b.core_start].strip(' "»«)(')
    return gap in ("و", "،", ",", "، و", ", و", "and", ", and", "or")


def _placed_in(norm: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """An unknown place takes the country and governorate of a known place it is said to lie in,
    named right after it ("منطقة شعور بمحافظة الضالع", "قرية المعزوب شمال مدينة قعطبة")."""
    out = list(found)
    for k, p in enumerate(out):
        if k + 1 >= len(out):
            continue
        nxt = out[k + 1]
        gap = norm[p.end : nxt.start]
        if is_unknown(nxt.best) or len(gap) > 40 or any(c in gap for c in ".!?\n،,؛;"):
            continue
        if _and_joined(norm, p, nxt):
            continue  # "منطقتي الصكرة والزاوية": a list, not the one inside the other
        near = choose(nxt, [])
        if not is_unknown(p.best):
            # a known name whose every entry lies in another country than the place it is said to lie
            # in ("بلدة الحضر في ريف القنيطرة": not Iraq's al-Hadr) is a place the gazetteer lacks there
            if not near.country or any(c.country == near.country for c in p.candidates) \
                    or _unknown_quarter(p) or not _says_located(norm, p, nxt):
                continue
            label = norm[p.core_start : p.end]
            p = dataclasses.replace(p, candidates=(Place(_unknown_gid(label, ""), p.best.kind, label, "", "", None,
                                                         None, 0, (label,)),))
        place = dataclasses.replace(p.best, gid=_unknown_gid(p.best.name, near.country), admin1=near.admin1,
                                    country=near.country)
        out[k] = dataclasses.replace(p, candidates=(place,), within=near)
    return out


def _says_located(norm: str, p: PlaceMention, nxt: PlaceMention) -> bool:
    """Whether the words between two names say the first lies in (or near) the second, rather than
    listing them ("الحضر والقنيطرة") or naming a route ("من الموصل الى الرقة")."""
    between = f"{norm[p.end : nxt.start]} {norm[nxt.start : nxt.core_start]}".split()
    if not between or between[0].startswith("و") or between[0] == "and":
        return False
    located = _located_in()
    text = " ".join(between)
    for x in sorted(located, key=len, reverse=True):  # "بالقرب من" before "قرب من"
        if " " in x and x in text:
            text = text.replace(x, "في")  # one word that says "in"
    # every word says where (a cue word of the second name may stand there too: "بريف", "بمحافظة");
    # "الكرك الشرقي بريف درعا" is a longer name, not Jordan's Karak in Daraa
    # (the words as written, or after a "ب": "الشرقي" is an adjective, not "شرقي" east of)
    known = located | geo_cues().cue_words
    forms = [(w, w[1:] if w.startswith("ب") else w) for w in text.split()]
    return any(w in located or b in located for w, b in forms) and all(w in known or b in known for w, b in forms)


@lru_cache(maxsize=1)
def _located_in() -> frozenset[str]:
    return words(load_yaml(_GEO_CUES).get("located_in") or [])


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_EN_NAME = r"(?:(?:al|el|an|ar|as|ash|ad|az|at)-)?[A-Z][A-Za-z'’-]+(?:[ ](?:(?:al|el|an|ar|as|ash|ad|az|at)-)?[A-Z][A-Za-z'’-]+){0,3}"


@lru_cache(maxsize=1)
def _english_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, str], frozenset[str]]:
    u = load_yaml(_GEO_CUES)["unknown"]
    kinds = {w: str(k) for k, ws in u["en_before"].items() for w in ws} | {w: str(k) for k, ws in u["en_after"].items() for w in ws}
    alt = lambda ws: "|".join(sorted(map(re.escape, ws), key=len, reverse=True))  # noqa: E731
    before = re.compile(r"\b(?i:(?P<cue>" + alt([w for ws in u["en_before"].values() for w in ws]) + r"))\s+(?:the\s+)?(?P<name>" + _EN_NAME + ")")
    after = re.compile(r"(?<![\w-])(?P<name>" + _EN_NAME + r")\s+(?i:(?P<cue>" + alt([w for ws in u["en_after"].values() for w in ws]) + r"))\b")
    inside = re.compile(r"\b(?:" + alt(u["en_in"]) + r")\s+(?:the\s+)?(?P<name>" + _EN_NAME + r"),\s")
    return before, after, inside, kinds, words(u["en_stop"])


def english_unknown(raw: str, norm: str, starts: Sequence[int], found: list[PlaceMention],
                    hints: Sequence[PlaceMention] = ()) -> list[PlaceMention]:
    """``found`` with the English names the gazetteer lacks, read from the raw text's capitals: "the
    village of Taanah", "the Cal Miskaad mountains", "Askar Camp", "in Jabad Godane, Middle Shabelle" (a
    known place after the comma locates it). Each is a place as written, with no coordinates
    (``is_unknown``); a known name inside one ("Tell" of "Tell Hamdun") is dropped."""
    head = raw[:2000]
    if not head.isascii() and len(_NON_ASCII.sub("", head)) < len(head) // 2:
        return found  # an Arabic report: capitals tell nothing
    gc = geo_cues()
    before, after, inside, kinds, en_stop = _english_patterns()
    taken = [(p.start, p.end) for p in found]
    by_start = {p.start: p for p in found}
    named = {f.best.gid for f in found}
    sorted_hints = sorted(hints, key=lambda q: q.start)
    hint_starts = [q.start for q in sorted_hints]
    out: list[PlaceMention] = []
    shadowed: set[int] = set()

    def to_norm(pos: int) -> int:
        return bisect.bisect_left(starts, pos)

    def add(m: re.Match[str], kind: str, within: PlaceMention | None, shadow: bool = True) -> None:
        a, b = to_norm(m.start("name")), to_norm(m.end("name"))
        ws = norm[a:b].replace("-", " ").split()
        if not ws or any(w in gc.needs_cue or w in gc.country_words or w in en_stop for w in ws):
            return
        clash = [(x, y) for x, y in taken if x < b and a < y]
        # a known name inside a longer capitalised one ("Tell" of "the village of Tell Hamdun") is none
        if any(not (shadow and a <= x and y <= b and (x, y) != (a, b) and x in by_start) for x, y in clash):
            return
        shadowed.update(x for x, _ in clash)
        if within is None:  # "the Mosul al-Jadida neighbourhood of western Mosul": the town inside locates
            # it, when the text also names that town on its own (not "Omar" of "Omar Al-Mokhtar street")
            # (the hints inside [a, b) by bisection, the names once: a long report has thousands of each)
            lo, hi = bisect.bisect_left(hint_starts, a), bisect.bisect_left(hint_starts, b)
            within = next((q for q in [*(by_start[x] for x, _ in clash), *sorted_hints[lo:hi]] if a <= q.start
                           and q.end <= b and not is_unknown(q.best) and q.best.gid in named), None)
        label = raw[m.start("name") : m.end("name")]
        place = Place(_unknown_gid(label, ""), kind, label, "", "", None, None, 0, (label,))
        if within is not None:
            near = within.best
            place = dataclasses.replace(place, gid=_unknown_gid(label, near.country), admin1=near.admin1, country=near.country)
        ref = _reference_before(gc, norm, a)
        out.append(PlaceMention(a, b, a, (place,), kind, ref, far=ref and _far_reference(gc, norm, a),
                                within=within.best if within is not None else None))
        taken.append((a, b))

    for m in before.finditer(raw):
        add(m, kinds.get(m.group("cue").lower(), "town"), None)
    for m in after.finditer(raw):
        add(m, kinds.get(m.group("cue").lower(), "town"), None)
    for m in inside.finditer(raw):
        known = by_start.get(to_norm(m.end()))
        if known is not None and known.best.kind in ("province", "district", "town") and not is_unknown(known.best):
            add(m, "town", known)
            continue
        # "in Deir Kifa, southern Lebanon": a country (with a direction) after the comma
        c = _country_after()[1].match(raw, m.end())
        country = _english_countries().get(c.group(1).lower()) if c else None
        if country is not None:
            before_count = len(out)
            add(m, "town", None)
            if len(out) > before_count:
                p = out[-1]
                place = dataclasses.replace(p.best, gid=_unknown_gid(p.best.name, country), country=country)
                out[-1] = dataclasses.replace(p, candidates=(place,))
    return [p for p in found if p.start not in shadowed] + out


def in_country(p: PlaceMention, countries: list[str]) -> PlaceMention:
    """An unknown place that no known place locates lies in the document's country."""
    if not is_unknown(p.best) or p.best.country or not countries:
        return p
    place = dataclasses.replace(p.best, gid=_unknown_gid(p.best.name, countries[0]), country=countries[0])
    return dataclasses.replace(p, candidates=(place,))


def _unknown_gid(name: str, country: str) -> str:
    """"text:YE:سناح": one id for one name in one country, so that two reports of a village merge."""
    return f"{UNKNOWN_PREFIX}{country}:{name}" if country else UNKNOWN_PREFIX + name


def dateline_town(found: list[PlaceMention]) -> PlaceMention | None:
    """The reporter's city, when the document's datelines name one town only."""
    towns = [p for p in found if p.dateline and p.best.kind == "town"]
    return towns[0] if len({p.best.gid for p in towns}) == 1 else None


def dateline_city(norm: str, start: int, end: int, town: PlaceMention | None) -> PlaceMention | None:
    """The reporter's city (``dateline_town``) for a clause ``[start, end)`` that names no place but
    a part of a city ("على سوق المواشي وحي الوادي"): CONTRACT.md takes the dateline city only when
    the text gives nothing more specific and the event is in that city."""
    if town is None or not geo_cues().in_city.findall(norm, start, end):
        return None
    return town


def _coordinated_references(norm: str, found: list[PlaceMention]) -> list[PlaceMention]:
    """A name joined by "and" to a reference point is one too ("بين دير الزور والرقة",
    "between Deir ez-Zor and Raqqa")."""
    out = list(found)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if not a.reference or b.reference:
            continue
        if _and_joined(norm, a, b):
            out[k] = dataclasses.replace(b, reference=True)
    return out


def _and_joined(norm: str, a: PlaceMention, b: PlaceMention) -> bool:
    """Two names joined by "and": "X وY", "X و Y", "X and Y"."""
    gap = norm[a.end : b.start].strip()
    return (gap == "" and norm[b.start : b.core_start].startswith("و")) or gap in ("و", "and")


_CONTEXT_CHARS = 120


def _with_context(found: list[PlaceMention]) -> list[PlaceMention]:
    """Each name that several governorates share learns the governorates of the places named
    within a sentence's reach ("النيرب شرقي إدلب": the Nayrab of Idlib, not Aleppo's)."""
    out = []
    starts = [o.start for o in found]  # found in text order: bisect the neighbours, not scan all
    for m in found:
        if len({(p.country, p.admin1) for p in m.candidates}) < 2:
            out.append(m)
            continue
        near: set[str] = set()
        lo = bisect.bisect_left(starts, m.start - _CONTEXT_CHARS)
        hi = bisect.bisect_right(starts, m.start + _CONTEXT_CHARS)
        for o in found[lo:hi]:
            if o is not m and abs(o.start - m.start) <= _CONTEXT_CHARS:
                admins = {p.admin1 for p in o.candidates if p.admin1}
                if len(admins) == 1:
                    near |= admins
        out.append(dataclasses.replace(m, context=frozenset(near)) if near else m)
    return out


def country_mentions(norm: str) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, str(m.label)) for m in geo_cues().countries.finditer(norm)]


def document_countries(mentions: list[PlaceMention], actor_countries: list[str], named: list[str]) -> list[str]:
    """The countries a document is about, most likely first: unambiguous place names count
    most, then countries named outright, then actors tied to one country."""
    votes: Counter[str] = Counter()
    for m in mentions:
        cs = {p.country for p in m.candidates if not is_unknown(p)}
        if len(cs) == 1:
            votes[next(iter(cs))] += 2
    for c in named:
        votes[c] += 2
    for c in actor_countries:
        votes[c] += 1
    ranked = votes.most_common()
    if not ranked:
        return []
    # countries with at least a third of the leading vote: a report on south Lebanon is not about Israel
    # because it names one Israeli town
    return [c for c, _ in ranked]


def choose(m: PlaceMention, countries: list[str]) -> Place:
    """The entry meant: one in the document's countries, the finer kind when the cue allows,
    then the most populous."""
    # "صلاح الدين" without a cue is the governorate, not a hamlet that shares the name
    big_town = any(p.kind == "town" and p.population >= 50000 for p in m.candidates)
    province_first = m.cue == "province" or (m.cue is None and not big_town
                                              and any(p.kind == "province" for p in m.candidates))

    def key(p: Place) -> tuple[int, bool, int, int]:
        c_rank = countries.index(p.country) if p.country in countries else len(countries) + 1
        kind = precision_rank(p.kind)
        if province_first:
            kind = -kind  # "محافظة X": the governorate rather than its seat
        return (c_rank, bool(m.context) and p.admin1 not in m.context, kind, -p.population)

    return min(m.candidates, key=key)


def _unknown_quarter(p: PlaceMention) -> bool:
    """A name after "حي"/"neighbourhood" that the gazetteer knows only as a town or a district."""
    return p.cue == "neighbourhood" and all(c.kind != "neighbourhood" for c in p.candidates)


def sort_key(p: PlaceMention, others: list[PlaceMention]) -> tuple[int, bool, int]:
    """How specific a clause's place is, most specific first: finer kinds, cued names, then the
    earlier. A bare name that is also its governorate's ("ففي مأرب ... في مديرية الجوبة") ranks as
    the governorate when the clause names another place of that governorate (or district)."""
    r = precision_rank(p.precision)
    if p.cue is None and r < precision_rank("province"):
        towns = {c.admin1 for c in p.candidates if c.kind == "town"}
        provinces = {c.admin1 for c in p.candidates if c.kind == "province" or (c.kind == "district" and c.admin1 in towns)}
        # a reference point counts when it follows ("وفي درعا ... بين مدينتي جاسم ونوي"), not a dateline before
        if provinces and any(o is not p and (not o.reference or o.start > p.start) and o.best.admin1 in provinces
                             and o.best.kind != "province" and o.best.name != p.best.name for o in others):
            r = precision_rank("province")
    # a bare name of another country than a cued place of the same clause is not where the event is:
    # "استهدف ... مديرية اللحية ... المساند لغزة"
    if p.cue is None and any(o is not p and o.cue and not o.reference and not _unknown_quarter(o)
                             and o.best.country not in {c.country for c in p.candidates} for o in others):
        r = precision_rank("country") + 1
    # a quarter ("حي السليمانية في حلب") known only as a town of another country than the city the
    # clause names is a quarter the gazetteer lacks, not that town
    if _unknown_quarter(p) and any(
            o is not p and not o.reference and o.best.country not in {c.country for c in p.candidates}
            for o in others):
        r = precision_rank("country") + 1
    return (r, p.cue is None, p.start)
