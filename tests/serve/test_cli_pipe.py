"""``rasid incidents --json | head -1`` on the serve tests' database (360 incidents, about a megabyte of
JSON: far more than a pipe's buffer, so the listing is still writing when ``head`` leaves)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_head_of_a_long_listing(filled_db: Path) -> None:
    cmd = [sys.executable, "-m", "rasid.cli", "incidents", "--db", str(filled_db), "--json", "--limit", "100000"]
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert p.stdout is not None and p.stderr is not None
    first = p.stdout.readline()
    p.stdout.close()  # the reader leaves after one line, as head -1 does
    err = p.stderr.read().decode()
    assert p.wait(timeout=120) == 141
    assert err == ""
    assert first.startswith(b'{"id": ')
