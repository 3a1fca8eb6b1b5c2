"""Copies of this station's SQLite file from the Settings: a copy by hand to a chosen folder
(the same function as `warehouse-app backup --out`) and the list of the app's own backups.
Both run in a worker: a copy of a large file takes seconds."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from warehouse_app.db.backup import BackupFile, automatic_backups, backup_to, copy_name
from warehouse_app.ui.base.tasks import Op

__all__ = ["BackupFile", "back_up_now", "backups_folder", "backups_list"]


def back_up_now(owner: QObject | None, db_file: Path, folder: Path) -> Op[Path]:
    """A checked copy in ``folder`` named by the date and time; answers the file written."""
    return Op.detached_from_db(owner, lambda: backup_to(db_file, folder / copy_name(db_file)))


def backups_list(owner: QObject | None, db_file: Path) -> Op[list[BackupFile]]:
    """The daily backups and those kept before a migration or a restore, newest first."""
    return Op.detached_from_db(owner, lambda: automatic_backups(db_file))


def backups_folder(db_file: Path) -> Path:
    from warehouse_app.db.backup import backup_dir_for

    return backup_dir_for(db_file)
