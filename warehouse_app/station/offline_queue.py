"""Scans kept on this laptop while the PostgreSQL server cannot be reached, and their replay.

Only receiving works offline: receipts only add, so scans made while the server was away
commute with whatever other stations did meanwhile. Each scan is written to a small SQLite
file in the user data folder (``synchronous=FULL``: on disk before the station beeps) with
its own id (``scan_uid``), the operator, the station and the donation on screen. When the
server answers again, ``drain`` sends them in the order they were scanned, one transaction
each, through the same ``core.intake.scanning.scan`` a live scan takes; ``receive`` answers
a scan whose id is already in the ledger with its recorded receipt, so a replay is written
exactly once, also when an earlier attempt committed but its answer was lost. A replay a
rule refuses (the item archived meanwhile, say) is kept aside with its sentence for a
manager, never dropped.

To name a scan, check its quantity and ask for its expiry date offline, the station keeps
a copy of the catalogue's barcodes (``core.catalogue.offline_copy``), refreshed while
online. A barcode not in that copy is refused with a sentence telling the volunteer to put
the goods aside: the new-item form needs the server (categories, the barcode's uniqueness),
and a box of unknown goods waiting on a shelf is easier to sort out than a queued name.

Everything is keyed by the server (its address without the password), so a laptop moved
to another database never sends one server's scans to the other. No Qt here.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from warehouse_app.core.catalogue import barcodes
from warehouse_app.core.catalogue.offline_copy import CatalogueEntry, receivable_barcodes
from warehouse_app.core.context import Actor
from warehouse_app.core.intake import scanning
from warehouse_app.core.intake.receiving import refuse_expired, scan_units
from warehouse_app.core.quantities import parse_date
from warehouse_app.db.database import Database
from warehouse_app.kernel.crash import write_crash_log
from warehouse_app.kernel.errors import ExpiryNeeded, NotFound, WarehouseError
from warehouse_app.kernel.paths import user_data_dir
from warehouse_app.station.reachability import is_unreachable

log = logging.getLogger(__name__)

QUEUE_FILENAME = "offline-scans.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS scan (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    server TEXT NOT NULL,
    uid TEXT NOT NULL UNIQUE,
    scanned_ns INTEGER NOT NULL,
    code TEXT NOT NULL,
    qty TEXT,
    expiry TEXT,
    allow_expired INTEGER NOT NULL,
    donation_id INTEGER,
    operator_id INTEGER NOT NULL,
    station TEXT NOT NULL,
    separators TEXT NOT NULL,
    item_name TEXT NOT NULL,
    units TEXT NOT NULL,
    unit TEXT NOT NULL,
    refusal TEXT,
    refusal_params TEXT
);
CREATE INDEX IF NOT EXISTS scan_order ON scan (server, refusal, scanned_ns, seq);
CREATE TABLE IF NOT EXISTS catalogue (
    server TEXT NOT NULL,
    gtin TEXT NOT NULL,
    item_id INTEGER NOT NULL,
    name TEXT NOT NULL,
    unit TEXT NOT NULL,
    tracks_expiry INTEGER NOT NULL,
    pack_qty TEXT NOT NULL,
    PRIMARY KEY (server, gtin)
);
"""
_SCAN_COLUMNS = ("seq, uid, scanned_ns, code, qty, expiry, allow_expired, donation_id, operator_id, station, "
                 "separators, item_name, units, unit")


class NotInOfflineCatalogue(NotFound):
    """Offline, a code this laptop's copy of the catalogue does not know."""

    def __init__(self, code: str) -> None:
        super().__init__("The server cannot be reached and this laptop does not know the code {code}: put the goods "
                         "aside and scan them again when the server is back.", code=code)


@dataclass(frozen=True)
class QueuedScan:
    """A scan saved on this laptop, waiting to be sent (or set aside: ``refusal``)."""

    seq: int
    uid: str
    scanned_ns: int  # when it was scanned (time.time_ns): the order replays keep
    code: str
    qty: str | None
    expiry: date | None
    allow_expired: bool
    donation_id: int | None
    operator_id: int
    station: str
    separators: str
    item_name: str  # as the copy of the catalogue named it when it was scanned
    units: Decimal
    unit: str
    refusal: WarehouseError | None = None  # why a replay was refused (its sentence, for a manager)

    @property
    def scanned_at(self) -> datetime:
        return datetime.fromtimestamp(self.scanned_ns / 1e9, UTC)


@dataclass(frozen=True)
class OfflineCheck:
    """What a scan checked against the copy of the catalogue means."""

    item: CatalogueEntry
    units: Decimal
    expiry: date | None


@dataclass(frozen=True)
class DrainReport:
    sent: int = 0
    set_aside: int = 0
    unreachable: bool = False  # stopped: the server is still (or again) away
    stopped: bool = False  # stopped for another reason (a clash, a busy server): try again later
    last: scanning.ScanOutcome | None = None


def server_key(db: Database) -> str:
    return db.url.render_as_string(hide_password=True)


class OfflineQueue:
    """The queue file of this laptop for one server (thread-safe: the GUI adds, a worker drains)."""

    def __init__(self, server: str, path: Path | None = None) -> None:
        self.server = server
        self.path = path or user_data_dir() / QUEUE_FILENAME
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False, timeout=15)
        self._conn.execute("PRAGMA journal_mode = WAL")
        self._conn.execute("PRAGMA synchronous = FULL")  # a queued scan is on disk before the beep
        self._conn.executescript(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def _write(self, sql: str, rows: Iterable[tuple[object, ...]]) -> None:
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.executemany(sql, rows)
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    # -- the scans --------------------------------------------------------------------------------

    def add(self, check: OfflineCheck, *, uid: str, scanned_ns: int, code: str, qty: str | None,
            allow_expired: bool, donation_id: int | None, actor: Actor, separators: str) -> QueuedScan:
        """Keep one scan (committed and synced when this returns)."""
        expiry = check.expiry.isoformat() if check.expiry else None
        try:
            self._write(
                "INSERT INTO scan (server, uid, scanned_ns, code, qty, expiry, allow_expired, donation_id, operator_id, "
                "station, separators, item_name, units, unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(self.server, uid, scanned_ns, code, qty or None, expiry, int(allow_expired), donation_id,
                  actor.operator_id, actor.station, separators, check.item.name, str(check.units), check.item.unit)],
            )
        except (sqlite3.Error, OSError) as exc:
            raise WarehouseError("This laptop could not save the scan ({reason}); put the goods aside.",
                                 reason=exc) from None
        found = self._scans("AND uid = ?", (uid,))
        return found[0]

    def _scans(self, where: str, params: tuple[object, ...] = (), limit: int = -1) -> list[QueuedScan]:
        with self._lock:
            rows = self._conn.execute(
                f"SELECT {_SCAN_COLUMNS}, refusal, refusal_params FROM scan WHERE server = ? {where} "
                "ORDER BY scanned_ns, seq LIMIT ?", (self.server, *params, limit)).fetchall()
        return [QueuedScan(
            seq, uid, scanned_ns, code, qty, date.fromisoformat(expiry) if expiry else None, bool(allow_expired),
            donation_id, operator_id, station, separators, item_name, Decimal(units), unit,
            _stored_error(refusal, params_json) if refusal is not None else None,
        ) for (seq, uid, scanned_ns, code, qty, expiry, allow_expired, donation_id, operator_id, station, separators,
               item_name, units, unit, refusal, params_json) in rows]

    def waiting(self, limit: int = -1) -> list[QueuedScan]:
        """The scans still to send, in the order they were scanned."""
        return self._scans("AND refusal IS NULL", limit=limit)

    def set_aside(self) -> list[QueuedScan]:
        """Replays a rule refused: for a manager to see and resolve."""
        return self._scans("AND refusal IS NOT NULL")

    def counts(self) -> tuple[int, int]:
        """(waiting, set aside)."""
        with self._lock:
            waiting, aside = self._conn.execute(
                "SELECT count(*) FILTER (WHERE refusal IS NULL), count(*) FILTER (WHERE refusal IS NOT NULL) "
                "FROM scan WHERE server = ?", (self.server,)).fetchone()
        return int(waiting), int(aside)

    def sent(self, uid: str) -> None:
        """The scan is in the ledger: off the queue."""
        self._write("DELETE FROM scan WHERE uid = ?", [(uid,)])

    def refused(self, uid: str, error: WarehouseError) -> None:
        params = json.dumps({key: str(value) for key, value in error.params.items()})
        self._write("UPDATE scan SET refusal = ?, refusal_params = ? WHERE uid = ?", [(error.template, params, uid)])

    def withdraw(self, uid: str) -> bool:
        """Take back a scan not sent yet (undo at the intake desk); False if it is gone already."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            gone = self._conn.execute("DELETE FROM scan WHERE uid = ? AND refusal IS NULL", (uid,)).rowcount
            self._conn.execute("COMMIT")
        return gone > 0

    def dismiss(self, uids: Iterable[str]) -> None:
        """A manager has dealt with these set-aside scans: off the list."""
        self._write("DELETE FROM scan WHERE uid = ? AND refusal IS NOT NULL", [(uid,) for uid in uids])

    # -- the copy of the catalogue ----------------------------------------------------------------

    def replace_catalogue(self, entries: Iterable[CatalogueEntry]) -> int:
        """This server's copy of the catalogue, replaced in one transaction; how many barcodes."""
        count = 0
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                self._conn.execute("DELETE FROM catalogue WHERE server = ?", (self.server,))
                for entry in entries:
                    self._conn.execute(
                        "INSERT OR REPLACE INTO catalogue VALUES (?, ?, ?, ?, ?, ?, ?)",
                        (self.server, entry.gtin, entry.item_id, entry.name, entry.unit, int(entry.tracks_expiry),
                         str(entry.pack_qty)))
                    count += 1
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
        return count

    def cached(self, gtin: str) -> CatalogueEntry | None:
        with self._lock:
            row = self._conn.execute(
                "SELECT gtin, item_id, name, unit, tracks_expiry, pack_qty FROM catalogue WHERE server = ? AND gtin = ?",
                (self.server, gtin)).fetchone()
        if row is None:
            return None
        gtin_, item_id, name, unit, tracks_expiry, pack_qty = row
        return CatalogueEntry(gtin_, item_id, name, unit, bool(tracks_expiry), Decimal(pack_qty))

    def check(self, code: str, *, qty: str | None, expiry: date | None, allow_expired: bool,
              separators: str) -> OfflineCheck:
        """A scan checked against the copy of the catalogue by the rules ``receive`` applies:
        raises ``NotInOfflineCatalogue``, ``ExpiryNeeded``, ``ExpiredOnReceipt`` or ``BadInput``."""
        scan = barcodes.interpret(code, separators)
        if scan.gtin is None:
            raise NotInOfflineCatalogue(scan.raw)
        item = self.cached(scan.gtin)
        if item is None:
            raise NotInOfflineCatalogue(barcodes.display_gtin(scan.gtin))
        units = scan_units(item.name, item.unit, qty, barcodes.units_per_scan(scan, item.unit, item.pack_qty))
        when = parse_date(expiry) if expiry is not None else scan.expiry
        if item.tracks_expiry and when is None:
            raise ExpiryNeeded(item.item_id, item.name)
        refuse_expired(item.name, when, allow_expired)
        return OfflineCheck(item, units, when)


def _stored_error(template: str, params_json: str | None) -> WarehouseError:
    """A refusal as it was kept (its English template, written where it was raised, and its
    parameters as text), so the GUI shows it in the reader's language."""
    return WarehouseError(template, **json.loads(params_json or "{}"))


def refresh_catalogue(db: Database, queue: OfflineQueue) -> int:
    """Copy the server's receivable barcodes to this laptop (one read, then one local write)."""
    with db.read() as session:
        entries = list(receivable_barcodes(session))
    return queue.replace_catalogue(entries)


def replay(db: Database, entry: QueuedScan) -> scanning.ScanOutcome:
    """One queued scan, sent as it was made: its operator, station, donation and id."""
    with db.write() as session:
        return scanning.scan(
            session, Actor(entry.operator_id, entry.station), entry.code, donation_id=entry.donation_id,
            qty=entry.qty, expiry=entry.expiry, separators=entry.separators, allow_expired=entry.allow_expired,
            scan_uid=entry.uid)


def drain(db: Database, queue: OfflineQueue, *, batch: int = 50) -> DrainReport:
    """Send the waiting scans in order, one transaction each, until none is left or the server
    is away again. A scan a rule refuses is set aside with its sentence; an error of the app
    itself sets the scan aside too (its traceback logged), so one bad scan never blocks the rest."""
    sent = aside = 0
    last: scanning.ScanOutcome | None = None
    while entries := queue.waiting(batch):
        for entry in entries:
            try:
                last = replay(db, entry)
            except WarehouseError as exc:
                queue.refused(entry.uid, exc)
                aside += 1
                continue
            except Exception as exc:
                if is_unreachable(exc):
                    return DrainReport(sent, aside, unreachable=True, last=last)
                if isinstance(exc, DBAPIError):  # the server answered (a clash, a deadlock): later
                    log.warning("replay of %s stopped: %s", entry.uid, exc)
                    return DrainReport(sent, aside, stopped=True, last=last)
                path = write_crash_log(exc, "offline replay")
                queue.refused(entry.uid, WarehouseError(
                    "The app failed to send this scan; the details are in {path}.", path=path or "?"))
                aside += 1
                continue
            queue.sent(entry.uid)
            sent += 1
    return DrainReport(sent, aside, last=last)
