"""The stock sheet's data: every item, lot and place with stock, streamed from the database.

A warehouse holds tens of thousands of stock levels; the export reads them in batches
(``yield_per``: a server-side cursor on PostgreSQL) and hands each row on as it comes,
so memory stays flat however big the stock is. ``StockSheetData.rows`` is therefore an
iterator that must be consumed inside the session it was made in, exactly once.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from warehouse_app.core.catalogue.barcodes import display_gtin
from warehouse_app.core.catalogue.categories import list_categories
from warehouse_app.core.stock.locations import default_place_name
from warehouse_app.core.stock.query import CategoryStock, stock_by_category
from warehouse_app.db.models import Barcode, Category, Item, ItemTotal, Location, Lot, StockLevel
from warehouse_app.db.types import raw_qty

BATCH = 2_000
EXPIRED, WITHIN_30, WITHIN_90 = "expired", "30", "90"


@dataclass(frozen=True)
class StockRow:
    """One item, lot and place with stock, and what a manager should notice about it."""

    category: str  # the category path in the sheet's language
    item_id: int
    item: str
    barcode: str  # as printed on the goods (EAN-13 when it is one); "" when none
    lot_code: str
    expiry: date | None
    location: str
    quantity: Decimal
    unit: str
    weight_kg: Decimal | None  # None when the item has no unit weight (never a silent 0)
    below_minimum: bool  # the item's whole stock is under its minimum
    expiry_flag: str  # EXPIRED, WITHIN_30, WITHIN_90 or ""


@dataclass(frozen=True)
class StockSheetData:
    """Everything the stock sheet shows; ``rows`` streams (see the module docstring)."""

    today: date
    lang: str
    warehouse: str
    operator: str
    row_count: int
    rows: Iterator[StockRow]
    summary: tuple[CategoryStock, ...]


def _expiry_flag(expiry: date | None, today: date) -> str:
    if expiry is None:
        return ""
    if expiry < today:
        return EXPIRED
    if expiry <= today + timedelta(days=30):
        return WITHIN_30
    if expiry <= today + timedelta(days=90):
        return WITHIN_90
    return ""


def _kg(raw_quantity: int, raw_unit_weight: int | None) -> Decimal | None:
    """Thousandths times thousandths: millionths of a kg, shown to the gram; None without a unit weight."""
    if raw_unit_weight is None:
        return None
    if not raw_unit_weight:
        return Decimal("0.000")
    return Decimal(raw_quantity * raw_unit_weight).scaleb(-6).quantize(Decimal("0.001"))


def _query() -> Select[*tuple[Any, ...]]:  # (twelve columns: more than SQLAlchemy types one by one)
    first_barcode = (
        select(Barcode.item_id, func.min(Barcode.gtin).label("gtin")).group_by(Barcode.item_id).subquery()
    )
    return (
        select(
            Item.category_id, Item.id, Item.name, first_barcode.c.gtin, Lot.lot_code, Lot.expiry, Location.name,
            raw_qty(StockLevel.quantity).label("qty"), Item.unit, raw_qty(Item.unit_weight_kg).label("weight"),
            raw_qty(Item.min_stock).label("minimum"), raw_qty(ItemTotal.quantity).label("total"),
        )
        .select_from(StockLevel)
        .join(Item, Item.id == StockLevel.item_id)
        .join(Category, Category.id == Item.category_id)
        .join(Lot, Lot.id == StockLevel.lot_id)
        .join(Location, Location.id == StockLevel.location_id)
        .outerjoin(ItemTotal, ItemTotal.item_id == Item.id)
        .outerjoin(first_barcode, first_barcode.c.item_id == Item.id)
        .where(StockLevel.quantity > 0)
        .order_by(Category.code, func.lower(Item.name), Item.id, Lot.expiry, Lot.lot_code, Location.path)
    )


def stock_rows(session: Session, *, today: date | None = None, lang: str = "en") -> Iterator[StockRow]:
    """Every stock level above zero, in category, item and expiry order, read in batches."""
    day = today or date.today()
    paths = {c.id: c.path(lang) for c in list_categories(session)}
    result = session.execute(_query().execution_options(yield_per=BATCH))
    for cat_id, item_id, name, gtin, lot_code, expiry, place, qty, unit, weight, minimum, total in result:
        yield StockRow(
            category=paths.get(cat_id, ""), item_id=item_id, item=name, barcode=display_gtin(gtin) if gtin else "",
            lot_code=lot_code or "", expiry=expiry, location=default_place_name(place, lang), quantity=Decimal(qty).scaleb(-3), unit=unit,
            weight_kg=_kg(qty, weight), below_minimum=minimum is not None and (total or 0) < minimum,
            expiry_flag=_expiry_flag(expiry, day),
        )


def count_stock_rows(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(StockLevel).where(StockLevel.quantity > 0)) or 0)


def stock_sheet_data(
    session: Session, *, today: date | None = None, lang: str = "en", warehouse: str = "", operator: str = "",
) -> StockSheetData:
    """The stock sheet's content: the category summary now, the rows as a stream."""
    day = today or date.today()
    return StockSheetData(
        today=day, lang=lang, warehouse=warehouse, operator=operator, row_count=count_stock_rows(session),
        rows=stock_rows(session, today=day, lang=lang),
        summary=tuple(stock_by_category(session, lang=lang, today=day, include_empty=False)),
    )
