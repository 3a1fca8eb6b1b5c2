"""Answers from the database that arrive after their widget is gone are dropped.

A read or write started by a dialog or a tab may finish after the user closed
it (or, in tests, after the widget was destroyed). The task runner then calls
back into a deleted C++ object; wrapping the callback keeps that harmless.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject


def while_alive(owner: QObject, callback: Callable[..., Any]) -> Callable[..., None]:
    """``callback`` that does nothing once ``owner`` has been deleted."""

    def guarded(*args: Any) -> None:
        if shiboken6.isValid(owner):
            callback(*args)

    return guarded
