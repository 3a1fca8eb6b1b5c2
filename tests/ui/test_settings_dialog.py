"""The settings dialog as a user works it: real widgets, the real database (SQLite and
PostgreSQL), private QSettings (tests/ui/conftest.py)."""

from __future__ import annotations

import os
import socket
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import make_url, select

from tests.ui.keyboard import Key, press, show_active
from warehouse_app.app import attach_scanner, build_screens
from warehouse_app.core.access.operators import add_operator, find_operator, verify_pin
from warehouse_app.core.admin.warehouse_setup import save_warehouse_setup
from warehouse_app.core.catalogue.categories import list_categories
from warehouse_app.core.catalogue.instore import instore_layout
from warehouse_app.core.catalogue.items import add_item
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.shipping.packing_data import WarehouseDetails
from warehouse_app.core.shipping.warehouse import max_payload_kg, warehouse_details
from warehouse_app.db.database import Database
from warehouse_app.db.models import Operator
from warehouse_app.kernel.errors import Conflict
from warehouse_app.station.store import load_station_settings, stored_database_url
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.sounds import Feedback
from warehouse_app.ui.main_window import MainWindow
from warehouse_app.ui.screens.settings.dialog import SettingsDialog
from warehouse_app.ui.screens.settings.warehouse_page import OWN
from warehouse_app.ui.widgets.pin_dialog import PinDialog


def open_dialog(ctx: AppContext, qtbot: QtBot) -> SettingsDialog:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(ctx, "test database")
    qtbot.addWidget(dialog)
    dialog.show()
    ctx.runner.wait()
    qtbot.waitUntil(lambda: dialog.warehouse_page.setup is not None)
    return dialog


def test_station_settings_are_stored_and_used_at_once(ctx: AppContext, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(ctx, "test database", build_screens(ctx))
    qtbot.addWidget(window)
    attach_scanner(window, ctx.settings)
    dialog = open_dialog(ctx, qtbot)
    page = dialog.station_page
    page.station.setText("  loading   dock ")
    page.max_gap.setValue(80)
    page.terminator.setCurrentIndex(page.terminator.findData("tab"))
    page.remap.setChecked(False)
    page.sound.setChecked(True)
    page.label_format.setCurrentIndex(page.label_format.findData("100x150"))
    page.language.setCurrentIndex(page.language.findData("uk"))
    page.save_button.click()

    stored = QSettings("AidWarehouse", "AidWarehouse")
    assert stored.value("language") == "uk" and stored.value("station") == "loading dock"
    assert int(stored.value("scanner/max_gap_ms")) == 80 and stored.value("scanner/terminator") == "tab"
    again = load_station_settings()
    assert (again.station, again.lang, again.scan_max_gap_ms, again.scan_terminators, again.scan_remap,
            again.sound, again.label_format) == ("loading dock", "uk", 80, ("tab",), False, True, "100x150")
    # in use now: the next movement's station, the status bar, the scanner, the beeps
    assert ctx.actor.station == "loading dock" and ctx.settings.label_format == "100x150"
    assert "loading dock" in window.station_label.text()
    scanner = window.scan_hub.attach(window)  # the window's scanner, as the application's hub set it
    assert scanner._max_gap_ms == 80 and scanner._terminators == {Qt.Key.Key_Tab}
    assert not scanner._remap
    assert all(f.enabled for f in window.findChildren(Feedback))
    assert ctx.lang != "uk"  # the language waits for the restart, and the page says so
    assert "restarts" in page.messages.label.text()


def test_a_station_without_a_name_is_refused_and_nothing_is_stored(ctx: AppContext, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot)
    page = dialog.station_page
    page.station.setText("   ")
    page.max_gap.setValue(200)
    page.save_button.click()
    assert page.messages.kind == "error" and "name" in page.messages.label.text()
    assert QSettings("AidWarehouse", "AidWarehouse").value("scanner/max_gap_ms") is None
    assert ctx.settings.station == "intake-1" and ctx.settings.scan_max_gap_ms == 50


def _pg_parts() -> tuple[str, int, str, str, str]:
    url = make_url(os.environ.get("WAREHOUSE_TEST_PG_URL") or pytest.fail("WAREHOUSE_TEST_PG_URL is needed"))
    return url.host or "localhost", url.port or 5432, url.database or "", url.username or "", url.password or ""


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again when the block ends: nothing listens there


def test_test_connection_reaches_the_postgresql_test_server(ctx: AppContext, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot)
    page = dialog.database_page
    host, port, database, user, password = _pg_parts()
    page.server_choice.setChecked(True)
    page.host.setText(host)
    page.port.setValue(port)
    page.database.setText(database)
    page.user.setText(user)
    page.password.setText(password)
    page.test_button.click()
    assert not page.test_button.isEnabled()  # the GUI is not blocked: the answer comes later
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=15_000)
    assert page.messages.kind == "success" and "PostgreSQL" in page.messages.label.text()

    page.host.setText("127.0.0.1")
    page.port.setValue(_closed_port())
    page.test_button.click()
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=15_000)
    sentence = page.messages.label.text()
    assert page.messages.kind == "error" and sentence == (  # one sentence, not a driver dump
        "Cannot reach a PostgreSQL server at 127.0.0.1: check the address, the port and that the server is running.")


def test_the_chosen_database_is_stored_for_the_next_start(ctx: AppContext, qtbot: QtBot, tmp_path: Path,
                                                         monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot)
    page = dialog.database_page
    page.file_choice.setChecked(True)
    page.save_button.click()
    assert page.messages.kind == "error" and stored_database_url() is None  # no file chosen: nothing stored
    target = tmp_path / "shared" / "warehouse.sqlite3"
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.browse()
    page.test_button.click()
    qtbot.waitUntil(lambda: page.test_button.isEnabled(), timeout=15_000)
    assert page.messages.kind == "success" and "a new one will be created" in page.messages.label.text()
    page.save_button.click()
    assert stored_database_url() == f"sqlite:///{target}"
    assert "restarts" in page.messages.label.text()

    page.server_choice.setChecked(True)
    page.host.setText("db.warehouse.lan")
    page.user.setText("volunteer")
    page.password.setText("s3cret/pass")
    page.save_button.click()
    stored = make_url(stored_database_url() or "")
    assert (stored.host, stored.username, stored.password) == ("db.warehouse.lan", "volunteer", "s3cret/pass")
    settings_file = Path(QSettings("AidWarehouse", "AidWarehouse").fileName())
    assert settings_file.stat().st_mode & 0o077 == 0  # a stored password: readable by this user only
    page.default_choice.setChecked(True)
    page.save_button.click()
    assert stored_database_url() is None


def test_a_manager_saves_the_warehouse_details_and_shelf_life(db: Database, manager_ctx: AppContext,
                                                               qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(manager_ctx, qtbot)
    page = dialog.warehouse_page
    assert page.save_button.isEnabled()
    page.name.setText("Punkt Pomocy Przemyśl")
    page.address.setPlainText("ul. Lwowska 12\n37-700 Przemyśl")
    page.tax_id.setText("PL 795-123-45-67")
    page.contact.setText("+48 600 100 200")
    page.payload.setText("12000")
    rows = {row.category.code: index for index, row in enumerate(page.setup.shelf_life)}  # type: ignore[union-attr]
    page.table.item(rows["BEDDING"], OWN).setText("365")
    page.table.item(rows["BABY.FORMULA"], OWN).setText("")  # no rule of its own any more
    page.save_button.click()
    qtbot.waitUntil(lambda: page.messages.kind == "success", timeout=10_000)
    with db.read() as s:
        assert warehouse_details(s) == WarehouseDetails("Punkt Pomocy Przemyśl", "ul. Lwowska 12\n37-700 Przemyśl",
                                                        "PL 795-123-45-67", "+48 600 100 200")
        assert max_payload_kg(s) == 12000
        days = {c.code: c.min_shelf_life_days for c in list_categories(s)}
        assert days["BEDDING"] == 365 and days["BABY.FORMULA"] is None and days["FOOD"] == 60
    # a child without its own rule shows the one it inherits
    blankets = page.table.item(rows["BEDDING.BLANKETS"], OWN + 1).text()
    assert page.table.item(rows["BEDDING.BLANKETS"], OWN).text() == "" and "365" in blankets and "above" in blankets


@pytest.mark.parametrize("cell, payload, expected", [
    ("abc", "12000", "is not a number of days"),
    ("5000", "12000", "The minimum shelf life must be 0 to 3650 days"),
    ("30", "-5", "A maximum payload must be between 0 and 100000 kg"),
])
def test_a_bad_field_is_one_sentence_and_changes_nothing(db: Database, manager_ctx: AppContext, qtbot: QtBot, cell: str,
                                                         payload: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(manager_ctx, qtbot)
    page = dialog.warehouse_page
    page.name.setText("Changed name")
    page.payload.setText(payload)
    page.table.item(0, OWN).setText(cell)
    page.save_button.click()
    qtbot.waitUntil(lambda: page.messages.kind == "error", timeout=10_000)
    assert expected in page.messages.label.text()
    with db.read() as s:
        assert warehouse_details(s).name == "" and max_payload_kg(s) is None
        first = page.setup.shelf_life[0].category  # type: ignore[union-attr]
        assert next(c for c in list_categories(s) if c.id == first.id).min_shelf_life_days == first.min_shelf_life_days


def test_staff_see_the_warehouse_settings_read_only(db: Database, ctx: AppContext, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(ctx, qtbot)
    page = dialog.warehouse_page
    assert page.name.isReadOnly() and page.address.isReadOnly() and page.payload.isReadOnly()
    assert not page.instore.isEnabled() and "looked up whole" in page.instore_example.text()
    assert not page.save_button.isEnabled() and "manager" in page.save_button.toolTip()
    assert not page.table.editTriggers()
    assert dialog.operators_page is None and not dialog.tabs.isTabEnabled(3)
    with db.write() as s, pytest.raises(Conflict, match="Only a manager"):  # and the service refuses too
        save_warehouse_setup(s, ctx.actor, WarehouseDetails("Mine"), "", {})


def test_a_manager_manages_operators_and_pins(db: Database, manager_ctx: AppContext, qtbot: QtBot,
                                               monkeypatch) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(manager_ctx, qtbot)
    page = dialog.operators_page
    assert page is not None
    qtbot.waitUntil(lambda: len(page.operators) == 1)
    page.new_name.setText("Petro  Shevchenko")
    page.new_role.setCurrentIndex(page.new_role.findData("loader"))
    page.add()
    qtbot.waitUntil(lambda: len(page.operators) == 2)
    assert page.selected().name == "Petro Shevchenko" and page.selected().role == "loader"  # type: ignore[union-attr]

    monkeypatch.setattr(PinDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)  # no PIN: no manager
    page.role_choice.setCurrentIndex(page.role_choice.findData("manager"))
    page.role_button.click()
    assert page.selected().role == "loader"  # type: ignore[union-attr]

    def type_twice(dialog: PinDialog) -> int:
        dialog.pin_field.setText("4711")
        dialog.repeat_field.setText("4711")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PinDialog, "exec", type_twice)  # made a manager with the PIN in the same step
    page.role_button.click()
    qtbot.waitUntil(lambda: page.selected() is not None and page.selected().role == "manager")  # type: ignore[union-attr]
    assert page.selected().has_pin  # type: ignore[union-attr]
    page.pin_button.click()
    qtbot.waitUntil(lambda: page.selected() is not None and page.selected().has_pin)  # type: ignore[union-attr]
    with db.read() as s:
        stored = s.scalar(select(Operator.pin_hash).where(Operator.name == "Petro Shevchenko"))
        assert stored.startswith("scrypt$") and "4711" not in stored
        assert verify_pin(s, "Petro Shevchenko", "4711").name == "Petro Shevchenko"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.active_button.click()  # retire
    qtbot.waitUntil(lambda: page.selected() is not None and not page.selected().active)  # type: ignore[union-attr]
    assert page.active_button.text() == "Bring back"
    page.active_button.click()
    qtbot.waitUntil(lambda: page.selected() is not None and page.selected().active)  # type: ignore[union-attr]

    page.new_name.setText("   ")
    page.add()
    assert page.messages.kind == "error" and len(page.operators) == 2
    page.new_name.setText("Iryna Bondar")  # a new manager: the same dialog asks her PIN
    page.new_role.setCurrentIndex(page.new_role.findData("manager"))
    page.add()
    qtbot.waitUntil(lambda: len(page.operators) == 3)
    assert page.selected().name == "Iryna Bondar" and page.selected().has_pin  # type: ignore[union-attr]


def test_the_last_manager_cannot_give_up_the_role(db: Database, manager_ctx: AppContext, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(manager_ctx, qtbot)
    page = dialog.operators_page
    assert page is not None
    qtbot.waitUntil(lambda: len(page.operators) == 1)
    page.table.selectRow(0)
    page.role_choice.setCurrentIndex(page.role_choice.findData("staff"))
    page.role_button.click()
    qtbot.waitUntil(lambda: page.messages.kind == "error")
    assert "only manager" in page.messages.label.text()
    with db.read() as s:
        assert find_operator(s, "Anna Nowak").role == "manager"


def test_a_demoted_manager_is_refused_by_the_service(db: Database, manager_ctx: AppContext, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    """The page was opened as a manager; the role changed elsewhere counts at once."""
    dialog = open_dialog(manager_ctx, qtbot)
    page = dialog.operators_page
    assert page is not None
    with db.write() as s:
        add_operator(s, "Maria Manager", "manager")
        s.execute(Operator.__table__.update().where(Operator.name == "Anna Nowak").values(role="staff"))
    page.new_name.setText("Someone New")
    page.add()
    qtbot.waitUntil(lambda: page.messages.kind == "error")
    assert "Only a manager" in page.messages.label.text()


def test_a_new_box_label_is_printed_in_the_station_label_format(db: Database, loader_ctx: AppContext, qtbot: QtBot,
                                                                 monkeypatch, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader
    from PySide6.QtWidgets import QMessageBox

    from tests.ui.print_preview import open_preview, save_from_preview
    from tests.ui.test_trucks_screen import open_screen

    ctx = loader_ctx  # boxes are a loader's work

    dialog = open_dialog(ctx, qtbot)
    page = dialog.station_page
    page.label_format.setCurrentIndex(page.label_format.findData("100x150"))
    page.save_button.click()
    screen = open_screen(qtbot, ctx)
    screen.tabs.setCurrentWidget(screen.boxes)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    out = tmp_path / "label.pdf"
    preview = open_preview(qtbot, screen.export_panel, screen.boxes.new_box.click)  # the new box's label
    save_from_preview(qtbot, preview, out, monkeypatch)
    preview.close()
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width) / 72 * 25.4), round(float(box.height) / 72 * 25.4)) == (100, 150)


def test_a_manager_chooses_the_in_store_code_layout_and_a_weighed_bag_is_received_by_it(
        db: Database, manager_ctx: AppContext, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    dialog = open_dialog(manager_ctx, qtbot)
    show_active(qtbot, dialog)
    page = dialog.warehouse_page
    dialog.tabs.setCurrentWidget(page)
    assert page.instore.currentData() == "off" and "looked up whole" in page.instore_example.text()
    assert page.instore.count() == 5 and page.instore.itemText(1) == "Weight in grams in the last 5 digits"
    page.instore.setFocus()
    press(dialog, Key.Key_Down)  # the first layout: 2x, item 12345, weight in grams, check digit
    assert page.instore.currentData() == "weight-5"
    assert page.instore_example.text() == "For example 2012345012349: item 12345, 1.234 kg received."
    press(dialog, Key.Key_Down)
    assert "after its own check digit" in page.instore.currentText() and "2012345912342" in page.instore_example.text()
    press(dialog, Key.Key_Up)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.messages.kind == "success", timeout=10_000)
    assert page.instore.currentData() == "weight-5"  # shown again as saved
    with db.write() as s:
        assert instore_layout(s) == "weight-5"
        add_item(s, name="Marchew", category="FOOD", unit="kg", barcodes_=["2012345012349"])  # one bag registers
    with db.write() as s:  # another bag of the same goods, 0.480 kg
        line = receive(s, manager_ctx.actor, "2012345004801", donor="Sklep")
    assert (line.item_name, line.quantity) == ("Marchew", Decimal("0.48"))
