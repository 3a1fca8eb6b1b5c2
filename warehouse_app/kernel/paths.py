"""Where things live: shipped resources and the user's data folder.

One function finds resources both in a source checkout and in the frozen
PyInstaller build (``sys._MEIPASS``), so no other module guesses paths.
"""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "AidWarehouse"
DB_FILENAME = "warehouse.sqlite3"


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/``, in development and in the frozen build."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parents[2]
    return root.joinpath("resources", *parts)


def user_data_dir() -> Path:
    """The per-user folder for the default database and its backups."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_db_url() -> str:
    return f"sqlite:///{user_data_dir() / DB_FILENAME}"
