"""A manager proves it with a PIN at start: three tries, then back to the choice of name;
a manager without a PIN chooses one first. On SQLite and PostgreSQL, through `warehouse-app`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import select, update

from warehouse_app import launch
from warehouse_app.core.access.operators import add_operator, set_pin
from warehouse_app.db.database import Database
from warehouse_app.db.models import Operator
from warehouse_app.ui.main_window import MainWindow
from warehouse_app.ui.widgets.operator_dialog import OperatorDialog
from warehouse_app.ui.widgets.pin_dialog import PinDialog


@pytest.fixture
def started(qapp, monkeypatch) -> list[str]:  # type: ignore[no-untyped-def]
    """The operator on each main window that opened; no demo offered, no event loop run."""
    opened: list[str] = []
    earlier = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]  # other tests' windows

    def look(*_args: object) -> int:
        window = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, MainWindow) and w.isVisible() and all(w is not e for e in earlier))
        opened.append(window.ctx.operator.name)
        window.close()
        return 0

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QApplication, "exec", look)
    monkeypatch.setattr(OperatorDialog, "exec", lambda _d: pytest.fail("the choice of name was not expected here"))
    return opened


def typing(monkeypatch: pytest.MonkeyPatch, *entries: tuple[str, str] | None) -> list[str]:
    """PinDialog.exec answers with each entry in turn: (pin, repeat) then OK, or None = Cancel.
    Returns the problem sentences the dialog showed before each answer."""
    answers = list(entries)
    problems: list[str] = []

    def exec_(dialog: PinDialog) -> int:  # a modal dialog stays open until accepted or cancelled
        dialog.setResult(QDialog.DialogCode.Rejected)
        while dialog.result() != QDialog.DialogCode.Accepted:
            problems.append(dialog.problem.text())
            entry = answers.pop(0)
            if entry is None:
                dialog.reject()
                return QDialog.DialogCode.Rejected
            dialog.pin_field.setText(entry[0])
            dialog.repeat_field.setText(entry[1])
            dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PinDialog, "exec", exec_)
    return problems


def operator_dialog(monkeypatch: pytest.MonkeyPatch, choose: Callable[[OperatorDialog], bool]) -> list[str]:
    shown: list[str] = []

    def exec_(dialog: OperatorDialog) -> int:
        shown.append("shown")
        if not choose(dialog):
            return QDialog.DialogCode.Rejected
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(OperatorDialog, "exec", exec_)
    return shown


@pytest.fixture
def manager_with_pin(db: Database) -> str:
    with db.write() as s:
        add_operator(s, "Anna Nowak", "manager")
        set_pin(s, "Anna Nowak", "2468")
    return "Anna Nowak"


def test_a_manager_starts_with_the_right_pin(db_url: str, db: Database, manager_with_pin: str, started: list[str],
                                             monkeypatch) -> None:  # type: ignore[no-untyped-def]
    problems = typing(monkeypatch, ("1111", ""), ("2468", ""))
    assert launch.main(["--db", db_url, "--operator", manager_with_pin]) == 0
    assert started == ["Anna Nowak"]
    assert problems == ["", "Wrong PIN for Anna Nowak."]
    assert QSettings("AidWarehouse", "AidWarehouse").value("last_operator") == "Anna Nowak"


def test_three_wrong_pins_go_back_to_the_choice_of_name(db_url: str, db: Database, manager_with_pin: str,
                                                        started: list[str], monkeypatch) -> None:  # type: ignore[no-untyped-def]
    problems = typing(monkeypatch, ("1111", ""), ("2222", ""), ("3333", ""))

    def someone_else(dialog: OperatorDialog) -> bool:
        dialog.new_name.setText("Olena Kovalenko")  # a staff volunteer takes the station instead
        return True

    shown = operator_dialog(monkeypatch, someone_else)
    assert launch.main(["--db", db_url, "--operator", manager_with_pin]) == 0
    assert shown == ["shown"] and started == ["Olena Kovalenko"]
    assert problems[1:] == ["Wrong PIN for Anna Nowak.", "Wrong PIN for Anna Nowak."]


def test_wrong_pins_at_start_slow_down_and_are_remembered(db_url: str, db: Database, manager_with_pin: str,
                                                           started: list[str], monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Three wrong tries, then a new start: even the right PIN waits, and a fresh connection
    to the database sees the count (it was committed although the PIN was refused)."""
    typing(monkeypatch, ("1111", ""), ("2222", ""), ("3333", ""))
    operator_dialog(monkeypatch, lambda _d: False)
    assert launch.main(["--db", db_url, "--operator", manager_with_pin]) == 0
    problems = typing(monkeypatch, ("2468", ""), None)
    assert launch.main(["--db", db_url, "--operator", manager_with_pin]) == 0
    assert started == [] and problems[1].startswith("Too many wrong PINs for Anna Nowak; try again in ")
    fresh = Database(db_url)
    try:
        with fresh.read() as s:
            assert s.scalar(select(Operator.pin_failures).where(Operator.name == "Anna Nowak")) == 3
    finally:
        fresh.dispose()


def test_a_retired_person_cannot_start(db_url: str, db: Database, manager_with_pin: str, started: list[str],
                                       monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with db.write() as s:
        olek = add_operator(s, "Olek", "loader")
        s.execute(update(Operator).where(Operator.id == olek.id).values(active=False))
    problems: list[str] = []

    def give_up(dialog: OperatorDialog) -> bool:
        problems.append(dialog.message.text())
        return False

    shown = operator_dialog(monkeypatch, give_up)
    assert launch.main(["--db", db_url, "--operator", "Olek"]) == 0
    assert shown == ["shown"] and started == []
    assert problems == ["Olek no longer works here; a manager can bring them back on the Operators page."]


def test_cancelling_the_pin_and_the_name_ends_without_a_window(db_url: str, db: Database, manager_with_pin: str,
                                                               started: list[str], monkeypatch) -> None:  # type: ignore[no-untyped-def]
    typing(monkeypatch, None)
    shown = operator_dialog(monkeypatch, lambda _d: False)
    assert launch.main(["--db", db_url, "--operator", manager_with_pin]) == 0
    assert shown == ["shown"] and started == []


def test_a_manager_without_a_pin_chooses_one_first(db_url: str, db: Database, started: list[str],
                                                   monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with db.write() as s:
        add_operator(s, "Anna Nowak", "manager")
    problems = typing(monkeypatch, ("12", "12"), ("0000", "0000"), ("135790", "135799"), ("135790", "135790"))
    assert launch.main(["--db", db_url, "--operator", "Anna Nowak"]) == 0
    assert started == ["Anna Nowak"]
    assert problems == ["", "A PIN is 4 to 8 digits.", "This PIN is too easy to guess (the same digit, a run like "
                        "1234, or a common one); choose another.", "The two PINs differ; type the same PIN twice."]
    with db.read() as s:
        stored = s.scalar(select(Operator.pin_hash).where(Operator.name == "Anna Nowak"))
    assert stored.startswith("scrypt$") and "135790" not in stored


def test_staff_start_without_a_pin(db_url: str, db: Database, manager_with_pin: str, started: list[str],
                                   monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked = typing(monkeypatch)  # (a warehouse with a manager: a new name there is staff)
    assert launch.main(["--db", db_url, "--operator", "Olena Kovalenko"]) == 0
    assert started == ["Olena Kovalenko"] and asked == []


def test_the_database_chosen_in_the_settings_is_opened_at_start(tmp_path: Path, started: list[str],
                                                                monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from warehouse_app.station.store import save_database_url

    target = tmp_path / "chosen.sqlite3"
    save_database_url(f"sqlite:///{target}")
    monkeypatch.delenv("WAREHOUSE_DB", raising=False)
    assert launch.main(["--operator", "Olena Kovalenko"]) == 0
    assert started == ["Olena Kovalenko"] and target.exists()
