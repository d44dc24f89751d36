"""Paths and helpers the tests share (imported as ``testkit``; conftest.py files only hold fixtures,
since several folders have one and ``from conftest import`` would pick whichever came first)."""

from __future__ import annotations

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
