"""Checks that stock_level is exactly the sum of the ledger, and the running totals
exactly the sums of stock_level (``warehouse-app db check``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select, union_all
from sqlalchemy.orm import Session

from warehouse_app.db.models import (
    NO_EXPIRY,
    Category,
    CategoryExpiryTotal,
    Item,
    ItemTotal,
    Location,
    Lot,
    Movement,
    StockLevel,
)
from warehouse_app.db.types import qty_from_raw, raw_qty


@dataclass(frozen=True)
class LevelDifference:
    item_id: int
    item_name: str
    lot_id: int
    location: str
    ledger: Decimal
    stock_level: Decimal


@dataclass(frozen=True)
class TotalDifference:
    """A running total that is not the sum of the stock levels it stands for."""

    table: str  # item_total or category_expiry_total
    what: str  # the item, or the category code and expiry date
    figure: str  # quantity or weight_kg
    stock_levels: Decimal  # what the stock levels add up to
    total: Decimal  # what the running total holds


@dataclass(frozen=True)
class CheckReport:
    movements: int
    stock_levels: int
    differences: tuple[LevelDifference, ...]
    total_differences: tuple[TotalDifference, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.differences and not self.total_differences


def check_stock_levels(session: Session) -> CheckReport:
    qty = raw_qty(Movement.quantity)
    ins = select(Movement.item_id, Movement.lot_id, Movement.to_location_id.label("loc"), qty.label("q")).where(
        Movement.to_location_id.is_not(None)
    )
    outs = select(Movement.item_id, Movement.lot_id, Movement.from_location_id.label("loc"), (-qty).label("q")).where(
        Movement.from_location_id.is_not(None)
    )
    flows = union_all(ins, outs).subquery()
    ledger = {
        (item, lot, loc): int(total)
        for item, lot, loc, total in session.execute(
            select(flows.c.item_id, flows.c.lot_id, flows.c.loc, func.sum(flows.c.q)).group_by(
                flows.c.item_id, flows.c.lot_id, flows.c.loc
            )
        )
    }
    levels = {
        (item, lot, loc): int(q)
        for item, lot, loc, q in session.execute(
            select(StockLevel.item_id, StockLevel.lot_id, StockLevel.location_id, raw_qty(StockLevel.quantity))
        )
    }
    differences = []
    for key in sorted(set(ledger) | set(levels)):
        expected, actual = ledger.get(key, 0), levels.get(key, 0)
        if expected != actual:
            item_id, lot_id, loc_id = key
            differences.append(
                LevelDifference(
                    item_id, session.scalar(select(Item.name).where(Item.id == item_id)) or "?", lot_id,
                    session.scalar(select(Location.name).where(Location.id == loc_id)) or "?",
                    qty_from_raw(expected), qty_from_raw(actual),
                )
            )
    movements = session.scalar(select(func.count()).select_from(Movement)) or 0
    return CheckReport(movements, len(levels), tuple(differences), check_totals(session))


def _kg(milligrams: int) -> Decimal:
    return Decimal(milligrams).scaleb(-6)


def check_totals(session: Session) -> tuple[TotalDifference, ...]:
    """item_total and category_expiry_total against stock_level (a missing row counts as zero)."""
    qty = raw_qty(StockLevel.quantity)
    differences = []
    items = dict(session.execute(select(StockLevel.item_id, func.sum(qty)).group_by(StockLevel.item_id)).all())
    totals = dict(session.execute(select(ItemTotal.item_id, raw_qty(ItemTotal.quantity))).all())
    for item_id in sorted(set(items) | set(totals)):
        expected, actual = int(items.get(item_id) or 0), int(totals.get(item_id) or 0)
        if expected != actual:
            name = session.scalar(select(Item.name).where(Item.id == item_id)) or "?"
            differences.append(TotalDifference("item_total", f"#{item_id} {name}", "quantity",
                                               qty_from_raw(expected), qty_from_raw(actual)))

    sums: dict[tuple[int, date], tuple[int, int]] = {}
    for cat_id, expiry, total, weight in session.execute(
        select(Item.category_id, Lot.expiry, func.sum(qty), func.sum(qty * func.coalesce(raw_qty(Item.unit_weight_kg), 0)))
        .select_from(StockLevel)
        .join(Item, Item.id == StockLevel.item_id)
        .join(Lot, Lot.id == StockLevel.lot_id)
        .group_by(Item.category_id, Lot.expiry)
    ):
        key = (cat_id, NO_EXPIRY if expiry is None else expiry)
        before = sums.get(key, (0, 0))
        sums[key] = (before[0] + int(total or 0), before[1] + int(weight or 0))
    kept = {
        (cat_id, expiry): (int(total), int(weight))
        for cat_id, expiry, total, weight in session.execute(
            select(CategoryExpiryTotal.category_id, CategoryExpiryTotal.expiry,
                   raw_qty(CategoryExpiryTotal.quantity), CategoryExpiryTotal.weight_mg)
        )
    }
    codes = dict(session.execute(select(Category.id, Category.code)).all())
    for key in sorted(set(sums) | set(kept)):
        summed, stored = sums.get(key, (0, 0)), kept.get(key, (0, 0))
        category_id, day = key
        what = f"{codes.get(category_id, '?')}, " + ("no expiry" if day == NO_EXPIRY else f"expiry {day}")
        if summed[0] != stored[0]:
            differences.append(TotalDifference("category_expiry_total", what, "quantity",
                                               qty_from_raw(summed[0]), qty_from_raw(stored[0])))
        if summed[1] != stored[1]:
            differences.append(TotalDifference("category_expiry_total", what, "weight_kg",
                                               _kg(summed[1]), _kg(stored[1])))
    return tuple(differences)
