"""Bring a database to the newest schema, backing up a SQLite file that holds data first.

A database already at the newest schema (every start but the first after an update) is
told by one look at ``alembic_version`` against the newest revision named in the
migration files, so a start or a command never imports Alembic (and its Mako and
Pygments): Alembic loads only when there is something to migrate.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, cast

from sqlalchemy import Connection, inspect, text

from warehouse_app.db.backup import backup_sqlite, timestamped_backup_name
from warehouse_app.db.database import Database
from warehouse_app.db.schema_guard import lock_upgrades, refuse_newer

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSIONS_DIR = MIGRATIONS_DIR / "versions"

# A migration file's own identifiers, as Alembic's template writes them: revision = "0009",
# down_revision = "0008" (or None); a typed form (revision: str = ...) is read too.
_IDENTIFIER = re.compile(r"""^(revision|down_revision)\s*(?::[^=\n]*)?=\s*(?:None|(['"])([^'"\n]+)\2)\s*$""", re.M)


@dataclass(frozen=True)
class UpgradeReport:
    before: str | None
    after: str
    backup: Path | None


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


@cache
def _chain() -> tuple[frozenset[str], str | None]:
    """Every revision the migration files name, and the one no other file builds on (the
    head), read as text without importing them; None when that is not one plain chain (a
    merge, a branch, a file this reading does not understand): then Alembic answers."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in sorted(VERSIONS_DIR.glob("*.py")):
        found = {key: value for key, _quote, value in _IDENTIFIER.findall(path.read_text(encoding="utf-8"))}
        if "revision" not in found or not found["revision"]:
            return frozenset(), None
        revisions.add(found["revision"])
        if found.get("down_revision"):
            parents.add(found["down_revision"])
    heads = revisions - parents
    if not parents <= revisions or len(heads) != 1:
        return frozenset(revisions), None
    return frozenset(revisions), heads.pop()


def _alembic_revisions() -> tuple[frozenset[str], str]:
    from alembic.script import ScriptDirectory

    scripts = ScriptDirectory.from_config(alembic_config())
    head = scripts.get_current_head()
    assert head is not None
    return frozenset(rev.revision for rev in scripts.walk_revisions()), head


def head_revision() -> str:
    """The newest schema this app knows (tests/db/test_migrations.py checks it is Alembic's head)."""
    head = _chain()[1]
    return head if head is not None else _alembic_revisions()[1]


def known_revisions() -> frozenset[str]:
    """Every schema revision this app can upgrade from (a database at another was made by a newer app)."""
    revisions, head = _chain()
    return revisions if head is not None else _alembic_revisions()[0]


def current_revision(db: Database) -> str | None:
    """The revision stored in the database (None: a new one), in one read of ``alembic_version``."""
    with db.engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        stored = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        if len(stored) <= 1:
            return stored[0] if stored else None
        from alembic.runtime.migration import MigrationContext  # several heads: Alembic's own word

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
    """Migrate to ``revision``; a no-op (no backup, and no Alembic loaded) when already there."""
    before = current_revision(db)
    refuse_newer(before, known_revisions())  # a newer build's database: one sentence, not a traceback
    target = head_revision() if revision == "head" else revision
    if before == target:
        return UpgradeReport(before, target, None)
    from alembic import command

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
