"""Typing any text into a widget, as a keyboard with that layout would.

QTest.keyClicks only knows ASCII (Cyrillic or Polish letters abort in qasciikey.cpp),
so each character is sent as a key event that carries the text, like a real keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))
