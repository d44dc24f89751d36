"""Every lexicon entry survives normalisation: written in a sentence, the matcher finds it."""

from __future__ import annotations

import pytest

from rasid.text.lexicon import PhraseMatcher, all_strings, fold, lang_data
from rasid.text.normalize import normalize

FILES = ["events", "casualties", "victims", "attribution", "cues", "dates"]


@pytest.mark.parametrize("lang", ["ar", "en"])
@pytest.mark.parametrize("name", FILES)
def test_entries_match_in_running_text(lang: str, name: str) -> None:
    entries = [e for e in all_strings(lang_data(lang, name)) if fold(e) and not e.isdigit()]
    assert entries
    for e in entries:
        m = PhraseMatcher([(e, 1)])
        sentence = normalize(f"قال . {e} . said").norm
        assert m.findall(sentence), f"{lang}/{name}.yaml entry {e!r} is never matched after normalisation"
