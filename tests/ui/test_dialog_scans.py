"""A scanner burst inside each dialog, sent as real keys through the dialog's QWindow at 5 ms a
key (as on the X display where the bugs were found): a field that takes a code gets it as a
code, a question or a prompt holds it (nothing written, nothing answered), and a held scan is
used after the dialog closes, once and in order."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.shipping_fixtures import actor_as
from tests.ui.keyboard import GTIN, Key, Mod, enter, press, show_active, type_keys, type_text
from warehouse_app.app import attach_scanner, build_screens
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.catalogue.barcodes import gtin_check_digit
from warehouse_app.core.catalogue.categories import edit_category, resolve_category
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.shipping.containers import create_container
from warehouse_app.core.shipping.shipments import create_truck, truck_totals
from warehouse_app.db.database import Database
from warehouse_app.db.models import Donation, Item, Movement, StockLevel
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.scan_hub import ScanHub
from warehouse_app.ui.main_window import MainWindow
from warehouse_app.ui.widgets.expiry_dialog import ExpiryDialog
from warehouse_app.ui.widgets.item_dialog import ItemDialog

SOAP = GTIN  # 5901234123457
BEANS_BODY = "590000000001"
BEANS = BEANS_BODY + gtin_check_digit(BEANS_BODY)
UNKNOWN = "4006381333931"
SECOND_CODE = "96385074"  # EAN-8, on no item yet
GAP_MS = 150  # the burst rule; keys come every 5 ms, so a stalled loop still leaves one burst
INTAKE, STOCK, TRUCKS = 0, 1, 3


@pytest.fixture
def ctx(loader_ctx: AppContext) -> AppContext:
    """Boxes and trucks are a loader's work (core/access/roles); a loader receives goods too."""
    return loader_ctx


@pytest.fixture
def window(db: Database, manager_ctx: AppContext, qtbot: QtBot) -> MainWindow:
    """The whole application's window, run by a manager, with 50 soaps and 30 tins of beans."""
    with db.write() as s:
        actor = actor_as(s, "Setup", "setup")
        catalogue.add_item(s, name="Mydło w kostce 100 g", category="HYGIENE", unit="pcs", barcodes_=[SOAP],
                           unit_weight_kg="0.1")
        catalogue.add_item(s, name="Fasola konserwowa 400 g", category="FOOD.CANNED", unit="pcs",
                           barcodes_=[BEANS], tracks_expiry=True, unit_weight_kg="0.45")
        receive(s, actor, SOAP, qty=50)
    win = MainWindow(manager_ctx, db.display_name(), build_screens(manager_ctx))
    attach_scanner(win, replace(manager_ctx.settings, scan_max_gap_ms=GAP_MS))
    show_active(qtbot, win)
    manager_ctx.runner.wait()
    return win


def hub() -> ScanHub:
    found = QApplication.instance().findChild(ScanHub)
    assert found is not None
    return found


def scan(window: QWidget, code: str) -> None:
    type_keys(window, code, delay_ms=5)
    enter(window, delay_ms=5)


def ctrl_z(window: QWidget) -> None:
    press(window, Key.Key_Z, Mod.ControlModifier, "\x1a", delay_ms=20)


def in_front(qtbot: QtBot, dialog: QWidget) -> QWidget:
    """Wait until ``dialog`` is the modal window with the keyboard (and the hub watches it)."""
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWindow() is dialog.windowHandle())
    qtbot.wait(30)
    return dialog


def movements(db: Database) -> list[tuple[str, str, Decimal]]:
    with db.read() as s:
        return [tuple(row) for row in s.execute(  # type: ignore[misc]
            select(Movement.kind, Item.name, Movement.quantity).join(Item, Item.id == Movement.item_id)
            .order_by(Movement.id)).all()]


def received(db: Database) -> list[tuple[str, Decimal]]:
    return [(name, qty) for kind, name, qty in movements(db) if kind == "receive"][1:]  # after the set-up soap


def answer_question(qtbot: QtBot, check: Callable[[QMessageBox], None]) -> list[str]:
    """Run ``check`` on the next blocking question (QMessageBox.question runs its own loop);
    whatever happens, the question is closed with No so the test never hangs."""
    failures: list[str] = []

    def run() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, run)
            return
        try:
            in_front(qtbot, box)
            check(box)
        except BaseException as exc:  # noqa: BLE001 (reported by the test below)
            failures.append(repr(exc))
        finally:
            if box.isVisible():
                box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, run)
    return failures


# --- intake --------------------------------------------------------------------------------------


def test_a_scan_in_the_new_item_form_is_a_barcode_whatever_field_has_the_focus(
        db: Database, window: MainWindow, qtbot: QtBot) -> None:
    intake = window.current_screen()
    scan(window, UNKNOWN)
    qtbot.waitUntil(lambda: window.findChild(ItemDialog) is not None and window.findChild(ItemDialog).isVisible(),
                    timeout=10_000)
    dialog = in_front(qtbot, window.findChild(ItemDialog))
    assert isinstance(dialog, ItemDialog) and dialog.focusWidget() is dialog.name
    scan(dialog, SECOND_CODE)  # the name field has the focus: the code is not the name
    qtbot.waitUntil(lambda: len(dialog.barcodes.codes()) == 2)
    assert dialog.name.text() == ""
    type_text(dialog.name, "Świeca podgrzewacz")
    type_text(dialog.picker.filter, "gospodar")
    qtbot.keyClick(dialog.picker.filter, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.unit, Qt.Key.Key_Down)
    assert dialog.focusWidget() is dialog.unit and dialog.ok_button.isEnabled()
    codes_before = dialog.barcodes.codes()
    scan(dialog, SECOND_CODE)  # focus on Unit, form complete: its Enter must not save the form
    qtbot.waitUntil(lambda: "already in the list" in dialog.error_text())
    assert dialog.isVisible() and dialog.barcodes.codes() == codes_before and hub().held == ()
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Item).where(Item.name.like("Świeca%"))) == 0
    with qtbot.waitSignal(intake.received, timeout=10_000):
        dialog.submit()
    with db.read() as s:
        item = catalogue.find_item(s, UNKNOWN)
    assert item.name == "Świeca podgrzewacz" and len(item.barcodes) == 2
    assert received(db) == [("Świeca podgrzewacz", 1)]


def test_a_scan_in_the_expiry_dialog_confirms_the_typed_date_and_is_received_next(
        db: Database, window: MainWindow, qtbot: QtBot) -> None:
    intake = window.current_screen()
    scan(window, BEANS)
    qtbot.waitUntil(lambda: intake.expiry_dialog is not None, timeout=10_000)
    dialog = in_front(qtbot, intake.expiry_dialog)
    assert isinstance(dialog, ExpiryDialog)
    qtbot.keyClicks(dialog.field, "311227")  # typed by a person (straight to the field)
    scan(dialog, SOAP)  # the next goods, without pressing Enter first
    qtbot.waitUntil(lambda: len(received(db)) == 2, timeout=10_000)
    assert received(db) == [("Fasola konserwowa 400 g", 1), ("Mydło w kostce 100 g", 1)]  # in scan order
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(StockLevel).where(StockLevel.quantity > 0)) == 2
    assert hub().held == ()
    qtbot.waitUntil(lambda: intake.panel.headline.text() == "Mydło w kostce 100 g")


def test_a_wrong_date_is_refused_with_its_reason_and_the_scan_waits_for_the_dialog(
        db: Database, window: MainWindow, qtbot: QtBot) -> None:
    intake = window.current_screen()
    scan(window, BEANS)
    qtbot.waitUntil(lambda: intake.expiry_dialog is not None, timeout=10_000)
    dialog = in_front(qtbot, intake.expiry_dialog)
    qtbot.keyClicks(dialog.field, "3113")
    scan(dialog, SOAP)
    qtbot.waitUntil(lambda: hub().held == (SOAP,))
    assert dialog.isVisible() and dialog.field.text() == "3113"  # the scan did not replace the date
    assert "The scan waits" in dialog.meaning.text()
    assert "1 scan waiting" in hub().notice(dialog)
    assert received(db) == []
    dialog.reject()  # cancelled: the beans are not received, the soap still is
    qtbot.waitUntil(lambda: received(db) == [("Mydło w kostce 100 g", 1)], timeout=10_000)
    assert hub().held == ()


def test_closing_a_donation_defaults_to_no_and_a_scan_waits_for_the_answer(
        db: Database, window: MainWindow, qtbot: QtBot) -> None:
    intake = window.current_screen()
    with qtbot.waitSignal(intake.received, timeout=10_000):
        scan(window, SOAP)

    def check(box: QMessageBox) -> None:
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        scan(box, SOAP)
        qtbot.waitUntil(lambda: hub().held == (SOAP,))
        assert box.isVisible()

    failures = answer_question(qtbot, check)
    intake.header.close_button.click()  # returns when the question is answered (No)
    assert failures == []
    qtbot.waitUntil(lambda: len(received(db)) == 2, timeout=10_000)
    with db.read() as s:
        assert "closed" not in s.scalars(select(Donation.status)).all()  # still open


def test_a_scan_in_the_trace_view_is_held_and_received_after_it_closes(
        db: Database, window: MainWindow, qtbot: QtBot) -> None:
    intake = window.current_screen()
    with qtbot.waitSignal(intake.received, timeout=10_000):
        scan(window, SOAP)
    intake.header.trace_button.click()
    dialog = in_front(qtbot, intake.trace_view)
    qtbot.waitUntil(lambda: "%" in dialog.summary.text() or "Nothing" in dialog.summary.text(), timeout=10_000)
    scan(dialog, SOAP)
    qtbot.waitUntil(lambda: hub().held == (SOAP,))
    assert dialog.isVisible() and len(received(db)) == 1  # the view takes no scans: the hub holds it
    dialog.reject()
    qtbot.waitUntil(lambda: len(received(db)) == 2, timeout=10_000)
    assert hub().held == ()


def test_ctrl_z_undoes_the_last_scan_even_in_the_quantity_field_and_text_undo_stays_in_the_notes(
        db: Database, window: MainWindow, qtbot: QtBot) -> None:
    intake = window.current_screen()
    intake.qty.setFocus()
    qtbot.keyClicks(intake.qty, "3")
    with qtbot.waitSignal(intake.received, timeout=10_000):
        scan(window, SOAP)
    assert received(db) == [("Mydło w kostce 100 g", 3)] and intake.qty.text() == ""
    assert window.focusWidget() is intake.qty
    ctrl_z(window)
    qtbot.waitUntil(lambda: intake.panel.state == "undo", timeout=10_000)
    assert "Undone" in intake.panel.headline.text() and intake.qty.text() == ""  # the old 3 did not come back
    assert movements(db)[-1][0] == "reversal"
    with qtbot.waitSignal(intake.received, timeout=10_000):
        scan(window, SOAP)
    assert received(db)[-1] == ("Mydło w kostce 100 g", 1)
    notes: QLineEdit = intake.header.notes
    notes.setFocus()
    qtbot.keyClicks(notes, "wet boxes")
    kinds = len(movements(db))
    ctrl_z(window)
    qtbot.waitUntil(lambda: notes.text() == "")  # the notes' own undo
    window.ctx.runner.wait()
    assert len(movements(db)) == kinds and intake.undo_stack


def test_a_green_scan_clears_an_old_red_sentence_and_the_bar_never_moves_the_screen(
        db: Database, window: MainWindow, qtbot: QtBot) -> None:
    intake = window.current_screen()
    top = intake.mapTo(window, intake.rect().topLeft()).y()
    with qtbot.waitSignal(intake.refused, timeout=10_000):
        scan(window, "5901234123458")  # a wrong check digit
    assert window.ctx.messages.kind == "error"
    qtbot.wait(20)
    assert intake.mapTo(window, intake.rect().topLeft()).y() == top
    with qtbot.waitSignal(intake.received, timeout=10_000):
        scan(window, SOAP)
    assert window.ctx.messages.text() == ""
    qtbot.wait(20)
    assert intake.mapTo(window, intake.rect().topLeft()).y() == top


# --- stock ---------------------------------------------------------------------------------------


def test_a_scan_in_the_stocktake_reason_counts_and_never_records_early(
        db: Database, window: MainWindow, qtbot: QtBot) -> None:
    window.show_screen(STOCK)
    stock = window.current_screen()
    qtbot.waitUntil(lambda: bool(stock.places) and stock.overview is not None, timeout=10_000)
    dialog = stock.open_stocktake()
    assert dialog is not None
    receiving = next(n for n in range(dialog.place.count()) if dialog.place.itemData(n).name == "Receiving")
    with qtbot.waitSignal(dialog.list_loaded, timeout=10_000):
        dialog.place.setCurrentIndex(receiving)
    in_front(qtbot, dialog)
    dialog.reason.setFocus()
    qtbot.keyClicks(dialog.reason, "monthly")
    before = movements(db)
    for _ in range(2):
        with qtbot.waitSignal(dialog.scan_counted, timeout=10_000):
            scan(dialog, SOAP)
    assert dialog.reason.text() == "monthly" and dialog.isVisible()
    soap = next(line for line in dialog.model.lines if line.lot.item_name.startswith("Mydło"))
    assert soap.counted == 2
    window.ctx.runner.wait()
    assert movements(db) == before and hub().held == ()
    dialog.reject()


# --- trucks --------------------------------------------------------------------------------------


def short_dated_truck(db: Database) -> str:
    """Beans expiring in 10 days, where canned food must keep 90 days at departure."""
    with db.write() as s:
        actor = actor_as(s, "Setup", "setup")
        edit_category(s, resolve_category(s, "FOOD.CANNED").id, min_shelf_life_days=90)
        receive(s, actor, BEANS, qty=6, expiry=date.today() + timedelta(days=10))
        return create_truck(s, actor, destination="Lviv", plate="WX 12345", planned_departure=date.today()).number


def trucks_screen(window: MainWindow, qtbot: QtBot, number: str | None = None):  # type: ignore[no-untyped-def]
    window.show_screen(TRUCKS)
    screen = window.current_screen()
    qtbot.waitUntil(lambda: screen.trucks_model.rowCount() > 0 or number is None, timeout=10_000)
    if number:
        with qtbot.waitSignal(screen.shown, timeout=10_000):
            screen.select_truck(number)
    screen.scan_bar.qty.setFocus()
    return screen


def test_a_scan_in_the_override_prompt_is_not_the_reason_and_loads_nothing_expired(
        db: Database, window: MainWindow, qtbot: QtBot) -> None:
    number = short_dated_truck(db)
    screen = trucks_screen(window, qtbot, number)
    scan(window, BEANS)
    qtbot.waitUntil(lambda: screen.override_dialog is not None, timeout=10_000)
    prompt = in_front(qtbot, screen.override_dialog)
    field = prompt.findChild(QLineEdit)
    field.setFocus()
    scan(prompt, SOAP)  # the next goods: neither the reason nor an OK
    qtbot.waitUntil(lambda: hub().held == (SOAP,))
    assert field.text() == "" and prompt.isVisible()
    with db.read() as s:
        assert truck_totals(s, number).pieces == 0
    prompt.reject()
    with qtbot.waitSignal(screen.loaded, timeout=10_000) as loaded:
        pass
    assert loaded.args[0].item_name == "Mydło w kostce 100 g"
    with db.read() as s:
        assert truck_totals(s, number).pieces == 1  # the soap, after the prompt; no beans
    assert [m for m in movements(db) if m[1].startswith("Fasola") and m[0] != "receive"] == []


def test_dispatch_defaults_to_no_and_a_scan_in_the_question_is_loaded_after_it(
        db: Database, window: MainWindow, qtbot: QtBot) -> None:
    with db.write() as s:
        number = create_truck(s, actor_as(s, "Setup", "setup"), destination="Lviv", plate="WX 1").number
    screen = trucks_screen(window, qtbot, number)
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        scan(window, SOAP)

    def check(box: QMessageBox) -> None:
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        scan(box, SOAP)
        qtbot.waitUntil(lambda: hub().held == (SOAP,))

    failures = answer_question(qtbot, check)
    screen.actions.dispatch()
    assert failures == []
    qtbot.waitUntil(lambda: screen.pane.view.totals.pieces == 2, timeout=10_000)
    with db.read() as s:
        assert truck_totals(s, number).pieces == 2 and screen.pane.view.editable  # still here, not dispatched


def test_a_new_box_question_defaults_to_no_and_its_scan_is_packed_after_it(
        db: Database, window: MainWindow, qtbot: QtBot) -> None:
    screen = trucks_screen(window, qtbot)
    screen.tabs.setCurrentWidget(screen.boxes)

    def check(box: QMessageBox) -> None:
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        scan(box, SOAP)
        qtbot.waitUntil(lambda: hub().held == (SOAP,))

    failures = answer_question(qtbot, check)
    with qtbot.waitSignal(screen.boxes.packed, timeout=10_000) as packed:
        screen.boxes.new_box.click()
    assert failures == [] and packed.args[0].item_name == "Mydło w kostce 100 g"
    assert screen.export_panel.isHidden() or not screen.export_panel.isVisible()  # no save dialog was opened


def test_a_scan_in_the_seal_prompt_is_not_a_weight_and_is_packed_after_it(
        db: Database, window: MainWindow, qtbot: QtBot) -> None:
    with db.write() as s:
        code = create_container(s, actor_as(s, "Setup", "setup"), "box").code
    screen = trucks_screen(window, qtbot)
    screen.tabs.setCurrentWidget(screen.boxes)
    with qtbot.waitSignal(screen.boxes.active_changed, timeout=10_000):
        scan(window, code)  # a box label chooses the box
    qtbot.waitUntil(lambda: screen.boxes.active is not None and screen.boxes.active.code == code)
    screen.boxes.ask_seal()
    prompt = in_front(qtbot, screen.boxes.seal_dialog)
    field = prompt.findChild(QLineEdit)
    field.setFocus()
    scan(prompt, SOAP)
    qtbot.waitUntil(lambda: hub().held == (SOAP,))
    assert field.text() == "" and prompt.isVisible()
    assert not screen.boxes.active.sealed
    with qtbot.waitSignal(screen.boxes.packed, timeout=10_000) as packed:
        prompt.reject()  # not weighed after all: the box stays open and the soap goes in
    assert packed.args[0].box.code == code and not packed.args[0].box.sealed


def test_a_scan_in_the_print_preview_is_held_and_packed_after_it_closes(
        db: Database, window: MainWindow, qtbot: QtBot) -> None:
    """The preview of a box's label takes no scans: a burst there never reaches its page
    number or zoom fields, and the soap goes into the box once the preview closes."""
    with db.write() as s:
        code = create_container(s, actor_as(s, "Setup", "setup"), "box").code
    screen = trucks_screen(window, qtbot)
    screen.tabs.setCurrentWidget(screen.boxes)
    with qtbot.waitSignal(screen.boxes.active_changed, timeout=10_000):
        scan(window, code)  # a box label chooses the box
    qtbot.waitUntil(lambda: screen.boxes.active is not None and screen.boxes.active.code == code)
    with qtbot.waitSignal(screen.export_panel.preview_opened, timeout=30_000) as opened:
        qtbot.mouseClick(screen.boxes.label_button, Qt.MouseButton.LeftButton)
    preview = in_front(qtbot, opened.args[0])
    page = preview.preview.currentPage()
    scan(preview, SOAP)
    qtbot.waitUntil(lambda: hub().held == (SOAP,))
    assert preview.isVisible() and preview.preview.currentPage() == page and screen.boxes.active.pieces == 0
    with qtbot.waitSignal(screen.boxes.packed, timeout=10_000) as packed:
        preview.reject()
    assert packed.args[0].box.code == code and packed.args[0].item_name == "Mydło w kostce 100 g"
    assert hub().held == ()


def test_ctrl_z_takes_back_the_last_load_from_the_quantity_field(
        db: Database, window: MainWindow, qtbot: QtBot) -> None:
    with db.write() as s:
        number = create_truck(s, actor_as(s, "Setup", "setup"), destination="Lviv", plate="WX 1").number
    screen = trucks_screen(window, qtbot, number)
    qtbot.keyClicks(screen.scan_bar.qty, "4")
    with qtbot.waitSignal(screen.loaded, timeout=10_000):
        scan(window, SOAP)
    with db.read() as s:
        assert truck_totals(s, number).pieces == 4
    assert window.focusWidget() is screen.scan_bar.qty
    ctrl_z(window)
    qtbot.waitUntil(lambda: screen.scan_bar.panel.state == "undo", timeout=10_000)
    with db.read() as s:
        assert truck_totals(s, number).pieces == 0
    assert screen.scan_bar.qty.text() == "" and "Undone" in screen.scan_bar.panel.headline.text()
