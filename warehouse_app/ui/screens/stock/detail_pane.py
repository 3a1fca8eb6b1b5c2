"""The selected item in full: category, barcodes, minimum, and every lot with its place and expiry.

The pane loads by item id, independent of the table's pages, so it stays right
while the table reloads, and a scan can show an item the table is not showing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.core.stock.detail import ItemDetail
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.formats import place_name, show_date, show_qty
from warehouse_app.ui.base.units import unit_label
from warehouse_app.ui.operations import stock as ops
from warehouse_app.ui.screens.stock.highlight import background, expiry_alert, foreground


def shown_gtin(gtin: str) -> str:
    """GTIN-14 as printed on the pack: EAN-13 codes without their padding zero."""
    return gtin[1:] if len(gtin) == 14 and gtin.startswith("0") else gtin


class ItemDetailPane(QWidget):
    write_off_requested = Signal()
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("stockDetail")
        self.detail: ItemDetail | None = None
        self.item_id: int | None = None
        self._request = 0

        self.title = QLabel(self.tr("Select an item to see its lots and places."), self)
        self.title.setObjectName("detailTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.write_off_button = QPushButton(self.tr("Write off\u2026"), self)
        self.write_off_button.setObjectName("writeOffButton")
        self.write_off_button.clicked.connect(self.write_off_requested)
        self.write_off_button.setEnabled(False)
        if not ctx.is_manager:
            self.write_off_button.setToolTip(self.tr("Only a manager can write off goods."))

        self.facts: dict[str, QLabel] = {}
        facts = QGridLayout()
        facts.setHorizontalSpacing(8)
        for row, (key, label) in enumerate([
            ("category", self.tr("Category")), ("total", self.tr("In stock")), ("minimum", self.tr("Minimum")),
            ("weight", self.tr("Unit weight")), ("codes", self.tr("Barcodes")), ("label", self.tr("Label code")),
        ]):
            name = QLabel(label + ":", self)
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            value = QLabel("", self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addWidget(name, row, 0)
            facts.addWidget(value, row, 1)
            self.facts[key] = value
        facts.setColumnStretch(1, 1)

        self.lots = QTableWidget(0, 4, self)
        self.lots.setObjectName("lotsTable")
        self.lots.setHorizontalHeaderLabels([self.tr("Expiry"), self.tr("Lot"), self.tr("Place"), self.tr("Quantity")])
        self.lots.verticalHeader().hide()
        self.lots.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lots.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.lots.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.write_off_button, 0, Qt.AlignmentFlag.AlignTop)
        left = QVBoxLayout()
        left.addLayout(head)
        left.addLayout(facts)
        left.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(left, 2)
        layout.addWidget(self.lots, 3)

    def show_item(self, item_id: int | None) -> None:
        self.item_id = item_id
        self.reload()

    def reload(self) -> None:
        self._request += 1
        request, item_id, lang = self._request, self.item_id, self.ctx.lang
        if item_id is None:
            self._show(None)
            return
        ops.item_lots(self, item_id, lang).success(
            lambda detail: self._show(detail) if request == self._request else None).run(self.ctx.runner)

    def _show(self, detail: ItemDetail | None) -> None:
        self.detail = detail
        self.write_off_button.setEnabled(self.ctx.is_manager and detail is not None and bool(detail.lots))
        self.lots.setRowCount(0)
        if detail is None:
            self.title.setText(self.tr("Select an item to see its lots and places."))
            for label in self.facts.values():
                label.clear()
            self.loaded.emit()
            return
        item, unit = detail.item, unit_label(detail.item.unit)
        total = sum((lot.quantity for lot in detail.lots), start=0)
        self.title.setText(item.name)
        self.facts["category"].setText(item.category_path.replace("/", " \u203a "))
        self.facts["total"].setText(f"{show_qty(total)} {unit}" if total else self.tr("nothing in stock"))
        self.facts["minimum"].setText(f"{show_qty(item.min_stock)} {unit}" if item.min_stock else "\u2014")
        self.facts["weight"].setText(
            self.tr("{kg} kg").format(kg=show_qty(item.unit_weight_kg)) if item.unit_weight_kg else "\u2014")
        codes = [shown_gtin(b.gtin) + (f" (\u00d7{show_qty(b.pack_qty)})" if b.pack_qty != 1 else "")
                 for b in item.barcodes]
        self.facts["codes"].setText(", ".join(codes) or self.tr("none (use the label code)"))
        self.facts["label"].setText(item.internal_code or "\u2014")
        self.lots.setRowCount(len(detail.lots))
        for row, lot in enumerate(detail.lots):
            alert = expiry_alert(lot.expiry)
            cells = [show_date(lot.expiry) if lot.expiry else "\u2014", lot.lot_code,
                     place_name(lot.location), f"{show_qty(lot.quantity)} {unit}"]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 3:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if alert:
                    cell.setBackground(background(alert))
                    cell.setForeground(foreground(alert))
                self.lots.setItem(row, column, cell)
        self.loaded.emit()
