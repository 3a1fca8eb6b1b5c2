"""A long task's link between its worker thread and the GUI: progress out, cancel in."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QObject, Signal

PROGRESS_INTERVAL_S = 0.05  # a writer may report every row; the bar needs ~20 updates a second at most


class ProgressRelay(QObject):
    """A long task's link between the worker and the GUI: progress out, cancel in (an
    export's, an import's)."""

    progressed = Signal(int, int)  # (done, total), delivered in the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cancel = threading.Event()
        self._last_emit = 0.0

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def progress(self, done: int, total: int) -> bool:
        """The writer's callback (worker thread): pass the figures on, say whether to go on."""
        now = time.monotonic()
        if done >= total or now - self._last_emit >= PROGRESS_INTERVAL_S:
            self._last_emit = now
            self.progressed.emit(done, total)
        return not self._cancel.is_set()
