"""Progress and cancellation for long document writers (exports run off the GUI thread).

A writer takes ``progress: Progress | None``: it calls it now and then with (done, total)
and stops when it returns False, removes its partial output and raises ``Cancelled``.
The output file is written under a temporary name and renamed at the end, so a cancelled
or failed export never leaves a half-written file where the user asked for one.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

from warehouse_app.kernel import safe_write

Progress = Callable[[int, int], bool]


class Cancelled(Exception):
    """The user cancelled the export; nothing was written."""


def report(progress: Progress | None, done: int, total: int) -> None:
    """Tell ``progress`` how far we are; raise Cancelled when it says stop."""
    if progress is not None and progress(done, total) is False:
        raise Cancelled()


def atomic_output(out: str | os.PathLike[str]) -> AbstractContextManager[Path]:
    """A temporary path beside the real target of ``out``; renamed onto it only on success
    (``kernel/safe_write.py``: through a symlink, never onto a device, permissions kept)."""
    return safe_write.atomic_output(out)
