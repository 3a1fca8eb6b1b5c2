"""Who is working? Chosen at start-up and stamped on every movement."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.core.access.operators import OperatorInfo


class OperatorDialog(QDialog):
    """Pick your name from the list, or type a new one (new people start as staff)."""

    def __init__(self, operators: list[OperatorInfo], station: str, last_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is working?"))
        self.chosen_name = ""
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Station {station}. Choose your name, or type it if you are new:").format(station=station))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget(self)
        self.list.setObjectName("operatorList")
        roles = {"manager": self.tr("manager"), "loader": self.tr("loader"), "staff": self.tr("staff")}
        for op in operators:
            entry = QListWidgetItem(f"{op.name}  \u2014  {roles.get(op.role, op.role)}")
            entry.setData(Qt.ItemDataRole.UserRole, op.name)
            self.list.addItem(entry)
            if op.name == last_name:
                self.list.setCurrentItem(entry)
        font = self.list.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.list.setFont(font)
        layout.addWidget(self.list, 1)
        self.new_name = QLineEdit(self)
        self.new_name.setObjectName("newOperator")
        self.new_name.setPlaceholderText(self.tr("New here? Type your first and last name"))
        layout.addWidget(self.new_name)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start working"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.currentItemChanged.connect(lambda *_: self._update())
        self.new_name.textChanged.connect(lambda _t: self._update())
        self._update()
        self.resize(440, 420)
        (self.new_name if not operators else self.list).setFocus()

    def _name(self) -> str:
        typed = " ".join(self.new_name.text().split())
        if typed:
            return typed
        current = self.list.currentItem()
        return str(current.data(Qt.ItemDataRole.UserRole)) if current else ""

    def _update(self) -> None:
        if self.new_name.text().strip():
            self.list.clearSelection()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self._name()))

    def accept(self) -> None:
        self.chosen_name = self._name()
        if self.chosen_name:
            super().accept()
