"""The rows of the catalogue table: one page of search results, never the whole catalogue."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from warehouse_app.core.catalogue.items import ItemInfo
from warehouse_app.core.catalogue.search import ItemPage
from warehouse_app.ui.base.formats import show_qty
from warehouse_app.ui.base.units import unit_label
from warehouse_app.ui.widgets.barcode_list import display_code

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter
NAME, CATEGORY, UNIT, WEIGHT, EXPIRY, MIN_STOCK, BARCODES, ARCHIVED = range(8)


class ItemsTableModel(QAbstractTableModel):
    """At most one page of items (see core.catalogue_search); the screen says how many match in all."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.page = ItemPage((), 0)

    def set_page(self, page: ItemPage) -> None:
        self.beginResetModel()
        self.page = page
        self.endResetModel()

    def item_at(self, row: int) -> ItemInfo | None:
        return self.page.items[row] if 0 <= row < len(self.page.items) else None

    def row_of(self, item_id: int) -> int:
        return next((r for r, item in enumerate(self.page.items) if item.id == item_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.page.items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (self.tr("Name"), self.tr("Category"), self.tr("Unit"), self.tr("Unit weight"),
                  self.tr("Expiry"), self.tr("Min. stock"), self.tr("Barcodes"), self.tr("Archived"))
        return titles[section] if 0 <= section < len(titles) else None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (WEIGHT, MIN_STOCK, BARCODES):
                return int(_RIGHT)
            if column in (EXPIRY, ARCHIVED):
                return int(_CENTER)
            return None
        if role == Qt.ItemDataRole.ForegroundRole and item.archived:
            return QBrush(QColor("#888888"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    def _text(self, item: ItemInfo, column: int) -> str:
        if column == NAME:
            return item.name
        if column == CATEGORY:
            return item.category_path.replace("/", " \u203a ")
        if column == UNIT:
            return unit_label(item.unit)
        if column == WEIGHT:
            return self.tr("{kg} kg").format(kg=show_qty(item.unit_weight_kg)) if item.unit_weight_kg is not None else ""
        if column == EXPIRY:
            return "\u2713" if item.tracks_expiry else ""
        if column == MIN_STOCK:
            return show_qty(item.min_stock) if item.min_stock is not None else ""
        if column == BARCODES:
            return str(len(item.barcodes)) if item.barcodes else ""
        if column == ARCHIVED:
            return self.tr("archived") if item.archived else ""
        return ""

    def _tooltip(self, item: ItemInfo, column: int) -> str | None:
        if column == BARCODES and item.barcodes:
            return "\n".join(
                self.tr("{code} (\u00d7{pack})").format(code=display_code(b.gtin), pack=show_qty(b.pack_qty))
                if b.pack_qty != 1 else display_code(b.gtin) for b in item.barcodes)
        if column == EXPIRY:
            return self.tr("Asks for an expiry date at intake") if item.tracks_expiry else self.tr("No expiry date")
        if column == CATEGORY:
            return item.category_path.replace("/", " \u203a ")
        if column == NAME and item.internal_code:
            return self.tr("Label code {code}").format(code=item.internal_code)
        return None
