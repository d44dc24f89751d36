"""Shared fixtures: the contract schema, the seed, the dev set, and a runner for the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DEV = ROOT / "dev"
SEED_GOLD = SHARED / "seed" / "seed-article.gold.json"
SCHEMA = SHARED / "schema" / "extract-output.schema.json"
if not SCHEMA.exists():  # a checkout without ../shared: the copy kept in docs/
    SCHEMA = ROOT / "docs" / "schema" / "extract-output.schema.json"


@pytest.fixture(scope="session")
def validator():
    from jsonschema import Draft202012Validator

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def check_output(out: dict[str, Any], text: str, validator) -> None:
    """Schema-valid, and every span quotes the text at its offsets."""
    from rasid.eval.score import span_violations

    errors = sorted(validator.iter_errors(out), key=str)
    assert not errors, [e.message for e in errors[:5]]
    assert span_violations(text, out) == []


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, Any]:
    if not SEED_GOLD.exists():
        pytest.skip(f"the seed gold lives in ../shared, absent here ({SEED_GOLD})")
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def dev_docs() -> list[dict[str, Any]]:
    from rasid.eval.gold import iter_gold_files, read_gold

    return [d for f in iter_gold_files([str(DEV)]) for _, d in read_gold(f)]


def run_cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run the installed CLI as a user would."""
    return subprocess.run([sys.executable, "-m", "rasid.cli", *args], input=stdin, capture_output=True,
                          cwd=cwd, timeout=300)
