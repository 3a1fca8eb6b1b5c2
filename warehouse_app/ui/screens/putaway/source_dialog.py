"""Which place to take the goods from, when they lie in several and none is Receiving.
The first row holds what expires first, so Enter keeps first-expiry-first-out; a scan
while it is open is held by the scan hub and put away after the answer."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from warehouse_app.core.intake.putaway import SourcePlace
from warehouse_app.ui.base.formats import place_name, show_date, show_qty
from warehouse_app.ui.widgets.choice_dialog import ChoiceDialog


class SourceDialog(ChoiceDialog):
    def __init__(self, item: str, places: tuple[SourcePlace, ...], parent: QWidget | None = None) -> None:
        rows = [self.tr("{place} ({code}) \u00b7 {qty} \u00b7 first expiry {expiry}").format(
            place=place_name(p.place.name), code=p.place.code, qty=show_qty(p.quantity),
            expiry=show_date(p.earliest_expiry) if p.earliest_expiry else self.tr("no expiry date")) for p in places]
        super().__init__(self.tr("Take it from where?"),
                         self.tr("{item} lies in several places. The first holds what expires first.").format(item=item),
                         rows, parent, name="sourceDialog", list_name="sourceChoices")
        self.places = places

    def chosen(self) -> SourcePlace:
        return self.places[self.chosen_row()]
