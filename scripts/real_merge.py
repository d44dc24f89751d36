"""Build the real merge set (issue 12) without copying article text into the project.

    python scripts/real_merge.py pack WORK.jsonl --out real-merge/dev/saudinewsnet.jsonl

Annotators write *working* gold in a scratch folder outside the project: one JSON line per document,
in the dev-merge format (CONTRACT.md section 5 plus an ``event`` label on every incident). A line
that points at a corpus article has ``corpus`` and ``id`` and gives each ``evidence`` as the exact
words of the article; ``pack`` checks every field against the corpus text and writes *reference*
gold: ``corpus``, ``id``, ``sha256``, ``lang``, ``published`` (the date part of ``date_extracted``)
and evidence as ``{"start", "end"}`` offsets (rasid.eval.corpus), so no sentence of an article
enters the project. A line that holds its own ``text`` (the English reports we wrote) is checked
and written as it is. Nothing is written while a problem remains.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from rasid.eval.corpus import CorpusMissing, corpus_record, sha256, with_offsets, write_jsonl  # noqa: E402
from rasid.eval.gold import canonical_actor_names, check_document, read_gold  # noqa: E402

_KEEP = ("id", "lang", "published", "source", "url", "text", "kind", "incidents", "notes")


def _event_problems(doc: dict[str, Any]) -> list[str]:
    return [f"incident {n}: event label missing" for n, inc in enumerate(doc.get("incidents") or [])
            if not isinstance(inc.get("event"), str) or not inc["event"]]


def _reference(w: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    rec = corpus_record(str(w["corpus"]), str(w["id"]))
    text = rec["text"]
    published = rec["date_extracted"][:10] if w["corpus"] == "saudinewsnet" else rec.get("date")
    lang = "ar" if w["corpus"] == "saudinewsnet" else "en"
    full = {"id": w["id"], "lang": lang, "published": published, "text": text, "incidents": w.get("incidents", [])}
    msgs = check_document(full, canonical_actor_names()) + _event_problems(full)
    incs, twice = with_offsets(w.get("incidents", []), text)
    msgs += twice
    doc = {"id": w["id"], "corpus": w["corpus"], "sha256": sha256(text), "lang": lang, "published": published,
           "source": rec.get("source"), "kind": w.get("kind"), "incidents": incs, "notes": w.get("notes", "")}
    return doc, msgs


def pack(work: Path, out: Path) -> int:
    names = canonical_actor_names()
    problems = 0
    docs = []
    for n, w in read_gold(work):
        if "text" in w:
            doc = {k: w[k] for k in _KEEP if k in w}
            msgs = check_document(doc, names) + _event_problems(doc)
        else:
            try:
                doc, msgs = _reference(w)
            except (CorpusMissing, ValueError) as exc:
                doc, msgs = w, [str(exc)]
        for m in msgs:
            print(f"{work}:{n}: {w.get('id')}: {m}")
        problems += len(msgs)
        docs.append(doc)
    if problems:
        print(f"{problems} problems: nothing written")
        return 1
    write_jsonl(out, docs)
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    pp = sub.add_parser("pack")
    pp.add_argument("work", type=Path)
    pp.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    return pack(args.work, args.out)


if __name__ == "__main__":
    raise SystemExit(main())
