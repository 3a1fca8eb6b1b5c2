"""The export runner: a real document job on a real database, off the GUI thread, with progress and cancel."""

from __future__ import annotations

import threading
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from warehouse_app.core.catalogue.barcodes import gtin_check_digit
from warehouse_app.core.catalogue.items import add_item
from warehouse_app.core.intake.receiving import receive
from warehouse_app.documents.jobs import DocumentJob, count_sheet_job, stock_sheet_job
from warehouse_app.documents.progress import Progress
from warehouse_app.ui.base import export_job
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.export_job import ExportPanel, default_file_name

stock_sheet = stock_sheet_job(lang="en", operator="Olena Kovalenko", warehouse="Test")


@pytest.fixture
def stocked(ctx: AppContext) -> AppContext:
    """Forty lots in stock: enough rows for the bar to move."""
    with ctx.runner.db.write() as s:
        for n in range(40):
            gtin = f"59000001{n:04d}"
            item = add_item(s, name=f"Tinned fish {n}", category="FOOD", unit="pcs",
                            barcodes_=[gtin + gtin_check_digit(gtin)])
            receive(s, ctx.actor, item.barcodes[0].gtin, qty=n + 1, donor="Caritas")
    return ctx


def gated(progress: Progress, seen: threading.Event, gate: threading.Event) -> Progress:
    """The writer's callback, held at its first call until the test has pressed Cancel."""

    def call(done: int, total: int) -> bool:
        if not seen.is_set():
            seen.set()
            progress(done, total)
            gate.wait(10)
        return progress(done, total)

    return call


def test_default_names_say_what_and_when() -> None:
    from datetime import date

    assert default_file_name("stock", ".xlsx", date(2026, 11, 23)) == "stock-2026-11-23.xlsx"


def test_export_writes_a_file_with_progress_and_offers_to_open_it(stocked: AppContext, qtbot: QtBot, tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "chosen" / "stock"
    (tmp_path / "chosen").mkdir()
    asked: list[str] = []

    def save_dialog(parent, title, start, file_filter, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(start)
        return str(out), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    panel = ExportPanel(stocked)
    qtbot.addWidget(panel)
    values: list[int] = []
    panel.bar.valueChanged.connect(values.append)
    build = stock_sheet
    with qtbot.waitSignal(panel.finished, timeout=60_000) as finished:
        assert panel.export("Stock sheet", "stock-2026-11-23.xlsx", build)
        assert panel.state == "running" and panel.cancel_button.isVisible()
    written = finished.args[0]
    assert written == tmp_path / "chosen" / "stock.xlsx"  # the ending is added when not typed
    assert asked[0].endswith("stock-2026-11-23.xlsx")
    assert values and values[-1] == panel.bar.maximum() > 1  # the bar followed the writer to the end
    assert panel.state == "done" and "stock.xlsx" in panel.label.text()
    workbook = openpyxl.load_workbook(written, read_only=True)
    assert sum(1 for row in workbook.worksheets[0].iter_rows(values_only=True) if 'Tinned fish 7' in row) == 1
    workbook.close()
    panel.open_button.click()
    panel.folder_button.click()
    assert [url.toLocalFile() for url in opened] == [str(written), str(written.parent)]
    # the folder is remembered for the next export
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    assert export_job.export_folder() == str(tmp_path / "chosen")
    assert not panel.export("Stock sheet", "stock.xlsx", build)  # backing out of the dialog starts nothing


def test_cancel_stops_the_writer_and_leaves_no_file(stocked: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    panel = ExportPanel(stocked)
    qtbot.addWidget(panel)
    seen, gate = threading.Event(), threading.Event()
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "stock.xlsx"
    job = DocumentJob(stock_sheet.read, lambda data, path, progress: stock_sheet.render(
        data, path, gated(progress, seen, gate)), streams=True)
    with qtbot.waitSignal(panel.finished, timeout=60_000) as finished:
        panel.start("Stock sheet", out, job)
        assert seen.wait(30)
        panel.cancel_button.click()
        gate.set()
    assert finished.args == [None]
    assert panel.state == "cancelled" and panel.label.text() == "Export cancelled, nothing was saved."
    assert not panel.open_button.isVisible()
    assert list(folder.iterdir()) == []  # neither the file nor a leftover temporary part


def test_a_failing_export_says_why_in_one_sentence(ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    from warehouse_app.kernel.errors import NotFound

    threads: list[threading.Thread] = []

    def read(session):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        raise NotFound("No truck with number {number}.", number="T-2026-9999")

    panel = ExportPanel(ctx)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.finished) as finished:
        panel.start("Packing list", tmp_path / "x.pdf", DocumentJob(read, lambda data, out, progress: out))
    assert finished.args == [None] and panel.state == "failed"
    assert "No truck with number T-2026-9999." in panel.label.text()
    assert not panel.running and threads and threads[0] is not threading.main_thread()


def test_a_folder_that_cannot_hold_the_file_is_named_plainly(stocked: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    panel = ExportPanel(stocked)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.finished):
        panel.start("Stock sheet", blocker / "stock.xlsx", stock_sheet)
    assert panel.state == "failed"
    assert "The file stock.xlsx cannot be saved there:" in panel.label.text()
    assert "inside the app" not in panel.label.text()


def test_a_document_renders_after_its_read_transaction_closed(stocked: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    """A 40-page PDF holds no connection while it draws: only streaming jobs render inside the read."""
    count_sheet = count_sheet_job(location=None, category="FOOD")
    seen: dict[str, object] = {}

    def read(session):  # type: ignore[no-untyped-def]
        seen["session"] = session
        return count_sheet.read(session)

    def render(data, out, progress):  # type: ignore[no-untyped-def]
        seen["open while rendering"] = seen["session"].in_transaction()
        seen["thread"] = threading.current_thread()
        return count_sheet.render(data, out, progress)

    panel = ExportPanel(stocked)
    qtbot.addWidget(panel)
    with qtbot.waitSignal(panel.finished, timeout=60_000) as finished:
        panel.start("Count sheet", tmp_path / "count.pdf", DocumentJob(read, render))
    assert panel.state == "done" and finished.args == [tmp_path / "count.pdf"]
    assert (tmp_path / "count.pdf").read_bytes().startswith(b"%PDF-")
    assert seen["open while rendering"] is False and seen["thread"] is not threading.main_thread()


def test_a_folder_that_cannot_hold_the_file_is_named_in_one_sentence(stocked: AppContext, qtbot: QtBot,
                                                                      tmp_path: Path) -> None:
    panel = ExportPanel(stocked)
    qtbot.addWidget(panel)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be")
    with qtbot.waitSignal(panel.finished):
        panel.start("Stock sheet", blocker / "stock.xlsx", stock_sheet)
    assert panel.state == "failed" and "The file stock.xlsx cannot be saved there:" in panel.label.text()
