"""Hot-path statements: written once in SQLAlchemy Core, run on the driver's own cursor.

One scan is a handful of small statements, and SQLAlchemy's execution machinery
(cache lookup, parameter construction, result wrapping, events) costs more per
statement than SQLite needs to run one. A ``Prepared`` statement is compiled once per
dialect by SQLAlchemy itself (so SQLite and PostgreSQL each get their own spelling
and placeholders), keeps each parameter's bind processor and each result column's
result processor (so ``Qty`` still becomes integer thousandths and back, dates still
become ISO text on SQLite), and then executes on the DBAPI connection of the session's
current transaction: the same transaction, the same locks, none of the overhead.

Only statements whose parameters and results are plain columns belong here; anything
with expanding IN lists or server-side defaults stays on ``session.execute``.
Engine events (``before_cursor_execute``) do not see these statements.

On PostgreSQL they also save round trips (``db/pipeline.py``): a statement goes out in
one pipelined batch with whatever the connection has queued (the unit's BEGIN, writes
deferred before it); ``batch`` sends several that do not depend on each other at once;
``defer`` queues a write whose answer is not needed, to travel with the next statement
or the COMMIT. On SQLite each simply runs at once.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Connection, Dialect
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ReturnsRows

from warehouse_app.db import pipeline

Processor = Callable[[Any], Any] | None


@dataclass(frozen=True)
class _Plan:
    sql: str
    positional: bool
    params: tuple[tuple[str, str, Processor, Any], ...]  # (rendered name, caller's key, processor, default)
    results: tuple[Processor, ...]


class Prepared:
    """A Core statement compiled once per dialect; ``column_keys`` for INSERTs without values()."""

    def __init__(self, statement: ReturnsRows | Callable[[Dialect], ReturnsRows],
                 column_keys: Sequence[str] | None = None) -> None:
        self._statement = statement
        self._column_keys = list(column_keys) if column_keys is not None else None
        self._plans: dict[str, _Plan] = {}

    def _plan(self, dialect: Dialect) -> _Plan:
        plan = self._plans.get(dialect.name)
        if plan is None:
            plan = self._plans[dialect.name] = self._compile(dialect)
        return plan

    def _compile(self, dialect: Dialect) -> _Plan:
        statement = self._statement(dialect) if callable(self._statement) else self._statement
        compiled = statement.compile(dialect=dialect, column_keys=self._column_keys)
        if getattr(compiled, "insert_prefetch", None) or getattr(compiled, "update_prefetch", None):
            raise ValueError("a prepared statement must be given every column it writes")
        by_name = compiled.binds
        names = (compiled.positiontup or []) if compiled.positional else list(dict.fromkeys(compiled.bind_names.values()))
        params = []
        for name in names:
            bind = by_name[name]
            processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
            default = None if bind.required else bind.effective_value
            params.append((name, bind.key, processor, default))
        results = tuple(
            column.type.dialect_impl(dialect).result_processor(dialect, None)
            for column in statement.exported_columns
        )
        return _Plan(compiled.string, compiled.positional, tuple(params), results)

    def _bound(self, connection: Connection, params: Mapping[str, Any]) -> tuple[_Plan, pipeline.Statement]:
        plan = self._plan(connection.dialect)
        values = [(name, processor(params.get(key, default)) if processor else params.get(key, default))
                  for name, key, processor, default in plan.params]
        bound: Any = [value for _name, value in values] if plan.positional else dict(values)
        return plan, (plan.sql, bound)

    def rows(self, session: Session, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """Run in the session's transaction; every result row, processed."""
        return batch(session, [(self, params)])[0]

    def defer(self, session: Session, params: Mapping[str, Any]) -> None:
        """Run a write whose answer is not needed: on PostgreSQL queued to go with the next
        statement or the COMMIT (in order, in this transaction); on SQLite at once."""
        connection = session.connection()
        if connection.dialect.name != "postgresql":
            self.run(session, params)
            return
        pipeline.queue(connection, *self._bound(connection, params)[1])

    def first(self, session: Session, params: Mapping[str, Any]) -> tuple[Any, ...] | None:
        found = self.rows(session, params)
        return found[0] if found else None

    def scalar(self, session: Session, params: Mapping[str, Any]) -> Any:
        row = self.first(session, params)
        return row[0] if row is not None else None

    def run(self, session: Session, params: Mapping[str, Any]) -> None:
        self.rows(session, params)


def _processed(plan: _Plan, cursor: pipeline.Cursor, returns_rows: bool) -> list[tuple[Any, ...]]:
    try:
        if not returns_rows:
            return []
        fetched = cursor.fetchall()
    finally:
        cursor.close()
    if not any(plan.results):
        return [tuple(row) for row in fetched]
    return [tuple(p(v) if p else v for p, v in zip(plan.results, row, strict=True)) for row in fetched]


def batch(session: Session, statements: Sequence[tuple[Prepared, Mapping[str, Any]]]) -> list[list[tuple[Any, ...]]]:
    """Run statements that do not depend on each other's results, in order, in the
    session's transaction: on PostgreSQL in one round trip (with anything queued before
    them), on SQLite one after the other. Each statement's rows, processed."""
    connection = session.connection()
    bound = [prepared._bound(connection, params) for prepared, params in statements]
    if connection.dialect.name == "postgresql":
        cursors = pipeline.send(connection, [statement for _plan, statement in bound])
    else:
        driver = cast(pipeline.Driver, connection.connection.driver_connection)
        cursors = []
        for _plan, (sql, params) in bound:
            cursor = driver.execute(sql, params)
            cursors.append((cursor, cursor.description is not None))
    return [_processed(plan, cursor, rows) for (plan, _statement), (cursor, rows) in zip(bound, cursors, strict=True)]
