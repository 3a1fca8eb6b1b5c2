"""Online copies of the SQLite file, safe while other stations write to it, and the checks a restore starts with
(the restore itself: ``db/restore.py``).

Copies always go through SQLite's backup API, never a plain file copy: a WAL database
is the file *plus* its -wal journal, and a copy taken mid-write is not a database.
Backups live in a ``backups`` folder beside the database; each kind (daily, before a
migration, before a restore) keeps its newest ``KEEP`` copies.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from warehouse_app.kernel.errors import BadInput
from warehouse_app.kernel.paths import check_output_path
from warehouse_app.kernel.safe_write import atomic_output, create_private, output_target

KEEP = 14
# Tables every database of this app has; a file without them is not one of ours.
_REQUIRED_TABLES = frozenset({"alembic_version", "item", "movement", "stock_level", "location", "category"})


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy a live database with SQLite's backup API (never a plain file copy of a WAL db).
    The copy is readable by its owner only, as the database is."""
    target.parent.mkdir(parents=True, exist_ok=True)
    create_private(target)
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


def backups_of(db_file: Path, label: str) -> list[Path]:
    """This database's backups of one kind, oldest first (the names sort by time)."""
    folder = backup_dir_for(db_file)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{db_file.stem}-*-{label}{db_file.suffix}"))


def rotate(db_file: Path, label: str, keep: int = KEEP) -> list[Path]:
    """Delete all but the newest ``keep`` backups of a kind; returns what was deleted."""
    found = backups_of(db_file, label)
    doomed = found[:-keep] if keep > 0 else found
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


def daily_backup(db_file: Path, today: date | None = None, keep: int = KEEP) -> Path | None:
    """At start-up: one backup a day (the first start of the day makes it), rotated.

    Returns the new copy, or None when today's exists or there is nothing to back up yet.
    """
    if not db_file.exists() or db_file.stat().st_size == 0:
        return None
    stamp = (today or date.today()).strftime("%Y%m%d")
    if any(p.name.startswith(f"{db_file.stem}-{stamp}-") for p in backups_of(db_file, "daily")):
        return None
    target = backup_dir_for(db_file) / f"{db_file.stem}-{stamp}-{datetime.now():%H%M%S-%f}-daily{db_file.suffix}"
    backup_sqlite(db_file, target)
    rotate(db_file, "daily", keep)
    return target


def backup_to(db_file: Path, out: Path | str) -> Path:
    """A checked copy of the live database at ``out`` (a new file), written under a temporary
    name and renamed, owner-only: `backup --out` and the Settings' "Back up now"."""
    target = check_output_path(str(out), "backup file")
    if target.exists():
        raise BadInput("{path} already exists; choose a new file name.", path=target)
    if not db_file.exists():
        raise BadInput("There is no database at {path} to back up.", path=db_file)
    try:
        output_target(target).parent.mkdir(parents=True, exist_ok=True)  # check_output_path saw it can be made
        with atomic_output(target, private=True) as part:  # owner-only, as the database is
            backup_sqlite(db_file, part)
            _single_file(part)
            check_backup_file(part)
    except OSError as exc:
        raise BadInput("Cannot write {path}: {reason}.", path=target, reason=exc.strerror or exc) from None
    except sqlite3.Error as exc:
        raise BadInput("The database {path} cannot be copied: {reason}.", path=db_file, reason=exc) from None
    return target


def _single_file(path: Path) -> None:
    """A copy to carry away is one file: a WAL-mode copy read later (even read-only) would
    leave -wal and -shm files beside it, here beside the temporary name."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()


def copy_name(db_file: Path, now: datetime | None = None) -> str:
    """``warehouse-2026-12-05-1353.sqlite3``: a copy made by hand, named by when it was made."""
    return f"{db_file.stem}-{(now or datetime.now()):%Y-%m-%d-%H%M}{db_file.suffix}"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: str  # "daily", "before-migration", "before-restore", ...
    made: datetime
    size: int


def automatic_backups(db_file: Path) -> list[BackupFile]:
    """The copies the app made by itself in the backups folder, newest first."""
    folder = backup_dir_for(db_file)
    if not folder.is_dir():
        return []
    found = []
    prefix, suffix = f"{db_file.stem}-", db_file.suffix
    for path in folder.glob(f"{db_file.stem}-*{suffix}"):
        rest = path.name[len(prefix):len(path.name) - len(suffix)]
        parts = rest.split("-", 3)  # date, time, microseconds, kind
        if len(parts) != 4 or not path.is_file():
            continue
        try:
            made = datetime.strptime(f"{parts[0]}-{parts[1]}", "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        found.append(BackupFile(path, parts[3], made, path.stat().st_size))
    return sorted(found, key=lambda b: (b.made, b.path.name), reverse=True)


def check_backup_file(path: Path, shown: Path | None = None) -> str:
    """Refuse anything that is not an intact database of this app; returns its schema revision.
    ``shown``: the name the user gave, when ``path`` is a copy of it."""
    name = shown or path
    if not path.is_file():
        raise BadInput("There is no file {path}.", path=name)
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise BadInput("{path} is not a database backup of Aid Warehouse.", path=name)
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if not _REQUIRED_TABLES <= tables:
                raise BadInput("{path} is a database, but not one of Aid Warehouse.", path=name)
            verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
            if verdict != "ok":
                raise BadInput("{path} is damaged ({reason}); choose another backup.", path=name, reason=verdict)
            revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise BadInput("{path} cannot be read as a database ({reason}).", path=name, reason=exc) from None
    if revision is None:
        raise BadInput("{path} is a database, but not one of Aid Warehouse.", path=name)
    return str(revision[0])
