"""``warehouse-app --self-test``: prove that an installed or frozen copy of the app works.

The desktop build (PyInstaller, see build.spec) can lose what Python only finds at run
time: the Alembic migrations read from files, the DejaVu fonts, reportlab's barcode
modules (imported by name), Qt's plugins and translations. A build that lacks one of them
starts fine and fails in front of a volunteer. So the self-test walks the same paths the
app does, in a throw-away folder: migrate a new SQLite database, add an item and receive
one scan of it, write a PDF and an xlsx and read both back, print the PDF through Qt's
printer and read that back with QtPdf, build the main window with its
chart and sound objects on the offscreen platform, read a barcode from a video frame as the
camera view does (zxing-cpp and QtMultimedia's camera backend), and load the translations.

Each check prints one line; the first failure is one sentence on stderr and exit code 1.
It never touches the user's database or settings.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TextIO

from warehouse_app import __version__
from warehouse_app.kernel.paths import resource_path

BARCODE = "5901234123457"
GS1_COUNT, GS1_EXPIRY = 12, date(2027, 6, 30)
GS1_CASE = "]C10105901234123457172706303712"  # (01) its GTIN, (17) expiry, (37) count of 12
ITEM_NAME = "Fasola konserwowa 400 g / Квасоля"
EXIT_FAILED = 1


class SelfTestFailed(Exception):
    """A check found something wrong; the message is the sentence shown to the user."""


def _require(condition: bool, sentence: str) -> None:
    if not condition:
        raise SelfTestFailed(sentence)


class _Run:
    """The state the checks share: the temporary folder and the database opened in it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.db = None  # warehouse_app.db.database.Database once migrated

    def database(self) -> str:
        from warehouse_app.db.database import Database
        from warehouse_app.db.migrate import MIGRATIONS_DIR, head_revision, upgrade

        _require((MIGRATIONS_DIR / "env.py").is_file(), f"the migrations are missing from {MIGRATIONS_DIR}.")
        self.db = Database(str(self.folder / "self-test.sqlite3"))
        report = upgrade(self.db)
        _require(report.after == head_revision(), f"the database stopped at revision {report.after}.")
        import psycopg

        # PostgreSQL is not reached here, but its driver must load: psycopg picks its
        # compiled libpq wrapper by name at run time, which a frozen build can miss.
        _require(psycopg.pq.__impl__ in ("binary", "c"),
                 f"the PostgreSQL driver runs on its {psycopg.pq.__impl__} fallback, not its bundled libpq.")
        libpq = psycopg.pq.version()
        return (f"new SQLite database migrated to revision {report.after}; PostgreSQL driver "
                f"psycopg {psycopg.__version__} ({psycopg.pq.__impl__}, libpq {libpq // 10000}.{libpq % 10000})")

    def receive(self) -> str:
        from warehouse_app.core.access.operators import actor_for
        from warehouse_app.core.catalogue import items as catalogue
        from warehouse_app.core.intake import receiving
        from warehouse_app.core.stock import query as stock_query

        assert self.db is not None
        with self.db.write() as s:
            item = catalogue.add_item(s, name=ITEM_NAME, category="FOOD.CANNED", unit="pcs", barcodes_=[BARCODE])
            actor = actor_for(s, "self-test", "self-test")
            plain = receiving.receive(s, actor, BARCODE, donor="Self-test")
        with self.db.write() as s:  # GS1-128 needs biip's tables of application identifiers
            case = receiving.receive(s, actor, GS1_CASE, donation=plain.donation_number)
        with self.db.read() as s:
            lots = stock_query.item_lots(s, item.id)
        on_hand = sum((lot.quantity for lot in lots), Decimal(0))
        _require(plain.level_at_location == 1 and case.quantity == GS1_COUNT and on_hand == 1 + GS1_COUNT,
                 f"two scans of {BARCODE} left {on_hand} in stock instead of {1 + GS1_COUNT}.")
        _require(case.expiry == GS1_EXPIRY, f"the GS1-128 scan was read with expiry {case.expiry}, not {GS1_EXPIRY}.")
        return (f"scans of {BARCODE} (1) and of a GS1-128 case ({GS1_COUNT}, expiry {GS1_EXPIRY}) received "
                f"into {plain.donation_number}, {on_hand.normalize():f} in stock")

    def pdf(self) -> str:
        from warehouse_app.documents.jobs import run_job, scan_sheet_job

        assert self.db is not None  # the same document job the Reports screen and the CLI run
        out = run_job(self.db, scan_sheet_job([(BARCODE, ITEM_NAME)], title="Self-test"),
                      self.folder / "scan-sheet.pdf").path
        data = out.read_bytes()
        _require(data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"),
                 "the scan sheet PDF is not a complete PDF file.")
        _require(b"/FontFile2" in data, "the scan sheet PDF does not embed the DejaVu font.")
        return f"scan sheet PDF with a Code 128 barcode and DejaVu Sans embedded, {len(data):,} bytes"

    def printing(self) -> str:
        """Qt's print support and QtPdf, as Print… uses them: the scan sheet printed on Qt's
        PDF printer, then read back by QtPdf and its first page checked for ink."""
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPrintSupport import QPrinter, QPrinterInfo
        from PySide6.QtWidgets import QApplication

        from warehouse_app.ui.base.printing import print_pdf

        _app = QApplication.instance() or QApplication([sys.argv[0], "-platform", "offscreen"])
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.folder / "printed.pdf"))
        pages = print_pdf(self.folder / "scan-sheet.pdf", printer)
        _require(pages == 1, f"printing the scan sheet painted {pages} pages, not 1.")
        document = QPdfDocument()
        _require(document.load(str(self.folder / "printed.pdf")) == QPdfDocument.Error.None_,
                 "QtPdf cannot read the page Qt's printer wrote.")
        image = document.render(0, document.pagePointSize(0).toSize())  # ink on a transparent page
        document.close()
        dots = [image.pixelColor(x, y) for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)]
        dark = sum(1 for dot in dots if dot.alpha() > 128 and dot.lightness() < 128)
        _require(100 < dark < len(dots) // 4, "the printed scan sheet rendered blank or black.")
        printers = len(QPrinterInfo.availablePrinterNames())
        return f"scan sheet printed through Qt's printer and rendered by QtPdf ({dark} dark dots; {printers} printers here)"

    def zpl(self) -> str:
        from warehouse_app.documents.labels_zpl import ZplPage, printer_test_label

        # the thermal label's words are drawn with Pillow's FreeType part, which a build may leave out
        data = printer_test_label(ZplPage("a6", 300), warehouse="Самопроверка", station="self-test", printed="—")
        _require(data.startswith(b"^XA") and b"^GFA," in data and data.rstrip().endswith(b"^XZ"),
                 "the test label's ZPL has no graphic field for its words.")
        return f"thermal test label as ZPL with Cyrillic drawn as graphics, {len(data):,} bytes"

    def xlsx(self) -> str:
        from openpyxl import load_workbook

        from warehouse_app.documents.jobs import run_job, stock_sheet_job

        assert self.db is not None  # the rows stream from the session: the job writes inside its read
        out = run_job(self.db, stock_sheet_job(lang="en", operator="", warehouse="Self-test"),
                      self.folder / "stock.xlsx").path
        book = load_workbook(out, read_only=True)
        listed = any(ITEM_NAME in row for row in book["Stock"].iter_rows(values_only=True))
        book.close()
        _require(listed, "the stock sheet read back does not list the item just received.")
        return f"stock sheet xlsx written and read back with the item in it, {out.stat().st_size:,} bytes"

    def qt(self) -> str:
        from PySide6.QtCore import qInstallMessageHandler

        warnings: list[str] = []  # e.g. "no audio device" on a server: counted, not printed
        previous = qInstallMessageHandler(lambda _kind, _where, text: warnings.append(text))
        try:
            return self._main_window(warnings)
        finally:
            qInstallMessageHandler(previous)

    def _main_window(self, warnings: list[str]) -> str:
        from PySide6.QtCore import QCoreApplication, QEvent
        from PySide6.QtMultimedia import QSoundEffect
        from PySide6.QtWidgets import QApplication

        from warehouse_app.app import attach_scanner, build_screens
        from warehouse_app.core.access.operators import get_or_add_operator
        from warehouse_app.kernel.station import StationSettings
        from warehouse_app.ui.base.context import AppContext
        from warehouse_app.ui.base.tasks import TaskRunner
        from warehouse_app.ui.main_window import MainWindow
        from warehouse_app.ui.screens.stock.weight_chart import WeightChart

        assert self.db is not None
        app = QApplication.instance() or QApplication([sys.argv[0], "-platform", "offscreen"])
        with self.db.write() as s:
            operator = get_or_add_operator(s, "self-test")
        ctx = AppContext(TaskRunner(self.db), operator, StationSettings(station="self-test", sound=False))
        window = None
        try:
            window = MainWindow(ctx, self.db.display_name(), build_screens(ctx))
            attach_scanner(window, ctx.settings)
            window.show()
            for index in range(len(window.screens)):  # each screen loads its data once shown
                window.show_screen(index)
                ctx.runner.wait()
                QCoreApplication.processEvents()
            screens = len(window.screens)
            charts = window.findChildren(WeightChart)
            sounds = window.findChildren(QSoundEffect)
            _require(bool(charts) and charts[0].chart() is not None, "the stock screen has no weight chart.")
            _require(bool(sounds) and all(Path(e.source().toLocalFile()).is_file() for e in sounds),
                     "the scanning screens have no scan sounds.")
            _require(not window.grab().isNull(), "the main window could not be drawn.")
        finally:
            ctx.runner.wait()
            QCoreApplication.processEvents()  # answers still queued reach their widgets first
            if window is not None:
                window.close()
                window.deleteLater()
            ctx.messages.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return (f"main window with {screens} screens, weight chart and scan sounds "
                f"on the {app.platformName()} platform ({len(warnings)} Qt warnings)")

    def camera(self) -> str:
        """zxing-cpp reads a barcode passed through a video frame, as the camera view does, and
        QtMultimedia has a media backend that can open cameras (none needs to be plugged in)."""
        import zxingcpp
        from PySide6.QtCore import qInstallMessageHandler
        from PySide6.QtGui import QImage
        from PySide6.QtWidgets import QApplication

        from warehouse_app.ui.base.camera_codes import read_codes

        app = QApplication.instance() or QApplication([sys.argv[0], "-platform", "offscreen"])
        warnings: list[str] = []  # e.g. "Couldn't load pipewire" as QtMultimedia loads: counted, not printed
        previous = qInstallMessageHandler(lambda _kind, _where, text: warnings.append(text))
        try:
            from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoFrame, QVideoSink

            cameras = len(QMediaDevices.videoInputs())
            camera = QCamera()
            session = QMediaCaptureSession()
            session.setCamera(camera)
            sink = QVideoSink()
            session.setVideoSink(sink)
            picture = zxingcpp.write_barcode_to_image(
                zxingcpp.create_barcode("5901234123457", zxingcpp.BarcodeFormat.EAN13), scale=4)
            height, width = picture.shape
            image = QImage(bytes(memoryview(picture)), width, height, width, QImage.Format.Format_Grayscale8)
            frames: list[QImage] = []
            sink.videoFrameChanged.connect(lambda frame: frames.append(frame.toImage()))
            sink.setVideoFrame(QVideoFrame(image))
        finally:
            qInstallMessageHandler(previous)
        missing = [text for text in warnings if "No QtMultimedia backends" in text or "Failed to initialize QCamera" in text]
        why = [text for text in warnings if "multimedia" in text.lower() or "cannot load library" in text.lower()]
        _require(not missing, f"QtMultimedia cannot open cameras: {' '.join(missing)} {' '.join(why[-5:])}".strip())
        _require(len(frames) == 1, "a video frame did not reach the camera view's sink.")
        codes = read_codes(frames[0], (width, height))
        _require(codes == ["]E05901234123457"], f"the camera's barcode reader read {codes} instead of ]E05901234123457.")
        return f"a barcode read from a video frame; {cameras} camera(s) on the {app.platformName()} platform"

    def translations(self) -> str:
        from PySide6.QtCore import QLibraryInfo, QTranslator

        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        loaded = []
        for lang in ("pl", "uk"):
            translator = QTranslator()
            _require(translator.load(f"qtbase_{lang}", qt_folder), f"Qt's own qtbase_{lang} translation is missing.")
            loaded.append(f"qtbase_{lang}")
        ours = resource_path("translations")
        for qm in sorted(ours.glob("*.qm")) if ours.is_dir() else []:
            _require(QTranslator().load(str(qm)), f"the translation {qm.name} cannot be loaded.")
            loaded.append(qm.stem)
        return f"translations loaded: {', '.join(loaded)}"

    def close(self) -> None:
        if self.db is not None:
            self.db.dispose()


def _checks(run: _Run) -> list[tuple[str, Callable[[], str]]]:
    return [
        ("database", run.database), ("receive", run.receive), ("pdf", run.pdf), ("printing", run.printing),
        ("zpl", run.zpl), ("xlsx", run.xlsx), ("camera", run.camera), ("qt", run.qt),
        ("translations", run.translations),
    ]


def run_self_test(out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run every check in a temporary folder; 0 when all pass, 1 at the first failure."""
    out = out or sys.stdout
    err = err or sys.stderr
    where = f"frozen build in {sys._MEIPASS}" if hasattr(sys, "_MEIPASS") else f"Python {sys.version.split()[0]}"
    out.write(f"Aid Warehouse {__version__} self-test ({where})\n")
    with tempfile.TemporaryDirectory(prefix="warehouse-self-test-") as folder:
        run = _Run(Path(folder))
        try:
            for name, check in _checks(run):
                try:
                    detail = check()
                except SelfTestFailed as exc:
                    err.write(f"self-test failed: {name}: {exc}\n")
                    return EXIT_FAILED
                except Exception as exc:  # noqa: BLE001 - any crash is a failed check, said in one line
                    text = " ".join(str(exc).split()) or exc.__class__.__name__
                    err.write(f"self-test failed: {name}: {exc.__class__.__name__}: {text}\n")
                    return EXIT_FAILED
                out.write(f"ok  {name}: {detail}\n")
                out.flush()
        finally:
            run.close()
    out.write("self-test passed\n")
    return 0


if __name__ == "__main__":  # pragma: no cover
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    raise SystemExit(run_self_test())
