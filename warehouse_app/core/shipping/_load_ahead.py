"""The usual loading scan in one round trip of reads (PostgreSQL; db/pipeline.py).

Loose goods scanned onto a truck by its number: the operator, the item the scan names,
the truck read FOR UPDATE, then, after that lock, the minimum shelf life of the item's
category (or its nearest ancestor's), the item's lots on the shelves (to judge each for
this truck and say which were skipped), the levels first expiry first out takes among
the lots that may go as they are, read FOR UPDATE, with their origins (``_ahead``), and
the truck's load and the warehouse's payload limit. The rules then run in Python; the
moves and the truck's "loading" are deferred to go out with the COMMIT, and the truck's
totals after the scan are counted from the load read plus what moved: two round trips.

Only a scan that every rule lets through as it is takes this path: anything else (a box
or pallet label, a truck named by its label, a lot or expiry named, goods that need a
manager's override, expired goods, too little stock) returns None before anything was
written, and ``shipments.load`` runs its step-by-step path, which says what is wrong.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Date, Dialect, Integer, String, bindparam, cast, func, literal, or_, select, update
from sqlalchemy.orm import QueryableAttribute, Session, aliased
from sqlalchemy.sql.expression import ReturnsRows

from warehouse_app.core.access import roles
from warehouse_app.core.catalogue import barcodes
from warehouse_app.core.catalogue.items import target_item_id, target_of, target_read
from warehouse_app.core.catalogue.scanned import scanned_units
from warehouse_app.core.context import Actor
from warehouse_app.core.shipping._ahead import ON_SHELVES, Planned, Row, Takes, first, move_planned, planned, usual_goods
from warehouse_app.core.shipping._rows import LINE_CATEGORY, LINE_ITEM, LineItem, Placed, line_of
from warehouse_app.core.shipping.packing_data import CategoryName, Package, PackingLine
from warehouse_app.core.shipping.packing_list import packages_from
from warehouse_app.core.shipping.shelf_life import Fit, judged, lots_query, skipped_notices
from warehouse_app.core.shipping.warehouse import PAYLOAD_READ, payload_of
from warehouse_app.db.models import Category, Container, Item, Location, Lot, Shipment, StockLevel
from warehouse_app.db.prepared import Prepared, batch
from warehouse_app.kernel.errors import BadInput, Notice

# The truck by its number, locked as ``_rows.find_shipment(lock=True)`` locks it.
LOCK_TRUCK = Prepared(
    select(Shipment.id, Shipment.status, Shipment.planned_departure, Shipment.load_location_id, Shipment.max_payload_kg)
    .where(Shipment.number == bindparam("truck"))
    .with_for_update()
)
# The truck's load as it is (after the lock: loose goods on it and boxes on or off it change
# only under that lock), to count its totals after the scan without reading them again.
_LOAD = aliased(Location, name="truck_load")
_LOAD_PATH = (select(_LOAD.path).join(Shipment, Shipment.load_location_id == _LOAD.id)
              .where(Shipment.number == bindparam("truck")).scalar_subquery())
def places_where(where: ColumnElement[bool]) -> ReturnsRows:
    """The places (with their container, if any) ``where`` selects, as ``load_after`` reads them."""
    return (select(Location.id, Location.parent_id, Location.kind, Location.code, Location.name, Location.path,
                   Container.location_id, Container.gross_kg, Container.sealed_at)
            .outerjoin(Container, Container.location_id == Location.id).where(where))


def lines_where(where: ColumnElement[bool], *extra: QueryableAttribute[Any]) -> ReturnsRows:
    """The stock lines where ``where`` selects, with what a packing line says of their item,
    lot and category, as ``load_after`` reads them (``extra`` columns after those)."""
    return (select(StockLevel.location_id, StockLevel.item_id, StockLevel.lot_id, StockLevel.quantity, Lot.expiry,
                   Lot.lot_code, *LINE_ITEM, *LINE_CATEGORY, *extra)
            .join(Location, Location.id == StockLevel.location_id)
            .join(Lot, Lot.id == StockLevel.lot_id)
            .join(Item, Item.id == StockLevel.item_id)
            .join(Category, Category.id == Item.category_id)
            .where(where, StockLevel.quantity > 0)
            .order_by(Location.path, StockLevel.item_id, StockLevel.lot_id))


LOAD_PLACES = Prepared(places_where(Location.path.startswith(_LOAD_PATH)))
LOAD_LINES = Prepared(lines_where(Location.path.startswith(_LOAD_PATH)))
_LINE_OF_ITEM = {by_label: Prepared(select(*LINE_ITEM, *LINE_CATEGORY).join(Category, Category.id == Item.category_id)
                                    .where(Item.id == target_item_id(by_label))) for by_label in (True, False)}
LOADING = Prepared(update(Shipment).where(Shipment.id == bindparam("id")).values(status="loading"))
_TODAY = bindparam("today", type_=Date)


def _min_days(by_label: bool) -> ColumnElement[int]:
    """``_rows.min_shelf_life_days`` of the item's category, in SQL: the category's own
    minimum, or its nearest ancestor's (None: no minimum)."""
    chain = (select(Category.id, Category.parent_id, Category.min_shelf_life_days, literal(0, Integer).label("depth"))
             .where(Category.id == select(Item.category_id).where(Item.id == target_item_id(by_label))
                    .scalar_subquery())
             .cte("category_chain", recursive=True))
    parent = aliased(Category, name="up")
    chain = chain.union_all(select(parent.id, parent.parent_id, parent.min_shelf_life_days, chain.c.depth + 1)
                            .where(parent.id == chain.c.parent_id))
    return (select(chain.c.min_shelf_life_days).where(chain.c.min_shelf_life_days.is_not(None))
            .order_by(chain.c.depth).limit(1).scalar_subquery())


_MIN_DAYS = {by_label: Prepared(select(_min_days(by_label))) for by_label in (True, False)}


def _fit_for_truck(dialect: Dialect, by_label: bool) -> ColumnElement[bool]:
    """``shelf_life.fit`` is OK: no date, or at least the minimum shelf life left on the day
    the truck leaves (its planned departure, or today when that is unset or past)."""
    planned_day = select(Shipment.planned_departure).where(Shipment.number == bindparam("truck")).scalar_subquery()
    days = func.coalesce(_min_days(by_label), 0)
    if dialect.name == "postgresql":
        earliest: ColumnElement[date] = func.greatest(func.coalesce(planned_day, _TODAY), _TODAY) + days
    else:
        earliest = func.date(func.max(func.coalesce(planned_day, _TODAY), _TODAY),
                             literal("+").concat(cast(days, String)).concat(" days"))
    return or_(Lot.expiry.is_(None), Lot.expiry >= earliest)


_TAKES = Takes(_fit_for_truck, always=True)
_LOTS = {
    (by_label, expiry, lot_code): Prepared(lots_query(
        target_item_id(by_label), ON_SHELVES, expiry=bindparam("expiry", type_=Date) if expiry else None,
        lot_code=bindparam("code") if lot_code else None))
    for by_label in (True, False) for expiry in (True, False) for lot_code in (True, False)
}


@dataclass(frozen=True)
class Load:
    """A truck's load after a scan (its packages and loose lines) and its payload limit."""

    packages: tuple[Package, ...]
    loose: tuple[PackingLine, ...]
    limit: Decimal | None


@dataclass(frozen=True)
class LoadedAhead:
    """What a loading scan moved: the truck's id, the goods, how many, the lots' expiries,
    the lots first expiry first out passed over, and (``load_ahead``) the load after it."""

    shipment_id: int
    item_name: str
    unit: str
    units: Decimal
    expiries: tuple[date, ...]
    skipped: tuple[Notice, ...]
    load: Load | None = None


def load_after(places_rows: Sequence[Row], line_rows: Sequence[Row], load_id: int, limit: Decimal | None) -> Load:
    """A truck's load from ``LOAD_PLACES`` and ``LOAD_LINES`` rows (as read, or as they are
    after a scan: the caller adds what it moved)."""
    places: dict[int, tuple[Location, Container | None]] = {
        row[0]: (Location(id=row[0], parent_id=row[1], kind=row[2], code=row[3], name=row[4], path=row[5]),
                 Container(location_id=row[6], gross_kg=row[7], sealed_at=row[8]) if row[6] is not None else None)
        for row in places_rows}
    ordered = sorted(line_rows, key=lambda row: (places[row[0]][0].path, row[1], row[2]))
    placed = [(row[0], line_of(Placed(*row[:4]), LineItem(*row[6:14]), CategoryName(*row[14:19]), row[4], row[5] or ""))
              for row in ordered]
    packages, loose = packages_from(places, placed, load_id)
    return Load(packages, tuple(loose), limit)


def _with_plan(line_rows: list[Row], load_id: int, item: Row, item_id: int, planned_: Planned) -> list[Row]:
    """``LOAD_LINES`` rows with the plan's parts added at the truck's own place (loose)."""
    lines = {(row[0], row[1], row[2]): row for row in line_rows}
    for lot, at, part in planned_.plan:
        level = planned_.levels[lot, at]
        key = (load_id, item_id, lot)
        have = lines.get(key, (load_id, item_id, lot, Decimal(0), level[4], level[5] or "", *item))
        lines[key] = (*have[:3], have[3] + part, *have[4:])
    return list(lines.values())


def load_ahead(session: Session, actor: Actor, truck: str, code: str, qty: str | int | Decimal | None
               ) -> LoadedAhead | None:
    """``shipments.load`` of the usual scan of loose goods, or None: not usual, or a rule
    says no (nothing was written)."""
    goods = usual_goods(session, code, qty)
    item_read = target_read(goods.scan) if goods is not None else None
    if goods is None or item_read is None:
        return None
    number, today, scan = truck.strip().upper(), date.today(), goods.scan
    lot_code = scan.lot or ""
    lots_params = {**goods.item_key, "today": today, "expiry": scan.expiry, "code": lot_code}
    reads: list[tuple[Prepared, Mapping[str, Any]]] = [
        (roles.OPERATOR, roles.operator_params(actor)),
        item_read,
        (LOCK_TRUCK, {"truck": number}),
        (_MIN_DAYS[goods.by_label], goods.item_key),
        (_LOTS[goods.by_label, scan.expiry is not None, bool(lot_code)], lots_params),
        *_TAKES.reads(goods, {"truck": number, "today": today}),
        (LOAD_PLACES, {"truck": number}),
        (LOAD_LINES, {"truck": number}),
        (_LINE_OF_ITEM[goods.by_label], goods.item_key),
        PAYLOAD_READ,
    ]
    found = batch(session, reads)
    operator = first(found[0])
    roles.check((operator[0], operator[1], bool(operator[2])) if operator else None, actor, roles.LOAD)
    item_row, row, days = first(found[1]), first(found[2]), first(found[3])
    if item_row is None or row is None or row[1] == "dispatched":
        return None
    shipment_id, _status, planned_day, load_id, own_limit = row
    line_item = first(found[9])
    if line_item is None:
        return None
    target, pack_qty = target_of(scan, item_row)
    try:
        units = scanned_units(qty, target.unit, barcodes.units_per_scan(scan, target.unit, pack_qty),
                              default_one=True)
    except BadInput:
        return None
    assert units is not None
    departure = max(planned_day or today, today)
    lots = judged(((lot, when, lot_code, have) for lot, when, lot_code, have in found[4]),
                  int(days[0] or 0) if days else 0, departure, target.name)
    fits = {lot.lot_id for lot in lots if lot.fit is Fit.OK}
    if sum((lot.quantity for lot in lots if lot.lot_id in fits), Decimal(0)) < units:
        return None  # short-dated lots under an override, expired goods, or too little: step by step
    plan = planned(found[5], found[6], units)
    if plan is None or any(lot not in fits for lot, _at, _part in plan.plan):
        return None
    move_planned(session, actor, target.id, plan, load_id, shipment_id=shipment_id)
    LOADING.defer(session, {"id": shipment_id})
    expiries = tuple(sorted({row[4] for row in plan.levels.values() if row[1] in {p[0] for p in plan.plan}
                             and row[4] is not None}))
    skipped = skipped_notices(lots, fits, {lot for lot, _at, _part in plan.plan}, target.unit, departure)
    payload = first(found[10])
    limit = own_limit if own_limit is not None else payload_of(payload[0] if payload else None)
    load = load_after(found[7], _with_plan(found[8], load_id, line_item, target.id, plan), load_id, limit)
    return LoadedAhead(shipment_id, target.name, target.unit, units, expiries, tuple(skipped), load)
