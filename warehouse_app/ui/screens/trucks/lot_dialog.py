"""Which lot goes on the truck, when the loader asked to choose (Load tab: "Ask which lot").

Window-modal and answered by signal, like the other questions at the truck: a scan while
it is open is held by the scan hub (it never picks a lot) and is loaded after the answer.
The first row is the one first-expiry-first-out would take, so Enter keeps the rule.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from warehouse_app.core.shipping.shelf_life import LotOnHand
from warehouse_app.ui.base.formats import show_date, show_qty
from warehouse_app.ui.widgets.choice_dialog import ChoiceDialog


class LotDialog(ChoiceDialog):
    def __init__(self, item: str, lots: tuple[LotOnHand, ...], parent: QWidget | None = None) -> None:
        rows = [self.tr("{expiry} \u00b7 lot {lot} \u00b7 {qty} on the shelves").format(
            expiry=show_date(lot.expiry) if lot.expiry else self.tr("no expiry date"), lot=lot.lot_code or "\u2014",
            qty=show_qty(lot.quantity)) for lot in lots]
        super().__init__(self.tr("Which lot?"),
                         self.tr("{item}: several lots may go on this truck. The first expires first.").format(item=item),
                         rows, parent, name="lotDialog", list_name="lotChoices")
        self.lots = lots
        self.resize(480, 300)

    def chosen(self) -> LotOnHand:
        return self.lots[self.chosen_row()]
