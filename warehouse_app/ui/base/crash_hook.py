"""The GUI's last resort: an exception that escapes a Qt slot or a callback.

PySide6 hands such an exception to ``sys.excepthook`` and carries on. Ours writes the
traceback to the log file (``kernel.crash``) and shows one sentence naming it in the
main window's message bar (``TaskRunner.error``), so a volunteer never reads a traceback
and the details are not lost.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from warehouse_app.kernel.crash import crash_error, write_crash_log
from warehouse_app.ui.base.texts import error_text

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def install_crash_hook(show: Callable[[str], object]) -> ExceptHook:
    """Route unexpected exceptions to the log and ``show`` (a sentence); returns the hook
    that was there before, for ``uninstall``."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):  # Ctrl+C in the terminal that started the app
            previous(kind, exc, tb)
            return
        path = write_crash_log(exc.with_traceback(tb), "window")
        try:
            show(error_text(crash_error(path)))
        except Exception:  # the window itself is broken: the log still has it
            pass

    sys.excepthook = hook
    return previous


def uninstall_crash_hook(previous: ExceptHook) -> None:
    sys.excepthook = previous
