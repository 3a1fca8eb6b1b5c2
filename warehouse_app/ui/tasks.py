"""The one way screens reach the services: run a unit of work off the GUI thread.

A screen hands a function ``work(session) -> result`` to ``TaskRunner.write`` or
``TaskRunner.read``. It runs in a worker thread inside ``db.write()`` (one
transaction, committed at the end) or ``db.read()``; the result or the error comes
back to the GUI thread by a queued signal, where the callbacks run. A session never
crosses threads, and the GUI never waits for the database.

Writes run one after another on a single worker so that two scans from one
station commit in the order they were scanned; reads share a small pool.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from warehouse_app.core.errors import WarehouseError
from warehouse_app.db.database import Database
from warehouse_app.ui.texts import error_text

log = logging.getLogger(__name__)

Work = Callable[[Session], Any]
Done = Callable[[Any], None]
Failed = Callable[[str], None]
Raised = Callable[[BaseException, str], None]


class _Relay(QObject):
    """Lives in the GUI thread; its signals carry results home (queued across threads)."""

    finished = Signal(object, object)  # (task, result)
    failed = Signal(object, object, str)  # (task, exception, one sentence)


class _Task(QRunnable):
    def __init__(self, runner: TaskRunner, work: Work, write: bool, on_done: Done | None, on_error: Failed | None,
                 on_exception: Raised | None = None):
        super().__init__()
        self.setAutoDelete(False)
        self.runner, self.work, self.is_write = runner, work, write
        self.on_done, self.on_error, self.on_exception = on_done, on_error, on_exception

    def run(self) -> None:  # worker thread
        db = self.runner.db
        try:
            unit = db.write() if self.is_write else db.read()
            with unit as session:
                result = self.work(session)
        except Exception as exc:  # every failure becomes one sentence, never a traceback on screen
            self.runner._relay.failed.emit(self, exc, describe_failure(exc))
        else:
            self.runner._relay.finished.emit(self, result)


def describe_failure(exc: BaseException) -> str:
    """One clear sentence in the user's language for anything a unit of work raised."""
    if isinstance(exc, WarehouseError):
        return error_text(exc)
    if isinstance(exc, OperationalError):
        log.warning("database unavailable: %s", exc)
        return error_text(WarehouseError(
            "The database cannot be reached or is busy; nothing was saved. Try again in a moment."))
    if isinstance(exc, IntegrityError):
        log.warning("integrity error: %s", exc)
        return error_text(WarehouseError("Someone else changed the same data at the same moment; nothing was saved."))
    if isinstance(exc, SQLAlchemyError):
        log.error("database error: %s", exc)
        return error_text(WarehouseError("The database reported an error; nothing was saved."))
    log.error("unexpected error in a task:\n%s", "".join(traceback.format_exception(exc)))
    return error_text(WarehouseError("Something went wrong inside the app; nothing was saved. ({kind})",
                                     kind=exc.__class__.__name__))


class TaskRunner(QObject):
    """Runs units of work for the screens and reports back in the GUI thread."""

    busy_changed = Signal(bool)
    error = Signal(str)  # failures nobody handled: the main window shows them in its message bar

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(3)
        self._running: set[_Task] = set()

    def write(self, work: Work, on_done: Done | None = None, on_error: Failed | None = None, *,
              on_exception: Raised | None = None) -> None:
        """A user action that changes data: one transaction, in scan order.

        ``on_exception(exc, sentence)`` replaces ``on_error`` where the caller must act on
        the kind of failure (an expiry to ask for, an unknown barcode to add).
        """
        self._start(_Task(self, work, True, on_done, on_error, on_exception), self._writes)

    def read(self, work: Work, on_done: Done | None = None, on_error: Failed | None = None, *,
             on_exception: Raised | None = None) -> None:
        self._start(_Task(self, work, False, on_done, on_error, on_exception), self._reads)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every task is done (shutdown and tests only)."""
        return self._writes.waitForDone(msecs) and self._reads.waitForDone(msecs)

    def _start(self, task: _Task, pool: QThreadPool) -> None:
        was_busy = self.busy
        self._running.add(task)
        if not was_busy:
            self.busy_changed.emit(True)
        pool.start(task)

    def _finish(self, task: _Task) -> None:
        self._running.discard(task)
        if not self.busy:
            self.busy_changed.emit(False)

    @Slot(object, object)
    def _on_finished(self, task: _Task, result: object) -> None:
        self._finish(task)
        if task.on_done is not None:
            task.on_done(result)

    @Slot(object, object, str)
    def _on_failed(self, task: _Task, exc: BaseException, message: str) -> None:
        self._finish(task)
        if task.on_exception is not None:
            task.on_exception(exc, message)
        elif task.on_error is not None:
            task.on_error(message)
        else:
            self.error.emit(message)
