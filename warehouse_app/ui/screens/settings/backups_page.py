"""Copies of the database: a copy by hand to a folder or USB stick (the same checked copy as
`warehouse-app backup --out`) and the list of the copies the app makes by itself. A
PostgreSQL database is backed up on its server, so the page only says so."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.kernel.paths import user_data_dir
from warehouse_app.station.store import record_offsite_copy
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.export_job import ExportPanel, export_folder
from warehouse_app.ui.base.formats import show_date
from warehouse_app.ui.base.language import file_dialog_options
from warehouse_app.ui.base.message_bar import MessageBar
from warehouse_app.ui.operations.backups import BackupFile, back_up_now, backups_folder, backups_list
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
            layout.addWidget(note(self.tr(
                "This station works on a PostgreSQL server: the data is backed up on the server itself "
                "(ask whoever runs the server how often, and where the copies go)."), self))
            layout.addStretch(1)
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
        if self.db_file is None:
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Where to put the copy (a folder or a USB stick)"),
                                                  export_folder(),
                                                  options=file_dialog_options(QFileDialog.Option.ShowDirsOnly))
        if not folder:
            return
        self.backup_button.setEnabled(False)
        self.messages.show_message(self.tr("Copying the database\u2026"), "info", 0)
        back_up_now(self, self.db_file, Path(folder)).success(self._backed_up).failure(self._failed) \
            .run(self.ctx.runner)

    def _backed_up(self, path: Path) -> None:
        self.backup_button.setEnabled(True)
        if is_offsite(path, self.db_file):
            record_offsite_copy(date.today())
        self.messages.clear()
        self.export_panel.show_saved(self.tr("The copy of the database"), path)

    def _failed(self, sentence: str) -> None:
        self.backup_button.setEnabled(True)
        self.messages.error(sentence)

    def open_backups_folder(self) -> None:
        if self.db_file is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(backups_folder(self.db_file))))
