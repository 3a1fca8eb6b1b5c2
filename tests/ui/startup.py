"""Shared by the start-up tests: act on a modal start-up window while its exec() runs.

The start-up dialogs are real and modal (``exec``), so a test cannot drive them after
opening them: it arranges beforehand what to do once one is on screen and has the
keyboard. The action records what it saw; the test asserts after ``launch.main`` returned,
so a failed expectation never leaves a modal dialog waiting forever.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

W = TypeVar("W", bound=QWidget)
POLL_MS = 20


def has_keyboard(window: QWidget, timeout_ms: int = 3000) -> bool:
    """Wait until ``window`` is the focus window (and the scan hub has attached to it)."""
    window.activateWindow()
    waited = 0
    while QApplication.focusWindow() is not window.windowHandle() and waited < timeout_ms:
        QTest.qWait(POLL_MS)
        waited += POLL_MS
    QTest.qWait(30)  # the hub attaches from the event loop after the focus moved
    return QApplication.focusWindow() is window.windowHandle()


def when_shown(kind: type[W], act: Callable[[W], None], timeout_ms: int = 20_000) -> list[W]:
    """Call ``act`` on the first visible window of ``kind`` once it has the keyboard; the
    list returned holds that window afterwards. Looking stops then, or after ``timeout_ms``."""
    seen: list[W] = []
    left = [timeout_ms // POLL_MS]

    def look() -> None:
        window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()), None)
        if window is not None:
            seen.append(window)
            has_keyboard(window)
            act(window)
            return
        left[0] -= 1
        if left[0] > 0:
            QTimer.singleShot(POLL_MS, look)

    QTimer.singleShot(POLL_MS, look)
    return seen


def wait_until(condition: Callable[[], bool], timeout_ms: int = 5000) -> bool:
    waited = 0
    while not condition() and waited < timeout_ms:
        QTest.qWait(POLL_MS)
        waited += POLL_MS
    return condition()
