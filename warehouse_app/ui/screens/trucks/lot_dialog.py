"""Which lot goes on the truck, when the loader asked to choose (Load tab: "Ask which lot").

Window-modal and answered by signal, like the other questions at the truck: a scan while
it is open is held by the scan hub (it never picks a lot) and is loaded after the answer.
The first row is the one first-expiry-first-out would take, so Enter keeps the rule.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from warehouse_app.core.shipping.shelf_life import LotOnHand
from warehouse_app.ui.base.formats import show_date, show_qty


class LotDialog(QDialog):
    def __init__(self, item: str, lots: tuple[LotOnHand, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lotDialog")
        self.setWindowTitle(self.tr("Which lot?"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.lots = lots
        intro = QLabel(self.tr("{item}: several lots may go on this truck. The first expires first.")
                       .format(item=item), self)
        intro.setWordWrap(True)
        self.choices = QListWidget(self)
        self.choices.setObjectName("lotChoices")
        for lot in lots:
            expiry = show_date(lot.expiry) if lot.expiry else self.tr("no expiry date")
            text = self.tr("{expiry} \u00b7 lot {lot} \u00b7 {qty} on the shelves").format(
                expiry=expiry, lot=lot.lot_code or "\u2014", qty=show_qty(lot.quantity))
            QListWidgetItem(text, self.choices)
        self.choices.setCurrentRow(0)
        self.choices.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.choices)
        layout.addWidget(buttons)
        self.resize(480, 300)

    def chosen(self) -> LotOnHand:
        return self.lots[max(self.choices.currentRow(), 0)]
