"""Settings › Backups and the operators' retire, bring back and badges, worked as a user
would: real widgets, the real SQLite file; only the file and question dialogs are answered."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.print_preview import assert_same_pages, open_preview, print_to_file, save_from_preview
from warehouse_app.core.access.operators import add_operator, find_operator
from warehouse_app.db.backup import backup_dir_for, check_backup_file, daily_backup, timestamped_backup_name
from warehouse_app.db.database import Database
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.screens.settings.dialog import SettingsDialog


def open_dialog(ctx: AppContext, qtbot: QtBot) -> SettingsDialog:
    dialog = SettingsDialog(ctx, "test database")
    qtbot.addWidget(dialog)
    dialog.show()
    ctx.runner.wait()
    qtbot.waitUntil(lambda: dialog.warehouse_page.setup is not None)
    return dialog


def test_back_up_now_writes_a_checked_copy_to_the_chosen_folder(db: Database, manager_ctx: AppContext, qtbot: QtBot,
                                                                 tmp_path: Path, monkeypatch: Any) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    dialog = open_dialog(manager_ctx, qtbot)
    page = dialog.backups_page
    page.backup_button.click()
    qtbot.waitUntil(lambda: page.export_panel.path is not None)
    copies = list(stick.iterdir())
    assert len(copies) == 1 and copies[0] == page.export_panel.path
    assert copies[0].name.startswith("warehouse-") and copies[0].suffix == ".sqlite3"
    check_backup_file(copies[0])  # ours, intact
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("SELECT name FROM operator").fetchall()
    assert copies[0].name in page.export_panel.label.text()


def test_a_copy_that_cannot_be_written_is_one_sentence(db: Database, manager_ctx: AppContext, qtbot: QtBot,
                                                        tmp_path: Path, monkeypatch: Any) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(blocker))
    dialog = open_dialog(manager_ctx, qtbot)
    page = dialog.backups_page
    page.backup_button.click()
    qtbot.waitUntil(lambda: page.messages.kind == "error")
    assert page.backup_button.isEnabled() and page.export_panel.path is None


def test_the_list_shows_the_automatic_backups_newest_first(db: Database, manager_ctx: AppContext,
                                                           qtbot: QtBot) -> None:
    assert db.sqlite_path is not None
    daily = daily_backup(db.sqlite_path)
    assert daily is not None
    from warehouse_app.db.backup import backup_sqlite

    kept = backup_sqlite(db.sqlite_path, timestamped_backup_name(db.sqlite_path, "before-restore"))
    dialog = open_dialog(manager_ctx, qtbot)
    page = dialog.backups_page
    qtbot.waitUntil(lambda: len(page.backups) == 2)
    assert [b.path for b in page.backups] == [kept, daily]
    assert page.table.item(0, 1).text() == "before a restore" and page.table.item(1, 1).text() == "daily"
    assert page.table.item(0, 2).text().endswith("kB")
    assert str(backup_dir_for(db.sqlite_path)) in page.where.text()


def test_retire_asks_first_with_no_as_default_then_bring_back(db: Database, manager_ctx: AppContext, qtbot: QtBot,
                                                              monkeypatch: Any) -> None:
    with db.write() as s:
        add_operator(s, "Petro Shevchenko", "staff")
    dialog = open_dialog(manager_ctx, qtbot)
    page = dialog.operators_page
    assert page is not None
    qtbot.waitUntil(lambda: len(page.operators) == 2)
    page.table.selectRow([op.name for op in page.operators].index("Petro Shevchenko"))
    asked: list[Any] = []

    def answer(reply: QMessageBox.StandardButton) -> Any:
        def question(*args: Any) -> QMessageBox.StandardButton:
            asked.append(args[-1])  # the default button
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    page.active_button.click()
    manager_ctx.runner.wait()
    assert asked == [QMessageBox.StandardButton.No]
    with db.read() as s:
        assert find_operator(s, "Petro Shevchenko").active
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    page.active_button.click()
    qtbot.waitUntil(lambda: page.selected() is not None and not page.selected().active)  # type: ignore[union-attr]
    assert "retired" in page.messages.label.text() and page.active_button.text() == "Bring back"
    page.active_button.click()  # bringing back asks nothing
    qtbot.waitUntil(lambda: page.selected() is not None and page.selected().active)  # type: ignore[union-attr]
    assert len(asked) == 2


def test_retiring_yourself_or_the_last_manager_is_cores_sentence(db: Database, manager_ctx: AppContext, qtbot: QtBot,
                                                                  monkeypatch: Any) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    dialog = open_dialog(manager_ctx, qtbot)
    page = dialog.operators_page
    assert page is not None
    qtbot.waitUntil(lambda: len(page.operators) == 1)
    page.table.selectRow(0)  # Anna Nowak, who is signed in
    page.active_button.click()
    qtbot.waitUntil(lambda: page.messages.kind == "error")
    assert page.messages.label.text() == "You cannot retire yourself."
    with db.write() as s:
        add_operator(s, "Maria Manager", "manager")
    page.reload()
    qtbot.waitUntil(lambda: len(page.operators) == 2)
    page.table.selectRow([op.name for op in page.operators].index("Maria Manager"))
    with db.write() as s:  # Anna is no longer a manager: Maria is the last one
        from warehouse_app.db.models import Operator
        s.execute(Operator.__table__.update().where(Operator.name == "Anna Nowak").values(role="staff"))
    page.messages.clear()
    page.active_button.click()
    qtbot.waitUntil(lambda: page.messages.kind == "error")
    assert "manager" in page.messages.label.text().lower()
    with db.read() as s:
        assert find_operator(s, "Maria Manager").active and find_operator(s, "Anna Nowak").active


def test_badges_for_those_chosen_and_for_everyone(db: Database, manager_ctx: AppContext, qtbot: QtBot,
                                                  tmp_path: Path, monkeypatch: Any) -> None:
    with db.write() as s:
        add_operator(s, "Petro Shevchenko", "staff")
        add_operator(s, "Iryna Bondar", "loader")
    dialog = open_dialog(manager_ctx, qtbot)
    page = dialog.operators_page
    assert page is not None
    qtbot.waitUntil(lambda: len(page.operators) == 3)
    names = [op.name for op in page.operators]
    page.table.selectRow(names.index("Petro Shevchenko"))
    page.table.selectionModel().select(
        page.table.model().index(names.index("Iryna Bondar"), 0),
        page.table.selectionModel().SelectionFlag.Select | page.table.selectionModel().SelectionFlag.Rows)
    assert len(page.chosen()) == 2 and page.selected() is None and page.badge_button.isEnabled()
    out = tmp_path / "two.pdf"
    preview = open_preview(qtbot, page.export_panel, lambda: qtbot.mouseClick(page.badge_button, Qt.MouseButton.LeftButton))
    assert preview.windowTitle().endswith("Badges")
    save_from_preview(qtbot, preview, out, monkeypatch)
    print_to_file(qtbot, page.export_panel, preview, tmp_path / "printed.pdf")
    assert_same_pages(out, tmp_path / "printed.pdf")
    text = "".join(p.extract_text() for p in PdfReader(out).pages)
    assert "Petro Shevchenko" in text and "Iryna Bondar" in text and "Anna Nowak" not in text
    everyone = tmp_path / "all.pdf"
    preview = open_preview(qtbot, page.export_panel, page.findChild(type(page.badge_button), "printBadges").click)
    save_from_preview(qtbot, preview, everyone, monkeypatch)
    preview.reject()
    text = "".join(p.extract_text() for p in PdfReader(everyone).pages)
    assert all(name in text for name in names)


def test_the_weekly_reminder_until_a_copy_goes_off_this_laptop(db: Database, manager_ctx: AppContext, qtbot: QtBot,
                                                                tmp_path_factory: Any, monkeypatch: Any) -> None:
    from datetime import date, timedelta

    from warehouse_app.app import build_screens
    from warehouse_app.station.store import load_station_settings
    from warehouse_app.ui.main_window import MainWindow

    window = MainWindow(manager_ctx, db.display_name(), build_screens(manager_ctx))
    qtbot.addWidget(window)
    window.show()  # as at start: app.run shows the window, then the reminder
    text = window.remind_offsite_copy()
    assert text is not None and "Settings" in text and manager_ctx.messages.text() == text  # never made one

    stick = tmp_path_factory.mktemp("usb")  # not in the folder of the database (tmp_path)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    dialog = open_dialog(manager_ctx, qtbot)
    dialog.backups_page.backup_button.click()
    qtbot.waitUntil(lambda: dialog.backups_page.export_panel.path is not None)
    assert load_station_settings().last_offsite_copy == date.today()
    manager_ctx.messages.clear()
    assert window.remind_offsite_copy() is None and manager_ctx.messages.text() == ""
    assert window.remind_offsite_copy(date.today() + timedelta(days=7)) is None
    late = window.remind_offsite_copy(date.today() + timedelta(days=12))
    assert late == "Last copy off this laptop: 12 days ago \u2014 Settings \u203a Backups"


def test_a_copy_beside_the_database_is_not_a_copy_off_the_laptop(db: Database, manager_ctx: AppContext, qtbot: QtBot,
                                                                  monkeypatch: Any) -> None:
    from warehouse_app.station.store import load_station_settings

    assert db.sqlite_path is not None
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(db.sqlite_path.parent))  # type: ignore[union-attr]
    dialog = open_dialog(manager_ctx, qtbot)
    dialog.backups_page.backup_button.click()
    qtbot.waitUntil(lambda: dialog.backups_page.export_panel.path is not None)
    assert load_station_settings().last_offsite_copy is None
