"""The History screen as people work it: filters typed and picked, more rows loaded, the rows
exported to Excel, a receipt reversed by a manager, and what staff and refusals see."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.stock_fixtures import ean
from warehouse_app.core.catalogue.items import add_item
from warehouse_app.core.intake.donations import open_donation
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.stock.changes import reverse, write_off
from warehouse_app.core.stock.history import ledger_page
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.tasks import Change, Op
from warehouse_app.ui.screens.history.screen import HistoryScreen

RICE, SOAP = ean("590000000012"), ean("590000000014")


def seed(ctx: AppContext) -> dict[str, str]:
    """Rice from Caritas (3 receipts), soap from Anna (1), one rice written off (by a manager)."""
    with ctx.runner.db.write() as s:
        add_item(s, name="Ryż 1 kg", category="FOOD", unit="pcs", barcodes_=[RICE])
        add_item(s, name="Mydło 100 g", category="HYGIENE", unit="pcs", barcodes_=[SOAP])
        caritas = open_donation(s, ctx.actor, donor="Caritas").number
        for qty in (10, 5, 2):
            receive(s, ctx.actor, RICE, qty=qty, donation=caritas)
        anna = open_donation(s, ctx.actor, donor="Anna").number
        receive(s, ctx.actor, SOAP, qty=4, donation=anna)
        if ctx.is_manager:
            write_off(s, ctx.actor, RICE, 1, "torn bag")
    return {"caritas": caritas, "anna": anna}


def open_screen(ctx: AppContext, qtbot: QtBot) -> HistoryScreen:
    screen = HistoryScreen(ctx)
    qtbot.addWidget(screen)
    with qtbot.waitSignal(screen.model.loaded, timeout=10_000):
        screen.resize(1366, 700)
        screen.show()
    return screen


def kinds(screen: HistoryScreen) -> list[str]:
    return [r.kind for r in screen.model.rows]


def type_filter(screen: HistoryScreen, qtbot: QtBot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    with qtbot.waitSignal(screen.model.loaded, timeout=10_000):
        qtbot.keyClick(edit, Qt.Key.Key_Return)


def click_row(screen: HistoryScreen, qtbot: QtBot, row: int) -> None:
    rect = screen.table.visualRect(screen.model.index(row, 1))
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_filter_by_donation_and_by_kind(manager_ctx: AppContext, qtbot: QtBot) -> None:
    numbers = seed(manager_ctx)
    screen = open_screen(manager_ctx, qtbot)
    assert kinds(screen) == ["write_off", "receive", "receive", "receive", "receive"]
    type_filter(screen, qtbot, screen.donation_edit, numbers["anna"])
    assert [(r.kind, r.item, r.donor) for r in screen.model.rows] == [("receive", "Mydło 100 g", "Anna")]
    screen.clear_button.click()
    qtbot.waitUntil(lambda: len(screen.model.rows) == 5)
    with qtbot.waitSignal(screen.model.loaded, timeout=10_000):
        screen.kind_combo.setCurrentIndex(screen.kind_combo.findData("write_off"))
    assert [(r.kind, r.reason) for r in screen.model.rows] == [("write_off", "torn bag")]
    assert "1 row" in screen.count_label.text()


def test_paging_loads_more(manager_ctx: AppContext, qtbot: QtBot) -> None:
    seed(manager_ctx)
    screen = open_screen(manager_ctx, qtbot)
    screen.model.page_size = 2
    with qtbot.waitSignal(screen.model.loaded, timeout=10_000):
        screen.apply_filter()
    assert screen.model.rowCount() == 2 and screen.more_button.isEnabled()
    with qtbot.waitSignal(screen.model.loaded, timeout=10_000):
        qtbot.mouseClick(screen.more_button, Qt.MouseButton.LeftButton)
    assert screen.model.rowCount() == 4
    with qtbot.waitSignal(screen.model.loaded, timeout=10_000):
        qtbot.mouseClick(screen.more_button, Qt.MouseButton.LeftButton)
    ids = [r.id for r in screen.model.rows]
    assert len(ids) == 5 and ids == sorted(ids, reverse=True) and not screen.more_button.isEnabled()


def test_export_writes_the_rows_shown(manager_ctx: AppContext, qtbot: QtBot, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    numbers = seed(manager_ctx)
    screen = open_screen(manager_ctx, qtbot)
    type_filter(screen, qtbot, screen.donation_edit, numbers["caritas"])
    out = tmp_path / "history.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    with qtbot.waitSignal(screen.export_panel.finished, timeout=30_000):
        qtbot.mouseClick(screen.export_button, Qt.MouseButton.LeftButton)
    assert screen.export_panel.state == "done", screen.export_panel.label.text()
    sheet = openpyxl.load_workbook(out)["Ledger history"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    titles = next(r for r in rows if r and r[0] == "No.")
    assert titles[:4] == ["No.", "Time", "Kind", "Item"]
    data = [r for r in rows if isinstance(r[0], int)]
    assert [(r[2], r[3], r[6], r[10]) for r in data] == [("receipt", "Ryż 1 kg", q, numbers["caritas"]) for q in (2, 5, 10)]
    assert any(numbers["caritas"] in str(v) for r in rows[:4] for v in r if v)  # the filter in the header


def test_a_manager_reverses_a_receipt(manager_ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    numbers = seed(manager_ctx)
    screen = open_screen(manager_ctx, qtbot)
    type_filter(screen, qtbot, screen.donation_edit, numbers["anna"])
    assert not screen.reverse_button.isEnabled()  # nothing selected yet
    click_row(screen, qtbot, 0)
    assert screen.reverse_button.isEnabled()
    receipt = screen.model.rows[0].id
    asked: list[object] = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("  counted twice ", True)))

    def question(*args: object) -> QMessageBox.StandardButton:
        asked.append(args[-1])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    with qtbot.waitSignal(screen.model.loaded, timeout=10_000):
        qtbot.mouseClick(screen.reverse_button, Qt.MouseButton.LeftButton)
    assert asked == [QMessageBox.StandardButton.No]  # the question's default
    rows = screen.model.rows
    assert [(r.kind, r.reverses, r.reason) for r in rows] == [("reversal", receipt, "counted twice"),
                                                              ("receive", None, None)]
    assert rows[1].reversed_by == rows[0].id
    assert str(rows[0].id) in screen.model.index(1, screen.model.REVERSED).data()
    assert "reversed" in manager_ctx.messages.label.text()


def test_an_empty_reason_reverses_nothing(manager_ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    seed(manager_ctx)
    screen = open_screen(manager_ctx, qtbot)
    click_row(screen, qtbot, 1)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("   ", True)))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: pytest.fail("asked without a reason")))
    qtbot.mouseClick(screen.reverse_button, Qt.MouseButton.LeftButton)
    assert "needs a reason" in manager_ctx.messages.label.text()
    with manager_ctx.runner.db.read() as s:
        assert len(ledger_page(s).rows) == 5


def test_staff_sees_reverse_disabled(staff_ctx: AppContext, qtbot: QtBot) -> None:
    seed(staff_ctx)
    screen = open_screen(staff_ctx, qtbot)
    click_row(screen, qtbot, 0)
    assert screen.table.currentIndex().row() == 0
    assert not screen.reverse_button.isEnabled()
    assert screen.export_button.isEnabled()


def test_a_refused_reversal_says_why(manager_ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    numbers = seed(manager_ctx)
    screen = open_screen(manager_ctx, qtbot)
    type_filter(screen, qtbot, screen.donation_edit, numbers["anna"])
    receipt = screen.model.rows[0].id
    with manager_ctx.runner.db.write() as s:  # another station got there first
        reverse(s, manager_ctx.actor, receipt, "elsewhere")
    click_row(screen, qtbot, 0)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("twice", True)))
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(screen.reverse_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "already been reversed" in manager_ctx.messages.label.text(), timeout=10_000)
    assert manager_ctx.messages.label.text() == f"Movement {receipt} has already been reversed."


def test_another_stations_write_shows_up(manager_ctx: AppContext, qtbot: QtBot) -> None:
    seed(manager_ctx)
    screen = open_screen(manager_ctx, qtbot)
    elsewhere = QObject()  # another screen's write: its change notice refreshes the ledger
    with qtbot.waitSignal(screen.model.loaded, timeout=10_000):
        Op(elsewhere, lambda s: write_off(s, manager_ctx.actor, SOAP, 1, "wet"), write=True,
           changes=Change.STOCK).run(manager_ctx.runner)
    assert [(r.kind, r.reason) for r in screen.model.rows[:1]] == [("write_off", "wet")]


def test_out_of_sight_it_reads_nothing_and_catches_up_when_shown(manager_ctx: AppContext, qtbot: QtBot) -> None:
    """Every scan at Intake is a stock change: a hidden History must not read the ledger for
    each one (that slowed the scans), and shows them all when it is looked at again."""
    seed(manager_ctx)
    screen = open_screen(manager_ctx, qtbot)
    screen.hide()
    loads: list[bool] = []
    screen.model.loaded.connect(lambda: loads.append(True))
    elsewhere = QObject()  # the intake screen, say
    for reason in ("wet", "torn"):
        with qtbot.waitSignal(manager_ctx.runner.changed, timeout=10_000):
            Op(elsewhere, lambda s, reason=reason: write_off(s, manager_ctx.actor, SOAP, 1, reason), write=True,
               changes=Change.STOCK).run(manager_ctx.runner)
    manager_ctx.runner.wait()
    qtbot.wait(50)
    assert loads == [] and "wet" not in [r.reason for r in screen.model.rows]
    with qtbot.waitSignal(screen.model.loaded, timeout=10_000):
        screen.show()
        screen.activated()  # the main window shows it again
    assert [(r.kind, r.reason) for r in screen.model.rows[:2]] == [("write_off", "torn"), ("write_off", "wet")]
    screen.activated()  # shown again with nothing new: no read
    manager_ctx.runner.wait()
    qtbot.wait(50)
    assert len(loads) == 1
