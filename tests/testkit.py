"""Paths and helpers the tests share (imported as ``testkit``; conftest.py files only hold fixtures,
since several folders have one and ``from conftest import`` would pick whichever came first)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV = ROOT / "dev"
SEED_GOLD = SHARED / "seed" / "seed-article.gold.json"
SCHEMA = SHARED / "schema" / "extract-output.schema.json"
if not SCHEMA.exists():  # a checkout without ../shared: the copy kept in docs/
    SCHEMA = ROOT / "docs" / "schema" / "extract-output.schema.json"


def check_output(out: dict[str, Any], text: str, validator) -> None:  # type: ignore[no-untyped-def]
    """Schema-valid, and every span quotes the text at its offsets."""
    from rasid.eval.score import span_violations

    errors = sorted(validator.iter_errors(out), key=str)
    assert not errors, [e.message for e in errors[:5]]
    assert span_violations(text, out) == []


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the installed CLI as a user would."""
    return subprocess.run([sys.executable, "-m", "rasid.cli", *args], input=stdin, capture_output=True,
                          cwd=cwd, timeout=300)


def run_cli_into_closed_pipe(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    """Run the CLI with a standard output whose reader has already gone (``rasid ... | head -0``).

    The read end is closed before the command starts, so its first write meets a closed pipe however
    little it prints (a reader that closes after a line races with output that fits the pipe's buffer).
    """
    r, w = os.pipe()
    os.close(r)
    try:
        return subprocess.run([sys.executable, "-m", "rasid.cli", *args], input=stdin, stdout=w,
                              stderr=subprocess.PIPE, timeout=300)
    finally:
        os.close(w)


def assert_quiet_on_closed_pipe(p: subprocess.CompletedProcess) -> None:
    """Ended by the closed pipe as Unix tools end (status 141), with nothing on standard error."""
    assert p.stderr.decode() == "", p.stderr.decode()[-2000:]
    assert p.returncode == 141
