"""Answers that arrive out of order never take a view back in time.

(Answers that arrive after their widget is gone are dropped by the task runner itself:
see ``Op`` in ui/base/tasks.py.)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


class Newest:
    """Keep a view from going back in time.

    Reads run in parallel, so a plain refresh asked for before a scan may answer after
    the scan's own answer and would show the state from before the scan. Every request
    takes a ticket; an answer to a refresh is dropped once a newer answer has been
    shown. Answers to the user's own actions are always shown (they carry feedback).
    """

    def __init__(self) -> None:
        self._issued = 0
        self._shown = 0

    def refresh(self, callback: Callable[..., Any]) -> Callable[..., None]:
        return self._ticketed(callback, passive=True)

    def action(self, callback: Callable[..., Any]) -> Callable[..., None]:
        return self._ticketed(callback, passive=False)

    def _ticketed(self, callback: Callable[..., Any], *, passive: bool) -> Callable[..., None]:
        self._issued += 1
        ticket = self._issued

        def answer(*args: Any) -> None:
            if passive and ticket < self._shown:
                return
            self._shown = max(self._shown, ticket)
            callback(*args)

        return answer
