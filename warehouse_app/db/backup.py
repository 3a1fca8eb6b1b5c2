"""Online copies of the SQLite file, safe while other stations write to it."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live database with SQLite's backup API (never a plain file copy of a WAL db)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def backup_dir_for(db_file: Path) -> Path:
    return db_file.parent / "backups"


def timestamped_backup_name(db_file: Path, label: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return backup_dir_for(db_file) / f"{db_file.stem}-{stamp}-{label}{db_file.suffix}"
