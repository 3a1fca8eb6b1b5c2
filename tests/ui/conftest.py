"""Qt fixtures: real widgets, offscreen, on a real SQLite database."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402

from warehouse_app.core.access.operators import OperatorInfo, add_operator  # noqa: E402
from warehouse_app.db.database import Database  # noqa: E402
from warehouse_app.kernel.station import StationSettings  # noqa: E402
from warehouse_app.ui.base.context import AppContext  # noqa: E402
from warehouse_app.ui.base.tasks import TaskRunner  # noqa: E402


@pytest.fixture(autouse=True)
def _private_qsettings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Station settings of the tests never touch the real user's configuration."""
    from PySide6.QtCore import QSettings

    folder = str(tmp_path_factory.mktemp("qsettings"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)


@pytest.fixture(scope="session", autouse=True)
def _english_plurals(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The English translator the app installs at start-up ("3 items", not "3 item(s)").

    The tests keep the system's number format (the locale is put back)."""
    from PySide6.QtCore import QLocale

    from warehouse_app.ui.base.language import install_translators

    before = QLocale()
    install_translators(qapp, "en")
    QLocale.setDefault(before)
    yield


@pytest.fixture(autouse=True)
def _same_locale_for_every_test() -> Iterator[None]:
    """A test that starts the app (which sets the user's locale) leaves the next ones as they were."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture
def db_url(tmp_path: Path, sqlite_template: Path) -> str:
    """UI tests run on SQLite only: screens reach data through the same services whose
    PostgreSQL behaviour tests/core, tests/db and tests/cli check on both databases."""
    target = tmp_path / "warehouse.sqlite3"
    shutil.copyfile(sqlite_template, target)
    return f"sqlite:///{target}"


def make_context(db: Database, name: str = "Olena Kovalenko", role: str = "staff") -> AppContext:
    with db.write() as s:
        operator: OperatorInfo = add_operator(s, name, role)
    runner = TaskRunner(db)
    return AppContext(runner, operator, StationSettings(station="intake-1", sound=False))


CONTEXTS = ("ctx", "manager_ctx", "staff_ctx", "loader_ctx")  # drained and cleaned after each test


def _context(db: Database, name: str = "Olena Kovalenko", role: str = "staff") -> Iterator[AppContext]:
    context = make_context(db, name, role)
    yield context
    context.runner.wait()


@pytest.fixture
def ctx(db: Database, qapp) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    yield from _context(db)


@pytest.fixture
def manager_ctx(db: Database, qapp) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    yield from _context(db, "Anna Nowak", "manager")


@pytest.fixture
def staff_ctx(db: Database, qapp) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    """Staff by name, for modules whose own ``ctx`` is someone else."""
    yield from _context(db)


@pytest.fixture
def loader_ctx(db: Database, qapp) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    """Packing, loading and dispatch need a loader (core/access/roles); staff only receive."""
    yield from _context(db, "Olek Ładowacz", "loader")


@pytest.fixture(autouse=True)
def _no_scan_hub_outlives_its_test(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The application's scan hub watches every window; a test that started one ends it."""
    yield
    from warehouse_app.ui.base.scan_hub import ScanHub

    hub = qapp.findChild(ScanHub)
    if hub is not None:
        hub.shutdown()


@pytest.fixture(autouse=True)
def _delete_widgets_in_the_gui_thread(request: pytest.FixtureRequest, qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """Finish each test's tasks, then destroy its widgets here, in the GUI thread.

    pytest-qt only calls deleteLater(), which nothing processes between tests, and
    widgets kept alive by reference cycles (signal lambdas) would otherwise be freed
    by whichever thread next runs Python's cycle collector, often a task runner's
    worker: a widget destroyed there leaves its timers behind, and a later event
    loop crashes on them. Answers still queued for the widgets are delivered first.
    Objects older than the test are frozen, so the collection here stays quick.
    """
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    contexts = [request.getfixturevalue(name) for name in CONTEXTS if name in request.fixturenames]
    gc.freeze()
    yield
    for _ in range(10):  # an answer may start another task (a save reloads the list)
        for context in contexts:
            context.runner.wait()
        QCoreApplication.processEvents()
        if not any(context.runner.busy for context in contexts):
            break
    for context in contexts:
        context.messages.deleteLater()  # parentless, and its timer must die in this thread
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


FIRST_PIN = "4826"


@pytest.fixture(autouse=True)
def _a_new_warehouses_first_manager_chooses_a_pin(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A start on a database without a manager makes its first person the manager, who then
    chooses a PIN before working (``operators.sign_in``). Start-up tests answer that one dialog
    as the person would, with ``FIRST_PIN`` typed twice; a PIN dialog asking for an existing
    PIN is left alone, and tests of the dialog itself patch ``exec`` over this. Returns the
    names asked for, so a test can say it was asked."""
    from PySide6.QtWidgets import QDialog

    from warehouse_app.ui.widgets.pin_dialog import PinDialog

    asked: list[str] = []
    real_exec = PinDialog.exec

    def choose_first_pin(dialog: PinDialog) -> int:
        if not dialog.choosing:
            return real_exec(dialog)
        asked.append(dialog.intro.text())
        dialog.pin_field.setText(FIRST_PIN)
        dialog.repeat_field.setText(FIRST_PIN)
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PinDialog, "exec", choose_first_pin)
    return asked
