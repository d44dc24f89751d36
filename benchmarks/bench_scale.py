"""Scale benchmark: the same as ``rasid bench`` (see rasid/scale/bench.py), from a checkout.

    python benchmarks/bench_scale.py [--docs 2000] [--workers 2] [--pg URL] [--big-gb 1]

Reports numbers; it is not a test.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from rasid.cli import main  # noqa: E402

if __name__ == "__main__":
    sys.exit(main(["bench", *sys.argv[1:]]))
