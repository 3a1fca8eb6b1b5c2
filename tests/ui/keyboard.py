"""The UI tests' shared helpers: keys as a person types them and as a scanner sends them.

Typing any text into a widget, as a keyboard with that layout would:

QTest.keyClicks only knows ASCII (Cyrillic or Polish letters abort in qasciikey.cpp),
so each character is sent as a key event that carries the text, like a real keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from warehouse_app.ui.base.scanner import GS


def type_text(widget: QWidget, text: str) -> None:
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


# --- keys through the window's QWindow, like a physical keyboard or a USB scanner -----------
# ``QTest.sendKeyEvent`` on ``windowHandle()`` goes QWindowSystemInterface -> QGuiApplication
# -> QWindow -> focus widget, exactly like a key from xcb or Windows, with real timestamps.

Key = Qt.Key
Mod = Qt.KeyboardModifier
GTIN = "5901234123457"
FAST_MS = 2  # between presses; scanners send a key every few ms
SLOW_MS = 90  # a person: well over the 50 ms gap


SHIFTED = set('!@#$%^&*()_+{}|:"<>?~')


def key_for(ch: str) -> Key:
    if ch == GS:
        return Key.Key_unknown
    upper = ch.upper()
    return Key(ord(upper if len(upper) == 1 else ch))


def press(window: QWidget, key: Key, mods: Mod = Mod.NoModifier, text: str = "", delay_ms: int = FAST_MS) -> None:
    """One key (with real Shift/Ctrl presses around it) through the QWindow, after
    ``delay_ms`` of running the event loop. The QWindow overloads of QTest ignore
    their own delay argument, so the wait is done here."""
    QTest.qWait(delay_ms)
    QTest.sendKeyEvent(QTest.KeyAction.Click, window.windowHandle(), key, text, mods)


def type_keys(window: QWidget, text: str, delay_ms: int = FAST_MS) -> None:
    """Capitals and shifted symbols come with a Shift press, as from a real keyboard."""
    for ch in text:
        mods = Mod.ShiftModifier if ch != ch.lower() or ch in SHIFTED else Mod.NoModifier
        press(window, key_for(ch), mods, ch, delay_ms)


def enter(window: QWidget, delay_ms: int = FAST_MS) -> None:
    press(window, Key.Key_Return, text="\r", delay_ms=delay_ms)


def show_active(qtbot: QtBot, window: QWidget) -> None:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
