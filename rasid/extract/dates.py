"""Event dates: cut the date span out of the sentence, then read it.

dateparser misreads whole Arabic sentences, returns None on double month forms
("أكتوبر/تشرين الاول"), on misspellings ("ستمبر") and on "الخميس الماضي" (OFFLINE.md), so spans
are found with month and weekday tables from ``lang/*/dates.yaml`` and read here; Hijri dates go
through hijridate. Relative words resolve against the report's ``published`` date and stay null
without it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterable

from rasid.text.lexicon import PhraseMatcher, fold, lang_data, matcher_from_lists, words
from rasid.text.tokens import is_digits


@dataclass(frozen=True)
class DateMention:
    """A date in the normalised text. ``value`` is None when it cannot be resolved."""

    start: int
    end: int
    value: str | None
    precision: str | None
    relative: bool = False
    statement: bool = False  # the date a source spoke ("قال في بيان اليوم"), the event's only by default


@dataclass(frozen=True)
class DateWords:
    months: PhraseMatcher
    hijri: PhraseMatcher
    weekdays: PhraseMatcher
    relative: PhraseMatcher
    last_words: frozenset[str]
    day_parts: PhraseMatcher
    ago_before: frozenset[str]
    days_word: PhraseMatcher
    year_words: frozenset[str]
    same_day: PhraseMatcher
    names_with_day: PhraseMatcher
    full: re.Pattern[str]
    ordinals: dict[str, int]
    in_month: re.Pattern[str]
    two_days: frozenset[str]
    hijri_day: re.Pattern[str]
    hijri_ordinal: str
    hijri_year: re.Pattern[str]


_NUM = r"([0-9]{1,2})"


def _alternation(phrases: Iterable[str] | None) -> str:
    """A regex alternation of folded phrases, longest first; one that never matches when empty."""
    items = sorted({fold(p) for p in (phrases or [])}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in items) or "(?!x)x"


@lru_cache(maxsize=None)
def date_words(lang: str) -> DateWords:
    d = lang_data(lang, "dates")
    months = matcher_from_lists({int(k): v for k, v in d["months"].items()})
    # One regex for "[weekday] [day] month[/month] [year]" and "month day, year"; the glue words
    # between the parts ("من", "of", "شهر", "عام") come from the language's data file.
    mnames = sorted({fold(f) for v in d["months"].values() for f in v} | {"ال" + fold(f) for v in d["months"].values() for f in v if lang == "ar"}, key=len, reverse=True)
    mre = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in mnames)
    month = rf"(?:{mre})\.?(?:\s*[/(-]\s*(?:{mre})\s*\)?)?"
    ords = {fold(f): int(k) for k, v in (d.get("ordinal_days") or {}).items() for f in v}
    ore = _alternation(ords)
    of = rf"(?:\s*(?:{_alternation(d.get('day_month_joiners'))}))?"
    mword = rf"(?:(?:{_alternation(d.get('month_word'))})\s+)?"
    yword = rf"(?:{_alternation(d.get('year_joiners'))})?"
    full = re.compile(
        rf"(?<!\w)(?:(?P<d1>[0-9]{{1,2}}|{ore})(?:st|nd|rd|th)?{of}\s*[-]?\s*{mword}(?P<m1>{month})(?:\s*,?\s*{yword}\s*(?P<y1>[0-9]{{4}}))?"
        rf"|(?P<m2>{month})\s+(?P<d2>[0-9]{{1,2}})(?:st|nd|rd|th)?(?:\s*,?\s*(?P<y2>[0-9]{{4}}))?"
        rf"|{mword}(?P<m3>{month})\s*,?\s*{yword}\s*(?P<y3>[0-9]{{4}})"
        rf"|(?P<nd>[0-9]{{1,2}})\s*[/.-]\s*(?P<nm>[0-9]{{1,2}})\s*[/.-]\s*(?P<ny>[0-9]{{4}})(?:\s*ه(?:جري)?)?"
        rf"|(?P<iy>[0-9]{{4}})\s*[/-]\s*(?P<im>[0-9]{{1,2}})\s*[/-]\s*(?P<id>[0-9]{{1,2}}))(?!\w)"
    )
    hijri_day = rf"\s*(?:(?:{_alternation(d.get('day_month_joiners'))})\s+)?{mword}$"
    hijri_year = re.compile(rf"\s*(?:{_alternation(d.get('year_joiners'))})?\s*([0-9]{{4}})\s*(?:{_alternation(d.get('hijri_era'))})?")
    return DateWords(
        months=months,
        hijri=matcher_from_lists({int(k): v for k, v in (d.get("hijri_months") or {}).items()}),
        weekdays=matcher_from_lists({int(k): v for k, v in d["weekdays"].items()}),
        relative=matcher_from_lists({int(k): v for k, v in d["relative_days"].items()}),
        last_words=words(d["last_words"]),
        day_parts=matcher_from_lists({1: d["day_parts"]}),
        ago_before=words(d["days_ago_before"]),
        days_word=matcher_from_lists({1: d["days_word"]}),
        year_words=words(d["year_words"]),
        same_day=matcher_from_lists({1: d.get("same_day_as_previous") or []}),
        names_with_day=matcher_from_lists({1: d.get("names_with_day") or []}),
        full=full,
        ordinals=ords,
        in_month=re.compile(rf"(?<!\w)(?:{_alternation(d.get('in_month_before'))})(?:\s*-\s*|\s+){mword}(?P<m>{month})(?!\s*[0-9])(?!\w)"),
        hijri_day=re.compile(rf"([0-9]{{1,2}}){hijri_day}"),
        hijri_ordinal=hijri_day,
        hijri_year=hijri_year,
        two_days=words(d.get("two_days") or []),
    )


def _safe_date(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _month_of(dw: DateWords, text: str) -> int | None:
    m = next(iter(dw.months.finditer(text)), None)
    return int(m.label) if m else None


def find_dates(lang: str, norm: str, start: int, end: int, published: date | None) -> list[DateMention]:
    """Dates in ``norm[start:end]``: absolute, Hijri, weekday and relative forms."""
    dw = date_words(lang)
    out: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for m in dw.full.finditer(norm, start, end):
        mention = _absolute(dw, m, published)
        if mention is not None:
            out.append(mention)
            taken.append((mention.start, mention.end))
    for im in dw.in_month.finditer(norm, start, end):
        mon = _month_of(dw, im.group("m"))
        if mon and published and not any(im.start() < b and a < im.end() for a, b in taken):
            y = published.year if mon <= published.month else published.year - 1
            out.append(DateMention(im.start("m"), im.end(), f"{y:04d}-{mon:02d}", "month"))
            taken.append((im.start("m"), im.end()))
    for mention in _hijri(dw, norm, start, end):
        if not _overlaps(mention, taken):
            out.append(mention)
            taken.append((mention.start, mention.end))
    for mention in _weekdays(dw, norm, start, end, published):
        if _overlaps(mention, taken):
            continue
        # "الجمعة 21 أكتوبر 2016", "Tuesday, March 3": the weekday belongs to the date after it.
        nxt = next((k for k, o in enumerate(out) if 0 <= o.start - mention.end <= 3
                    and norm[mention.end : o.start].strip(" ,") == ""), None)
        if nxt is not None and out[nxt].value is not None:
            o = out[nxt]
            out[nxt] = DateMention(mention.start, o.end, o.value, o.precision)
            taken.append((mention.start, o.end))
            continue
        out.append(mention)
        taken.append((mention.start, mention.end))
    for mention in _relative(lang, dw, norm, start, end, published):
        if not _overlaps(mention, taken):
            out.append(mention)
            taken.append((mention.start, mention.end))
    for sd in dw.same_day.finditer(norm, start, end):
        if not any(sd.start < b and a < sd.end for a, b in taken):
            out.append(DateMention(sd.start, sd.end, None, SAME_AS_PREVIOUS, relative=True))
    out.sort(key=lambda x: x.start)
    return _day_named(dw, norm, out, published)


def _day_named(dw: DateWords, norm: str, found: list[DateMention], published: date | None) -> list[DateMention]:
    """"اليوم الأربعاء", "أمس (الثلاثاء)", "today (Wednesday)": a day word and the weekday that names it
    are one date, the weekday's: a report written on Wednesday and published (or crawled) on Friday
    still means Wednesday. A future day word ("غدا الخميس") is left as it is."""
    out: list[DateMention] = []
    k = 0
    while k < len(found):
        d = found[k]
        nxt = found[k + 1] if k + 1 < len(found) else None
        if nxt is not None and published is not None and d.value and nxt.value and d.precision == nxt.precision == "day" \
                and d.relative and nxt.relative and d.value <= published.isoformat() \
                and 0 <= nxt.start - d.end <= 3 and norm[d.end : nxt.start].strip(" (،,-") == "" \
                and not dw.weekdays.findall(norm, d.start, d.end) and dw.weekdays.findall(norm, nxt.start, nxt.end):
            out.append(DateMention(d.start, nxt.end, nxt.value, "day", relative=True))
            k += 2
            continue
        out.append(d)
        k += 1
    return out


SAME_AS_PREVIOUS = "same_as_previous"


def _overlaps(m: DateMention, taken: list[tuple[int, int]]) -> bool:
    return any(m.start < b and a < m.end for a, b in taken)


def _absolute(dw: DateWords, m: re.Match[str], published: date | None) -> DateMention | None:
    g = m.groupdict()
    if g["nd"]:
        if 1300 <= int(g["ny"]) <= 1500:  # "4 / 8 / 1436هـ": a Hijri date written in figures
            return _hijri_numeric(int(g["ny"]), int(g["nm"]), int(g["nd"]), m)
        dt = _safe_date(int(g["ny"]), int(g["nm"]), int(g["nd"]))
        return DateMention(m.start(), m.end(), dt.isoformat(), "day") if dt else None
    if g["iy"]:
        dt = _safe_date(int(g["iy"]), int(g["im"]), int(g["id"]))
        return DateMention(m.start(), m.end(), dt.isoformat(), "day") if dt else None
    day = g["d1"] or g["d2"]
    if day and not is_digits(day):
        day = str(dw.ordinals.get(re.sub(r"\s+", " ", day), 0)) or None
    mon_text = g["m1"] or g["m2"] or g["m3"]
    year = g["y1"] or g["y2"] or g["y3"]
    month = _month_of(dw, mon_text)
    if month is None or (mon_text.strip() == "may" and not year):
        return None  # "10 may still be under the rubble"
    if day:
        if year:
            dt = _safe_date(int(year), month, int(day))
            return DateMention(m.start(), m.end(), dt.isoformat(), "day") if dt else None
        if published is None:
            return DateMention(m.start(), m.end(), None, None)
        # A day and month without a year: the latest such date not after publication.
        y = published.year
        dt = _safe_date(y, month, int(day))
        if dt and dt > published + timedelta(days=1):
            dt = _safe_date(y - 1, month, int(day))
        return DateMention(m.start(), m.end(), dt.isoformat(), "day") if dt else None
    return DateMention(m.start(), m.end(), f"{int(year):04d}-{month:02d}", "month")


def _hijri_numeric(year: int, month: int, day: int, m: re.Match[str]) -> DateMention | None:
    """A day/month/year date whose year lies in the Hijri range (1300-1500 AH is 1882-2077 AD)."""
    from hijridate import Hijri

    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return DateMention(m.start(), m.end(), g.isoformat(), "day")


def _hijri(dw: DateWords, norm: str, start: int, end: int) -> list[DateMention]:
    out = []
    for hm in dw.hijri.finditer(norm, start, end):
        head = norm[max(start, hm.start - 30) : hm.start]
        before = dw.hijri_day.search(head)
        day = int(before.group(1)) if before else None
        if before is None:  # "العاشر من ذي الحجة"
            for word, n in sorted(dw.ordinals.items(), key=lambda x: -len(x[0])):
                o = re.search(rf"(?<!\w){re.escape(word)}{dw.hijri_ordinal}", head)
                if o:
                    before, day = o, n
                    break
        after = dw.hijri_year.match(norm, hm.end, end)
        if not before or not after or not day:
            continue
        year = int(after.group(1))
        if not 1300 <= year <= 1500:
            continue
        try:
            from hijridate import Hijri

            g = Hijri(year, int(hm.label), day).to_gregorian()
        except (ValueError, OverflowError):
            continue
        s = hm.start - len(before.group(0))
        out.append(DateMention(s, after.end(), g.isoformat(), "day"))
    return out


def _weekdays(dw: DateWords, norm: str, start: int, end: int, published: date | None) -> list[DateMention]:
    out = []
    for wm in dw.weekdays.finditer(norm, start, end):
        s, e = wm.start, wm.end
        # "يوم الجمعة", "فجر الخميس", "late on Saturday"
        for p in dw.day_parts.finditer(norm, max(start, s - 14), s):
            if norm[p.end : s].strip() == "":
                s = p.start
        last = False
        tail = re.match(r"\s*(\w+)", norm[e:end])
        if tail and tail.group(1) in dw.last_words:
            last, e = True, e + tail.end()
        head = re.search(r"(\w+)\s*$", norm[max(start, s - 10) : s])
        if head and head.group(1) in dw.last_words:  # English "last Tuesday"
            last, s = True, s - len(norm[max(start, s - 10) : s]) + head.start(1)
        if published is None:
            out.append(DateMention(s, e, None, None, relative=True))
            continue
        back = (published.weekday() - int(wm.label)) % 7
        if last and back == 0:
            back = 7
        out.append(DateMention(s, e, (published - timedelta(days=back)).isoformat(), "day", relative=True))
    return out


def _relative(lang: str, dw: DateWords, norm: str, start: int, end: int, published: date | None) -> list[DateMention]:
    out = []
    names = [(n.start, n.end) for n in dw.names_with_day.finditer(norm, start, end)]
    for rm in dw.relative.finditer(norm, start, end):
        if norm[rm.start : rm.core_start].endswith("ل") or rm.phrase.startswith("لل"):
            continue  # "لليوم الثالث": for the third day, not today
        if any(a <= rm.start < b for a, b in names):
            continue  # "عين اليوم", "روسيا اليوم": an outlet's name, not today
        value = (published + timedelta(days=int(rm.label))).isoformat() if published else None
        out.append(DateMention(rm.start, rm.end, value, "day" if value else None, relative=True))
    # "منذ ثلاثة أيام" / "three days ago"
    from rasid.extract.numbers import number_words, read_number
    from rasid.text.tokens import tokenize

    for dm in dw.days_word.finditer(norm, start, end):
        toks = tokenize(norm, max(start, dm.start - 25), dm.start)
        if not toks:
            continue
        n = None
        if dm.phrase in dw.two_days:
            n, first = 2, toks[-1] if toks[-1].text in dw.ago_before else None
        else:
            for i in range(len(toks)):
                got = read_number(number_words(lang), toks, i)
                if got and got[1] == len(toks):
                    n, first = got[0], toks[i - 1] if i > 0 else None
                    break
        if n is None or (lang == "ar" and (first is None or first.text not in dw.ago_before)):
            continue
        s = first.start if first is not None and lang == "ar" else toks[-1].start
        value = (published - timedelta(days=n)).isoformat() if published and n < 60 else None
        out.append(DateMention(s, dm.end, value, "day" if value else None, relative=True))
    return out


def year_mentions(lang: str, norm: str, start: int, end: int) -> list[DateMention]:
    """"عام 2014", "in 2014": a year alone (year precision)."""
    dw = date_words(lang)
    out = []
    # "عام 2014", "عام2014" (the word joined to its figure: \w+ gives the digits back), "in 2014"
    for m in re.finditer(r"(?<!\w)(\w+)\s*([0-9]{4})(?!\w)", norm[start:end]):
        word, yr = m.group(1), m.group(2)
        if word in dw.year_words and 1900 <= int(yr) <= 2100:
            out.append(DateMention(start + m.start(), start + m.end(), yr, "year"))
    return out
