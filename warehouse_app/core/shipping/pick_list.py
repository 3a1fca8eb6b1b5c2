"""A pick list for a truck: where to take what the truck should carry, in the order a
picker walks the warehouse (by place, then item).

What the truck should carry is the list the receiving hub asked for, given as lines of
"item = quantity" (a barcode, a label code, #number or the item's name). What is already
on the truck counts towards it; the rest is planned first expiry first out among the
lots that may go on this truck (``shelf_life``: expired or short-dated by its departure,
they stay), from loose goods on the shelves, per place. Whatever the shelves cannot give
is the shortfall, so for every item: on the list + short = to pick = wanted - on truck.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from warehouse_app.core.catalogue.items import ItemInfo, find_item
from warehouse_app.core.quantities import parse_quantity
from warehouse_app.core.shipping._rows import (
    fefo_plan,
    find_shipment,
    live_lines,
    refuse_if_dispatched,
    root_location,
    shelves,
)
from warehouse_app.core.shipping.packing_data import TruckInfo
from warehouse_app.core.shipping.packing_list import truck_info
from warehouse_app.core.shipping.shelf_life import Fit, departure_of, lots_for_truck
from warehouse_app.core.stock.locations import get_location
from warehouse_app.core.stock.lot_lines import LotLine
from warehouse_app.core.stock.places import place_trail
from warehouse_app.db.models import Location, Lot
from warehouse_app.kernel.errors import BadInput


@dataclass(frozen=True)
class PickRow(LotLine):
    """Take ``quantity`` of one lot of one item from one place."""

    place_code: str
    place: tuple[str, ...]  # the names from below the warehouse down to the place


@dataclass(frozen=True)
class PickItem:
    """One item asked for: wanted - on truck = to pick = listed + short."""

    item_id: int
    item_name: str
    unit: str
    wanted: Decimal
    on_truck: Decimal
    listed: Decimal
    short: Decimal

    @property
    def to_pick(self) -> Decimal:
        return self.listed + self.short


@dataclass(frozen=True)
class PickList:
    truck: TruckInfo
    departure: date
    printed_on: date
    rows: tuple[PickRow, ...]
    items: tuple[PickItem, ...]


def parse_wanted(lines: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """"item = quantity" lines (blank ones skipped), as typed or given on the command line."""
    wanted = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        ref, sep, qty = line.rpartition("=")
        if not sep or not ref.strip() or not qty.strip():
            raise BadInput("Line {number} should read item = quantity, e.g. 5901234123457 = 40; it reads {line}.",
                           number=number, line=line.strip())
        wanted.append((ref.strip(), qty.strip()))
    if not wanted:
        raise BadInput("Name what the truck should carry: one line per item, item = quantity.")
    return tuple(wanted)


def _rows(session: Session, item: ItemInfo, lots: dict[int, Lot], plan: list[tuple[int, int, Decimal]],
          to_pick: Decimal) -> list[PickRow]:
    rows, left = [], to_pick
    for lot_id, place_id, on_hand in plan:
        if left <= 0:
            break
        take = min(on_hand, left)
        left -= take
        place = place_trail(session, get_location(session, place_id))
        lot = lots[lot_id]
        rows.append(PickRow(item.id, item.name, item.unit, lot.expiry, lot.lot_code, take, place.place.code,
                            place.trail))
    return rows


def pick_list(session: Session, truck: str, wanted: Sequence[tuple[str, str]], today: date | None = None) -> PickList:
    """Where to pick what ``truck`` should still take, by place then item; see the module."""
    row = find_shipment(session, truck)
    refuse_if_dispatched(row)
    root = root_location(session)
    load = session.get(Location, row.load_location_id)
    assert load is not None
    on_truck: dict[int, Decimal] = {}
    for placed in live_lines(session, Location.path.startswith(load.path)):
        on_truck[placed.item_id] = on_truck.get(placed.item_id, Decimal(0)) + placed.quantity
    asked: dict[int, tuple[ItemInfo, Decimal]] = {}
    for ref, qty in wanted:
        item = find_item(session, ref)
        before = asked.get(item.id, (item, Decimal(0)))[1]
        asked[item.id] = (item, before + parse_quantity(qty, item.unit))
    rows: list[PickRow] = []
    items: list[PickItem] = []
    for item, amount in asked.values():
        loaded = on_truck.get(item.id, Decimal(0))
        to_pick = max(amount - loaded, Decimal(0))
        fits = {lot.lot_id for lot in lots_for_truck(session, row, item, shelves(root)) if lot.fit is Fit.OK}
        plan = fefo_plan(session, item, shelves(root), None, root.name, lots=fits) if fits and to_pick else []
        lots = {lot.id: lot for lot in session.scalars(select(Lot).where(Lot.id.in_({p[0] for p in plan})))}
        picked = _rows(session, item, lots, plan, to_pick)
        listed = sum((r.quantity for r in picked), Decimal(0))
        rows.extend(picked)
        items.append(PickItem(item.id, item.name, item.unit, amount, loaded, listed, to_pick - listed))
    rows.sort(key=lambda r: ([name.lower() for name in r.place], r.place_code, r.item_name.lower(),
                             r.expiry or date.max))
    items.sort(key=lambda i: i.item_name.lower())
    return PickList(truck_info(session, row), departure_of(row), today or date.today(), tuple(rows), tuple(items))
