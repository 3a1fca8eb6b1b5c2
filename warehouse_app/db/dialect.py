"""The one place that knows SQLite and PostgreSQL spell upserts with their own insert()."""

from __future__ import annotations

from sqlalchemy import Dialect, Table
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import DeclarativeBase, Session


def insert_for(session: Session | Dialect, table: Table | type[DeclarativeBase]) -> postgresql.Insert | sqlite.Insert:
    """An INSERT that has ``on_conflict_do_nothing`` / ``on_conflict_do_update`` on both databases."""
    dialect = session if isinstance(session, Dialect) else session.get_bind().dialect
    if dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)
