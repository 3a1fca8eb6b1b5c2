"""An edited item saved whole: its fields and its barcode changes in one unit of work."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from sqlalchemy.orm import Session

from warehouse_app.core.catalogue.items import ItemChanges, ItemInfo, attach_barcode, detach_barcode, edit_item
from warehouse_app.core.quantities import parse_weight
from warehouse_app.kernel.errors import BadInput


def restates_stock(before: ItemInfo, fields: Mapping[str, object]) -> bool:
    """True when saving ``fields`` moves the item's stock to other category totals or changes
    what it weighs (its unit, its unit weight): the stock figures read differently after it."""
    if fields.get("category", before.category_code) != before.category_code:
        return True
    if fields.get("unit", before.unit) != before.unit:
        return True
    weight = fields.get("unit_weight_kg", before.unit_weight_kg)
    if weight is None or weight == "":
        return before.unit_weight_kg is not None
    if not isinstance(weight, str | int | Decimal):
        return False  # the edit will be refused: nothing changes
    try:
        return parse_weight(weight) != before.unit_weight_kg
    except BadInput:
        return False


def edit_item_and_barcodes(session: Session, item_id: int, fields: ItemChanges,
                           attach: Sequence[tuple[str, Decimal]] = (), detach: Sequence[str] = ()) -> ItemInfo:
    """Change the fields, then take the ``detach`` codes off and put the ``attach`` codes
    (with their units per scan) on; a refusal anywhere leaves the item as it was."""
    info = edit_item(session, item_id, **fields)
    for gtin in detach:
        info = detach_barcode(session, item_id, gtin)
    for gtin, pack in attach:
        info = attach_barcode(session, item_id, gtin, pack)
    return info
