"""One mention of an event: what one clause says about it.

A clause opens a mention when it holds a strong trigger, or a weak one beside a casualty figure,
a date or a place, and no denial, threat, call or generic statement frames it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from rasid.extract.actors import ActorMention
from rasid.extract.counts import Figure, casualty_words
from rasid.extract.dates import DateMention
from rasid.extract.resources import TYPE_PRIORITY, LangResources
from rasid.geo.gazetteer import precision_rank as rank
from rasid.geo.match import PlaceMention, sort_key
from rasid.text.lexicon import PhraseMatch, PhraseMatcher
from rasid.text.segment import Segment

ARMED = ("state_forces", "coalition", "armed_group")


@dataclass
class Mention:
    """An event mention in one clause (normalised offsets)."""

    clause: Segment
    sentence_index: int
    event_type: str
    trigger: PhraseMatch | None  # None: a clause that only adds figures to the mention before it
    places: list[PlaceMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    perpetrator: ActorMention | None = None
    perpetrator_explicit: bool = True
    claimants: list[ActorMention] = field(default_factory=list)
    civilians: list[tuple[int, int]] = field(default_factory=list)
    military: list[tuple[int, int]] = field(default_factory=list)
    unknown_actor: bool = False
    vague_place: bool = False
    weak: bool = False
    definite: bool = False
    civilian_target: bool = False
    military_target: bool = False
    headline: bool = False  # from a short line without final punctuation
    first_person: bool = False  # "مجاهدونا", "our forces": the statement's author speaks
    update: bool = False  # a toll update or a claim of responsibility: refers to an event told before
    separate: bool = False  # "وفي حادث منفصل", "in a separate incident": opens another event
    another: bool = False  # "الغارة الثانية", "انفجارا مماثلا": another event of the kind told, not that one

    @cached_property
    def place(self) -> PlaceMention | None:
        """The most specific place of the event; a town the event lies near ("منطقة أم سيالة شمال
        غرب بارا", the village unknown) beats a governorate the clause also names, a dateline does not."""
        key = lambda p: sort_key(p, self.places)  # noqa: E731
        own = sorted((p for p in self.places if not p.reference), key=key)
        # "40 km northeast of Kismayo": beyond the place tolerance, the reference point is no place
        refs = sorted((p for p in self.places if p.reference and not p.far), key=key)
        if any(p.far for p in self.places):
            refs = [p for p in refs if not p.dateline]  # nor the reporter's city: the text puts it elsewhere
        # not the reporter's city: "ADEN — ... attacked a checkpoint in Abyan province" is in Abyan
        near = [p for p in refs if not p.dateline]
        if own and near and sort_key(own[0], self.places)[0] >= rank("province") and rank(near[0].precision) <= rank("town"):
            return near[0]
        pool = own or refs
        return pool[0] if pool else None

    @property
    def date(self) -> DateMention | None:
        """The event's date: a written-out date before a weekday, a weekday before "today"."""
        valued = [d for d in self.dates if d.value]
        if not valued:
            return self.dates[0] if self.dates else None
        return min(valued, key=lambda d: (d.relative, d.precision != "day", d.start))


# Trigger kinds by family: the clause's first trigger sets the family ("a drone struck a car
# ... as fighting spread" is a strike); the most specific kind of that family wins.
_FAMILY = {"airstrike": "remote", "drone_strike": "remote", "shelling": "remote", "bombardment": "remote",
           "bombing": "explosive", "ied_or_mine": "explosive", "suicide_bombing": "explosive",
           "armed_clash": "clash", "shooting": "attack", "massacre": "remote", "abduction": "abduction"}


def triggers(res: LangResources, norm: str, seg: Segment) -> tuple[list[PhraseMatch], list[PhraseMatch]]:
    return res.strong.findall(norm, seg.start, seg.end), res.weak.findall(norm, seg.start, seg.end)


def event_type(res: LangResources, norm: str, seg: Segment, trig: list[PhraseMatch], perp: ActorMention | None) -> str:
    """The contract event type from the clause's triggers, modifiers and perpetrator."""
    first_family = _FAMILY.get(str(min(trig, key=lambda t: t.start).label), "other")
    kinds = {str(t.label) for t in trig if _FAMILY.get(str(t.label), "other") == first_family}
    mods = {str(m.label) for m in res.modifiers.finditer(norm, seg.start, seg.end)}
    best = min(kinds, key=lambda k: TYPE_PRIORITY.index(k) if k in TYPE_PRIORITY else 99)
    if best in ("bombardment", "massacre", "bombing", "shelling"):
        if "drone" in mods or "drone_strike" in kinds:
            return "drone_strike"
        if "air" in mods or "airstrike" in kinds:
            return "airstrike"
        if best == "shelling" or "ground" in mods:
            return "shelling"
        if best == "bombardment":
            if perp is not None and perp.actor.delivery == "air":
                return "airstrike"
            return res.bombardment_default
    return best


def is_framed_out(res: LangResources, norm: str, seg: Segment, first_trigger: int, facts_end: int) -> bool:
    """Denials, threats, calls and hypotheticals before the trigger ("نفى التحالف أن يكون قد
    قصف"; a denial after it disputes blame, not the event); generic and period phrases before
    the trigger or right after the facts ("66 civilians since September")."""
    if any(m.start < first_trigger for m in res.denial.finditer(norm, seg.start, seg.end)):
        return True
    if res.accident.findall(norm, seg.start, seg.end):  # a gas cylinder, a road accident: no attack
        return True
    day = [(d.start, d.end) for d in res.day_toll.finditer(norm, seg.start, seg.end)]
    if any(m.start < facts_end + 40 and not any(a <= m.start < b for a, b in day)
           for m in res.generic.finditer(norm, seg.start, seg.end)):
        return True
    return any(m.start < first_trigger for m in res.modal.finditer(norm, seg.start, seg.end))


def _gap(norm: str, a: int, b: int) -> str:
    return norm[a:b].strip(" \"'()-,")


def perpetrator_of(res: LangResources, norm: str, seg: Segment, trig: list[PhraseMatch],
                   actors: list[ActorMention]) -> ActorMention | None:
    """The armed actor the clause holds responsible, found by its position (first rule that fits):
    after a trigger ("غارات التحالف", "قصف للتحالف"); after a cue, a verb of attack or a weapon
    ("شنها", "برصاص جنود الاحتلال", "نفذت الطائرات الروسية", "by"); before a verb of attack
    ("عناصر داعش هاجمت", "RSF fighters shelled"); named by its weapon ("طيران التحالف"); an
    adjective beside a trigger or weapon ("غارة إسرائيلية", "Russian airstrikes"); or the one
    that claims the attack. Never an actor placed as the target ("استهدف مواقع قسد")."""
    ranked: list[tuple[int, int, ActorMention]] = []
    for a in actors:
        if a.actor.kind not in ARMED or not (seg.start <= a.start < seg.end):
            continue
        rule = _perp_rule(res, norm, seg, trig, a)
        if rule is not None:
            ranked.append((rule, a.start, a))
    return min(ranked, key=lambda x: (x[0], x[1]))[2] if ranked else None


def _perp_rule(res: LangResources, norm: str, seg: Segment, trig: list[PhraseMatch], a: ActorMention) -> int | None:
    lo = max(seg.start, a.start - 60)
    if any(v.start - a.end <= 25 for v in res.defend_verbs.finditer(norm, a.end, min(seg.end, a.end + 40))):
        return None  # "قوات الجيش الوطني صدت هجوما شنته الميليشيا": the defender
    if a.adjective:
        return 6 if _adjective_beside(res, norm, trig, a) else None
    # subject, then a verb of attack: "عناصر من الدعم السريع اقتحموا" (before the target test:
    # "عناصر من X" is a target only when nothing X did follows)
    for v in res.perp_verbs.finditer(norm, a.end, min(seg.end, a.end + 40)):
        if _only(norm[a.end : v.start], res.member_nouns, gap_words=res.gap_words):
            return 3
    if _target_cue(res, norm, seg, a):
        return None
    # trigger right before (Arabic construct state): "غارات التحالف", "قصف للتحالف", "قصف مدفعي لقوات
    # النظام"; in English a verb before its object names the target ("shelled the army-held city")
    for t in trig:
        if res.lang == "ar" and t.end <= a.start and (_only(norm[t.end : a.start], res.modifiers, allow_lam=True,
                                                            gap_words=res.intensity)
                                                      or _only(norm[t.end : a.start], res.member_nouns)):
            return 1  # "اعتداء إرهابيي تنظيم جبهة النصرة": the trigger, the members, the group
        # "قصف مدفعي عنيف من مليشيا الدعم السريع": the trigger, its modifiers, then "من" and the author
        if res.lang == "ar" and t.end <= a.start and _from_author(res, norm[t.end : a.start]):
            return 1
    # a cue, a verb of attack (Arabic verb-subject order) or a weapon before it, member nouns between
    for m in (res.perp_before, res.perp_verbs, res.means) if res.lang == "ar" else (res.perp_before,):
        for c in m.finditer(norm, lo, a.start):
            if _only(norm[c.end : a.start], res.member_nouns):
                return 2
    # belonging right after the weapon or the trigger: "طائرة مسيرة إماراتية تابعة لقوات حفتر",
    # "rockets fired by forces loyal to X" (not "جنود من قوات الحزام التابعة للمجلس": those are victims)
    for c in res.belonging_before.finditer(norm, lo, a.start):
        if _only(norm[c.end : a.start], res.member_nouns) and _after_weapon(res, norm, seg, trig, c.start):
            return 2
    for t in trig:
        if t.start >= a.end and t.core_start == t.start and _only(norm[a.end : t.start], res.member_nouns):
            return 3
    # the alias names the weapon arm: "طيران التحالف", "Israeli jets"; or holds the trigger
    words_ = norm[a.start : a.end].split()
    if words_ and res.means.label(words_[0]) is not None and trig:
        return 4
    if any(a.start <= t.start < a.end for t in trig):
        return 4
    # "تبنى تنظيم داعش الهجوم", "ISIS claimed responsibility"
    for c in res.claim.finditer(norm, lo, min(seg.end, a.end + 40)):
        if (c.end <= a.start and _only(norm[c.end : a.start], res.member_nouns)) or \
                (c.start >= a.end and norm[a.end : c.start].strip() == ""):
            return 5
    return None


def _after_weapon(res: LangResources, norm: str, seg: Segment, trig: list[PhraseMatch], pos: int) -> bool:
    """A trigger or a weapon ends at most three words before ``pos``."""
    heads = [t.end for t in trig] + [m.end for m in res.means.finditer(norm, max(seg.start, pos - 50), pos)]
    return any(h <= pos and len(norm[h:pos].split()) <= 3 for h in heads)


def _from_author(res: LangResources, gap: str) -> bool:
    ws = [w for w in gap.split() if w not in res.intensity and not res.modifiers.findall(w)]
    if not ws or ws[0] not in res.member_of or len(ws) > 3:
        return False
    return _only(" ".join(ws[1:]), res.member_nouns)


def _only(gap: str, allowed: PhraseMatcher, *, allow_lam: bool = False, gap_words: frozenset[str] | None = None) -> bool:
    """The gap holds nothing but (at most two) allowed words: a member noun, a modifier."""
    g = gap.strip(" \"'()-,")
    if g in ("ل", "ب") or (allow_lam and g.endswith("ل")):  # the clitic glued to the actor's name
        g = g[:-1].strip()
    if gap_words is not None:
        g = " ".join(w for w in g.split() if w not in gap_words).strip(" \"'()-,")
    if g == "":
        return True
    ws = g.split()
    if len(ws) > 3:
        return False
    covered = "".join(g[m.start : m.end] for m in allowed.finditer(g))
    return len(covered.replace(" ", "")) >= len(g.replace(" ", "")) - 1


def _adjective_beside(res: LangResources, norm: str, trig: list[PhraseMatch], a: ActorMention) -> bool:
    """"غارة إسرائيلية", "قصف مدفعي حوثي", "طائرات حربية روسية" (Arabic: after); "Israeli strike" (English: before)."""
    if res.lang == "ar":
        heads = [t.end for t in trig] + [m.end for m in res.means.finditer(norm, max(0, a.start - 40), a.start)] + \
                [m.end for m in res.member_nouns.finditer(norm, max(0, a.start - 40), a.start)]
        return any(h <= a.start and len(norm[h : a.start].split()) <= 2 for h in heads)
    heads = [t.start for t in trig] + [m.start for m in res.member_nouns.finditer(norm, a.end, a.end + 30)]
    return any(h >= a.end and len(norm[a.end : h].split()) <= 2 for h in heads)


def _target_cue(res: LangResources, norm: str, seg: Segment, a: ActorMention) -> bool:
    """The actor is the target: a target word right before it, or a targeting verb and its
    subject ("استهدف القصف قوات الحشد")."""
    for c in res.target_before.finditer(norm, max(seg.start, a.start - 40), a.start):
        gap = _gap(norm, c.end, a.start)
        if res.belonging_before.findall(gap):
            continue  # "استهدفت مسيرة تابعة للميليشيا سوقا": the weapon's owner, not the target
        if gap == "" or (len(gap.split()) <= 2 and res.strong.findall(gap)):
            return True
    return False


def claimants_of(res: LangResources, norm: str, sent: Segment,
                 actors: list[ActorMention]) -> tuple[list[tuple[int, ActorMention]], list[tuple[int, int]]]:
    """Who the sentence says makes the claim, each with the position of its cue (a claim covers
    the clause of its cue and those after it), and the speaker phrases (places there describe the
    speaker, not the event; a day there is the statement's), with what stands between a verb of
    saying and its "that" when no known speaker does."""
    found: list[tuple[int, ActorMention]] = []
    speaker_spans: list[tuple[int, int]] = []
    inside = [a for a in actors if sent.start <= a.start < sent.end and not a.adjective]
    for v in res.speech.finditer(norm, sent.start, sent.end):
        if _bare(res, _last_word(norm, max(sent.start, v.start - 12), v.start)) in res.negators:
            continue  # "ولم يعلن جيش الاحتلال عن إصابات", "did not say": no claim
        comp = next(iter(res.complementizers.finditer(norm, v.end, min(sent.end, v.end + 90))), None)
        if _bare(res, norm[v.start : v.end]) in res.that_only and (
                comp is None or norm[comp.start : comp.end] in res.not_that):
            continue  # "مواجهات بين قوات الجيش ومسلحي الحوثي في مديرية الجوبة": "between", not "stated that"
        limit = comp.start if comp else min(sent.end, v.end + 60)
        if comp is None:
            # no "that": the verb's object is the event itself ("اعترف حزب الله بمقتل اثنين من عناصره أول
            # من أمس", "announced the killing of ..."): the speaker phrase ends where a casualty word or
            # an attack word begins, and a date after it is the event's, not the statement's
            obj = [m.start for mt in (casualty_words(res.lang).before, res.strong)
                   for m in mt.finditer(norm, v.end, limit)]
            if obj:
                limit = min(obj)
        # VSO: the speaker follows the verb at once ("قالت مسؤولة في الأمم المتحدة"); SVO: it
        # stands just before ("مصادر أمنية أكدت", "officials said").
        # "وزارة الصحة التي اتهمت الدعم السريع": after a relative pronoun the speaker stands before it,
        # and the noun after the verb is its object; so is the noun after an English "accused"
        relative = _bare(res, _last_word(norm, max(sent.start, v.start - 12), v.start)) in res.relatives
        object_next = relative or (res.lang == "en" and bool(res.accuse.findall(norm, v.start, v.end)))
        after = [a for a in inside if v.end <= a.start < limit and _speaker_gap(res, norm[v.end : a.start])
                 and not object_next
                 and not any(_bare(res, w) in res.motion_words for w in norm[v.end : a.start].split())]
        # "هرعت فرق الإسعاف ونقلت الشهيدين الى مستشفى": a verb of carrying, its object, then where to
        carrying = any(_bare(res, w) in res.motion_words for w in norm[v.end : sent.end].split()[:3])
        # "the Ministry of Health's media office said": the body, then its office's title
        before = [a for a in inside if a.end <= v.start and not carrying
                  and (len(norm[a.end : v.start].split()) <= 2 or _speaker_gap(res, norm[a.end : v.start]))
                  and _bare(res, _last_word(norm, max(sent.start, a.start - 12), a.start)) not in res.not_subject_after]
        if not before:
            # "مصادر طبية في مستشفى شهداء الأقصى بمدينة دير البلح أفادت", "sources at the hospital said"
            pp = [a for a in inside if a.end <= v.start and len(norm[a.end : v.start].split()) <= 8
                  and _first_word(norm, a.end, v.start) in res.source_preps
                  and not res.speech.findall(norm, a.end, v.start)]
            if pp:
                before = pp[-1:]
                speaker_spans.append((pp[-1].end, v.start))
        if not before:
            # "Residents who fled to Rufaa said", "السكان الذين نزحوا إلى ... قالوا": the relative
            # clause describes the speaker (its places are not the event's)
            rel = [a for a in inside if a.end <= v.start and len(norm[a.end : v.start].split()) <= 7
                   and _first_word(norm, a.end, v.start).strip(",") in res.relatives]
            if rel:
                before = rel[-1:]
                speaker_spans.append((rel[-1].end, v.start))
        if before:
            chain = [before[-1]]
            head = _head_of(res, norm, inside, chain[0])
            if head is not None:
                chain = [head]  # "نشطاء المرصد السوري", "the health ministry of the GNA": the first noun speaks
            for x in reversed([a for a in inside if a.end <= chain[0].start]):
                gap = norm[x.end : chain[0].start].strip(" ,")
                if gap == "" and head is not None:
                    break  # the generic noun that governs the named body is no second source
                if gap in ("و", "and", "") or (gap.startswith("و") and len(gap.split()) <= 2) or gap in ("and a", "and the"):
                    chain.insert(0, x)
                else:
                    break
            found.extend((a.start, a) for a in chain)
        elif after:
            found.append((v.start, after[0]))
            speaker_spans.append((v.end, limit))
        elif comp is not None and comp.start - v.end <= 40 and norm[comp.start : comp.end] not in res.not_that:
            # "قال الجيش اليوم إن ...", "officials said on Sunday that ...": a speaker the registry does
            # not name; what stands between the verb and "that" is still the statement's, its day too
            speaker_spans.append((v.end, comp.start))
    for c in res.according.finditer(norm, sent.start, sent.end):
        # "بحسب ما أفاد مستشفى", "وفق ما أعلنه الجيش", "according to what X said": a verb may come first
        reach = c.end
        verb = next(iter(res.speech.finditer(norm, c.end, min(sent.end, c.end + 16))), None)
        if verb is not None and norm[c.end : verb.start].strip() in res.according_fillers | {""}:
            reach = verb.end + (1 if norm[verb.end : verb.end + 1] == "ه" else 0)
        # "بحسب بيان للمركز الإعلامي لقسد", "وفق ما أفاد به مصدر في وزارة شؤون البيشمركة": a title between
        nxt = [a for a in inside if 0 <= a.start - reach <= 12
               or (0 <= a.start - reach <= 60 and _speaker_gap(res, _fold_lil(res, norm[reach : a.start])))]
        if nxt:
            found.append((c.start, nxt[0]))
            speaker_spans.append((c.end, nxt[0].end))
    return _through_conduits(res, norm, found, inside), speaker_spans


def _through_conduits(res: LangResources, norm: str, found: list[tuple[int, ActorMention]],
                      inside: list[ActorMention]) -> list[tuple[int, ActorMention]]:
    """"نقلت وكالة سانا عن وزارة الدفاع", "state media, citing a security source": the agency only
    relays; the source it quotes makes the claim."""
    out: list[tuple[int, ActorMention]] = []
    for pos, a in found:
        # the link right after the agency (its name in quotes may come between), the source right after the link
        quoted = [b for b in inside if b.start > a.end and any(
            len(norm[a.end : c.start].split()) <= 2 and _speaker_gap(res, norm[c.end : b.start])
            and all(w.strip(",") in res.speaker_heads for w in norm[c.end : b.start].split())
            for c in res.conduit_links.finditer(norm, a.end, b.start))]
        src = quoted[0] if quoted else a
        if all(src.start != b.start for _, b in out):
            out.append((pos, src))
    return out


def _head_of(res: LangResources, norm: str, inside: list[ActorMention], a: ActorMention) -> ActorMention | None:
    """The source whose name governs ``a``: Arabic construct state with a generic source before a
    named body ("نشطاء المرصد": the Observatory), English "X of Y" with a source X ("the Health
    Ministry of the Government of National Accord": the ministry)."""
    same = [b for b in inside if b.end <= a.start and b.actor == a.actor and norm[b.end : a.start].strip() == "("]
    a = same[-1] if same else a  # "the Government of National Accord (GNA)": one name written twice
    prev = [x for x in inside if x.end <= a.start and x.is_source]
    if not prev:
        return None
    x = prev[-1]
    gap = norm[x.end : a.start].strip()
    if res.lang == "ar" and gap == "" and x.actor.kind == "source":
        return a
    if res.lang == "en" and gap in res.head_links:
        return x
    return None


def _bare(res: LangResources, word: str) -> str:
    """A word without the conjunction glued to it ("ولم" -> "لم")."""
    if res.lang == "ar" and len(word) > 2 and word[0] in "وف":
        return word[1:]
    return word.strip(",")


def _speaker_gap(res: LangResources, gap: str) -> bool:
    """Between a speech verb and the body it names: nothing, two words, or a title made of
    speaker words ("المتحدث باسم", "the spokesman for", "مصدر في")."""
    ws = gap.split()
    if res.lang == "ar" and ws and ws[-1].endswith("ل") and len(ws[-1]) > 1:
        ws[-1:] = [ws[-1][:-1], "ل"]  # the clitic glued to the body's name: "التابع لوزارة"
    return len(ws) <= 1 or (len(ws) <= 9 and all(w.strip(",") in res.speaker_heads for w in ws))


def _fold_lil(res: LangResources, gap: str) -> str:
    """"للمركز" -> "المركز": the preposition glued to a title word."""
    if res.lang != "ar":
        return gap
    return " ".join("ال" + w[2:] if w.startswith("لل") and len(w) > 3 else w for w in gap.split())


def _first_word(norm: str, start: int, end: int) -> str:
    words = norm[start:end].split()
    return words[0] if words else ""


def _last_word(norm: str, start: int, end: int) -> str:
    words = norm[start:end].split()
    return words[-1] if words else ""


def claims_for(claims: list[tuple[int, ActorMention]], seg: Segment) -> list[ActorMention]:
    """Claimants whose cue stands in the clause or before it, each once."""
    out: list[ActorMention] = []
    for pos, a in sorted(claims, key=lambda x: x[0]):
        if pos < seg.end and a.actor.name not in {x.actor.name for x in out}:
            out.append(a)
    return out


def accused(res: LangResources, norm: str, sent: Segment, actors: list[ActorMention]) -> ActorMention | None:
    """"اتهم X Y", "X accused Y": the accused armed actor."""
    for v in res.accuse.finditer(norm, sent.start, sent.end):
        after = [a for a in actors if v.end <= a.start < min(sent.end, v.end + 80) and not a.adjective]
        if res.lang == "ar":
            after = after[1:]  # Arabic puts the accuser right after the verb
        armed = [a for a in after if a.actor.kind in ARMED]
        if armed:
            return armed[0]
    return None
