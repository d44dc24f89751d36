"""A database filled once from the dev set and tests/store/reports.jsonl; each test gets a copy.

Ingesting the dev set takes seconds, so it is done once per session into a SQLite file; a test that
writes (ingest, review) works on its own copy of that file, never on the shared one.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Iterator

import pytest

from rasid.ingest.readers import read_paths
from rasid.store.db import open_db
from rasid.store.ingest import ingest

HERE = Path(__file__).parent
ROOT = HERE.parent.parent
SOURCES = [ROOT / "tests" / "store" / "reports.jsonl", *sorted((ROOT / "dev").glob("*.jsonl")), HERE / "untrusted.jsonl"]


@pytest.fixture(scope="session")
def filled_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("serve") / "filled.db"
    engine, factory = open_db(str(path))
    st = ingest(read_paths([str(p) for p in SOURCES]), factory, report=lambda _l: None)
    assert st.failed == 0 and st.stored > 100
    engine.dispose()  # the last connection closing checkpoints the WAL into the file
    return path


@pytest.fixture
def db_path(filled_db: Path, tmp_path: Path) -> Path:
    dst = tmp_path / "rasid.db"
    shutil.copyfile(filled_db, dst)
    return dst


@pytest.fixture
def app(db_path: Path):  # type: ignore[no-untyped-def]
    from rasid.serve import create_app

    return create_app(str(db_path), max_extract_bytes=20_000)


@pytest.fixture
def client(app) -> Iterator:  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c


@pytest.fixture
def token(app) -> str:  # type: ignore[no-untyped-def]
    from rasid.serve import tokens

    with app.state.factory.begin() as s:
        return tokens.create(s, "Layla Reviewer")
