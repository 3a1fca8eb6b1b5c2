"""The stock table: a lazy model that knows its row count and loads pages as they are looked at.

A filter change asks the database for the count and the first page in one read;
the old rows stay on screen until the answer comes, then the model resets. Any
other page is fetched (through the task runner, never in the GUI thread) the
first time the view asks for one of its rows; until then the row shows "…".

Scrolling fast asks for many pages: only ``MAX_IN_FLIGHT`` run at once and the
most recently wanted go first, so the rows the user stopped at arrive next.
Only ``max_pages`` pages are kept (least recently used go). A refresh after a
stock change keeps the pages on screen, marks them stale and reloads each one
as it is looked at, so numbers update without a flash of placeholders.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from datetime import date
from functools import partial

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont

from warehouse_app.core.stock.browse import BrowseFilter, BrowseRow
from warehouse_app.ui.base.formats import show_date, show_qty
from warehouse_app.ui.base.tasks import TaskRunner
from warehouse_app.ui.base.units import unit_label
from warehouse_app.ui.operations import stock as ops
from warehouse_app.ui.screens.stock.highlight import Alert, background, expiry_alert, foreground

Index = QModelIndex | QPersistentModelIndex
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
PLACEHOLDER = "\u2026"
MAX_IN_FLIGHT = 2
MAX_WANTED = 6


class StockTableModel(QAbstractTableModel):
    NAME, CATEGORY, QUANTITY, UNIT, WEIGHT, MINIMUM, EXPIRY, EXPIRING = range(8)
    SORT_KEYS = {NAME: "name", CATEGORY: "category", QUANTITY: "quantity", EXPIRY: "expiry"}

    count_changed = Signal(int)  # after each count from the database
    page_loaded = Signal(int)  # page number, for tests and the busy hint
    load_failed = Signal(str)

    def __init__(self, runner: TaskRunner, lang: str = "en", parent: QObject | None = None,
                 *, page_size: int = 200, max_pages: int = 30) -> None:
        super().__init__(parent)
        self.runner, self.lang = runner, lang
        self.page_size, self.max_pages = page_size, max_pages
        self.filter = BrowseFilter()
        self._count = 0
        self._pages: OrderedDict[int, tuple[int, list[BrowseRow]]] = OrderedDict()  # page -> (data generation, rows)
        self._filter_gen = 0  # a new filter: pages of an older one are thrown away
        self._data_gen = 0  # a refresh: older pages may still be shown, but are reloaded
        self._wanted: list[int] = []  # pages asked for, most recent last
        self._in_flight: set[tuple[int, int, int]] = set()  # (filter gen, data gen, page)
        self._forgotten: set[int] = set()
        self._pump_timer = QTimer(self, singleShot=True, interval=0, timeout=self._pump)
        self._headers = [self.tr("Name"), self.tr("Category"), self.tr("Quantity"), self.tr("Unit"),
                         self.tr("kg"), self.tr("Min."), self.tr("Expires"), self.tr("≤30 d")]
        self._header_tips = [
            self.tr("Click to sort by name"), self.tr("Click to sort by category"),
            self.tr("Click to sort by quantity"), "", self.tr("Weight in kilograms"),
            self.tr("Minimum stock: below it the row is highlighted"),
            self.tr("Earliest expiry date in stock; click to sort"),
            self.tr("Units that expire within 30 days, already expired included"),
        ]

    # --- what the screen calls ---

    def set_filter(self, flt: BrowseFilter) -> None:
        """Show another selection: count it and load its first page, then reset the view."""
        self.filter = flt
        self._filter_gen += 1
        self._data_gen += 1
        self._wanted.clear()
        gen = self._filter_gen
        ops.first_page(self, flt, self.page_size, self.lang).success(
            lambda result: self._first_page_arrived(gen, result)).failure(self._failed).run(self.runner)

    def refresh(self) -> None:
        """Stock changed: recount, and reload every page when it is next looked at."""
        self._data_gen += 1
        gen, flt = self._filter_gen, self.filter
        ops.recount(self, flt).success(lambda n: self._recounted(gen, n)).failure(self._failed).run(self.runner)

    def loaded_pages(self) -> list[int]:
        return sorted(self._pages)

    def row_data(self, row: int) -> BrowseRow | None:
        """The row if its page is here (no fetch)."""
        entry = self._pages.get(row // self.page_size)
        if entry is None:
            return None
        rows = entry[1]
        offset = row % self.page_size
        return rows[offset] if offset < len(rows) else None

    def row_of_item(self, item_id: int) -> int | None:
        for page, (_, rows) in self._pages.items():
            for offset, row in enumerate(rows):
                if row.item_id == item_id:
                    return page * self.page_size + offset
        return None

    # --- answers from the database ---

    def _first_page_arrived(self, gen: int, result: tuple[int, list[BrowseRow]]) -> None:
        if gen != self._filter_gen:
            return  # the user has typed on since
        count, rows = result
        self.beginResetModel()
        self._count = count
        self._pages.clear()
        self._in_flight = {key for key in self._in_flight if key[0] == gen}
        self._pages[0] = (self._data_gen, rows)
        self.endResetModel()
        self.count_changed.emit(count)
        self.page_loaded.emit(0)

    def _recounted(self, gen: int, count: int) -> None:
        if gen != self._filter_gen:
            return
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self.endRemoveRows()
        self._all_changed()
        self.count_changed.emit(count)

    def _page_arrived(self, key: tuple[int, int, int], rows: list[BrowseRow]) -> None:
        self._in_flight.discard(key)
        filter_gen, data_gen, page = key
        if filter_gen == self._filter_gen:
            current = self._pages.get(page)
            if current is None or current[0] <= data_gen:
                self._pages[page] = (data_gen, rows)
                self._pages.move_to_end(page)
                self._evict()
                self._page_changed(page)
                self.page_loaded.emit(page)
        self._pump()

    def _failed(self, message: str) -> None:
        self._in_flight = {k for k in self._in_flight if k[0] == self._filter_gen}
        self.load_failed.emit(message)

    # --- fetching pages ---

    def _want(self, page: int) -> None:
        """Note that a page is needed; called from data(), so it only books work for later."""
        if self._wanted and self._wanted[-1] == page:
            return  # the common case: the view asking for the next cell of the same rows
        if page in self._wanted:
            self._wanted.remove(page)
        elif any(k[0] == self._filter_gen and k[1] == self._data_gen and k[2] == page for k in self._in_flight):
            return
        self._wanted.append(page)
        while len(self._wanted) > MAX_WANTED:  # scrolled past: forget it, but let a view that still shows it ask again
            self._forgotten.add(self._wanted.pop(0))
        if not self._pump_timer.isActive():
            self._pump_timer.start()  # never start work from inside a paint

    def _pump(self) -> None:
        """Start the most recently wanted pages, at most MAX_IN_FLIGHT at a time."""
        forgotten, self._forgotten = self._forgotten, set()
        for page in forgotten:
            self._page_changed(page)
        current = [k for k in self._in_flight if k[0] == self._filter_gen]
        while self._wanted and len(current) < MAX_IN_FLIGHT:
            page = self._wanted.pop()
            entry = self._pages.get(page)
            if entry is not None and entry[0] == self._data_gen:
                continue
            key = (self._filter_gen, self._data_gen, page)
            self._in_flight.add(key)
            current.append(key)
            ops.page(self, self.filter, page, self.page_size, self.lang).success(
                partial(self._page_arrived, key)).failure(self._failed).run(self.runner)

    def _evict(self) -> None:
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)

    def _page_changed(self, page: int) -> None:
        first = page * self.page_size
        last = min(first + self.page_size, self._count) - 1
        if first <= last:
            self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

    def _all_changed(self) -> None:
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, self.columnCount() - 1))

    # --- QAbstractTableModel ---

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # type: ignore[no-untyped-def]
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._header_tips[section] or None
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        descending = order == Qt.SortOrder.DescendingOrder
        if key and (key, descending) != (self.filter.sort, self.filter.descending):
            self.set_filter(replace(self.filter, sort=key, descending=descending))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        page = index.row() // self.page_size
        entry = self._pages.get(page)
        if entry is None or entry[0] != self._data_gen:
            self._want(page)
        if entry is None:
            if role == Qt.ItemDataRole.DisplayRole and index.column() == self.NAME:
                return PLACEHOLDER
            return None
        self._pages.move_to_end(page)
        rows = entry[1]
        offset = index.row() % self.page_size
        if offset >= len(rows):  # the table shrank since this page was read; a reload is on its way
            return PLACEHOLDER if role == Qt.ItemDataRole.DisplayRole and index.column() == self.NAME else None
        return self._role(rows[offset], index.column(), role)

    def _role(self, row: BrowseRow, column: int, role: int):  # type: ignore[no-untyped-def]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == ITEM_ID_ROLE:
            return row.item_id
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.QUANTITY, self.WEIGHT, self.MINIMUM,
                                                                     self.EXPIRING):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole:
            return background(self._alert(row, column))
        if role == Qt.ItemDataRole.ForegroundRole:
            return foreground(self._alert(row, column))
        if role == Qt.ItemDataRole.FontRole and row.below_minimum and column in (self.QUANTITY, self.MINIMUM):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        return None

    def _text(self, row: BrowseRow, column: int) -> str:
        if column == self.NAME:
            return row.name
        if column == self.CATEGORY:
            return row.category
        if column == self.QUANTITY:
            return show_qty(row.quantity)
        if column == self.UNIT:
            return unit_label(row.unit)
        if column == self.WEIGHT:
            if row.weight_kg is None:
                return self.tr("? no unit weight")
            return show_qty(row.weight_kg) if row.weight_kg else ""
        if column == self.MINIMUM:
            return show_qty(row.min_stock) if row.min_stock else ""
        if column == self.EXPIRY:
            return show_date(row.earliest_expiry) if row.earliest_expiry else ""
        return show_qty(row.expiring_soon) if row.expiring_soon else ""

    def _alert(self, row: BrowseRow, column: int, today: date | None = None) -> Alert | None:
        if column in (self.EXPIRY, self.EXPIRING):
            alert = expiry_alert(row.earliest_expiry, today)
            if alert:
                return alert
        return Alert.LOW if row.below_minimum else None

    def _tooltip(self, row: BrowseRow) -> str:
        lines = [f"{row.name} \u2014 {row.category_path}"]
        if row.below_minimum and row.min_stock is not None:
            lines.append(self.tr("Below the minimum stock of {min} {unit}").format(
                min=show_qty(row.min_stock), unit=unit_label(row.unit)))
        alert = expiry_alert(row.earliest_expiry)
        if alert == Alert.EXPIRED:
            lines.append(self.tr("Some of it expired on {date}").format(date=show_date(row.earliest_expiry)))
        elif alert == Alert.SOON:
            lines.append(self.tr("Some of it expires on {date}").format(date=show_date(row.earliest_expiry)))
        return "\n".join(lines)
