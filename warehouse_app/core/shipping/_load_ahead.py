"""The usual loading scan's reads and writes in one round trip (PostgreSQL; db/pipeline.py).

Loose goods scanned onto a truck by its number: the operator, the item the scan names,
the truck read FOR UPDATE, then, after that lock, the minimum shelf life of the item's
category (or its nearest ancestor's), the item's lots on the shelves (to judge each for
this truck and say which were skipped), and the levels first expiry first out takes among
the lots that may go as they are, read FOR UPDATE, with their origins (``_ahead``). The
rules then run in Python; the moves and the truck's "loading" are deferred to go out with
the next statement (the truck's totals, read for the answer) or the COMMIT.

Only a scan that every rule lets through as it is takes this path: anything else (a box
or pallet label, a truck named by its label, a lot or expiry named, goods that need a
manager's override, expired goods, too little stock) returns None before anything was
written, and ``shipments.load`` runs its step-by-step path, which says what is wrong.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Date, Dialect, Integer, String, bindparam, cast, func, literal, or_, select, update
from sqlalchemy.orm import Session, aliased

from warehouse_app.core.access import roles
from warehouse_app.core.catalogue import barcodes
from warehouse_app.core.catalogue.items import target_item_id, target_of, target_read
from warehouse_app.core.context import Actor
from warehouse_app.core.shipping._ahead import ON_SHELVES, Takes, first, move_planned, planned, usual_goods
from warehouse_app.core.shipping._rows import scanned_units
from warehouse_app.core.shipping.shelf_life import Fit, judged, lots_query, skipped_notices
from warehouse_app.db.models import Category, Item, Lot, Shipment
from warehouse_app.db.prepared import Prepared, batch
from warehouse_app.kernel.errors import BadInput, Notice

# The truck by its number, locked as ``_rows.find_shipment(lock=True)`` locks it.
_LOCK_TRUCK = Prepared(
    select(Shipment.id, Shipment.status, Shipment.planned_departure, Shipment.load_location_id)
    .where(Shipment.number == bindparam("truck"))
    .with_for_update()
)
_LOADING = Prepared(update(Shipment).where(Shipment.id == bindparam("id")).values(status="loading"))
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
class LoadedAhead:
    """What a loading scan moved: the truck's id, the goods, how many, the lots' expiries,
    and the lots first expiry first out passed over."""

    shipment_id: int
    item_name: str
    unit: str
    units: Decimal
    expiries: tuple[date, ...]
    skipped: tuple[Notice, ...]


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
        (_LOCK_TRUCK, {"truck": number}),
        (_MIN_DAYS[goods.by_label], goods.item_key),
        (_LOTS[goods.by_label, scan.expiry is not None, bool(lot_code)], lots_params),
        *_TAKES.reads(goods, {"truck": number, "today": today}),
    ]
    found = batch(session, reads)
    operator = first(found[0])
    roles.check((operator[0], operator[1], bool(operator[2])) if operator else None, actor, roles.LOAD)
    item_row, row, days = first(found[1]), first(found[2]), first(found[3])
    if item_row is None or row is None or row[1] == "dispatched":
        return None
    shipment_id, _status, planned_day, load_id = row
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
    _LOADING.defer(session, {"id": shipment_id})
    expiries = tuple(sorted({row[4] for row in plan.levels.values() if row[1] in {p[0] for p in plan.plan}
                             and row[4] is not None}))
    skipped = skipped_notices(lots, fits, {lot for lot, _at, _part in plan.plan}, target.unit, departure)
    return LoadedAhead(shipment_id, target.name, target.unit, units, expiries, tuple(skipped))
