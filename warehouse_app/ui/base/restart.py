"""Restoring a backup from inside the app (Settings › Backups).

This station holds the database open (a SQLite file's shared lock), and a restore must have
it alone: so the Settings only ask for it here and end the event loop with
``RESTART_FOR_RESTORE``; `app.run` then closes the windows and the database, restores (the
same checked restore as `warehouse-app restore`), says how it went, and starts again from
"who is working" on the restored database."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

RESTART_FOR_RESTORE = 0x5EB  # the event loop's exit code when a restore waits


@dataclass(frozen=True)
class RestoreRequest:
    source: Path  # the backup chosen
    db_file: Path  # the database it replaces


_pending: list[RestoreRequest] = []


def ask_for_restore(source: Path, db_file: Path) -> None:
    """Remember the restore and end the event loop (the app restores once its windows and the
    database are closed)."""
    _pending[:] = [RestoreRequest(source, db_file)]
    QCoreApplication.exit(RESTART_FOR_RESTORE)


def take_restore_request() -> RestoreRequest | None:
    """The restore asked for, once (None when the app ended for any other reason)."""
    return _pending.pop() if _pending else None
