"""Highlights: every field's words in the source text, from the spans of the contract JSON."""

from __future__ import annotations

from typing import Any

SPAN_FIELDS = ("evidence", "date", "place", "perpetrator", "killed", "injured", "killed_or_injured")


def highlights(incident: dict[str, Any], text: str | None = None) -> list[dict[str, Any]]:
    """``[{field, start, end, text}]`` of one contract incident, evidence first.

    With ``text``, a span that does not quote it (``text[start:end] != span text``) is left out
    rather than shown on the wrong words.
    """
    out: list[dict[str, Any]] = []

    def add(field: str, v: Any) -> None:
        if not isinstance(v, dict):
            return
        s, e, words = v.get("start"), v.get("end"), v.get("text")
        if not isinstance(s, int) or not isinstance(e, int) or not isinstance(words, str) or e <= s:
            return
        if text is not None and text[s:e] != words:
            return
        out.append({"field": field, "start": s, "end": e, "text": words})

    for f in SPAN_FIELDS:
        add(f, incident.get(f))
    for c in incident.get("claimed_by") or []:
        add("claimed_by", c)
    return out
