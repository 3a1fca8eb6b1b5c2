"""The lines of the donation being scanned: one per item and lot, scans added up.

A scan changes one line, and the model changes just that row (``apply_line``): a
donation of 500 lines costs a scan what a donation of one does, and the view keeps its
scroll position and selection. The whole list is replaced only for another donation.

The cells are a ``QStandardItemModel``'s, held in C++: a repaint of the rows in sight asks
each cell for half a dozen roles, and a ``data()`` written in Python cost one call into the
interpreter each (~600 a repaint, most of a scan's feedback time). Python sets a cell's
text once, when its line changes; the view reads them without any.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from warehouse_app.core.intake.donations import DonationLine, line_order
from warehouse_app.ui.base.formats import show_date, show_qty
from warehouse_app.ui.base.units import unit_label

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_HIGHLIGHT_ROLES = [Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole]
_TEXT: tuple[Callable[[DonationLine], str], ...] = (  # per column
    lambda line: line.item_name,
    lambda line: show_qty(line.quantity),
    lambda line: unit_label(line.unit),
    lambda line: show_date(line.expiry) if isinstance(line.expiry, date) else "",
    lambda line: line.lot_code,
)


class DonationLinesModel(QStandardItemModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, len(_TEXT), parent)
        self.lines: list[DonationLine] = []  # the rows' lines, in ``line_order``
        self.highlight_item: int | None = None
        self.headers = [self.tr("Item"), self.tr("Quantity"), self.tr("Unit"), self.tr("Expiry"), self.tr("Lot")]
        self.setHorizontalHeaderLabels(self.headers)
        self._highlight = QBrush(QColor("#d8f0de"))
        self._bold = QFont()
        self._bold.setBold(True)

    def set_lines(self, lines: list[DonationLine], highlight_item: int | None = None) -> None:
        """Another donation (or the same one read again): every row replaced, one reset."""
        self.beginResetModel()
        blocked = self.blockSignals(True)  # the rows' own signals: the reset says it all
        try:
            self.setRowCount(0)
            self.lines = list(lines)
            self.highlight_item = highlight_item
            for row, line in enumerate(self.lines):
                self.insertRow(row, self._cells(line))
        finally:
            self.blockSignals(blocked)
        self.endResetModel()

    def apply_line(self, line: DonationLine, highlight_item: int | None = None) -> int | None:
        """One line as it now is (quantity 0: gone): update, insert or remove its one row,
        in the order ``donation_lines`` gives, and move the highlight. Returns its row (None: removed)."""
        key = line_order(line)
        row = bisect_left(self.lines, key, key=line_order)
        found = row < len(self.lines) and line_order(self.lines[row]) == key
        last_column = self.columnCount() - 1
        before, self.highlight_item = self.highlight_item, highlight_item
        at: int | None = row
        if found and not line.quantity:
            del self.lines[row]
            self.removeRow(row)
            at = None
        elif found:
            self.lines[row] = line
            self._quietly(lambda: self._fill(row, line))
            self.dataChanged.emit(self.index(row, 0), self.index(row, last_column))  # one signal for the row
        elif line.quantity:
            self.lines.insert(row, line)
            self.insertRow(row, self._cells(line))
        else:
            at = None
        if before != highlight_item:  # repaint the rows that gain or lose the highlight (one item's each)
            for item in (before, highlight_item):
                if item is None:
                    continue
                first = bisect_left(self.lines, (item,), key=line_order)
                end = bisect_left(self.lines, (item + 1,), key=line_order)
                rows = [r for r in range(first, end) if r != at]
                if rows:
                    self._quietly(lambda rows=rows: self._fill_rows(rows))
                    self.dataChanged.emit(self.index(rows[0], 0), self.index(rows[-1], last_column),
                                          _HIGHLIGHT_ROLES)
        return at

    def row_of_item(self, item_id: int) -> int | None:
        row = bisect_left(self.lines, (item_id,), key=line_order)
        return row if row < len(self.lines) and self.lines[row].item_id == item_id else None

    # --- the cells ---

    def _cells(self, line: DonationLine) -> list[QStandardItem]:
        cells = []
        for column, text in enumerate(_TEXT):
            cell = QStandardItem(text(line))
            cell.setEditable(False)
            if column == 1:
                cell.setData(_RIGHT, Qt.ItemDataRole.TextAlignmentRole)
            self._style(cell, line)
            cells.append(cell)
        return cells

    def _fill(self, row: int, line: DonationLine) -> None:
        for column, text in enumerate(_TEXT):
            cell = self.item(row, column)
            cell.setText(text(line))
            self._style(cell, line)

    def _fill_rows(self, rows: list[int]) -> None:
        for row in rows:
            self._fill(row, self.lines[row])

    def _style(self, cell: QStandardItem, line: DonationLine) -> None:
        on = line.item_id == self.highlight_item
        cell.setData(self._highlight if on else None, Qt.ItemDataRole.BackgroundRole)
        cell.setData(self._bold if on else None, Qt.ItemDataRole.FontRole)

    def _quietly(self, change: Callable[[], object]) -> None:
        """Cells changed without a signal each: the caller sends one for the rows."""
        blocked = self.blockSignals(True)
        try:
            change()
        finally:
            self.blockSignals(blocked)

