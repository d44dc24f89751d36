"""Opening the database: a SQLite file by default, PostgreSQL (psycopg) when given a URL.

``--db`` or ``RASID_DB`` takes a path (``incidents.db``) or a SQLAlchemy URL
(``postgresql+psycopg://user@localhost/rasid``; ``postgresql://`` is read as psycopg 3).
The schema is created and upgraded by Alembic: :func:`upgrade` runs the migrations in
``rasid/store/migrations`` up to the newest.
"""

from __future__ import annotations

import os
from importlib import resources as ires
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.orm import Session, sessionmaker

from rasid.errors import UsageError

DEFAULT_DB = "rasid.db"


def db_url(value: str | None = None) -> str:
    """A SQLAlchemy URL from ``--db``, ``RASID_DB`` or the default file ``rasid.db``."""
    v = value or os.environ.get("RASID_DB") or DEFAULT_DB
    if "://" in v:
        if v.startswith("postgresql://") or v.startswith("postgres://"):
            v = "postgresql+psycopg://" + v.split("://", 1)[1]
        return v
    path = Path(v)
    if path.is_dir():
        raise UsageError(f"{v}: is a folder, not a database file")
    if not path.resolve().parent.is_dir():
        raise UsageError(f"{v}: the folder for the database file does not exist")
    return f"sqlite:///{path}"


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    # WAL: readers (the web app) go on while ingest writes; NORMAL: a commit survives a killed process
    # (not a power cut), which is what "kill -9 leaves the database consistent" needs, at a fraction of FULL's cost.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def _sqlite_reader_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    # the web app's connections: pages read through a memory map of the file shared by every connection and
    # worker rather than copied into each connection's cache; sorts and temporary b-trees in memory
    cur.execute("PRAGMA mmap_size=268435456")
    cur.execute("PRAGMA cache_size=-16000")
    cur.execute("PRAGMA temp_store=MEMORY")
    cur.close()


def tune_for_reading(engine: Engine) -> None:
    """SQLite connections made from now on by ``engine`` get the readers' pragmas (memory map, larger cache);
    the ones already in its pool are closed. Nothing for PostgreSQL."""
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_reader_pragmas)
        engine.dispose()


def make_engine(value: str | None = None) -> Engine:
    url = db_url(value)
    if url.startswith("sqlite"):
        eng = create_engine(url)
        event.listen(eng, "connect", _sqlite_pragmas)
        return eng
    return create_engine(url, pool_pre_ping=True)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


def _alembic_config(engine: Engine):  # type: ignore[no-untyped-def]
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(ires.files("rasid.store").joinpath("migrations")))
    cfg.attributes["engine"] = engine
    return cfg


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Create or upgrade the schema (Alembic)."""
    from alembic import command

    command.upgrade(_alembic_config(engine), revision)


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def open_db(value: str | None = None, *, create: bool = True) -> tuple[Engine, sessionmaker[Session]]:
    """Engine and session factory; the schema is brought up to date first when ``create``."""
    engine = make_engine(value)
    if create:
        upgrade(engine)
    elif "documents" not in inspect(engine).get_table_names():
        raise UsageError(f"{value or os.environ.get('RASID_DB') or DEFAULT_DB}: no rasid database here "
                         "(run `rasid db upgrade` or `rasid ingest` first)")
    return engine, session_factory(engine)


def cannot_open(exc: Exception, value: str | None) -> UsageError:
    """A one-line usage error naming the database that could not be opened and why."""
    first = str(exc).splitlines()[0] if str(exc) else ""
    return UsageError(f"{value or os.environ.get('RASID_DB') or DEFAULT_DB}: cannot open the database "
                      f"({type(exc).__name__}: {first})")


def open_db_checked(value: str | None = None, *, create: bool = True) -> tuple[Engine, sessionmaker[Session]]:
    """:func:`open_db` for a command: a database that cannot be opened is a :class:`UsageError`.

    Raises:
        UsageError: the database cannot be opened or, without ``create``, holds no rasid schema.
    """
    from sqlalchemy.exc import SQLAlchemyError

    try:
        return open_db(value, create=create)
    except SQLAlchemyError as exc:
        raise cannot_open(exc, value) from None
