"""Extraction time and peak memory on one long document (issue 14: time linear in a document's length).

    python benchmarks/bench_long.py                    # 0.25, 1, 4 and 10 MB documents
    python benchmarks/bench_long.py --mb 1 10 --kind repeat

A document of N MB (UTF-8 bytes) is built from the dev set's texts, one after another as the
paragraphs of a long report (``--kind mixed``: many events and places), or from one report repeated
(``--kind repeat``: the same events and places told again and again, the worst case for grouping).
Each size runs in a fresh process; its peak resident memory is that process's maximum RSS.
Targets: a 1 MB report in <= 5 s and a 10 MB one in <= 60 s with <= 500 MB of memory.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def build(mb: float, kind: str) -> str:
    from rasid.eval.gold import iter_gold_files, read_gold

    texts = [d["text"] for f in iter_gold_files([str(ROOT / "dev")]) for _, d in read_gold(f) if d.get("lang") == "ar"]
    if kind == "repeat":
        texts = [max(texts, key=len)]
    target = int(mb * 1_000_000)
    parts: list[str] = []
    size = i = 0
    while size < target:
        t = texts[i % len(texts)]
        parts.append(t)
        size += len(t.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(parts)


def child(mb: float, kind: str) -> None:
    from rasid.pipeline import extract_text

    text = build(mb, kind)
    extract_text("قتل مدني في غارة على حلب", published="2020-01-01")  # load data before timing
    t0 = time.perf_counter()
    out = extract_text(text, published="2020-01-01")
    secs = time.perf_counter() - t0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"mb": round(len(text.encode("utf-8")) / 1e6, 2), "chars": len(text), "seconds": round(secs, 2),
                      "incidents": len(out["incidents"]), "peak_rss_mb": round(peak_mb)}))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, nargs="+", default=[0.25, 1, 4, 10])
    ap.add_argument("--kind", choices=("mixed", "repeat"), default="mixed")
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        child(args.mb[0], args.kind)
        return 0
    print(f"{'MB':>6} {'chars':>9} {'seconds':>8} {'s/MB':>6} {'incidents':>9} {'peak MB':>8}   ({args.kind})")
    for mb in args.mb:
        res = subprocess.run([sys.executable, __file__, "--child", "--kind", args.kind, "--mb", str(mb)],
                             capture_output=True, text=True, check=True)
        r = json.loads(res.stdout.strip().splitlines()[-1])
        print(f"{r['mb']:>6} {r['chars']:>9} {r['seconds']:>8} {r['seconds'] / r['mb']:>6.2f} {r['incidents']:>9} "
              f"{r['peak_rss_mb']:>8}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
