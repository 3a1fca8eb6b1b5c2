"""Try a database address before the app is pointed at it: one sentence says what is there.

Run off the GUI thread by the settings dialog ("Test connection"); it never changes the
database. PostgreSQL gets a short connect timeout so an unreachable host answers in
seconds, and libpq's error is turned into the sentence a volunteer can act on.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import URL, create_engine, inspect, text
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.pool import NullPool

from warehouse_app.db.database import normalise_url
from warehouse_app.db.migrate import head_revision, known_revisions
from warehouse_app.kernel.errors import BadInput, WarehouseError

CONNECT_TIMEOUT_S = 5
_OURS = frozenset({"alembic_version", "item", "movement", "stock_level", "location", "category"})


@dataclass(frozen=True)
class ProbeResult:
    """``ok``: the app can start on it. ``template``/``params``: the sentence (English
    template, translated by the GUI like any core message)."""

    ok: bool
    template: str
    params: dict[str, Any] = field(default_factory=dict)

    def sentence(self) -> WarehouseError:
        return WarehouseError(self.template, **self.params)


def _failed(template: str, **params: Any) -> ProbeResult:
    return ProbeResult(False, template, params)


def _postgres_failure(exc: DBAPIError, host: str, database: str, user: str) -> ProbeResult:
    """libpq's message, or the SQLSTATE when the server answered, said as one plain sentence."""
    code = getattr(exc.orig, "sqlstate", None)
    message = str(exc.orig).lower()
    if code == "28P01" or "password authentication failed" in message:
        return _failed("The server refused the user name or password for {user}.", user=user)
    if "no password supplied" in message:
        return _failed("The server wants a password for {user}; type it in the password field.", user=user)
    if code == "3D000" or f'database "{database.lower()}" does not exist' in message:
        return _failed("The server has no database called {database}; create it first (createdb {database}).",
                       database=database)
    if "role" in message and "does not exist" in message:
        return _failed("The server has no user called {user}.", user=user)
    if "pg_hba.conf" in message:
        return _failed("The server does not accept connections from this computer (see its pg_hba.conf).")
    if "translate host name" in message or "name or service not known" in message or "nodename" in message:
        return _failed("There is no computer called {host} on this network.", host=host)
    if "timeout" in message or "refused" in message or "could not connect" in message or "connection" in message:
        return _failed("Cannot reach a PostgreSQL server at {host}: check the address, the port and that the server is running.",
                       host=host)
    first = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else exc.__class__.__name__
    return _failed("The database refused the connection: {reason}", reason=first)


def _what_is_there(tables: set[str], revision: str | None, where: str, version: str) -> ProbeResult:
    if not tables:
        return ProbeResult(True, "Connected to {version}. {where} is not an Aid Warehouse database yet: "
                                 "it will be created and set up at the next start.", {"version": version, "where": where})
    if not _OURS <= tables:
        return _failed("{where} holds other data, not an Aid Warehouse database; choose an empty one.", where=where)
    if revision == head_revision():
        return ProbeResult(True, "Connected to {version}: an Aid Warehouse database, ready to use.", {"version": version})
    if revision not in known_revisions():
        return _failed("{where} was made by a newer Aid Warehouse; update this app first.", where=where)
    return ProbeResult(True, "Connected to {version}: an Aid Warehouse database from an older version; "
                             "it will be brought up to date at the next start.", {"version": version})


def _probe_sqlite(path: Path) -> ProbeResult:
    if path.is_dir():
        return _failed("{path} is a folder, not a database file.", path=path)
    if not path.exists():
        folder = path.parent
        while not folder.exists() and folder != folder.parent:
            folder = folder.parent
        if not folder.is_dir() or not os.access(folder, os.W_OK):
            return _failed("The folder {folder} cannot hold a new database.", folder=path.parent)
        return ProbeResult(True, "There is no database at {path} yet: a new one will be created at the next start.",
                           {"path": path})
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=CONNECT_TIMEOUT_S)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone() if "alembic_version" in tables else None
            version = conn.execute("SELECT sqlite_version()").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return _failed("{path} is not a database file.", path=path)
    return _what_is_there(tables, revision[0] if revision else None, str(path), f"SQLite {version}")


def probe_database(url: str, timeout_s: int = CONNECT_TIMEOUT_S) -> ProbeResult:
    """What is at ``url``: reachable, ours, empty, or why not. Changes nothing there."""
    try:
        parsed = normalise_url(url)
    except BadInput as exc:
        return ProbeResult(False, exc.template, exc.params)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database in (None, "", ":memory:"):
            return _failed("A SQLite database needs a file name.")
        return _probe_sqlite(Path(parsed.database))
    host, database, user = parsed.host or "localhost", parsed.database or "", parsed.username or ""
    if not database:
        return _failed("Type the name of the database on the server.")
    engine = create_engine(parsed, poolclass=NullPool, connect_args={"connect_timeout": timeout_s})
    try:
        with engine.connect() as conn:
            version = "PostgreSQL " + str(conn.execute(text("SHOW server_version")).scalar() or "").split(" ")[0]
            tables = set(inspect(conn).get_table_names())
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar() \
                if "alembic_version" in tables else None
    except DBAPIError as exc:
        return _postgres_failure(exc, host, database, user)
    except SQLAlchemyError as exc:
        return _failed("The database refused the connection: {reason}", reason=str(exc).splitlines()[0])
    finally:
        engine.dispose()
    return _what_is_there(tables, revision, f"{database}@{host}", version)


def postgres_url(host: str, port: int, database: str, user: str, password: str = "") -> str:
    """The address the app stores for a PostgreSQL server (the password only if one is given)."""
    host, database, user = host.strip(), database.strip(), user.strip()
    if not host:
        raise BadInput("Type the server's address (a name like db.local or an IP address).")
    if not database:
        raise BadInput("Type the name of the database on the server.")
    if not 1 <= port <= 65535:
        raise BadInput("A port is a number from 1 to 65535, not {port}.", port=port)
    url = URL.create("postgresql+psycopg", username=user or None, password=password or None,
                     host=host, port=port, database=database)
    return url.render_as_string(hide_password=False)


@dataclass(frozen=True)
class PostgresParts:
    host: str = "localhost"
    port: int = 5432
    database: str = "aid_warehouse"
    user: str = "postgres"
    password: str = ""


def describe_address(url: str) -> tuple[str, str | PostgresParts]:
    """("sqlite", file path) or ("postgresql", its parts) for filling the settings page."""
    parsed = normalise_url(url)
    if parsed.get_backend_name() == "sqlite":
        return "sqlite", parsed.database or ""
    return "postgresql", PostgresParts(parsed.host or "localhost", parsed.port or 5432, parsed.database or "",
                                       parsed.username or "", parsed.password or "")


def sqlite_url(path: str) -> str:
    """A SQLite file's address; an empty path is one sentence."""
    if not path.strip():
        raise BadInput("Choose a file for the database.")
    return normalise_url(path).render_as_string()
