"""The matchers one language needs, built once from its data files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rasid.text.lexicon import PhraseMatcher, fold, lang_data, load_yaml, matcher_from_lists, words

# Event types by how specific a trigger is: when a clause has several, the first listed wins
# ("انفجار عبوة ناسفة" is an IED, "غارة ... مجزرة" an air strike).
TYPE_PRIORITY = ("suicide_bombing", "ied_or_mine", "drone_strike", "airstrike", "shelling", "bombing",
                 "shooting", "abduction", "armed_clash", "bombardment", "massacre")


@dataclass(frozen=True)
class LangResources:
    lang: str
    strong: PhraseMatcher
    weak: PhraseMatcher
    modifiers: PhraseMatcher
    destroy: PhraseMatcher  # "دمرت مقاتلات": a strike when the clause names the weapon
    bombardment_default: str
    denial: PhraseMatcher
    accident: PhraseMatcher
    modal: PhraseMatcher
    generic: PhraseMatcher
    day_toll: PhraseMatcher
    vague_place: PhraseMatcher
    unknown_actor: PhraseMatcher
    perp_before: PhraseMatcher
    belonging_before: PhraseMatcher
    defend_verbs: PhraseMatcher
    means: PhraseMatcher
    gap_words: frozenset[str]
    intensity: frozenset[str]
    our_forces: PhraseMatcher
    same_event: PhraseMatcher
    separate_event: PhraseMatcher
    another_after: frozenset[str]  # "الغارة الثانية": another event, not the one told before
    another_before: tuple[str, ...]  # "a second strike"
    member_nouns: PhraseMatcher
    perp_verbs: PhraseMatcher
    target_before: PhraseMatcher
    clause_breaks: re.Pattern[str]
    speech: PhraseMatcher
    according: PhraseMatcher
    accuse: PhraseMatcher
    claim: PhraseMatcher
    continuation: PhraseMatcher
    complementizers: PhraseMatcher
    self_claim: PhraseMatcher
    anaphors: PhraseMatcher
    back_refs: PhraseMatcher
    period_words: PhraseMatcher
    head_links: frozenset[str]
    anaphor_kinds: dict[str, tuple[str, ...]]
    speaker_heads: frozenset[str]
    negators: frozenset[str]
    that_only: frozenset[str]  # verbs that say only before "that" (بين: "stated" vs "between")
    not_that: frozenset[str]  # complementizers that do not make them verbs of saying
    source_preps: frozenset[str]
    relatives: frozenset[str]
    according_fillers: frozenset[str]
    member_of: frozenset[str]
    motion_words: frozenset[str]
    impersonal: PhraseMatcher
    not_subject_after: frozenset[str]
    conduit_links: PhraseMatcher
    statement_nouns: PhraseMatcher
    statement_author: tuple[str, ...]
    statement_header: PhraseMatcher
    civilians: PhraseMatcher
    military: PhraseMatcher
    control: PhraseMatcher  # taking ground: a battle when an armed party is named (rules._control)
    support: PhraseMatcher  # "backed by", "تدعمهم": a trigger after these supports another act
    killing: PhraseMatcher  # killing without a weapon: an event when an armed party did it (rules._killing)
    civilian_targets: PhraseMatcher
    military_targets: PhraseMatcher


def _idioms(cues: dict[str, list[str]]) -> list[str]:
    """Every idiom verb form with every idiom object ("خطف الأنظار", "اختطفت الفوز")."""
    return [f"{v} {o}" for v in cues.get("idiom_verbs") or [] for o in cues.get("idiom_objects") or []]


@lru_cache(maxsize=None)
def resources(lang: str) -> LangResources:
    ev = lang_data(lang, "events")
    strong: dict[str, list[str]] = {}
    weak: dict[str, list[str]] = {}
    for etype, d in ev.items():
        if etype in ("modifiers", "control", "killing", "destroy"):
            continue
        strong[etype] = d.get("strong", [])
        weak[etype] = d.get("weak", [])
    cues = lang_data(lang, "cues")
    att = lang_data(lang, "attribution")
    vic = lang_data(lang, "victims")
    breaks = sorted({fold(b) for b in cues["clause_breaks"]}, key=len, reverse=True)
    if lang == "ar":
        brk = re.compile(r"(?:^|[\s,;])(?P<cut>(?:" + "|".join(map(re.escape, breaks)) + r"))(?=\s)")
    else:
        brk = re.compile(r"(?:[,;]\s*|\s)(?P<cut>(?:" + "|".join(map(re.escape, breaks)) + r"))\b")
    return LangResources(
        lang=lang,
        strong=matcher_from_lists(strong),
        weak=matcher_from_lists(weak),
        modifiers=matcher_from_lists(ev["modifiers"]),
        destroy=matcher_from_lists({"bombardment": ev.get("destroy") or []}),
        control=matcher_from_lists(ev.get("control") or {}),
        support=matcher_from_lists({1: cues.get("support_before") or []}),
        killing=matcher_from_lists({"shooting": ev.get("killing") or []}),
        bombardment_default=ev["bombardment"].get("default", "shelling"),
        denial=matcher_from_lists({1: cues["denial"]}),
        accident=matcher_from_lists({1: [*(cues.get("accident") or []), *_idioms(cues)]}),
        modal=matcher_from_lists({1: cues["modal"]}),
        generic=matcher_from_lists({1: cues["generic"]}),
        day_toll=matcher_from_lists({1: cues.get("day_toll") or []}),
        vague_place=matcher_from_lists({1: cues["vague_place"]}),
        unknown_actor=matcher_from_lists({1: cues["unknown_actor"]}),
        perp_before=matcher_from_lists({1: cues["perpetrator_before"]}),
        belonging_before=matcher_from_lists({1: cues.get("belonging_before") or []}),
        defend_verbs=matcher_from_lists({1: cues.get("defend_verbs") or []}),
        means=matcher_from_lists({1: cues["means"]}),
        gap_words=words(cues.get("gap_words")),
        intensity=words(cues.get("intensity")),
        our_forces=matcher_from_lists({1: cues.get("our_forces") or []}),
        same_event=matcher_from_lists({1: cues.get("same_event") or []}),
        separate_event=matcher_from_lists({1: cues.get("separate_event") or []}),
        another_after=words(cues.get("another_after")),
        another_before=tuple(f" {w} " for w in cues.get("another_before") or []),
        member_nouns=matcher_from_lists({1: cues["member_nouns"]}),
        perp_verbs=matcher_from_lists({1: cues["perp_verbs"]}),
        target_before=matcher_from_lists({1: cues["target_before"]}),
        clause_breaks=brk,
        speech=matcher_from_lists({1: att["speech_verbs"]}),
        negators=words(att.get("negators") or []),
        that_only=words(att.get("speech_only_before_that") or []),
        not_that=words(att.get("not_that") or []),
        source_preps=words(att.get("source_preps") or []),
        relatives=words(att.get("relatives") or []),
        according_fillers=words(att.get("according_fillers") or []),
        member_of=words(att.get("member_of") or []),
        motion_words=words(att.get("motion_words") or []),
        impersonal=matcher_from_lists({1: att.get("impersonal") or []}),
        not_subject_after=words(att.get("not_subject_after") or []),
        conduit_links=matcher_from_lists({1: att.get("conduit_links") or []}),
        according=matcher_from_lists({1: att["according_to"]}),
        accuse=matcher_from_lists({1: att["accuse_verbs"]}),
        claim=matcher_from_lists({1: att["claim_verbs"]}),
        continuation=matcher_from_lists({1: att["continuation"]}),
        complementizers=matcher_from_lists({1: att["complementizers"]}),
        self_claim=matcher_from_lists({1: att["self_claim"]}),
        anaphors=matcher_from_lists({1: att["anaphors"]}),
        back_refs=matcher_from_lists({1: att.get("back_refs") or []}),
        period_words=matcher_from_lists({1: att.get("period_words") or []}),
        head_links=frozenset(att.get("head_links") or []),
        anaphor_kinds={fold(k): tuple(v) for k, v in (att.get("anaphor_kinds") or {}).items()},
        speaker_heads=words(att.get("speaker_heads")),
        statement_nouns=matcher_from_lists({1: att.get("statement_nouns") or []}),
        statement_author=tuple(fold(w) for w in att.get("statement_author") or []),
        statement_header=matcher_from_lists({1: att["statement_header"]}),
        civilians=matcher_from_lists({1: vic["civilians"]}),
        military=matcher_from_lists({1: vic["military"]}),
        civilian_targets=matcher_from_lists({1: vic.get("civilian_targets") or []}),
        military_targets=matcher_from_lists({1: vic.get("military_targets") or []}),
    )


@lru_cache(maxsize=1)
def acled_table() -> dict[str, dict[str, str]]:
    return dict(load_yaml("acled.yaml"))
