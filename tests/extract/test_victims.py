"""Who was harmed (CONTRACT.md section 7 "Victims"), and small tolls named by persons rather than figures."""

from __future__ import annotations

import pytest

from rasid.pipeline import extract_text


def one(text: str, published: str | None = "2024-03-05") -> dict:
    out = extract_text(text, published=published)
    assert len(out["incidents"]) == 1, out["incidents"]
    return out["incidents"][0]


@pytest.mark.parametrize("text", [
    # a target that harmed no one names no victims: "unknown", not the side that owns the target
    "شن الطيران الحربي غارة على منزل في بلدة ميس الجبل فجر اليوم، من دون وقوع إصابات.",
    "Two rockets hit a military base near Kirkuk on Monday, causing no casualties.",
])
def test_no_one_harmed_names_no_victims(text: str) -> None:
    got = one(text)
    assert got["victims"] == "unknown"
