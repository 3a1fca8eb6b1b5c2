"""Start-up wiring for the desktop app: settings, database, migrations, operator, main window."""

from __future__ import annotations

import sqlite3
import sys
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QWidget
from sqlalchemy.exc import SQLAlchemyError

from warehouse_app.core.access.operators import OperatorInfo
from warehouse_app.db.backup import daily_backup
from warehouse_app.db.database import Database
from warehouse_app.db.migrate import upgrade
from warehouse_app.kernel.errors import WarehouseError
from warehouse_app.kernel.paths import default_db_url
from warehouse_app.kernel.station import StationSettings
from warehouse_app.station.store import ORGANISATION, load_station_settings, settings_store, stored_database_url
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.language import install_translators
from warehouse_app.ui.base.scan_hub import ScanHub
from warehouse_app.ui.base.tasks import Op, TaskRunner
from warehouse_app.ui.main_window import MainWindow
from warehouse_app.ui.operations.operators import check_pin, first_pin, operators, sign_in
from warehouse_app.ui.operations.settings import load_demo_warehouse, warehouse_is_empty
from warehouse_app.ui.screens.screen import Screen
from warehouse_app.ui.widgets.operator_dialog import OperatorDialog
from warehouse_app.ui.widgets.pin_dialog import PinDialog

PIN_TRIES = 3
T = TypeVar("T")


def station_settings(station: str | None = None) -> StationSettings:
    """This machine's own settings (not shared through the database)."""
    return load_station_settings(station)


def wait_for(runner: TaskRunner, op: Op[T]) -> T:
    """Run an operation and wait for it with the event loop turning (start-up steps only:
    the start is modal, nothing else is on screen yet). A failure raises its sentence."""
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def done(result: T) -> None:
        outcome["result"] = result
        loop.quit()

    def failed(sentence: str) -> None:
        outcome["error"] = sentence
        loop.quit()

    op.success(done).failure(failed).run(runner)
    loop.exec()
    if "error" in outcome:
        raise WarehouseError("{sentence}", sentence=outcome["error"])
    return outcome["result"]  # type: ignore[no-any-return]


def offer_demo(runner: TaskRunner, operator_name: str, station: str, parent: QWidget | None = None) -> None:
    """First start on an empty database: a demo warehouse to learn on, if wanted."""
    if not wait_for(runner, warehouse_is_empty(None)):
        return
    answer = QMessageBox.question(
        parent, QApplication.translate("startup", "An empty warehouse"),
        QApplication.translate(
            "startup",
            "This database is empty. Load a demo warehouse (340 kinds of goods, 12 donations) to try the app?\n\n"
            "Choose No to start with an empty warehouse.",
        ),
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


def choose_operator(runner: TaskRunner, settings: StationSettings, preset: str | None) -> OperatorInfo | None:
    """Who works here; a manager proves it with the PIN (or chooses one first).

    A refused or cancelled PIN goes back to the choice of name; cancelling that ends."""
    store = settings_store()
    name = preset
    while True:
        if not name:
            people = wait_for(runner, operators(None))
            dialog = OperatorDialog(people, settings.station, str(store.value("last_operator", "")))
            if not dialog.exec():
                return None
            name = dialog.chosen_name
        operator = wait_for(runner, sign_in(None, name))
        if confirm_manager(runner, operator):
            store.setValue("last_operator", operator.name)
            return operator
        name = None


def confirm_manager(runner: TaskRunner, operator: OperatorInfo) -> bool:
    """True when the operator may start: someone who is not a manager and has no PIN, or the
    right PIN within three tries (anyone who has one), or (a manager without one) a new PIN
    chosen now. The command line asks the same (core/access/authentication)."""
    if operator.role != "manager" and not operator.has_pin:
        return True
    if not operator.has_pin:
        dialog = PinDialog(operator.name, choosing=True, intro=QApplication.translate(
            "startup", "{name} is a manager and has no PIN yet. Choose one (4 to 12 digits) "
            "before working as a manager.").format(name=operator.name))
        while dialog.exec():
            try:
                wait_for(runner, first_pin(None, operator.name, dialog.pin()))
                return True
            except WarehouseError as exc:
                dialog.show_problem(str(exc))
        return False
    dialog = PinDialog(operator.name)
    for attempt in range(1, PIN_TRIES + 1):
        if not dialog.exec():
            return False
        try:
            wait_for(runner, check_pin(None, operator.name, dialog.pin()))
            return True
        except WarehouseError:
            left = PIN_TRIES - attempt
            dialog.show_problem(QApplication.translate("startup", "Wrong PIN. Tries left: {n}.").format(n=left))
    QMessageBox.warning(None, QApplication.translate("startup", "Wrong PIN"), QApplication.translate(
        "startup", "Wrong PIN three times. Choose your name again, or ask a manager to reset your PIN."))
    return False


def build_screens(ctx: AppContext) -> list[tuple[Screen, str]]:
    from warehouse_app.ui.screens.catalogue.screen import CatalogueScreen
    from warehouse_app.ui.screens.intake.screen import IntakeScreen
    from warehouse_app.ui.screens.reports.screen import ReportsScreen
    from warehouse_app.ui.screens.stock.screen import StockScreen
    from warehouse_app.ui.screens.trucks.screen import TrucksScreen

    return [(IntakeScreen(ctx), "F2"), (StockScreen(ctx), "F3"), (CatalogueScreen(ctx), "F4"),
            (TrucksScreen(ctx), "F5"), (ReportsScreen(ctx), "F6")]


def attach_scanner(window: MainWindow, settings: StationSettings) -> ScanHub:
    """The application's scanner, with ``window`` as where scans go when no dialog takes them."""
    hub = ScanHub.for_app(QApplication.instance(), settings)  # type: ignore[arg-type]  # a QApplication runs
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


def _fatal(text: str) -> int:
    QMessageBox.critical(None, QApplication.translate("startup", "Aid Warehouse cannot start"), text)
    sys.stderr.write(f"warehouse-app: {text}\n")
    return 1


def run(db_url: str | None, *, operator: str | None = None, station: str | None = None) -> int:
    """Open the main window on the database given (None: the one chosen in the settings,
    else the default file); returns the process exit code."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName("Aid Warehouse")
    settings = station_settings(station)
    install_translators(app, settings.lang)
    db_url = db_url or stored_database_url() or default_db_url()
    try:
        db = Database(db_url)
        upgrade(db)
        _daily_backup(db)
    except WarehouseError as exc:
        return _fatal(str(exc))
    except (SQLAlchemyError, sqlite3.DatabaseError) as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()[0]
        return _fatal(QApplication.translate("startup", "The database cannot be opened: {reason}").format(reason=reason))

    runner = TaskRunner(db)
    ScanHub.for_app(app, settings)  # before the first dialog: a scan there never becomes a name or a "Yes"
    try:
        chosen = choose_operator(runner, settings, operator)
        if chosen is None:
            return 0
        offer_demo(runner, chosen.name, settings.station)
    except WarehouseError as exc:
        return _fatal(str(exc))
    ctx = AppContext(runner, chosen, settings)
    window = MainWindow(ctx, db.display_name(), build_screens(ctx))
    attach_scanner(window, settings)
    window.show()
    try:
        return app.exec()
    finally:
        runner.wait()
        db.dispose()
