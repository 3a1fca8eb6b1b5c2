"""Settings › Label printer as a volunteer sets it up (real keys, a real TCP printer port on
127.0.0.1, private QSettings), and the Trucks screen sending a new box's label to it."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.documents.zpl_reading import read_labels
from tests.raw_printer import raw_printer, refused_address
from tests.ui.keyboard import SLOW_MS, show_active, type_keys
from warehouse_app.core.shipping.warehouse import set_warehouse_details
from warehouse_app.db.database import Database
from warehouse_app.kernel.station import LabelPrinter
from warehouse_app.station.store import load_station_settings
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.screens.settings.label_printer_page import LabelPrinterPage
from warehouse_app.ui.screens.trucks.screen import TrucksScreen


def open_page(ctx: AppContext, qtbot: QtBot) -> LabelPrinterPage:
    page = LabelPrinterPage(ctx)
    page.resize(820, 600)
    show_active(qtbot, page)
    return page


def choose(page: LabelPrinterPage, kind: str, qtbot: QtBot) -> None:
    """The kind picked with the keyboard: focus the box, Up or Down until it shows ``kind``."""
    page.kind.setFocus()
    target = page.kind.findData(kind)
    for _ in range(page.kind.count()):
        if page.kind.currentIndex() == target:
            return
        qtbot.keyClick(page.kind, Qt.Key.Key_Down if page.kind.currentIndex() < target else Qt.Key.Key_Up)
    assert page.kind.currentIndex() == target


def test_a_network_printer_is_tested_then_saved(db: Database, ctx: AppContext, qtbot: QtBot) -> None:
    with db.write() as s:
        set_warehouse_details(s, name="Magazyn Pomocy Przemyśl")
    page = open_page(ctx, qtbot)
    assert page.kind.currentData() == "pdf"
    assert not page.test_button.isEnabled() and not page.address.isEnabled() and not page.queue.isEnabled()
    choose(page, "network", qtbot)
    assert page.address.isEnabled() and page.test_button.isEnabled() and not page.queue.isEnabled()
    page.dpi.setCurrentIndex(page.dpi.findData(300))
    with raw_printer() as printer:
        page.address.setFocus()
        type_keys(page, printer.address, SLOW_MS)
        assert page.address.text() == printer.address
        qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "was sent" in page.messages.text(), timeout=10_000)
        (label,) = read_labels(printer.wait_for_job())
    assert label.barcodes() == ["TEST-300-100X150"] and label.width == 1181
    assert "TEST-300-100X150" in page.messages.text() and page.test_button.isEnabled()
    assert QSettings("AidWarehouse", "AidWarehouse").value("label_printer/kind") is None  # tested, not yet saved
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = LabelPrinter(kind="network", address=printer.address, dpi=300, size="100x150")
    assert ctx.settings.label_printer == saved == load_station_settings().label_printer
    assert QSettings("AidWarehouse", "AidWarehouse").value("label_printer/address") == printer.address


def test_a_wrong_or_silent_printer_is_one_sentence_and_nothing_is_saved(ctx: AppContext, qtbot: QtBot) -> None:
    page = open_page(ctx, qtbot)
    choose(page, "network", qtbot)
    page.address.setFocus()
    type_keys(page, "zebra:http", SLOW_MS)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "is not a printer address" in page.messages.text()
    page.address.setText(refused_address())
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "refused the connection" in page.messages.text(), timeout=10_000)
    choose(page, "queue", qtbot)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "name of the printer queue" in page.messages.text()
    assert load_station_settings().label_printer == LabelPrinter() and ctx.settings.label_printer == LabelPrinter()


def test_a_new_box_label_goes_to_the_label_printer(loader_ctx: AppContext, qtbot: QtBot,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = loader_ctx
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    with raw_printer() as printer:
        ctx.apply_settings(replace(ctx.settings, label_printer=LabelPrinter(kind="network", address=printer.address)))
        screen = TrucksScreen(ctx)
        qtbot.addWidget(screen)
        screen.show()
        qtbot.waitUntil(lambda: screen.boxes.new_box.isEnabled(), timeout=10_000)
        screen.tabs.setCurrentWidget(screen.boxes)
        screen.boxes.new_box.click()
        qtbot.waitUntil(lambda: "Sent 1 label" in ctx.messages.text(), timeout=10_000)
        (label,) = read_labels(printer.wait_for_job())
    assert screen.boxes.active is not None and label.barcodes() == [screen.boxes.active.code]
    assert (label.width, label.length) == (799, 1199)


def test_item_labels_from_the_reports_scan_sheet_card(ctx: AppContext, qtbot: QtBot) -> None:
    from warehouse_app.ui.screens.reports.screen import ReportsScreen

    page = ReportsScreen(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    card = page.scan_sheet
    assert not card.to_printer.isVisible()  # PDF labels: only the scan sheet is offered
    with raw_printer() as printer:
        ctx.apply_settings(replace(ctx.settings, label_printer=LabelPrinter(kind="network", address=printer.address,
                                                                            size="a6")))
        assert card.to_printer.isVisible()
        card.lines.setFocus()
        type_keys(page, "it12=Koc polarowy", SLOW_MS)
        qtbot.mouseClick(card.to_printer, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "Sent 1 item label" in ctx.messages.text(), timeout=10_000)
        (label,) = read_labels(printer.wait_for_job())
    assert label.barcodes() == ["IT000012"] and (label.width, label.length) == (839, 1183)


def test_a_trucks_labels_go_to_the_label_printer_from_its_menu(db: Database, loader_ctx: AppContext,
                                                               qtbot: QtBot) -> None:
    from tests.shipping_fixtures import actor_as
    from warehouse_app.core.catalogue import items as catalogue
    from warehouse_app.core.intake.receiving import receive
    from warehouse_app.core.shipping.containers import create_container, pack, seal
    from warehouse_app.core.shipping.shipments import create_truck, load
    from warehouse_app.ui.base.export_job import ExportPanel
    from warehouse_app.ui.screens.trucks.truck_papers import LABEL_PRINTER, TruckPapers

    with db.write() as s:
        actor = actor_as(s, "Setup", "setup")
        catalogue.add_item(s, name="Mydło w kostce", category="HYGIENE", unit="pcs", barcodes_=["5901234123457"],
                           unit_weight_kg="0.1")
        receive(s, actor, "5901234123457", qty=30)
        truck = create_truck(s, actor, destination="Харків", plate="PO 1234A", recipient="Фонд «Світанок»").number
        boxes = []
        for qty in (10, 20):
            box = create_container(s, actor, "box").code
            pack(s, actor, box, "5901234123457", qty=qty)
            seal(s, actor, box, gross_kg="2.5")
            load(s, actor, truck, box)
            boxes.append(box)
    ctx = loader_ctx
    panel = ExportPanel(ctx)
    qtbot.addWidget(panel)
    papers = TruckPapers(ctx, panel, lambda: truck, panel)
    papers.print_labels(LABEL_PRINTER)
    assert "prints labels as PDF" in ctx.messages.text()
    with raw_printer() as printer:
        ctx.apply_settings(replace(ctx.settings, label_printer=LabelPrinter(kind="network", address=printer.address)))
        papers.print_labels(LABEL_PRINTER)
        qtbot.waitUntil(lambda: "Sent 2 labels" in ctx.messages.text(), timeout=10_000)
        labels = read_labels(printer.wait_for_job())
    assert [label.barcodes() for label in labels] == [[box] for box in boxes]
    assert all(label.texts()[:2] == [truck, f"{n} / 2"] for n, label in enumerate(labels, 1))
