"""Scoring extraction against gold files (CONTRACT.md section 6).

Predicted incidents are matched one-to-one to gold incidents of the same document by evidence
overlap, place and date (greedy on the best pair first). Over matched pairs: accuracy of event
family, date, place (same name or within 30 km), perpetrator, victims, killed.min, injured.min
and claimed_by (same set); and the share of gold incidents whose record is fully right (family,
date, place, killed.min). Span violations count output spans whose text is not the text at their
offsets.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from rasid.extract.incidents import family
from rasid.geo.gazetteer import default_gazetteer, distance_km
from rasid.geo.match import unknown_cues
from rasid.text.lexicon import load_yaml
from rasid.text.normalize import normalize_str
from rasid.text.tokens import stems

FIELDS = ("family", "date", "place", "perpetrator", "victims", "killed.min", "injured.min", "claimed_by")
PLACE_KM = 30.0


def _plain(name: str) -> str:
    s = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c)).casefold()
    s = re.sub(r"^(al|el|an|ar|as|ash|ad|az)[ -]", "", s)
    return re.sub(r"[^a-z0-9\u0600-\u06ff]", "", s)


def _gold_coords(gp: dict[str, Any]) -> tuple[float, float] | None:
    if isinstance(gp.get("lat"), (int, float)) and isinstance(gp.get("lon"), (int, float)):
        return float(gp["lat"]), float(gp["lon"])
    gaz = default_gazetteer()
    for name in (gp.get("name_en"), gp.get("text")):
        if name:
            found = gaz.lookup(name, country=gp.get("country"))
            found = [p for p in found if p.country == gp.get("country") and p.lat is not None and p.lon is not None]
            if found:
                return found[0].lat, found[0].lon  # type: ignore[return-value]
    return None


def _bare(name: str) -> str:
    """A place name without the cue word a gold or an output name may keep ("حي الخالدية",
    "مخيم خان الشيح", "قرية المعزوب"): annotators differ on whether the cue is part of the name."""
    words = normalize_str(name).split()
    u = unknown_cues()
    if len(words) > 1 and any(s in u.cues or s in u.keep for s in stems(words[0])):
        words = words[1:]
    if len(words) > 1 and words[-1] in _english_cue_words():  # "Cal Miskaad Mountains", "Askar Camp"
        words = words[:-1]
    return _plain(" ".join(words))


@lru_cache(maxsize=1)
def _english_cue_words() -> frozenset[str]:
    """The one-word English place cues the engine reads ("village", "camp", "district of"), and the
    words for administrative units an annotator may write after a name ("Abyan Governorate")."""
    u = load_yaml("../geo/data/cues.yaml")["unknown"]
    cue_words = {str(w).split()[0] for ws in u["en_before"].values() for w in ws}
    cue_words |= {str(w).split()[-1] for ws in u["en_after"].values() for w in ws}
    return frozenset(cue_words | {"governorate", "province", "region"})


def place_ok(pred: dict[str, Any] | None, gold: dict[str, Any] | None) -> bool:
    if pred is None or gold is None:
        return pred is None and gold is None
    if pred.get("lat") is None and _bare(pred.get("name") or "") in {_bare(gold.get("text") or ""), _bare(gold.get("name_en") or "")}:
        return True  # a place the gazetteer lacks, named as the text writes it
    names = {_plain(pred.get("name") or "")}
    gid = pred.get("gazetteer_id")
    if gid and gid in default_gazetteer().places:
        names |= {_plain(a) for a in default_gazetteer().places[gid].aliases}
    if _plain(gold.get("name_en") or "") in names or _plain(gold.get("text") or "") in names:
        return True
    gc = _gold_coords(gold)
    if gc and pred.get("lat") is not None and pred.get("lon") is not None:
        return distance_km(gc[0], gc[1], pred["lat"], pred["lon"]) <= PLACE_KM
    return False


def _evidence_span(text: str, ev: str, start: int | None = None) -> tuple[int, int]:
    if start is not None:  # reference gold (rasid.eval.corpus) knows where its evidence is
        return start, start + len(ev)
    i = text.find(ev)
    return (i, i + len(ev)) if i >= 0 else (-1, -1)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    inter = min(a[1], b[1]) - max(a[0], b[0])
    if inter <= 0:
        return 0.0
    return inter / max(1, min(a[1] - a[0], b[1] - b[0]))


def field_checks(pred: dict[str, Any], gold: dict[str, Any]) -> dict[str, bool]:
    pdate = (pred.get("date") or {}).get("value") if pred.get("date") else None
    pperp = (pred.get("perpetrator") or {}).get("name") if pred.get("perpetrator") else None
    return {
        "family": family(pred["event_type"]) == family(gold["event_type"]),
        "date": pdate == gold.get("date"),
        "place": place_ok(pred.get("place"), gold.get("place")),
        "perpetrator": pperp == gold.get("perpetrator"),
        "victims": pred.get("victims") == gold.get("victims"),
        "killed.min": pred["killed"].get("min") == (gold.get("killed") or {}).get("min"),
        "injured.min": pred["injured"].get("min") == (gold.get("injured") or {}).get("min"),
        "claimed_by": {c["name"] for c in pred.get("claimed_by", [])} == set(gold.get("claimed_by") or []),
    }


def match(text: str, preds: list[dict[str, Any]], golds: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index), best first."""
    cands = []
    for i, p in enumerate(preds):
        ps = (p["evidence"]["start"], p["evidence"]["end"])
        pdate = (p.get("date") or {}).get("value") if p.get("date") else None
        for j, g in enumerate(golds):
            ov = _overlap(ps, _evidence_span(text, g["evidence"], g.get("evidence_start")))
            pl = place_ok(p.get("place"), g.get("place")) and g.get("place") is not None
            dt = pdate is not None and pdate == g.get("date")
            fam = family(p["event_type"]) == family(g["event_type"])
            score = ov + (0.6 if pl else 0) + (0.3 if dt else 0) + (0.1 if fam else 0)
            if ov > 0 or (pl and (dt or fam)):
                cands.append((score, i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in sorted(cands, reverse=True):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def span_violations(text: str, out: dict[str, Any]) -> list[str]:
    """Every field span whose text is not ``text[start:end]``."""
    bad = []
    for k, inc in enumerate(out.get("incidents", [])):
        spans = [("evidence", inc.get("evidence")), ("date", inc.get("date")), ("place", inc.get("place")),
                 ("perpetrator", inc.get("perpetrator")), ("killed", inc.get("killed")), ("injured", inc.get("injured")),
                 ("killed_or_injured", inc.get("killed_or_injured"))]
        spans += [(f"claimed_by[{n}]", c) for n, c in enumerate(inc.get("claimed_by", []))]
        for name, sp in spans:
            if sp and "start" in sp and text[sp["start"] : sp["end"]] != sp.get("text"):
                bad.append(f"incident {k} {name}")
    return bad


@dataclass
class Scores:
    docs: int = 0
    gold: int = 0
    pred: int = 0
    matched: int = 0
    fully_right: int = 0
    span_violations: int = 0
    negatives: int = 0  # gold documents with no incident
    negatives_clean: int = 0  # ... on which nothing was predicted
    field_right: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FIELDS})
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.pred if self.pred else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def accuracy(self, f: str) -> float:
        return self.field_right[f] / self.matched if self.matched else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.docs, "gold_incidents": self.gold, "predicted_incidents": self.pred,
            "matched": self.matched, "precision": round(self.precision, 4), "recall": round(self.recall, 4),
            "f1": round(self.f1, 4), "fields": {f: round(self.accuracy(f), 4) for f in FIELDS},
            "fully_right": round(self.fully_right / self.gold, 4) if self.gold else 1.0,
            "span_violations": self.span_violations,
            "negatives": self.negatives,
            "negatives_clean": round(self.negatives_clean / self.negatives, 4) if self.negatives else 1.0,
        }


def score_document(s: Scores, gold_doc: dict[str, Any], out: dict[str, Any]) -> None:
    text = gold_doc["text"]
    preds, golds = out.get("incidents", []), gold_doc.get("incidents", [])
    s.docs += 1
    if not golds:
        s.negatives += 1
        s.negatives_clean += not preds
    s.gold += len(golds)
    s.pred += len(preds)
    s.span_violations += len(span_violations(text, out))
    pairs = match(text, preds, golds)
    s.matched += len(pairs)
    for i, j in pairs:
        checks = field_checks(preds[i], golds[j])
        for f, ok in checks.items():
            s.field_right[f] += ok
        if all(checks[f] for f in ("family", "date", "place", "killed.min")):
            s.fully_right += 1
        wrong = [f for f, ok in checks.items() if not ok]
        if wrong:
            s.errors.append({"id": gold_doc.get("id"), "kind": "field", "fields": wrong, "gold": golds[j], "pred": preds[i]})
    for i in set(range(len(preds))) - {i for i, _ in pairs}:
        s.errors.append({"id": gold_doc.get("id"), "kind": "false_positive", "pred": preds[i]})
    for j in set(range(len(golds))) - {j for _, j in pairs}:
        s.errors.append({"id": gold_doc.get("id"), "kind": "missed", "gold": golds[j]})
