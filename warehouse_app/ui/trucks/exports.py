"""Documents of a truck written off the GUI thread, with progress, Cancel and "Open".

The user picks the file (the name defaults to the truck number); the worker reads the
data and runs the writer in the same unit of work, reporting progress back through a
queued signal; Cancel makes the writer's progress callback answer False, and the
writer then leaves no file behind (documents/progress.py). A finished file is offered
with one click that opens it in the system viewer.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDir, QObject, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget
from sqlalchemy.orm import Session

from warehouse_app.documents.progress import Cancelled, Progress
from warehouse_app.ui.context import AppContext
from warehouse_app.ui.lifetime import while_alive

Writer = Callable[[Session, Path, Progress], Path]


class ExportBar(QFrame):
    """The strip under the buttons: progress and Cancel while writing, then Open."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportBar")
        self.setStyleSheet("#exportBar {background:#eef3f8; border:1px solid #b8c7d9; border-radius:4px;}")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(220)
        self.cancel = QPushButton(self.tr("Cancel"), self)
        self.cancel.setObjectName("cancelExport")
        self.cancel.clicked.connect(self.cancel_requested)
        self.open = QPushButton(self.tr("Open"), self)
        self.open.setObjectName("openExport")
        self.open.clicked.connect(self.open_file)
        self.close_button = QPushButton("\u2715", self)
        self.close_button.setFlat(True)
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        for widget in (self.progress, self.cancel, self.open, self.close_button):
            layout.addWidget(widget)
        self.path: Path | None = None
        self.hide()

    def show_running(self, text: str) -> None:
        self.path = None
        self.label.setText(text)
        self.progress.setRange(0, 0)  # busy until the writer reports its size
        for widget, on in ((self.progress, True), (self.cancel, True), (self.open, False), (self.close_button, False)):
            widget.setVisible(on)
        self.cancel.setEnabled(True)
        self.show()

    def show_progress(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def show_done(self, text: str, path: Path | None) -> None:
        self.path = path
        self.label.setText(text)
        for widget, on in ((self.progress, False), (self.cancel, False), (self.open, path is not None),
                           (self.close_button, True)):
            widget.setVisible(on)
        self.show()

    def open_file(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))


class Exporter(QObject):
    """Runs one document writer at a time for the screen that owns it."""

    progressed = Signal(int, int)  # emitted from the worker; queued to the GUI thread
    started = Signal(str)  # the path being written
    finished = Signal(object)  # the Path written, or None when cancelled or refused

    def __init__(self, ctx: AppContext, bar: ExportBar, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.bar, self.parent_widget = ctx, bar, parent
        self._cancel = threading.Event()
        self.running = False
        self.progressed.connect(bar.show_progress)
        bar.cancel_requested.connect(self.cancel)

    def ask_path(self, caption: str, default_name: str, file_filter: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or QDir.homePath()
        chosen, _ = QFileDialog.getSaveFileName(self.parent_widget, caption, str(Path(folder) / default_name),
                                                file_filter)
        return Path(chosen) if chosen else None

    def run(self, what: str, path: Path, writer: Writer) -> None:
        """Write ``what`` (e.g. "Packing list") to ``path`` in a worker."""
        if self.running:
            self.ctx.messages.show_message(self.tr("Another document is being written; wait for it or cancel it."),
                                           "warning")
            return
        self.running = True
        self._cancel.clear()
        self.bar.show_running(self.tr("Writing {what} to {file}\u2026").format(what=what, file=path.name))

        def progress(done: int, total: int) -> bool:  # worker thread
            self.progressed.emit(done, total)
            return not self._cancel.is_set()

        def work(session: Session) -> Path | None:
            try:
                return writer(session, path, progress)
            except Cancelled:  # the user's choice, not a failure: the writer left no file
                return None

        def done(written: Path | None) -> None:
            self.running = False
            if written is None:
                self.bar.show_done(self.tr("Cancelled: no file was written."), None)
            else:
                self.bar.show_done(self.tr("{what} saved: {path}").format(what=what, path=written), written)
            self.finished.emit(written)

        def failed(sentence: str) -> None:
            self.running = False
            self.bar.show_done(sentence, None)
            self.ctx.messages.error(sentence)
            self.finished.emit(None)

        self.started.emit(str(path))
        self.ctx.runner.read(work, while_alive(self, done), while_alive(self, failed))

    def cancel(self) -> None:
        if self.running:
            self._cancel.set()
            self.bar.cancel.setEnabled(False)
            self.bar.label.setText(self.tr("Cancelling\u2026"))


