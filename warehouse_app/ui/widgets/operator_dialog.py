"""Who is working? Chosen at start-up and stamped on every movement.

A badge scan logs that person in; any other scan is goods, which this dialog never
takes as a name: the scan hub keeps it, and the intake screen receives it once someone
is working. The first start on a computer also asks what this station is called."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.core.access.badges import badge_code, parse_badge
from warehouse_app.core.access.operators import OperatorInfo


class OperatorDialog(QDialog):
    """Scan your badge, pick your name from the list, or type a new one (new people start as staff)."""

    def __init__(self, operators: list[OperatorInfo], station: str, last_name: str = "",
                 parent: QWidget | None = None, *, ask_station: bool = False, problem: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Who is working?"))
        self.chosen_name = ""
        self.chosen_badge = ""
        self.chosen_station = station
        layout = QVBoxLayout(self)
        self.station_name: QLineEdit | None = None
        if ask_station:
            first = QLabel(self.tr("This computer starts the warehouse app for the first time. Give this station "
                                   "a name people will recognise (e.g. Intake 1, Loading dock):"), self)
            first.setWordWrap(True)
            layout.addWidget(first)
            self.station_name = QLineEdit(station, self)
            self.station_name.setObjectName("stationName")
            self.station_name.setMaxLength(64)
            form = QFormLayout()
            form.addRow(self.tr("Station name:"), self.station_name)
            layout.addLayout(form)
            intro_text = self.tr("Scan your badge, choose your name, or type it if you are new:")
        else:
            intro_text = self.tr("Station {station}. Scan your badge, choose your name, or type it if you are new:") \
                .format(station=station)
        intro = QLabel(intro_text, self)
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
        self.message = QLabel(problem, self)
        self.message.setObjectName("operatorMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color:#a40000; font-weight:bold;")
        self.message.setVisible(bool(problem))
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start working"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.currentItemChanged.connect(lambda *_: self._update())
        self.new_name.textChanged.connect(lambda _t: self._update())
        if self.station_name is not None:
            self.station_name.textChanged.connect(lambda _t: self._update())
        self._update()
        self.resize(460, 480 if ask_station else 420)
        (self.new_name if not operators else self.list).setFocus()

    def _name(self) -> str:
        typed = " ".join(self.new_name.text().split())
        if typed:
            return typed
        current = self.list.currentItem()
        return str(current.data(Qt.ItemDataRole.UserRole)) if current else ""

    def _station(self) -> str:
        return " ".join(self.station_name.text().split()) if self.station_name is not None else self.chosen_station

    def _update(self) -> None:
        if self.new_name.text().strip():
            self.list.clearSelection()
        ok = bool(self._name()) and bool(self._station())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def take_scan(self, code: str) -> bool:
        """The scan hub's question: a badge logs its person in; anything else is goods,
        held (False) for the intake screen, never typed in as a name."""
        number = parse_badge(code)
        if number is None:
            self.show_message(self.tr("{code} is a goods barcode, not a badge: it is kept and will be received "
                                      "once someone is working.").format(code=code.strip()))
            return False
        if not self._station():
            self.show_message(self.tr("Type this station's name first, then scan your badge again."))
            return True
        self.chosen_badge, self.chosen_name, self.chosen_station = badge_code(number), "", self._station()
        super().accept()
        return True

    def accept(self) -> None:
        self.chosen_name = self._name()
        self.chosen_badge = ""
        if self.chosen_name and self._station():
            self.chosen_station = self._station()
            super().accept()
