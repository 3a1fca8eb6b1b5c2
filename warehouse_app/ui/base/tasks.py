"""The one way screens reach the services: an ``Op`` run off the GUI thread.

A user action is an ``Op`` (after Anki's ``aqt/operations``): its owner widget, the work
``work(session) -> result`` as a read or a write, and what a committed write changed.
The ``TaskRunner`` runs it in a worker thread inside ``db.write()`` (one transaction,
committed at the end) or ``db.read()``; ``Op.then`` runs after the transaction has
closed (a document renders there, holding no connection). The result or the error
comes back to the GUI thread by a queued signal, where the callbacks run:

- callbacks whose owner has been deleted are dropped here, not at every call site;
- after a committed write the runner emits one ``ChangeNotice`` (what changed and who
  initiated it); screens refresh from it and skip their own initiations.

A session never crosses threads, and the GUI never waits for the database. Writes run
one after another on a single worker so that two scans from one station commit in the
order they were scanned; reads share a small pool.
"""

from __future__ import annotations

import enum
import logging
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from warehouse_app.db.database import Database
from warehouse_app.kernel.crash import crash_error, write_crash_log
from warehouse_app.kernel.errors import WarehouseError
from warehouse_app.station.reachability import ServerAway, is_unreachable
from warehouse_app.ui.base.texts import error_text

log = logging.getLogger(__name__)

T = TypeVar("T")
U = TypeVar("U")


class Change(enum.Flag):
    """What a committed write changed, so each screen refreshes only for what it shows."""

    NONE = 0
    STOCK = enum.auto()  # quantities, lots, places, the ledger
    CATALOGUE = enum.auto()  # items, barcodes, categories
    DONATIONS = enum.auto()  # donations and donors
    TRUCKS = enum.auto()  # trucks, boxes, pallets and what is loaded
    OPERATORS = enum.auto()  # people, roles, PINs
    WAREHOUSE = enum.auto()  # warehouse details, payload, shelf-life rules


@dataclass(frozen=True)
class ChangeNotice:
    """Sent once after every committed write: what changed, and which widget asked for it."""

    changes: Change
    initiator: QObject | None

    def touches(self, changes: Change) -> bool:
        return bool(self.changes & changes)

    def initiated_by(self, widget: QObject) -> bool:
        return self.initiator is widget


class Op(Generic[T]):
    """One user action: work on a session, then its answer delivered to a live owner.

    Build it in ``ui/operations/<noun>.py``, chain ``success``/``failure`` in the widget,
    then ``run(runner)``. ``owner`` None means nobody can go away (start-up, tests).
    """

    def __init__(self, owner: QObject | None, work: Callable[[Session], T], *, write: bool = False,
                 changes: Change = Change.NONE) -> None:
        if changes != Change.NONE and not write:
            raise ValueError("only a write changes anything")
        self.owner = owner
        self.work: Callable[[Session], Any] = work
        self.write = write
        self.changes = changes
        self.then: Callable[[Any], Any] | None = None
        self.on_success: Callable[[Any], None] | None = None
        self.on_failure: Callable[[str], None] | None = None
        self.on_exception: Callable[[BaseException, str], None] | None = None
        self.detached: Callable[[], Any] | None = None  # work that needs no session

    @classmethod
    def detached_from_db(cls, owner: QObject | None, work: Callable[[], T], *, write: bool = False,
                         changes: Change = Change.NONE) -> Op[T]:
        """Slow work that opens no unit of work of the runner's own (probing another server); with
        ``write``, in turn with the writes (an offline station's replays, which open their own)."""
        op = cls(owner, lambda _session: work(), write=write, changes=changes)
        op.detached = work
        return op

    def success(self, callback: Callable[[T], None]) -> Op[T]:
        self.on_success = callback
        return self

    def failure(self, callback: Callable[[str], None]) -> Op[T]:
        """The failure as one sentence in the user's language (else the main window shows it)."""
        self.on_failure = callback
        return self

    def failure_with(self, callback: Callable[[BaseException, str], None]) -> Op[T]:
        """For owners that act on the kind of failure (an expiry to ask for, an unknown code)."""
        self.on_exception = callback
        return self

    def after(self, then: Callable[[T], U]) -> Op[U]:
        """``then(result)`` in the worker after the transaction closed (render a document here)."""
        previous = self.then
        self.then = then if previous is None else (lambda value: then(previous(value)))
        return self  # type: ignore[return-value]  # the same Op, now answering with U

    def run(self, runner: TaskRunner) -> None:
        runner.submit(self)

    @property
    def owner_alive(self) -> bool:
        return self.owner is None or shiboken6.isValid(self.owner)


class _Relay(QObject):
    """Lives in the GUI thread; its signals carry results home (queued across threads)."""

    finished = Signal(object, object)  # (task, result)
    failed = Signal(object, object, str)  # (task, exception, one sentence)


class _Task(QRunnable):
    def __init__(self, runner: TaskRunner, op: Op[Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.runner, self.op = runner, op

    def run(self) -> None:  # worker thread
        db = self.runner.db
        try:
            if self.op.detached is not None:
                result = self.op.detached()
            elif self.runner.server_away:  # offline: fail at once, not after a connect timeout each
                raise ServerAway()
            else:
                with db.write() if self.op.write else db.read() as session:
                    result = self.op.work(session)
        except Exception as exc:  # every failure becomes one sentence, never a traceback on screen
            self.runner._relay.failed.emit(self, exc, describe_failure(exc))
            return
        try:
            if self.op.then is not None:
                result = self.op.then(result)
        except Exception as exc:
            self.runner._relay.failed.emit(self, exc, describe_failure(exc, committed=self.op.write))
            return
        self.runner._relay.finished.emit(self, result)


def describe_failure(exc: BaseException, *, committed: bool = False) -> str:
    """One clear sentence in the user's language for anything a unit of work raised."""
    if isinstance(exc, WarehouseError):
        return error_text(exc)
    if is_unreachable(exc):
        log.warning("server unreachable: %s", exc)
        return error_text(WarehouseError(
            "The server cannot be reached, so nothing was saved. Until it is back only receiving works: scans are "
            "kept on this laptop."))
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
    path = write_crash_log(exc, "task")
    if path is None:
        return error_text(crash_error(None))
    if committed:
        return error_text(WarehouseError("Something went wrong inside the app after saving; the details are in {path}.",
                                         path=path))
    return error_text(WarehouseError("Something went wrong inside the app; nothing was saved. The details are in {path}.",
                                     path=path))


class TaskRunner(QObject):
    """Runs the operations for the screens and reports back in the GUI thread."""

    busy_changed = Signal(bool)
    error = Signal(str)  # failures nobody handled: the main window shows them in its message bar
    changed = Signal(object)  # a ChangeNotice, after every committed write that changed something
    unreachable = Signal()  # a task failed because the PostgreSQL server could not be reached

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        # Set while an offline station knows its server is away (ui/base/offline.py): work on the
        # database then fails at once as unreachable; the offline queue's retries find it back.
        self.server_away = False
        self._relay = _Relay(self)
        self._relay.finished.connect(self._on_finished)
        self._relay.failed.connect(self._on_failed)
        self._writes = QThreadPool(self)
        self._writes.setMaxThreadCount(1)
        self._reads = QThreadPool(self)
        self._reads.setMaxThreadCount(3)
        self._running: set[_Task] = set()

    def submit(self, op: Op[Any]) -> None:
        self._start(_Task(self, op), self._writes if op.write else self._reads)

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
        op = task.op
        if op.on_success is not None and op.owner_alive:
            op.on_success(result)
        if op.write and op.changes != Change.NONE:
            self.changed.emit(ChangeNotice(op.changes, op.owner if op.owner_alive else None))

    @Slot(object, object, str)
    def _on_failed(self, task: _Task, exc: BaseException, message: str) -> None:
        self._finish(task)
        op = task.op
        if is_unreachable(exc):
            self.unreachable.emit()
        if not op.owner_alive:
            log.info("dropped the answer to a closed window: %s", message)
        elif op.on_exception is not None:
            op.on_exception(exc, message)
        elif op.on_failure is not None:
            op.on_failure(message)
        else:
            self.error.emit(message)
