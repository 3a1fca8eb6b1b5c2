"""Scans at start-up, as a tired volunteer meets them: real keys at 5 ms a key through the
start dialogs' QWindow, and what the database holds afterwards (issue 11).

The goods barcode that once became the operator "5901234123457" is kept and received
after login; a badge logs its person in; a scan never answers the demo question; the
station name field of the first start never takes a scan."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from sqlalchemy import func, select

from tests.ui.keyboard import GTIN, enter, type_keys
from tests.ui.startup import wait_until, when_shown
from warehouse_app import app as desktop
from warehouse_app import launch
from warehouse_app.core.access.operators import add_operator, set_active
from warehouse_app.core.admin.demo import is_demo
from warehouse_app.core.catalogue.items import add_item
from warehouse_app.core.context import Actor
from warehouse_app.db.database import Database
from warehouse_app.db.models import Item, Movement, Operator
from warehouse_app.station.store import stored_station
from warehouse_app.ui.base.scan_hub import ScanHub
from warehouse_app.ui.main_window import MainWindow
from warehouse_app.ui.widgets.item_dialog import ItemDialog
from warehouse_app.ui.widgets.operator_dialog import OperatorDialog
from warehouse_app.ui.widgets.start_window import StartWindow

GAP_MS = 150  # this station's scanner setting: room for a busy test machine between 5 ms keys
PERSON_MS = 300  # a person typing, well over it


@pytest.fixture(autouse=True)
def _tolerant_scanner() -> None:
    from warehouse_app.station.store import settings_store

    settings_store().setValue("scanner/max_gap_ms", GAP_MS)


def scan(window: QWidget, code: str) -> None:
    type_keys(window, code, delay_ms=5)
    enter(window, delay_ms=5)


def hub() -> ScanHub:
    found = QApplication.instance().findChild(ScanHub)
    assert found is not None
    return found


@pytest.fixture
def stocked(db: Database) -> dict[str, str]:
    """A warehouse in use (so no demo is offered): blankets with a barcode, two people."""
    with db.write() as s:
        add_item(s, name="Koc polarowy", category="BEDDING", unit="pcs", barcodes_=[GTIN])
        olena = add_operator(s, "Olena Kovalenko")
        anna = add_operator(s, "Anna Nowak", "manager")
        iryna = add_operator(s, "Iryna Bondar")
        set_active(s, Actor(anna.id, "t"), "Iryna Bondar", False)
    return {"Olena Kovalenko": olena.badge, "Iryna Bondar": iryna.badge}


@pytest.fixture
def main_window_seen(monkeypatch: pytest.MonkeyPatch, db: Database) -> dict[str, Any]:
    """Instead of the event loop: wait for the intake screen to have received what was held,
    note what the main window shows, close it."""
    seen: dict[str, Any] = {}

    def look(*_args: object) -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen["routed"] = routed = []
        window.scan_routed.connect(lambda screen, code: routed.append((screen, code)))
        # settled: nothing held, nothing running, and still so after the screens answered
        # (a scan's receive may start only after the intake view's first read came back)
        for _ in range(3):
            wait_until(lambda: bool(hub().held) is False and window.ctx.runner.busy is False, 3000)
            window.ctx.runner.wait()
            QTest.qWait(100)
        seen.update(operator=window.ctx.operator.name, station=window.ctx.settings.station, title=window.windowTitle(),
                    demo_shown=window.demo_label.isVisible())
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", look)
    return seen


def movements(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Movement)) or 0


def test_at_the_demo_question_a_scan_answers_nothing_and_no_demo_is_loaded(
        db_url: str, db: Database, main_window_seen: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, Any] = {}
    offered: list[str] = []
    monkeypatch.setattr(ItemDialog, "open", lambda dialog: offered.append("new item"))

    def at_question(box: QMessageBox) -> None:
        try:
            seen["default"] = box.defaultButton() is box.button(QMessageBox.StandardButton.No)
            seen["focus"] = QApplication.focusWindow() is box.windowHandle()
            scan(box, GTIN)
            wait_until(lambda: hub().held == (GTIN,))
            QApplication.processEvents()
            seen.update(open=box.isVisible(), held=hub().held)
        finally:
            box.button(QMessageBox.StandardButton.No).click()

    when_shown(QMessageBox, at_question)
    assert launch.main(["--db", db_url, "--operator", "Olena Kovalenko", "--station", "intake-1"]) == 0
    assert seen == {"default": True, "focus": True, "open": True, "held": (GTIN,)}
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == 0 and not is_demo(s)
    assert main_window_seen["operator"] == "Olena Kovalenko" and not main_window_seen["demo_shown"]
    assert offered == ["new item"]  # the held scan reached intake: an unknown barcode, offered as a new item


def test_a_goods_scan_at_who_is_working_is_no_name_and_is_received_once_after_a_badge_login(
        db_url: str, db: Database, stocked: dict[str, str], main_window_seen: dict[str, Any]) -> None:
    seen: dict[str, Any] = {}

    def at_start(dialog: OperatorDialog) -> None:
        try:
            dialog.new_name.setFocus()  # where the cursor waits for a new name
            scan(dialog, GTIN)
            wait_until(lambda: hub().held == (GTIN,))
            seen.update(held=hub().held, typed=dialog.new_name.text(), message=dialog.message.text(),
                        open=dialog.isVisible(), waiting=hub().notice(dialog))
            scan(dialog, stocked["Olena Kovalenko"])
            wait_until(lambda: not dialog.isVisible())
        finally:
            if dialog.isVisible():
                dialog.reject()

    when_shown(OperatorDialog, at_start)
    assert launch.main(["--db", db_url, "--station", "intake-1"]) == 0
    assert seen["held"] == (GTIN,) and seen["typed"] == "" and seen["open"]
    assert seen["message"] == (f"{GTIN} is a goods barcode, not a badge: it is kept and will be received "
                               "once someone is working.")
    assert "1 scan waiting" in seen["waiting"]
    assert main_window_seen["operator"] == "Olena Kovalenko"
    with db.read() as s:
        assert sorted(s.scalars(select(Operator.name))) == ["Anna Nowak", "Iryna Bondar", "Olena Kovalenko"]
        received = s.execute(select(Movement.kind, Movement.quantity, Operator.name)
                             .join(Operator, Operator.id == Movement.operator_id)).all()
    assert [(kind, int(qty), who) for kind, qty, who in received] == [("receive", 1, "Olena Kovalenko")]


def test_a_retired_persons_badge_is_refused_in_one_sentence(db_url: str, db: Database, stocked: dict[str, str],
                                                            main_window_seen: dict[str, Any],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    problems: list[str] = []

    def exec_(dialog: OperatorDialog) -> int:  # the badge's answer comes back in the dialog, shown again
        problems.append(dialog.message.text())
        if len(problems) == 1:
            assert dialog.take_scan(stocked["Iryna Bondar"])
            return QDialog.DialogCode.Accepted
        dialog.new_name.setText("Olena Kovalenko")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OperatorDialog, "exec", exec_)
    assert launch.main(["--db", db_url, "--station", "intake-1"]) == 0
    assert problems == ["", "Iryna Bondar no longer works here; a manager can bring them back on the Operators page."]
    assert main_window_seen["operator"] == "Olena Kovalenko" and movements(db) == 0


def test_the_first_start_names_the_station_and_its_field_takes_no_scan(
        db_url: str, db: Database, stocked: dict[str, str], main_window_seen: dict[str, Any]) -> None:
    seen: dict[str, Any] = {}

    def at_start(dialog: OperatorDialog) -> None:
        try:
            field = dialog.station_name
            assert field is not None
            seen["prefilled"] = field.text()
            field.selectAll()
            field.setFocus()
            scan(dialog, GTIN)
            wait_until(lambda: hub().held == (GTIN,))
            seen.update(after_scan=field.text(), held=hub().held)
            type_keys(dialog, "Dock 2", delay_ms=PERSON_MS)  # a person typing
            wait_until(lambda: field.text() == "Dock 2", 1000)  # the last key waits out the scanner's gap
            seen["typed"] = field.text()
            dialog.list.setCurrentRow(1)  # Olena Kovalenko
            dialog.accept()
        finally:
            if dialog.isVisible():
                dialog.reject()

    when_shown(OperatorDialog, at_start)
    assert stored_station() is None
    assert launch.main(["--db", db_url]) == 0
    assert seen["prefilled"] and seen["after_scan"] == seen["prefilled"] and seen["held"] == (GTIN,)
    assert seen["typed"] == "Dock 2"
    assert main_window_seen["station"] == "Dock 2" and stored_station() == "Dock 2"
    assert movements(db) == 1  # the held scan was received at intake after the start


@pytest.fixture
def database_waits(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The start's worker opens the database only once the test sets this event, so what the
    test does in the start window happens before the database is ready."""
    go_on = threading.Event()
    real_open = desktop.open_database

    def open_when_told(url: str | None) -> desktop.Opened:
        go_on.wait(20)
        return real_open(url)

    monkeypatch.setattr(desktop, "open_database", open_when_told)
    return go_on


def scan_at_the_start_window(codes: list[str], go_on: threading.Event, seen: dict[str, Any]) -> None:
    """Once the start window is up: scan ``codes`` into it, note what it shows, then let the database open."""
    def act(window: StartWindow) -> None:
        try:
            seen["database_open"] = go_on.is_set()
            for code in codes:
                scan(window, code)
            wait_until(lambda: hub().held == tuple(codes))
            seen.update(held=hub().held, waiting=hub().notice(window), status=window.status.text())
        finally:
            go_on.set()

    when_shown(StartWindow, act)


def test_a_burst_scanned_before_the_database_is_open_is_received_once_it_is(
        db_url: str, db: Database, stocked: dict[str, str], main_window_seen: dict[str, Any],
        database_waits: threading.Event) -> None:
    seen: dict[str, Any] = {}
    scan_at_the_start_window([GTIN, GTIN], database_waits, seen)
    assert launch.main(["--db", db_url, "--operator", "Olena Kovalenko", "--station", "intake-1"]) == 0
    assert seen["database_open"] is False and seen["held"] == (GTIN, GTIN) and seen["status"] == "Opening the warehouse\u2026"
    assert "2 scans waiting" in seen["waiting"]
    assert main_window_seen["operator"] == "Olena Kovalenko"
    with db.read() as s:
        received = s.execute(select(Movement.kind, Movement.quantity, Operator.name)
                             .join(Operator, Operator.id == Movement.operator_id)).all()
    assert [(kind, int(qty), who) for kind, qty, who in received] == [("receive", 1, "Olena Kovalenko")] * 2
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, StartWindow)]  # it made way


@pytest.mark.parametrize("prefix", ["", "]C0"])  # ]C0: a scanner set to send symbology identifiers
def test_a_badge_scanned_before_the_database_is_open_signs_its_person_in(
        db_url: str, db: Database, stocked: dict[str, str], main_window_seen: dict[str, Any],
        database_waits: threading.Event, prefix: str) -> None:
    seen: dict[str, Any] = {}
    badge = prefix + stocked["Olena Kovalenko"]
    scan_at_the_start_window([badge, GTIN], database_waits, seen)
    assert launch.main(["--db", db_url, "--station", "intake-1"]) == 0
    assert seen["held"] == (badge, GTIN)
    # the badge answered "Who is working?"; the goods scan behind it was received at Intake, once
    assert main_window_seen["operator"] == "Olena Kovalenko"
    with db.read() as s:
        received = s.execute(select(Movement.kind, Movement.quantity, Operator.name)
                             .join(Operator, Operator.id == Movement.operator_id)).all()
    assert [(kind, int(qty), who) for kind, qty, who in received] == [("receive", 1, "Olena Kovalenko")]
