"""The truck file and the arrival in the GUI, driven as volunteers would.

At the receiving hub (the app's own database): the truck file registered by the button,
packages checked in by real scanner bursts on the Arrival tab (one in the Damaged mode),
refusals said in one sentence, the arrival closed after a question whose default is No,
and the confirmation file read back by the sender. At the sender: the "Truck file…"
button writes a file the hub accepts, and "Import arrival confirmation…" makes the truck
delivered on screen. The other database is a second SQLite file: the files are the only
link, as between two real warehouses.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from tests.shipping_fixtures import BLANKET, RICE, TINS, actor_as, border_truck
from tests.ui.keyboard import enter, press, show_active, type_keys
from tests.ui.print_preview import assert_same_pages, open_preview, print_to_file
from warehouse_app.app import attach_scanner, build_screens
from warehouse_app.core.arrival import confirmation, incoming
from warehouse_app.core.arrival.truck_file import truck_file
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.shipping.shipments import dispatch
from warehouse_app.core.shipping.warehouse import set_warehouse_details
from warehouse_app.db.database import Database
from warehouse_app.db.models import ItemTotal
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.main_window import MainWindow
from warehouse_app.ui.screens.trucks.screen import TrucksScreen

ROUTING_GAP_MS = 400  # routing, not timing, is tested here (as in test_main_window.py)


def dispatched_truck(database: Database) -> dict[str, str]:
    """Goods on the shelves of ``database`` and the truck of issue 13 on its way (5 packages, 2 loose lines)."""
    with database.write() as s:
        actor = actor_as(s, "Setup", "setup")
        set_warehouse_details(s, name="Magazyn Poznań")
        catalogue.add_item(s, name="Konserwa rybna", category="FOOD.CANNED", unit="pcs", barcodes_=[TINS],
                           unit_weight_kg="0.4", tracks_expiry=True)
        catalogue.add_item(s, name="Koc polarowy", category="BEDDING.BLANKETS", unit="pcs", barcodes_=[BLANKET],
                           unit_weight_kg="1.25")
        catalogue.add_item(s, name="Ryż", category="FOOD.DRY", unit="kg", barcodes_=[RICE], unit_weight_kg="1")
        receive(s, actor, TINS, qty=30, expiry="2028-01-31")
        receive(s, actor, BLANKET, qty=30)
        receive(s, actor, RICE, qty=50)
    codes = border_truck(database, actor)
    with database.write() as s:
        dispatch(s, actor, codes["truck"])
    return codes


@pytest.fixture
def other_db(tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """The other warehouse's own database (the sender's for the hub's tests, and the other way)."""
    target = tmp_path / "other.sqlite3"
    shutil.copyfile(sqlite_template, target)
    database = Database(str(target))
    yield database
    database.dispose()


@pytest.fixture
def truck_path(other_db: Database, tmp_path: Path) -> tuple[dict[str, str], Path]:
    """A dispatched truck at the sender and its truck file, as the driver brings it."""
    codes = dispatched_truck(other_db)
    with other_db.write() as s:
        content = truck_file(s, codes["truck"]).content
    path = tmp_path / f"{codes['truck']}.truck.json"
    path.write_bytes(content)
    return codes, path


@pytest.fixture
def window(db: Database, loader_ctx: AppContext, qtbot: QtBot) -> Iterator[MainWindow]:
    with db.write() as s:
        set_warehouse_details(s, name="Hub Lwiw")
    win = MainWindow(loader_ctx, db.display_name(), build_screens(loader_ctx))
    attach_scanner(win, replace(loader_ctx.settings, scan_max_gap_ms=ROUTING_GAP_MS))
    show_active(qtbot, win)
    qtbot.waitUntil(win.isActiveWindow)
    qtbot.keyClick(win, Qt.Key.Key_F5)
    loader_ctx.runner.wait()
    yield win


def arrival_tab(window: MainWindow) -> TrucksScreen:
    screen = window.current_screen()
    assert isinstance(screen, TrucksScreen)
    screen.tabs.setCurrentWidget(screen.arrival)
    return screen


def burst(window: MainWindow, code: str) -> None:
    """A USB scanner: fast keys, then Enter, through the window."""
    type_keys(window, code)
    enter(window)


def scan_ok(qtbot: QtBot, window: MainWindow, screen: TrucksScreen, code: str) -> Any:
    with qtbot.waitSignal(screen.arrival.checked_in, timeout=10_000) as done:
        burst(window, code)
    return done.args[0]


def scan_refused(qtbot: QtBot, window: MainWindow, screen: TrucksScreen, code: str) -> str:
    with qtbot.waitSignal(screen.refused, timeout=10_000) as refused:
        burst(window, code)
    return str(refused.args[0])


def open_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def save_to(monkeypatch: pytest.MonkeyPatch, path: Path) -> list[str]:
    offered: list[str] = []

    def answer(_parent: object, _title: str, proposed: str, *_a: object, **_k: object) -> tuple[str, str]:
        offered.append(proposed)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return offered


def register(qtbot: QtBot, screen: TrucksScreen, monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    open_file(monkeypatch, path)
    screen.arrival.register_button.click()
    qtbot.waitUntil(lambda: screen.arrival.current is not None, timeout=10_000)


def test_a_scan_with_no_arriving_truck_is_refused_not_lost(window: MainWindow, qtbot: QtBot) -> None:
    screen = arrival_tab(window)
    assert "register its truck file" in screen.scan_bar.target.text()
    sentence = scan_refused(qtbot, window, screen, "BX000001")
    assert sentence == "Choose an arriving truck first."
    assert screen.scan_bar.panel.headline.text() == "Not checked in" and screen.feedback.played[-1] == "scan_error"


def test_the_hub_registers_checks_in_by_scanning_and_closes(
        db: Database, other_db: Database, loader_ctx: AppContext, window: MainWindow, truck_path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    codes, path = truck_path
    screen = arrival_tab(window)
    panel = screen.arrival
    register(qtbot, screen, monkeypatch, path)
    number = codes["truck"]
    assert panel.picker.count() == 1 and number in panel.picker.currentText()
    assert "registered here with 5 packages" in loader_ctx.messages.text()
    assert screen.scan_bar.target.text() == f"Next scan checks in a package of truck {number} from Magazyn Poznań."
    assert screen.scan_bar.load_button.text() == "Received" and screen.scan_bar.unload_button.text() == "Damaged"
    assert not screen.scan_bar.qty.isVisible()  # labels only: no quantity here
    assert "Loose goods, not checked by label" in panel.loose.text()

    done = scan_ok(qtbot, window, screen, codes["open"])
    assert done.result.status == "received" and screen.scan_bar.panel.headline.text() == codes["open"]
    assert screen.scan_bar.panel.quantity.text() == "Received" and screen.feedback.played[-1] == "scan_ok"

    screen.scan_bar.unload_button.click()  # Damaged, for the next package only
    assert "DAMAGED package" in screen.scan_bar.target.text()
    panel.note.setText("wet corner")
    done = scan_ok(qtbot, window, screen, codes["mixed"])
    assert done.result.status == "damaged" and screen.scan_bar.panel.quantity.text() == "Damaged"
    assert screen.scan_bar.load_button.isChecked() and panel.note.text() == ""  # back to Received
    row = panel.model.row_of(codes["mixed"])
    assert row is not None and panel.model.text(row, 5) == "damaged" and panel.model.text(row, 8) == "wet corner"
    assert panel.model.text(row, 7) == "Olek Ładowacz"
    assert panel.counter.text() == "2 of 5 packages checked in \u00b7 1 damaged \u00b7 0 extra \u00b7 3 still to check"

    # Ctrl+Z takes the last check-in back: it counts as not there until scanned again
    press(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier, "\x1a", delay_ms=20)
    qtbot.waitUntil(lambda: panel.counter.text().startswith("1 of 5"), timeout=10_000)
    assert screen.scan_bar.panel.quantity.text() == "Taken back"
    screen.scan_bar.unload_button.click()
    panel.note.setText("wet corner")
    assert scan_ok(qtbot, window, screen, codes["mixed"]).result.status == "damaged"
    assert panel.counter.text().startswith("2 of 5")

    sentence = scan_refused(qtbot, window, screen, codes["open"])
    assert sentence.startswith(f"{codes['open']} was already checked in at")
    assert sentence in screen.scan_bar.panel.details.text() and loader_ctx.messages.text() == sentence
    sentence = scan_refused(qtbot, window, screen, TINS)
    assert sentence.endswith(f"is not a package label of truck {number}.")  # goods, not a package
    assert panel.counter.text().startswith("2 of 5")

    report = tmp_path / "report.pdf"
    offered = save_to(monkeypatch, report)
    panel.report_button.click()
    qtbot.waitUntil(lambda: screen.export_panel.state == "done", timeout=20_000)
    assert offered[0].endswith(f"{number}-arrival-report.pdf")
    assert number in "".join(page.extract_text() for page in PdfReader(report).pages)
    preview = open_preview(qtbot, screen.export_panel,
                           lambda: qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton))
    assert preview.windowTitle().endswith("Arrival report")
    print_to_file(qtbot, screen.export_panel, preview, tmp_path / "printed.pdf")
    assert_same_pages(report, tmp_path / "printed.pdf")

    asked: list[tuple[Any, ...]] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a) or QMessageBox.StandardButton.No)
    panel.close_button.click()
    assert asked[0][4] == QMessageBox.StandardButton.No  # Enter on the question closes nothing
    assert asked[0][2].startswith("3 packages are still missing.")
    assert "goods of 2 received and damaged packages, and the truck's loose goods, into this hub's stock" in asked[0][2]
    assert panel.current is not None and panel.current.status == "checking"

    out = tmp_path / "confirmation.json"
    offered = save_to(monkeypatch, out)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    panel.close_button.click()
    qtbot.waitUntil(lambda: panel.current is not None and panel.current.status == "closed", timeout=10_000)
    assert offered[0].endswith(f"{number}.arrival.json") and out.exists()
    assert "Closed the arrival of truck" in loader_ctx.messages.text()
    assert screen.export_panel.state == "done" and screen.export_panel.path == out
    assert panel.again_button.isVisible() and not panel.close_button.isEnabled()
    assert "is closed: nothing more can be checked in" in screen.scan_bar.target.text()
    with db.read() as s:
        assert s.scalars(select(ItemTotal.quantity)).all()  # the goods are in the hub's stock
    assert scan_refused(qtbot, window, screen, codes["weighed"]).endswith("is closed; nothing on it can change.")

    with other_db.write() as s:  # the sender imports it
        delivery = confirmation.import_confirmation(s, actor_as(s, "Setup", "setup"), out.read_bytes())
    assert (delivery.received, delivery.damaged, delivery.missing) == (1, 1, 3)
    with other_db.read() as s:
        assert number in confirmation.deliveries(s)

    again = tmp_path / "again.json"
    save_to(monkeypatch, again)
    panel.again_button.click()
    qtbot.waitUntil(lambda: again.exists(), timeout=10_000)
    assert again.read_bytes() == out.read_bytes()


def test_the_sender_writes_the_truck_file_and_imports_the_confirmation(
        db: Database, other_db: Database, loader_ctx: AppContext, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    codes = dispatched_truck(db)
    number = codes["truck"]
    screen = TrucksScreen(loader_ctx)
    qtbot.addWidget(screen)
    screen.resize(1366, 720)
    screen.show()
    with qtbot.waitSignal(screen.shown, timeout=10_000):
        screen.activated()
    with qtbot.waitSignal(screen.shown, timeout=10_000):
        screen.select_truck(number)
    pane = screen.pane
    assert pane.truck_file_button.isVisible() and not pane.dispatch_button.isVisible()

    out = tmp_path / "truck.json"
    offered = save_to(monkeypatch, out)
    pane.truck_file_button.click()
    qtbot.waitUntil(lambda: screen.export_panel.state == "done", timeout=10_000)
    assert offered[0].endswith(f"{number}.truck.json") and screen.export_panel.path == out

    with other_db.write() as s:  # the hub: register, check in four, close
        set_warehouse_details(s, name="Hub Lwiw")
        hub_actor = actor_as(s, "Iryna", "hub-1", "loader")
        truck = incoming.register_arrival(s, hub_actor, out.read_bytes()).number
        for code in (codes["pallet"], codes["open"]):
            incoming.check_in(s, hub_actor, truck, code)
        incoming.check_in(s, hub_actor, truck, codes["mixed"], damaged=True)
    with other_db.write() as s:
        answer = tmp_path / "arrival.json"
        answer.write_bytes(incoming.close_arrival(s, hub_actor, truck).confirmation.content)

    open_file(monkeypatch, answer)
    with qtbot.waitSignal(screen.shown, timeout=10_000):
        pane.confirm_button.click()
    assert loader_ctx.messages.text() == (f"Truck {number} is delivered: Hub Lwiw received 3, damaged 1, missing 1 "
                                          "of 5 packages.")
    assert "[delivered]" in pane.header.text() and "Hub Lwiw" in pane.header.text()
    row = screen.trucks_model.row_of(number)
    assert row is not None and screen.trucks_model.text(row, 2) == "delivered"
    assert not pane.confirm_button.isEnabled()  # confirmed once


def test_a_bad_file_or_a_second_copy_is_one_sentence(db: Database, loader_ctx: AppContext, window: MainWindow,
                                                      truck_path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch,
                                                      tmp_path: Path) -> None:
    codes, path = truck_path
    screen = arrival_tab(window)
    damaged = tmp_path / "cut.truck.json"
    damaged.write_bytes(path.read_bytes()[:200])
    open_file(monkeypatch, damaged)
    screen.arrival.register_button.click()
    qtbot.waitUntil(lambda: loader_ctx.messages.kind == "error", timeout=10_000)
    assert "\n" not in loader_ctx.messages.text() and screen.arrival.current is None
    register(qtbot, screen, monkeypatch, path)
    screen.arrival.register_button.click()  # the same file again
    qtbot.waitUntil(lambda: loader_ctx.messages.kind == "error", timeout=10_000)
    assert loader_ctx.messages.text().startswith(f"Truck {codes['truck']} from Magazyn Poznań is already registered")


def test_a_check_in_made_elsewhere_shows_on_refresh(db: Database, loader_ctx: AppContext, window: MainWindow, truck_path,
                                               qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    codes, path = truck_path
    screen = arrival_tab(window)
    register(qtbot, screen, monkeypatch, path)
    with db.write() as s:
        incoming.check_in(s, actor_as(s, "Petro", "hub-2", "loader"), codes["truck"], codes["pallet"])
    screen.refresh()  # as when the screen is shown again, or hears a write of another screen
    qtbot.waitUntil(lambda: screen.arrival.counter.text().startswith("2 of 5"), timeout=10_000)


def test_staff_cannot_register_or_close(db: Database, staff_ctx: AppContext, qtbot: QtBot) -> None:
    screen = TrucksScreen(staff_ctx)
    qtbot.addWidget(screen)
    screen.tabs.setCurrentWidget(screen.arrival)
    assert not screen.arrival.register_button.isEnabled() and not screen.arrival.close_button.isEnabled()
    assert "Only a loader or a manager" in screen.arrival.register_button.toolTip()
