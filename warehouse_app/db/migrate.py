"""Bring a database to the newest schema, backing up a SQLite file that holds data first."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import cast

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

from warehouse_app.db.backup import backup_sqlite, timestamped_backup_name
from warehouse_app.db.database import Database
from warehouse_app.db.schema_guard import lock_upgrades, refuse_newer

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


@dataclass(frozen=True)
class UpgradeReport:
    before: str | None
    after: str
    backup: Path | None


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _holds_data(db: Database) -> bool:
    path = db.sqlite_path
    if path is None or not path.exists() or path.stat().st_size == 0:
        return False
    with db.engine.connect() as conn:
        return bool(inspect(conn).get_table_names())


def _sqlite_pragma(conn: Connection, pragma: str) -> None:
    """Run a pragma on the raw driver connection, outside any transaction
    (SQLAlchemy would autobegin one, and foreign_keys is ignored inside it)."""
    cast(sqlite3.Connection, conn.connection.dbapi_connection).execute(pragma)


def upgrade(db: Database, revision: str = "head") -> UpgradeReport:
    """Migrate to ``revision``; a no-op (and no backup) when already there."""
    before = current_revision(db)
    refuse_newer(before, str(MIGRATIONS_DIR))  # a newer build's database: one sentence, not a traceback
    target = head_revision() if revision == "head" else revision
    if before == target:
        return UpgradeReport(before, target, None)
    backup = None
    if _holds_data(db):
        assert db.sqlite_path is not None
        backup = backup_sqlite(
            db.sqlite_path, timestamped_backup_name(db.sqlite_path, f"before-{target}")
        )
    cfg = alembic_config()
    with db.write_engine.connect() as conn:
        if db.is_sqlite:
            # Batch mode rebuilds tables; foreign keys must be off, and can only be
            # switched outside a transaction. They are checked before commit.
            _sqlite_pragma(conn, "PRAGMA foreign_keys = OFF")
        try:
            with conn.begin():
                lock_upgrades(conn)  # PostgreSQL: one station at a time
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                if db.is_sqlite:
                    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(f"migration broke foreign keys: {broken[:5]}")
        finally:
            if db.is_sqlite:
                _sqlite_pragma(conn, "PRAGMA foreign_keys = ON")
    return UpgradeReport(before, current_revision(db) or target, backup)
