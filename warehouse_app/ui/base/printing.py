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

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QObject, QRectF, QSize, QSizeF, Qt, Signal
from PySide6.QtGui import QAction, QImage, QPageLayout, QPageSize, QPaintEngine, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QLabel, QToolBar, QToolButton, QWidget

from warehouse_app.station.store import remember_printer, remembered_printer

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


def paint_pages(document: QPdfDocument, printer: QPrinter) -> int:
    """Paint the PDF's pages on ``printer`` (the preview's or a real one); the pages painted."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        preview = painter.paintEngine().type() == QPaintEngine.Type.Picture  # the preview records pictures
        dpi = PREVIEW_DPI if preview else min(printer.resolution(), PRINT_DPI)
        painted = 0
        for index in chosen_pages(printer, document.pageCount()):
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


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Print a PDF file on ``printer`` as it is set (its paper set from the PDF); the pages printed."""
    document = load_pdf(path)
    if document is None:
        return 0
    try:
        fit_printer(printer, document)
        return paint_pages(document, printer)
    finally:
        document.close()
        document.deleteLater()


class PrintPreview(QPrintPreviewDialog):
    """The preview of one paper, with Print (Qt's print dialog) and Save PDF… in its toolbar."""

    save_requested = Signal()  # "Save PDF…": the owner asks where and copies the file
    printed = Signal(str)  # the printer's name, once the pages went to it

    def __init__(self, document: QPdfDocument, kind: str, title: str, parent: QWidget | None = None) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        names = printer_names()
        remembered = remembered_printer(kind)
        if remembered in names:
            printer.setPrinterName(remembered)
        printer.setDocName(title)
        fit_printer(printer, document)
        super().__init__(printer, parent)
        self.setObjectName("printPreview")
        self.target, self.document, self.kind = printer, document, kind  # the dialog does not own its printer
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
            print_tool = toolbar.widgetForAction(toolbar.actions()[-1])
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
        self.finished.connect(self._finished)
        self.resize(900, 700)

    @property
    def preview(self) -> QPrintPreviewWidget:
        widget = self.findChild(QPrintPreviewWidget)
        assert widget is not None
        return widget

    def _finished(self, result: int) -> None:
        """Printed (the dialog accepts after printing): remember the printer for this kind of paper."""
        if result != int(QPrintPreviewDialog.DialogCode.Accepted):
            return
        native = self.target.outputFormat() == QPrinter.OutputFormat.NativeFormat
        name = self.target.printerName()
        if native and name:
            remember_printer(self.kind, name)
        self.printed.emit(name if native else self.target.outputFileName())


def no_printer_sentence() -> str:
    return QCoreApplication.translate(
        "PrintPreview", "No printer is installed on this computer, so nothing can be printed here. "
                        "Save PDF\u2026 keeps these pages as a file to print on another computer; "
                        "or add a printer in the system settings and press Print again.")
