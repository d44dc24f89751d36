"""rasid bench runs end to end on tiny settings and prints each part's line (the numbers are not tested)."""

from __future__ import annotations

import subprocess
import sys


def test_bench_prints_every_part() -> None:
    p = subprocess.run([sys.executable, "-m", "rasid.cli", "bench", "--docs", "30", "--ingest-docs", "6",
                        "--merge-sizes", "300,600", "--big-mb", "1", "--stream-seconds", "1"],
                       capture_output=True, text=True, encoding="utf-8", timeout=600)
    assert p.returncode == 0, p.stderr
    for head in ("memory       generated", "memory       read all", "extract      30 documents", "workers 1 ",
                 "workers 2 ", "scaling      x", "ingest       SQLite, 1 worker(s): 6 documents",
                 "ingest       SQLite, 2 worker(s): 6 documents", "merge        300 mentions", "merge        600 mentions"):
        assert head in p.stdout, (head, p.stdout)
    assert "(n log n: x" in p.stdout
