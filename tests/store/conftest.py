"""Databases for the store tests: a SQLite file, and a real PostgreSQL server when one is given.

``.ci/run`` starts PostgreSQL from Debian's package on loopback and sets ``RASID_TEST_PG`` to a URL of
a database the tests may create databases in; it also sets ``RASID_REQUIRE_PG=1`` so that a missing
server fails the run instead of skipping. Each test gets a database of its own.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Iterator

import pytest
from sqlalchemy import create_engine, text

HERE = Path(__file__).parent


def _pg_admin_url() -> str | None:
    return os.environ.get("RASID_TEST_PG")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "rasid.db")
        return
    admin = _pg_admin_url()
    if not admin:
        if os.environ.get("RASID_REQUIRE_PG") == "1":
            pytest.fail("RASID_REQUIRE_PG=1 but RASID_TEST_PG is not set")
        pytest.skip("no PostgreSQL server (set RASID_TEST_PG; .ci/run does)")
    name = f"rasid_test_{uuid.uuid4().hex[:12]}"
    eng = create_engine(admin, isolation_level="AUTOCOMMIT")
    with eng.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    base = admin.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        from sqlalchemy.pool import NullPool  # noqa: F401  - connections of the test are closed by now

        with eng.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        eng.dispose()


@pytest.fixture
def reports() -> Path:
    return HERE / "reports.jsonl"
