"""Qt fixtures: real widgets, offscreen, on a real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402

import pytest  # noqa: E402

from warehouse_app.core.operators import OperatorInfo, add_operator  # noqa: E402
from warehouse_app.db.database import Database  # noqa: E402
from warehouse_app.ui.context import AppContext, StationSettings  # noqa: E402
from warehouse_app.ui.tasks import TaskRunner  # noqa: E402


@pytest.fixture(autouse=True)
def _private_qsettings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Station settings of the tests never touch the real user's configuration."""
    from PySide6.QtCore import QSettings

    folder = str(tmp_path_factory.mktemp("qsettings"))
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, folder)


def make_context(db: Database, name: str = "Olena Kovalenko", role: str = "staff") -> AppContext:
    with db.write() as s:
        operator: OperatorInfo = add_operator(s, name, role)
    runner = TaskRunner(db)
    return AppContext(runner, operator, StationSettings(station="intake-1", sound=False))


@pytest.fixture
def ctx(db: Database, qapp) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    context = make_context(db)
    yield context
    context.runner.wait()


@pytest.fixture
def manager_ctx(db: Database, qapp) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    context = make_context(db, "Anna Nowak", "manager")
    yield context
    context.runner.wait()
