"""The lines of a stocktake: what the system expects per lot and place, and what was counted.

A line nobody counted stays blank and changes nothing; only lines with a count
that differs from the expected quantity are recorded.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from warehouse_app.core.quantities import parse_count, parse_date
from warehouse_app.core.stock.stocktake import CountedLine, ExpectedLine, ScannedGoods
from warehouse_app.kernel.errors import WarehouseError
from warehouse_app.ui.base.formats import place_name, show_date, show_qty
from warehouse_app.ui.base.texts import error_text
from warehouse_app.ui.base.units import unit_label
from warehouse_app.ui.screens.stock.highlight import Alert, background, expiry_alert, foreground

Index = QModelIndex | QPersistentModelIndex


@dataclass
class CountLine:
    """One ExpectedLine (core.stock.stocktake) being counted: the line as the ledger has it, and the count."""

    lot: ExpectedLine
    counted: Decimal | None = None
    extra: bool = False  # found, but not expected here

    @property
    def difference(self) -> Decimal | None:
        return None if self.counted is None else self.counted - self.lot.expected


class CountModel(QAbstractTableModel):
    ITEM, EXPIRY, LOT, PLACE, EXPECTED, COUNTED, DIFFERENCE = range(7)

    rejected = Signal(str)  # a typed value that is not a count or a date, in one sentence
    counts_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[CountLine] = []
        self._headers = [self.tr("Item"), self.tr("Expiry"), self.tr("Lot"), self.tr("Place"),
                         self.tr("Expected"), self.tr("Counted"), self.tr("Difference")]

    def set_expected(self, expected: list[ExpectedLine]) -> None:
        self.beginResetModel()
        self.lines = [CountLine(line) for line in expected]
        self.endResetModel()
        self.counts_changed.emit()

    def add_scan(self, goods: ScannedGoods, place_code: str, place_name: str) -> int:
        """Count one scan; returns its row. Goods not expected here get a line of their own."""
        mine = [n for n, line in enumerate(self.lines) if line.lot.item_id == goods.item_id
                and (goods.expiry is None or line.lot.expiry == goods.expiry)
                and (not goods.lot_code or line.lot.lot_code == goods.lot_code)]
        open_lines = [n for n in mine if (self.lines[n].counted or 0) < self.lines[n].lot.expected]
        if open_lines or mine:
            row = (open_lines or mine)[0]
        else:
            row = len(self.lines)
            self.beginInsertRows(QModelIndex(), row, row)
            found = ExpectedLine(goods.item_id, goods.item_name, goods.unit, goods.tracks_expiry, goods.expiry,
                                 goods.lot_code, place_code, place_name, Decimal(0))
            self.lines.append(CountLine(found, extra=True))
            self.endInsertRows()
        line = self.lines[row]
        line.counted = (line.counted or Decimal(0)) + goods.units
        self._row_changed(row)
        return row

    def changed_lines(self) -> list[CountedLine]:
        return [CountedLine(line.lot.item_id, line.lot.location_code, line.counted, line.lot.expiry, line.lot.lot_code)
                for line in self.lines if line.counted is not None and line.counted != line.lot.expected]

    def counted_count(self) -> int:
        return sum(1 for line in self.lines if line.counted is not None)

    def _row_changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.counts_changed.emit()

    # --- QAbstractTableModel ---

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # type: ignore[no-untyped-def]
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        line = self.lines[index.row()]
        if index.column() == self.COUNTED or (index.column() == self.EXPIRY and line.extra):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        line, column = self.lines[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(line, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.EXPECTED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        alert = self._alert(line, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return background(alert)
        if role == Qt.ItemDataRole.ForegroundRole:
            return foreground(alert)
        if role == Qt.ItemDataRole.ToolTipRole:
            if line.extra:
                return self.tr("Found here, but not expected here")
            if column == self.COUNTED:
                return self.tr("Type what you counted; leave blank if you did not count it")
        return None

    def _text(self, line: CountLine, column: int, editing: bool) -> str:
        if column == self.ITEM:
            return line.lot.item_name + ("" if editing or not line.extra else " \u2605")
        if column == self.EXPIRY:
            if editing:
                return line.lot.expiry.isoformat() if line.lot.expiry else ""
            return show_date(line.lot.expiry) if line.lot.expiry else "\u2014"
        if column == self.LOT:
            return line.lot.lot_code
        if column == self.PLACE:
            return place_name(line.lot.location_name)
        if column == self.EXPECTED:
            return f"{show_qty(line.lot.expected)} {unit_label(line.lot.unit)}"
        if column == self.COUNTED:
            return "" if line.counted is None else show_qty(line.counted)
        diff = line.difference
        if not diff:
            return "" if diff is None else "0"
        return ("+" if diff > 0 else "") + show_qty(diff)

    def _alert(self, line: CountLine, column: int) -> Alert | None:
        if column == self.EXPIRY:
            return expiry_alert(line.lot.expiry)
        if column == self.DIFFERENCE and line.difference:
            return Alert.EXPIRED if line.difference < 0 else Alert.SOON
        return None

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        line, text = self.lines[index.row()], str(value or "").strip()
        try:
            if index.column() == self.COUNTED:
                line.counted = parse_count(text, line.lot.unit) if text else None
            elif index.column() == self.EXPIRY and line.extra:
                line.lot = replace(line.lot, expiry=parse_date(text) if text else None)
            else:
                return False
        except WarehouseError as exc:
            self.rejected.emit(error_text(exc))
            return False
        self._row_changed(index.row())
        return True
