"""The print path itself (ui/base/printing.py): a real scan sheet made by its job, shown in
the preview, printed through Qt's printer to a PDF file and read back; page ranges, the
sentence when there is no printer, a paper that is no PDF, the printer kept per paper."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from tests.ui.print_preview import accept_print_dialog, assert_same_pages, open_preview, print_to_file, save_from_preview
from warehouse_app.documents.jobs import DocumentJob, scan_sheet_job
from warehouse_app.documents.progress import Progress
from warehouse_app.station.store import remember_printer, remembered_printer
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.export_job import ExportPanel
from warehouse_app.ui.base.printing import chosen_pages, no_printer_sentence, print_pdf, printer_names

ENTRIES = [(f"IT{n:06d}", f"Koc polarowy {n} / Плед {n}") for n in range(60)]  # more than one A4 page


@pytest.fixture
def panel(ctx: AppContext, qtbot: QtBot) -> ExportPanel:
    panel = ExportPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    return panel


def test_a_scan_sheet_prints_page_for_page_and_the_preview_shows_every_page(
        panel: ExportPanel, qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    job = scan_sheet_job(ENTRIES, title="Koce")
    preview = open_preview(qtbot, panel, lambda: panel.print_document("Scan sheet", "scan-sheet", "koce.pdf", job))
    if printer_names():
        assert not preview.notice.isVisible()
    else:  # as on this machine: the preview opens and says why nothing can be printed here
        assert preview.notice.isVisible() and preview.notice.text() == no_printer_sentence()
        assert panel.label.text() == no_printer_sentence()
        assert preview.target.outputFileName().endswith("koce.pdf")  # Qt's "Print to file" offers a file, not ~/
    saved = tmp_path / "koce.pdf"
    save_from_preview(qtbot, preview, saved, monkeypatch)
    assert panel.label.text().startswith("Scan sheet saved as koce.pdf") and panel.open_button.isVisible()
    pages = len(PdfReader(saved).pages)
    assert pages > 1 and preview.preview.pageCount() == pages
    printed = tmp_path / "printed.pdf"
    print_to_file(qtbot, panel, preview, printed)
    assert_same_pages(saved, printed)
    assert panel.label.text().startswith(f"{pages} page") and "of Scan sheet sent to" in panel.label.text()


def test_the_print_dialogs_page_range_is_kept(tmp_path: Path) -> None:
    from warehouse_app.documents.labels_pdf import write_scan_sheet

    source = write_scan_sheet(tuple(ENTRIES), tmp_path / "sheet.pdf", title="Koce")
    count = len(PdfReader(source).pages)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    assert chosen_pages(printer, count) == range(count)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 2)
    assert chosen_pages(printer, count) == range(1, 2)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "second.pdf"))
    assert print_pdf(source, printer) == 1 and len(PdfReader(tmp_path / "second.pdf").pages) == 1


def test_a_paper_that_is_no_pdf_is_one_sentence_and_no_preview(panel: ExportPanel, qtbot: QtBot) -> None:
    def render(_data: object, out: Path, _progress: Progress | None) -> Path:
        out.write_bytes(b"not a PDF")
        return out

    broken: DocumentJob[object] = DocumentJob(lambda _s: None, render)
    assert panel.print_document("Scan sheet", "scan-sheet", "broken.pdf", broken)
    qtbot.waitUntil(lambda: panel.state == "failed", timeout=20_000)
    assert panel.label.text() == "The pages of Scan sheet could not be read for printing."
    assert panel.preview is None and not panel.running


def test_the_printer_is_kept_per_kind_of_paper() -> None:
    assert remembered_printer("labels-100x150") == ""
    remember_printer("labels-100x150", "Zebra_ZD421")
    remember_printer("packing-list", "HP_LaserJet_Biuro")
    assert remembered_printer("labels-100x150") == "Zebra_ZD421"
    assert remembered_printer("packing-list") == "HP_LaserJet_Biuro"


def test_printing_runs_off_the_window_and_cancel_stops_it(panel: ExportPanel, qtbot: QtBot, tmp_path: Path) -> None:
    preview = open_preview(qtbot, panel, lambda: panel.print_document(
        "Scan sheet", "scan-sheet", "koce.pdf", scan_sheet_job(ENTRIES, title="Koce")))
    preview.target.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    preview.target.setOutputFileName(str(tmp_path / "never.pdf"))
    panel.running_changed.connect(lambda running: running and panel.cancel())  # before the print thread's first page
    with qtbot.waitSignal(panel.finished, timeout=60_000):
        accept_print_dialog(preview)
        preview.ask_printer()
    assert panel.state == "cancelled" and panel.label.text() == "Printing Scan sheet was cancelled."
    assert not panel.running and panel.preview is None and not (tmp_path / "never.pdf").exists()
