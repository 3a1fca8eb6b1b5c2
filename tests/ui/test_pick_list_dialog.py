"""Pick list… on the Trucks screen: a scanner burst in the dialog adds a line (its keys never
reach the text), typed lines are read as the command line reads them, and the PDF written
is read back: rows by place, the short item named."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from tests.shipping_fixtures import actor_as
from tests.ui.keyboard import GTIN, enter, show_active, type_keys
from warehouse_app.app import attach_scanner, build_screens
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.shipping.shipments import create_truck
from warehouse_app.core.stock.changes import move
from warehouse_app.core.stock.locations import add_location
from warehouse_app.db.database import Database
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.main_window import MainWindow
from warehouse_app.ui.screens.trucks.pick_list_dialog import PickListDialog

TRUCKS = 3


def test_a_scan_adds_a_line_and_the_pdf_lists_places_in_order(
        db: Database, loader_ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    with db.write() as s:
        actor = actor_as(s, "Setup", "setup")
        catalogue.add_item(s, name="Mydło w kostce 100 g", category="HYGIENE", unit="pcs", barcodes_=[GTIN])
        receive(s, actor, GTIN, qty=7)
        add_location(s, name="Półka Ż-1", kind="bin", parent="Storage")
        move(s, actor, GTIN, 4, "Receiving", "Półka Ż-1")
        number = create_truck(s, actor, destination="Харків", plate="PZ 1").number
    window = MainWindow(loader_ctx, db.display_name(), build_screens(loader_ctx))
    attach_scanner(window, replace(loader_ctx.settings, scan_max_gap_ms=150))
    show_active(qtbot, window)
    window.show_screen(TRUCKS)
    screen = window.current_screen()
    qtbot.waitUntil(lambda: screen.trucks_model.rowCount() > 0, timeout=10_000)
    with qtbot.waitSignal(screen.shown, timeout=10_000):
        screen.select_truck(number)
    screen.pane.findChild(QPushButton, "pickList").click()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PickListDialog), timeout=10_000)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PickListDialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is dialog.windowHandle())
    dialog.lines.setFocus()
    type_keys(dialog, "Kawa", delay_ms=90)  # a person types, then scans
    qtbot.wait(200)
    assert dialog.lines.toPlainText() == "Kawa"  # typing is text
    dialog.lines.clear()
    type_keys(dialog, GTIN, delay_ms=5)
    enter(dialog, delay_ms=5)
    qtbot.waitUntil(lambda: dialog.lines.toPlainText() == f"{GTIN} = 1", timeout=5_000)
    dialog.lines.setPlainText(f"{GTIN} = 9")
    out = tmp_path / "pick.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    dialog.findChild(QPushButton, "savePickList").click()
    qtbot.waitUntil(out.exists, timeout=20_000)
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert text.index("Przyjęcie towaru") < text.index("Półka Ż-1") and number in text
    dialog.lines.setPlainText("Mydło w kostce 100 g")
    assert not dialog.save() and "Line 1 should read item = quantity" in dialog.problem.text()
    dialog.reject()
