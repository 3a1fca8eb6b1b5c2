"""Durability: SQLite connection settings, BEGIN IMMEDIATE for writes, acknowledged scans
surviving a killed process, and the database itself refusing a negative stock level."""

from __future__ import annotations

import os
import queue as queue_module
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import event, func, select, text
from sqlalchemy.exc import IntegrityError

from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.stock.integrity import check_stock_levels
from warehouse_app.db.database import Database
from warehouse_app.db.models import Movement, StockLevel

PROJECT_ROOT = Path(__file__).resolve().parents[2]
TINS = "5901234123457"  # EAN-13, check digit 7


def _add_tins(db: Database) -> int:
    with db.write() as s:
        return catalogue.add_item(s, name="Konserwa rybna 300 g", category="FOOD.CANNED", unit="pcs",
                                  barcodes_=[TINS]).id


# --- 1. connection settings and BEGIN IMMEDIATE ------------------------------------------------------


def _pragmas(conn) -> dict[str, object]:  # type: ignore[no-untyped-def]
    return {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()
            for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")}


def test_every_connection_has_the_durable_pragmas(sqlite_db: Database) -> None:
    # Two connections open at once (so two separate "connect" set-ups), then one inside a
    # write unit and one inside a read unit, again at the same time.
    with sqlite_db.engine.connect() as one, sqlite_db.engine.connect() as two:
        plain = [_pragmas(one), _pragmas(two)]
    with sqlite_db.write() as w, sqlite_db.read() as r:
        in_units = [_pragmas(w.connection()), _pragmas(r.connection())]
    for found in plain + in_units:
        assert str(found["journal_mode"]).lower() == "wal"
        assert found["synchronous"] == 2  # FULL: a commit is on disk before it is acknowledged
        assert found["foreign_keys"] == 1
        assert found["busy_timeout"] >= 1000  # type: ignore[operator]


def _other_connection(db: Database) -> sqlite3.Connection:
    """A second, independent connection to the same file with a short busy timeout."""
    assert db.sqlite_path is not None
    return sqlite3.connect(db.sqlite_path, timeout=0.2, isolation_level=None)


def test_write_units_begin_immediate_and_read_units_do_not(sqlite_db: Database) -> None:
    begins: list[str] = []

    @event.listens_for(sqlite_db.engine, "before_cursor_execute")
    def _seen(conn, cursor, statement, *args):  # type: ignore[no-untyped-def]
        if statement.upper().startswith("BEGIN"):
            begins.append(statement.upper())

    other = _other_connection(sqlite_db)
    try:
        # A write unit holds the write lock from its first statement on, even a mere SELECT:
        # another writer cannot start, and finds out within its own (short) busy timeout.
        with sqlite_db.write() as s:
            s.execute(text("SELECT count(*) FROM item")).scalar()
            started = time.monotonic()
            with pytest.raises(sqlite3.OperationalError, match="database is locked"):
                other.execute("BEGIN IMMEDIATE")
            assert time.monotonic() - started < 3
        assert begins == ["BEGIN IMMEDIATE"]

        # Once the unit has ended, the lock is free again.
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")

        # A read unit takes no write lock: another station can write and commit meanwhile.
        with sqlite_db.read() as s:
            before = s.execute(text("SELECT count(*) FROM operator")).scalar()
            other.execute("BEGIN IMMEDIATE")
            other.execute("INSERT INTO operator (name, role, active) VALUES ('Other station', 'staff', 1)")
            other.execute("COMMIT")
            # ... and the read unit keeps its own consistent snapshot until it ends.
            assert s.execute(text("SELECT count(*) FROM operator")).scalar() == before
        assert begins == ["BEGIN IMMEDIATE", "BEGIN"]
        with sqlite_db.read() as s:
            assert s.execute(text("SELECT count(*) FROM operator")).scalar() == before + 1
    finally:
        other.close()


# --- 2. an acknowledged scan survives a killed process ----------------------------------------------

CHILD = r"""
import sys
from warehouse_app.core.access.operators import actor_for
from warehouse_app.core.intake.receiving import receive
from warehouse_app.db.database import Database

db = Database(sys.argv[1])
with db.write() as s:
    actor = actor_for(s, "Crash test", "station-crash")
print("ready", flush=True)
while True:
    with db.write() as s:
        movement_id = receive(s, actor, sys.argv[2], qty=1).movement_id
    # Only after the commit returned: this scan is acknowledged to the user.
    print(movement_id, flush=True)
"""


def test_acknowledged_scans_survive_a_killed_process(sqlite_db: Database) -> None:
    item_id = _add_tins(sqlite_db)
    path = sqlite_db.sqlite_path
    assert path is not None
    sqlite_db.dispose()  # the killed child is the last process to have had the file open

    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(PROJECT_ROOT), os.environ.get("PYTHONPATH")]))}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, f"sqlite:///{path}", TINS],
        cwd=PROJECT_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    lines: queue_module.Queue[str | None] = queue_module.Queue()

    def pump() -> None:
        assert child.stdout is not None
        for line in child.stdout:
            lines.put(line)
        lines.put(None)

    reader = threading.Thread(target=pump, daemon=True)
    reader.start()
    acknowledged: list[int] = []
    try:
        deadline = time.monotonic() + 30
        while len(acknowledged) < 25:
            line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            assert line is not None, f"the child stopped early:\n{child.stderr.read()}"  # type: ignore[union-attr]
            if line.strip().isdigit():
                acknowledged.append(int(line))
        child.send_signal(signal.SIGKILL)  # mid-loop, most likely in the middle of a unit of work
        child.wait(timeout=10)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    reader.join(timeout=10)
    # Whatever else reached the pipe before the kill was acknowledged too.
    while (line := lines.get_nowait()) is not None:
        if line.endswith("\n") and line.strip().isdigit():
            acknowledged.append(int(line))
    assert child.returncode == -signal.SIGKILL
    for name in ("stdout", "stderr"):
        getattr(child, name).close()

    reopened = Database(str(path))
    try:
        with reopened.read() as s:
            assert s.execute(text("PRAGMA integrity_check")).scalar() == "ok"
            stored = set(s.scalars(select(Movement.id).where(Movement.item_id == item_id)))
            assert set(acknowledged) <= stored
            # At most the one scan whose acknowledgement the kill cut off is there beyond those.
            assert len(stored - set(acknowledged)) <= 1
            # No half-written scan: every ledger row has its stock, and nothing more.
            level = s.scalar(select(func.sum(StockLevel.quantity)).where(StockLevel.item_id == item_id))
            assert level == Decimal(len(stored))
            assert check_stock_levels(s).ok
    finally:
        reopened.dispose()


# --- 3. the database itself refuses a negative stock level -------------------------------------------


def test_stock_level_cannot_go_negative_even_by_raw_sql(db: Database, actor: Actor) -> None:
    item_id = _add_tins(db)
    with db.write() as s:
        receive(s, actor, TINS, qty=3)

    # Quantities are stored as integer thousandths: 3 pcs is 3000, so this asks for -2 pcs.
    with pytest.raises(IntegrityError, match="quantity_not_negative"):
        with db.write() as s:
            s.execute(text("UPDATE stock_level SET quantity = quantity - 5000 WHERE item_id = :item"),
                      {"item": item_id})
    # Nor can a negative level be written in directly (here for a lot of its own).
    with pytest.raises(IntegrityError, match="quantity_not_negative"):
        with db.write() as s:
            location_id = s.scalar(select(StockLevel.location_id).where(StockLevel.item_id == item_id))
            s.execute(text("INSERT INTO lot (item_id, lot_code) VALUES (:item, 'NEG')"), {"item": item_id})
            lot_id = s.scalar(text("SELECT id FROM lot WHERE item_id = :item AND lot_code = 'NEG'"), {"item": item_id})
            s.execute(text("INSERT INTO stock_level (item_id, lot_id, location_id, quantity) "
                           "VALUES (:item, :lot, :loc, -1000)"), {"item": item_id, "lot": lot_id, "loc": location_id})

    with db.read() as s:
        assert s.scalar(select(StockLevel.quantity).where(StockLevel.item_id == item_id)) == Decimal(3)
        assert check_stock_levels(s).ok
