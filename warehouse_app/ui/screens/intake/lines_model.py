"""The lines of the donation being scanned: one per item and lot, scans added up.

A scan changes one line, and the model changes just that row (``apply_line``): a
donation of 500 lines costs a scan what a donation of one does, and the view keeps its
scroll position and selection. The whole list is replaced only for another donation.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from warehouse_app.core.intake.donations import DonationLine, line_order
from warehouse_app.ui.base.formats import show_date, show_qty
from warehouse_app.ui.base.units import unit_label

Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_TEXT: tuple[Callable[[DonationLine], str], ...] = (  # per column
    lambda line: line.item_name,
    lambda line: show_qty(line.quantity),
    lambda line: unit_label(line.unit),
    lambda line: show_date(line.expiry) if isinstance(line.expiry, date) else "",
    lambda line: line.lot_code,
)


class DonationLinesModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[DonationLine] = []
        self.highlight_item: int | None = None
        self.headers = [self.tr("Item"), self.tr("Quantity"), self.tr("Unit"), self.tr("Expiry"), self.tr("Lot")]
        self._highlight = QBrush(QColor("#d8f0de"))
        self._bold = QFont()
        self._bold.setBold(True)

    def set_lines(self, lines: list[DonationLine], highlight_item: int | None = None) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.highlight_item = highlight_item
        self.endResetModel()

    def apply_line(self, line: DonationLine, highlight_item: int | None = None) -> int | None:
        """One line as it now is (quantity 0: gone): update, insert or remove its one row,
        in the order ``donation_lines`` gives, and move the highlight. Returns its row (None: removed)."""
        key = line_order(line)
        row = bisect_left(self.lines, key, key=line_order)
        found = row < len(self.lines) and line_order(self.lines[row]) == key
        last_column = self.columnCount() - 1
        at: int | None = row
        if found and not line.quantity:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.lines[row]
            self.endRemoveRows()
            at = None
        elif found:
            self.lines[row] = line
        elif line.quantity:
            self.beginInsertRows(QModelIndex(), row, row)
            self.lines.insert(row, line)
            self.endInsertRows()
        else:
            at = None
        before, self.highlight_item = self.highlight_item, highlight_item
        if found and at is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, last_column))
        if before != highlight_item:  # repaint the rows that gain or lose the highlight (one item's each)
            for item in (before, highlight_item):
                if item is None:
                    continue
                first = bisect_left(self.lines, (item,), key=line_order)
                end = bisect_left(self.lines, (item + 1,), key=line_order)
                rows = [r for r in range(first, end) if r != at]
                if rows:
                    self.dataChanged.emit(self.index(rows[0], 0), self.index(rows[-1], last_column),
                                          [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole])
        return at

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Asked for every role of every cell in sight at each repaint: one cell's text only.
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return _TEXT[index.column()](line)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return _RIGHT
        if line.item_id == self.highlight_item:
            if role == Qt.ItemDataRole.BackgroundRole:
                return self._highlight
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
        return None

    def row_of_item(self, item_id: int) -> int | None:
        return next((i for i, line in enumerate(self.lines) if line.item_id == item_id), None)
