"""Every file the app writes goes through here: through a symlink to its target, never onto a
device or a pipe, under a temporary name renamed at the end, with the right permissions.

- ``output_target(path)``: where the bytes really go. A symlink is followed (the link stays a
  link; a link to a shared folder is written through); a name that is a device node, a
  FIFO, a socket or a folder is refused in one sentence (as root, a plain rename once
  replaced ``/dev/null``).
- ``atomic_output(path)``: a temporary file in the target's folder, renamed onto the target
  only on success; an existing target keeps its permissions, a new one gets the usual mode
  (or owner-only with ``private=True``).
- ``create_private(path)`` / ``make_private(path)``: the database, its journals and every
  backup are readable by their owner only (0600 on POSIX; Windows keeps the profile's ACL).
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from warehouse_app.kernel.errors import BadInput

PRIVATE_MODE = 0o600
_POSIX = os.name == "posix"


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def output_target(out: str | os.PathLike[str]) -> Path:
    """The file the bytes for ``out`` land in: a symlink's target; refused when it exists and
    is not a regular file (a device, a FIFO, a socket, a folder)."""
    path = Path(out)
    target = path.resolve() if path.is_symlink() else path
    try:
        mode = os.stat(target).st_mode
    except FileNotFoundError:
        return target
    except OSError:  # a name we cannot even look at: let the write say why
        return target
    if not stat.S_ISREG(mode):
        raise BadInput("{path} is not a regular file; choose a file name.", path=path)
    return target


def make_private(path: str | os.PathLike[str]) -> None:
    """Owner-only permissions for a file that holds the warehouse's data."""
    if _POSIX:
        os.chmod(path, PRIVATE_MODE)


def create_private(path: str | os.PathLike[str]) -> bool:
    """Create ``path`` empty and owner-only if it does not exist yet (SQLite then gives its
    -wal and -shm the same mode); True if it was made here."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    except FileExistsError:
        return False
    os.close(fd)
    make_private(path)  # the umask may have taken bits away, never added: this is exact
    return True


@contextmanager
def atomic_output(out: str | os.PathLike[str], *, private: bool = False) -> Iterator[Path]:
    """A temporary path beside the real target of ``out``; renamed onto it only on success.

    The target's folder must exist (a mistyped folder is the user's to fix, never made
    silently). The file keeps an existing target's permissions; a new file gets 0666 less
    the umask, or 0600 when ``private``."""
    target = output_target(out)
    if not target.parent.is_dir():
        raise FileNotFoundError(errno.ENOENT, "the folder does not exist", str(target.parent))
    try:
        keep_mode: int | None = stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        keep_mode = None
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        if private:
            mode = PRIVATE_MODE
        elif keep_mode is not None:
            mode = keep_mode
        else:
            mode = 0o666 & ~_umask()  # mkstemp makes it owner-only; a document gets the usual mode
        os.chmod(temp, mode)
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
