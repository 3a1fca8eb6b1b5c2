"""A question with a list of answers, the first one the rule's own (first expiry first out):
which lot goes on the truck, which place goods are taken from.

Window-modal and answered by signal: a scan while it is open is held by the scan hub (it
never picks a row) and goes on after the answer. Enter keeps the first row.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget


class ChoiceDialog(QDialog):
    def __init__(self, title: str, intro: str, rows: Sequence[str], parent: QWidget | None = None, *,
                 name: str, list_name: str) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        label = QLabel(intro, self)
        label.setWordWrap(True)
        self.choices = QListWidget(self)
        self.choices.setObjectName(list_name)
        for text in rows:
            QListWidgetItem(text, self.choices)
        self.choices.setCurrentRow(0)
        self.choices.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.choices)
        layout.addWidget(buttons)
        self.resize(520, 300)

    def chosen_row(self) -> int:
        return max(self.choices.currentRow(), 0)
