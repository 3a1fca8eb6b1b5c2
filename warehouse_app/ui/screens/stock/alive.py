"""Answers from the database may arrive after the widget that asked has gone (a closed dialog,
a screen torn down at exit or between tests); they are then dropped instead of touching a
deleted Qt object."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6

F = TypeVar("F", bound=Callable[..., Any])


def when_alive(method: F) -> F:
    @functools.wraps(method)
    def guarded(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if shiboken6.isValid(self):
            return method(self, *args, **kwargs)
        return None

    return guarded  # type: ignore[return-value]
