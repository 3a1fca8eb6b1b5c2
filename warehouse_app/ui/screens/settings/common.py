"""Small pieces every settings page uses: grey notes, named buttons, the bottom row."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from warehouse_app.ui.base.message_bar import MessageBar


def note(text: str, parent: QWidget) -> QLabel:
    """A grey explanatory line under a group of fields."""
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color:#555;")
    return label


def button(parent: QWidget, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
    widget = QPushButton(text, parent)
    widget.setObjectName(name)
    widget.clicked.connect(slot)
    return widget


def message_and_buttons(page: QWidget, layout: QBoxLayout, *buttons: QPushButton) -> MessageBar:
    """The page's message bar, then its buttons at the bottom right."""
    messages = MessageBar(page)
    layout.addWidget(messages)
    row = QHBoxLayout()
    row.addStretch(1)
    for widget in buttons:
        row.addWidget(widget)
    layout.addLayout(row)
    return messages
