"""The one place that knows SQLite and PostgreSQL spell upserts with their own insert()."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Dialect, Table, func, select, text
from sqlalchemy.orm import DeclarativeBase, Session

if TYPE_CHECKING:  # each dialect's module is imported when a statement is built for it (a SQLite start never loads PostgreSQL's)
    from sqlalchemy.dialects import postgresql, sqlite


def insert_for(session: Session | Dialect, table: Table | type[DeclarativeBase]) -> postgresql.Insert | sqlite.Insert:
    """An INSERT that has ``on_conflict_do_nothing`` / ``on_conflict_do_update`` on both databases."""
    dialect = session if isinstance(session, Dialect) else session.get_bind().dialect
    if dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(table)
    from sqlalchemy.dialects import sqlite

    return sqlite.insert(table)


def reserve_ids(session: Session, table: Table, n: int) -> list[int]:
    """``n`` new primary keys of ``table`` for a multi-row INSERT that gives them (no RETURNING
    per row): taken from the table's sequence on PostgreSQL, safe beside other stations;
    on SQLite the ids after the highest, which is what SQLite would give (its write lock,
    ``BEGIN IMMEDIATE``, is held by every write transaction: call it only in one)."""
    if n <= 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        query = text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :n)")
        return [int(i) for i in session.execute(query, {"table": table.name, "n": n}).scalars()]
    top = int(session.execute(select(func.max(table.c.id))).scalar() or 0)
    return list(range(top + 1, top + n + 1))
