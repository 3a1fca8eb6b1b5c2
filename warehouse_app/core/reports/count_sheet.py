"""A stock-count sheet: what the ledger expects at a place (or of a category), for counting on paper.

The lines come from ``stocktake.expected_stock`` (one per lot per exact place), with
the code a counter can scan: the item's own barcode (an EAN as printed on the goods,
single units before cases) or, for goods without one, its internal code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from warehouse_app.core.catalogue.barcodes import display_gtin
from warehouse_app.core.catalogue.categories import CategoryInfo, resolve_category
from warehouse_app.core.shipping.packing_data import CategoryName
from warehouse_app.core.stock.locations import LocationInfo, resolve_location
from warehouse_app.core.stock.stocktake import ExpectedLine, expected_stock
from warehouse_app.db.models import Barcode, Item, Location
from warehouse_app.kernel.errors import BadInput


@dataclass(frozen=True)
class CountSheetLine:
    """One lot at one place as the ledger expects it, and the code a counter scans for it."""

    stock: ExpectedLine
    code: str  # a GTIN as printed, or the internal code; "" when the item has neither


@dataclass(frozen=True)
class CountSheet:
    location: str | None  # "Storage (LC000003)" when counting a place
    category: CategoryName | None
    printed_on: date
    lines: tuple[CountSheetLine, ...]


def _codes(session: Session, item_ids: set[int]) -> dict[int, str]:
    """One scannable code per item: its single-unit GTIN first, then a case GTIN, else its internal code."""
    codes: dict[int, str] = {}
    rows = session.execute(
        select(Barcode.item_id, Barcode.gtin, Barcode.pack_qty).where(Barcode.item_id.in_(item_ids))
        .order_by(Barcode.item_id, Barcode.pack_qty, Barcode.id))
    for item_id, gtin, _pack in rows:
        codes.setdefault(item_id, display_gtin(gtin))
    for item_id, internal in session.execute(select(Item.id, Item.internal_code).where(Item.id.in_(item_ids))):
        if internal:
            codes.setdefault(item_id, internal)
    return codes


def count_sheet(session: Session, *, location: str | None = None, category: str | None = None,
                today: date | None = None) -> CountSheet:
    """The lines to count at ``location`` (and below), of ``category`` (and its subcategories), or both."""
    if location is None and category is None:
        raise BadInput("Name a location or a category to count.")
    cat: CategoryInfo | None = resolve_category(session, category) if category is not None else None
    place: LocationInfo | None = resolve_location(session, location) if location is not None else None
    roots = [place.code] if place else list(session.scalars(
        select(Location.code).where(Location.parent_id.is_(None)).order_by(Location.path)))
    expected: list[ExpectedLine] = []
    for root in roots:
        expected += expected_stock(session, root, category_id=cat.id if cat else None)
    codes = _codes(session, {x.item_id for x in expected})
    return CountSheet(
        location=f"{place.name} ({place.code})" if place else None,
        category=CategoryName(cat.code, cat.path_pl, cat.path_en, cat.path_uk, cat.hs_code) if cat else None,
        printed_on=today or date.today(),
        lines=tuple(CountSheetLine(x, codes.get(x.item_id, "")) for x in expected),
    )
