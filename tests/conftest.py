"""Shared fixtures: the contract schema, the seed, the dev set (paths and helpers: testkit.py)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from testkit import DEV, SCHEMA, SEED_GOLD


@pytest.fixture(scope="session")
def validator():
    from jsonschema import Draft202012Validator

    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, Any]:
    if not SEED_GOLD.exists():
        pytest.skip(f"the seed gold lives in ../shared, absent here ({SEED_GOLD})")
    return json.loads(SEED_GOLD.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def dev_docs() -> list[dict[str, Any]]:
    from rasid.eval.gold import iter_gold_files, read_gold

    return [d for f in iter_gold_files([str(DEV)]) for _, d in read_gold(f)]
