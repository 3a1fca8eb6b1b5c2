"""Progress and cancellation for long document writers (exports run off the GUI thread).

A writer takes ``progress: Progress | None``: it calls it now and then with (done, total)
and stops when it returns False, removes its partial output and raises ``Cancelled``.
The output file is written under a temporary name and renamed at the end, so a cancelled
or failed export never leaves a half-written file where the user asked for one.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

Progress = Callable[[int, int], bool]


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


class Cancelled(Exception):
    """The user cancelled the export; nothing was written."""


def report(progress: Progress | None, done: int, total: int) -> None:
    """Tell ``progress`` how far we are; raise Cancelled when it says stop."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled()


@contextmanager
def atomic_output(out: str | os.PathLike[str]) -> Iterator[Path]:
    """A temporary path beside ``out`` to write to; renamed onto ``out`` only on success."""
    target = Path(out)
    if not target.parent.is_dir():  # a mistyped folder is the user's to fix, never made silently
        raise FileNotFoundError(errno.ENOENT, "the folder does not exist", str(target.parent))
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    os.close(handle)
    temp = Path(name)
    try:
        yield temp
        os.chmod(temp, 0o666 & ~_umask())  # mkstemp makes it owner-only; the file gets the usual mode
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
