"""Every lexicon entry survives normalisation: written in a sentence, the matcher finds it."""

from __future__ import annotations

import pytest

from rasid.extract.lexicon import PhraseMatcher, fold, lang_data
from rasid.text.normalize import normalize

FILES = ["events", "casualties", "victims", "attribution", "cues", "dates"]


def _strings(obj) -> list[str]:
    if isinstance(obj, str):
        return [obj]
    if isinstance(obj, dict):
        return [s for v in obj.values() for s in _strings(v)]
    if isinstance(obj, list):
        return [s for v in obj for s in _strings(v)]
    return []


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("name", FILES)
def test_entries_match_in_running_text(lang: str, name: str) -> None:
    entries = [e for e in _strings(lang_data(lang, name)) if fold(e) and not e.isdigit()]
    assert entries
    for e in entries:
        m = PhraseMatcher([(e, 1)])
        sentence = normalize(f"قال . {e} . said").norm
        assert m.findall(sentence), f"{lang}/{name}.yaml entry {e!r} is never matched after normalisation"
