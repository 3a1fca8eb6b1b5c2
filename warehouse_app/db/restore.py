"""Put a backup in place of the SQLite database without losing a scan.

The order is the safety:

1. The backup is **copied first** (read-only, byte for byte, with a -wal beside it if any)
   into a staging folder beside the database. Nothing opens the backup itself for
   writing, so a write-protected USB stick works and the stick is never changed.
2. The copy is **checked completely** there: a SQLite file of this app, intact, at a
   revision this build knows (a newer build's backup is refused), upgraded to this
   build's schema, every table with the columns this build uses, and ``verify`` (the
   CLI's: ``db check`` of stock against the ledger) passes. Any refusal leaves the live
   database untouched, byte for byte.
3. The database's lock file is taken **exclusively, without waiting**: while any station
   (the desktop app, a running command) has the database open it holds the shared lock,
   and the restore refuses with "close the app on every station using it first".
4. Only then the **swap**: the database being replaced is copied to the backups folder
   (``before-restore``; a file too damaged for SQLite is kept as its bytes), checkpointed
   so its -wal is empty, its -wal and -shm removed, and the checked copy renamed over it
   in one ``os.replace`` on the same disk. A station that somehow still had the old file
   open refuses its next write (``file_lock.guard_replacement``).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, inspect
from sqlalchemy.exc import SQLAlchemyError

from warehouse_app.db.backup import backup_sqlite, check_backup_file, rotate, timestamped_backup_name
from warehouse_app.db.file_lock import hold_exclusive
from warehouse_app.db.migrate import known_revisions
from warehouse_app.db.models import Base
from warehouse_app.db.schema_guard import refuse_newer
from warehouse_app.kernel.errors import BadInput
from warehouse_app.kernel.safe_write import make_private


def restore_sqlite(backup: Path, db_file: Path, verify: Callable[[Path], None] | None = None) -> Path | None:
    """Replace ``db_file`` with a checked copy of ``backup``; returns the copy kept of what it
    replaced (None when there was no database). ``verify(copy)`` may upgrade and check the
    staged copy and raises to refuse it."""
    if not backup.is_file():
        raise BadInput("There is no file {path}.", path=backup)
    if db_file.exists() and backup.resolve() == db_file.resolve():
        raise BadInput("{path} is the database itself; choose a backup copy.", path=backup)
    db_file.parent.mkdir(parents=True, exist_ok=True)
    hold_exclusive(db_file).release()  # refuse at once, before a long check, when a station has it open
    staging = Path(tempfile.mkdtemp(prefix=f".{db_file.name}.restoring-", dir=db_file.parent))
    try:
        fresh = _copy_in(backup, staging / db_file.name)
        refuse_newer(check_backup_file(fresh, shown=backup), known_revisions())
        if verify is not None:
            verify(fresh)
        _check_columns(fresh, backup)
        _settle(fresh)
        make_private(fresh)
        lock = hold_exclusive(db_file)
        try:
            kept = _keep_old(db_file)
            os.replace(fresh, db_file)
            _sync_folder(db_file.parent)
        finally:
            lock.release()
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return kept


def _copy_in(backup: Path, copy: Path) -> Path:
    """The backup's bytes (and an uncheckpointed -wal beside it) into the staging folder; the
    backup is only ever opened for reading."""
    shutil.copyfile(backup, copy)
    wal = Path(f"{backup}-wal")
    if wal.is_file() and wal.stat().st_size > 0:
        shutil.copyfile(wal, Path(f"{copy}-wal"))
    make_private(copy)
    return copy


def _check_columns(fresh: Path, shown: Path) -> None:
    """After the upgrade the copy must have every table and column this build uses: a file that
    only borrowed our table names is refused here, before anything is replaced."""
    engine = create_engine(f"sqlite:///{fresh}")
    try:
        with engine.connect() as conn:
            found = inspect(conn)
            tables = set(found.get_table_names())
            for table in Base.metadata.sorted_tables:
                if table.name not in tables or not {c.name for c in table.columns} <= {
                        c["name"] for c in found.get_columns(table.name)}:
                    raise BadInput("{path} looks like a database of Aid Warehouse but its tables are not; "
                                   "nothing was restored.", path=shown)
    except SQLAlchemyError:
        raise BadInput("{path} looks like a database of Aid Warehouse but its tables are not; nothing was restored.",
                       path=shown) from None
    finally:
        engine.dispose()


def _settle(path: Path) -> None:
    """Fold a database's -wal into the file itself, so the file alone is the whole database."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def _keep_old(db_file: Path) -> Path | None:
    """Copy the database being replaced to the backups folder and empty its -wal into it; a file
    too damaged for SQLite is kept as its bytes (with its -wal beside the copy)."""
    if not db_file.exists():
        for suffix in ("-wal", "-shm"):
            Path(f"{db_file}{suffix}").unlink(missing_ok=True)
        return None
    kept = timestamped_backup_name(db_file, "before-restore")
    try:
        backup_sqlite(db_file, kept)
        _settle(db_file)
    except sqlite3.DatabaseError:
        kept.unlink(missing_ok=True)
        shutil.copyfile(db_file, kept)
        wal = Path(f"{db_file}-wal")
        if wal.exists():
            shutil.copyfile(wal, Path(f"{kept}-wal"))
            make_private(Path(f"{kept}-wal"))
        make_private(kept)
        for suffix in ("-wal", "-shm"):
            Path(f"{db_file}{suffix}").unlink(missing_ok=True)
    rotate(db_file, "before-restore")
    return kept


def _sync_folder(folder: Path) -> None:
    """The rename is on disk before we say "Restored" (POSIX; Windows has no folder handles)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
