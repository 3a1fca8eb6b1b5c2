"""The ledger table: newest first, a page of rows at a time.

A filter change reads the first page; the old rows stay until it answers (``Newest``
drops an overtaken answer). The view asks for more rows when it is scrolled to the end
(``canFetchMore``/``fetchMore``) or the screen's "Load more" is pressed; each page is
the rows older than the last one shown (keyset), so rows written meanwhile never shift
a page. A refresh after a stock change reads again as many rows as are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from warehouse_app.core.stock.history import LedgerFilter, LedgerPage, LedgerRow
from warehouse_app.ui.base.formats import place_name, show_date, show_qty
from warehouse_app.ui.base.lifetime import Newest
from warehouse_app.ui.base.tasks import TaskRunner
from warehouse_app.ui.base.units import unit_label
from warehouse_app.ui.operations import history as ops

Index = QModelIndex | QPersistentModelIndex
REVERSED_COLOUR = QColor("#8a8a8a")


def kind_label(kind: str) -> str:
    """A ledger row's kind in the user's language."""
    labels = {
        "receive": QCoreApplication.translate("LedgerModel", "receipt"),
        "move": QCoreApplication.translate("LedgerModel", "move"),
        "adjust": QCoreApplication.translate("LedgerModel", "adjustment"),
        "write_off": QCoreApplication.translate("LedgerModel", "write-off"),
        "dispatch": QCoreApplication.translate("LedgerModel", "dispatch"),
        "reversal": QCoreApplication.translate("LedgerModel", "reversal"),
    }
    return labels.get(kind, kind)


class LedgerModel(QAbstractTableModel):
    (NUMBER, TIME, KIND, ITEM, LOT, QUANTITY, SOURCE, TARGET, DONATION, TRUCK, OPERATOR, STATION, REASON,
     REVERSED) = range(14)

    loaded = Signal()  # after each page (and each first page), for the screen's counter and tests
    load_failed = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None, *, page_size: int = 200) -> None:
        super().__init__(parent)
        self.runner, self.page_size = runner, page_size
        self.filter = LedgerFilter()
        self.rows: list[LedgerRow] = []
        self.more = False
        self._fetching = False
        self._generation = 0
        self._newest = Newest()
        self._headers = [self.tr("No."), self.tr("Time"), self.tr("Kind"), self.tr("Item"), self.tr("Lot / expiry"),
                         self.tr("Quantity"), self.tr("From"), self.tr("To"), self.tr("Donation"), self.tr("Truck"),
                         self.tr("Operator"), self.tr("Station"), self.tr("Reason"), self.tr("Reversed")]

    # --- what the screen calls ---

    def set_filter(self, filters: LedgerFilter) -> None:
        self.filter = filters
        self._reload(self.page_size)

    def refresh(self) -> None:
        """The ledger changed: read again as many rows as are shown (at least a page)."""
        self._reload(max(self.page_size, len(self.rows)))

    def row_data(self, row: int) -> LedgerRow | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, movement_id: int) -> int | None:
        return next((n for n, r in enumerate(self.rows) if r.id == movement_id), None)

    # --- paging ---

    def _reload(self, size: int) -> None:
        self._generation += 1
        self._fetching = False
        gen = self._generation
        ops.page(self, self.filter, None, size).success(
            self._newest.refresh(lambda page: self._first_arrived(gen, page))).failure(self._failed).run(self.runner)

    def _first_arrived(self, gen: int, page: LedgerPage) -> None:
        if gen != self._generation:
            return
        self.beginResetModel()
        self.rows, self.more = list(page.rows), page.more
        self.endResetModel()
        self.loaded.emit()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008  (Qt's signature)
        return not parent.isValid() and self.more and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or not self.rows:
            return
        self._fetching = True
        gen = self._generation
        ops.page(self, self.filter, self.rows[-1].id, self.page_size).success(
            lambda page: self._more_arrived(gen, page)).failure(self._failed).run(self.runner)

    def _more_arrived(self, gen: int, page: LedgerPage) -> None:
        if gen != self._generation:
            return
        self._fetching = False
        if page.rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()
        self.more = page.more
        self.loaded.emit()

    def _failed(self, message: str) -> None:
        self._fetching = False
        self.load_failed.emit(message)

    # --- the table ---

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        r = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, column)
        if role == Qt.ItemDataRole.ToolTipRole:  # a narrow column's whole text
            return self._text(r, column) or None
        if role == Qt.ItemDataRole.ForegroundRole and r.reversed_by is not None:
            return REVERSED_COLOUR
        if role == Qt.ItemDataRole.FontRole and r.reversed_by is not None and column == self.QUANTITY:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.NUMBER, self.QUANTITY):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, r: LedgerRow, column: int) -> str:
        if column == self.NUMBER:
            return str(r.id)
        if column == self.TIME:
            moment = r.time.astimezone()
            return f"{show_date(moment.date())} {moment:%H:%M}"
        if column == self.KIND:
            return kind_label(r.kind) + (f" \u2190 {r.reverses}" if r.reverses is not None else "")
        if column == self.ITEM:
            return r.item
        if column == self.LOT:
            return " ".join(p for p in (show_date(r.expiry) if r.expiry else "", r.lot_code or "") if p)
        if column == self.QUANTITY:
            return f"{show_qty(r.quantity)} {unit_label(r.unit)}"
        texts = {self.SOURCE: place_name(r.from_location) if r.from_location else None,
                 self.TARGET: place_name(r.to_location) if r.to_location else None,
                 self.DONATION: " \u00b7 ".join(p for p in (r.donation, r.donor) if p),
                 self.TRUCK: r.truck, self.OPERATOR: r.operator, self.STATION: r.station, self.REASON: r.reason}
        if column == self.REVERSED:
            return self.tr("reversed by {number}").format(number=r.reversed_by) if r.reversed_by is not None else ""
        return texts.get(column) or ""
