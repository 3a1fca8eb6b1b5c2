"""The last resort: an error nobody foresaw goes to a log file, the user gets one sentence.

A traceback is a bug, but it must not be what a volunteer at a scan station reads. The
CLI's ``run_command`` and the GUI's exception hook call ``write_crash_log``; the sentence
names the file so it can be sent to whoever looks after the app.
"""

from __future__ import annotations

import os
import sys
import traceback
from datetime import datetime
from pathlib import Path

from warehouse_app import __version__
from warehouse_app.kernel.errors import WarehouseError
from warehouse_app.kernel.paths import log_dir
from warehouse_app.kernel.safe_text import mask_passwords

CRASH_EXIT_CODE = 70  # EX_SOFTWARE (sysexits.h): an internal error


def write_crash_log(exc: BaseException, where: str = "") -> Path | None:
    """Append the traceback to ``logs/crash-YYYYMMDD.log``; None when even that fails."""
    text = mask_passwords("".join(traceback.format_exception(exc)))
    header = f"--- {datetime.now().isoformat(timespec='seconds')} warehouse-app {__version__} pid {os.getpid()}"
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"crash-{datetime.now():%Y%m%d}.log"
        with path.open("a", encoding="utf-8", errors="backslashreplace") as handle:
            handle.write(f"{header} {where}\n{text}\n")
        return path
    except OSError:
        try:  # no log folder: the traceback at least reaches whoever runs the app from a terminal
            sys.stderr.write(text)
        except (OSError, ValueError):
            pass
        return None


def crash_error(path: Path | None) -> WarehouseError:
    """The one sentence shown for an unexpected error (a template: the GUI translates it)."""
    if path is None:
        return WarehouseError("Something went wrong inside the app; the details could not be written to a log file.")
    return WarehouseError("Something went wrong inside the app; the details are in {path}.", path=path)
