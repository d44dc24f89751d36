"""Scale tests: the store tests' databases (SQLite, and PostgreSQL when RASID_TEST_PG is set) and a batch."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from scale_checks import batch

from rasid.model import Document

_spec = importlib.util.spec_from_file_location("rasid_tests_store_conftest",
                                               Path(__file__).parent.parent / "store" / "conftest.py")
assert _spec is not None and _spec.loader is not None
_store = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_store)
db_url = _store.db_url  # the same fixture: each test a fresh database of its own


@pytest.fixture
def docs() -> list[Document]:
    return batch(40)
