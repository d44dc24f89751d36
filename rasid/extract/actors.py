"""Actors named in the text, resolved to the registry's canonical names (CONTRACT.md section 4)."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from rasid.text.lexicon import PhraseMatcher, load_yaml


@dataclass(frozen=True)
class Actor:
    """A registry entry."""

    name: str
    kind: str
    country: str | None
    delivery: str | None
    theatres: tuple[str, ...]


@dataclass(frozen=True)
class ActorMention:
    """An actor alias found in the normalised text ``[start, end)``."""

    start: int
    end: int
    actors: tuple[Actor, ...]
    ambiguous: bool
    adjective: bool = False

    @property
    def actor(self) -> Actor:
        return self.actors[0]

    @property
    def is_source(self) -> bool:
        return self.actor.kind in ("source", "international", "ngo", "government_body", "media")


@dataclass(frozen=True)
class Registry:
    actors: tuple[Actor, ...]
    sure: PhraseMatcher
    ambiguous: PhraseMatcher
    adjectives: PhraseMatcher

    def by_name(self, name: str) -> Actor | None:
        return next((a for a in self.actors if a.name == name), None)


@lru_cache(maxsize=1)
def registry() -> Registry:
    data = load_yaml("actors.yaml")
    actors = []
    sure: list[tuple[str, Actor]] = []
    amb: dict[str, list[Actor]] = {}
    adj: dict[str, list[Actor]] = {}
    for d in data:
        a = Actor(d["name"], d["kind"], d.get("country"), d.get("delivery"),
                  tuple(d.get("theatres") or ([d["country"]] if d.get("country") else [])))
        actors.append(a)
        for alias in [d["name"].lower(), *d.get("ar", []), *d.get("en", [])]:
            sure.append((str(alias), a))
        for alias in [*d.get("ambiguous_ar", []), *d.get("ambiguous_en", [])]:
            amb.setdefault(str(alias), []).append(a)
        for alias in [*d.get("adj_ar", []), *d.get("adj_en", [])]:
            adj.setdefault(str(alias), []).append(a)
        for alias in d.get("ambiguous_adj_ar", []):
            adj.setdefault("?" + str(alias), []).append(a)
    return Registry(
        actors=tuple(actors),
        sure=PhraseMatcher(sure),
        ambiguous=PhraseMatcher((k, tuple(v)) for k, v in amb.items()),
        adjectives=PhraseMatcher((k.lstrip("?"), (k.startswith("?"), tuple(v))) for k, v in adj.items()),
    )


@lru_cache(maxsize=1)
def _regions() -> dict[tuple[str, str], str]:
    data = load_yaml("regions.yaml") or {}
    return {(str(v["country"]), str(a)): str(code) for code, v in data.items() for a in v["admin1"]}


def document_regions(places: Iterable[tuple[str | None, str | None]]) -> list[str]:
    """The sub-national theatres (``regions.yaml``) the document's places lie in, most named first,
    from ``(country, admin1)`` pairs."""
    table = _regions()
    votes: dict[str, int] = {}
    for country, admin1 in places:
        code = table.get((country or "", admin1 or ""))
        if code is not None:
            votes[code] = votes.get(code, 0) + 1
    return sorted(votes, key=lambda c: -votes[c])


class _Spans:
    """Non-overlapping spans sorted by start, for overlap tests in logarithmic time."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)
        return any(a < end and start < b for a, b in self.spans[max(0, i - 3) : i])


def find_sure_actors(norm: str) -> list[ActorMention]:
    """Mentions of aliases that name one actor whatever the document is about."""
    return [ActorMention(m.core_start, m.end, (m.label,), False) for m in registry().sure.finditer(norm)]


def find_actors(norm: str, *, countries: Iterable[str] = (), sure: list[ActorMention] | None = None) -> list[ActorMention]:
    """Actor mentions in the whole text, longest alias first, ambiguous ones resolved by
    the countries the document is about (dropped when none fits)."""
    reg = registry()
    cs = list(countries)
    out = list(sure) if sure is not None else find_sure_actors(norm)
    taken = _Spans((m.start, m.end) for m in out)
    for m in reg.ambiguous.finditer(norm):
        if taken.overlaps(m.start, m.end):
            continue
        fits = [a for a in m.label if any(c in a.theatres for c in cs)]
        if fits:
            fits.sort(key=lambda a: min(cs.index(c) for c in a.theatres if c in cs))
            out.append(ActorMention(m.core_start, m.end, tuple(fits), True))
    taken = _Spans((x.start, x.end) for x in out)
    for m in reg.adjectives.finditer(norm):
        if taken.overlaps(m.start, m.end):
            continue
        theatre_only, acts = m.label
        fits = [a for a in acts if not theatre_only or any(c in a.theatres for c in cs)]
        if fits:
            out.append(ActorMention(m.core_start, m.end, tuple(fits), theatre_only, adjective=True))
    out.sort(key=lambda m: m.start)
    return out
