"""Build the real-text gold sets (issue "Real text") without copying article text into the project.

    python scripts/real_gold.py sample            # (re)write real/assignments.tsv: which articles, which split, which batch
    python scripts/real_gold.py show BATCH|ID...  # print articles to annotate (never run rasid on them first)
    python scripts/real_gold.py pack WORK.jsonl --name ar1   # writes real/dev/ar1.jsonl and real/test/ar1.jsonl

Annotators write *working* gold (CONTRACT.md section 5 with ``evidence`` as the exact words of the
text) in a scratch folder outside the project; ``pack`` checks it against the corpus text and
writes *reference* gold: ``corpus``, ``id``, ``sha256``, and evidence as ``{"start", "end"}``
offsets (rasid.eval.corpus), so no sentence of an article enters the project. Place names stay as
written (a place name is a fact, not prose).

The sample is drawn deterministically (sha1 of the id) so it can be rebuilt; the split is fixed
before anything is annotated: real-test is frozen, scored to report progress and never read to
choose a rule.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from rasid.eval.corpus import CORPUS_FILES, corpora_root, sha256, with_offsets, write_jsonl  # noqa: E402
from rasid.eval.gold import canonical_actor_names, check_document, read_gold  # noqa: E402

ASSIGN = Path(__file__).resolve().parent.parent / "real" / "assignments.tsv"
# English items are drawn from the theatres the gazetteer covers (rasid/geo/data): a summary about
# Ukraine or the Sahel cannot be placed yet, which says nothing about the engine's reading.
EN_REGIONS = {
    "gaza": r"\bGaza\b|Khan Yunis|Rafah|Jabalia|Deir al-Balah",
    "westbank": r"West Bank|Jenin|Tulkarm|Nablus|Hebron|Ramallah|Tubas",
    "lebanon": r"\bLebanon\b|Lebanese|Hezbollah",
    "syria": r"\bSyria\b|Syrian|Aleppo|Idlib|Damascus|Latakia|Deir ez-Zor|Homs",
    "iraq": r"\bIraq\b|Iraqi|Mosul|Baghdad|Kirkuk|Anbar",
    "yemen": r"\bYemen\b|Yemeni|Houthi|Sanaa|Hodeidah|Aden|Marib",
    "sudan": r"\bSudan\b|Sudanese|Darfur|Khartoum|El Fasher|Kordofan|Omdurman",
    "somalia": r"Somalia|al-Shabaab|Mogadishu|Puntland",
    "libya": r"\bLibya\b|Libyan|Tripoli|Benghazi",
}
AR_MAX_CHARS = 9000  # longer articles (about 7% of conflict.jsonl) are left out: annotation cost
AR_N, AR_TEST = 270, 110
EN_N, EN_TEST = 110, 45
AR_BATCH, EN_BATCH = 45, 55


def _h(s: str) -> int:
    return int(hashlib.sha1(s.encode("utf-8")).hexdigest()[:12], 16)


def _load(corpus: str) -> list[dict[str, Any]]:
    root = corpora_root()
    if root is None:
        sys.exit("real_gold: ../shared/corpora not found (set RASID_CORPORA)")
    with open(root / CORPUS_FILES[corpus], encoding="utf-8") as fh:
        return [json.loads(x) for x in fh if x.strip()]


def _round_robin(groups: dict[str, list[dict[str, Any]]], n: int) -> list[dict[str, Any]]:
    """Take n items, one from each group in turn (each group in hash order): every group is spread."""
    for g in groups.values():
        g.sort(key=lambda r: _h(r["id"]))
    out: list[dict[str, Any]] = []
    while len(out) < n and any(groups.values()):
        for k in sorted(groups):
            if groups[k] and len(out) < n:
                out.append(groups[k].pop(0))
    return out


def sample() -> None:
    ar: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in _load("saudinewsnet"):
        if len(r["text"]) <= AR_MAX_CHARS:
            ar[r["source"]].append(r)
    en: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in _load("wcep"):
        for region, pat in EN_REGIONS.items():
            if re.search(pat, r["text"]):
                en[region].append(r)
                break
    rows = []
    for lang, corpus, picked, ntest, size in (("ar", "saudinewsnet", _round_robin(ar, AR_N), AR_TEST, AR_BATCH),
                                              ("en", "wcep", _round_robin(en, EN_N), EN_TEST, EN_BATCH)):
        order = sorted(picked, key=lambda r: _h("split:" + r["id"]))
        test_ids = {r["id"] for r in order[:ntest]}
        for i, r in enumerate(sorted(picked, key=lambda r: _h("batch:" + r["id"]))):
            split = "test" if r["id"] in test_ids else "dev"
            rows.append((r["id"], corpus, lang, split, f"{lang}{i // size + 1}"))
    ASSIGN.parent.mkdir(exist_ok=True)
    with open(ASSIGN, "w", encoding="utf-8") as fh:
        fh.write("id\tcorpus\tlang\tsplit\tbatch\n")
        for row in sorted(rows, key=lambda x: (x[4], x[0])):
            fh.write("\t".join(row) + "\n")
    print(f"wrote {ASSIGN} ({len(rows)} articles)")


def assignments() -> dict[str, dict[str, str]]:
    with open(ASSIGN, encoding="utf-8") as fh:
        head = fh.readline().rstrip("\n").split("\t")
        return {r["id"]: r for r in (dict(zip(head, ln.rstrip("\n").split("\t"), strict=True)) for ln in fh if ln.strip())}


def _record(a: dict[str, str]) -> dict[str, Any]:
    from rasid.eval.corpus import corpus_record

    return corpus_record(a["corpus"], a["id"])


def _published(a: dict[str, str], rec: dict[str, Any]) -> str:
    return rec["date_extracted"][:10] if a["corpus"] == "saudinewsnet" else rec["date"]


def show(keys: list[str]) -> None:
    asg = assignments()
    ids = [i for k in keys for i in ([x for x, a in asg.items() if a["batch"] == k] or [k])]
    for i in ids:
        a = asg.get(i) or {"id": i, "corpus": "saudinewsnet" if i.startswith("snn-") else "wcep", "split": "?"}
        rec = _record(a)
        head = f"=== {i}  published={_published(a, rec)}"
        if a["corpus"] == "saudinewsnet":
            head += f"  source={rec['source']}\nTITLE: {rec.get('title', '')}"
        else:
            head += f"\nCONTEXT: {' > '.join(rec.get('context') or [])}"
        print(head)
        print(rec["text"])
        print()


def pack(work: Path, name: str) -> int:
    asg = assignments()
    names = canonical_actor_names()
    problems = 0
    docs = []
    for n, w in read_gold(work):
        a = asg.get(w.get("id", ""))
        if a is None:
            print(f"{work}:{n}: {w.get('id')!r} is not in real/assignments.tsv")
            problems += 1
            continue
        rec = _record(a)
        text = rec["text"]
        full = {"id": a["id"], "lang": a["lang"], "published": _published(a, rec), "text": text,
                "incidents": w.get("incidents", [])}
        msgs = check_document(full, names)
        incs, _ = with_offsets(w.get("incidents", []), text)  # the first occurrence (checked by hand)
        for m in msgs:
            print(f"{work}:{n}: {a['id']}: {m}")
        problems += len(msgs)
        doc = {"id": a["id"], "corpus": a["corpus"], "sha256": sha256(text), "lang": a["lang"],
               "published": full["published"], "split": a["split"], "kind": w.get("kind"),
               "incidents": incs, "notes": w.get("notes", "")}
        docs.append(doc)
    if problems:
        print(f"{problems} problems: nothing written")
        return 1
    for split in ("dev", "test"):
        write_jsonl(ASSIGN.parent / split / f"{name}.jsonl", [d for d in docs if d["split"] == split])
    return 0


def main() -> int:
    import signal

    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `show ... | head` ends quietly
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("sample")
    sp = sub.add_parser("show")
    sp.add_argument("keys", nargs="+")
    pp = sub.add_parser("pack")
    pp.add_argument("work", type=Path)
    pp.add_argument("--name", required=True, help="file name under real/dev and real/test (the batch)")
    args = ap.parse_args()
    if args.cmd == "sample":
        sample()
        return 0
    if args.cmd == "show":
        show(args.keys)
        return 0
    return pack(args.work, args.name)


if __name__ == "__main__":
    raise SystemExit(main())
