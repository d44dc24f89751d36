"""Mentions to incidents: one incident per event at one place and time (CONTRACT.md section 7).

A mention joins an earlier incident when it names the same place and kind of event on a
compatible date, or, naming neither place nor date, when it follows right after it ("...
وأكدت مصادر مقتل 200 في الغارة"). A clause that names several places already reported one by
one is a headline total and adds nothing.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections import Counter
from dataclasses import dataclass, field

from rasid.extract.actors import ActorMention
from rasid.extract.counts import COMBINED, INJURED, KILLED, Figure
from rasid.extract.dates import SAME_AS_PREVIOUS, DateMention
from rasid.extract.mentions import ARMED, Mention
from rasid.extract.resources import TYPE_PRIORITY, acled_table
from rasid.geo.gazetteer import Place, distance_km, precision_rank
from rasid.geo.match import choose, is_unknown
from rasid.model import ActorRef, Count, DateRef, Incident, PlaceRef, Span
from rasid.text.normalize import NormText


def family(event_type: str) -> str:
    return acled_table().get(event_type, {}).get("family", "other")


_Best = tuple[tuple[bool, int], Mention, Place]  # (rank, mention, its place)


@dataclass
class Group:
    mentions: list[Mention] = field(default_factory=list)
    _place: dict[tuple[str, ...], _Best | None] = field(default_factory=dict, repr=False)

    _told: dict[tuple[str, ...], set[str]] = field(default_factory=dict, repr=False)

    _far: set[str] | None = field(default=None, repr=False)
    _kinds: set[str] | None = field(default=None, repr=False)
    _perps: set[str] | None = field(default=None, repr=False)

    def add(self, m: Mention) -> None:
        """Add a mention; what the group knows is updated with it, not recomputed over all of them
        (a long report's event may be told hundreds of times: recomputing was quadratic)."""
        self.mentions.append(m)
        far = self._far_places()
        new_far = {p.best.gid for p in m.places if p.far} - far
        if new_far:
            far |= new_far
            self._place.clear()  # a town now known to be far from the event: choose again
        else:
            for key, best in self._place.items():
                self._place[key] = self._better(best, m, list(key))
        for key, told in self._told.items():
            told |= _told_by(m, list(key))
        if self._kinds is not None and not _echo(m):
            self._kinds.add(_kind(m.event_type))
        if self._perps is not None and m.perpetrator:
            self._perps.add(m.perpetrator.actor.name)

    def _far_places(self) -> set[str]:
        if self._far is None:
            self._far = {p.best.gid for m in self.mentions for p in m.places if p.far}
        return self._far

    def kinds(self) -> set[str]:
        """The kinds of event the group's mentions tell (echoes aside)."""
        if self._kinds is None:
            self._kinds = {_kind(x.event_type) for x in self.mentions if not _echo(x)}
        return self._kinds

    def told(self, countries: list[str]) -> set[str]:
        """The places the group's mentions name (reference points aside), kept up to date as
        mentions join: a long report's event told a hundred times costs no rescan of all of them."""
        key = tuple(countries)
        if key not in self._told:
            self._told[key] = {gid for x in self.mentions for gid in _told_by(x, countries)}
        return self._told[key]

    @property
    def last_sentence(self) -> int:
        return self.mentions[-1].sentence_index

    @property
    def family(self) -> str:
        return family(self.mentions[0].event_type)

    def place(self, countries: list[str]) -> tuple[Mention, Place] | None:
        key = tuple(countries)
        if key not in self._place:
            self._place[key] = self._best_place(countries)
        best = self._place[key]
        return (best[1], best[2]) if best else None

    def _best_place(self, countries: list[str]) -> _Best | None:
        best = None
        for m in self.mentions:
            best = self._better(best, m, countries)
        return best

    def _better(self, best: _Best | None, m: Mention, countries: list[str]) -> _Best | None:
        """``best`` or ``m``'s place when it ranks higher: not a reference point, then the finer.

        "40 km south-east of al-Qatrun" ... "the strikes fell in a desert area" (the mayor of al-Qatrun):
        a town the event was put far from is not its place in a later telling either."""
        pm = m.place
        if pm is None or pm.best.gid in self._far_places():
            return best
        rank = (pm.reference, precision_rank(pm.precision))
        if best is None or rank < best[0]:
            return (rank, m, choose(pm, countries))
        return best

    def date_value(self) -> str | None:
        return next((m.date.value for m in self.mentions if m.date and m.date.value and not m.date.statement), None)

    def perpetrators(self) -> set[str]:
        if self._perps is None:
            self._perps = {m.perpetrator.actor.name for m in self.mentions if m.perpetrator}
        return self._perps


# Kinds of event that may be one event told in other words ("the shelling ... the strike");
# any other pair is two incidents at one place (CONTRACT.md section 7).
_SAME_EVENT = {"air": "remote", "ground_fire": "remote", "explosive": "explosive", "clash": "fighting",
               "attack_on_people": "fighting", "other": "other"}


def _kind(event_type: str) -> str:
    return "abduction" if event_type == "abduction" else _SAME_EVENT.get(family(event_type), "other")


def _told_by(m: Mention, countries: list[str]) -> set[str]:
    return {choose(p, countries).gid for p in m.places if not p.reference}


def _echo(m: Mention) -> bool:
    """"تبنى داعش الهجوم", "ISIS claimed the attack": a claim that names the event only by a weak,
    generic word ("الهجوم", "the attack") fits an event of any kind."""
    return m.weak and m.update


def _compatible(g: Group, m: Mention, countries: list[str]) -> bool:
    kinds = g.kinds() | ({_kind(m.event_type)} if not _echo(m) else set())
    if _echo(m) and "abduction" in kinds:
        return False  # "claimed the attack" never names an abduction
    if len(kinds - {"other"}) > 1 and m.event_type != "massacre":
        return False
    gd, md = g.date_value(), (m.date.value if m.date and not m.date.statement else None)
    if gd and md and gd != md:
        return False
    if m.perpetrator and g.perpetrators() and m.perpetrator.actor.name not in g.perpetrators():
        return False
    return True


def _same_place(g: Group, m: Mention, countries: list[str]) -> bool:
    gp = g.place(countries)
    if gp is None or m.place is None:
        return False
    mine = choose(m.place, countries)
    if mine.gid == gp[1].gid or mine.name == gp[1].name:
        return True
    # a village the gazetteer lacks, told inside the place the event was first put ("مجزرة في مديرية
    # زبيد" ... "غارة على منزل في قرية المتينة بمديرية زبيد"), or the other way round
    if (m.place.within is not None and m.place.within.gid == gp[1].gid) or \
            (gp[0].place is not None and gp[0].place.within is not None and gp[0].place.within.gid == mine.gid):
        return True
    # "in neighbouring Shabwa" and "outside Ataq, the Shabwa capital": a province and a town in it
    coarse, fine = (mine, gp[1]) if precision_rank(mine.kind) > precision_rank(gp[1].kind) else (gp[1], mine)
    if coarse.kind == "province" and fine.kind != "province" and coarse.country == fine.country \
            and coarse.admin1 and coarse.admin1 == fine.admin1:
        return True
    if not (_definite(m) or m.headline or m.update):
        return False
    # a definite mention may name the event by another place its first telling gave ("انفجار عبوة قرب
    # ناحية الرياض في قضاء الحويجة" ... "ارتفاع عدد شهداء هجوم الحويجة"), or a nearby place ("the strike
    # hit a compound near X"); two different names otherwise are two places (Shati camp and al-Daraj
    # are 3 km apart)
    if mine.gid in g.told(countries):
        return True
    there = gp[1]
    if mine.lat is None or mine.lon is None or there.lat is None or there.lon is None:
        return False  # a place the gazetteer lacks is the same only by name
    return (_definite(m) or m.headline) and distance_km(mine.lat, mine.lon, there.lat, there.lon) <= 10


# A mention is compared with the incidents told within this many sentences of it, never with every
# incident of the document: a 10 MB report has thousands, and comparing all pairs made extraction time
# grow with the square of a document's length (issue 14). Reports of the dev set have at most ~60
# sentences, so for them the window holds every incident and the result is unchanged.
WINDOW_SENTENCES = 80


class _Window:
    """The groups whose sentences lie within WINDOW_SENTENCES of a mention, in creation order."""

    def __init__(self) -> None:
        self.groups: list[Group] = []
        self._body: list[Group] = []  # opened in the body pass: their first sentences never decrease
        self._heads: list[Group] = []  # opened by headline-like lines (placed after the body)
        self._active: list[Group] = []

    def add(self, g: Group, *, headline: bool) -> None:
        self.groups.append(g)
        (self._heads if headline else self._body).append(g)
        self._active.append(g)

    def near(self, m: Mention) -> list[Group]:
        s = m.sentence_index
        if not m.headline:  # body mentions come in text order: drop what fell behind for good
            self._active = [g for g in self._active if s - g.last_sentence <= WINDOW_SENTENCES]
            return self._active
        return [g for part in (self._body, self._heads) for g in _from_sentence(part, s)]


def _from_sentence(part: list[Group], s: int) -> list[Group]:
    """Groups of ``part`` (sorted by first sentence) that reach within the window of sentence ``s``
    (for headline-like lines, which are few: a scan of the groups that begin before it)."""
    hi = bisect.bisect_right(part, s + WINDOW_SENTENCES, key=lambda g: g.mentions[0].sentence_index)
    return [g for g in part[:hi] if g.last_sentence >= s - WINDOW_SENTENCES]


def group_mentions(found: list[Mention], countries: list[str]) -> list[Group]:
    win = _Window()
    groups = win.groups
    # headline-like lines (short, unpunctuated) are placed after the body: they join the event the
    # body tells ("Air strike on Rafah home kills 13") and stand alone only when it tells none
    found = [m for m in found if not m.headline] + [m for m in found if m.headline]
    held: Mention | None = None  # the last weak mention set aside ("fighters attacked positions near X")
    for m in found:
        last = groups[-1] if groups else None
        anchored = m.place is not None and not m.place.reference
        if not m.event_type:  # figures with no trigger: part of the mention before
            # "HTS fighters attacked positions near Kabani. A dozen soldiers ... were killed": the toll
            # right after an attack set aside is that attack's, which it makes an event, not the
            # toll of an event told before it
            if held is not None and held.place is not None and not held.place.reference and not m.headline \
                    and 0 < m.sentence_index - held.sentence_index <= 1 and (last is None or held.sentence_index > last.last_sentence):
                m.event_type = held.event_type
                win.add(Group([held, m]), headline=False)
                held = None
                continue
            reach = 1 if m.place else 3
            if last and m.sentence_index - last.last_sentence <= reach and not (m.place and not _same_place(last, m, countries)) \
                    and not m.headline and (held is None or held.sentence_index < last.last_sentence):
                m.event_type = last.mentions[-1].event_type
                last.add(m)
            elif last and _another_front(last, m, countries):
                # "... في مواجهات مع المقاومة في جبهة X. فيما قتل 7 مسلحين في جبهة Y": the fighting told
                # just before goes on at another front, its toll there another battle
                m.event_type = last.mentions[-1].event_type
                win.add(Group([m]), headline=False)
            continue
        if m.vague_place and m.place is None:
            continue
        target = None
        if m.separate:
            pass  # "in a separate incident": a new event even where it names the same town
        elif anchored:
            target = next((g for g in win.near(m) if _same_place(g, m, countries) and _compatible(g, m, countries)), None)
            # ... a place the gazetteer lacks cannot be shown to lie elsewhere ("العبوة انفجرت ... في
            # وادي الشاي" after "عبوة ناسفة قرب ناحية الرياض")
            if target is None and last and _definite(m) and m.sentence_index - last.last_sentence <= 4 \
                    and _compatible(last, m, countries) and (_same_place(last, m, countries) or (m.place is not None and is_unknown(m.place.best))):
                target = last
            # "... الغارة على بلدة X": a definite trigger right after a place-less mention refers back
            # (or a few sentences on, past an event of another kind: "... الضربات وقعت في منطقة صحراوية")
            if target is None and _definite(m):
                target = next((g for g in reversed(groups[-2:]) if g.place(countries) is None
                               and m.sentence_index - g.last_sentence <= (1 if g is last else 3)
                               and _compatible(g, m, countries)), None)
        elif last and m.sentence_index - last.last_sentence <= 1 and _compatible(last, m, countries) \
                and _date_fits(last, m, countries) and not m.another:
            target = last
        elif groups and (_definite(m) or m.weak or m.update):
            # "the strike", "الغارات", "ارتفعت الحصيلة", "تبنى داعش الهجوم": the latest event it fits
            target = next((g for g in reversed(win.near(m)) if _compatible(g, m, countries) and _date_fits(g, m, countries)), None)
        # ... unless a written-out date and a place of its own pin it ("حادث استهداف المصلين بقرية X بتاريخ
        # 10/1/1436هـ": an attack of a list of past ones)
        # (a targeting word only: "المواجهات" of a football draw or "مسيرة" of talks have dates too)
        dated = anchored and m.trigger is not None and m.trigger.label == "bombardment" and m.date is not None \
            and m.date.value is not None and not m.date.relative and m.date.precision == "day" and not m.date.statement
        if target is None and m.weak and not (m.figures and (m.place or (m.date and m.date.value))) and not dated:
            held = m if not m.update and not m.definite else held
            continue  # "الهجوم", "attack" alone: an echo of an event, never a new one
        if target is None:
            win.add(Group([m]), headline=m.headline)
        else:
            if m.headline and target.mentions and not all(x.headline for x in target.mentions):
                m.figures = []  # a headline's figures sum the body's incidents: the body counts
            target.add(m)
    placed = Counter(p[1].gid for g in groups if (p := g.place(countries)) is not None)
    return [g for g in groups if not _is_summary(g, placed, countries) and _is_concrete(g)]


def _date_fits(g: Group, m: Mention, countries: list[str]) -> bool:
    """A dated mention joins an undated incident only when that incident names no place, was
    opened by a toll update, or lies where the mention points (a village of its province)."""
    mdate = m.date.value if m.date is not None and not m.date.statement else None
    if mdate is None or mdate == g.date_value():
        return True
    if g.date_value() is not None:
        return False
    if g.place(countries) is None or all(x.update for x in g.mentions):
        return True
    return m.place is not None and _same_place(g, dataclasses.replace(m, definite=True), countries)


def _definite(m: Mention) -> bool:
    """A trigger of the clause refers back: "الغارة", "القصف", "the strike", "the raid"."""
    return m.definite


def _another_front(last: Group, m: Mention, countries: list[str]) -> bool:
    """A toll told with no trigger at a place of its own, right after a battle told at another place of
    the same country: the fighting at that front (a battle), not a toll of the event before."""
    if last.family != "clash" or m.headline or m.place is None or m.place.reference or m.vague_place \
            or m.sentence_index - last.last_sentence > 1 or _same_place(last, m, countries):
        return False
    if m.place.far or not (m.clause.start <= m.place.start < m.clause.end):
        return False
    # the place is where these men fell ("قتل 7 مسلحين في جبهة المخدرة"), not where the wounded were
    # taken or the source sits, further on
    if not any(f.role == KILLED and -40 <= m.place.start - f.end <= 40 for f in m.figures):
        return False
    gp = last.place(countries)
    return gp is not None and choose(m.place, countries).country == gp[1].country


def _is_summary(g: Group, placed: Counter[str], countries: list[str]) -> bool:
    """A lone clause naming two or more places that other incidents report one by one.

    ``placed`` counts the incidents of the document at each place (counted once, not per pair)."""
    if len(g.mentions) != 1:
        return False
    own = _told_by(g.mentions[0], countries)
    if len(own) < 2:
        return False
    mine = p[1].gid if (p := g.place(countries)) is not None else None
    return sum(1 for gid in own if placed[gid] - (gid == mine) > 0) >= 2


def _is_concrete(g: Group) -> bool:
    """A place or a figure anchors an event (a trigger alone is too vague to record). A date alone
    does not: "شنت تركيا غارات على مواقع التنظيم أمس", "the coalition struck ISIS targets on Monday"
    tell a campaign's day, not an event a monitor can record (CONTRACT.md section 7: no statements
    without a place). On real reports these were a third of the false incidents."""
    has_place = any(m.place for m in g.mentions)
    has_fig = any(m.figures for m in g.mentions)
    return has_place or has_fig


def _span(nt: NormText, start: int, end: int) -> Span:
    a, b = nt.raw_span(start, end)
    raw = nt.raw
    while a < b and raw[a].isspace():
        a += 1
    while b > a and raw[b - 1].isspace():
        b -= 1
    return Span(a, b, raw[a:b])


def _count(nt: NormText, figs: list[Figure]) -> Count:
    if not figs:
        return Count()
    nonzero = [f for f in figs if f.q.max != 0 or f.q.min != 0]
    figs = nonzero or figs  # "no one was killed" gives 0 only when no figure says otherwise
    numeric = [f for f in figs if not f.q.vague]
    use = numeric or figs
    mins = [f.q.min for f in use if f.q.min is not None]
    lo = min(mins) if mins else None
    stated = [(f.q.max if f.q.max is not None else f.q.min, f.q.max is None) for f in use]
    top = max(v for v, _ in stated if v is not None) if any(v is not None for v, _ in stated) else None
    hi = None if top is None or any(open_ and v == top for v, open_ in stated) else top
    src = next((f for f in use if f.q.min == lo), use[0])
    return Count(lo, hi, _span(nt, src.start, src.end), approximate=any(f.q.approx for f in use))


def _actor_ref(nt: NormText, a: ActorMention) -> ActorRef:
    return ActorRef(a.actor.name, _span(nt, a.start, a.end))


def build_incidents(nt: NormText, lang: str, found: list[Mention], actors: list[ActorMention],
                    countries: list[str], *, report_day: DateMention | None = None,
                    doc_source: ActorMention | None = None) -> list[Incident]:
    groups = group_mentions(found, countries)
    air_perps = {m.perpetrator.actor.name: m.perpetrator for g in groups for m in g.mentions
                 if m.perpetrator and g.family == "air"}
    out: list[Incident] = []
    for g in groups:
        inc = _incident(nt, g, countries, air_perps, report_day, doc_source)
        marker = next((m.dates[k] for m in g.mentions for k in range(len(m.dates))
                       if m.dates[k].precision == SAME_AS_PREVIOUS), None)
        if inc.date is None and marker is not None and out and out[-1].date is not None:
            prev = out[-1].date
            inc = dataclasses.replace(inc, date=DateRef(prev.value, prev.precision, _span(nt, marker.start, marker.end)))
        out.append(inc)
    return out


def _incident(nt: NormText, g: Group, countries: list[str], air_perps: dict[str, ActorMention],
              report_day: DateMention | None, doc_source: ActorMention | None) -> Incident:
    main = next((m for m in g.mentions if m.figures), g.mentions[0])
    lead = g.mentions[0] if g.mentions[0].trigger is not None else main  # where the event is first told
    types = [m.event_type for m in g.mentions if not _echo(m)] or [m.event_type for m in g.mentions]
    etype = min(types, key=lambda t: TYPE_PRIORITY.index(t) if t in TYPE_PRIORITY else 99)
    if etype == "massacre" and main.event_type != "massacre":
        etype = main.event_type
    row = acled_table()[etype]
    place_ref = None
    got = g.place(countries)
    if got:
        pm_mention, place = got
        pm = pm_mention.place
        assert pm is not None
        span = _span(nt, pm.core_start, pm.end)
        # a place the gazetteer lacks is named as the text writes it ("قرية المعزوب" -> "المعزوب")
        name = span.text.strip('"«»()\'') if is_unknown(place) else place.name
        w = pm.within if is_unknown(place) else None
        within = {"name": w.name, "gazetteer_id": w.gid, "precision": w.kind, "lat": w.lat, "lon": w.lon} if w else None
        place_ref = PlaceRef(span, name, place.admin1 or None, place.country or None,
                             place.lat, place.lon, pm.precision if place.kind == "town" else place.kind, place.gid,
                             within)
    date_ref = None
    dm = next((m.date for m in g.mentions if m.date and m.date.value and not m.date.statement), None) or report_day \
        or next((m.date for m in g.mentions if m.date and m.date.value), None)
    if dm is not None:
        date_ref = DateRef(dm.value, dm.precision, _span(nt, dm.start, dm.end))
    perp = next((m.perpetrator for m in [main, *g.mentions] if m.perpetrator), None)
    inferred = False
    if perp is None and g.family == "air" and len(air_perps) == 1 and not any(m.unknown_actor for m in g.mentions):
        perp, inferred = next(iter(air_perps.values())), True
    figs = [f for m in g.mentions for f in m.figures]
    killed = _count(nt, [f for f in figs if f.role == KILLED])
    injured = _count(nt, [f for f in figs if f.role == INJURED])
    comb = [f for f in figs if f.role == COMBINED]
    civ = any(m.civilians for m in g.mentions)
    mil = any(m.military for m in g.mentions)
    if not civ and not mil:
        # no person named: the target says who was hit ("a residential building", "an army patrol");
        # a battle is between armed men
        # ... but when the text says no one was killed or hurt, nobody is a victim: "unknown"
        unharmed = killed.min == 0 and killed.max == 0 and injured.min == 0 and injured.max == 0
        civ = not unharmed and any(m.civilian_target for m in g.mentions)
        mil = not unharmed and not civ and (any(m.military_target for m in g.mentions) or etype == "armed_clash")
    victims = "mixed" if civ and mil else "civilians" if civ else "military" if mil else "unknown"
    # the sources of the figures speak for the event; so do an armed party that tells it ("زعم جيش
    # الاحتلال أن طائراته أغارت ...") and the author of a claim of responsibility ("تبنى داعش الهجوم")
    with_figs = [m for m in g.mentions if m.figures and m.claimants]
    claim_src = [m for m in g.mentions if m in with_figs or _echo(m)] if with_figs else g.mentions
    armed_src = [c for m in g.mentions if m not in claim_src for c in m.claimants if c.actor.kind in ARMED]
    claimants: list[ActorRef] = []
    # The author's own voice claims nothing (CONTRACT.md: claimed_by is empty when the author states
    # it): a statement's issuing body is no claimant, even where it names itself ("تؤكد الوزارة").
    author = doc_source.actor.name if doc_source is not None else None
    for c in [c for m in claim_src for c in m.claimants] + armed_src:
        if c.actor.name != author and c.actor.name not in {x.name for x in claimants}:
            claimants.append(_actor_ref(nt, c))
    conf = 0.35 + (0.15 if place_ref else 0) + (0.1 if date_ref else 0) + (0.15 if figs else 0)
    conf += 0.05 if inferred else (0.1 if perp else 0)
    conf += 0.05 if claimants else 0
    conf += 0.05 * min(len(g.mentions) - 1, 2)
    return Incident(
        event_type=etype,
        acled=(row["event_type"], row["sub_event_type"]),
        evidence=_span(nt, lead.clause.start, lead.clause.end),
        date=date_ref,
        place=place_ref,
        perpetrator=_actor_ref(nt, perp) if perp else None,
        victims=victims,
        killed=killed,
        injured=injured,
        killed_or_injured=_count(nt, comb) if comb else None,
        claimed_by=tuple(claimants),
        confidence=max(0.05, min(0.95, conf)),
    )
