"""The default extraction engine: linguistic rules over lexicons kept as data.

Stages, in order (each a module of ``rasid.extract`` or ``rasid.geo``):
1. normalise the text, keeping the offset map (``rasid.text.normalize``);
2. find places, countries and actors over the whole text, and the countries it is about;
3. split sentences and clauses; in each clause find triggers, figures, dates, places, actors;
4. open a mention per clause that reports an event (``mentions``), give it its perpetrator,
   claimants and victims;
5. join mentions of one event into incidents (``incidents``) and quote every field's words.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from datetime import date
from functools import lru_cache

from rasid.extract import mentions as mn
from rasid.extract.actors import ActorMention, document_regions, find_actors, find_sure_actors
from rasid.extract.counts import find_figures
from rasid.extract.dates import find_dates, year_mentions
from rasid.extract.incidents import build_incidents
from rasid.extract.resources import resources
from rasid.geo.match import (
    PlaceMention,
    country_mentions,
    dateline_city,
    dateline_town,
    document_countries,
    dual_pair,
    english_unknown,
    find_places,
    in_country,
    listed_places,
)
from rasid.model import Document, Incident
from rasid.text.lexicon import lang_data, words
from rasid.text.normalize import NormText, normalize
from rasid.text.segment import Segment, clauses, sentences
from rasid.text.tokens import stems, tokenize


def detect_lang(norm: str) -> str:
    """"ar" when Arabic letters outnumber Latin ones, else "en" (or "unknown" with neither)."""
    ar = sum(1 for c in norm if "\u0600" <= c <= "\u06ff")
    la = sum(1 for c in norm if "a" <= c <= "z")
    if ar == 0 and la == 0:
        return "unknown"
    return "ar" if ar >= la else "en"


class RulesEngine:
    """Lexicons and patterns, no model: offline, fast, every decision traceable to a rule."""

    name = "rules"
    version = "0.1"

    def extract(self, doc: Document) -> tuple[str, list[Incident]]:
        nt = normalize(doc.text)
        lang = doc.lang if doc.lang in ("ar", "en") else detect_lang(nt.norm)
        if lang not in ("ar", "en"):
            return lang, []
        return lang, _extract(nt, lang, doc.published)


def _extract(nt: NormText, lang: str, published: date | None) -> list[Incident]:
    norm = nt.norm
    res = resources(lang)
    sure_actors = find_sure_actors(norm)
    named = [c for _, _, c in country_mentions(norm)]
    found_places = find_places(norm)
    written = [_written_as_name(nt, p) for p in found_places]
    places = [p for p, w in zip(found_places, written, strict=True) if w]
    # names read as part of a longer one ("Mosul" of "Mosul al-Jadida") still locate that one
    # (split in one pass: a membership test against the list was quadratic in a long report)
    hints = [p for p, w in zip(found_places, written, strict=True) if not w]
    places = sorted(english_unknown(nt.raw, norm, nt.starts, places, hints), key=lambda p: p.start)
    sure_actors.sort(key=lambda a: a.start)
    sure_starts = [a.start for a in sure_actors]
    places = [p for p in places if not _inside(sure_actors, p.start, sure_starts)]
    countries = document_countries(places, [a.actor.country for a in sure_actors if a.actor.country], named)
    # "وزارة الصحة" in a report from Jenin is the Ramallah ministry: regions first, then countries
    regions = document_regions((p.candidates[0].country, p.candidates[0].admin1) for p in places if p.candidates)
    actors = find_actors(norm, countries=regions + countries, sure=sure_actors)
    actors = sorted(_short_forms(norm, actors) + _anaphors(res, norm, actors), key=lambda a: a.start)
    doc_source = _statement_source(res, norm, actors)
    sents = sentences(norm)
    voice = _armed_voice(res, norm, actors, doc_source, sents[:2])
    actor_starts = [a.start for a in actors]
    located = (in_country(p, countries) for p in places if not _inside(actors, p.start, actor_starts))
    places = [_dateline(norm, p) for p in located if _in_document_countries(p, countries)]
    place_starts = [p.start for p in places]
    reporter_town = dateline_town(places)
    if reporter_town is not None and countries and reporter_town.best.country != countries[0]:
        reporter_town = None  # the bureau (Cairo for Gaza, Riyadh for Yemen) is not where the event was
    found: list[mn.Mention] = []
    prev_claimants: list[tuple[int, ActorMention]] = []
    all_dates = []
    headlines = headline_sentences(norm, sents)
    in_quote = False
    dateline_end = _dateline_end(norm)
    bylines = _byline_spans(norm)
    paragraph = -1
    setting: list[PlaceMention] = []
    for si, sent in enumerate(sents):
        if si in headlines:
            continue
        if sent.paragraph != paragraph:
            paragraph, in_quote = sent.paragraph, False
        # what lies in this sentence (a window, not the whole list: long documents stay linear)
        near = actors[bisect.bisect_left(actor_starts, sent.start - 200) : bisect.bisect_left(actor_starts, sent.end)]
        here = places[bisect.bisect_left(place_starts, sent.start) : bisect.bisect_left(place_starts, sent.end)]
        # "جنين – وفا| أعلنت ...", "أربيل (الأناضول) – قالت ...": the outlet of the byline is the author
        speakers = [a for a in near if not any(x <= a.start < y for x, y in bylines)]
        claimants, speaker_spans = mn.claimants_of(res, norm, sent, speakers)
        # "وأضاف ...", "وأشار إلى أن ...": a sentence opening on a verb of saying with no speaker
        # goes on with the previous one's
        opening = (sent.start, min(sent.end, sent.start + 12))
        own_claims = claimants
        if not claimants and (res.continuation.findall(norm, *opening) or res.speech.findall(norm, *opening)
                              or in_quote):
            claimants = [(sent.start, a) for _, a in prev_claimants]
            if res.continuation.findall(norm, *opening):
                own_claims = claimants  # "وأضاف أن ...": the same source goes on
        # a quotation opened after a speaker and left open runs on into the next sentences
        quotes = norm[sent.start : sent.end].count('"')
        in_quote = (in_quote and quotes % 2 == 0) or (not in_quote and quotes % 2 == 1 and bool(claimants))
        prev_claimants = claimants or prev_claimants
        accused = mn.accused(res, norm, sent, near)
        place_spans = _speaker_place_spans(res, norm, speaker_spans)
        sent_places = [p for p in here if not any(a <= p.start < b for a, b in place_spans)]
        # "أربيل (الأناضول) – قالت مصادر محلية في قضاء سنجار إن ...": the local source's place stands in
        # for the event's rather than the byline's city, when the sentence names no other
        described = [dataclasses.replace(p, reference=True) for p in here if any(a <= p.start < b for a, b in place_spans)]
        if described and sent_places and all(any(x <= p.start < y for x, y in bylines) for p in sent_places):
            sent_places = described
        dates = find_dates(lang, norm, sent.start, sent.end, published)
        # "قالت قسد في بيان اليوم الأحد إن ...": the statement's date, not the event's
        dates = [dataclasses.replace(d, statement=True) if any(a <= d.start < b for a, b in speaker_spans)
                 or _after_statement_noun(res, norm, d) or d.end <= dateline_end else d for d in dates]
        if any(not d.statement for d in dates):
            dates = [d for d in dates if not d.statement]
        years = [y for y in year_mentions(lang, norm, sent.start, sent.end)
                 if not any(d.start <= y.start < d.end for d in dates)]
        all_dates += dates
        made = len(found)
        segs = clauses(norm, sent, res.clause_breaks)
        for seg in segs:
            m = _mention(res, norm, seg, si, sent_places, dates + years, near, mn.claims_for(claimants, seg), accused,
                         published, voice)
            if m is not None:
                m.headline = _headline_like(norm, sent)
                town = None if m.places else dateline_city(norm, seg.start, seg.end, reporter_town)
                fresh = not (m.definite or m.update or m.weak)  # one that refers back has its event's place
                m.places = [town] if town else m.places or (setting if fresh else [])
                found += _each_of_dual(norm, m)
        _follow_up_claims(res, norm, sent, si, segs, own_claims, found, made)
        # "IDF troops identified three terrorists inside a structure near Yaroun. Shortly after, an
        # aircraft struck the structure": a sentence that tells no event but names one place sets
        # the scene for the next one of its paragraph
        own = [p for p in sent_places if not p.reference]
        setting = own if len(own) == 1 and len(found) == made and sent.paragraph == sents[min(si + 1, len(sents) - 1)].paragraph else []
    report_day = _single_report_day(all_dates) if published else None
    return build_incidents(nt, lang, found, actors, countries, report_day=report_day, doc_source=doc_source)


def _each_of_dual(norm: str, m: mn.Mention) -> list[mn.Mention]:
    """"قصف على قريتي مشرعة وحدنان": one incident at each of the two places a dual cue names
    (CONTRACT.md section 7: one event at one place). A toll told for both together is neither's:
    it stays null rather than be counted twice or split by guess."""
    pair = dual_pair(norm, m.places) if m.trigger is not None else None
    if pair is None:
        items = listed_places(norm, m.places) if m.trigger is not None else []
        if not items:
            return [m]
        # "استهدفت غارات أهدافا قرب حلب والرقة ودير الزور": one incident at each place of the list
        refs = [p for p in m.places if p.reference]
        return [dataclasses.replace(m, places=[p, *refs], figures=[], separate=k > 0) for k, p in enumerate(items)]
    a, b = pair
    # each keeps its own place and the clause's reference points, not the other places of the clause
    refs = [p for p in m.places if p.reference]
    return [dataclasses.replace(m, places=[a, *refs], figures=[]),
            dataclasses.replace(m, places=[b, *refs], figures=[], separate=True)]


def _follow_up_claims(res, norm: str, sent: Segment, si: int, segs: list[Segment],  # type: ignore[no-untyped-def]
                      claims: list[tuple[int, ActorMention]], found: list[mn.Mention], made: int) -> None:
    """A source that speaks of the event just told without a trigger of its own claims it: a later
    clause of the sentence ("..., فيما زعم جيش الاحتلال أن قواته أحبطت تهديدا", "..., the army said") or
    the next sentence when it refers back ("وقال مصدر طبي إن الطفل وصل جثة هامدة", "medics said the toll
    rose") and opens no event (a place it names is where the wounded were taken or the source sits)."""
    if not claims or not found:
        return
    own = found[made:]
    if own:
        for seg in segs:
            if any(seg.start <= m.clause.start < seg.end for m in own):
                continue
            before = [m for m in own if m.clause.start < seg.start]
            if not before or res.period_words.findall(norm, seg.start, seg.end):
                continue
            _add_claims(before[-1], [a for pos, a in claims if seg.start <= pos < seg.end])
        return
    last = found[-1]
    if si - last.sentence_index != 1 or last.headline:
        return
    # "The Islamic State group claimed responsibility in a statement": a claim of responsibility
    # with no trigger of its own names the event just told (told at most two sentences before: "No
    # casualties were reported" after an unreported barrage does not carry a claim back to a strike)
    told = next((m for m in reversed(found) if m.trigger is not None), None)
    claim = bool(res.claim.findall(norm, sent.start, sent.end)) and told is not None and si - told.sentence_index <= 2
    if not (res.back_refs.findall(norm, sent.start, sent.end) or claim) or res.period_words.findall(norm, sent.start, sent.end):
        return  # "وبذلك ترتفع حصيلة الشهداء منذ السابع من أكتوبر": a total over a period
    _add_claims(last, [a for pos, a in claims if sent.start <= pos < sent.end])


def _add_claims(m: mn.Mention, new: list[ActorMention]) -> None:
    for a in new:
        if all(c.actor.name != a.actor.name for c in m.claimants):
            m.claimants.append(a)


def _speaker_place_spans(res, norm: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:  # type: ignore[no-untyped-def]
    """The speaker phrases as far as places go: a phrase ends where the event it tells begins
    ("تبنى حزب الله في بيان مساء الجمعة استهداف ثكنة زرعيت": Zar'it is the event's place), and one
    before its verb starts after the last comma ("قصفت ... مواقع لداعش في قضاء عنه، وتحدث ناشطون":
    Anah is where the shells fell, not where the activists are)."""
    out = []
    for a, b in spans:
        told = res.strong.findall(norm, a, b) + res.weak.findall(norm, a, b)
        if told:
            b = min(t.start for t in told)
        if res.speech.findall(norm, b, min(len(norm), b + 12)):
            a = max(a, norm.rfind(",", a, b) + 1)
        out.append((a, b))
    return out


def _history(dates, published: date | None) -> bool:  # type: ignore[no-untyped-def]
    """"قصف حلبجة عام 1988", "سقوط البعث عام 2003": dated three years or more before the report."""
    if published is None:
        return False
    for d in dates:
        if d.value and not d.statement:
            year = int(d.value[:4])
            if published.year - year >= 3:
                return True
    return False


def _claims_told_event(res, norm: str, seg: Segment, trig) -> bool:  # type: ignore[no-untyped-def]
    """"تبنى داعش الهجوم", "ISIS claimed the attack": a claim of an event already told (a definite
    trigger after the claim), not "تبنى حزب الله استهداف ثكنة زرعيت" (a new one)."""
    for c in res.claim.finditer(norm, seg.start, seg.end):
        if any((c.end <= t.start <= c.end + 25 or c.start < t.start < c.end) and _is_definite(norm, t) for t in trig):
            return True
    return False


def _toll_update(res, norm: str, seg: Segment) -> bool:  # type: ignore[no-untyped-def]
    """"ارتفعت حصيلة ضحايا الغارات إلى 31", "the toll from the strikes had risen to 14"."""
    from rasid.extract.counts import casualty_words

    cw = casualty_words(res.lang)
    return bool(cw.toll_words.findall(norm, seg.start, seg.end)) and bool(cw.toll_verbs.findall(norm, seg.start, seg.end))


def _after_statement_noun(res, norm: str, d) -> bool:  # type: ignore[no-untyped-def]
    """"في بيان صدر صباح اليوم", "in a statement on Tuesday": when the source spoke."""
    # also after the statement's author: "وقال بيان لقوة المهام المشتركة اليوم" (statement_author in
    # lang/*/attribution.yaml: the words that open the author after the noun)
    return any(d.start - s.end <= 12 or (d.start - s.end <= 40 and res.statement_author
                                         and norm[s.end : d.start].lstrip().startswith(res.statement_author))
               for s in res.statement_nouns.finditer(norm, max(0, d.start - 55), d.start))


def _anaphors(res, norm: str, actors: list[ActorMention]) -> list[ActorMention]:  # type: ignore[no-untyped-def]
    """"وقالت الوزارة", "the network said": the last actor named with that noun."""
    out = []
    named = [a for a in actors if not a.adjective]
    named_starts = [a.start for a in named]
    for m in res.anaphors.finditer(norm):
        head = m.phrase[2:] if m.phrase.startswith(("ال", "لل")) else m.phrase.removeprefix("the ")
        if _inside(named, m.core_start, named_starts):
            continue
        before = named[: bisect.bisect_left(named_starts, m.start)]
        prev = [a for a in before[-50:] if a.end <= m.start and head in norm[a.start : a.end]]
        kinds = res.anaphor_kinds.get("ال" + head if m.phrase.startswith(("ال", "لل")) else m.phrase, ())
        prev = prev or [a for a in before[-50:] if a.end <= m.start and a.actor.kind in kinds]
        if prev:
            out.append(dataclasses.replace(prev[-1], start=m.core_start, end=m.end))
    return out


def _short_forms(norm: str, actors: list[ActorMention]) -> list[ActorMention]:
    """"الدفاع المدني" after "الدفاع المدني السوري", "وزارة الصحة" after "وزارة الصحة اللبنانية": a name
    that begins an actor's longer name written before is that actor, not a generic one."""
    out = []
    # every proper word prefix of each earlier full name -> the actors whose name begins so, in order
    # (an index, not a scan of all earlier actors: a long document has thousands of them)
    by_prefix: dict[str, list[ActorMention]] = {}
    for a in actors:
        words_ = norm[a.start : a.end]
        longer = next((b for b in reversed(by_prefix.get(words_, ())) if b.actor != a.actor and b.end <= a.start), None)
        out.append(dataclasses.replace(longer, start=a.start, end=a.end) if longer and not a.adjective else a)
        if not a.adjective:
            name = words_
            for k in range(len(name)):
                if name[k] == " ":
                    by_prefix.setdefault(name[:k], []).append(a)
    return out


def _armed_voice(res, norm: str, actors: list[ActorMention], doc_source: ActorMention | None,  # type: ignore[no-untyped-def]
                 head: list[Segment]):
    """The armed group whose statement the document is: its header, or the first armed actor
    that speaks in the first two sentences ("أعلنت كتائب القسام ...")."""
    if doc_source is not None:
        return doc_source if doc_source.actor.kind in mn.ARMED else None
    for s in head:
        claims, _ = mn.claimants_of(res, norm, s, actors)
        armed = [a for _, a in claims if a.actor.kind in mn.ARMED]
        if armed:
            return armed[0]
    # a communiqué that speaks of "قواتنا" names its author near the top
    if res.our_forces.findall(norm):
        return next((a for a in actors if a.start < 300 and a.actor.kind in mn.ARMED and not a.adjective), None)
    return None


def _statement_source(res, norm: str, actors: list[ActorMention]) -> ActorMention | None:  # type: ignore[no-untyped-def]
    """"بيان صحفي صادر عن وزارة الصحة", "Statement by the Sudan Doctors Network": the voice of the body."""
    for h in res.statement_header.finditer(norm, 0, min(len(norm), 300)):
        nxt = [a for a in actors if 0 <= a.start - h.end <= 6 and not a.adjective]
        if nxt:
            return nxt[0]
    return None


_DATELINE = re.compile(r"^[^\n.]{0,90}?(?:\([^)\n]{0,40}\)\s*)?[-–—|:]\s")


def _dateline_end(norm: str) -> int:
    """"GAZA/CAIRO, Feb 25 (Agency) - ", "دمشق-سانا:", "SIDON, Lebanon (South Lebanon Today) –": where the
    dateline ends; a date in it is the report's, not the event's."""
    m = _DATELINE.match(norm)
    return m.end() if m and m.end() < 100 else 0


_BYLINE = re.compile(r"[^\n.]{0,50}?(?:\([^)\n]{0,40}\)\s*)?[-–—|:]\s*(?:[^\s.|:]{2,20}\s?[-–—|:]\s)?")


def _byline_spans(norm: str) -> list[tuple[int, int]]:
    """The byline heads of the first lines ("جنين – وفا| ", "صعدة-سبأ", "ADEN, Yemen (Coastline Press) — "):
    an outlet named there is the report's author, not a source it cites."""
    out: list[tuple[int, int]] = []
    pos = 0
    for line in norm[:400].split("\n")[:4]:
        m = _BYLINE.match(line)
        if m:
            out.append((pos, pos + m.end()))
        elif len(line.strip()) <= 40:
            out.append((pos, pos + len(line)))  # a line of its own: "الرياض - واس", "Aden Tribune – Hodeidah"
        pos += len(line) + 1
    return out


def _single_report_day(dates):  # type: ignore[no-untyped-def]
    """The one day a dated report speaks of, when every day it names is the same ("فجر اليوم
    الخميس ... وفي دير البلح ..."): undated incidents of the round-up happened that day."""
    dates = [d for d in dates if not d.statement]  # "قالت الوزارة اليوم إن ... أمس": the statement's day is none
    days = {d.value for d in dates if d.value and d.precision == "day"}
    if len(days) != 1 or any(d.value is None or d.precision != "day" for d in dates):
        return None
    return next(d for d in dates if d.value)


def _inside(actors: list[ActorMention], pos: int, starts: list[int] | None = None) -> bool:
    """Whether ``pos`` falls inside an actor's name (``actors`` sorted by start)."""
    i = bisect.bisect_right(starts if starts is not None else [a.start for a in actors], pos)
    return any(a.start <= pos < a.end for a in actors[max(0, i - 3) : i])


def _written_as_name(nt: NormText, p: PlaceMention) -> bool:
    """An English place name is capitalised in the text ("Rafah", "RAFAH"; not "rafah" or "may")."""
    a, b = nt.raw_span(p.core_start, p.end)
    raw = nt.raw[a:b]
    # a surname after a given name ("Fawzi al-Mansouri", "Muhammad al-Ahmad") is a person, not the town;
    # a given name before a surname ("Wael Musa Khaled", "Omar Al-Mokhtar street") too
    if raw.isascii() and re.match(r"(?:al|el|Al|El)-", raw) and _name_cues()[0].search(nt.raw, max(0, a - 40), a):
        return False
    if raw.isascii() and raw[:1].isupper():
        after = _NAME_AFTER.match(nt.raw, b)
        if after is not None and after.group(1).lower() not in _name_cues()[1]:
            return False
    raw = re.sub(r"^(?:al|el|ad|as|ash|an|ar|az|at|the)[- ]", "", raw)
    ch = raw[:1] or " "
    return not ch.isascii() or not ch.isalpha() or ch.isupper()


@lru_cache(maxsize=1)
def _name_cues() -> tuple[re.Pattern[str], frozenset[str]]:
    """English name cues from lang/en/cues.yaml: a capitalised word right before that is a given name
    (none of ``not_given_names``), and the words after a one-word name that keep it a place."""
    cues = lang_data("en", "cues")
    not_given = "|".join(re.escape(w.capitalize()) for w in cues["not_given_names"])
    person_before = re.compile(rf"(?<![\w'’-])(?!(?:{not_given})\b)[A-Z][\w'’-]*[a-z][ ]$")
    return person_before, words(cues["place_words_after"])


# a capitalised word right after a one-word name: part of a longer proper name, unless a place word
_NAME_AFTER = re.compile(r" (?:(?:al|el|Al|El)-)?([A-Z][a-z'’]+)")


def _in_document_countries(p: PlaceMention, countries: list[str]) -> bool:
    """A name found only in countries the document is not about ("الشعب" in Israel, in a report
    on south Lebanon) is a word, not the place, unless a cue word introduces it."""
    # a front, a quarter or a market ("جبهة الساحل الغربي") names a part of the document's own war:
    # only a town, district or province cue brings in a name of another country
    if (p.cue and p.cue not in ("front", "neighbourhood")) or not countries:
        return True
    return any(c.country in countries[:3] for c in p.candidates)


def _dateline(norm: str, p: PlaceMention) -> PlaceMention:
    """"غزة/ الأناضول –", "BEIRUT (X) -", a byline line "BAYJI —": the reporter's place, used only
    when the clause names no other."""
    line_start = norm.rfind("\n", 0, p.start) + 1
    # "📍الفاشر |", and the second city of a double dateline ("GAZA/CAIRO,", "غزة/القاهرة -")
    at_line_start = re.fullmatch(r"[^\w.!?]*(?:[^\W\d_]+(?: [^\W\d_]+)?\s*/\s*)?", norm[line_start : p.start]) is not None
    if p.start < 300 and at_line_start and re.match(r"\s*[-/(:,|]", norm[p.end : p.end + 3]):
        return dataclasses.replace(p, reference=True, dateline=True)
    return p


def _mention(res, norm: str, seg: Segment, si: int, places: list[PlaceMention], dates, actors,  # type: ignore[no-untyped-def]
             claimants, accused, published: date | None, voice: ActorMention | None = None) -> mn.Mention | None:
    strong, weak = mn.triggers(res, norm, seg)
    if (strong or weak) and res.support.findall(norm, seg.start, seg.end):  # one look for the clause first
        strong, weak = _supporting(res, norm, seg, strong), _supporting(res, norm, seg, weak)
    clause_toks = tokenize(norm, seg.start, seg.end)
    date_spans = [(d.start, d.end) for d in dates]
    names = [(a.start, a.end) for a in actors if seg.start <= a.start and a.end <= seg.end and a.actor.kind in mn.ARMED]
    figures = find_figures(res.lang, norm, clause_toks, exclude=date_spans, names=names) if clause_toks else []
    seg_places = [p for p in places if seg.start <= p.start < seg.end]
    seg_dates = [d for d in dates if seg.start <= d.start < seg.end]
    strong = [t for t in strong if not _quoted(norm, t)]  # «المسيرة» is a channel's name
    # "استهدفت مقاتلات التحالف عقبة القنذع", "استهدفت مدفعية الجيش مواقع": a targeting verb with its weapon
    # named in the clause is a strike, as "قصفت طائرات" is
    if not strong and any(x.label in ("air", "drone", "ground") for x in res.modifiers.finditer(norm, seg.start, seg.end)):
        # ... and so is a verb of destroying with its weapon ("دمرت مقاتلات التحالف معسكرا")
        strong = [t for t in weak if t.label == "bombardment"] or res.destroy.findall(norm, seg.start, seg.end)
    # a weak trigger counts beside a figure or a date, or as the event a claim refers back to
    # ("تبنى تنظيم داعش الهجوم", "ISIS claimed the attack"): the claimant joins that event
    # or, definite and with a place, as a detail of the event told before ("The dawn attack targeted a
    # position near the town of X"): it only joins that event (incidents.group_mentions), never opens one
    trig = strong or (weak if (figures or seg_dates or _claims_told_event(res, norm, seg, weak)
                               or (seg_places and any(_refers_back(norm, t) for t in weak))) else [])
    control = not trig and _control(res, norm, seg, seg_places, seg_dates, figures, actors)
    if control:
        trig = res.control.findall(norm, seg.start, seg.end)
    fighting = [] if trig else _fighting_at(norm, weak, seg_places)
    if fighting:
        trig, control = fighting, True
    killer = None if trig else _killing(res, norm, seg, seg_places, figures, actors)
    if killer is not None:
        trig, control = res.killing.findall(norm, seg.start, seg.end), True
    if not trig:
        facts_end = max([f.end for f in figures], default=seg.start)
        if figures and not (mn.is_framed_out(res, norm, seg, facts_end, facts_end) or _since(norm, seg_dates, facts_end)
                            or _over_period(norm, seg)):
            # a figure with no trigger ("وقدرت أعداد القتلى بالعشرات") adds to the mention before it
            m = mn.Mention(seg, si, "", None, seg_places, seg_dates, figures, None, True, list(claimants))
            _victims(res, norm, seg, m, actors)
            return m
        return None
    first = min(t.start for t in trig)
    facts_end = max([t.end for t in trig] + [f.end for f in figures])
    if mn.is_framed_out(res, norm, seg, first, facts_end) or _since(norm, seg_dates, facts_end) \
            or _over_period(norm, seg):
        return None
    # Triggers that are parts of actor names ("طيران التحالف" is an actor, "قوات" no trigger).
    trig = [t for t in trig if not any(a.start <= t.start and t.end <= a.end for a in actors)] or trig
    perp = accused if accused is not None and accused.start >= seg.start - 200 else None
    perp = perp or mn.perpetrator_of(res, norm, seg, trig if control else strong + weak, actors)
    if perp is not None and any(c.start == perp.start for c in claimants) and not _self_claim(res, norm, seg, perp) \
            and not _claims_it(res, norm, seg, perp):
        perp = None
    if perp is None:
        # "Hezbollah said its fighters fired", "قال الجيش إنه استهدف": the armed speaker did it
        perp = next((c for c in claimants if c.actor.kind in mn.ARMED and _self_claim(res, norm, seg, c)), None)
    first_person = bool(res.our_forces.findall(norm, seg.start, seg.end))
    if voice is not None and first_person and (perp is None or perp.adjective):
        perp = voice  # "مجاهدونا", "our forces" in the statement of an armed group
    etype = mn.event_type(res, norm, seg, trig, perp)
    if killer is not None:
        perp = perp or killer
    m = mn.Mention(seg, si, etype, min(trig, key=lambda t: t.start), seg_places, seg_dates, figures, perp, True,
                   list(claimants))
    if _history(seg_dates, published):
        return None
    m.weak = not strong and not control
    m.first_person = first_person
    m.update = _claims_told_event(res, norm, seg, strong + weak) or _toll_update(res, norm, seg) \
        or bool(res.same_event.findall(norm, seg.start, seg.end))
    if m.update:
        m.dates = [dataclasses.replace(d, statement=True) for d in m.dates]
        if killer is not None:
            m.weak = True  # "... ارتقوا في عملية اغتيال في صيدا، ما يرفع عدد القتلى": an echo of the strike told before
    m.another = any(_another(res, norm, t) for t in strong + weak)
    m.definite = not m.another and any(_is_definite(norm, t) for t in strong + weak)
    m.separate = bool(res.separate_event.findall(norm, seg.start, first))
    m.unknown_actor = bool(res.unknown_actor.findall(norm, seg.start, seg.end))
    vague = res.vague_place.findall(norm, seg.start, seg.end)
    m.vague_place = bool(vague)
    # "several areas of southern Idlib", "عدة مناطق في ريف حلب": the named place only frames the vagueness
    m.places = [p for p in m.places if not any(0 <= p.start - v.end <= 25 for v in vague)
                or p.precision in ("district", "town", "neighbourhood")]
    # "من النبطية إلى بعلبك", "from Aleppo to Idlib": a stretch of country, not the place of one event
    spans = [(a, b) for a in m.places for b in m.places if a.end < b.start
             and re.fullmatch(r"\s*(?:الي|حتي|to)\s*", norm[a.end : b.core_start])
             and norm[max(0, a.start - 6) : a.core_start].rstrip().endswith(("من", "from"))]
    if spans:
        m.vague_place = True
        m.places = [p for p in m.places if not any(p in s for s in spans)]
    if m.unknown_actor and perp is not None and not perp_is_explicit(norm, perp, trig):
        m.perpetrator = None
    _victims(res, norm, seg, m, actors)
    if killer is not None and not m.civilians and (m.military or _armed_dead(m, actors, perp)):
        m.event_type = "armed_clash"  # "forces kill 27 militants": a battle, not an attack on people
    return m


def _supporting(res, norm: str, seg: Segment, trig):  # type: ignore[no-untyped-def]
    """Triggers that are not support for another party's act ("تدعمهم غارات جوية", "backed by airstrikes")."""
    out = []
    for t in trig:
        s = res.support.findall(norm, max(seg.start, t.start - 25), t.core_start)
        # at most two words between: "backed by coalition airstrikes", "بدعم من طيران التحالف"
        if not any(len(norm[x.end : t.core_start].strip(" ب").split()) <= 2 and "," not in norm[x.end : t.core_start]
                   for x in s):
            out.append(t)
    return out


def _armed_dead(m: mn.Mention, actors: list[ActorMention], perp: ActorMention | None) -> bool:
    """Those killed are named as an armed party's ("twelve ISIS fighters", "23 عنصرا من داعش")."""
    return any(a is not perp and a.actor.kind in mn.ARMED and f.start - 5 <= a.start <= f.end + 25
               for f in m.figures for a in actors)


def _fighting_at(norm: str, weak, places):  # type: ignore[no-untyped-def]
    """Fighting words ("معارك", "مواجهات", "fighting") at a village, quarter or front the clause names
    with its cue ("مواجهات في منطقة بني مران", "معارك في قرية X"): a battle there, with no toll or day
    needed; a bare city or governorate is too wide for an event, and "المعارك" refers back."""
    fighting = [t for t in weak if t.label == "armed_clash" and not _is_definite(norm, t)]
    if fighting and any(not p.reference and p.precision in ("neighbourhood", "town") and p.cue for p in places):
        return fighting
    return []


def _killing(res, norm: str, seg: Segment, places, figures, actors) -> ActorMention | None:  # type: ignore[no-untyped-def]
    """The armed party that a clause says killed people, told with no weapon ("Israeli settlers kill two
    Palestinians near X", "قتلت قوات الأمن 23 عنصرا من داعش في قضاء X"): an event when the clause also
    gives a toll and a place. Without the doer the words are a toll, joined to the event told before."""
    if not (places and figures):
        return None
    verbs = res.killing.findall(norm, seg.start, seg.end)
    if not verbs:
        return None
    return mn.perpetrator_of(res, norm, seg, verbs, actors)


def _control(res, norm: str, seg: Segment, places, dates, figures, actors) -> bool:  # type: ignore[no-untyped-def]
    """Ground taken or retaken ("سيطرت المقاومة أمس على بلدة X", "طردوا مسلحي الحوثي من مدينة Y", "the army
    recaptured X on Monday"): a battle, when an armed party is named in the clause and a toll, or a place
    and a day, anchor it. Without them the words are everyday ones ("سيطرت على الحريق") or tell the
    war's course ("after the Kurds took Tal Abyad")."""
    day = any(d.value and d.precision == "day" for d in dates)
    verbs = res.control.findall(norm, seg.start, seg.end)
    if not (places and day or figures) or not verbs:
        return False
    # "الوحدات الكردية التي طردت داعش من كوباني": a relative clause describes a party, not the day's news
    if all(re.search(r"(?:^|\s)(?:التي|الذي|الذين|who|which|that)\s*$", norm[max(0, v.start - 8) : v.start]) for v in verbs):
        return False
    return any(seg.start <= a.start < seg.end and a.actor.kind in mn.ARMED for a in actors)


def _refers_back(norm: str, t) -> bool:  # type: ignore[no-untyped-def]
    """A definite trigger, also after one modifier ("the dawn attack", "this morning's raid")."""
    return _is_definite(norm, t) or re.search(r"\b(?:the|this|that)\s+[\w'-]+\s+$", norm[max(0, t.core_start - 30) : t.core_start]) is not None


def _another(res, norm: str, t) -> bool:  # type: ignore[no-untyped-def]
    """"الغارة الثانية", "انفجارا مماثلا", "a second strike": the trigger counts another event."""
    nxt = norm[t.end : t.end + 20].split()[:1]
    if nxt and nxt[0].strip("،,.") in res.another_after:
        return True
    before = " " + norm[max(0, t.core_start - 14) : t.core_start]
    return any(before.endswith(w) for w in res.another_before)


def _is_definite(norm: str, t) -> bool:  # type: ignore[no-untyped-def]
    """"الغارة", "للقصف", "the strike", "the raid": the trigger refers to an event already told."""
    if t.phrase.startswith(("ال", "لل")):
        return True
    return norm[max(0, t.core_start - 4) : t.core_start] in ("the ", "its ") or norm[max(0, t.core_start - 6) : t.core_start] == "their "


def _quoted(norm: str, t) -> bool:  # type: ignore[no-untyped-def]
    return norm[t.core_start - 1 : t.core_start] == '"' and norm[t.end : t.end + 1] == '"'


def _since(norm: str, dates, facts_end: int) -> bool:  # type: ignore[no-untyped-def]
    """"منذ 5 أكتوبر", "since 4 April": a total over a period, not one event. A day's toll ("منذ فجر
    اليوم", "since midnight", "since this morning") is one day's strikes, still an event."""
    return any(d.start < facts_end + 40 and norm[max(0, d.start - 7) : d.start].rstrip().endswith(("منذ", "since"))
               and not (d.relative and d.precision == "day") for d in dates)


_NUM = r"(?:[0-9]+|ثلاثه|اربعه|خمسه|سته|سبعه|ثمانيه|تسعه|عشره|عده|بضعه|ثلاث|اربع|خمس|ست|سبع|ثماني|تسع|عشر)"
# a span of days or more, counted ("خلال 3 أشهر", "على مدى يومين", "over the past two weeks"); not "في أول
# أيام العيد" (a day), nor hours (a day's toll "since midnight" is one day's strikes, CONTRACT.md section 7)
_PERIOD = re.compile(
    r"(?:خلال|طوال|على مدى|على مدار)\s+(?:ال)?(?:" + _NUM + r"\s+(?:ايام|اسابيع|اشهر|شهور|سنوات)|يومين|اسبوعين|شهرين|عامين)"
    r"|(?:الايام|الاسابيع|الاشهر|الشهور)\s+(?:ال-?\s?)?(?:[0-9]+\s+|القليله\s+|الثلاثه\s+|الاربعه\s+|الخمسه\s+)?(?:الماضيه|الاخيره)"
    r"|خلال\s+(?:ال-?\s?)?(?:48|72|96)\s+ساعه"
    r"|\b(?:in|over|during)\s+the\s+(?:past|last|first)\s+(?:[0-9]+|few|several|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days|weeks|months|years)"
    r"|\bso far this year\b|\bsince the (?:start|beginning) of (?:the|this) year\b|منذ بدايه العام|منذ مطلع العام"
    r"|\bover\s+(?:[0-9]+|two|three|four|five|six|several)\s+(?:days|weeks|months|years)")


def _over_period(norm: str, seg: Segment) -> bool:
    """"قتل 41 ... خلال الساعات الـ24 الماضية", "750 قتلوا في معارك عدن خلال 3 أشهر", "killed over the past
    two weeks": a toll over a period sums events (CONTRACT.md section 7: totals are no incident)."""
    return _PERIOD.search(norm, seg.start, seg.end) is not None


def _headline_like(norm: str, sent: Segment) -> bool:
    """A line of its own, short, with no full stop: a headline or a liveblog entry title."""
    line_start = norm.rfind("\n", 0, sent.start) + 1
    line_end = norm.find("\n", sent.end)
    line = norm[line_start : len(norm) if line_end < 0 else line_end].strip()
    return 0 < len(line) <= 120 and line == norm[sent.start : sent.end].strip() and line[-1] not in ".!?:\"'"


def headline_sentences(norm: str, sents: list[Segment]) -> set[int]:
    """A short first line (or two) above the body is a headline: it repeats the incidents below."""
    out: set[int] = set()
    if len({s.paragraph for s in sents}) < 2:
        return out
    paragraphs: dict[int, list[int]] = {}
    for i, s in enumerate(sents):
        paragraphs.setdefault(s.paragraph, []).append(i)
    order = sorted(paragraphs)
    for k, p in enumerate(order[:2]):
        idx = paragraphs[p]
        line = norm[sents[idx[0]].start : sents[idx[-1]].end]
        nxt = paragraphs[order[k + 1]] if k + 1 < len(order) else []
        lede = norm[sents[nxt[0]].start : sents[nxt[-1]].end] if nxt else ""
        # a headline sits above a long lede; a post of short lines (Telegram) has none
        if len(line) <= 130 and len(idx) <= 2 and len(lede) > 200:
            out.update(idx)
        elif len(line) > 130:
            break
    return out


def perp_is_explicit(norm: str, perp: ActorMention, trig) -> bool:  # type: ignore[no-untyped-def]
    return any(abs(perp.start - t.end) <= 2 for t in trig)


def _self_claim(res, norm: str, seg: Segment, a: ActorMention) -> bool:  # type: ignore[no-untyped-def]
    """"قال الجيش الإسرائيلي إنه استهدف": the speaker is the one who struck (not "بأنه تم اعتراض": no
    doer), also in the passive of a strike ("أوضحت قيادة التحالف أنه تم قصف مقرات ...")."""
    for c in res.self_claim.finditer(norm, a.end, min(seg.end, a.end + 45)):
        imp = res.impersonal.findall(norm, c.end, min(seg.end, c.end + 5))
        if not imp or any(t.start - imp[0].end <= 2 for t in res.strong.finditer(norm, imp[0].end, min(seg.end, imp[0].end + 12))):
            return True
    return False


def _claims_it(res, norm: str, seg: Segment, a: ActorMention) -> bool:  # type: ignore[no-untyped-def]
    """"تبنت حركة الشباب الهجوم", "ISIS claimed responsibility": the speaker claims the act as its own."""
    for c in res.claim.finditer(norm, max(seg.start, a.start - 40), min(seg.end, a.end + 40)):
        if c.end <= a.start and mn._only(norm[c.end : a.start], res.member_nouns):
            return True
        if c.start >= a.end and mn._only(norm[a.end : c.start], res.member_nouns):
            return True
    return False


def _victims(res, norm: str, seg: Segment, m: mn.Mention, actors: list[ActorMention]) -> None:  # type: ignore[no-untyped-def]
    """Victim words after the trigger or beside a figure, outside actor names."""
    anchors = ([m.trigger] if m.trigger else []) + list(m.figures)
    start = min(a.start for a in anchors)
    end = min(seg.end, max(a.end for a in anchors) + 60)
    m.civilian_target = bool(res.civilian_targets.findall(norm, start, end))
    # "a 16-year-old", "يبلغ من العمر 12 عاما": a minor is a non-combatant (CONTRACT.md section 7: children)
    for age in _AGE.finditer(norm, max(seg.start, start - 60), end):
        if int(age.group(1) or age.group(2)) < 18:
            m.civilians.append((age.start(), age.end()))
    m.military_target = bool(res.military_targets.findall(norm, start, end))
    in_actor = lambda s: any(a.start <= s < a.end for a in actors)  # noqa: E731
    perp_end = m.perpetrator.end if m.perpetrator else -1
    attackers: list[tuple[int, int]] = []
    perp_span = (m.perpetrator.start, m.perpetrator.end) if m.perpetrator else (-1, -1)
    for lab, matcher in (("civ", res.civilians), ("mil", res.military)):
        for x in matcher.finditer(norm, start, end):
            # "قتل أحد مسلحي المقاومة", "مقتل 11 من عناصر داعش": a party's men named as the dead
            counted = lab == "mil" and not perp_span[0] <= x.start < perp_span[1] and any(
                f.start <= x.start <= f.end + 15 and not any(c in norm[f.end : x.start] for c in ",.;:") for f in m.figures)
            if (in_actor(x.start) and not counted) or (perp_end >= 0 and 0 <= x.start - perp_end <= 2 and lab == "mil"):
                continue
            if lab == "mil" and _attacker_words(res, norm, x, m, actors):
                attackers.append((x.start, x.end))
                continue
            (m.civilians if lab == "civ" else m.military).append((x.start, x.end))
    # possessive forms the lists do not spell out: "أطفالهما", "جنودها"
    for t in tokenize(norm, start, end):
        if in_actor(t.start) or len(t.text) < 6 or any(a <= t.start < b for a, b in attackers):
            continue
        for st in stems(t.text):
            for k in (2, 3):
                base = st[:-k]
                if len(base) >= 4 and res.civilians.label(base) is not None and (t.start, t.end) not in m.civilians:
                    m.civilians.append((t.start, t.end))
                elif len(base) >= 4 and res.military.label(base) is not None and (t.start, t.end) not in m.military:
                    m.military.append((t.start, t.end))


# "في الغارات ذاتها", "the same strike": the mention names an event already told
_AGE = re.compile(r"([0-9]{1,2})-year-old|(?:العمر|عمره|عمرها|بعمر)\s*\(?([0-9]{1,2})")


def _attacker_words(res, norm: str, x, m: mn.Mention, actors: list[ActorMention]) -> bool:  # type: ignore[no-untyped-def]
    """"مسلحون حوثيون اختطفوا", "gunmen seized", "مسلحو تنظيم داعش": the armed men are the attackers."""
    if m.perpetrator is not None and 0 <= m.perpetrator.start - x.end <= 12:
        return True
    # "مسلحون مجهولون", "unidentified gunmen": armed men of no known side are the attackers
    if any(0 <= u.start - x.end <= 2 or 0 <= x.start - u.end <= 2
           for u in res.unknown_actor.finditer(norm, max(0, x.start - 30), x.end + 30)):
        return True
    nxt = norm[x.end : x.end + 40]
    if any(v.start - x.end <= 15 for v in res.perp_verbs.finditer(norm, x.end, x.end + 40)) and not nxt.startswith((" من", " of")):
        return True
    return any(a.adjective and 0 <= a.start - x.end <= 2 for a in actors)


