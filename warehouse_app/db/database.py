"""Engine and unit-of-work set-up for SQLite (default) and PostgreSQL.

One ``Database`` is made at start-up. Each user action runs in one unit of
work: ``with db.write() as session: service(session, ...)`` commits once at the
end or rolls everything back. Services never commit themselves.

SQLite: WAL journal, foreign keys on, a busy timeout, ``synchronous=FULL`` so an
acknowledged commit survives a power cut, and ``BEGIN IMMEDIATE`` for write
units only, so two stations never deadlock upgrading read locks to write locks.

PostgreSQL: the driver runs in autocommit and each unit's BEGIN is queued
(``db/pipeline.py``), so it reaches the server together with the unit's first
statement; writes a service deferred go out together with the COMMIT. The connection
is checked with a ping only when it has lain idle a while (``PING_AFTER_IDLE_S``), not
before every unit: a station scanning away pays no extra round trip per scan, and one
that has waited gets a fresh connection if the old one died meanwhile.
"""

from __future__ import annotations

import select
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, make_url
from sqlalchemy.engine import URL, ExceptionContext
from sqlalchemy.exc import ArgumentError, DisconnectionError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry, PoolProxiedConnection

from warehouse_app.db import pipeline
from warehouse_app.db.file_lock import FileLock, guard_replacement, hold_shared
from warehouse_app.kernel.errors import BadInput
from warehouse_app.kernel.paths import check_path
from warehouse_app.kernel.safe_text import mask_passwords, shown, undecodable
from warehouse_app.kernel.safe_write import create_private

BUSY_TIMEOUT_MS = 15_000
PING_AFTER_IDLE_S = 10.0
_WRITE = "warehouse_write"
_IDLE_SINCE = "warehouse_idle_since"
# A server that drops off the network is noticed in seconds, not minutes (the TCP defaults):
# an offline station then keeps scans on the laptop (station/offline_queue.py) instead of
# hanging. libpq's options, passed through by psycopg.
PG_CONNECT_ARGS = {"connect_timeout": 5, "keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 3,
                   "keepalives_count": 3, "tcp_user_timeout": 10_000}


def _socket_has_news(dbapi_connection: Any) -> bool:
    """An idle PostgreSQL connection whose socket is readable (the server closed it, or sent
    a notice): worth a ping before it is used. False where it cannot be told."""
    try:
        fd = dbapi_connection.pgconn.socket
        readable, _, _ = select.select([fd], [], [], 0)
    except Exception:  # closed already (the ping then fails and replaces it), or not psycopg
        return True
    return bool(readable)


def normalise_url(url: str) -> URL:
    """Accept a plain path or ``postgresql://`` and return the URL we connect with."""
    text = url.strip()
    if not text:
        raise BadInput("The database address is empty.")
    shown_url = mask_passwords(shown(url))
    if undecodable(text):
        raise BadInput("The database address {url} is not valid text (UTF-8).", url=shown_url)
    if "\x00" in text:
        raise BadInput("The database address {url} holds a NUL character.", url=shown_url.replace("\x00", "\\0"))
    if "://" not in text:
        check_path(text, "database file")
        text = f"sqlite:///{Path(text).expanduser().resolve()}"
    try:
        parsed = make_url(text)
    except ArgumentError:
        raise BadInput("{url} is not a database address this app understands.", url=shown_url) from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise BadInput(
            "{url} is not SQLite or PostgreSQL, the two databases this app supports.", url=shown_url
        )
    return parsed


SQLiteValue = str | bytes | int | float | None


def _unicode_lower(value: SQLiteValue) -> SQLiteValue:
    return value.lower() if isinstance(value, str) else value


def _install_sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
        # Take transaction control away from the sqlite3 module; we emit BEGIN ourselves.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()
        # SQLite's own lower() knows only ASCII; Polish and Ukrainian names need Unicode.
        dbapi_connection.create_function("lower", 1, _unicode_lower, deterministic=True)

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        write = connection.get_execution_options().get(_WRITE, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def _install_postgresql_pipelining(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
        dbapi_connection.autocommit = True  # BEGIN and COMMIT are ours (below), so they can be pipelined
        record.info[_IDLE_SINCE] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_connection: Any, record: ConnectionPoolEntry, _proxy: PoolProxiedConnection) -> None:
        # SQLAlchemy's "pessimistic" recipe, but only after a pause (a ping is a round trip),
        # or when the idle socket has something to read: a server that restarted or closed
        # the connection has sent its goodbye, seen without a round trip.
        if time.monotonic() - record.info.get(_IDLE_SINCE, 0.0) < PING_AFTER_IDLE_S \
                and not _socket_has_news(dbapi_connection):
            return
        try:
            dbapi_connection.execute("SELECT 1").close()
        except Exception as exc:  # a dead socket: the pool replaces the connection and retries
            raise DisconnectionError() from exc

    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_connection: Any, record: ConnectionPoolEntry) -> None:
        record.info[_IDLE_SINCE] = time.monotonic()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Connection) -> None:
        pipeline.clear(connection)
        pipeline.queue(connection, *pipeline.BEGIN)

    # A SAVEPOINT and its RELEASE answer nothing a service needs (``ledger.replanned``): they
    # are queued like the BEGIN and go out, in order, with the next statement that waits. A
    # ROLLBACK TO SAVEPOINT still waits (the queue goes first: the attempt's own deferred
    # writes, undone with it). The dialect object is this engine's own.
    quote = engine.dialect.identifier_preparer.quote

    def _savepoint(connection: Connection, name: str) -> None:
        pipeline.queue(connection, f"SAVEPOINT {quote(name)}", None)

    def _release_savepoint(connection: Connection, name: str) -> None:
        pipeline.queue(connection, f"RELEASE SAVEPOINT {quote(name)}", None)

    setattr(engine.dialect, "do_savepoint", _savepoint)  # noqa: B010 - an instance's method, not the class's
    setattr(engine.dialect, "do_release_savepoint", _release_savepoint)  # noqa: B010

    @event.listens_for(engine, "before_cursor_execute")
    def _before_execute(connection: Connection, _cursor: Any, statement: str, _params: Any,
                        context: Any = None, *_args: Any) -> None:
        streams = context is not None and bool(context.execution_options.get("stream_results"))
        if streams or ";" in statement.strip().rstrip(";"):
            # A server-side cursor (yield_per) and several statements in one text are not
            # allowed in a pipeline: the queue goes first on its own.
            pipeline.flush(connection)
        else:
            pipeline.open_before(connection)  # the queue and this statement: one round trip

    @event.listens_for(engine, "after_cursor_execute")
    def _after_execute(connection: Connection, *_args: Any) -> None:
        pipeline.close_after(connection)

    @event.listens_for(engine, "handle_error")
    def _on_error(context: ExceptionContext) -> None:
        if context.connection is not None:
            pipeline.close_after(context.connection, context.original_exception)

    @event.listens_for(engine, "commit")
    def _on_commit(connection: Connection) -> None:
        # The driver's own commit() then finds no transaction open and sends nothing.
        if pipeline.only_begin(connection):
            pipeline.clear(connection)  # nothing was sent: nothing to commit
        elif pipeline.queued(connection):
            pipeline.flush(connection, then=[pipeline.COMMIT])

    @event.listens_for(engine, "rollback")
    def _on_rollback(connection: Connection) -> None:
        pipeline.clear(connection)  # the driver rolls back what reached the server


class Database:
    """The engine plus read and write units of work for one database URL."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = normalise_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        if self.is_sqlite and self.url.database not in (None, "", ":memory:"):
            folder = Path(self.url.database).parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise BadInput("The folder {folder} cannot hold the database: {reason}.",
                               folder=folder, reason=exc.strerror or exc) from None
        try:
            self.engine = create_engine(self.url, echo=echo, connect_args={} if self.is_sqlite else PG_CONNECT_ARGS)
        except (NoSuchModuleError, ImportError) as exc:
            raise BadInput("The database driver is not installed: {exc}", exc=mask_passwords(str(exc))) from None
        if self.is_sqlite:
            _install_sqlite_pragmas(self.engine)
        else:
            _install_postgresql_pipelining(self.engine)
            from warehouse_app.db.models import spell_partial_indexes_for_postgresql

            spell_partial_indexes_for_postgresql()
        self._lock = self._hold_file()
        self.write_engine = self.engine.execution_options(**{_WRITE: True})
        self._read_sessions = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(bind=self.write_engine, expire_on_commit=False)

    @property
    def sqlite_path(self) -> Path | None:
        if self.is_sqlite and self.url.database not in (None, "", ":memory:"):
            return Path(self.url.database)
        return None

    def display_name(self) -> str:
        """Where the data lives, for a status bar or a log line (never the password)."""
        if self.sqlite_path:
            return str(self.sqlite_path)
        return self.url.render_as_string(hide_password=True)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One user action that changes data: commit at the end, or change nothing."""
        with self._write_sessions() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only look; nothing is committed."""
        with self._read_sessions() as session:
            try:
                yield session
            finally:
                session.rollback()

    def dispose(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()

    def _hold_file(self) -> FileLock | None:
        """A SQLite file: made owner-only when new, held with a shared lock while open (a
        restore waits for every station to close it), and never written once replaced."""
        path = self.sqlite_path
        if path is None:
            return None
        with suppress(OSError):  # read-only media: SQLite says why when it opens the file
            create_private(path)
        guard_replacement(self.engine, path, lambda conn: bool(conn.get_execution_options().get(_WRITE, False)))
        return hold_shared(path)
