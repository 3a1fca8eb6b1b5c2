"""The size the app's main windows open at: 1280×800 where the screen has room, else the
screen's free area (a 1366×768 laptop with a task bar): the status bar (operator, station,
database, DEMO) must never open below the bottom of the screen."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

WIDTH, HEIGHT = 1280, 800
TITLE_BAR = 32  # the window manager's frame above the window, not in availableGeometry's count


def open_size(window: QWidget) -> None:
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        window.resize(WIDTH, HEIGHT)
        return
    free = screen.availableGeometry()
    window.resize(min(WIDTH, free.width()), min(HEIGHT, free.height() - TITLE_BAR))
