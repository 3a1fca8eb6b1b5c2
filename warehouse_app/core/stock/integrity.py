"""Checks that stock_level is exactly the sum of the ledger, the running totals exactly
the sums of stock_level, and the provenance exact (``warehouse-app db check``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select, union_all
from sqlalchemy.orm import Session, aliased

from warehouse_app.core.stock.locations import CONTAINER_KINDS
from warehouse_app.db.models import (
    NO_EXPIRY,
    Category,
    CategoryExpiryTotal,
    Item,
    ItemTotal,
    Location,
    Lot,
    Movement,
    MovementOrigin,
    Shipment,
    StockLevel,
    StockOrigin,
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
    origin_differences: tuple[OriginDifference, ...] = ()
    place_problems: tuple[PlaceProblem, ...] = ()

    @property
    def ok(self) -> bool:
        return not (self.differences or self.total_differences or self.origin_differences or self.place_problems)


@dataclass(frozen=True)
class PlaceProblem:
    """Goods where they cannot be: on a truck that has left, or in a box, pallet or truck
    load without having been packed or loaded there (received or counted straight into it)."""

    place: str  # the label code
    item: str
    quantity: Decimal
    why: str  # dispatched | not_packed


@dataclass(frozen=True)
class OriginDifference:
    """Provenance that does not add up: a level whose origins do not sum to it, a ledger
    row whose split does not sum to its quantity, or origins the ledger does not explain."""

    what: str  # "stock level #12", "ledger row #40", "ledger row #7 at Main hall"
    expected: Decimal
    actual: Decimal


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
    return CheckReport(movements, len(levels), tuple(differences), check_totals(session), check_origins(session),
                       check_places(session))


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


def check_origins(session: Session) -> tuple[OriginDifference, ...]:
    """Per stock level, the origins add up to the level; per ledger row that is not a source,
    its split adds up to its quantity (a source has none); and per place and source, the
    origins are what the ledger's splits brought there and took away."""
    differences: list[OriginDifference] = []
    per_level = dict(session.execute(
        select(StockOrigin.level_id, func.sum(raw_qty(StockOrigin.quantity))).group_by(StockOrigin.level_id)).all())
    for level_id, raw in session.execute(select(StockLevel.id, raw_qty(StockLevel.quantity))):
        if int(per_level.pop(level_id, 0) or 0) != int(raw):
            differences.append(OriginDifference(f"stock level #{level_id}", qty_from_raw(int(raw)),
                                                qty_from_raw(int(per_level.get(level_id, 0) or 0))))
    for level_id, raw in per_level.items():
        differences.append(OriginDifference(f"stock level #{level_id}", Decimal(0), qty_from_raw(int(raw or 0))))

    is_source = Movement.from_location_id.is_(None) & Movement.reverses_id.is_(None)
    split = select(MovementOrigin.movement_id, func.sum(raw_qty(MovementOrigin.quantity)).label("q")).group_by(
        MovementOrigin.movement_id).subquery()
    for movement_id, source, raw, parts in session.execute(
        select(Movement.id, is_source, raw_qty(Movement.quantity), func.coalesce(split.c.q, 0))
        .outerjoin(split, split.c.movement_id == Movement.id)
        .where(raw_qty(Movement.quantity) != func.coalesce(split.c.q, 0))
    ):
        if not (source and int(parts) == 0):
            differences.append(OriginDifference(f"ledger row #{movement_id}", qty_from_raw(0 if source else int(raw)),
                                                qty_from_raw(int(parts))))

    part = raw_qty(MovementOrigin.quantity)
    flows = union_all(
        select(Movement.item_id, Movement.lot_id, Movement.to_location_id.label("loc"), Movement.id.label("src"),
               raw_qty(Movement.quantity).label("q")).where(is_source),
        select(Movement.item_id, Movement.lot_id, Movement.to_location_id, MovementOrigin.source_id, part)
        .join(MovementOrigin, MovementOrigin.movement_id == Movement.id).where(Movement.to_location_id.is_not(None)),
        select(Movement.item_id, Movement.lot_id, Movement.from_location_id, MovementOrigin.source_id, -part)
        .join(MovementOrigin, MovementOrigin.movement_id == Movement.id).where(Movement.from_location_id.is_not(None)),
    ).subquery()
    expected = {
        (item, lot, loc, src): int(total)
        for item, lot, loc, src, total in session.execute(
            select(flows.c.item_id, flows.c.lot_id, flows.c.loc, flows.c.src, func.sum(flows.c.q))
            .group_by(flows.c.item_id, flows.c.lot_id, flows.c.loc, flows.c.src))
        if int(total)
    }
    held = {
        (item, lot, loc, src): int(raw)
        for item, lot, loc, src, raw in session.execute(
            select(StockLevel.item_id, StockLevel.lot_id, StockLevel.location_id, StockOrigin.source_id,
                   raw_qty(StockOrigin.quantity))
            .join(StockLevel, StockLevel.id == StockOrigin.level_id))
        if int(raw)
    }
    names = dict(session.execute(select(Location.id, Location.name)).all()) if expected != held else {}
    for key in sorted(set(expected) | set(held)):
        if expected.get(key, 0) != held.get(key, 0):
            differences.append(OriginDifference(f"ledger row #{key[3]} at {names.get(key[2], '?')}",
                                                qty_from_raw(expected.get(key, 0)), qty_from_raw(held.get(key, 0))))
    return tuple(differences)


def check_places(session: Session) -> tuple[PlaceProblem, ...]:
    """Stock on a dispatched truck (it left: nothing can lie there), and goods in a container
    whose receipt or count put them straight into it (containers have one door: packing and
    loading, see core/stock/locations.py ``refuse_container``)."""
    problems: list[PlaceProblem] = []
    load = aliased(Location)
    for code, name, qty in session.execute(
        select(Location.code, Item.name, StockLevel.quantity)
        .join(StockLevel, StockLevel.location_id == Location.id)
        .join(Item, Item.id == StockLevel.item_id)
        .join(Shipment, Shipment.status == "dispatched")
        .join(load, load.id == Shipment.load_location_id)
        .where(StockLevel.quantity > 0, Location.path.startswith(load.path))
        .order_by(Location.code, Item.name)
    ):
        problems.append(PlaceProblem(code, name, qty, "dispatched"))
    source = aliased(Movement)
    for code, name, qty in session.execute(
        select(Location.code, Item.name, func.sum(StockOrigin.quantity))
        .join(StockLevel, StockLevel.location_id == Location.id)
        .join(StockOrigin, StockOrigin.level_id == StockLevel.id)
        .join(source, source.id == StockOrigin.source_id)
        .join(Item, Item.id == StockLevel.item_id)
        .where(Location.kind.in_(CONTAINER_KINDS), source.to_location_id == Location.id, StockOrigin.quantity > 0)
        .group_by(Location.code, Item.name)
        .order_by(Location.code, Item.name)
    ):
        problems.append(PlaceProblem(code, name, qty, "not_packed"))
    return tuple(problems)
