"""Where things live: shipped resources and the user's data folder.

One function finds resources both in a source checkout and in the frozen
PyInstaller build (``sys._MEIPASS``), so no other module guesses paths.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from warehouse_app.kernel.errors import BadInput
from warehouse_app.kernel.safe_text import shown, undecodable
from warehouse_app.kernel.safe_write import output_target

APP_NAME = "AidWarehouse"
DB_FILENAME = "warehouse.sqlite3"
MAX_NAME_BYTES = 255  # one name in a folder, on every file system the app runs on
MAX_PATH_BYTES = 4096


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


def log_dir() -> Path:
    """Where a crash writes its traceback: ``logs`` in the user data folder."""
    return user_data_dir() / "logs"


def check_path(value: str | os.PathLike[str], what: str = "file") -> Path:
    """A path a user typed, refused in one sentence when no file system could take it:
    empty, a NUL character, undecodable bytes, a name over 255 bytes, a path over 4096."""
    text = os.fspath(value)
    if not text.strip():
        raise BadInput("Name the {what}.", what=what)
    if undecodable(text):
        raise BadInput("The {what} name {path} is not valid text (UTF-8); choose another name.", what=what, path=shown(text))
    if "\x00" in text:
        raise BadInput("The {what} name {path} holds a NUL character; type it again.", what=what, path=text.replace("\x00", "\\0"))
    if len(text.encode("utf-8")) > MAX_PATH_BYTES:
        raise BadInput("The {what} name is too long: a path can have at most {most} bytes.", what=what, most=MAX_PATH_BYTES)
    for part in Path(text).parts:
        if len(part.encode("utf-8")) > MAX_NAME_BYTES:
            raise BadInput("The name {name}\u2026 is too long: a file or folder name can have at most {most} bytes.",
                           name=part[:40], most=MAX_NAME_BYTES)
    return Path(text)


def check_output_path(value: str | os.PathLike[str], what: str = "file") -> Path:
    """``check_path``, and the file can be written there: not a folder, and the nearest
    existing folder on its way can be written to (missing folders are made later)."""
    path = check_path(value, what)
    if path.is_dir():
        raise BadInput("{path} is a folder; name a {what} in it.", path=path, what=what)
    output_target(path)  # a device, a FIFO: refused before any work is done
    folder = path.absolute().parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not folder.is_dir():
        raise BadInput("The file {name} cannot be saved there: {folder} is not a folder.", name=path.name, folder=folder)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise BadInput("The file {name} cannot be saved there: the folder {folder} cannot be written to.",
                       name=path.name, folder=folder)
    return path
