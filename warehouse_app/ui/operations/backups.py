"""Copies of this station's SQLite file from the Settings: a copy by hand to a chosen folder
(the same function as `warehouse-app backup --out`) and the list of the app's own backups.
Both run in a worker: a copy of a large file takes seconds."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from warehouse_app.db.backup import BackupFile, automatic_backups, backup_to, copy_name
from warehouse_app.ui.base.tasks import Op

if TYPE_CHECKING:
    from warehouse_app.core.admin.restore import Restored
    from warehouse_app.db.database import Database

__all__ = ["BackupFile", "back_up_now", "backups_folder", "backups_list", "pg_dump_available", "pg_dump_now",
           "restore_backup"]


def back_up_now(owner: QObject | None, db_file: Path, folder: Path) -> Op[Path]:
    """A checked copy in ``folder`` named by the date and time; answers the file written."""
    return Op.detached_from_db(owner, lambda: backup_to(db_file, folder / copy_name(db_file)))


def backups_list(owner: QObject | None, db_file: Path) -> Op[list[BackupFile]]:
    """The daily backups and those kept before a migration or a restore, newest first."""
    return Op.detached_from_db(owner, lambda: automatic_backups(db_file))


def backups_folder(db_file: Path) -> Path:
    from warehouse_app.db.backup import backup_dir_for

    return backup_dir_for(db_file)


def restore_backup(source: Path, db_file: Path) -> Restored:
    """The checked restore of `warehouse-app restore` (core/admin/restore), run by the app
    once this station has closed the database; refused with a sentence, nothing changed."""
    from warehouse_app.core.admin.restore import restore_checked

    return restore_checked(source, db_file)


def pg_dump_now(owner: QObject | None, db: Database, folder: Path) -> Op[Path]:
    """A pg_dump copy of the station's PostgreSQL database in ``folder``, named by the database
    and the time."""
    from datetime import datetime

    from warehouse_app.db.backup_pg import dump_name, pg_dump_to

    name = dump_name(db.url.database or "", f"{datetime.now():%Y-%m-%d-%H%M}")
    return Op.detached_from_db(owner, lambda: pg_dump_to(db.url.render_as_string(hide_password=False), folder / name))


def pg_dump_available() -> bool:
    from warehouse_app.db.backup_pg import pg_dump_path

    return pg_dump_path() is not None
