"""Copies of the database: a copy by hand to a folder or USB stick (the same checked copy as
`warehouse-app backup --out`), the list of the copies the app makes by itself, and a restore
(the same checked restore as `warehouse-app restore`; the app closes the database for it and
starts again). A PostgreSQL database is backed up on its server: the page says so, and offers
a pg_dump copy when the tool is on this computer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.core.access.roles import WAREHOUSE
from warehouse_app.kernel.paths import user_data_dir
from warehouse_app.station.store import record_offsite_copy
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.export_job import ExportPanel, export_folder
from warehouse_app.ui.base.formats import show_date
from warehouse_app.ui.base.language import file_dialog_options
from warehouse_app.ui.base.message_bar import MessageBar
from warehouse_app.ui.base.restart import ask_for_restore
from warehouse_app.ui.base.tasks import Op
from warehouse_app.ui.operations.backups import (
    BackupFile,
    back_up_now,
    backups_folder,
    backups_list,
    pg_dump_available,
    pg_dump_now,
)
from warehouse_app.ui.screens.settings.common import button, note

MADE, KIND, SIZE = range(3)


def _left(widget: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(widget)
    row.addStretch(1)
    return row


def is_offsite(path: Path, db_file: Path | None) -> bool:
    """A copy outside this machine's data folder and the database's own folder: a USB stick,
    a shared or synced folder, counts as a copy off the laptop for the weekly reminder."""
    where = path.resolve()
    homes = [user_data_dir()] + ([db_file.parent] if db_file is not None else [])
    return not any(where.is_relative_to(home.resolve()) for home in homes)


class BackupsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backupsPage")
        self.ctx = ctx
        self.db_file: Path | None = ctx.runner.db.sqlite_path
        self.backups: list[BackupFile] = []
        layout = QVBoxLayout(self)
        if self.db_file is None:
            self._server_page(layout)
            return
        layout.addWidget(note(self.tr(
            "Keep a copy off this laptop: a lost or broken laptop must not take the warehouse with it "
            "(the app reminds you at start after a week without one). "
            "Back up now writes a checked copy of the database to a folder or USB stick you choose; "
            "it is safe while people work."), self))
        self.backup_button = button(self, self.tr("Back up now\u2026"), "backUpNow", self.back_up_now)
        layout.addLayout(_left(self.backup_button))
        self.export_panel = ExportPanel(ctx, self)
        layout.addWidget(self.export_panel)

        layout.addWidget(QLabel(self.tr("Copies the app makes by itself (the first start of each day, and "
                                        "before an upgrade or a restore):"), self))
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("backupTable")
        self.table.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Kind"), self.tr("Size")])
        self.table.horizontalHeader().setSectionResizeMode(MADE, QHeaderView.ResizeMode.Stretch)
        for column in (KIND, SIZE):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        layout.addWidget(self.table, 1)
        self.where = note(self.tr("They are kept in {folder}").format(folder=str(backups_folder(self.db_file))), self)
        self.where.setObjectName("backupsFolder")
        layout.addWidget(self.where)
        layout.addLayout(_left(button(self, self.tr("Open this folder"), "openBackups", self.open_backups_folder)))
        layout.addWidget(note(self.tr(
            "Restore puts a copy (one of these, or one from a USB stick) in place of the database: everything "
            "recorded after the copy was made is replaced. The app checks the copy first, keeps the database as it "
            "is now as a copy \u201cbefore a restore\u201d, and starts again. Close the app on every other station "
            "using this database first."), self))
        self.restore_button = button(self, self.tr("Restore a copy\u2026"), "restoreCopy", self.restore)
        self.restore_button.setEnabled(ctx.may(WAREHOUSE))
        if not ctx.may(WAREHOUSE):
            self.restore_button.setToolTip(self.tr("Only a manager can restore a copy."))
        layout.addLayout(_left(self.restore_button))
        self.messages = MessageBar(self)
        layout.addWidget(self.messages)
        self.reload()

    def kind_text(self, kind: str) -> str:
        if kind == "daily":
            return self.tr("daily")
        if kind == "before-restore":
            return self.tr("before a restore")
        if kind.startswith("before-"):
            return self.tr("before an upgrade")
        return kind

    def size_text(self, size: int) -> str:
        if size < 1024 * 1024:
            return self.tr("{size} kB").format(size=max(1, round(size / 1024)))
        return self.tr("{size} MB").format(size=f"{size / (1024 * 1024):.1f}")

    def reload(self) -> None:
        if self.db_file is not None:
            backups_list(self, self.db_file).success(self._show).failure(self.messages.error).run(self.ctx.runner)

    def _show(self, backups: list[BackupFile]) -> None:
        self.backups = backups
        self.table.setRowCount(len(backups))
        for row, backup in enumerate(backups):
            made = f"{show_date(backup.made.date())} {backup.made:%H:%M}"
            for column, text in enumerate((made, self.kind_text(backup.kind), self.size_text(backup.size))):
                item = QTableWidgetItem(text)
                item.setToolTip(backup.path.name)
                self.table.setItem(row, column, item)

    def back_up_now(self) -> None:
        if self.db_file is not None:
            db_file = self.db_file
            self._copy_to_folder(self.backup_button, lambda folder: back_up_now(self, db_file, folder))

    def _copy_to_folder(self, pressed: QPushButton, copy: Callable[[Path], Op[Path]]) -> None:
        """Ask for the folder (or USB stick), then make the copy in a worker with the button
        disabled; the file written is shown with Open and Show in folder."""
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to put the copy (a folder or a USB stick)"),
                                                  export_folder(),
                                                  options=file_dialog_options(QFileDialog.Option.ShowDirsOnly))
        if not folder:
            return
        pressed.setEnabled(False)
        self.messages.show_message(self.tr("Copying the database\u2026"), "info", 0)

        def copied(path: Path) -> None:
            pressed.setEnabled(True)
            if is_offsite(path, self.db_file):
                record_offsite_copy(date.today())
            self.messages.clear()
            self.export_panel.show_saved(self.tr("The copy of the database"), path)

        def failed(sentence: str) -> None:
            pressed.setEnabled(True)
            self.messages.error(sentence)

        copy(Path(folder)).success(copied).failure(failed).run(self.ctx.runner)

    def restore(self) -> None:
        """Choose a copy (the selected row's, else from the backups folder), confirm with No as
        the default, then let the app close the database, restore and start again."""
        if self.db_file is None:
            return
        row = self.table.currentRow()
        start = self.backups[row].path if 0 <= row < len(self.backups) else backups_folder(self.db_file)
        chosen, _kind = QFileDialog.getOpenFileName(
            self, self.tr("Which copy of the database to restore"), str(start),
            self.tr("Database copies (*.sqlite3 *.sqlite *.db);;All files (*)"), options=file_dialog_options())
        if not chosen:
            return
        source = Path(chosen)
        try:
            saved = datetime.fromtimestamp(source.stat().st_mtime)
            when = f"{show_date(saved.date())} {saved:%H:%M}"
        except OSError:  # gone, or unreadable: the restore itself says why
            when = "?"
        answer = QMessageBox.warning(
            self, self.tr("Restore this copy?"),
            self.tr("Put the copy {file}, saved {when}, in place of the warehouse's database?\n\n"
                    "Everything recorded after this copy was made (scans, trucks, people) is replaced by the copy. "
                    "The database as it is now is kept first, as a copy \u201cbefore a restore\u201d.\n\n"
                    "The app closes its screens, checks and restores the copy, and starts again. "
                    "Every other station using this database must close the app first.").format(file=source.name,
                                                                                        when=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            ask_for_restore(source, self.db_file)

    def _server_page(self, layout: QVBoxLayout) -> None:
        """A PostgreSQL station: the server keeps the backups; a pg_dump copy by hand when the
        tool is installed here."""
        layout.addWidget(note(self.tr(
            "This station works on a PostgreSQL server: the data is backed up on the server itself "
            "(ask whoever runs the server how often, and where the copies go)."), self))
        if not pg_dump_available():
            layout.addWidget(note(self.tr(
                "To carry a copy away from this computer, install the PostgreSQL client tools (pg_dump)."), self))
            layout.addStretch(1)
            return
        layout.addWidget(note(self.tr(
            "Copy with pg_dump writes a copy of the whole database to a folder or USB stick you choose "
            "(whoever runs the server restores it with pg_restore); it is safe while people work."), self))
        self.dump_button = button(self, self.tr("Copy with pg_dump\u2026"), "pgDumpNow", self.dump_now)
        layout.addLayout(_left(self.dump_button))
        self.export_panel = ExportPanel(self.ctx, self)
        layout.addWidget(self.export_panel)
        self.messages = MessageBar(self)
        layout.addWidget(self.messages)
        layout.addStretch(1)

    def dump_now(self) -> None:
        db = self.ctx.runner.db
        self._copy_to_folder(self.dump_button, lambda folder: pg_dump_now(self, db, folder))

    def open_backups_folder(self) -> None:
        if self.db_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(backups_folder(self.db_file))))
