"""Printing: the very PDF the app saves, previewed and printed through Qt's print support.

Every paper (packing list, CMR, labels, receipts, count and scan sheets, arrival and donor
reports, badges) is written by its document job (documents/jobs.py) with reportlab; to
print it, ``ExportPanel.print_document`` writes that PDF to a temporary folder off the GUI
thread and opens ``PrintPreview`` on it. The preview and the printer are painted from the
same PDF pages, rendered by QtPdf (``QPdfDocument``), so screen, file and paper agree.

- The printer's paper and orientation are taken from the PDF's first page (A4 papers,
  the labels' own sizes); a page is scaled to fit, never cut, if the printer's paper
  differs (an A6 label on an office A4 printer).
- Pages are rendered at the printer's resolution, at most ``PRINT_DPI`` (a 600 dpi laser
  gets 300 dpi pages, scaled, instead of 140 MB images), and at ``PREVIEW_DPI`` for the
  preview, which keeps every page it shows.
- The printer chosen for a kind of paper is remembered on this station
  (``station/store.remember_printer``) and chosen again next time.
- With no printer installed the preview still opens, and says so in one sentence; its
  "Save PDF…" keeps the pages as a file.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QAction, QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QDialog, QLabel, QToolBar, QToolButton, QWidget

from warehouse_app.station.store import remember_printer, remembered_printer
from warehouse_app.ui.base.progress_relay import ProgressRelay

Progress = Callable[[int, int], bool]  # (pages done, pages in all) -> go on?

PREVIEW_DPI = 150
PRINT_DPI = 300
POINTS_PER_INCH = 72.0
NO_PRINTER_STYLE = "background:#fff4e0; border:1px solid #e5b962; padding:6px;"


def printer_names() -> list[str]:
    """The printers this computer can print to (empty when none is installed)."""
    return list(QPrinterInfo.availablePrinterNames())


def load_pdf(path: Path, parent: QObject | None = None) -> QPdfDocument | None:
    """The PDF's pages for painting, or None when the file cannot be read as a PDF."""
    document = QPdfDocument() if parent is None else QPdfDocument(parent)
    if document.load(str(path)) != QPdfDocument.Error.None_ or document.pageCount() < 1:
        document.deleteLater()
        return None
    return document


def page_layout(document: QPdfDocument) -> QPageLayout:
    """The first page's paper (A4 is A4, a 100x150 mm label its own size) and orientation, no margins."""
    size = document.pagePointSize(0)
    width, height = size.width(), size.height()
    paper = QPageSize(QSizeF(min(width, height), max(width, height)), QPageSize.Unit.Point, "",
                      QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait
    return QPageLayout(paper, orientation, QMarginsF(0, 0, 0, 0))


def fit_printer(printer: QPrinter, document: QPdfDocument) -> None:
    """Set the printer's paper and orientation from the PDF, printing to the paper's edges."""
    printer.setPageLayout(page_layout(document))
    printer.setFullPage(True)  # after the layout, which would set it back


def chosen_pages(printer: QPrinter, count: int) -> range:
    """The pages (0-based) the print dialog asked for: all, or its From-To range."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        return range(printer.fromPage() - 1, min(printer.toPage() or count, count))
    return range(count)


def paint_pages(document: QPdfDocument, printer: QPrinter, progress: Progress | None = None) -> int:
    """Paint the PDF's pages on ``printer`` (the preview's or a real one); the pages painted.
    ``progress(done, total)`` answering False stops and abandons the print job (0 pages)."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        preview = painter.paintEngine().type() == QPaintEngine.Type.Picture  # the preview records pictures
        dpi = PREVIEW_DPI if preview else min(printer.resolution(), PRINT_DPI)
        painted = 0
        pages = chosen_pages(printer, document.pageCount())
        for index in pages:
            if progress is not None and not progress(painted, len(pages)):
                printer.abort()
                return 0
            if painted:
                printer.newPage()
            points = document.pagePointSize(index)
            pixels = QSize(max(1, round(points.width() / POINTS_PER_INCH * dpi)),
                           max(1, round(points.height() / POINTS_PER_INCH * dpi)))
            image = on_white(document.render(index, pixels))
            area = QRectF(painter.viewport())
            scale = min(area.width() / pixels.width(), area.height() / pixels.height())
            target = QSizeF(pixels.width() * scale, pixels.height() * scale)
            painter.drawImage(QRectF(area.x() + (area.width() - target.width()) / 2,
                                     area.y() + (area.height() - target.height()) / 2,
                                     target.width(), target.height()), image)
            painted += 1
        return painted
    finally:
        painter.end()


def on_white(page: QImage) -> QImage:
    """QtPdf leaves the paper transparent; a printer driver gets an opaque page (white paper)."""
    flat = QImage(page.size(), QImage.Format.Format_RGB32)
    flat.fill(Qt.GlobalColor.white)
    painter = QPainter(flat)
    painter.drawImage(0, 0, page)
    painter.end()
    return flat


def print_pdf(path: Path, printer: QPrinter, progress: Progress | None = None, *, fit: bool = True) -> int:
    """Print a PDF file on ``printer``; the pages printed. ``fit`` sets its paper from the PDF
    first (False: as the print dialog left it). Runs in any thread (Qt paints on a printer
    in a worker; QtPdf serialises its renderer)."""
    document = load_pdf(path)
    if document is None:
        return 0
    try:
        if fit:
            fit_printer(printer, document)
        return paint_pages(document, printer, progress)
    finally:
        document.close()


class PrintRun(ProgressRelay):
    """One print job painted in a thread of its own, so a 40-page packing list never freezes
    the window; progress (and Cancel) as an export's, the pages printed by a signal."""

    finished = Signal(int)  # the pages printed; 0 when cancelled or the printer refused them

    def __init__(self, pdf: Path, printer: QPrinter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pdf, self.printer = pdf, printer  # the printer lives as long as the run

    def start(self) -> None:
        threading.Thread(target=self._run, name="print", daemon=True).start()

    def _run(self) -> None:
        # A printer keeps the paper its dialog chose (the driver's media); a PDF file gets the
        # document's own pages (Qt's dialog offers a 100x150 mm label as Letter otherwise).
        to_file = self.printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        pages = print_pdf(self.pdf, self.printer, self.progress, fit=to_file)
        if to_file and self.cancelled:  # Qt still ends the file it began: no half-printed PDF is left
            Path(self.printer.outputFileName()).unlink(missing_ok=True)
        self.finished.emit(pages)


class PrintPreview(QPrintPreviewDialog):
    """The preview of one paper, with Print (Qt's print dialog) and Save PDF… in its toolbar."""

    save_requested = Signal()  # "Save PDF…": the owner asks where and copies the file
    print_chosen = Signal()  # Print, then the print dialog's OK: the owner prints ``target`` in a PrintRun

    def __init__(self, document: QPdfDocument, kind: str, title: str, parent: QWidget | None = None,
                 file_name: str = "") -> None:
        """``file_name``: where Qt's "Print to file" writes when no printer is installed (it
        would offer the home folder itself, which is no file)."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        names = printer_names()
        remembered = remembered_printer(kind)
        if remembered in names:
            printer.setPrinterName(remembered)
        elif not names and file_name:
            printer.setOutputFileName(file_name)
        printer.setDocName(title)
        fit_printer(printer, document)
        super().__init__(printer, parent)
        self.setObjectName("printPreview")
        self.target, self.document, self.kind = printer, document, kind  # the dialog does not own its printer
        self.print_dialog: QPrintDialog | None = None
        document.setParent(self)
        self.setWindowTitle(self.tr("Print preview: {what}").format(what=title))
        self.paintRequested.connect(lambda target: paint_pages(self.document, target))
        toolbar = self.findChild(QToolBar)
        self.save_action = QAction(self.tr("Save PDF\u2026"), self)
        self.save_action.setObjectName("previewSavePdf")
        self.save_action.setToolTip(self.tr("Save these pages as a PDF file."))
        self.save_action.triggered.connect(self.save_requested)
        if toolbar is not None:
            # Qt's last tool is Print: said in words too, not only a printer icon
            print_action = toolbar.actions()[-1]
            print_action.triggered.disconnect()  # Qt would paint on the GUI thread: ask_printer instead
            print_action.triggered.connect(self.ask_printer)
            print_tool = toolbar.widgetForAction(print_action)
            if isinstance(print_tool, QToolButton):
                print_tool.setObjectName("previewPrintButton")
                print_tool.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            toolbar.addSeparator()
            toolbar.addAction(self.save_action)
            toolbar.widgetForAction(self.save_action).setObjectName("previewSavePdfButton")
        self.notice = QLabel(self)
        self.notice.setObjectName("noPrinter")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NO_PRINTER_STYLE)
        self.notice.setText(no_printer_sentence())
        self.notice.setVisible(not names)
        layout = self.layout()
        if layout is not None:
            layout.addWidget(self.notice)
        self.resize(900, 700)

    @property
    def preview(self) -> QPrintPreviewWidget:
        widget = self.findChild(QPrintPreviewWidget)
        assert widget is not None
        return widget

    def ask_printer(self) -> None:
        """Qt's print dialog on this paper's printer (the one remembered for its kind). exec, as
        Qt's own preview does: Windows and macOS show their native dialog only that way."""
        self.print_dialog = QPrintDialog(self.target, self)
        self.print_dialog.setObjectName("printDialog")
        if self.print_dialog.exec() == QDialog.DialogCode.Accepted:
            self._printer_chosen()

    def _printer_chosen(self) -> None:
        """OK in the print dialog: keep the printer for this kind of paper, print, close the preview."""
        name = self.target.printerName()
        if self.target.outputFormat() == QPrinter.OutputFormat.NativeFormat and name:
            remember_printer(self.kind, name)
        self.print_chosen.emit()
        self.accept()


def no_printer_sentence() -> str:
    return QCoreApplication.translate(
        "PrintPreview", "No printer is installed on this computer, so nothing can be printed here. "
                        "Save PDF\u2026 keeps these pages as a file to print on another computer; "
                        "or add a printer in the system settings and press Print again.")
