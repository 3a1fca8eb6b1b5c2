"""The SQL a unit of work runs, recorded for tests that say what a write may and may not read."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from warehouse_app.db.database import Database


@contextmanager
def recorded(db: Database) -> Iterator[list[str]]:
    """Every statement sent to the database inside the block, in order (lower case, one line)."""
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(" ".join(statement.lower().split()))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", record)
