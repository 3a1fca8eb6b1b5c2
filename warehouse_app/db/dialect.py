"""The one place that knows SQLite and PostgreSQL spell upserts with their own insert()."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Dialect
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session


def insert_for(session: Session | Dialect, table: Any) -> Any:
    """An INSERT that has ``on_conflict_do_nothing`` / ``on_conflict_do_update`` on both databases."""
    dialect = session if isinstance(session, Dialect) else session.get_bind().dialect
    if dialect.name == "postgresql":
        return postgresql.insert(table)
    return sqlite.insert(table)
