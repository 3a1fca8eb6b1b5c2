"""Small read-only tables of the Trucks screen (trucks, the load, totals, boxes).

Each table is a list of rows already turned into text in the GUI thread from the
services' dataclasses; the few rows a truck has never need lazy loading. Numbers are
right-aligned; a row may be highlighted (the package just scanned) or emphasised
(a totals row); each row keeps a key (truck number, label code) for selection.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from warehouse_app.ui.base.formats import show_qty

Index = QModelIndex | QPersistentModelIndex
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def kg(value: Decimal | None) -> str:
    """A weight as people read it: 12,5 or 12.5 (the user's locale), never 12.500 (empty when unknown)."""
    if value is None:
        return ""
    return show_qty(value.quantize(Decimal("0.001")))


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    key: str = ""
    bold: bool = False
    colour: str | None = None  # background, e.g. for a warning row


class RowsModel(QAbstractTableModel):
    def __init__(self, headers: list[str], numeric: set[int], parent: Any = None) -> None:
        super().__init__(parent)
        self.headers, self.numeric = headers, numeric
        self.rows: list[Row] = []
        self.highlight = ""

    def set_rows(self, rows: list[Row], highlight: str = "") -> None:
        self.beginResetModel()
        self.rows, self.highlight = rows, highlight
        self.endResetModel()

    def row_of(self, key: str) -> int | None:
        return next((i for i, row in enumerate(self.rows) if key and row.key.upper() == key.upper()), None)

    def text(self, row: int, column: int) -> str:
        return self.rows[row].cells[column]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.cells[index.column()]
        if role == KEY_ROLE:
            return row.key
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        lit = bool(self.highlight) and row.key.upper() == self.highlight.upper()
        if role == Qt.ItemDataRole.BackgroundRole and (lit or row.colour):
            return QBrush(QColor(row.colour or "#d8f0de"))  # a row's own colour (a status) stays; bold marks it
        if role == Qt.ItemDataRole.FontRole and (lit or row.bold):
            font = QFont()
            font.setBold(True)
            return font
        return None
