"""Checks that stock_level is exactly the sum of the ledger (``warehouse-app db check``)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select, union_all
from sqlalchemy.orm import Session

from warehouse_app.db.models import Item, Location, Movement, StockLevel
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
class CheckReport:
    movements: int
    stock_levels: int
    differences: tuple[LevelDifference, ...]

    @property
    def ok(self) -> bool:
        return not self.differences


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
    return CheckReport(movements, len(levels), tuple(differences))
