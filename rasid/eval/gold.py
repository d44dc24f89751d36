"""Read and check gold files (CONTRACT.md section 5).

Standard library only, so that ``python -m rasid.eval.gold FILE...`` checks a gold file
on a machine where rasid's dependencies are not installed yet.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

EVENT_TYPES = frozenset(
    {
        "airstrike", "drone_strike", "shelling", "bombing", "ied_or_mine", "suicide_bombing",
        "armed_clash", "shooting", "massacre", "abduction", "other",
    }
)
VICTIMS = frozenset({"civilians", "military", "mixed", "unknown"})
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_ACTOR_NAMES_FILE = Path(__file__).resolve().parent.parent / "lang" / "actor_names.txt"


def canonical_actor_names() -> frozenset[str]:
    """The canonical actor names a gold file may use."""
    lines = _ACTOR_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(s.strip() for s in lines if s.strip() and not s.startswith("#"))


@dataclass(frozen=True)
class GoldProblem:
    """One problem found in a gold file."""

    path: str
    line: int
    doc_id: str | None
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.doc_id or '?'}: {self.message}"


def iter_gold_files(paths: list[str]) -> Iterator[Path]:
    """Expand directories into their ``*.jsonl`` and ``*.json`` files, sorted."""
    for p in map(Path, paths):
        if p.is_dir():
            yield from sorted(q for q in p.rglob("*") if q.suffix in {".jsonl", ".json"})
        else:
            yield p


def read_gold(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    """Yield ``(line_number, document)`` from a gold file.

    A ``.json`` file holds one document (possibly pretty-printed); a ``.jsonl`` file one a line.

    Raises:
        ValueError: a line (or the file) is not a JSON object; the message names the line.
    """
    raw = path.read_text(encoding="utf-8-sig")
    if path.suffix == ".json":
        obj = json.loads(raw)
        if not isinstance(obj, dict):
            raise ValueError(f"{path}: not a JSON object")
        yield 1, obj
        return
    for n, line in enumerate(raw.split("\n"), 1):  # not splitlines(): U+2028 may sit inside a JSON string
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{path}:{n}: malformed JSON ({exc.msg})") from exc
        if not isinstance(obj, dict):
            raise ValueError(f"{path}:{n}: not a JSON object")
        yield n, obj


def _check_count(c: Any, what: str) -> list[str]:
    if not isinstance(c, dict) or "min" not in c or "max" not in c:
        return [f"{what} must be an object with min and max"]
    out = []
    for k in ("min", "max"):
        v = c[k]
        if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
            out.append(f"{what}.{k} must be a non-negative integer or null")
    if isinstance(c["min"], int) and isinstance(c["max"], int) and c["min"] > c["max"]:
        out.append(f"{what}.min > max")
    return out


def check_incident(inc: dict[str, Any], text: str, names: frozenset[str]) -> list[str]:
    """Problems with one gold incident (empty list when it is well formed)."""
    out: list[str] = []
    if inc.get("event_type") not in EVENT_TYPES:
        out.append(f"event_type {inc.get('event_type')!r} not in the contract")
    date = inc.get("date")
    if date is not None and not (isinstance(date, str) and _DATE.match(date)):
        out.append(f"date {date!r} must be YYYY, YYYY-MM, YYYY-MM-DD or null")
    place = inc.get("place")
    if place is not None:
        if not isinstance(place, dict):
            out.append("place must be an object or null")
        else:
            if not place.get("text") or place["text"] not in text:
                out.append(f"place.text {place.get('text')!r} is not a substring of the text")
            if not place.get("name_en"):
                out.append("place.name_en missing")
            if not re.match(r"^[A-Z]{2}$", str(place.get("country", ""))):
                out.append("place.country must be a two-letter code")
            for k in ("lat", "lon"):
                if k in place and place[k] is not None and not isinstance(place[k], (int, float)):
                    out.append(f"place.{k} must be a number")
    perp = inc.get("perpetrator")
    if perp is not None and perp not in names:
        out.append(f"perpetrator {perp!r} is not a canonical actor name")
    if inc.get("victims") not in VICTIMS:
        out.append(f"victims {inc.get('victims')!r} not in the contract")
    for k in ("killed", "injured"):
        out += _check_count(inc.get(k), k)
    if "killed_or_injured" in inc and inc["killed_or_injured"] is not None:
        out += _check_count(inc["killed_or_injured"], "killed_or_injured")
    claimed = inc.get("claimed_by")
    if not isinstance(claimed, list):
        out.append("claimed_by must be a list")
    else:
        out += [f"claimed_by {c!r} is not a canonical actor name" for c in claimed if c not in names]
    ev = inc.get("evidence")
    if not isinstance(ev, str) or not ev or ev not in text:
        out.append("evidence is not an exact substring of the text")
    return out


def check_document(doc: dict[str, Any], names: frozenset[str]) -> list[str]:
    """Problems with one gold document."""
    out: list[str] = []
    text = doc.get("text")
    if not isinstance(text, str) or not text.strip():
        return ["text missing or empty"]
    if doc.get("lang") not in {"ar", "en", "mixed", "unknown"}:
        out.append(f"lang {doc.get('lang')!r} invalid")
    pub = doc.get("published")
    if pub is not None and not (isinstance(pub, str) and _DAY.match(pub)):
        out.append(f"published {pub!r} must be YYYY-MM-DD or null")
    incs = doc.get("incidents")
    if not isinstance(incs, list):
        return out + ["incidents must be a list"]
    for i, inc in enumerate(incs):
        if not isinstance(inc, dict):
            out.append(f"incident {i}: not an object")
            continue
        out += [f"incident {i}: {m}" for m in check_incident(inc, text, names)]
    return out


def check_files(paths: list[str]) -> tuple[int, list[GoldProblem]]:
    """Check gold files; return the number of documents read and the problems found.

    A document pointing at a corpus text (rasid.eval.corpus) is checked against that text; when
    the corpora folder is absent it is counted as read and its check is skipped.
    """
    from rasid.eval.corpus import CorpusMissing, resolve

    names = canonical_actor_names()
    problems: list[GoldProblem] = []
    seen: dict[str, str] = {}
    ndocs = 0
    for path in iter_gold_files(paths):
        try:
            for line, doc in read_gold(path):
                ndocs += 1
                doc_id = doc.get("id")
                if not doc_id:
                    problems.append(GoldProblem(str(path), line, None, "id missing"))
                elif doc_id in seen:
                    problems.append(GoldProblem(str(path), line, doc_id, f"id also in {seen[doc_id]}"))
                else:
                    seen[doc_id] = f"{path}:{line}"
                try:
                    doc = resolve(doc)
                except CorpusMissing:
                    continue
                except ValueError as exc:
                    problems.append(GoldProblem(str(path), line, doc_id, str(exc)))
                    continue
                for m in check_document(doc, names):
                    problems.append(GoldProblem(str(path), line, doc_id, m))
        except (OSError, ValueError) as exc:
            problems.append(GoldProblem(str(path), 0, None, str(exc)))
    return ndocs, problems


def main(argv: list[str] | None = None) -> int:
    """Check gold files named on the command line; exit 1 when a problem is found."""
    args = sys.argv[1:] if argv is None else argv
    if not args:
        print("usage: python -m rasid.eval.gold GOLD.jsonl|DIR ...", file=sys.stderr)
        return 2
    ndocs, problems = check_files(args)
    for p in problems:
        print(p)
    print(f"{ndocs} documents, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
