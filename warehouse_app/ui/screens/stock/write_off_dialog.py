"""Write off goods of one item (expired, damaged…): managers only, and always with a reason.

The choices come from the item's lots already on screen, so the dialog opens
at once; the write itself is ``operations.stock.write_off``, one
transaction, and a refusal (not enough stock, no reason) changes nothing.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.core.stock.changes import StockChange
from warehouse_app.core.stock.detail import ItemDetail
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.formats import show_date, show_qty
from warehouse_app.ui.base.message_bar import MessageBar
from warehouse_app.ui.base.units import unit_label
from warehouse_app.ui.operations import stock as ops

REASONS = ("expired", "damaged", "other")  # stored in the ledger as these words, whatever the UI language


class WriteOffDialog(QDialog):
    written_off = Signal()

    def __init__(self, ctx: AppContext, detail: ItemDetail, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.detail = ctx, detail
        item = detail.item
        self.setObjectName("writeOffDialog")
        self.setWindowTitle(self.tr("Write off goods"))
        self.messages = MessageBar(self)
        title = QLabel(item.name, self)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        title.setWordWrap(True)

        self.quantity = QLineEdit(self)
        self.quantity.setObjectName("writeOffQuantity")
        self.quantity.setPlaceholderText(self.tr("How many {unit}").format(unit=unit_label(item.unit)))
        self.place = QComboBox(self)
        self.place.setObjectName("writeOffPlace")
        self.place.addItem(self.tr("Anywhere (first expiry first)"), None)
        places: dict[str, str] = {}
        for lot in detail.lots:
            places.setdefault(lot.location_code, lot.location)
        for code, name in places.items():
            here = sum(lot.quantity for lot in detail.lots if lot.location_code == code)
            self.place.addItem(f"{name} \u2014 {show_qty(here)} {unit_label(item.unit)}", code)
        self.lot = QComboBox(self)
        self.lot.setObjectName("writeOffLot")
        self.lot.addItem(self.tr("Any lot (first expiry first)"), None)
        seen: set[tuple[date | None, str]] = set()
        for lot in detail.lots:
            if (lot.expiry, lot.lot_code) in seen:
                continue
            seen.add((lot.expiry, lot.lot_code))
            when = show_date(lot.expiry) if lot.expiry else self.tr("no expiry date")
            label = self.tr("{date}, lot {code}").format(date=when, code=lot.lot_code) if lot.lot_code else when
            self.lot.addItem(label, (lot.expiry, lot.lot_code))
        self.reason = QComboBox(self)
        self.reason.setObjectName("writeOffReason")
        self.reason.setPlaceholderText(self.tr("Choose why\u2026"))
        for key, label in zip(REASONS, (self.tr("Expired"), self.tr("Damaged"), self.tr("Other (say what below)"))):
            self.reason.addItem(label, key)
        self.reason.setCurrentIndex(-1)
        self.details = QLineEdit(self)
        self.details.setObjectName("writeOffDetails")
        self.details.setPlaceholderText(self.tr("Details (required for Other)"))

        form = QFormLayout()
        form.addRow(self.tr("Quantity:"), self.quantity)
        form.addRow(self.tr("From:"), self.place)
        form.addRow(self.tr("Lot:"), self.lot)
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow("", self.details)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.ok = self.buttons.addButton(self.tr("Write off"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok.setObjectName("writeOffConfirm")
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        self.quantity.setFocus()

    def reason_text(self) -> str:
        """What the ledger keeps: the reason's keyword, with the details typed after it."""
        key = self.reason.currentData()
        details = " ".join(self.details.text().split())
        if key is None or key == "other":
            return details
        return f"{key}: {details}" if details else key

    def submit(self) -> None:
        if not self.ctx.is_manager:
            self.messages.error(self.tr("Only a manager can write off goods."))
            return
        lot = self.lot.currentData()
        expiry, lot_code = lot if lot else (None, None)
        self.ok.setEnabled(False)
        ops.write_off(self, self.ctx.actor, self.detail.item.id, self.quantity.text(), self.reason_text(),
                      place_code=self.place.currentData(), expiry=expiry, lot_code=lot_code).success(
            self._done).failure(self._failed).run(self.ctx.runner)

    def _failed(self, message: str) -> None:
        self.ok.setEnabled(True)
        self.messages.error(message)

    def _done(self, change: StockChange) -> None:
        self.ctx.messages.success(self.tr("Wrote off {qty} {unit} of {item}.").format(
            qty=show_qty(change.quantity), unit=unit_label(change.unit), item=change.item_name))
        self.written_off.emit()
        self.accept()
