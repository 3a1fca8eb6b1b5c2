"""The category tree with stock totals per subtree, under an "All categories" root.

Built from a ``StockOverview`` (core.stock.overview: the rows already rolled up, in
tree order, and the whole warehouse's total). A refresh with the same tree only
changes numbers, so the view keeps what is expanded and selected; a changed tree
resets the model.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from warehouse_app.core.stock.overview import WHOLE_WAREHOUSE, StockOverview
from warehouse_app.core.stock.query import CategoryStock
from warehouse_app.ui.base.formats import show_qty
from warehouse_app.ui.screens.stock.highlight import Alert, background, foreground

Index = QModelIndex | QPersistentModelIndex
CATEGORY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ALL = WHOLE_WAREHOUSE  # the category id of the "All categories" root


@dataclass
class _Node:
    category_id: int
    name: str
    parent: int  # position of the parent in the node list, -1 for the root
    row: int
    stock: CategoryStock
    children: list[int] = field(default_factory=list)


def whole_kg(kg: Decimal) -> str:
    """Category totals in whole kilograms (tenths below 10 kg): grams do not matter at this level."""
    if not kg:
        return ""
    return show_qty(kg.quantize(Decimal("0.1") if kg < 10 else Decimal(1)))


class CategoryTreeModel(QAbstractItemModel):
    NAME, QUANTITY, WEIGHT, BELOW_MIN, EXPIRING_30, EXPIRING_90 = range(6)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._nodes: list[_Node] = []
        self._headers = [self.tr("Category"), self.tr("Qty"), self.tr("kg"),
                         self.tr("< min"), self.tr("≤30 d"), self.tr("≤90 d")]
        self._header_tips = [
            "", self.tr("Quantity: all units added together (pieces, kg, litres…)"),
            self.tr("Total weight in kilograms"),
            self.tr("Items whose stock is below their minimum"),
            self.tr("Units that expire within 30 days, already expired included"),
            self.tr("Units that expire within 90 days, already expired included"),
        ]

    def set_overview(self, overview: StockOverview) -> None:
        """Show new totals, each category under its own name in the UI language."""
        nodes = [_Node(ALL, self.tr("All categories"), -1, 0, overview.total)]
        position = {ALL: 0}
        for stock in overview.categories:
            parent = position.get(stock.parent_id if stock.parent_id is not None else ALL)
            if parent is None:  # an archived parent hides its subtree
                continue
            node = _Node(stock.category_id, overview.name(stock), parent,
                         len(nodes[parent].children), stock)
            position[stock.category_id] = len(nodes)
            nodes[parent].children.append(len(nodes))
            nodes.append(node)
        same_tree = [(n.category_id, n.parent) for n in nodes] == [(n.category_id, n.parent) for n in self._nodes]
        if same_tree:
            self._nodes = nodes
            self._changed(QModelIndex())
        else:
            self.beginResetModel()
            self._nodes = nodes
            self.endResetModel()

    def _changed(self, parent: QModelIndex) -> None:
        rows = self.rowCount(parent)
        if rows:
            self.dataChanged.emit(self.index(0, 0, parent), self.index(rows - 1, self.columnCount() - 1, parent))
            for row in range(rows):
                self._changed(self.index(row, 0, parent))

    def root_index(self) -> QModelIndex:
        return self.index(0, 0) if self._nodes else QModelIndex()

    def index_of(self, category_id: int) -> QModelIndex:
        for position, node in enumerate(self._nodes):
            if node.category_id == category_id:
                return self.createIndex(node.row, 0, position)
        return QModelIndex()

    # --- QAbstractItemModel ---

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        if column < 0 or column >= self.columnCount() or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if row == 0 and self._nodes else QModelIndex()
        children = self._nodes[parent.internalId()].children
        if row >= len(children) or parent.column() != 0:
            return QModelIndex()
        return self.createIndex(row, column, children[row])

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        parent = self._nodes[child.internalId()].parent
        if parent < 0:
            return QModelIndex()
        return self.createIndex(self._nodes[parent].row, 0, parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return 1 if self._nodes else 0
        if parent.column() != 0:
            return 0
        return len(self._nodes[parent.internalId()].children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,  # type: ignore[no-untyped-def]
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tips[section] or None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
        if not index.isValid():
            return None
        node = self._nodes[index.internalId()]
        s, column = node.stock, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return node.name
            if column == self.WEIGHT:
                return whole_kg(s.weight_kg)
            value = [None, s.quantity, None, s.below_minimum, s.expiring_30d, s.expiring_90d][column]
            return "" if not value else (str(value) if isinstance(value, int) else show_qty(value))
        if role == CATEGORY_ID_ROLE:
            return node.category_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and node.category_id == ALL:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole:
            return background(self._cell_alert(s, column))
        if role == Qt.ItemDataRole.ForegroundRole:
            return foreground(self._cell_alert(s, column))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        return None

    @staticmethod
    def _row_alert(s: CategoryStock) -> Alert | None:
        if s.expired:
            return Alert.EXPIRED
        if s.expiring_30d:
            return Alert.SOON
        if s.below_minimum:
            return Alert.LOW
        return None

    def _cell_alert(self, s: CategoryStock, column: int) -> Alert | None:
        if column == self.NAME:
            return self._row_alert(s)
        if column == self.BELOW_MIN and s.below_minimum:
            return Alert.LOW
        if column == self.EXPIRING_30 and s.expiring_30d:
            return Alert.EXPIRED if s.expired else Alert.SOON
        return None

    def _tooltip(self, node: _Node) -> str:
        s = node.stock
        lines = [self.tr("{name}: %n item(s) in stock, {kg} kg", "", s.items_in_stock).format(
            name=node.name, kg=show_qty(s.weight_kg))]
        if s.below_minimum:
            lines.append(self.tr("%n item(s) below their minimum stock", "", s.below_minimum))
        if s.expired:
            lines.append(self.tr("Already expired: {q}").format(q=show_qty(s.expired)))
        if s.expiring_30d:
            lines.append(self.tr("Expiring within 30 days (expired included): {q}").format(
                q=show_qty(s.expiring_30d)))
        return "\n".join(lines)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
