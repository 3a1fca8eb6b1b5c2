"""The Put away screen in the whole window, with scanner bursts as real keys through the
window (5 ms a key): a place label is the target, goods scanned move there through the
ledger, Ctrl+Z takes the last one back, a scan in the "which place" question is held and
used after it, a donation leaves Receiving in one go; the Places tab adds, renames,
archives (refused while goods lie there) and prints labels read back from the PDF."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.shipping_fixtures import actor_as
from tests.ui.keyboard import GTIN, Key, Mod, enter, press, show_active, type_keys
from warehouse_app.app import attach_scanner, build_screens
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.intake.donations import open_donation
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.shipping.containers import create_container
from warehouse_app.core.stock.changes import move
from warehouse_app.core.stock.locations import add_location
from warehouse_app.db.database import Database
from warehouse_app.db.models import Item, Location, Movement, StockLevel
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.scan_hub import ScanHub
from warehouse_app.ui.main_window import MainWindow
from warehouse_app.ui.screens.putaway.screen import PutAwayScreen

SOAP = GTIN
PUT_AWAY = 6  # after Intake, Stock, Catalogue, Trucks, Reports, History


@pytest.fixture
def shelves(db: Database) -> dict[str, str]:
    """50 soaps at Receiving (30 of them a donation's), and two racks; their label codes by name."""
    with db.write() as s:
        actor = actor_as(s, "Setup", "setup")
        catalogue.add_item(s, name="Mydło w kostce 100 g", category="HYGIENE", unit="pcs", barcodes_=[SOAP])
        receive(s, actor, SOAP, qty=20)
        gift = open_donation(s, actor, donor="Фонд «Світанок»")
        receive(s, actor, SOAP, qty=30, donation=gift.number)
        codes = {name: add_location(s, name=name, kind="bin", parent="Storage").code
                 for name in ("Regał A – półka 2", "Regał B")}
        codes["box"] = create_container(s, actor, "box").code
        codes["donation"] = gift.number
    return codes


def open_window(db: Database, ctx: AppContext, qtbot: QtBot) -> MainWindow:
    win = MainWindow(ctx, db.display_name(), build_screens(ctx))
    attach_scanner(win, replace(ctx.settings, scan_max_gap_ms=150))
    show_active(qtbot, win)
    win.show_screen(PUT_AWAY)
    ctx.runner.wait()
    return win


def scan(window: QWidget, code: str) -> None:
    type_keys(window, code, delay_ms=5)
    enter(window, delay_ms=5)


def at(db: Database, place: str) -> Decimal:
    with db.read() as s:
        return s.scalar(select(StockLevel.quantity).join(Location, Location.id == StockLevel.location_id)
                        .where(Location.name == place)) or Decimal(0)


def kinds(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(Movement.kind).join(Item, Item.id == Movement.item_id).order_by(Movement.id)))


def test_scan_a_place_then_goods_and_ctrl_z_takes_the_last_back(
        db: Database, staff_ctx: AppContext, shelves: dict[str, str], qtbot: QtBot) -> None:
    window = open_window(db, staff_ctx, qtbot)
    screen = window.current_screen()
    assert isinstance(screen, PutAwayScreen)
    scan(window, SOAP)  # no target yet: nothing moves
    qtbot.waitUntil(lambda: "Scan a place label" in screen.panel.details.text(), timeout=10_000)
    scan(window, f"]C0{shelves['Regał A – półka 2']}")
    qtbot.waitUntil(lambda: screen.target is not None, timeout=10_000)
    assert screen.target_label.text() == "Putting away to: Storage \u203a Regał A – półka 2"
    with qtbot.waitSignal(screen.moved, timeout=10_000):
        scan(window, SOAP)
    screen.qty.setFocus()
    type_keys(window, "4", delay_ms=120)  # a person types the quantity (and Enter), then scans
    enter(window, delay_ms=120)
    assert "the quantity 4 is used for the next scan" in staff_ctx.messages.text()
    qtbot.wait(200)
    with qtbot.waitSignal(screen.moved, timeout=10_000):
        scan(window, SOAP)
    assert (at(db, "Regał A – półka 2"), at(db, "Receiving")) == (5, 45)
    assert screen.panel.headline.text() == "Mydło w kostce 100 g"
    assert screen.panel.quantity.text() == "4 pcs put away" and "now 5 pcs at Regał A – półka 2" in \
        screen.panel.details.text()
    press(window, Key.Key_Z, Mod.ControlModifier, "\x1a", delay_ms=20)  # in the quantity field too
    qtbot.waitUntil(lambda: at(db, "Regał A – półka 2") == 1, timeout=10_000)
    assert kinds(db)[-3:] == ["move", "move", "reversal"] and screen.panel.state == "undo"
    scan(window, shelves["box"])
    qtbot.waitUntil(lambda: "box, pallet or truck label" in screen.panel.details.text(), timeout=10_000)
    assert screen.panel.headline.text() == "Not moved"


def test_a_scan_in_the_which_place_question_is_held_and_put_away_after_it(
        db: Database, staff_ctx: AppContext, shelves: dict[str, str], qtbot: QtBot) -> None:
    with db.write() as s:
        actor = actor_as(s, "Setup2", "setup")
        move(s, actor, SOAP, 20, "Receiving", "Regał B")
        move(s, actor, SOAP, 30, "Receiving", "Regał A – półka 2")
        dock = add_location(s, name="Wydawanie", kind="zone", parent="Main warehouse").code
    window = open_window(db, staff_ctx, qtbot)
    screen = window.current_screen()
    assert isinstance(screen, PutAwayScreen)
    screen.code.setFocus()
    type_keys(window, dock.lower(), delay_ms=90)  # a person types the place's label code
    enter(window, delay_ms=90)
    qtbot.waitUntil(lambda: screen.target is not None, timeout=10_000)
    scan(window, SOAP)
    qtbot.waitUntil(lambda: screen.source_dialog is not None and screen.source_dialog.isVisible(), timeout=10_000)
    dialog = screen.source_dialog
    assert dialog is not None and dialog.choices.count() == 2
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is dialog.windowHandle())
    dialog.choices.setCurrentRow(1)
    scan(dialog, SOAP)  # held: it neither answers nor picks a row
    hub = QApplication.instance().findChild(ScanHub)
    assert hub is not None and hub.held == (SOAP,) and dialog.isVisible() and dialog.choices.currentRow() == 1
    assert at(db, "Wydawanie") == 0
    chosen = dialog.chosen().place.name
    with qtbot.waitSignals([screen.moved], timeout=10_000):
        dialog.accept()
    qtbot.waitUntil(lambda: screen.source_dialog is not None, timeout=10_000)  # the held scan asks again
    screen.source_dialog.reject()
    assert at(db, "Wydawanie") == 1 and at(db, chosen) in (19, 29)


def test_move_all_of_a_donation_from_receiving(
        db: Database, staff_ctx: AppContext, shelves: dict[str, str], qtbot: QtBot) -> None:
    window = open_window(db, staff_ctx, qtbot)
    screen = window.current_screen()
    assert isinstance(screen, PutAwayScreen) and not screen.all_button.isEnabled()
    scan(window, shelves["Regał B"])
    qtbot.waitUntil(screen.all_button.isEnabled, timeout=10_000)
    dialog = screen.move_all()
    assert dialog is not None
    move_button = dialog.findChild(QPushButton, "moveAll")
    qtbot.waitUntil(move_button.isEnabled, timeout=10_000)
    assert dialog.donations.currentData() == shelves["donation"] and dialog.lines.rowCount() == 1
    assert dialog.lines.item(0, 1).text() == "30 pcs"
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is dialog.windowHandle())
    scan(dialog, SOAP)  # held while the window is open: it neither moves the donation nor closes it
    hub = QApplication.instance().findChild(ScanHub)
    assert hub is not None and hub.held == (SOAP,) and dialog.isVisible() and at(db, "Regał B") == 0
    enter(dialog, delay_ms=30)  # Enter closes: moving a donation is a click on purpose
    qtbot.waitUntil(lambda: screen.donation_dialog is None, timeout=10_000)
    qtbot.waitUntil(lambda: at(db, "Regał B") == 1, timeout=10_000)  # the held scan, put away after it closed
    assert hub.held == ()
    dialog = screen.move_all()
    assert dialog is not None
    move_button = dialog.findChild(QPushButton, "moveAll")
    qtbot.waitUntil(move_button.isEnabled, timeout=10_000)
    with qtbot.waitSignal(screen.moved, timeout=10_000):
        move_button.click()
    assert (at(db, "Regał B"), at(db, "Receiving")) == (31, 19)
    assert screen.panel.headline.text() == f"donation {shelves['donation']}"
    assert screen.panel.details.text() == "now at Storage › Regał B"


def test_places_tab_adds_renames_refuses_to_archive_with_goods_and_prints_labels(
        db: Database, manager_ctx: AppContext, shelves: dict[str, str], qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    window = open_window(db, manager_ctx, qtbot)
    screen = window.current_screen()
    assert isinstance(screen, PutAwayScreen)
    screen.tabs.setCurrentIndex(1)
    tab = screen.places
    qtbot.waitUntil(lambda: "Storage" in [tab.tree.topLevelItem(0).child(i).text(0)
                                          for i in range(tab.tree.topLevelItem(0).childCount())]
                    if tab.tree.topLevelItemCount() else False, timeout=10_000)
    storage = next(tab.tree.topLevelItem(0).child(i) for i in range(tab.tree.topLevelItem(0).childCount())
                   if tab.tree.topLevelItem(0).child(i).text(0) == "Storage")
    tab.tree.setCurrentItem(storage)
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("Стелаж 7", True)))
    tab.buttons["addBin"].click()
    qtbot.waitUntil(lambda: "Стелаж 7" in manager_ctx.messages.text(), timeout=10_000)
    with db.read() as s:
        new = s.scalar(select(Location).where(Location.name == "Стелаж 7"))
        assert new is not None and new.kind == "bin" and new.code.startswith("LC")
    qtbot.waitUntil(lambda: tab.current() is not None and tab.current().name == "Storage", timeout=10_000)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0).child(0))  # Receiving: goods, and intake's place
    tab.buttons["archivePlace"].click()
    qtbot.waitUntil(lambda: "cannot be archived" in manager_ctx.messages.text(), timeout=10_000)
    out = tmp_path / "labels.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    tab.buttons["printAll"].click()
    qtbot.waitUntil(lambda: out.exists(), timeout=20_000)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Стелаж 7" in text and "Regał A – półka 2" in text and shelves["Regał B"] in text


def test_the_places_tab_reads_nothing_out_of_sight_and_again_when_shown(
        db: Database, manager_ctx: AppContext, shelves: dict[str, str], qtbot: QtBot) -> None:
    """Scans at Intake are stock changes: a places tree nobody looks at is not read for each one."""
    from warehouse_app.ui.base.tasks import Change, Op

    window = open_window(db, manager_ctx, qtbot)
    screen = window.current_screen()
    assert isinstance(screen, PutAwayScreen)
    screen.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: screen.places.tree.topLevelItemCount() > 0, timeout=10_000)
    manager_ctx.runner.wait()
    window.show_screen(0)  # to Intake, which reads its donation
    qtbot.waitUntil(lambda: not manager_ctx.runner.busy, timeout=10_000)
    busy: list[bool] = []
    manager_ctx.runner.busy_changed.connect(busy.append)
    intake = window.current_screen()  # a scan of its own: it answers it without a read
    with qtbot.waitSignal(manager_ctx.runner.changed, timeout=10_000):
        Op(intake, lambda s: receive(s, manager_ctx.actor, SOAP, qty=5), write=True,
           changes=Change.STOCK).run(manager_ctx.runner)
    manager_ctx.runner.wait()
    qtbot.wait(50)
    assert busy == [True, False]  # the write only
    window.show_screen(PUT_AWAY)  # the Places tab in sight again: read as it is now
    qtbot.waitUntil(lambda: len(busy) == 4, timeout=10_000)
