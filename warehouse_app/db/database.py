"""Engine and unit-of-work set-up for SQLite (default) and PostgreSQL.

One ``Database`` is made at start-up. Each user action runs in one unit of
work: ``with db.write() as session: service(session, ...)`` commits once at the
end or rolls everything back. Services never commit themselves.

SQLite: WAL journal, foreign keys on, a busy timeout, ``synchronous=FULL`` so an
acknowledged commit survives a power cut, and ``BEGIN IMMEDIATE`` for write
units only, so two stations never deadlock upgrading read locks to write locks.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlalchemy import Connection, Engine, create_engine, event, make_url
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, NoSuchModuleError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from warehouse_app.db.file_lock import FileLock, guard_replacement, hold_shared
from warehouse_app.kernel.errors import BadInput
from warehouse_app.kernel.paths import check_path
from warehouse_app.kernel.safe_text import mask_passwords, shown, undecodable
from warehouse_app.kernel.safe_write import create_private

BUSY_TIMEOUT_MS = 15_000
_WRITE = "warehouse_write"


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
            self.engine = create_engine(self.url, echo=echo, pool_pre_ping=not self.is_sqlite)
        except (NoSuchModuleError, ImportError) as exc:
            raise BadInput("The database driver is not installed: {exc}", exc=mask_passwords(str(exc))) from None
        if self.is_sqlite:
            _install_sqlite_pragmas(self.engine)
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
