"""Start-up wiring for the desktop app behind the start window: database, migrations, operator, main window.

``warehouse_app/start.py`` shows the start window and imports this module in a worker
thread (it loads SQLAlchemy, the models and the Intake screen), which then opens the
database (``open_database``); ``continue_start`` does the rest in the GUI thread."""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget
from sqlalchemy.exc import SQLAlchemyError

from warehouse_app.core.access.operators import OperatorInfo
from warehouse_app.core.admin.restore import Restored
from warehouse_app.db.backup import daily_backup
from warehouse_app.db.database import Database
from warehouse_app.db.migrate import upgrade
from warehouse_app.kernel.errors import WarehouseError
from warehouse_app.kernel.paths import default_db_url
from warehouse_app.kernel.station import StationSettings
from warehouse_app.station.offline_queue import OfflineQueue, server_key
from warehouse_app.station.store import (
    load_station_settings,
    remember_station,
    settings_store,
    stored_database_url,
    stored_station,
)
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.offline import OfflineStation
from warehouse_app.ui.base.restart import RestoreRequest
from warehouse_app.ui.base.scan_hub import ScanHub
from warehouse_app.ui.base.tasks import Op, TaskRunner
from warehouse_app.ui.base.texts import error_text
from warehouse_app.ui.main_window import MainWindow
from warehouse_app.ui.operations.backups import restore_backup
from warehouse_app.ui.operations.operators import check_pin, first_pin, operators, sign_in, sign_in_with_badge
from warehouse_app.ui.operations.settings import is_demo_warehouse, load_demo_warehouse, warehouse_is_empty
from warehouse_app.ui.screens.screen import LaterScreen, Screen
from warehouse_app.ui.widgets.operator_dialog import OperatorDialog
from warehouse_app.ui.widgets.pin_dialog import PinDialog
from warehouse_app.ui.widgets.start_window import StartWindow, refuse_start, stamp

PIN_TRIES = 3
T = TypeVar("T")
# The database opened, or why it could not be (said in the GUI thread, in the user's language).
Opened = Database | WarehouseError | SQLAlchemyError | sqlite3.DatabaseError


def station_settings(station: str | None = None) -> StationSettings:
    """This machine's own settings (not shared through the database)."""
    return load_station_settings(station)


def wait_for(runner: TaskRunner, op: Op[T]) -> T:
    """Run an operation and wait for it with the event loop turning (start-up steps only:
    the start is modal, nothing else is on screen yet). A failure raises its sentence."""
    loop = QEventLoop()
    results: list[T] = []
    errors: list[str] = []

    def done(result: T) -> None:
        results.append(result)
        loop.quit()

    def failed(sentence: str) -> None:
        errors.append(sentence)
        loop.quit()

    op.success(done).failure(failed).run(runner)
    loop.exec()
    if errors:
        raise WarehouseError("{sentence}", sentence=errors[0])
    return results[0]


def open_database(db_url: str | None) -> Opened:
    """The database given (None: the one chosen in the settings, else the default file) at its
    newest schema (Alembic runs only when it is not), backed up daily; or why it cannot be
    opened. Runs in the start-up worker thread."""
    try:
        db = Database(db_url or stored_database_url() or default_db_url())
        upgrade(db)
    except (WarehouseError, SQLAlchemyError, sqlite3.DatabaseError) as exc:
        return exc
    _daily_backup(db)
    return db


def announce_ready(window: MainWindow, stamp: Callable[[str], None], quit_after: bool) -> None:
    """For the start-up benchmark: say when the main window is usable (see start.READY_STAMP)."""
    def check() -> None:
        focus = QApplication.focusWidget()
        if window.isVisible() and focus is not None and window.current_screen().isAncestorOf(focus) \
                and not window.ctx.runner.busy:
            stamp("ready")
            if quit_after:
                QApplication.quit()
            return
        QTimer.singleShot(1, check)

    QTimer.singleShot(0, check)


def offer_demo(runner: TaskRunner, operator_name: str, station: str, parent: QWidget | None = None) -> None:
    """First start on an empty database: a demo warehouse to learn on, only by a deliberate
    click on Yes (No is the default, Enter and Escape answer No, a scan answers nothing)."""
    if not wait_for(runner, warehouse_is_empty(None)):
        return
    answer = QMessageBox.question(
        parent, QApplication.translate("startup", "An empty warehouse"),
        QApplication.translate(
            "startup",
            "This database is empty. Load a demo warehouse (340 kinds of goods, 12 donations) to try the app?\n\n"
            "The demo's goods are made up and the database is then marked as a demo on every station. "
            "Choose No to start with an empty warehouse for real stock.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return
    progress = QProgressDialog(QApplication.translate("startup", "Loading the demo warehouse\u2026"), "", 0, 0, parent)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.show()
    try:
        wait_for(runner, load_demo_warehouse(None, operator_name, station))
    finally:
        progress.close()


def choose_operator(runner: TaskRunner, settings: StationSettings, preset: str | None, *,
                    ask_station: bool = False, shell: StartWindow | None = None) -> tuple[OperatorInfo, str] | None:
    """Who works here (by badge or by name) and at which station; a manager proves it
    with the PIN (or chooses one first). ``ask_station``: the first start on this computer,
    where the dialog also asks the station's name (remembered here).

    A refused name or badge is shown in the dialog; a refused or cancelled PIN goes back
    to the choice of name; cancelling that ends. The start window (``shell``) closes as the
    dialog opens, so the scans it held go to the dialog (a badge signs its person in)."""
    store = settings_store()
    name, badge, station, problem = preset, "", settings.station, ""
    while True:
        if not name and not badge:
            people = wait_for(runner, operators(None))
            dialog = OperatorDialog(people, station, str(store.value("last_operator", "")),
                                    ask_station=ask_station, problem=problem)
            if shell is not None and shiboken6.isValid(shell):
                shell.make_way()  # the hub hands its held scans on from the dialog's event loop
            if not dialog.exec():
                return None
            name, badge, station = dialog.chosen_name, dialog.chosen_badge, dialog.chosen_station
        try:
            operator = wait_for(runner, sign_in_with_badge(None, badge) if badge else sign_in(None, name or ""))
        except WarehouseError as exc:
            name, badge, problem = None, "", str(exc)
            continue
        if confirm_manager(runner, operator):
            store.setValue("last_operator", operator.name)
            if ask_station:
                remember_station(station)
            return operator, station
        name, badge, problem = None, "", ""


def confirm_manager(runner: TaskRunner, operator: OperatorInfo) -> bool:
    """True when the operator may start: someone who is not a manager and has no PIN, or the
    right PIN within three tries (anyone who has one), or (a manager without one) a new PIN
    chosen now. The command line asks the same (core/access/authentication)."""
    if operator.role != "manager" and not operator.has_pin:
        return True
    if not operator.has_pin:
        dialog = PinDialog(operator.name, choosing=True, intro=QApplication.translate(
            "startup", "{name} is a manager and has no PIN yet. Choose one (4 to 8 digits) "
            "before working as a manager.").format(name=operator.name))
        while dialog.exec():
            try:
                wait_for(runner, first_pin(None, operator.name, dialog.pin()))
                return True
            except WarehouseError as exc:
                dialog.show_problem(str(exc))
        return False
    dialog = PinDialog(operator.name)
    for _ in range(PIN_TRIES):
        if not dialog.exec():
            return False
        try:
            wait_for(runner, check_pin(None, operator.name, dialog.pin()))
            return True
        except WarehouseError as exc:  # the sentence says how long to wait after several wrong tries
            dialog.show_problem(str(exc))
    QMessageBox.warning(None, QApplication.translate("startup", "Wrong PIN"), QApplication.translate(
        "startup", "Wrong PIN three times. Choose your name again, or ask a manager to reset your PIN."))
    return False


def build_screens(ctx: AppContext) -> list[tuple[Screen | LaterScreen, str]]:
    """Intake, where a start lands, now; the others (and the modules they need: charts,
    documents, trucks) when first shown."""
    from warehouse_app.ui.screens.intake.screen import IntakeScreen

    def stock() -> Screen:
        from warehouse_app.ui.screens.stock.screen import StockScreen

        return StockScreen(ctx)

    def catalogue() -> Screen:
        from warehouse_app.ui.screens.catalogue.screen import CatalogueScreen

        return CatalogueScreen(ctx)

    def trucks() -> Screen:
        from warehouse_app.ui.screens.trucks.screen import TrucksScreen

        return TrucksScreen(ctx)

    def reports() -> Screen:
        from warehouse_app.ui.screens.reports.screen import ReportsScreen

        return ReportsScreen(ctx)

    def history() -> Screen:
        from warehouse_app.ui.screens.history.screen import HistoryScreen

        return HistoryScreen(ctx)

    def putaway() -> Screen:
        from warehouse_app.ui.screens.putaway.screen import PutAwayScreen

        return PutAwayScreen(ctx)

    translate = QCoreApplication.translate  # the titles the screens give themselves (their title())
    return [(IntakeScreen(ctx), "F2"),
            (LaterScreen("stock", translate("StockScreen", "Stock"), stock), "F3"),
            (LaterScreen("catalogue", translate("CatalogueScreen", "Catalogue"), catalogue), "F4"),
            (LaterScreen("trucks", translate("TrucksScreen", "Trucks"), trucks), "F5"),
            (LaterScreen("reports", translate("ReportsScreen", "Reports"), reports), "F6"),
            (LaterScreen("history", translate("HistoryScreen", "History"), history), "F7"),
            (LaterScreen("putaway", translate("PutAwayScreen", "Put away"), putaway), "F8")]


def attach_scanner(window: MainWindow, settings: StationSettings) -> ScanHub:
    """The application's scanner, with ``window`` as where scans go when no dialog takes them."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)  # the desktop app: never a bare QCoreApplication
    hub = ScanHub.for_app(app, settings)
    hub.set_main_window(window)
    window.scan_hub = hub
    return hub


def _daily_backup(db: Database) -> None:
    """The first start of the day copies the SQLite file to its backups folder (rotated).

    A failed copy does not keep the warehouse from working; it is reported on stderr."""
    if db.sqlite_path is None:
        return
    try:
        daily_backup(db.sqlite_path)
    except (OSError, sqlite3.Error) as exc:
        sys.stderr.write(f"warehouse-app: the daily backup could not be made: {exc}\n")


def close_windows() -> None:
    """Every window of the session that asked for a restore, closed and gone before the
    database is replaced (the next start builds its own). The answers of the session's last
    reads are delivered first, to the widgets still there to take them."""
    QCoreApplication.sendPostedEvents()
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible():
            widget.close()
        if isinstance(widget, MainWindow):
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def restore_and_say(request: RestoreRequest, off_the_gui_thread: Callable[[Callable[[], Restored]], Restored]) -> None:
    """The restore asked for in Settings › Backups, with this station's database closed: the
    same checked restore as `warehouse-app restore`, its outcome said in one box."""
    title = QApplication.translate("restore", "Restore")
    progress = QProgressDialog(QApplication.translate("restore", "Checking and restoring the copy {file}\u2026")
                               .format(file=request.source.name), "", 0, 0)
    progress.setCancelButton(None)
    progress.setWindowModality(Qt.WindowModality.ApplicationModal)
    progress.show()
    try:
        done = off_the_gui_thread(lambda: restore_backup(request.source, request.db_file))
    except WarehouseError as exc:
        progress.close()
        QMessageBox.warning(None, title, QApplication.translate("restore", "Nothing was restored: {reason}")
                            .format(reason=error_text(exc)))
        return
    progress.close()
    text = QApplication.translate(
        "restore", "The database was restored from {file}: {levels} stock levels match {rows} ledger rows.") \
        .format(file=done.source.name, levels=done.stock_levels, rows=done.movements)
    if done.kept is not None:
        text += "\n\n" + QApplication.translate(
            "restore", "The database it replaced is kept as {file} in the backups folder.").format(file=done.kept.name)
    QMessageBox.information(None, title, text)


def continue_start(app: QApplication, opened: Opened, settings: StationSettings, shell: StartWindow, *,
                   operator: str | None, preset_station: str | None, report: list[Callable[[str], object]],
                   announce: str | None) -> int:
    """In the GUI thread once the database is open: who is working, the demo offer, the main
    window in the start window's place; then the event loop until the window closes."""
    if isinstance(opened, WarehouseError):  # e.g. a newer build's database: the sentence in the user's language
        return refuse_start(error_text(opened))
    if not isinstance(opened, Database):
        reason = str(getattr(opened, "orig", None) or opened).strip().splitlines()[0]
        return refuse_start(QApplication.translate("startup", "The database cannot be opened: {reason}").format(
            reason=reason))
    db = opened
    runner = TaskRunner(db)
    try:
        try:
            chosen = choose_operator(runner, settings, operator, shell=shell,
                                     ask_station=preset_station is None and stored_station() is None)
            if chosen is None:
                return 0
            person, station_name = chosen
            settings = replace(settings, station=station_name)
            offer_demo(runner, person.name, settings.station)
            demo = wait_for(runner, is_demo_warehouse(None))
        except WarehouseError as exc:
            return refuse_start(str(exc))
        ctx = AppContext(runner, person, settings)
        if not db.is_sqlite:  # a server can drop off the network: scans are then kept on this laptop
            ctx.offline = OfflineStation(runner, OfflineQueue(server_key(db)), ctx)
        window = MainWindow(ctx, db.display_name(), build_screens(ctx), demo=demo)
        report.append(ctx.runner.error.emit)
        attach_scanner(window, settings)
        if shiboken6.isValid(shell) and shell.isVisible():
            shell.make_way(window)  # the scans it held go to Intake, in order
        else:
            window.show()
        if db.is_sqlite:  # a server is backed up on the server
            window.remind_offsite_copy()
        if ctx.offline is not None:
            ctx.offline.start()
        if announce:
            announce_ready(window, stamp, quit_after=announce == "quit")
        return app.exec()
    finally:
        runner.wait()
        db.dispose()

