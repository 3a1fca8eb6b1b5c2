"""Exports that run off the GUI thread, with a progress bar, a Cancel button and one-click open.

A screen hands ``ExportPanel.export`` a ``DocumentJob`` (documents/jobs.py), the same job
the command line runs: an operation reads its data in a worker (``job.read(session)``) and,
once the transaction has closed, renders the file there (``render_job``); a streaming job
(the stock sheet) renders inside its read. So a 40-page packing list or a 50,000-row stock
sheet never freezes the window. The writer calls ``progress(done, total)`` in the worker;
the job forwards that to the GUI thread by a queued signal and answers False once Cancel
was pressed, which makes the writer raise ``Cancelled`` and leave no file behind
(documents/progress.py). A file that cannot be written is ``documents.jobs.file_error``'s
sentence, as on the command line. The panel sits inline in the screen that owns it
(Reports, Trucks): progress while writing, then the outcome with "Open" and "Show in folder".

``ExportPanel.print_document`` runs the same job into a temporary folder and opens the
print preview (ui/base/printing.py) on the PDF it wrote: what is previewed, printed and
saved from the preview is that one file. The folder goes when the preview closes.

A plain *build* function ``build(session, out, progress) -> Path`` is still accepted (it
runs inside the read) for callers not yet turned into jobs.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDir, QObject, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from warehouse_app.documents.jobs import DocumentJob, read_and_render, render_job, save_file
from warehouse_app.documents.progress import Cancelled
from warehouse_app.kernel.errors import WarehouseError
from warehouse_app.station.store import settings_store
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.language import file_dialog_options
from warehouse_app.ui.base.printing import PrintPreview, PrintRun, load_pdf, no_printer_sentence, printer_names
from warehouse_app.ui.base.progress_relay import ProgressRelay
from warehouse_app.ui.base.tasks import Op
from warehouse_app.ui.base.texts import error_text

FOLDER_KEY = "exports/folder"
FILTERS = {".xlsx": "Excel workbook (*.xlsx)", ".pdf": "PDF document (*.pdf)", ".csv": "CSV file (*.csv)",
           ".json": "Aid Warehouse file (*.json)"}
STYLES = {
    "running": "background:#e8f0fe; border:1px solid #9bb7e0;",
    "done": "background:#e6f4ea; border:1px solid #8cc9a0;",
    "cancelled": "background:#fff4e0; border:1px solid #e5b962;",
    "failed": "background:#fdecea; border:1px solid #e59a93;",
}


@dataclass(frozen=True)
class PrintRequest:
    """A paper being made for printing: what it is, its kind (the printer remembered for it),
    the name Save PDF… offers, and the temporary folder its PDF is written to."""

    what: str
    kind: str
    default_name: str
    folder: Path


def default_file_name(stem: str, suffix: str, day: date | None = None) -> str:
    """``stock-2026-11-23.xlsx``: what the file is and when it was made, sortable in a folder."""
    return f"{stem}-{(day or date.today()).isoformat()}{suffix}"


def export_folder() -> str:
    """Where the last export was saved, else the user's Documents folder."""
    stored = str(settings_store().value(FOLDER_KEY, "") or "")
    if stored and QDir(stored).exists():
        return stored
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or QDir.homePath()


def ask_output_path(parent: QWidget | None, default_name: str, title: str) -> Path | None:
    """The save dialog, opened in the remembered folder; None when the user backs out."""
    suffix = Path(default_name).suffix.lower()
    file_filter = QCoreApplication.translate("ExportPanel", FILTERS.get(suffix, "All files (*)"))
    name, _ = QFileDialog.getSaveFileName(parent, title, str(Path(export_folder()) / default_name), file_filter,
                                          options=file_dialog_options())
    if not name:
        return None
    path = Path(name)
    if suffix and path.suffix.lower() != suffix:
        path = path.with_name(path.name + suffix)  # "stock" typed without the ending still opens in Excel
    settings_store().setValue(FOLDER_KEY, str(path.parent))
    return path


class ExportJob(ProgressRelay):
    """One export's relay, and the file it writes."""

    def __init__(self, out: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.out = out

    def op(self, owner: QObject, document: DocumentJob[Any]) -> Op[Path | None]:
        """The operation writing ``document`` to ``out``: the written path, or None when cancelled."""
        out, progress = self.out, self.progress
        job = document
        if job.streams:  # the rows stream from the query into the file: render inside the read
            return Op(owner, _unless_cancelled(lambda session: read_and_render(session, job, out, progress).path))
        return Op(owner, job.read).after(_unless_cancelled(lambda data: render_job(job, data, out, progress).path))


def _unless_cancelled(write: Callable[[Any], Path]) -> Callable[[Any], Path | None]:
    """Cancel pressed: the writer raised ``Cancelled`` and left nothing behind; the answer is None."""

    def run(value: Any) -> Path | None:
        try:
            return write(value)
        except Cancelled:
            return None

    return run


class ExportPanel(QFrame):
    """Inline progress and outcome of the owner's exports, one at a time."""

    running_changed = Signal(bool)
    finished = Signal(object)  # the Path written, or None (cancelled or failed)
    preview_opened = Signal(object)  # the PrintPreview shown for print_document

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("exportPanel")
        self.job: ExportJob | None = None
        self.path: Path | None = None
        self.preview: PrintPreview | None = None
        self.print_run: PrintRun | None = None
        self.printing: tuple[PrintRequest, str] | None = None  # the paper print_run prints, and where
        self.label = QLabel(self)
        self.label.setObjectName("exportStatus")
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("exportProgress")
        self.bar.setMinimumWidth(220)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setObjectName("exportCancel")
        self.cancel_button.clicked.connect(self.cancel)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setObjectName("exportOpen")
        self.open_button.clicked.connect(self.open_file)
        self.folder_button = QPushButton(self.tr("Show in folder"), self)
        self.folder_button.setObjectName("exportFolder")
        self.folder_button.clicked.connect(self.show_folder)
        self.close_button = QPushButton("\u2715", self)
        self.close_button.setObjectName("exportDismiss")
        self.close_button.setToolTip(self.tr("Dismiss"))
        self.close_button.setFlat(True)
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self.label, 1)
        for widget in (self.bar, self.cancel_button, self.open_button, self.folder_button, self.close_button):
            layout.addWidget(widget)
        self.state = "idle"
        self.hide()

    @property
    def running(self) -> bool:
        return self.job is not None or self.print_run is not None

    def export(self, what: str, default_name: str, document: DocumentJob[Any]) -> bool:
        """Ask where to save ``what`` (e.g. "Stock sheet"), then write it; False if not started."""
        if self.running:
            return False
        out = ask_output_path(self.window(), default_name, self.tr("Save {what}").format(what=what))
        if out is None:
            return False
        self.start(what, out, document)
        return True

    def print_document(self, what: str, kind: str, default_name: str, document: DocumentJob[Any]) -> bool:
        """Make ``what`` (a PDF job) in a worker, then open the print preview on it; False if not
        started. ``kind`` names the paper (packing-list, labels-a6, ...): its printer is remembered."""
        if self.running or self.preview is not None:
            return False
        request = PrintRequest(what, kind, default_name, Path(tempfile.mkdtemp(prefix="warehouse-print-")))
        self.start(what, request.folder / default_name, document, request)
        return True

    def start(self, what: str, out: Path, document: DocumentJob[Any], printing: PrintRequest | None = None) -> None:
        """Write ``document`` to ``out`` (already chosen) in a worker."""
        job = ExportJob(out, self)
        job.progressed.connect(self._progressed)
        self.job, self.path = job, None
        if printing is None:
            self.label.setText(self.tr("Writing {what} to {name}\u2026").format(what=what, name=out.name))
        else:
            self.label.setText(self.tr("Preparing {what} for printing\u2026").format(what=what))
        self.bar.setRange(0, 0)  # busy until the writer tells how much there is
        self._show("running")
        self.running_changed.emit(True)
        job.op(self, document).success(lambda path: self._done(job, path, printing)) \
            .failure(lambda sentence: self._failed(job, sentence, printing)).run(self.ctx.runner)

    def cancel(self) -> None:
        if self.print_run is not None:
            self.print_run.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling\u2026"))
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Cancelling\u2026"))

    def open_file(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

    def show_folder(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path.parent)))

    def show_saved(self, what: str, path: Path) -> None:
        """A file another operation wrote (a truck file, a confirmation): where it is, with
        Open and Show in folder, as after an export."""
        if self.running:
            return
        self.path = Path(path)
        self.label.setText(self.tr("{what} saved as {name} in {folder}").format(what=what, name=self.path.name,
                                                                              folder=str(self.path.parent)))
        self._show("done")

    def _progressed(self, done: int, total: int) -> None:
        if (self.job is None or self.job.cancelled) and (self.print_run is None or self.print_run.cancelled):
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))

    def _done(self, job: ExportJob, path: Path | None, printing: PrintRequest | None = None) -> None:
        self._end(job)
        if printing is not None and path is not None:
            self._open_preview(printing, Path(path))
            return
        if printing is not None:
            shutil.rmtree(printing.folder, ignore_errors=True)
        if path is None:
            self.label.setText(self.tr("Export cancelled, nothing was saved."))
            self._show("cancelled")
        else:
            self.path = Path(path)
            self.label.setText(self.tr("Saved {name} in {folder}").format(name=self.path.name,
                                                                          folder=str(self.path.parent)))
            self._show("done")
        self.finished.emit(self.path)

    def _failed(self, job: ExportJob, sentence: str, printing: PrintRequest | None = None) -> None:
        self._end(job)
        if printing is not None:
            shutil.rmtree(printing.folder, ignore_errors=True)
        self.label.setText(self.tr("The export failed: {reason}").format(reason=sentence))
        self._show("failed")
        self.finished.emit(None)

    def _open_preview(self, printing: PrintRequest, pdf: Path) -> None:
        document = load_pdf(pdf, self)
        if document is None:
            shutil.rmtree(printing.folder, ignore_errors=True)
            self._failed_print(self.tr("The pages of {what} could not be read for printing.").format(
                what=printing.what))
            return
        preview = PrintPreview(document, printing.kind, printing.what, self.window(),
                               file_name=str(Path(export_folder()) / printing.default_name))
        preview.save_requested.connect(lambda: self._save_copy(preview, printing, pdf))
        preview.print_chosen.connect(lambda: self._print(printing, pdf, preview))
        preview.finished.connect(lambda _result: self._preview_closed(preview, printing))
        self.preview = preview
        if printer_names():
            self.hide()
        else:
            self.label.setText(no_printer_sentence())
            self._show("cancelled")
        preview.open()
        self.preview_opened.emit(preview)

    def _save_copy(self, preview: PrintPreview, printing: PrintRequest, pdf: Path) -> None:
        """Save PDF… in the preview: the very file previewed, copied where the user says."""
        out = ask_output_path(preview, printing.default_name, self.tr("Save {what}").format(what=printing.what))
        if out is None:
            return
        try:
            saved = save_file(pdf.read_bytes(), out)
        except WarehouseError as exc:
            self._failed_print(self.tr("The export failed: {reason}").format(reason=error_text(exc)))
            return
        self.show_saved(printing.what, saved)

    def _print(self, printing: PrintRequest, pdf: Path, preview: PrintPreview) -> None:
        """The printer is chosen: paint the pages on it in a thread, with progress and Cancel here."""
        printer = preview.target
        name = printer.printerName() or printer.outputFileName()
        run = PrintRun(pdf, printer, self)
        run.progressed.connect(self._progressed)  # bound methods: queued from the print thread
        run.finished.connect(self._printed)
        self.print_run, self.printing, self.path = run, (printing, name), None
        self.label.setText(self.tr("Printing {what} on {printer}\u2026").format(what=printing.what, printer=name))
        self.bar.setRange(0, 0)
        self._show("running")
        self.running_changed.emit(True)
        run.start()

    def _printed(self, pages: int) -> None:
        run, self.print_run = self.print_run, None
        if run is None or self.printing is None:
            return
        (printing, printer), self.printing = self.printing, None
        run.deleteLater()
        self.running_changed.emit(False)
        if self.preview is None:  # closed already: the folder is no longer needed
            shutil.rmtree(printing.folder, ignore_errors=True)
        if run.cancelled:
            self.label.setText(self.tr("Printing {what} was cancelled.").format(what=printing.what))
            self._show("cancelled")
        elif pages == 0:
            self._failed_print(self.tr("Nothing was printed: the printer {printer} did not take the pages.")
                               .format(printer=printer))
        else:
            self.label.setText(self.tr("%n page(s) of {what} sent to {printer}.", "", pages).format(
                what=printing.what, printer=printer))
            self._show("done")
        self.finished.emit(None)

    def _failed_print(self, sentence: str) -> None:
        self.label.setText(sentence)
        self._show("failed")

    def _preview_closed(self, preview: PrintPreview, printing: PrintRequest) -> None:
        preview.document.close()  # Windows keeps an open file: close it before the folder goes
        preview.deleteLater()
        self.preview = None
        if self.print_run is None:  # else the run still reads the PDF: it removes the folder when done
            shutil.rmtree(printing.folder, ignore_errors=True)

    def _end(self, job: ExportJob) -> None:
        job.deleteLater()
        self.job = None
        self.running_changed.emit(False)

    def _show(self, state: str) -> None:
        self.state = state
        self.setStyleSheet(f"#exportPanel {{{STYLES[state]} border-radius:4px;}}")
        running = state == "running"
        self.bar.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.open_button.setVisible(state == "done" and self.path is not None)
        self.folder_button.setVisible(state == "done" and self.path is not None)
        self.close_button.setVisible(not running)
        self.show()
