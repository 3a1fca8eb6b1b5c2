"""The whole window: a scanner burst anywhere reaches the active screen, typed keys stay typing."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.ui.keyboard import enter, show_active, type_keys
from warehouse_app.app import attach_scanner, build_screens
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.db.database import Database
from warehouse_app.db.models import StockLevel
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.main_window import MainWindow

SOAP = "5901234123457"
ROUTING_GAP_MS = 400
PERSON_MS = 3 * ROUTING_GAP_MS


@pytest.fixture
def window(db: Database, ctx: AppContext, qtbot: QtBot) -> MainWindow:  # type: ignore[no-untyped-def]
    with db.write() as s:
        catalogue.add_item(s, name="Mydło w kostce 100 g", category="HYGIENE", unit="pcs", barcodes_=[SOAP])
    win = MainWindow(ctx, db.display_name(), build_screens(ctx))
    # These tests are about routing, not timing (tests/ui/test_scanner.py covers the 50 ms
    # rule): a wide gap keeps a burst one burst even when a loaded machine stalls the loop.
    attach_scanner(win, replace(ctx.settings, scan_max_gap_ms=ROUTING_GAP_MS))
    show_active(qtbot, win)
    ctx.runner.wait()
    return win


def on_hand(db: Database) -> Decimal:
    with db.read() as s:
        return s.scalar(select(func.coalesce(func.sum(StockLevel.quantity), 0))) or Decimal(0)


def test_typed_quantity_then_scanner_burst_receives_that_many(db: Database, window: MainWindow, qtbot: QtBot) -> None:
    intake = window.current_screen()
    intake.qty.setFocus()
    type_keys(window, "12", delay_ms=PERSON_MS)  # a person types the quantity
    qtbot.waitUntil(lambda: intake.qty.text() == "12")
    with qtbot.waitSignal(window.scan_routed) as routed, qtbot.waitSignal(intake.received, timeout=10_000):
        type_keys(window, SOAP)  # the scanner: fast keys and Enter
        enter(window)
    assert routed.args == ["intake", SOAP]
    assert on_hand(db) == 12
    assert intake.qty.text() == "" and intake.code.text() == ""


def test_a_burst_while_typing_in_the_code_field_is_still_one_scan(db: Database, window: MainWindow, qtbot: QtBot) -> None:
    intake = window.current_screen()
    intake.code.setFocus()
    with qtbot.waitSignal(intake.received, timeout=10_000):
        type_keys(window, SOAP)
        enter(window)
    assert on_hand(db) == 1 and intake.code.text() == ""


def test_function_keys_switch_screens_and_scans_follow(db: Database, window: MainWindow, qtbot: QtBot) -> None:
    from PySide6.QtCore import Qt

    qtbot.keyClick(window, Qt.Key.Key_F3)
    assert window.current_screen().objectName() == "stock"
    with qtbot.waitSignal(window.scan_routed) as routed:
        type_keys(window, SOAP)
        enter(window)
    assert routed.args == ["stock", SOAP] and on_hand(db) == 0  # the Stock screen looks the item up, receives nothing
    qtbot.keyClick(window, Qt.Key.Key_F4)
    assert window.current_screen().objectName() == "catalogue"
    qtbot.keyClick(window, Qt.Key.Key_F2)
    assert window.current_screen().objectName() == "intake"
    window.ctx.runner.wait()
