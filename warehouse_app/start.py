"""``warehouse-app`` without a command: a window at once, the warehouse loaded behind it.

A start shows ``StartWindow`` (the main window's title and size, "Opening the
warehouse…") with the application's scanner on it within a few tenths of a second,
having imported only Qt, the station's settings, the translations and the scan hub.
Everything else — SQLAlchemy, the models, Alembic when the schema is behind, the
services, the screens (``warehouse_app.app``) — is imported in a worker thread, which
then opens the database, checks its schema and makes the daily copy, while the event
loop keeps turning: bursts scanned meanwhile are held by the hub and handed on in order
when the start window closes (to "Who is working?", or to Intake). ``app.continue_start``
then signs the operator in and replaces the start window by the main window.

Keep this module's imports light: ``tests/ui/test_start_loads.py`` checks what is loaded
when the start window is up.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

import shiboken6
from PySide6.QtCore import QEventLoop, QMetaObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from warehouse_app.kernel.crash import crash_error, write_crash_log
from warehouse_app.station.store import ORGANISATION, load_station_settings
from warehouse_app.ui.base.crash_hook import install_crash_hook, uninstall_crash_hook
from warehouse_app.ui.base.language import install_translators
from warehouse_app.ui.base.restart import take_restore_request
from warehouse_app.ui.base.scan_hub import ScanHub
from warehouse_app.ui.base.texts import error_text
from warehouse_app.ui.widgets.start_window import StartWindow, refuse_start, stamp

if TYPE_CHECKING:
    from warehouse_app.app import Opened

T = TypeVar("T")
# Set (to anything) for bench/bench_start.py and tests: print "shown <time.time()>" on stdout once
# the start window is up with its scanner (scans are kept from then on), and "ready <time.time()>"
# once the main window is shown, the focus is in its first screen and the start-up reads have
# answered; "quit" also ends the app there.
READY_STAMP = "WAREHOUSE_READY_STAMP"


def off_the_gui_thread(work: Callable[[], T]) -> T:
    """Run a start-up step that needs no window (importing the app's modules, opening the
    database, its schema check, the daily copy) in a worker thread while the event loop
    turns; what it raises is raised here."""
    loop = QEventLoop()
    results: list[T] = []
    errors: list[BaseException] = []

    def run() -> None:
        try:
            results.append(work())
        except BaseException as exc:  # handed to the GUI thread, which says it
            errors.append(exc)
        finally:
            QMetaObject.invokeMethod(loop, "quit", Qt.ConnectionType.QueuedConnection)

    worker = threading.Thread(target=run, name="start-up", daemon=True)
    worker.start()
    if worker.is_alive():
        loop.exec()
    worker.join()
    if errors:
        raise errors[0]
    return results[0]


def _load_and_open(url: str | None) -> Opened:
    """In the worker thread: the app's modules, then the database (or why it cannot be opened)."""
    from warehouse_app import app as desktop

    return desktop.open_database(url)


def run(db_url: str | None, *, operator: str | None = None, station: str | None = None,
        lang: str | None = None) -> int:
    """Open the main window on the database given (None: the one chosen in the settings,
    else the default file); returns the process exit code. ``lang`` (``--lang``) is the
    language for this start only; the stored choice stays as it is. The last resort:
    anything unforeseen, at start-up or in a slot later, is logged and said in one sentence."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)  # a desktop start: never a bare QCoreApplication
    report: list[Callable[[str], object]] = []  # the main window's message bar, once there is one

    def show(sentence: str) -> None:
        if report:
            report[0](sentence)
        else:
            QMessageBox.critical(None, QApplication.translate("startup", "Aid Warehouse"), sentence)

    previous = install_crash_hook(show)
    shell: StartWindow | None = None
    try:
        app.setOrganizationName(ORGANISATION)
        app.setApplicationName("Aid Warehouse")
        settings = load_station_settings(station)
        if lang:
            settings = replace(settings, lang=lang)
        install_translators(app, settings.lang)
        # Before the first window: a scan there never becomes a name or a "Yes", and is never lost.
        hub = ScanHub.for_app(app, settings)
        announce = os.environ.get(READY_STAMP)
        while True:
            shell = StartWindow()
            shell.show()
            shell.activateWindow()
            hub.attach(shell)
            if announce:
                app.processEvents()
                stamp("shown")
            opened = off_the_gui_thread(lambda: _load_and_open(db_url))
            from warehouse_app import app as desktop

            code = desktop.continue_start(app, opened, settings, shell, operator=operator,
                                          preset_station=station, report=report, announce=announce)
            request = take_restore_request()
            if request is None:
                return code
            # Settings › Backups › Restore: this station lets go of the database, restores, starts again.
            report.clear()
            desktop.close_windows()
            desktop.restore_and_say(request, off_the_gui_thread)
    except Exception as exc:  # a bug at start-up: the log keeps the traceback
        return refuse_start(error_text(crash_error(write_crash_log(exc, "start-up"))))
    finally:
        if shell is not None and shiboken6.isValid(shell):
            shell.close()  # (a no-op once the main window took over: it closed and deleted itself)
        uninstall_crash_hook(previous)

