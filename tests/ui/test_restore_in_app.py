"""Settings › Backups › Restore, as a manager uses it: the app closes the database, restores the
checked copy, says how it went and starts again on it. Real start-up (`launch.main`), real
SQLite files; only the modal boxes and the event loop's run are answered."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from tests.cli.helpers import BEANS, MARTA_PIN, Cli, add_beans, manager_cli, ok
from tests.ui.conftest import make_context
from warehouse_app import launch
from warehouse_app.db.backup import backup_to, backups_of
from warehouse_app.db.database import Database
from warehouse_app.ui.main_window import MainWindow
from warehouse_app.ui.screens.settings.backups_page import BackupsPage
from warehouse_app.ui.screens.settings.dialog import SettingsDialog
from warehouse_app.ui.widgets.pin_dialog import PinDialog


@pytest.fixture
def cli(tmp_path: Path, sqlite_template: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> Cli:
    cli = manager_cli(tmp_path, sqlite_template, capsys, monkeypatch)
    add_beans(cli)
    ok(cli, "receive", BEANS, "--qty", "3", "--expiry", "2027-03-31")
    return cli


class Session:
    """What each start of the app showed, and the boxes it asked and said."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, backup: Path) -> None:
        self.starts: list[str] = []
        self.questions: list[tuple[str, bool]] = []  # (text, No is the default)
        self.said: list[str] = []
        self.warnings: list[str] = []

        def pin(dialog: PinDialog) -> int:
            dialog.pin_field.setText(MARTA_PIN)
            dialog.accept()
            return QDialog.DialogCode.Accepted

        def warning(_parent: Any, _title: str, text: str, buttons: Any = None, default: Any = None) -> Any:
            if buttons is None:  # a plain warning: the outcome of a refused restore
                self.warnings.append(text)
                return QMessageBox.StandardButton.Ok
            self.questions.append((text, default == QMessageBox.StandardButton.No))
            return QMessageBox.StandardButton.Yes

        monkeypatch.setattr(PinDialog, "exec", pin)
        monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
        monkeypatch.setattr(QMessageBox, "warning", warning)
        monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: self.said.append(text))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
        real_loop = QApplication.exec
        monkeypatch.setattr(QApplication, "exec", lambda *_app: self.in_the_loop(real_loop))
        self.problem: BaseException | None = None
        self.done_with: list[MainWindow] = []

    def in_the_loop(self, real_loop: Callable[[], int]) -> int:
        """The real event loop, with the user's action once the window is up."""
        QTimer.singleShot(0, self.act)
        code = real_loop()
        for window in self.done_with:  # closed once the loop has ended: a quit posted now would end the next test's
            window.close()
        return code

    def act(self) -> None:
        """The first start restores from the Settings (the loop ends with the restart code);
        the next one only looks and ends."""
        try:
            window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
            self.starts.append(window.ctx.operator.name)
            if len(self.starts) > 1:
                self.done_with.append(window)
                QApplication.exit(0)
                return
            window.open_settings()
            dialog = next(w for w in window.findChildren(SettingsDialog))
            page: BackupsPage = dialog.backups_page
            assert page.restore_button.isEnabled()
            page.restore_button.click()
        except BaseException as exc:  # said after the loop, never left running
            self.problem = exc
            QApplication.exit(98)


def test_restore_from_the_settings_closes_restores_and_starts_again(cli: Cli, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    db_file = Path(cli.url.removeprefix("sqlite:///"))
    backup = backup_to(db_file, tmp_path / "stick" / "monday.sqlite3")
    at_backup = cli.ledger()
    ok(cli, "receive", BEANS, "--qty", "5", "--expiry", "2027-03-31")  # after the copy: the restore replaces it
    assert cli.ledger() == at_backup + 1
    session = Session(monkeypatch, backup)

    assert launch.main(["--db", cli.url, "--operator", "Marta", "--station", "s1"]) == 0
    assert session.problem is None
    assert session.starts == ["Marta", "Marta"]  # started again after the restore
    assert len(session.questions) == 1 and session.questions[0][1]  # asked once, No the default
    assert "monday.sqlite3" in session.questions[0][0]
    saved = datetime.fromtimestamp(backup.stat().st_mtime)
    assert f"{saved:%H:%M}" in session.questions[0][0]  # when the copy was saved: the work it would replace
    assert session.warnings == []
    assert len(session.said) == 1 and "monday.sqlite3" in session.said[0] and "restored" in session.said[0]
    assert cli.ledger() == at_backup
    kept = backups_of(db_file, "before-restore")
    assert len(kept) == 1 and kept[0].name in session.said[0]


def test_a_refused_restore_changes_nothing_and_the_app_starts_again(cli: Cli, tmp_path: Path,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    db_file = Path(cli.url.removeprefix("sqlite:///"))
    backup = backup_to(db_file, tmp_path / "stick" / "monday.sqlite3")
    ok(cli, "receive", BEANS, "--qty", "5", "--expiry", "2027-03-31")
    before = db_file.read_bytes()
    session = Session(monkeypatch, backup)
    other_station = Database(cli.url)  # another station has the database open
    try:
        assert launch.main(["--db", cli.url, "--operator", "Marta", "--station", "s1"]) == 0
    finally:
        other_station.dispose()
    assert session.problem is None
    assert session.starts == ["Marta", "Marta"]
    assert len(session.warnings) == 1 and "Nothing was restored" in session.warnings[0]
    assert "close the app" in session.warnings[0]
    assert session.said == []
    assert db_file.read_bytes() == before and backups_of(db_file, "before-restore") == []


def test_only_a_manager_may_restore(cli: Cli, qtbot: Any) -> None:
    db = Database(cli.url)
    ctx = make_context(db, "Olena Kovalenko", "staff")
    try:
        dialog = SettingsDialog(ctx, "test database")
        qtbot.addWidget(dialog)
        assert not dialog.backups_page.restore_button.isEnabled()
        assert "manager" in dialog.backups_page.restore_button.toolTip()
    finally:
        ctx.runner.wait()
        db.dispose()
