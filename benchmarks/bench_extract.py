"""Extraction speed and memory: documents/s and MB/s on one core, peak resident memory.

The corpus is built from the dev set's texts, each varied (sentences rotated, digits changed) so
that no two documents are the same string: ``python benchmarks/bench_extract.py [--docs 10000]``.
Reports numbers; it is not a test.
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rasid.eval.gold import iter_gold_files, read_gold  # noqa: E402
from rasid.model import Document  # noqa: E402
from rasid.pipeline import extract_document  # noqa: E402


def corpus(n: int, seed: int = 7, *, min_kb: float = 0.0) -> list[Document]:
    """``n`` varied documents from the dev texts of at least ``min_kb`` KB."""
    rng = random.Random(seed)
    base = [d for f in iter_gold_files([str(ROOT / "dev")]) for _, d in read_gold(f)
            if len(d["text"].encode("utf-8")) >= min_kb * 1024]
    docs = []
    for i in range(n):
        d = base[i % len(base)]
        parts = d["text"].split("\n")
        k = rng.randrange(len(parts))
        text = "\n".join(parts[k:] + parts[:k]).replace("1", str(rng.randrange(1, 9)))
        docs.append(Document(text=text, id=f"b{i}", lang=d.get("lang")))
    return docs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10000)
    ap.add_argument("--min-kb", type=float, default=0.0,
                    help="only dev texts of at least this size (the dev texts average 1.5 KB; 1.8 for 2 KB reports)")
    args = ap.parse_args()
    t0 = time.perf_counter()
    extract_document(Document(text="تحميل", id="warm"))  # load lexicons and the gazetteer once
    load_s = time.perf_counter() - t0
    docs = corpus(args.docs, min_kb=args.min_kb)
    size = sum(len(d.text.encode("utf-8")) for d in docs)
    t0 = time.perf_counter()
    n_inc = 0
    for d in docs:
        r = extract_document(d)
        n_inc += len(getattr(r, "incidents", ()))
    dt = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"documents          {len(docs)}")
    print(f"mean size          {size / len(docs) / 1024:.2f} KB")
    print(f"incidents          {n_inc}")
    print(f"start-up (load)    {load_s:.2f} s")
    print(f"extraction         {dt:.2f} s")
    print(f"documents/s/core   {len(docs) / dt:.1f}")
    print(f"MB/s/core          {size / dt / 1e6:.3f}")
    print(f"peak RSS           {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
