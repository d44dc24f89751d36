"""Phrase matching over normalised text, and the per-language data it is built from.

Language data lives in ``rasid/lang/<code>/*.yaml``; this module loads it once, folds every
entry with the same normalisation as the text, and compiles matchers. Arabic entries match with
the proclitics news attaches to them (و ف ب ل ك, and ل + ال written لل).
"""

from __future__ import annotations

import bisect
import re
from array import array
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

import ahocorasick
import yaml

from rasid.errors import DataError
from rasid.text.normalize import normalize_str

LANG_DIR = Path(__file__).resolve().parent.parent / "lang"
# libyaml's safe loader where PyYAML was built with it: the same data, read 8 times faster (start-up
# of every command and worker process spent 0.3 s in the pure-Python one).
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_SPACES = re.compile(r"\s+")
_OTHER_SPACE = re.compile(r"[^\S ]")
_SPACE_RUN = re.compile(r" {2,}")


def load_yaml(relpath: str) -> Any:
    """Load a data file under ``rasid/lang``.

    Raises:
        DataError: the file is missing or is not valid YAML.
    """
    path = LANG_DIR / relpath
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(f"{path}: cannot load language data ({exc})") from exc


@lru_cache(maxsize=65536, typed=True)  # called again and again with the same words by the rules
def fold(phrase: str) -> str:
    """Fold a data entry the way text is folded, with single spaces."""
    return _SPACES.sub(" ", normalize_str(str(phrase))).strip()


def _one_space_view(norm: str) -> tuple[str, Sequence[int] | None]:
    """``norm`` with every run of white space made one " ", as a phrase's space matches it, and
    the position in ``norm`` of each character (None when no run was shortened).

    Documents and single words have caches of their own: with one cache for both, a long
    document's view was evicted by the rules' word look-ups and rebuilt for every word (time grew
    with the square of its length)."""
    if len(norm) < 512:
        return _word_space_view(norm)
    return _cached_space_view(norm)


@lru_cache(maxsize=4)
def _cached_space_view(norm: str) -> tuple[str, Sequence[int] | None]:
    return _space_view(norm)


@lru_cache(maxsize=16384)
def _word_space_view(norm: str) -> tuple[str, Sequence[int] | None]:
    return _space_view(norm)


def _space_view(norm: str) -> tuple[str, Sequence[int] | None]:
    text = _OTHER_SPACE.sub(" ", norm)
    if "  " not in text:
        return text, None
    pos = array("q")  # compact: a tuple of Python ints took 32 bytes a character
    prev = 0
    for run in _SPACE_RUN.finditer(text):
        pos.extend(range(prev, run.start() + 1))
        prev = run.end()
    pos.extend(range(prev, len(text)))
    return _SPACE_RUN.sub(" ", text), pos


def _is_word(ch: str) -> bool:
    """The regex ``\\w`` for one character (str.isalnum covers the same Unicode classes)."""
    return ch.isalnum() or ch == "_"


def _word_start(norm: str, core: int, start: int, *, clitics: bool) -> bool:
    """Whether a phrase at ``core`` can begin a match at or after ``start``: a word starts there, or
    one or two proclitics (``[وف]?[بلك]?``) that begin a word stand right before it."""
    if core == 0 or not _is_word(norm[core - 1]):
        return True
    if not clitics or norm[core - 1] not in "وفبلك":
        return False
    if core - 1 >= start and (core == 1 or not _is_word(norm[core - 2])):
        return True
    return (core - 2 >= start and norm[core - 2] in "وف" and norm[core - 1] in "بلك"
            and (core == 2 or not _is_word(norm[core - 3])))


def _trie_pattern(phrases: Iterable[str]) -> str:
    """One regex for a set of phrases that finds, at a position, the longest phrase there.

    A flat alternation sorted longest first means the same, but Python's regex engine tries every
    alternative in turn at every word start (the 931 actor aliases took 0.8 ms per document); a
    prefix tree shares the common beginnings and at each letter follows at most one branch. Longer
    continuations are tried before a phrase ends, so the first success is the longest phrase that
    matches, as in the flat alternation: the phrases that match at one position are prefixes of
    one another once spaces are collapsed. A space matches any run of white space.
    """
    root: dict[str, Any] = {}
    for p in phrases:
        node = root
        for ch in p:
            node = node.setdefault(ch, {})
        node[""] = {}  # the phrase may end here

    def emit(node: dict[str, Any]) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + emit(child)
                for ch, child in sorted(node.items()) if ch]
        if "" in node:
            alts.append("")  # ending here is the last choice: longer phrases first
        if len(alts) == 1:
            return alts[0]
        return "(?:" + "|".join(alts) + ")"

    return emit(root)


@dataclass(frozen=True)
class PhraseMatch:
    """A phrase found in normalised text. ``start`` includes proclitics; ``core_start`` does not."""

    start: int
    end: int
    core_start: int
    label: Any
    phrase: str


class PhraseMatcher:
    """Find the longest listed phrase at each position, proclitics allowed on Arabic entries."""

    def __init__(self, entries: Iterable[tuple[str, Any]], *, clitics: bool = True) -> None:
        table: dict[str, Any] = {}
        for phrase, label in entries:
            p = fold(phrase)
            # "وفقا ل", "تابعة ل": the ل is glued to the next word, so the phrase ends before it
            if len(p) > 2 and p[-2] == " " and p[-1] in "لب":
                p = p[:-2]
            if not p:
                continue
            table.setdefault(p, label)
            if clitics and p.startswith("ال") and len(p) > 3:
                table.setdefault("لل" + p[2:], label)
        self._table = table
        self._clitics = clitics
        if not table:
            self._re = None
            return
        self._longest = max(map(len, table))
        self._reach = self._longest + 8  # longest phrase, proclitics and spacing: how far past a window to look
        self._spaced = any(" " in p for p in table)
        self._automaton = ahocorasick.Automaton()
        for p in table:
            self._automaton.add_word(p, len(p))
        self._automaton.make_automaton()
        body = _trie_pattern(table)
        pre = r"(?P<pre>[وف]?[بلك]?)" if clitics else r"(?P<pre>)"
        self._re = re.compile(rf"(?<!\w){pre}(?P<core>{body})(?!\w)")

    def __contains__(self, phrase: str) -> bool:
        return fold(phrase) in self._table

    def label(self, phrase: str) -> Any:
        return self._table.get(fold(phrase))

    def _may_match(self, norm: str, start: int, stop: int) -> bool:
        """False only when no phrase can be found in the window; most calls (six in seven) find none.

        The regex engine tries a match at every character (a lookbehind starts the pattern, so it
        cannot skip ahead), which made these calls the largest cost of extraction. An Aho-Corasick
        pass over the same characters in C, with a look at the word boundaries around each
        occurrence, rules out most windows for much less. It never changes the answer: it says
        False only when every occurrence of a phrase fails a test that the regex fails too
        (tests/extract/test_lexicon.py compares with the plain regex on every window).
        """
        if start < 0:
            return True  # the regex reads a negative start as 0; not worth a fast path
        n = len(norm)
        # A match starts before ``stop`` after at most two proclitics and, white space being
        # collapsed, ends within the longest phrase's length of its start. (No min(): this runs
        # hundreds of times per document.)
        text, pos = _one_space_view(norm) if self._spaced else (norm, None)
        if pos is None:
            lo, hi = start, stop + 1 + self._longest
        else:
            lo, hi = bisect.bisect_left(pos, start), bisect.bisect_left(pos, stop + 2) + self._longest
        # A slice, not iter(text, lo, hi): pyahocorasick converts the whole string it is given on
        # every call, which made each call cost the document's length.
        for last, size in self._automaton.iter(text[lo:hi]):
            last += lo
            first = last + 1 - size
            core, after = (first, last + 1) if pos is None else (pos[first], pos[last] + 1)
            # "(?!\w)" holds at the end of the regex's search, whatever follows
            if core >= stop + 2 or (after < n and after < stop + self._reach and _is_word(norm[after])):
                continue
            if _word_start(norm, core, start, clitics=self._clitics):
                return True
        return False

    def finditer(self, norm: str, start: int = 0, end: int | None = None) -> Iterator[PhraseMatch]:
        if self._re is None:
            return
        stop = len(norm) if end is None else end
        if not self._may_match(norm, start, stop):
            return
        # Search the whole string and cut at ``stop``: an end bound passed to the regex would make
        # "(?!\w)" true in the middle of a word ("ل" of "لحركة" before a window's end).
        for found in self._re.finditer(norm, start, min(len(norm), stop + self._reach)):
            if found.start() >= stop:
                break
            m = found
            if found.end() > stop:
                # a longer phrase runs past the window ("مقتل ما" over "مقتل"): try the shorter ones
                shorter = self._re.match(norm, found.start(), stop)
                if shorter is None or (shorter.end() == stop < len(norm) and norm[stop].isalnum()
                                       and norm[stop - 1].isalnum()):
                    continue
                m = shorter
            core = _SPACES.sub(" ", m.group("core"))
            label = self._table.get(core)
            if label is None:
                continue
            # Arabic proclitics only on Arabic words; a Latin word never takes them.
            if m.group("pre") and not _ARABIC.match(core):
                continue
            yield PhraseMatch(m.start(), m.end(), m.start("core"), label, core)

    def findall(self, norm: str, start: int = 0, end: int | None = None) -> list[PhraseMatch]:
        return list(self.finditer(norm, start, end))


def all_strings(obj: object) -> list[str]:
    """Every string in a parsed data file, however nested."""
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in all_strings(v)]
    if isinstance(obj, list):
        return [s for v in obj for s in all_strings(v)]
    return []


def flat(items: Iterable[str] | None) -> list[str]:
    return [str(x) for x in items or []]


def matcher_from_lists(lists: Mapping[Any, Iterable[str]], *, clitics: bool = True) -> PhraseMatcher:
    """A matcher whose label is the key each phrase is listed under."""
    return PhraseMatcher(((p, k) for k, ps in lists.items() for p in flat(ps)), clitics=clitics)


def words(items: Iterable[str] | None) -> frozenset[str]:
    """A folded word set (for single-token look-ups)."""
    return frozenset(fold(x) for x in flat(items))


@lru_cache(maxsize=None)
def lang_data(lang: str, name: str) -> Any:
    """The parsed data file ``rasid/lang/<lang>/<name>.yaml`` (cached)."""
    return load_yaml(f"{lang}/{name}.yaml")
