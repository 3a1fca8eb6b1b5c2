"""'Where did it go?': the trace view opened from the intake screen, the Trucks screen and the
Reports screen with real clicks, on a real journey; the donor report written from it."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QTableWidget
from pytestqt.qtbot import QtBot

from tests.trace_fixtures import DONOR, HUB, REASON, Journey, deliver, gift_journey
from tests.ui.print_preview import assert_same_pages, open_preview, print_to_file
from warehouse_app.db.database import Database
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.screens.intake.screen import IntakeScreen
from warehouse_app.ui.screens.reports.screen import ReportsScreen
from warehouse_app.ui.screens.trucks.screen import TrucksScreen
from warehouse_app.ui.widgets.trace_view import TraceView


def cells(table: QTableWidget) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]  # type: ignore[union-attr]
            for r in range(table.rowCount())]


def wait_shown(view: TraceView, qtbot: QtBot, words: str) -> None:
    qtbot.waitUntil(lambda: words in view.summary.text(), timeout=10_000)


@pytest.fixture
def journey(db: Database) -> Journey:
    return gift_journey(db, station="intake-1", close=False)  # still open at this station: the intake shows it


def journey_box(by_state: dict[tuple[str, str], list[str]]) -> str:
    """The label code of the soap box that left (made by the journey, so read back from the row)."""
    code = by_state[("On the way", "Soap bar")][3]
    assert code.startswith("BX")
    return code


def save_as(monkeypatch: pytest.MonkeyPatch, out: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(out), "")))


def test_where_did_it_go_from_the_intake_screen(ctx: AppContext, journey: Journey, qtbot: QtBot, tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    screen = IntakeScreen(ctx)
    qtbot.addWidget(screen)
    screen.show()
    screen.activated()
    qtbot.waitUntil(lambda: screen.header.donation is not None and screen.header.trace_button.isEnabled())
    qtbot.mouseClick(screen.header.trace_button, Qt.MouseButton.LeftButton)
    view = screen.trace_view
    assert view is not None and view.isVisible()
    wait_shown(view, qtbot, "%")
    assert view.summary.text() == "5 % of this donation has left for Харків, Ukraine on 1 truck, by weight."
    assert f"Donation {journey.donation} from {DONOR}" in view.details.text()
    rows = cells(view.rows)
    assert [r[0] for r in rows] == ["On a shelf", "On a shelf", "Packed", "Loaded", "On the way", "Written off"]
    by_state = {(r[0], r[1]): r for r in rows}  # items by their English name where they have one
    assert by_state[("On the way", "Soap bar")][2:7] == ["6 pcs", journey_box(by_state), journey.kharkiv,
                                                          "Харків, Ukraine", "Благодійний фонд «Світанок»"]
    assert by_state[("Written off", "Koc polarowy")][8] == REASON
    assert by_state[("Loaded", "Koc polarowy")][4] == journey.lviv
    assert by_state[("Packed", "Koc polarowy")][3].endswith(f"({journey.box})") or journey.box in by_state[
        ("Packed", "Koc polarowy")][3]
    # per item: left + still here + written off = received
    assert cells(view.totals) == [["Koc polarowy", "8 pcs", "0", "0", "6", "2"],
                                  ["Soap bar", "10 pcs", "6", "0", "4", "0"]]

    # the donor's letter, in Ukrainian, from the same window
    out = tmp_path / "impact-uk.pdf"
    save_as(monkeypatch, out)
    view.language.setCurrentIndex(view.language.findData("uk"))
    assert view.report_button.isEnabled()
    qtbot.mouseClick(view.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.panel.state == "done", timeout=20_000)
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Куди потрапила Ваша пожертва" in text and "Мило" in text
    preview = open_preview(qtbot, view.panel, lambda: qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton))
    print_to_file(qtbot, view.panel, preview, tmp_path / "printed.pdf")
    assert_same_pages(out, tmp_path / "printed.pdf")
    view.reject()


def test_donors_on_a_truck(loader_ctx: AppContext, journey: Journey, qtbot: QtBot) -> None:
    screen = TrucksScreen(loader_ctx)
    qtbot.addWidget(screen)
    screen.show()
    with qtbot.waitSignal(screen.shown, timeout=10_000):
        screen.select_truck(journey.kharkiv)
    assert screen.pane.donors_button.isEnabled()
    qtbot.mouseClick(screen.pane.donors_button, Qt.MouseButton.LeftButton)
    view = screen.trace_view
    assert view is not None
    wait_shown(view, qtbot, "carries")
    assert view.summary.text() == f"Truck {journey.kharkiv} to Харків, Ukraine carries goods of 1 donation."
    assert f"Donors: {DONOR}" in view.details.text()
    [row] = cells(view.rows)
    assert row[0].startswith("BX") and row[1:5] == [journey.donation, DONOR, "Soap bar", "6 pcs"]  # the reader's language
    assert row[5] in ("0.6", "0,6")  # 6 × 0.1 kg, in the locale's decimal mark
    assert not view.totals.isVisible()
    assert not view.report_button.isEnabled()  # whose report? pick a row first
    view.rows.selectRow(0)
    assert view.report_button.isEnabled()
    view.reject()


def test_reports_screen_cards(ctx: AppContext, journey: Journey, qtbot: QtBot, tmp_path: Path,
                              monkeypatch: pytest.MonkeyPatch) -> None:
    screen = ReportsScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 700)
    screen.show()
    with qtbot.waitSignal(ctx.runner.busy_changed, check_params_cb=lambda busy: not busy):
        screen.activated()
    # "Where did it go?" beside the donation picked on the receipt card
    qtbot.mouseClick(screen.receipt.trace_button, Qt.MouseButton.LeftButton)
    view = screen.trace_view
    assert view is not None
    wait_shown(view, qtbot, "%")
    assert view.summary.text().startswith("5 % of this donation")
    view.reject()

    card = screen.donor_report
    assert card.donor.currentData() == DONOR
    card.language.setCurrentIndex(card.language.findData("pl"))
    out = tmp_path / "donor.pdf"
    save_as(monkeypatch, out)
    qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.panel.state == "done", timeout=20_000)
    assert "Dokąd trafił Państwa dar" in PdfReader(out).pages[0].extract_text()

    sheet = tmp_path / "impact.xlsx"
    save_as(monkeypatch, sheet)
    qtbot.mouseClick(screen.impact.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.panel.state == "done" and sheet.exists(), timeout=20_000)
    ws = openpyxl.load_workbook(sheet)["By donor"]
    assert any(row[0] == DONOR and row[3] == 11 for row in ws.iter_rows(values_only=True))


def test_delivered_goods_show_the_hub_and_its_date(ctx: AppContext, db: Database, journey: Journey, qtbot: QtBot,
                                                   tmp_path: Path, sqlite_template: Path) -> None:
    shutil.copyfile(sqlite_template, tmp_path / "hub.sqlite3")
    hub = Database(str(tmp_path / "hub.sqlite3"))
    try:
        deliver(db, hub, journey.kharkiv, (journey.soap_box,))
    finally:
        hub.dispose()
    view = TraceView(ctx)
    qtbot.addWidget(view)
    view.show_donation(journey.donation)
    wait_shown(view, qtbot, "%")
    [delivered] = [r for r in cells(view.rows) if r[0] == "Delivered"]
    assert delivered[1:3] == ["Soap bar", "6 pcs"] and delivered[4] == journey.kharkiv
    assert delivered[8] == f"confirmed by {HUB}" and delivered[7]  # the hub's arrival date
    assert "Delivered: 5 %" in view.details.text()
    assert cells(view.totals)[1] == ["Soap bar", "10 pcs", "6", "6", "4", "0"]
