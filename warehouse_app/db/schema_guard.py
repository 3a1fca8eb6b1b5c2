"""Stations on mixed versions: a database upgraded by a newer build is refused in one sentence
(never an Alembic traceback), and on PostgreSQL one station at a time upgrades.

A laptop updated on Monday and one updated on Friday can share one PostgreSQL server; the
older one must not guess at tables it does not know, so every command and the desktop app
stop with "update this station" (``NewerDatabase``, a ``Conflict``: exit 4).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from warehouse_app.kernel.errors import Conflict

# Any fixed number: every station's upgrade waits on the same PostgreSQL advisory lock.
UPGRADE_LOCK_KEY = 0x41_4957_4D49_4752  # "AIWMIGR"


class NewerDatabase(Conflict):
    """The database's schema revision is not one this build knows: a newer build made it."""

    def __init__(self, revision: str) -> None:
        super().__init__("This database was upgraded by a newer Aid Warehouse (revision {revision}); "
                         "update this station.", revision=revision)
        self.revision = revision


def refuse_newer(revision: str | None, known: frozenset[str]) -> None:
    """Raise ``NewerDatabase`` when ``revision`` (the database's) is not in this build's history
    (``known``: read from the migration files, without loading Alembic)."""
    if revision is not None and revision not in known:
        raise NewerDatabase(revision)


def lock_upgrades(conn: Connection) -> None:
    """PostgreSQL: inside the upgrade's transaction, wait until no other station is upgrading
    (released at commit or rollback). Alembic then reads the revision again, after the lock,
    so the second station finds the work done. SQLite needs none: BEGIN IMMEDIATE serialises."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK_KEY})
