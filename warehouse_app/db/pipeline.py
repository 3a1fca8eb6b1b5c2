"""PostgreSQL over a slow link: statements that need no answer wait and travel together.

Over a network every statement that waits for its answer costs a round trip (40 ms
each way on a poor Wi-Fi or VPN link: 80 ms per statement). psycopg 3's pipeline mode
sends several statements and waits once. This module keeps, per connection, a queue of
statements whose answers nobody needs:

- ``BEGIN`` of every unit of work (the connection runs in autocommit at the driver and
  ``Database`` queues the BEGIN itself, so it goes out with the unit's first statement
  instead of alone);
- writes a service *defers* (``Prepared.defer``): the ledger rows of a scan, whose
  results the service already knows;

and sends the queue in one pipelined batch together with the next statement that waits
(``Prepared.rows``/``batch``, or one SQLAlchemy runs: ``open_before``/``close_after``
around it), or with the COMMIT (``Database``). Statements run in the order they were queued, each its own statement
(its own snapshot at READ COMMITTED, its own locks in turn), exactly as if sent one by
one; only the waiting in between is gone. An error in a deferred write surfaces at the
next statement or at the commit, and the unit of work rolls back as it would have.

SQLite never queues: it is local, and ``defer`` runs the statement at once.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol, cast

from sqlalchemy import Connection

_QUEUE = "warehouse_queued"  # in the pooled connection's info: [(sql, params), ...]

Statement = tuple[str, Any]


class Cursor(Protocol):
    @property
    def description(self) -> Sequence[Any] | None: ...
    def fetchall(self) -> Sequence[Sequence[Any]]: ...
    def close(self) -> None: ...


class Driver(Protocol):
    """What sqlite3's and psycopg's connections both have: run SQL, get a cursor."""

    def execute(self, sql: str, params: Any, /) -> Cursor: ...


class _Pipelined(Driver, Protocol):
    """And psycopg's pipeline mode."""

    def pipeline(self) -> Any: ...


def queued(connection: Connection) -> list[Statement]:
    """This connection's queue (empty on SQLite)."""
    found: list[Statement] = connection.info.setdefault(_QUEUE, [])
    return found


def queue(connection: Connection, sql: str, params: Any) -> None:
    queued(connection).append((sql, params))


def clear(connection: Connection) -> None:
    connection.info[_QUEUE] = []


def only_begin(connection: Connection) -> bool:
    """Nothing but the unit's BEGIN is queued: nothing has reached the server yet."""
    return queued(connection) == [BEGIN]


BEGIN: Statement = ("BEGIN", None)
COMMIT: Statement = ("COMMIT", None)


def send(connection: Connection, statements: Sequence[Statement]) -> list[tuple[Cursor, bool]]:
    """The queue, then ``statements``, in one pipelined batch (one round trip); the
    cursors of ``statements`` with whether each returned rows. The queue is emptied
    first, so a failed batch is never sent again."""
    driver = cast(_Pipelined, connection.connection.driver_connection)
    waiting = queued(connection)
    clear(connection)
    if not waiting and len(statements) == 1:  # nothing to piggyback: a plain execute
        cursor = driver.execute(*statements[0])
        return [(cursor, cursor.description is not None)]
    with driver.pipeline():
        for sql, params in waiting:
            driver.execute(sql, params)
        cursors = [driver.execute(sql, params) for sql, params in statements]
    return [(cursor, cursor.description is not None) for cursor in cursors]


_OPEN = "warehouse_open_pipeline"


def open_before(connection: Connection) -> None:
    """Before SQLAlchemy runs a statement: send the queue in a pipeline left open, so that
    statement joins the batch (``close_after`` ends it and waits, once, for all)."""
    waiting = queued(connection)
    if not waiting:
        return
    clear(connection)
    driver = cast(_Pipelined, connection.connection.driver_connection)
    batch = driver.pipeline()
    batch.__enter__()
    connection.info[_OPEN] = batch
    for sql, params in waiting:
        driver.execute(sql, params)


def close_after(connection: Connection, failure: BaseException | None = None) -> None:
    """After that statement was sent (or failed to be): sync and take every answer; the
    first error among them is raised here."""
    batch = connection.info.pop(_OPEN, None)
    if batch is not None:
        batch.__exit__(type(failure) if failure else None, failure, failure.__traceback__ if failure else None)


def flush(connection: Connection, *, then: Sequence[Statement] = ()) -> None:
    """Send the queue (with ``then``, e.g. the COMMIT) if there is anything to send."""
    if queued(connection) or then:
        for cursor, _rows in send(connection, then):
            cursor.close()
