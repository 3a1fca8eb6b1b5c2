"""An offline-tolerant station, end to end: the real main window on a private PostgreSQL server
(tests/pg_server.py) that is stopped mid-shift and started again.

(The other UI tests run on SQLite; this one is about a server going away, so it runs on
one that really does.) Scans go in as real key events through the window. While the
server is down they are kept on the laptop (blue panel, their own sound, a count in the
status bar), an unknown barcode is refused with a sentence, a take is refused with one;
when the server is back the kept scans are sent in order exactly once and ``db check``
passes; a kept scan a rule refuses meanwhile is set aside for a manager.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.pg_server import Goods, PrivateServer, add_goods, levels, server_fixture  # noqa: F401  (the server fixture)
from tests.tcp_proxy import CuttingProxy
from tests.ui.keyboard import enter, show_active, type_keys
from warehouse_app.app import attach_scanner
from warehouse_app.core.access.operators import add_operator
from warehouse_app.core.catalogue.items import edit_item
from warehouse_app.core.stock.integrity import check_stock_levels
from warehouse_app.db.database import Database
from warehouse_app.db.migrate import upgrade
from warehouse_app.db.models import Movement
from warehouse_app.kernel.station import StationSettings
from warehouse_app.station.offline_queue import OfflineQueue, server_key
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.offline import OfflineStation
from warehouse_app.ui.base.tasks import TaskRunner
from warehouse_app.ui.main_window import MainWindow
from warehouse_app.ui.operations.stock import write_off
from warehouse_app.ui.screens.intake.screen import IntakeScreen
from warehouse_app.ui.widgets.expiry_dialog import ExpiryDialog
from warehouse_app.ui.widgets.set_aside_dialog import SetAsideDialog

pytestmark = pytest.mark.postgres
GAP_MS = 400  # routing, not timing: a wide scanner gap keeps a burst one burst on a loaded machine


@dataclass(frozen=True)
class Station:
    db: Database
    ctx: AppContext
    window: MainWindow
    milk_id: int
    proxy: CuttingProxy | None


@pytest.fixture
def station(server: PrivateServer, tmp_path: Path, qtbot: QtBot, request: pytest.FixtureRequest) -> Iterator[Station]:
    """The main window on the private server; parametrized "proxy" (indirect), through a CuttingProxy."""
    proxy = CuttingProxy("127.0.0.1", server.port) if getattr(request, "param", "") == "proxy" else None
    direct = Database(server.url)
    upgrade(direct)
    direct.dispose()
    db = Database(server.url if proxy is None else server.url.replace(f":{server.port}/", f":{proxy.port}/"))
    with db.write() as s:
        operator = add_operator(s, "Olena Kovalenko", "staff")
    runner = TaskRunner(db)
    ctx = AppContext(runner, operator, StationSettings(station="intake-2", sound=False))
    queue = OfflineQueue(server_key(db), tmp_path / "queue.sqlite3")
    ctx.offline = OfflineStation(runner, queue, ctx, retry_ms=60_000)  # the test says when to retry
    milk_id = add_goods(db).milk_id
    intake = IntakeScreen(ctx)
    window = MainWindow(ctx, db.display_name(), [(intake, "F2")])
    attach_scanner(window, replace(ctx.settings, scan_max_gap_ms=GAP_MS))
    show_active(qtbot, window)
    ctx.offline.start()
    runner.wait()
    yield Station(db, ctx, window, milk_id, proxy)
    window.close()  # stops the retries (MainWindow.closeEvent)
    runner.wait()
    QCoreApplication.processEvents()  # the last answers, while the window that shows them is alive
    assert not ctx.offline._retry.isActive()
    queue.close()
    db.dispose()
    if proxy is not None:
        proxy.close()


def scan_keys(window: MainWindow, code: str) -> None:
    type_keys(window, code)
    enter(window)


def test_the_station_keeps_scanning_when_the_server_goes_away(
        server: PrivateServer, station: Station, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    db, ctx, window, milk_id = station.db, station.ctx, station.window, station.milk_id
    offline = ctx.offline
    assert offline is not None
    intake = window.current_screen()
    assert isinstance(intake, IntakeScreen)
    with qtbot.waitSignal(intake.received, timeout=10_000):
        scan_keys(window, Goods.rice)
    donation = intake.header.donation
    assert donation is not None and not window.offline_label.isVisible()

    server.stop()
    with qtbot.waitSignal(intake.kept, timeout=20_000):  # the live attempt fails: kept, with its id
        scan_keys(window, Goods.rice)
    assert offline.offline and intake.panel.state == "queued"
    assert ctx.runner.server_away  # from now on work fails at once, not after a connect timeout each
    assert intake.feedback.played[-1] == "scan_queued"
    assert "Saved on this laptop" in intake.panel.details.text() and "now" not in intake.panel.details.text()
    assert window.offline_label.isVisible() and window.offline_label.text() == "Offline: 1 scan waiting"

    intake.qty.setText("3")
    with qtbot.waitSignal(intake.kept, timeout=5_000):
        scan_keys(window, Goods.rice)
    assert "+3" in intake.panel.quantity.text()

    def answer(dialog: ExpiryDialog) -> None:  # the expiry question works offline
        qtbot.keyClicks(dialog.field, "310530")
        dialog.accept()

    monkeypatch.setattr(ExpiryDialog, "open", answer)
    with qtbot.waitSignal(intake.kept, timeout=5_000):
        scan_keys(window, Goods.milk_case)
    assert window.offline_label.text() == "Offline: 3 scans waiting"

    with qtbot.waitSignal(intake.refused, timeout=5_000) as refused:  # not in the laptop's copy
        scan_keys(window, "4006381333931")
    assert "put the goods aside" in refused.args[0] and intake.feedback.played[-1] == "scan_error"

    sentences: list[str] = []
    write_off(window, ctx.actor, 1, "1", "damaged").failure(sentences.append).run(ctx.runner)
    qtbot.waitUntil(lambda: bool(sentences), timeout=20_000)
    assert sentences == ["The server cannot be reached, so nothing was saved. Until it is back only receiving "
                         "works: scans are kept on this laptop."]
    assert offline.waiting == 3

    server.start()
    with db.write() as s:  # meanwhile, at another station: the milk is archived
        edit_item(s, milk_id, archived=True)
    with qtbot.waitSignal(offline.drained, timeout=30_000) as drained:
        offline.send_now()
    assert (drained.args[0].sent, drained.args[0].set_aside) == (2, 1)
    assert not offline.offline and offline.waiting == 0 and not ctx.runner.server_away
    assert not window.offline_label.isVisible()
    assert window.set_aside_button.isVisible()
    assert window.set_aside_button.text() == "1 kept scan refused: for a manager"
    assert levels(db) == {"Ryż 1 kg": Decimal(5)}  # 1 online + 1 + 3 kept, each once
    with db.read() as s:
        assert s.scalar(select(func.count()).where(Movement.scan_uid.is_not(None))) == 3
        assert set(s.scalars(select(Movement.donation_id))) == {donation.id}
        assert check_stock_levels(s).ok

    dialog = SetAsideDialog(offline, is_manager=True, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and "archived" in dialog.table.item(0, 4).text()
    assert dialog.table.item(0, 2).text().startswith("12")  # a case of 12
    dialog.dismiss_button.click()
    assert not window.set_aside_button.isVisible()


def test_a_kept_scan_can_be_undone_and_its_quantity_not_corrected(
        server: PrivateServer, station: Station, qtbot: QtBot) -> None:
    db, ctx, window = station.db, station.ctx, station.window
    intake = window.current_screen()
    assert isinstance(intake, IntakeScreen) and ctx.offline is not None
    server.stop()
    with qtbot.waitSignal(intake.kept, timeout=20_000):
        scan_keys(window, Goods.rice)
    intake.qty.setText("4")
    with qtbot.waitSignal(intake.refused, timeout=5_000) as refused:
        intake.qty.returnPressed.emit()
    assert "undo it (Ctrl+Z)" in refused.args[0]
    intake.undo_last()
    assert intake.panel.state == "undo" and ctx.offline.waiting == 0
    assert window.offline_label.text() == "Offline: 0 scans waiting"
    server.start()
    with qtbot.waitSignal(ctx.offline.drained, timeout=30_000):
        ctx.offline.send_now()
    assert levels(db) == {} and not window.offline_label.isVisible()  # nothing was received



@pytest.mark.parametrize("station", ["proxy"], indirect=True)
def test_a_scan_whose_answer_was_lost_is_kept_and_sent_once(station: Station, qtbot: QtBot) -> None:
    """The connection breaks after the server committed the scan: the screen keeps it with its
    id, and sending it later finds it in the ledger instead of receiving it twice."""
    db, ctx, window = station.db, station.ctx, station.window
    intake = window.current_screen()
    assert isinstance(intake, IntakeScreen) and ctx.offline is not None and station.proxy is not None
    station.proxy.cut_after_commit = True
    with qtbot.waitSignal(intake.kept, timeout=20_000) as kept:
        scan_keys(window, Goods.rice)
    assert station.proxy.commits_cut == 1 and intake.panel.state == "queued"
    with db.read() as s:  # through the proxy again: the commit did reach the server
        assert s.scalar(select(Movement.scan_uid)) == kept.args[0]
    with qtbot.waitSignal(ctx.offline.drained, timeout=30_000) as drained:
        ctx.offline.send_now()
    assert drained.args[0].sent == 1 and ctx.offline.waiting == 0
    assert levels(db) == {"Ryż 1 kg": Decimal(1)}
    with db.read() as s:
        assert check_stock_levels(s).ok
