"""The GUI side of an offline-tolerant station (PostgreSQL only): when the server is away, the
intake screen keeps scans on this laptop, the status bar counts them, and they are sent by
themselves when the server answers again.

The queue, its checks and the replay are ``station/offline_queue.py`` (no Qt). Here: whether
the station is offline, a retry every few seconds while it is or while scans wait (the
replay runs as a write on the task runner's single writer, so it keeps its turn with the
live scans), and the copy of the catalogue refreshed while online.
"""

from __future__ import annotations

import logging
import time
import uuid
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from warehouse_app.core.context import Actor
from warehouse_app.station.offline_queue import (
    DrainReport,
    OfflineCheck,
    OfflineQueue,
    QueuedScan,
    drain,
    refresh_catalogue,
)
from warehouse_app.ui.base.tasks import Change, Op, TaskRunner

log = logging.getLogger(__name__)

SENT = Change.STOCK | Change.DONATIONS  # what a replay changes, as a live scan


class OfflineStation(QObject):
    """Offline or not, how many scans wait, how many were set aside; sends them when it can."""

    changed = Signal()  # the state or a count changed: the status bar reads them again
    drained = Signal(object)  # a DrainReport, after a replay round ended

    def __init__(self, runner: TaskRunner, queue: OfflineQueue, parent: QObject | None = None, *,
                 retry_ms: int = 5000, catalogue_refresh_ms: int = 15 * 60_000) -> None:
        super().__init__(parent)
        self.runner, self.queue = runner, queue
        self.offline = False
        self._draining = False
        self._stopped = False
        self.waiting, self.set_aside_count = queue.counts()
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(retry_ms)
        self._retry.timeout.connect(self.send_now)
        self._catalogue = QTimer(self)
        self._catalogue.setInterval(catalogue_refresh_ms)
        self._catalogue.timeout.connect(self.refresh_catalogue)
        runner.unreachable.connect(self.went_offline)
        if self.waiting:  # scans left from a previous run: send them once the window is up
            self._retry.start()

    @property
    def active(self) -> bool:
        """Scans go to the queue: the server is away, or earlier scans still wait (order)."""
        return self.offline or self.waiting > 0

    def start(self) -> None:
        """The station is up: copy the catalogue now and every quarter of an hour."""
        self.refresh_catalogue()
        self._catalogue.start()

    def stop(self) -> None:
        """No more retries nor refreshes (the window is closing; what waits is sent at the next start)."""
        self._retry.stop()
        self._catalogue.stop()
        self._stopped = True

    def went_offline(self) -> None:
        if not self.offline:
            log.warning("the server cannot be reached: scans are kept on this laptop")
            self.offline = self.runner.server_away = True
            self.changed.emit()
        if not self._retry.isActive() and not self._draining:
            self._retry.start()

    @staticmethod
    def new_uid() -> str:
        return str(uuid.uuid4())

    def check(self, code: str, *, qty: str | None, expiry: date | None, allow_expired: bool,
              separators: str) -> OfflineCheck:
        return self.queue.check(code, qty=qty, expiry=expiry, allow_expired=allow_expired, separators=separators)

    def keep(self, check: OfflineCheck, *, uid: str, scanned_ns: int, code: str, qty: str | None,
             allow_expired: bool, donation_id: int | None, actor: Actor, separators: str) -> QueuedScan:
        """Save one scan on this laptop (on disk when this returns: then the station may beep)."""
        kept = self.queue.add(check, uid=uid, scanned_ns=scanned_ns, code=code, qty=qty, allow_expired=allow_expired,
                              donation_id=donation_id, actor=actor, separators=separators)
        self._recount()
        if not self._retry.isActive() and not self._draining:
            self._retry.start()
        return kept

    def withdraw(self, uid: str) -> bool:
        gone = self.queue.withdraw(uid)
        self._recount()
        return gone

    def dismiss(self, uids: list[str]) -> None:
        self.queue.dismiss(uids)
        self._recount()

    def send_now(self) -> None:
        """Try the server: send what waits (in order, exactly once), or learn it is back."""
        if self._draining or self._stopped:
            return
        self._draining = True
        Op.detached_from_db(self, lambda: drain(self.runner.db, self.queue), write=True, changes=SENT) \
            .success(self._drained).failure(self._drain_failed).run(self.runner)

    def _drained(self, report: DrainReport) -> None:
        self._draining = False
        was_offline = self.offline
        self.offline = self.runner.server_away = report.unreachable
        self._recount()
        if self.offline or report.stopped:
            self._retry.start()
        elif self.waiting:  # scanned while the others were being sent: their turn now
            QTimer.singleShot(0, self, self.send_now)
        elif was_offline or report.sent:
            self.refresh_catalogue()
        self.drained.emit(report)

    def _drain_failed(self, sentence: str) -> None:
        self._draining = False
        log.error("sending the kept scans failed: %s", sentence)
        self._retry.start()

    def refresh_catalogue(self) -> None:
        """The laptop's copy of the catalogue, refreshed off the GUI thread (skipped while offline)."""
        if self.offline or self._stopped:
            return
        started = time.monotonic()
        Op.detached_from_db(self, lambda: refresh_catalogue(self.runner.db, self.queue)) \
            .success(lambda n: log.info("catalogue copy: %d barcodes in %.1f s", n, time.monotonic() - started)) \
            .failure(lambda sentence: log.warning("catalogue copy not refreshed: %s", sentence)) \
            .run(self.runner)

    def _recount(self) -> None:
        counts = self.queue.counts()
        if counts != (self.waiting, self.set_aside_count):
            self.waiting, self.set_aside_count = counts
        self.changed.emit()
