"""The Trucks screen driven as a loader would: a truck made in the dialog, boxes and goods
scanned on, refusals, unloading, a manager's override, dispatch, and the papers."""

from __future__ import annotations

import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from tests.shipping_fixtures import actor_as
from tests.ui.print_preview import assert_same_pages, open_preview, print_to_file, save_from_preview
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.catalogue.barcodes import gtin_check_digit
from warehouse_app.core.catalogue.categories import edit_category, resolve_category
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.shipping.containers import create_container, pack, seal
from warehouse_app.core.shipping.packing_list import packing_list
from warehouse_app.core.shipping.shipments import create_truck, dispatch, get_truck, load, truck_totals
from warehouse_app.core.shipping.warehouse import set_max_payload_kg
from warehouse_app.core.stock.query import stock_by_item
from warehouse_app.db.database import Database
from warehouse_app.kernel.errors import NotAllowed
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.printing import printer_names
from warehouse_app.ui.base.tasks import Change, ChangeNotice, Op
from warehouse_app.ui.screens.trucks.screen import TrucksScreen

SOAP = "5901234123457"
BEANS_BODY = "590000000001"
BEANS = BEANS_BODY + gtin_check_digit(BEANS_BODY)

GENERATOR = "5900000000039"  # no unit weight

def on_hand(db: Database, name: str) -> Decimal:
    """Stock of one item anywhere in the warehouse (boxes and trucks not yet gone included)."""
    with db.read() as s:
        return sum((row.quantity for row in stock_by_item(s, search=name)), Decimal(0))


@pytest.fixture
def ctx(loader_ctx: AppContext) -> AppContext:
    """Trucks are a loader's work (core/access/roles); staff see them, and Dispatch disabled."""
    return loader_ctx


@pytest.fixture
def goods(db: Database) -> None:
    """50 soaps and 30 tins of beans on the shelf."""
    with db.write() as s:
        actor = actor_as(s, "Setup", "setup")
        catalogue.add_item(s, name="Mydło w kostce 100 g", category="HYGIENE", unit="pcs", barcodes_=[SOAP],
                           unit_weight_kg="0.1")
        catalogue.add_item(s, name="Fasola konserwowa 400 g", category="FOOD.CANNED", unit="pcs", barcodes_=[BEANS],
                           tracks_expiry=True, unit_weight_kg="0.45")
        receive(s, actor, SOAP, qty=50)
        receive(s, actor, BEANS, qty=30, expiry=date.today() + timedelta(days=400))


def new_truck(db: Database, **fields: object) -> str:
    with db.write() as s:
        actor = actor_as(s, "Setup", "setup")
        return create_truck(s, actor, destination="Lviv", plate="WX 12345", **fields).number  # type: ignore[arg-type]


def packed_box(db: Database, qty: int = 24, gross: str = "2.9") -> str:
    with db.write() as s:
        actor = actor_as(s, "Setup", "setup")
        box = create_container(s, actor, "box")
        pack(s, actor, box.code, SOAP, qty=qty)
        seal(s, actor, box.code, gross_kg=gross)
        return box.code


def open_screen(qtbot: QtBot, ctx: AppContext, number: str | None = None) -> TrucksScreen:  # type: ignore[no-untyped-def]
    screen = TrucksScreen(ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 720)
    screen.show()
    with qtbot.waitSignal(screen.shown, timeout=10_000):
        screen.activated()
    if number:
        with qtbot.waitSignal(screen.shown, timeout=10_000):
            screen.select_truck(number)
    return screen


def scan(qtbot: QtBot, screen: TrucksScreen, code: str, qty: str = "") -> None:  # type: ignore[no-untyped-def]
    if qty:
        qtbot.keyClicks(screen.scan_bar.qty, qty)
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.handle_scan(code)


def refused(qtbot: QtBot, screen: TrucksScreen, code: str, qty: str = "") -> str:  # type: ignore[no-untyped-def]
    if qty:
        qtbot.keyClicks(screen.scan_bar.qty, qty)
    with qtbot.waitSignal(screen.refused, timeout=10_000) as blocker:
        screen.handle_scan(code)
    return str(blocker.args[0])


def total_row(screen: TrucksScreen) -> list[str]:
    model = screen.pane.totals_model
    last = model.rowCount() - 1
    return [model.text(last, c) for c in range(model.columnCount())]


def test_a_truck_is_created_through_the_dialog(db: Database, ctx: AppContext, qtbot: QtBot) -> None:
    screen = open_screen(qtbot, ctx)
    screen.new_button.click()
    dialog = screen.actions.dialog
    assert dialog is not None and dialog.isVisible()
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()  # nothing typed: refused inline
    assert "destination" in dialog.error.text()
    typed = {"destination": "Kharkiv", "recipient": "Fundacja Pomoc", "recipient_address": "vul. Sumska 1",
             "driver": "Petro Ivanenko", "driver_phone": "+380 67 000 0000", "plate": "WX 12345",
             "trailer_plate": "WX 5678P", "seal_number": "S-778", "aid_registration_code": "UA-HUM-42"}
    for key, text in typed.items():
        dialog.fields[key].clear()
        qtbot.keyClicks(dialog.fields[key], text)
    dialog.departure.setDate(QDate(2026, 12, 1))
    with qtbot.waitSignal(screen.shown, timeout=10_000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not dialog.isVisible()
    assert screen.trucks_model.rowCount() == 1 and screen.selected is not None
    with db.read() as s:
        truck = get_truck(s, screen.selected)
    assert (truck.city, truck.recipient, truck.driver, truck.vehicle_plate, truck.trailer_plate) == (
        "Kharkiv", "Fundacja Pomoc", "Petro Ivanenko", "WX 12345", "WX 5678P")
    assert truck.planned_departure == date(2026, 12, 1) and truck.aid_registration_code == "UA-HUM-42"
    assert truck.status == "planning" and "Kharkiv" in screen.pane.header.text()
    screen.actions.edit_truck()  # the same dialog edits it until dispatch
    edit = screen.actions.dialog
    assert edit is not dialog and edit.fields["driver"].text() == "Petro Ivanenko"
    edit.fields["seal_number"].setText("S-999")
    with qtbot.waitSignal(screen.shown, timeout=10_000):
        edit.buttons.button(edit.buttons.StandardButton.Save).click()
    with db.read() as s:
        assert get_truck(s, screen.selected).seal_number == "S-999"


def test_a_packed_box_is_loaded_by_scanning_its_label(db: Database, ctx: AppContext, goods, qtbot: QtBot) -> None:
    number, box = new_truck(db), packed_box(db)
    screen = open_screen(qtbot, ctx, number)
    assert "LOADED onto truck " + number in screen.scan_bar.target.text()
    changed: list[ChangeNotice] = []
    ctx.runner.changed.connect(changed.append)
    scan(qtbot, screen, box.lower())
    assert screen.scan_bar.panel.state == "ok" and screen.feedback.played[-1] == "scan_ok"
    assert screen.pane.load_model.text(0, 0) == "1 / 1" and screen.pane.load_model.text(0, 1) == box
    assert total_row(screen)[1:] == ["1", "24", "2.4", "2.9"]
    assert changed and changed[-1].touches(Change.STOCK) and changed[-1].initiated_by(screen)  # the others hear it
    with db.read() as s:
        assert truck_totals(s, number).packages == 1
    assert "Total: 1 package" in screen.pane.total_line.text()


def test_a_load_above_the_maximum_payload_is_shouted(db: Database, ctx: AppContext, goods, qtbot: QtBot) -> None:
    number, box = new_truck(db), packed_box(db, gross="2.9")
    with db.write() as s:
        set_max_payload_kg(s, "2.5")
    screen = open_screen(qtbot, ctx, number)
    assert "maximum payload 2.5 kg" in screen.pane.total_line.text()
    scan(qtbot, screen, box)
    assert "OVERLOADED" in screen.pane.total_line.text() and "Unload 0.4 kg" in screen.pane.total_line.text()
    assert ctx.messages.kind == "warning" and "OVERLOADED" in ctx.messages.text()


def test_loose_goods_are_loaded_with_a_typed_quantity(db: Database, ctx: AppContext, goods, qtbot: QtBot) -> None:
    number = new_truck(db)
    screen = open_screen(qtbot, ctx, number)
    scan(qtbot, screen, SOAP, qty="12")
    assert screen.scan_bar.qty.text() == ""
    assert "+12" in screen.scan_bar.panel.quantity.text()
    assert screen.scan_bar.panel.headline.text() == "Mydło w kostce 100 g"
    assert screen.pane.load_model.text(0, 0) == "loose"
    assert total_row(screen)[2] == "12"
    with db.read() as s:
        assert truck_totals(s, number).pieces == 12


def test_a_refused_scan_is_red_and_changes_nothing(db: Database, ctx: AppContext, goods, qtbot: QtBot) -> None:
    number = new_truck(db)
    screen = open_screen(qtbot, ctx, number)
    sentence = refused(qtbot, screen, SOAP, qty="999")
    assert screen.scan_bar.panel.state == "error" and screen.feedback.played[-1] == "scan_error"
    assert ctx.messages.kind == "error" and ctx.messages.text() == sentence
    assert screen.scan_bar.panel.headline.text() == "Not loaded"
    assert on_hand(db, "Mydło") == 50
    with db.read() as s:
        assert truck_totals(s, number).pieces == 0
    assert screen.pane.load_model.rowCount() == 0


def test_the_screen_follows_stock_changes_made_elsewhere(db: Database, ctx: AppContext, goods, qtbot: QtBot) -> None:
    number = new_truck(db)
    screen = open_screen(qtbot, ctx, number)
    elsewhere = Op(None, lambda s: load(s, actor_as(s, "Dock 2", "dock-2"), number, SOAP, qty=4), write=True,
                   changes=Change.STOCK)  # another screen of this station moves stock onto the truck
    with qtbot.waitSignal(screen.shown, timeout=10_000):
        elsewhere.run(ctx.runner)
    assert total_row(screen)[2] == "4" and screen.trucks_model.text(0, 2) == "loading"


def test_the_screen_reads_once_after_its_own_scans(db: Database, ctx: AppContext, goods, qtbot: QtBot) -> None:
    number = new_truck(db)
    screen = open_screen(qtbot, ctx, number)
    shown: list[bool] = []
    screen.shown.connect(lambda: shown.append(True))
    scan(qtbot, screen, SOAP, qty="2")
    qtbot.wait(300)  # longer than the refresh timer
    assert shown == [True]  # the read after the scan's write, no second one


def test_a_scan_holds_the_write_lock_only_for_its_write(db: Database, ctx: AppContext, goods, qtbot: QtBot) -> None:
    """The load's write transaction (BEGIN IMMEDIATE, SQLite's one writer lock) runs the load's
    own statements; the truck list and the packing list are read in a read transaction after
    it committed, and are on screen when the scan is reported loaded."""
    import threading

    from sqlalchemy import event

    number = new_truck(db)
    screen = open_screen(qtbot, ctx, number)
    statements: list[tuple[int, str]] = []
    traced: list[Any] = []

    def record(statement: str) -> None:
        statements.append((threading.get_ident(), " ".join(statement.lower().split())))

    def trace(dbapi_connection: Any, *_args: Any) -> None:  # every statement, the prepared ones too
        dbapi_connection.set_trace_callback(record)
        traced.append(dbapi_connection)

    event.listen(db.engine, "checkout", trace)
    try:
        scan(qtbot, screen, SOAP, qty="3")
        ctx.runner.wait()
    finally:
        event.remove(db.engine, "checkout", trace)
        for connection in traced:
            connection.set_trace_callback(None)
    begins = [i for i, (_thread, sql) in enumerate(statements) if sql == "begin immediate"]
    assert len(begins) == 1
    writer = statements[begins[0]][0]
    mine = [sql for thread, sql in statements[begins[0]:] if thread == writer]
    write = [sql for sql in mine[:mine.index("commit")] if sql.startswith(("select", "insert", "update"))]
    lists = [sql for sql in (sql for _t, sql in statements) if "from shipment" in sql and "order by shipment.id" in sql]
    assert write and lists  # the lists were read ...
    assert not [sql for sql in write if sql in lists]  # ... but not inside the write
    assert screen.trucks_model.text(0, 2) == "loading" and total_row(screen)[2] == "3"


def test_goods_are_unloaded_before_dispatch(db: Database, ctx: AppContext, goods, qtbot: QtBot) -> None:
    number = new_truck(db)
    screen = open_screen(qtbot, ctx, number)
    scan(qtbot, screen, SOAP, qty="12")
    screen.scan_bar.unload_button.click()
    assert "UNLOADED from truck" in screen.scan_bar.target.text()
    scan(qtbot, screen, SOAP, qty="5")
    assert "5" in screen.scan_bar.panel.quantity.text() and "unloaded" in screen.scan_bar.panel.quantity.text()
    assert total_row(screen)[2] == "7"
    with db.read() as s:
        assert truck_totals(s, number).pieces == 7


def _short_dated_beans(db: Database) -> str:
    """Beans expiring in 10 days, where canned food must keep 90 days at departure."""
    with db.write() as s:
        actor = actor_as(s, "Setup", "setup")
        edit_category(s, resolve_category(s, "FOOD.CANNED").id, min_shelf_life_days=90)
        receive(s, actor, BEANS, qty=6, expiry=date.today() + timedelta(days=10))
    return new_truck(db, planned_departure=date.today())


def test_a_loader_sees_the_shelf_life_refusal(db: Database, ctx: AppContext, goods, qtbot: QtBot, monkeypatch) -> None:
    monkeypatch.setattr(QInputDialog, "open", lambda self: pytest.fail("only a manager is asked"))
    number = _short_dated_beans(db)
    screen = open_screen(qtbot, ctx, number)
    # 30 beans may go; 36 needs the short-dated lot too: refused, nothing loaded
    sentence = refused(qtbot, screen, BEANS, qty="36")
    assert "manager" in sentence and "Fasola" in screen.scan_bar.panel.details.text()
    with db.read() as s:
        assert truck_totals(s, number).pieces == 0


def test_a_manager_overrides_the_shelf_life_with_a_reason(db: Database, manager_ctx: AppContext, goods, qtbot: QtBot,
                                                            monkeypatch) -> None:
    asked: list[str] = []

    def answer(dialog: QInputDialog) -> None:
        asked.append(dialog.labelText())
        dialog.setTextValue("Hospital in Lviv uses it this week")
        dialog.accept()

    monkeypatch.setattr(QInputDialog, "open", answer)
    number = _short_dated_beans(db)
    screen = open_screen(qtbot, manager_ctx, number)
    scan(qtbot, screen, BEANS, qty="36")
    assert asked and "Why?" in asked[0]
    with db.read() as s:
        assert truck_totals(s, number).pieces == 36


def test_dispatch_confirms_what_leaves_and_stock_drops(db: Database, ctx: AppContext, goods, qtbot: QtBot,
                                                       monkeypatch) -> None:
    number, box = new_truck(db), packed_box(db)
    screen = open_screen(qtbot, ctx, number)
    scan(qtbot, screen, box)
    scan(qtbot, screen, SOAP, qty="6")
    questions: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: questions.append(text) or QMessageBox.StandardButton.Yes)
    assert on_hand(db, "Mydło") == 50
    with qtbot.waitSignal(ctx.runner.changed, timeout=10_000,
                          check_params_cb=lambda notice: notice.touches(Change.STOCK)):
        screen.pane.dispatch_button.click()
    assert "1 package" in questions[0] and "30 pieces" in questions[0] and "3.5 kg gross" in questions[0]
    assert on_hand(db, "Mydło") == 20
    with db.read() as s:
        assert get_truck(s, number).status == "dispatched"
    assert not screen.pane.dispatch_button.isEnabled() and not screen.pane.edit_button.isEnabled()
    assert "has left" in screen.scan_bar.target.text()
    refused(qtbot, screen, SOAP)


def test_staff_see_dispatch_disabled_and_the_service_refuses_too(db: Database, staff_ctx: AppContext, goods,
                                                                 qtbot: QtBot, monkeypatch) -> None:
    number, box = new_truck(db), packed_box(db)
    with db.write() as s:
        load(s, actor_as(s, "Setup", "setup"), number, box)
    screen = open_screen(qtbot, staff_ctx, number)  # Olena Kovalenko, staff
    assert screen.pane.view is not None and screen.pane.view.editable
    assert not screen.pane.dispatch_button.isEnabled() and not screen.pane.edit_button.isEnabled()
    assert screen.pane.dispatch_button.toolTip() == "Only a loader or a manager can dispatch a truck."
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("staff are not asked to dispatch"))
    screen.pane.dispatch_button.click()  # disabled: nothing happens
    with pytest.raises(NotAllowed, match="Only a loader or a manager can dispatch a truck"), db.write() as s:
        dispatch(s, staff_ctx.actor, number)
    with db.read() as s:
        assert get_truck(s, number).status == "loading"
    # the scan bar says before any scan that staff cannot load or pack (the services refuse it too)
    assert "Only a loader or a manager can load or unload trucks" in screen.scan_bar.target.text()
    assert not screen.scan_bar.load_button.isVisible()
    screen.tabs.setCurrentWidget(screen.boxes)
    qtbot.waitUntil(lambda: "can pack boxes" in screen.scan_bar.target.text())


def test_dispatch_can_be_called_off(db: Database, ctx: AppContext, goods, qtbot: QtBot, monkeypatch) -> None:
    number = new_truck(db)
    screen = open_screen(qtbot, ctx, number)
    scan(qtbot, screen, SOAP, qty="3")
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    screen.pane.dispatch_button.click()
    ctx.runner.wait()
    with db.read() as s:
        assert get_truck(s, number).status != "dispatched"


def test_an_overweight_dispatch_asks_and_no_keeps_the_truck(db: Database, ctx: AppContext, goods, qtbot: QtBot,
                                                             monkeypatch) -> None:
    number, box = new_truck(db), packed_box(db, gross="2.9")
    with db.write() as s:
        set_max_payload_kg(s, "2.5")
    screen = open_screen(qtbot, ctx, number)
    scan(qtbot, screen, box)
    asked: list[tuple[str, object]] = []
    answer = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, buttons, default: asked.append((text, default)) or answer)
    screen.pane.dispatch_button.click()
    ctx.runner.wait()
    assert "above its maximum payload of 2.5 kg" in asked[0][0] and asked[0][1] == QMessageBox.StandardButton.No
    with db.read() as s:
        assert get_truck(s, number).status != "dispatched"
    answer = QMessageBox.StandardButton.Yes  # said yes to the overweight question: it leaves
    with qtbot.waitSignal(ctx.runner.changed, timeout=10_000):
        screen.pane.dispatch_button.click()
    with db.read() as s:
        assert get_truck(s, number).status == "dispatched"


def test_scans_go_to_the_active_box_on_the_boxes_tab(db: Database, ctx: AppContext, goods, qtbot: QtBot,
                                                     monkeypatch) -> None:
    screen = open_screen(qtbot, ctx)
    screen.tabs.setCurrentWidget(screen.boxes)
    refused(qtbot, screen, SOAP)  # no box yet
    questions: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda parent, title, text, *a: questions.append(text) or QMessageBox.StandardButton.No)
    with qtbot.waitSignal(screen.boxes.created, timeout=10_000):
        screen.boxes.new_box.click()
    box = screen.boxes.active.code
    assert box in questions[-1] and screen.boxes.code_label.text() == box
    assert f"PACKED INTO BOX {box}" in screen.scan_bar.target.text()
    with qtbot.waitSignal(screen.boxes.packed, timeout=10_000):
        qtbot.keyClicks(screen.scan_bar.qty, "10")
        screen.handle_scan(SOAP)
    assert screen.boxes.contents_model.rowCount() == 1 and screen.boxes.active.pieces == 10
    # another category: asked first; No packs nothing, Yes mixes
    refused(qtbot, screen, BEANS, qty="2")
    assert "Mix" in questions[-1] or "category" in questions[-1]
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, *a: QMessageBox.StandardButton.Yes
                        if title.startswith("Mix") else QMessageBox.StandardButton.No)
    with qtbot.waitSignal(screen.boxes.packed, timeout=10_000):
        qtbot.keyClicks(screen.scan_bar.qty, "2")
        screen.handle_scan(BEANS)
    assert screen.boxes.active.mixed and screen.boxes.contents_model.rowCount() == 2
    screen.boxes.seal_box(box, "2.5")
    qtbot.waitUntil(lambda: screen.boxes.active.sealed)
    assert screen.boxes.active.sealed and screen.boxes.active.gross_kg == Decimal("2.5")
    with qtbot.waitSignal(screen.boxes.created, timeout=10_000):
        screen.boxes.new_pallet.click()
    pallet = screen.boxes.active.code
    assert f"ON PALLET {pallet}" in screen.scan_bar.target.text()
    with qtbot.waitSignal(screen.boxes.packed, timeout=10_000):
        screen.handle_scan(box)
    assert screen.boxes.active.code == pallet and screen.boxes.active.boxes == 1
    assert on_hand(db, "Mydło") == 50  # packing moves goods, it does not remove them


def test_f5_opens_trucks_from_any_screen_and_scans_follow(db: Database, ctx: AppContext, goods, qtbot: QtBot) -> None:
    from tests.ui.keyboard import show_active
    from warehouse_app.app import build_screens
    from warehouse_app.ui.main_window import MainWindow

    number = new_truck(db)
    window = MainWindow(ctx, db.display_name(), build_screens(ctx))
    show_active(qtbot, window)
    qtbot.waitUntil(window.isActiveWindow)
    for key in (Qt.Key.Key_F3, Qt.Key.Key_F5):  # Stock refreshes with Ctrl+R, not F5 (one key, one meaning)
        qtbot.keyClick(window, key)
    screen = window.current_screen()
    assert isinstance(screen, TrucksScreen)
    qtbot.waitUntil(lambda: screen.trucks_model.rowCount() == 1)
    screen.trucks_view.selectRow(0)
    qtbot.waitUntil(lambda: screen.pane.view is not None)
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        window.route_scan(SOAP)
    with db.read() as s:
        assert truck_totals(s, number).pieces == 1


@pytest.fixture
def loaded_truck(db: Database, goods) -> tuple[str, str]:
    """A truck carrying one sealed box of 24 soaps and 6 loose soaps."""
    number, box = new_truck(db), packed_box(db)
    with db.write() as s:
        actor = actor_as(s, "Setup", "setup")
        load(s, actor, number, box)
        load(s, actor, number, SOAP, qty=6)
    return number, box


def save_as(monkeypatch, path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    """The file dialog answers ``path``; returns the default names it was offered."""
    offered: list[str] = []

    def answer(parent, caption, default, file_filter, *args, **kwargs):  # type: ignore[no-untyped-def]
        offered.append(default)
        return str(path), file_filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return offered


def test_the_packing_list_is_made_in_the_background_previewed_printed_and_saved(
        db: Database, ctx: AppContext, loaded_truck, qtbot: QtBot, monkeypatch, tmp_path: Path) -> None:
    """Print packing list: the PDF is made off the GUI thread, the preview shows its pages,
    Qt's printer prints the same pages (here to a PDF file), Save PDF… keeps the very file."""
    number, box = loaded_truck
    (tmp_path / "papers").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temp"))
    (tmp_path / "temp").mkdir()
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    screen = open_screen(qtbot, ctx, number)

    def click() -> None:
        qtbot.mouseClick(screen.pane.packing_button, Qt.MouseButton.LeftButton)
        assert screen.export_panel.cancel_button.isVisible()  # the GUI is free while the worker writes

    preview = open_preview(qtbot, screen.export_panel, click)
    assert preview.windowTitle().endswith("Packing list")
    assert preview.notice.isVisible() == (not printer_names())  # no printer here: said in one sentence
    out = tmp_path / "papers" / "list.pdf"
    offered = save_from_preview(qtbot, preview, out, monkeypatch)
    assert offered[0].endswith(f"{number}-packing-list.pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert number in text and box in text and "Mydło w kostce 100 g" in text
    assert screen.export_panel.open_button.isVisible() and out.name in screen.export_panel.label.text()
    screen.export_panel.open_button.click()
    assert opened == [str(out)]
    printed = tmp_path / "printed.pdf"
    print_to_file(qtbot, screen.export_panel, preview, printed)  # Print, then OK: the preview closes
    assert_same_pages(out, printed)
    assert list((tmp_path / "temp").iterdir()) == []  # the temporary PDF went with the preview


def test_a_cancelled_export_leaves_no_file(db: Database, ctx: AppContext, loaded_truck, qtbot: QtBot, monkeypatch,
                                          tmp_path: Path) -> None:
    number, _ = loaded_truck
    (tmp_path / "temp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "temp"))
    screen = open_screen(qtbot, ctx, number)
    screen.export_panel.running_changed.connect(lambda running: running and screen.export_panel.cancel())  # before the worker's first report
    with qtbot.waitSignal(screen.export_panel.finished, timeout=60_000) as finished:
        screen.pane.packing_button.click()
    assert finished.args[0] is None and screen.export_panel.preview is None
    assert list((tmp_path / "temp").iterdir()) == []  # no temporary file left
    assert "cancelled" in screen.export_panel.label.text() and not screen.export_panel.open_button.isVisible()
    assert ctx.messages.kind != "error"


def test_labels_in_each_format_and_the_manifest(db: Database, ctx: AppContext, loaded_truck, qtbot: QtBot, monkeypatch,
                                                tmp_path: Path) -> None:
    number, box = loaded_truck
    screen = open_screen(qtbot, ctx, number)
    menu = screen.pane.labels_button.menu()
    assert len(menu.actions()) == 4 and "Label printer" in menu.actions()[3].text()  # the last: Settings' printer
    for page, action in zip(("a6", "100x150", "a4"), menu.actions()[:3], strict=True):
        preview = open_preview(qtbot, screen.export_panel, action.trigger)  # the format menu's entries
        out, printed = tmp_path / f"labels-{page}.pdf", tmp_path / f"printed-{page}.pdf"
        offered = save_from_preview(qtbot, preview, out, monkeypatch)
        assert offered[0].endswith(f"{number}-labels-{page}.pdf")
        assert box in PdfReader(out).pages[0].extract_text()
        print_to_file(qtbot, screen.export_panel, preview, printed)
        assert_same_pages(out, printed)  # each format on its own paper size, as the file
    out = tmp_path / "manifest.xlsx"
    offered = save_as(monkeypatch, out)
    with qtbot.waitSignal(screen.export_panel.finished, timeout=60_000) as finished:
        screen.pane.manifest_button.click()
    assert finished.args[0] == out and offered[0].endswith(f"{number}-manifest.xlsx")
    cells = [str(c) for ws in load_workbook(out).worksheets for row in ws.iter_rows(values_only=True) for c in row]
    assert number in " ".join(cells) and box in cells


def test_a_label_is_offered_for_a_new_box(db: Database, ctx: AppContext, qtbot: QtBot, monkeypatch, tmp_path: Path) -> None:
    screen = open_screen(qtbot, ctx)
    screen.tabs.setCurrentWidget(screen.boxes)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    out = tmp_path / "label.pdf"
    preview = open_preview(qtbot, screen.export_panel, screen.boxes.new_box.click)
    offered = save_from_preview(qtbot, preview, out, monkeypatch)
    code = screen.boxes.active.code
    assert offered[0].endswith(f"{code}-label.pdf")
    assert code in PdfReader(out).pages[0].extract_text()
    preview.reject()


def test_open_trucks_come_first_and_old_dispatched_ones_drop_off(db: Database, ctx: AppContext, goods, qtbot: QtBot,
                                                                  monkeypatch) -> None:
    from warehouse_app.core.shipping import truck_loading
    from warehouse_app.core.shipping.shipments import dispatch

    monkeypatch.setattr(truck_loading, "RECENT_DISPATCHED", 2)
    numbers = [new_truck(db) for _ in range(5)]
    with db.write() as s:
        actor = actor_as(s, "Setup", "setup")
        for number in numbers[1:4]:
            load(s, actor, number, SOAP, qty=1)
            dispatch(s, actor, number)
    screen = open_screen(qtbot, ctx)
    listed = [screen.trucks_model.text(r, 0) for r in range(screen.trucks_model.rowCount())]
    assert listed == [numbers[4], numbers[0], numbers[3], numbers[2]]
    assert screen.trucks_model.text(2, 2) == "dispatched"


def test_goods_are_taken_out_of_a_box_and_boxes_off_a_pallet(db: Database, ctx: AppContext, goods, qtbot: QtBot,
                                                             monkeypatch) -> None:
    box = packed_box(db, qty=10)
    with db.write() as s:
        actor = actor_as(s, "Setup", "setup")
        pallet = create_container(s, actor, "pallet").code
    screen = open_screen(qtbot, ctx)
    screen.tabs.setCurrentWidget(screen.boxes)
    with qtbot.waitSignal(screen.boxes.active_changed, timeout=10_000):
        screen.handle_scan(box)  # a box label chooses the box
    qtbot.waitUntil(lambda: screen.boxes.active is not None and screen.boxes.active.code == box)
    assert screen.scan_bar.unload_button.text() == "Take out"
    screen.boxes.reopen_box()
    qtbot.waitUntil(lambda: not screen.boxes.active.sealed)
    screen.scan_bar.unload_button.click()
    assert f"TAKEN OUT of box {box}" in screen.scan_bar.target.text()
    with qtbot.waitSignal(screen.boxes.packed, timeout=10_000):
        qtbot.keyClicks(screen.scan_bar.qty, "3")
        screen.handle_scan(SOAP)
    assert screen.boxes.active.pieces == 7 and "taken out" in screen.scan_bar.panel.quantity.text()
    with qtbot.waitSignal(screen.boxes.packed, timeout=10_000):
        screen.handle_scan(SOAP)  # a scan alone takes one
    assert screen.boxes.active.pieces == 6 and on_hand(db, "Mydło") == 50
    screen.scan_bar.load_button.click()
    with qtbot.waitSignal(screen.boxes.active_changed, timeout=10_000):
        screen.handle_scan(pallet)
    qtbot.waitUntil(lambda: screen.boxes.active.code == pallet)
    with qtbot.waitSignal(screen.boxes.packed, timeout=10_000):
        screen.handle_scan(box)
    assert screen.boxes.active.boxes == 1
    screen.scan_bar.unload_button.click()
    with qtbot.waitSignal(screen.boxes.packed, timeout=10_000):
        screen.handle_scan(box)
    assert screen.boxes.active.boxes == 0 and "off pallet" in screen.scan_bar.panel.quantity.text()
    screen.tabs.setCurrentWidget(screen.pane)
    assert not screen.scan_bar.unloading  # another tab starts in Load mode


def test_lines_without_weight_are_shown_before_printing_and_the_cmr_prints(db: Database, ctx: AppContext, goods,
                                                                            qtbot: QtBot, monkeypatch, tmp_path: Path) -> None:
    with db.write() as s:
        actor = actor_as(s, "Setup", "setup")
        catalogue.add_item(s, name="Agregat 3 kW", category="POWER.GENERATORS", unit="pcs", barcodes_=[GENERATOR])
        receive(s, actor, GENERATOR, qty=30)
    number = new_truck(db, recipient="Фонд «Світанок»")
    screen = open_screen(qtbot, ctx, number)
    scan(qtbot, screen, GENERATOR, qty="30")
    line = screen.pane.total_line.text()
    assert "30 loose pieces" in line and "1 line has no weight: enter it or state the gross weight" in line
    out = tmp_path / "cmr.pdf"
    preview = open_preview(qtbot, screen.export_panel, screen.pane.cmr_button.click)
    offered = save_from_preview(qtbot, preview, out, monkeypatch)
    preview.reject()
    assert offered[0].endswith(f"{number}-cmr.pdf")
    pages = [page.extract_text() for page in PdfReader(out).pages]
    assert len(pages) == 3 and "0 + 30" in pages[0] and "Фонд «Світанок»" in pages[0]


def test_a_loader_who_asks_chooses_the_lot_and_enter_keeps_first_expiry(db: Database, ctx: AppContext, qtbot: QtBot) -> None:
    """'Ask which lot': with two lots that may go, the loader picks one; the first offered
    is the one expiring first, so Enter keeps the rule."""
    soon, later = date.today() + timedelta(days=400), date.today() + timedelta(days=700)
    with db.write() as s:
        actor = actor_as(s, "Setup", "setup")
        catalogue.add_item(s, name="Fasola konserwowa 400 g", category="FOOD.CANNED", unit="pcs", barcodes_=[BEANS],
                           tracks_expiry=True, unit_weight_kg="0.45")
        receive(s, actor, BEANS, qty=10, expiry=soon)
        receive(s, actor, BEANS, qty=10, expiry=later)
    number = new_truck(db)
    screen = open_screen(qtbot, ctx, number)
    screen.scan_bar.ask_lot.setChecked(True)
    screen.handle_scan(BEANS)
    qtbot.waitUntil(lambda: screen.lot_dialog is not None and screen.lot_dialog.isVisible(), timeout=10_000)
    dialog = screen.lot_dialog
    assert dialog is not None and dialog.choices.count() == 2 and dialog.choices.currentRow() == 0
    assert [lot.expiry for lot in dialog.lots] == [soon, later]
    assert "Fasola konserwowa 400 g" in dialog.findChild(QLabel).text()  # the goods by name, not by barcode
    dialog.choices.setCurrentRow(1)  # the loader takes the later lot
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        dialog.accept()
    with db.read() as s:
        lines = packing_list(s, number).loose
    assert [(line.expiry, line.quantity) for line in lines] == [(later, 1)]

    screen.handle_scan(BEANS)  # Enter on the offered first row: first expiry first out
    qtbot.waitUntil(lambda: screen.lot_dialog is not None and screen.lot_dialog.isVisible(), timeout=10_000)
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        screen.lot_dialog.accept()
    with db.read() as s:
        lines = packing_list(s, number).loose
    assert sorted((line.expiry, line.quantity) for line in lines) == [(soon, 1), (later, 1)]


def test_a_cancelled_lot_choice_loads_nothing(db: Database, ctx: AppContext, qtbot: QtBot) -> None:
    with db.write() as s:
        actor = actor_as(s, "Setup", "setup")
        catalogue.add_item(s, name="Fasola konserwowa 400 g", category="FOOD.CANNED", unit="pcs", barcodes_=[BEANS],
                           tracks_expiry=True, unit_weight_kg="0.45")
        receive(s, actor, BEANS, qty=5, expiry=date.today() + timedelta(days=400))
        receive(s, actor, BEANS, qty=5, expiry=date.today() + timedelta(days=500))
    number = new_truck(db)
    screen = open_screen(qtbot, ctx, number)
    screen.scan_bar.ask_lot.setChecked(True)
    screen.handle_scan(BEANS)
    qtbot.waitUntil(lambda: screen.lot_dialog is not None and screen.lot_dialog.isVisible(), timeout=10_000)
    with qtbot.waitSignal(screen.refused, timeout=10_000) as refusal:
        screen.lot_dialog.reject()
    assert "No lot was chosen" in str(refusal.args[0])
    with db.read() as s:
        assert packing_list(s, number).loose == ()


@pytest.mark.parametrize("lang", ["en", "pl", "uk"])
def test_the_truck_buttons_leave_room_for_the_truck_list_in_every_language(qapp, lang: str) -> None:  # type: ignore[no-untyped-def]
    """At 1366 pixels the truck list on the left keeps a readable width: the truck pane's
    buttons (two rows) must not demand most of the screen (in one row, Ukrainian needed 1110 px)."""
    from warehouse_app.ui.base.language import install_translators
    from warehouse_app.ui.screens.trucks.truck_pane import TruckPane

    install_translators(qapp, lang)
    try:
        pane = TruckPane(lang, None, may_plan=True, may_dispatch=True)
        assert pane.minimumSizeHint().width() <= 800
    finally:
        install_translators(qapp, "en")
