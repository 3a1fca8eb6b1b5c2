"""The lines of the donation being scanned: one per item and lot, scans added up."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from warehouse_app.core.intake.donations import DonationLine
from warehouse_app.ui.base.formats import show_date, show_qty
from warehouse_app.ui.base.units import unit_label

Index = QModelIndex | QPersistentModelIndex


class DonationLinesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[DonationLine] = []
        self.highlight_item: int | None = None
        self.headers = [self.tr("Item"), self.tr("Quantity"), self.tr("Unit"), self.tr("Expiry"), self.tr("Lot")]

    def set_lines(self, lines: list[DonationLine], highlight_item: int | None = None) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.highlight_item = highlight_item
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (line.item_name, show_qty(line.quantity), unit_label(line.unit),
                    show_date(line.expiry) if line.expiry else "", line.lot_code)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if line.item_id == self.highlight_item:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor("#d8f0de"))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def row_of_item(self, item_id: int) -> int | None:
        return next((i for i, line in enumerate(self.lines) if line.item_id == item_id), None)
