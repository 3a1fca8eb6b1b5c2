"""Migrations: a database made by the first migration, holding data, upgrades to head."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from warehouse_app.db.database import Database
from warehouse_app.db.migrate import current_revision, head_revision, upgrade
from warehouse_app.db.models import Base

FIRST = "0001"


def _fill_first_schema(db: Database) -> None:
    """Data as the first schema allowed it: a category, an item, a lot, a place, one receipt."""
    now = datetime.now(UTC).replace(tzinfo=None)
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO category (id, code, name_pl, name_en, name_uk, archived) "
                          "VALUES (500, 'OLD', 'Stare', 'Old', 'Старе', false)"))
        conn.execute(text("INSERT INTO item (id, name, category_id, unit, tracks_expiry, archived, created_at) "
                          "VALUES (1, 'Koc', 500, 'pcs', false, false, :now)"), {"now": now})
        conn.execute(text("INSERT INTO lot (id, item_id, lot_code) VALUES (1, 1, '')"))
        conn.execute(text("INSERT INTO location (id, kind, code, name, path, archived, created_at) "
                          "VALUES (900, 'warehouse', 'LC000900', 'Old hall', '/900/', false, :now)"), {"now": now})
        conn.execute(text("INSERT INTO operator (id, name, role, active) VALUES (1, 'Ola', 'staff', true)"))
        conn.execute(text("INSERT INTO movement (id, kind, item_id, lot_id, quantity, to_location_id, operator_id, "
                          "station, created_at) VALUES (1, 'receive', 1, 1, 5000, 900, 1, 's1', :now)"), {"now": now})
        conn.execute(text("INSERT INTO stock_level (id, item_id, lot_id, location_id, quantity) "
                          "VALUES (1, 1, 1, 900, 5000)"))


def _fresh_url(request: pytest.FixtureRequest, tmp_path: Path, backend: str) -> str:
    if backend == "sqlite":
        return str(tmp_path / "old.sqlite3")
    from tests.conftest import make_pg_database

    return make_pg_database(f"aid_warehouse_migration_test_{os.getpid()}")


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_first_migration_with_data_upgrades_to_head(request, tmp_path: Path, backend: str) -> None:
    url = _fresh_url(request, tmp_path, backend)
    db = Database(url)
    try:
        upgrade(db, FIRST)
        assert current_revision(db) == FIRST
        _fill_first_schema(db)
        report = upgrade(db)
        assert (report.before, report.after, current_revision(db)) == (FIRST, head_revision(), head_revision())
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM item WHERE id = 1")).scalar_one() == "Koc"
            assert conn.execute(text("SELECT quantity FROM stock_level WHERE id = 1")).scalar_one() == 5000
            # the default data came in beside the old rows
            assert conn.execute(text("SELECT count(*) FROM category")).scalar_one() > 10
            tables = set(inspect(conn).get_table_names())
        assert {t.name for t in Base.metadata.sorted_tables} <= tables
        if backend == "sqlite":
            assert report.backup is not None and report.backup.exists()
            with sqlite3.connect(report.backup) as copy:
                assert copy.execute("SELECT name FROM item").fetchall() == [("Koc",)]
                assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(FIRST,)]
    finally:
        db.dispose()
        if backend == "postgresql":
            from tests.conftest import drop_pg_database

            drop_pg_database(url)


def test_upgrading_an_up_to_date_database_does_nothing(sqlite_db: Database) -> None:
    report = upgrade(sqlite_db)
    assert report.before == report.after == head_revision() and report.backup is None


def test_a_new_empty_file_gets_no_backup(tmp_path: Path) -> None:
    db = Database(str(tmp_path / "new.sqlite3"))
    report = upgrade(db)
    db.dispose()
    assert report.before is None and report.backup is None
    assert not (tmp_path / "backups").exists()


def test_models_and_migrations_agree(sqlite_db: Database) -> None:
    """Autogenerate finds nothing to do: the migrations build exactly the models' schema."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with sqlite_db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": False}), Base.metadata)
    assert diff == []
