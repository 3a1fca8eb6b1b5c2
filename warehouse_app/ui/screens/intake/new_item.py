"""An unknown barcode at intake: name the goods in a quick dialog, then receive them.

The new item and the first receipt are one unit of work
(``core.intake.scanning.add_item_and_receive``). An item that tracks expiry and came
without a date is saved first and the date asked for next, so the form never has to be
filled twice. Whoever asks gets one typed answer: the outcome, or None when the form
was cancelled and nothing was added.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from warehouse_app.core.catalogue.barcodes import display_gtin
from warehouse_app.core.catalogue.categories import CategoryInfo
from warehouse_app.core.intake.scanning import NewItemNeedsExpiry, NewItemOutcome, NewItemReceived
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.operations.intake import add_item_and_receive, new_item_categories
from warehouse_app.ui.widgets.item_dialog import ItemDialog


@dataclass(frozen=True)
class UnknownScan:
    """A scan no item carries yet, with what the volunteer typed before it."""

    code: str  # as scanned (GS1 data included)
    gtin: str  # the barcode itself, shown in the form
    qty: str  # the quantity typed before the scan ("" for one)
    donation_id: int | None  # the donation on screen when it was scanned


def offer_new_item(parent: QWidget, ctx: AppContext, scan: UnknownScan,
                   answer: Callable[[NewItemOutcome | None], None]) -> None:
    """Open the new-item form for ``scan`` once the category tree has arrived; ``answer``
    gets the outcome of the one unit of work, or None if the form was cancelled."""
    new_item_categories(parent).success(lambda categories: _ask(parent, ctx, scan, categories, answer)) \
        .run(ctx.runner)


def _ask(parent: QWidget, ctx: AppContext, scan: UnknownScan, categories: list[CategoryInfo],
         answer: Callable[[NewItemOutcome | None], None]) -> None:
    actor, separators = ctx.actor, ctx.settings.gs1_separators
    dialog = ItemDialog(ctx, categories, barcode=display_gtin(scan.gtin), parent=parent)

    # The item dialog runs this operation on Save (and shows a refusal inline, staying open);
    # its change notice tells the other screens about the new item and the stock it brought.
    dialog.save_on_ok(lambda: add_item_and_receive(
        dialog, actor, scan.code, dialog.values(), donation_id=scan.donation_id, qty=scan.qty or None,
        separators=separators))
    # Window-modal, answered by signal: whatever the form leads to next (the expiry date) is
    # asked for the moment it closes, before the scan hub hands on a scan held meanwhile.
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda result: _answered(bool(result), dialog.result_value, answer))
    dialog.open()


def _answered(accepted: bool, outcome: object, answer: Callable[[NewItemOutcome | None], None]) -> None:
    if accepted and isinstance(outcome, NewItemReceived | NewItemNeedsExpiry):
        answer(outcome)
    else:
        answer(None)
