"""Start-up as a user meets it: `warehouse-app` with no command opens the main window."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from warehouse_app import launch
from warehouse_app.db.database import Database
from warehouse_app.db.models import Item, Operator
from warehouse_app.ui.main_window import MainWindow
from warehouse_app.ui.widgets.operator_dialog import OperatorDialog
from warehouse_app.ui.widgets.pin_dialog import PinDialog


def test_no_command_opens_the_main_window_on_a_new_database(tmp_path: Path, qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The first person on a new warehouse is its manager (nobody else could make one from the
    window) and chooses a PIN before working."""
    target = tmp_path / "fresh.sqlite3"
    seen: dict[str, object] = {}

    def choose(dialog: OperatorDialog) -> int:
        dialog.new_name.setText("  Olena   Kovalenko ")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    def choose_pin(dialog: PinDialog) -> int:
        seen["pin_intro"] = dialog.intro.text()
        dialog.pin_field.setText("4826")
        dialog.repeat_field.setText("4826")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    def look(*_args: object) -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen["status"] = [window.operator_label.text(), window.station_label.text(), window.database_label.text()]
        seen["screen"] = window.current_screen().objectName()
        window.close()
        return 0

    monkeypatch.setattr(OperatorDialog, "exec", choose)
    monkeypatch.setattr(PinDialog, "exec", choose_pin)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QApplication, "exec", look)
    assert launch.main(["--db", str(target), "--station", "intake-2"]) == 0
    assert seen["screen"] == "intake"
    operator, station, database = seen["status"]  # type: ignore[misc]
    assert "Olena Kovalenko" in operator and "intake-2" in station and str(target) in database
    assert "is a manager and has no PIN yet" in str(seen["pin_intro"])
    db = Database(str(target))
    with db.read() as s:
        assert s.execute(select(Operator.name, Operator.role)).all() == [("Olena Kovalenko", "manager")]
        assert s.scalar(select(Operator.pin_hash)) is not None  # chosen before the main window opened
        assert s.scalar(select(func.count()).select_from(Item)) == 0  # the demo was declined
    db.dispose()


def test_first_start_can_load_the_demo_by_a_deliberate_click(tmp_path: Path, qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from tests.ui.startup import when_shown

    target = tmp_path / "demo.sqlite3"
    asked: dict[str, object] = {}
    seen: dict[str, object] = {}

    def click_yes(box: QMessageBox) -> None:  # No is the default: Enter (or a scanner's Enter) would decline
        asked["default_is_no"] = box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).click()

    def close_and_return(*_args: object) -> int:  # a window left open would be taken for the next test's
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow) and window.isVisible():
                seen.update(title=window.windowTitle(), status=window.demo_label.text(),
                            shown=not window.demo_label.isHidden())
                window.close()
        return 0

    when_shown(QMessageBox, click_yes)
    monkeypatch.setattr(QApplication, "exec", close_and_return)
    assert launch.main(["--db", str(target), "--operator", "Anna Nowak", "--station", "s1"]) == 0
    assert asked == {"default_is_no": True}
    assert seen == {"title": "Aid Warehouse \u2014 DEMO \u2014 not real stock", "status": "DEMO \u2014 not real stock",
                    "shown": True}
    db = Database(str(target))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Item)) == 340
    db.dispose()


def test_a_database_that_cannot_open_is_one_sentence(tmp_path: Path, qapp, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text: shown.append(text))
    assert launch.main(["--db", str(blocked / "x.sqlite3"), "--operator", "A"]) == 1
    assert len(shown) == 1 and "Traceback" not in shown[0]
    assert shown[0] in capsys.readouterr().err


def test_lang_option_opens_the_app_in_that_language(tmp_path: Path, qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`warehouse-app --lang uk`: Ukrainian for this start, Qt's own dialogs too (the file
    dialog's "Look in:", which Qt's own catalogue lacks in Qt 6)."""
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QFileDialog, QLabel

    from warehouse_app.ui.base.language import install_translators

    target = tmp_path / "uk.sqlite3"
    seen: dict[str, object] = {}

    def look(*_args: object) -> int:
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        label = dialog.findChild(QLabel, "lookInLabel")
        seen["look_in"] = label.text() if label else None
        seen["locale"] = QLocale().language()
        dialog.deleteLater()
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow):
                window.close()
        return 0

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QApplication, "exec", look)
    try:
        assert launch.main(["--db", str(target), "--operator", "Olena", "--lang", "uk"]) == 0
    finally:
        install_translators(qapp, "en")
    assert seen == {"look_in": "&Перегляд в:", "locale": QLocale.Language.Ukrainian}


@pytest.mark.qt_no_exception_capture  # our hook, not pytest-qt's, meets the exception
def test_an_exception_in_a_slot_is_logged_and_shown_as_one_sentence(tmp_path: Path, qapp, qtbot: QtBot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the user data folder (Linux)
    seen: dict[str, str] = {}

    def broken_slot() -> None:
        raise ZeroDivisionError("a bug in a slot")

    def click_a_broken_button(*_args: object) -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        button = QPushButton("broken", window)
        button.clicked.connect(broken_slot)  # a bug planted where a real one would be
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        seen["message"] = window.ctx.messages.label.text()
        seen["visible"] = str(window.isVisible())
        window.close()
        return 0

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QApplication, "exec", click_a_broken_button)
    before = sys.excepthook
    assert launch.main(["--db", str(tmp_path / "w.sqlite3"), "--operator", "Anna Nowak"]) == 0
    assert sys.excepthook is before  # put back when the window closed
    log = next((tmp_path / "data" / "AidWarehouse" / "logs").glob("crash-*.log"))
    assert "ZeroDivisionError: a bug in a slot" in log.read_text() and "broken_slot" in log.read_text()
    assert str(log) in seen["message"] and "Traceback" not in seen["message"] and "\n" not in seen["message"]
    assert seen["visible"] == "True"  # the app carries on
