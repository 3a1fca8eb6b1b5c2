"""Ctrl+Z on a scanning screen means "undo the last scan", wherever the focus is.

A text field would otherwise take Ctrl+Z for itself (Qt lets a focused line edit
override the shortcut) and undo its own text: the quantity typed for the previous scan
came back and went to the next one. The fields where people write sentences (the
donation's notes) keep their own text undo.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QWidget

_UNDO = QKeySequence.StandardKey.Undo


class ScanUndoKeys(QObject):
    """Installs Ctrl+Z = ``undo`` on ``screen``: its shortcut, and a filter on every text field
    in it but ``keep_text_undo``."""

    def __init__(self, screen: QWidget, undo: Callable[[], None], keep_text_undo: Iterable[QWidget] = ()) -> None:
        super().__init__(screen)
        self._undo = undo
        shortcut = QShortcut(_UNDO, screen)  # focus on a button, a table, nowhere
        shortcut.activated.connect(undo)
        keep = set(keep_text_undo)
        for field in [*screen.findChildren(QLineEdit), *screen.findChildren(QAbstractSpinBox)]:
            if field not in keep:
                field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and isinstance(event, QKeyEvent) \
                and event.matches(_UNDO):
            event.accept()  # the override: the key comes here as a key press, the field's undo never runs
            if kind == QEvent.Type.KeyPress:
                self._undo()
            return True
        return False
