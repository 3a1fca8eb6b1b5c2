"""A one-line message strip: what just happened, in one sentence, in colour.

Its place is kept while it is empty: a message appearing or going never moves the
fields and the big scan panel below it (a volunteer's eyes stay where they were).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton, QWidget

STYLES = {
    "info": "background:#e8f0fe; color:#1a3c6e; border:1px solid #9bb7e0;",
    "success": "background:#e6f4ea; color:#0d5223; border:1px solid #8cc9a0;",
    "warning": "background:#fff4e0; color:#6b4400; border:1px solid #e5b962;",
    "error": "background:#fdecea; color:#8a1c13; border:1px solid #e59a93;",
}


class MessageBar(QFrame):
    """Shows the latest message; errors stay until dismissed, others fade after a while."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.label.setFont(font)
        close = QToolButton(self)
        close.setText("\u2715")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.clear)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.kind = ""
        self._timer = QTimer(self, singleShot=True, timeout=self.clear)
        policy = self.sizePolicy()
        policy.setVerticalPolicy(QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)  # hidden, it still holds its line
        self.setSizePolicy(policy)
        self.label.setText("X")  # one line of text, framed: the height reserved (a long sentence may take two)
        self._paint("info")
        self.ensurePolished()
        self.setMinimumHeight(self.sizeHint().height())
        self.label.clear()
        self.hide()

    def show_message(self, text: str, kind: str = "info", timeout_ms: int | None = None) -> None:
        self.kind = kind
        self.label.setText(text)
        self._paint(kind)
        self.show()
        self._timer.stop()
        if timeout_ms is None:
            timeout_ms = 0 if kind == "error" else 8000
        if timeout_ms:
            self._timer.start(timeout_ms)

    def _paint(self, kind: str) -> None:
        self.setStyleSheet(f"#messageBar {{{STYLES[kind]} border-radius:4px;}} QLabel {{border:none;}}")

    def error(self, text: str) -> None:
        self.show_message(text, "error")

    def success(self, text: str) -> None:
        self.show_message(text, "success")

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def clear_error(self) -> None:
        """A scan went through: an older red sentence is no longer news."""
        if self.kind == "error":
            self.clear()

    def clear(self) -> None:
        self.kind = ""
        self.label.clear()
        self.hide()
