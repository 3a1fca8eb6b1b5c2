"""An unknown barcode at intake: name the goods in a quick dialog, then receive them.

The new item and the first receipt are one unit of work. An item that tracks expiry
and came without a date is saved first and the date asked for next, so the form
never has to be filled twice.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from warehouse_app.core.catalogue.barcodes import display_gtin
from warehouse_app.core.catalogue.categories import CategoryInfo, list_categories
from warehouse_app.core.catalogue.items import add_item
from warehouse_app.kernel.errors import ExpiryNeeded
from warehouse_app.ui.screens.intake.state import after_scan, receive_into_current
from warehouse_app.ui.widgets.item_dialog import ItemDialog

if TYPE_CHECKING:
    from warehouse_app.ui.screens.intake.screen import IntakeScreen


def offer_new_item(screen: IntakeScreen, code: str, qty: str, gtin: str) -> bool:
    """Open the new-item form for ``code`` once the category tree has arrived."""
    screen.ctx.runner.read(lambda s: list_categories(s, include_archived=False),
                           lambda categories: _ask(screen, code, qty, gtin, categories))
    return True


def _ask(screen: IntakeScreen, code: str, qty: str, gtin: str, categories: list[CategoryInfo]) -> None:
    ctx = screen.ctx
    actor, separators = ctx.actor, ctx.settings.gs1_separators
    shown_code = display_gtin(gtin)
    dialog = ItemDialog(ctx, categories, barcode=shown_code, parent=screen)
    donation_id = screen.header.donation.id if screen.header.donation else None

    def make_work():  # type: ignore[no-untyped-def]
        values = dialog.values()

        def work(s: Session) -> tuple[str, Any]:
            add_item(s, **values)
            try:
                result = receive_into_current(s, actor, code, donation_id=donation_id, qty=qty or None,
                                              separators=separators)
            except ExpiryNeeded as needed:  # raised before anything of the receipt was written
                return "needs_expiry", needed
            return "received", after_scan(s, result)

        return work

    dialog.save_on_ok(make_work)
    if not dialog.exec():
        screen._show_refusal(screen.tr("The new item was not added, so nothing was received."), code)
        return
    ctx.catalogue_changed.emit()
    outcome, value = dialog.result_value
    if outcome == "received":
        screen._received(value)
    else:
        screen._ask_expiry(code, qty, value)
