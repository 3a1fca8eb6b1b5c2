"""The lock file beside a SQLite database: who has it open, so a restore never pulls the file
out from under a station.

Every station (the desktop app, each command) holds a *shared* lock on
``<database>.lock`` while its ``Database`` is open; ``restore`` takes the *exclusive* lock
without waiting, and refuses while anyone holds the shared one. The lock belongs to the open
file, so a process that dies, however it dies, lets go of it. POSIX: ``fcntl.flock``;
Windows: ``LockFileEx`` on the first byte (shared or exclusive), through ctypes.

A folder where no lock file can be made or opened (read-only media) gets no lock: the
database there cannot be restored into either.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Engine, event

from warehouse_app.kernel.errors import Conflict

WAIT_FOR_RESTORE_S = 15.0  # a station starting while a restore runs waits this long for it


def lock_path(db_file: Path) -> Path:
    return db_file.with_name(f"{db_file.name}.lock")


if sys.platform == "win32":  # pragma: no cover - tested on the Windows build, not here
    import ctypes
    import msvcrt
    from ctypes import wintypes

    class _Overlapped(ctypes.Structure):
        _fields_ = [("Internal", ctypes.c_void_p), ("InternalHigh", ctypes.c_void_p),
                    ("Offset", wintypes.DWORD), ("OffsetHigh", wintypes.DWORD), ("hEvent", wintypes.HANDLE)]

    _LOCKFILE_FAIL_IMMEDIATELY = 0x1
    _LOCKFILE_EXCLUSIVE_LOCK = 0x2
    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]

    def _try_lock(fd: int, exclusive: bool) -> bool:
        flags = _LOCKFILE_FAIL_IMMEDIATELY | (_LOCKFILE_EXCLUSIVE_LOCK if exclusive else 0)
        handle = msvcrt.get_osfhandle(fd)  # type: ignore[attr-defined]
        return bool(_kernel32.LockFileEx(wintypes.HANDLE(handle), flags, 0, 1, 0, ctypes.byref(_Overlapped())))

    def _unlock(fd: int) -> None:
        handle = msvcrt.get_osfhandle(fd)  # type: ignore[attr-defined]
        _kernel32.UnlockFileEx(wintypes.HANDLE(handle), 0, 1, 0, ctypes.byref(_Overlapped()))
else:
    import fcntl

    def _try_lock(fd: int, exclusive: bool) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _open(path: Path) -> int | None:
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    except OSError:
        try:
            fd = os.open(path, os.O_RDONLY)
        except OSError:
            return None
    return fd


class FileLock:
    """One hold on a database's lock file; ``release`` (or the process ending) lets it go."""

    def __init__(self, fd: int | None) -> None:
        self._fd = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            try:
                _unlock(fd)
            finally:
                os.close(fd)

    def __del__(self) -> None:
        self.release()


def hold_shared(db_file: Path, wait_s: float = WAIT_FOR_RESTORE_S) -> FileLock:
    """A station opens the database: wait (briefly) for a restore in progress, then share."""
    fd = _open(lock_path(db_file))
    if fd is None:
        return FileLock(None)
    deadline = time.monotonic() + wait_s
    while not _try_lock(fd, exclusive=False):
        if time.monotonic() >= deadline:
            os.close(fd)
            raise Conflict("The database {path} is being restored; try again when the restore has finished.",
                           path=db_file)
        time.sleep(0.1)
    return FileLock(fd)


def hold_exclusive(db_file: Path) -> FileLock:
    """``restore``: the database to itself, at once, or one sentence saying who must close it."""
    fd = _open(lock_path(db_file))
    if fd is None:
        raise Conflict("The lock file {path} cannot be made, so a restore cannot be sure no station uses the database.",
                       path=lock_path(db_file))
    if not _try_lock(fd, exclusive=True):
        os.close(fd)
        raise Conflict("The database {path} is open on this computer; close the app on every station using it "
                       "first (and wait for running commands), then restore.", path=db_file)
    return FileLock(fd)


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def guard_replacement(engine: Engine, db_file: Path, is_write: Callable[[Connection], bool]) -> None:
    """Refuse a write once the file at ``db_file`` is no longer the one this engine opened.

    A restore (or a hand copy) that renamed another file into place leaves this process's
    connections on the old, unlinked file: a scan written there would be acknowledged and
    lost. The check runs inside the write lock (after ``BEGIN IMMEDIATE``)."""
    opened: list[tuple[int, int] | None] = []

    @event.listens_for(engine, "connect")
    def _remember(_dbapi_connection: object, _record: object) -> None:
        if not opened:
            opened.append(_identity(db_file))

    @event.listens_for(engine, "begin")
    def _check(connection: Connection) -> None:
        if not is_write(connection) or not opened or opened[0] is None:
            return
        if _identity(db_file) != opened[0]:
            connection.exec_driver_sql("ROLLBACK")
            raise Conflict("The database file was replaced (restored?) while this station had it open; "
                           "restart the app.")
