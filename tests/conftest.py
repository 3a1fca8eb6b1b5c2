"""Fixtures: every database test runs on SQLite and on PostgreSQL, each starting from a
freshly migrated database.

PostgreSQL comes from WAREHOUSE_TEST_PG_URL (``.ci/run`` sets it). Locally, without
it, the PostgreSQL half is skipped; in CI (CI=true) its absence is a failure, so
the PostgreSQL run can never silently disappear.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, insert, make_url, select, text

from tests.shipping_fixtures import goods, loader, manager  # noqa: F401  (fixtures: goods in stock; a loader, a manager)
from warehouse_app.core.access.operators import add_operator
from warehouse_app.core.context import Actor
from warehouse_app.db.database import Database
from warehouse_app.db.migrate import upgrade
from warehouse_app.db.models import Base

PG_ENV = "WAREHOUSE_TEST_PG_URL"


def pg_base_url() -> str | None:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} is not set in CI: the PostgreSQL tests must run")
        return None
    return url


def make_pg_database(name: str) -> str:
    """A brand-new empty PostgreSQL database on the test server; returns its URL."""
    base = pg_base_url()
    if base is None:
        pytest.skip(f"PostgreSQL not configured ({PG_ENV})")
    url = make_url(base).set(drivername="postgresql+psycopg")
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return url.set(database=name).render_as_string(hide_password=False)


def _run_suffix() -> str:
    """Unique per test run, so two runs on one server never drop each other's database."""
    return f"{os.environ.get('PYTEST_XDIST_WORKER', 'main')}_{os.getpid()}"


def drop_pg_database(url: str) -> None:
    parsed = make_url(url)
    admin = create_engine(parsed.set(database=make_url(pg_base_url() or url).database), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)'))
    admin.dispose()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "warehouse.sqlite3"
    db = Database(str(path))
    upgrade(db)
    db.dispose()
    return path


class PgTemplate:
    """One migrated PostgreSQL database, put back to its just-migrated rows before each test."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.db = Database(url)
        upgrade(self.db)
        with self.db.engine.connect() as conn:
            self.rows = {t.name: [dict(r._mapping) for r in conn.execute(select(t))] for t in Base.metadata.sorted_tables}

    def reset(self) -> None:
        tables = Base.metadata.sorted_tables
        with self.db.engine.begin() as conn:
            conn.execute(text("TRUNCATE " + ", ".join(f'"{t.name}"' for t in tables) + " RESTART IDENTITY CASCADE"))
            for table in tables:
                if self.rows[table.name]:
                    conn.execute(insert(table), self.rows[table.name])
                if "id" in table.c:
                    conn.execute(text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"COALESCE((SELECT MAX(id) FROM \"{table.name}\"), 0) + 1, false)"
                    ))


@pytest.fixture(scope="session")
def pg_template() -> Iterator[PgTemplate]:
    template = PgTemplate(make_pg_database(f"aid_warehouse_test_{_run_suffix()}"))
    yield template
    template.db.dispose()
    drop_pg_database(template.url)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> str:
    """The URL of a freshly migrated database, on each backend in turn."""
    if request.param == "sqlite":
        target = tmp_path / "warehouse.sqlite3"
        shutil.copyfile(sqlite_template, target)
        return f"sqlite:///{target}"
    template: PgTemplate = request.getfixturevalue("pg_template")
    template.reset()
    return template.url


@pytest.fixture
def db(db_url: str) -> Iterator[Database]:
    database = Database(db_url)
    yield database
    database.dispose()


@pytest.fixture
def sqlite_db(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    target = tmp_path / "warehouse.sqlite3"
    shutil.copyfile(sqlite_template, target)
    database = Database(str(target))
    yield database
    database.dispose()


@pytest.fixture
def actor(db: Database) -> Actor:
    """A manager: the tests of what a service does run as someone allowed to do it; the tests
    of who may do what (tests/core/test_roles.py) make staff and loaders of their own."""
    with db.write() as session:
        return Actor(add_operator(session, "Test Operator", "manager").id, "station-1")


@pytest.fixture(autouse=True)
def _user_data_in_tmp(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """The user data folder (Linux: $XDG_DATA_HOME) of every test is its own: a crash log from
    a bug planted by a test never lands in the real one."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path_factory.mktemp("user-data")))
