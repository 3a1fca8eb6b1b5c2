"""The barcodes of one item while it is being edited: add by typing or scanning, remove.

Nothing is written here; the item dialog compares the list with what the item had
and saves the difference in the same unit of work as the other fields.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.core.catalogue import barcodes
from warehouse_app.core.quantities import parse_quantity
from warehouse_app.kernel.errors import BadInput
from warehouse_app.ui.base.formats import show_qty
from warehouse_app.ui.base.texts import error_text

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def display_code(gtin: str) -> str:
    """A stored GTIN-14 as printed on the goods: EAN-13 for 0590…, UPC-12, EAN-8."""
    if len(gtin) == 14 and gtin.startswith("000000"):
        return gtin[6:]
    if len(gtin) == 14 and gtin.startswith("00"):
        return gtin[2:]
    if len(gtin) == 14 and gtin.startswith("0"):
        return gtin[1:]
    return gtin


class BarcodeListEditor(QWidget):
    """A short table of (barcode, units per scan) with a field to add one and a remove button."""

    changed = Signal()
    problem = Signal(str)  # one sentence: a code that cannot be added

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("barcodeTable")
        self.table.setHorizontalHeaderLabels([self.tr("Barcode"), self.tr("Units per scan")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setMinimumHeight(90)
        self.table.installEventFilter(self)
        layout.addWidget(self.table, 1)

        self.code_field = QLineEdit(self)
        self.code_field.setObjectName("barcodeField")
        self.code_field.setPlaceholderText(self.tr("Type or scan a barcode, then Enter"))
        self.code_field.installEventFilter(self)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self._add_typed)
        add_row = QHBoxLayout()
        add_row.addWidget(self.code_field, 1)
        add_row.addWidget(self.add_button)
        layout.addLayout(add_row)

        self.pack_field = QLineEdit("1", self)
        self.pack_field.setObjectName("packField")
        self.pack_field.setMaximumWidth(60)
        self.pack_field.setToolTip(self.tr("How many units one scan of this barcode means (a case of 12: 12)"))
        self.pack_field.installEventFilter(self)
        pack_label = QLabel(self.tr("Units per scan:"), self)
        pack_label.setBuddy(self.pack_field)
        self.remove_button = QPushButton(self.tr("Remove selected"), self)
        self.remove_button.setObjectName("removeBarcode")
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(self.tr("Remove the selected barcode (Delete)"))
        self.remove_button.clicked.connect(self.remove_selected)
        pack_row = QHBoxLayout()
        pack_row.addWidget(pack_label)
        pack_row.addWidget(self.pack_field)
        pack_row.addStretch(1)
        pack_row.addWidget(self.remove_button)
        layout.addLayout(pack_row)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def set_codes(self, codes: list[tuple[str, Decimal]]) -> None:
        self.table.setRowCount(0)
        for gtin, pack in codes:
            self._append(gtin, pack)
        self._update_buttons()

    def codes(self) -> list[tuple[str, Decimal]]:
        """(GTIN-14, units per scan) in the order shown."""
        return [(self.table.item(r, 0).data(Qt.ItemDataRole.UserRole), self.table.item(r, 1).data(Qt.ItemDataRole.UserRole))
                for r in range(self.table.rowCount())]

    def add_code(self, code: str, pack: str | Decimal = "1") -> bool:
        """Add a typed or scanned code (EAN/UPC/GTIN or GS1-128); False and ``problem`` if it cannot be."""
        try:
            scan = barcodes.interpret(code.strip())
            quantity = parse_quantity(pack, "pcs")
        except BadInput as exc:
            self.problem.emit(error_text(exc))
            return False
        if scan.gtin is None:
            self.problem.emit(self.tr("{code} is a warehouse label, not a product barcode.").format(code=code.strip()))
            return False
        for row, (gtin, _) in enumerate(self.codes()):
            if gtin == scan.gtin:
                self.table.selectRow(row)
                self.problem.emit(self.tr("The barcode {code} is already in the list.").format(
                    code=display_code(gtin)))
                return False
        self._append(scan.gtin, quantity)
        self.table.selectRow(self.table.rowCount() - 1)
        self.changed.emit()
        return True

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.changed.emit()
        self._update_buttons()

    def _append(self, gtin: str, pack: Decimal) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        code_cell = QTableWidgetItem(display_code(gtin))
        code_cell.setData(Qt.ItemDataRole.UserRole, gtin)
        pack_cell = QTableWidgetItem(show_qty(pack))
        pack_cell.setData(Qt.ItemDataRole.UserRole, pack)
        pack_cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, 0, code_cell)
        self.table.setItem(row, 1, pack_cell)
        self._update_buttons()

    def _add_typed(self) -> None:
        if self.add_code(self.code_field.text(), self.pack_field.text()):
            self.code_field.clear()
            self.pack_field.setText("1")
            self.code_field.setFocus()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectedIndexes()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the code or pack field adds the code (and does not close the dialog);
        Delete in the table removes the selected code."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched in (self.code_field, self.pack_field) and event.key() in _ENTER and self.code_field.text().strip():
                self._add_typed()
                return True
            if watched is self.table and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_selected()
                return True
        return super().eventFilter(watched, event)
