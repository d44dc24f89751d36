"""Phrase matching over normalised text, and the per-language data it is built from.

Language data lives in ``rasid/lang/<code>/*.yaml``; this module loads it once, folds every
entry with the same normalisation as the text, and compiles matchers. Arabic entries match with
the proclitics news attaches to them (و ف ب ل ك, and ل + ال written لل).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

import yaml

from rasid.errors import DataError
from rasid.text.normalize import normalize_str

LANG_DIR = Path(__file__).resolve().parent.parent / "lang"
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_SPACES = re.compile(r"\s+")


def load_yaml(relpath: str) -> Any:
    """Load a data file under ``rasid/lang``.

    Raises:
        DataError: the file is missing or is not valid YAML.
    """
    path = LANG_DIR / relpath
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(f"{path}: cannot load language data ({exc})") from exc


def fold(phrase: str) -> str:
    """Fold a data entry the way text is folded, with single spaces."""
    return _SPACES.sub(" ", normalize_str(str(phrase))).strip()


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
        if not table:
            self._re = None
            return
        alts = sorted(table, key=len, reverse=True)
        self._reach = len(alts[0]) + 8  # longest phrase, proclitics and spacing: how far past a window to look
        body = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in alts)
        pre = r"(?P<pre>[وف]?[بلك]?)" if clitics else r"(?P<pre>)"
        self._re = re.compile(rf"(?<!\w){pre}(?P<core>{body})(?!\w)")

    def __contains__(self, phrase: str) -> bool:
        return fold(phrase) in self._table

    def label(self, phrase: str) -> Any:
        return self._table.get(fold(phrase))

    def finditer(self, norm: str, start: int = 0, end: int | None = None) -> Iterator[PhraseMatch]:
        if self._re is None:
            return
        stop = len(norm) if end is None else end
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
