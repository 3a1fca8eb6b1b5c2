"""What is in stock: per item, per lot and place, and rolled up by category subtree."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal_column, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import SQLCoreOperations

from warehouse_app.core.catalogue.categories import category_subtree_ids, list_categories, resolve_category
from warehouse_app.core.stock.locations import resolve_location
from warehouse_app.core.text_search import holds
from warehouse_app.db.models import CategoryExpiryTotal, Item, ItemTotal, Location, Lot, StockLevel
from warehouse_app.db.types import qty_from_raw, raw_qty


@dataclass(frozen=True)
class ItemStock:
    item_id: int
    name: str
    category_code: str
    category: str
    quantity: Decimal
    unit: str
    weight_kg: Decimal
    min_stock: Decimal | None
    below_minimum: bool
    earliest_expiry: date | None
    expiring_soon: Decimal  # within the window asked for (30 days by default), expired included


@dataclass(frozen=True)
class CategoryStock:
    category_id: int
    parent_id: int | None
    code: str
    category: str
    depth: int
    hs_code: str | None
    quantity: Decimal
    weight_kg: Decimal
    items_in_stock: int
    below_minimum: int
    expired: Decimal
    expiring_30d: Decimal
    expiring_90d: Decimal


@dataclass(frozen=True)
class LotStock:
    expiry: date | None
    lot_code: str
    location_code: str
    location: str
    quantity: Decimal


def _weight_raw() -> ColumnElement[int]:
    """Quantity x unit weight, both in thousandths: the product is in millionths of a kg."""
    return raw_qty(StockLevel.quantity) * func.coalesce(raw_qty(Item.unit_weight_kg), 0)


def _kg(millionths: int | None) -> Decimal:
    return (Decimal(int(millionths or 0)) / Decimal(1_000_000)).quantize(Decimal("0.001"))


def _in_stock_where(location: str | None, session: Session) -> list[ColumnElement[bool]]:
    conditions = [StockLevel.quantity > 0]
    if location:
        path = resolve_location(session, location).path
        conditions.append(StockLevel.location_id.in_(select(Location.id).where(Location.path.startswith(path))))
    return conditions


def stock_by_item(
    session: Session,
    *,
    category: str | None = None,
    location: str | None = None,
    search: str | None = None,
    lang: str = "en",
    today: date | None = None,
    expiring_days: int = 30,
    limit: int | None = None,
    offset: int = 0,
) -> list[ItemStock]:
    """One row per item that has stock (under the category and place given)."""
    soon = (today or date.today()) + timedelta(days=expiring_days)
    cats = {c.id: c for c in list_categories(session)}
    query = (
        select(
            Item.id, Item.name, Item.category_id, Item.unit, Item.min_stock,
            func.sum(raw_qty(StockLevel.quantity)), func.sum(_weight_raw()), func.min(Lot.expiry),
            func.sum(case((Lot.expiry <= soon, raw_qty(StockLevel.quantity)), else_=0)),
        )
        .join(StockLevel, StockLevel.item_id == Item.id)
        .join(Lot, Lot.id == StockLevel.lot_id)
        .where(*_in_stock_where(location, session))
        .group_by(Item.id, Item.name, Item.category_id, Item.unit, Item.min_stock)
        .order_by(func.lower(Item.name), Item.id)
        .offset(offset)
    )
    if category:
        query = query.where(Item.category_id.in_(category_subtree_ids(session, resolve_category(session, category).id)))
    for word in (search or "").split():
        query = query.where(holds(Item.name, word))
    if limit is not None:
        query = query.limit(limit)
    rows = []
    for item_id, name, cat_id, unit, minimum, qty, weight, earliest, expiring in session.execute(query):
        quantity = qty_from_raw(qty)
        rows.append(
            ItemStock(
                item_id=item_id, name=name, category_code=cats[cat_id].code, category=cats[cat_id].path(lang),
                quantity=quantity, unit=unit, weight_kg=_kg(weight), min_stock=minimum,
                below_minimum=minimum is not None and quantity < minimum, earliest_expiry=earliest,
                expiring_soon=qty_from_raw(expiring),
            )
        )
    return rows


def stock_by_category(
    session: Session, *, lang: str = "en", today: date | None = None, location: str | None = None,
    include_empty: bool = True,
) -> list[CategoryStock]:
    """Every category with the totals of its whole subtree, in tree order.

    For the whole warehouse the per-category figures come from the running totals
    the ledger keeps (a few thousand rows); under a location they are grouped from
    stock_level. The roll-up over the (small) tree happens here in Python.
    """
    day = today or date.today()
    own = _own_from_totals(session, day) if location is None else _own_from_stock_levels(session, day, location)
    return _roll_up(session, own, lang, include_empty)


# Per category, its own (not its subtree's) figures, in raw integers: quantity, weight
# in milligrams, items in stock, expired, expiring within 30 and 90 days, items below
# their minimum.
Own = dict[int, list[int]]
_EMPTY = [0] * 7


def _expiry_sums(
    expiry: SQLCoreOperations[Any], qty: ColumnElement[int], day: date
) -> tuple[ColumnElement[int], ColumnElement[int], ColumnElement[int]]:
    return (
        func.sum(case((expiry < day, qty), else_=0)),
        func.sum(case((expiry <= day + timedelta(days=30), qty), else_=0)),
        func.sum(case((expiry <= day + timedelta(days=90), qty), else_=0)),
    )


def _own_from_totals(session: Session, day: date) -> Own:
    """From item_total and category_expiry_total (see core/ledger.py); the same figures
    as ``_own_from_stock_levels`` without a location, which the tests hold it to."""
    own: Own = {}
    qty = raw_qty(CategoryExpiryTotal.quantity)
    for cat_id, total, weight, expired, d30, d90 in session.execute(
        select(
            CategoryExpiryTotal.category_id, func.sum(qty), func.sum(CategoryExpiryTotal.weight_mg),
            *_expiry_sums(CategoryExpiryTotal.expiry, qty, day),  # NO_EXPIRY is never within a window
        ).group_by(CategoryExpiryTotal.category_id)
    ):
        own[cat_id] = [int(total or 0), int(weight or 0), 0, int(expired or 0), int(d30 or 0), int(d90 or 0), 0]

    # "+ 0" keeps SQLite from walking item by its category index (a random row read per
    # item); a plain scan, a primary-key probe and a small sort are several times faster.
    category = (Item.category_id + literal_column("0")).label("category_id")
    for cat_id, items in session.execute(
        select(category, func.count())
        .select_from(ItemTotal)
        .join(Item, Item.id == ItemTotal.item_id)
        .where(ItemTotal.quantity > 0)
        .group_by(category)
    ):
        own.setdefault(cat_id, list(_EMPTY))[2] = int(items)
    on_hand = func.coalesce(raw_qty(ItemTotal.quantity), 0)  # no item_total row: nothing ever received
    for cat_id, below in session.execute(
        select(category, func.count())
        .select_from(Item)
        .outerjoin(ItemTotal, ItemTotal.item_id == Item.id)
        .where(Item.archived.is_(False), Item.min_stock > 0, on_hand < raw_qty(Item.min_stock))
        .group_by(category)
    ):
        own.setdefault(cat_id, list(_EMPTY))[6] = int(below)
    return own


def _own_from_stock_levels(session: Session, day: date, location: str | None) -> Own:
    """Grouped from stock_level: exact under any location, slow for the whole warehouse."""
    qty = raw_qty(StockLevel.quantity)
    own: Own = {}
    for cat_id, total, weight, items, expired, d30, d90 in session.execute(
        select(
            Item.category_id, func.sum(qty), func.sum(_weight_raw()), func.count(func.distinct(Item.id)),
            *_expiry_sums(Lot.expiry, qty, day),
        )
        .select_from(StockLevel)
        .join(Item, Item.id == StockLevel.item_id)
        .join(Lot, Lot.id == StockLevel.lot_id)
        .where(*_in_stock_where(location, session))
        .group_by(Item.category_id)
    ):
        own[cat_id] = [int(total or 0), int(weight or 0), int(items), int(expired or 0), int(d30 or 0), int(d90 or 0), 0]

    on_hand = (
        select(func.coalesce(func.sum(StockLevel.quantity), 0))
        .where(StockLevel.item_id == Item.id, *_in_stock_where(location, session))
        .scalar_subquery()
    )
    for cat_id, below in session.execute(
        select(Item.category_id, func.count())
        .where(Item.archived.is_(False), Item.min_stock > 0, on_hand < raw_qty(Item.min_stock))
        .group_by(Item.category_id)
    ):
        own.setdefault(cat_id, list(_EMPTY))[6] = int(below)
    return own


def _roll_up(session: Session, own: Own, lang: str, include_empty: bool) -> list[CategoryStock]:
    tree = list_categories(session, include_archived=False)
    totals = {c.id: list(own.get(c.id, _EMPTY)) for c in tree}
    for cat in reversed(tree):  # children come after parents: add each into its parent
        if cat.parent_id in totals:
            totals[cat.parent_id] = [a + b for a, b in zip(totals[cat.parent_id], totals[cat.id])]
    result = []
    for cat in tree:
        t = totals[cat.id]
        if not include_empty and t[0] == 0 and t[6] == 0:
            continue
        result.append(
            CategoryStock(
                category_id=cat.id, parent_id=cat.parent_id, code=cat.code, category=cat.path(lang),
                depth=cat.depth, hs_code=cat.hs_code, quantity=qty_from_raw(t[0]), weight_kg=_kg(t[1]),
                items_in_stock=t[2], below_minimum=t[6], expired=qty_from_raw(t[3]),
                expiring_30d=qty_from_raw(t[4]), expiring_90d=qty_from_raw(t[5]),
            )
        )
    return result


def item_lots(session: Session, item_id: int, location: str | None = None) -> list[LotStock]:
    """Where one item lies, lot by lot (first expiry first)."""
    rows = session.execute(
        select(Lot.expiry, Lot.lot_code, Location.code, Location.name, StockLevel.quantity)
        .join(Lot, Lot.id == StockLevel.lot_id)
        .join(Location, Location.id == StockLevel.location_id)
        .where(StockLevel.item_id == item_id, *_in_stock_where(location, session))
        .order_by(Lot.expiry.is_(None), Lot.expiry, Location.path)
    )
    return [LotStock(*r) for r in rows]
