"""Shelf life on a truck: which goods may leave on it. One rule for loading and dispatch.

- The day a truck leaves is its planned departure, or today when that is unset or past.
- Goods expired by that day never go: no override sends expired goods.
- Goods that would leave with fewer days than their category's minimum (or its nearest
  ancestor's) are *short-dated*: they go only under a manager's override with a reason.
- Loose goods are taken first expiry first out among the lots that may go; the lots
  skipped, and why, come back as notices.
- At dispatch every line is checked again against the day it leaves then. An override
  recorded when goods were loaded (on the ledger row for loose goods, in the truck's
  notes for a box or pallet) keeps covering them while they are short-dated, whatever the
  date; goods loaded without one are refused, and expired goods always are.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import ColumnElement, Date, Select, func, literal, select
from sqlalchemy.orm import Session

from warehouse_app.core.access import roles
from warehouse_app.core.catalogue.items import ItemInfo
from warehouse_app.core.context import Actor
from warehouse_app.core.quantities import format_quantity
from warehouse_app.core.shipping._rows import Placed, min_shelf_life_days
from warehouse_app.db.models import AuditEvent, Item, Location, Lot, Movement, Shipment, StockLevel
from warehouse_app.kernel.errors import Conflict, NotAllowed, Notice

OVERRIDE_PREFIX = "shelf-life override: "


class Fit(enum.Enum):
    OK = "ok"
    SHORT = "short"  # under the minimum shelf life: a manager may override
    EXPIRED = "expired"  # expired by the departure: never


class ShelfLifeTooShort(Conflict):
    """Goods expire too soon after the planned departure; a manager may override with a reason."""

    def __init__(self, item_name: str, expiry: date, min_days: int, departure: date) -> None:
        super().__init__(
            "{item} expires on {expiry}, less than {days} days after the departure on {departure}; "
            "load a later lot, or a manager can override with a reason.",
            item=item_name, expiry=expiry.isoformat(), days=min_days, departure=departure.isoformat(),
        )
        self.item_name, self.expiry, self.min_days = item_name, expiry, min_days


class ExpiredGoods(Conflict):
    """Goods expired by the day the truck leaves: never loaded, never dispatched."""

    def __init__(self, item_name: str, expiry: date, departure: date) -> None:
        super().__init__(
            "{item} expires on {expiry}, before the truck leaves on {departure}; expired goods cannot go "
            "on a truck, not even with an override.",
            item=item_name, expiry=expiry.isoformat(), departure=departure.isoformat(),
        )
        self.item_name, self.expiry = item_name, expiry


def departure_of(row: Shipment, today: date | None = None) -> date:
    """The day the truck leaves: its planned departure, or today when that is unset or past."""
    now = today or date.today()
    return max(row.planned_departure or now, now)


def fit(expiry: date | None, min_days: int | None, departure: date) -> Fit:
    if expiry is None:
        return Fit.OK
    if expiry < departure:
        return Fit.EXPIRED
    return Fit.SHORT if (expiry - departure).days < (min_days or 0) else Fit.OK


@dataclass(frozen=True)
class LotOnHand:
    """One lot of an item that could go on a truck: how much, and whether it may."""

    lot_id: int
    expiry: date | None
    lot_code: str
    quantity: Decimal
    fit: Fit
    min_days: int
    item_name: str = ""  # what the lot is of, for a loader choosing among lots


def lots_query(item: ColumnElement[int], where: ColumnElement[bool], *, expiry: ColumnElement[date] | None = None,
               lot_code: ColumnElement[str] | None = None) -> Select[int, date | None, str, Decimal]:
    """The lots of ``item`` where ``where`` selects, with how much of each lies there, first
    expiry first (no date last): what ``lots_for_truck`` judges."""
    query = (
        select(Lot.id, Lot.expiry, Lot.lot_code, func.sum(StockLevel.quantity))
        .join(StockLevel, StockLevel.lot_id == Lot.id)
        .join(Location, Location.id == StockLevel.location_id)
        .where(StockLevel.item_id == item, StockLevel.quantity > 0, where)
        .group_by(Lot.id, Lot.expiry, Lot.lot_code)
        .order_by(Lot.expiry.is_(None), Lot.expiry, Lot.id)
    )
    if expiry is not None:
        query = query.where(Lot.expiry == expiry)
    if lot_code is not None:
        query = query.where(Lot.lot_code == lot_code)
    return query


def lots_for_truck(session: Session, row: Shipment, item: ItemInfo, where: ColumnElement[bool], *,
                   expiry: date | None = None, lot_code: str | None = None) -> list[LotOnHand]:
    """The item's lots where ``where`` selects, first expiry first (no date last), each
    judged for this truck."""
    query = lots_query(literal(item.id), where, expiry=literal(expiry, Date) if expiry is not None else None,
                       lot_code=literal(lot_code) if lot_code else None)
    days = min_shelf_life_days(session, item.category_id) or 0
    return judged(((lot, when, code, qty) for lot, when, code, qty in session.execute(query)), days,
                  departure_of(row), item.name)


def judged(rows: Iterable[tuple[int, date | None, str | None, Decimal]], days: int, departure: date,
           item_name: str) -> list[LotOnHand]:
    """``lots_query``'s rows as lots on hand, each judged for a truck leaving on ``departure``."""
    return [LotOnHand(lot_id, when, code or "", qty, fit(when, days, departure), days, item_name)
            for lot_id, when, code, qty in rows]


def skipped_notices(lots: Sequence[LotOnHand], chosen: set[int], used: set[int], unit: str,
                    departure: date) -> list[Notice]:
    """Notices of the dated lots first expiry first out passed over (not ``chosen``) before
    the last lot it ``used``."""
    last = max((lot.expiry or date.max for lot in lots if lot.lot_id in used), default=date.min)
    return [skipped_notice(lot, unit, departure) for lot in lots
            if lot.lot_id not in chosen and lot.expiry is not None and lot.expiry <= last]


def skipped_notice(lot: LotOnHand, unit: str, departure: date) -> Notice:
    """Why first-expiry-first-out passed over a lot."""
    assert lot.expiry is not None  # only dated lots are ever skipped
    if lot.fit is Fit.EXPIRED:
        return Notice("Skipped the lot expiring {expiry} ({qty} {unit}): expired by the departure on {departure}.",
                      expiry=lot.expiry.isoformat(), qty=format_quantity(lot.quantity), unit=unit,
                      departure=departure.isoformat())
    return Notice("Skipped the lot expiring {expiry} ({qty} {unit}): less than {days} days left after the "
                  "departure on {departure}.", expiry=lot.expiry.isoformat(), qty=format_quantity(lot.quantity),
                  unit=unit, days=lot.min_days, departure=departure.isoformat())


def first_problem(session: Session, row: Shipment, goods: Sequence[tuple[int, str, date | None]]) -> ShelfLifeTooShort | None:
    """Of (item id, name, expiry): raise ExpiredGoods for the first expired by the departure,
    else return the first short-dated (None when everything may go)."""
    departure = departure_of(row)
    categories = dict(session.execute(select(Item.id, Item.category_id).where(
        Item.id.in_({item_id for item_id, _, _ in goods}))).all()) if goods else {}
    short: ShelfLifeTooShort | None = None
    for item_id, name, expiry in sorted(goods, key=lambda g: g[2] or date.max):
        days = min_shelf_life_days(session, categories[item_id]) or 0
        verdict = fit(expiry, days, departure)
        if verdict is Fit.EXPIRED:
            assert expiry is not None
            raise ExpiredGoods(name, expiry, departure)
        if verdict is Fit.SHORT and short is None:
            assert expiry is not None
            short = ShelfLifeTooShort(name, expiry, days, departure)
    return short


def override(session: Session, actor: Actor, problem: ShelfLifeTooShort | None, reason: str | None) -> str | None:
    """The override reason to record, or raise the shelf-life problem when there is no valid override."""
    if problem is None:
        return None
    text = " ".join((reason or "").split())
    if not text:
        raise problem
    if not roles.may(session, actor, roles.OVERRIDE):
        if roles.role_of(session, actor) == "manager":
            roles.require(session, actor, roles.OVERRIDE)  # a manager, unproven: the sentence says how
        raise NotAllowed("Only a manager can load goods under their minimum shelf life ({item}, expiry {expiry}).",
                         item=problem.item_name, expiry=problem.expiry.isoformat())
    return f"{OVERRIDE_PREFIX}{text}"[:500]


def check_dispatch(session: Session, row: Shipment, lines: Sequence[Placed]) -> None:
    """Refuse the dispatch, in one sentence naming the goods, when any of them expired by the
    day the truck leaves, or are short-dated without an override recorded for them."""
    departure = departure_of(row)
    items = {r.id: r for r in session.execute(select(Item.id, Item.name, Item.category_id).where(
        Item.id.in_({p.item_id for p in lines})))}
    expiries = dict(session.execute(select(Lot.id, Lot.expiry).where(Lot.id.in_({p.lot_id for p in lines}))).all())
    covered = _overridden(session, row, lines)
    expired: list[str] = []
    short: list[str] = []
    for p in sorted(lines, key=lambda p: (expiries[p.lot_id] or date.max, p.item_id)):
        item, expiry = items[p.item_id], expiries[p.lot_id]
        verdict = fit(expiry, min_shelf_life_days(session, item.category_id), departure)
        named = f"{item.name} ({expiry})"
        if verdict is Fit.EXPIRED and named not in expired:
            expired.append(named)
        elif verdict is Fit.SHORT and p not in covered and named not in short:
            short.append(named)
    if expired:
        raise Conflict("Truck {number} cannot leave on {departure}: {goods} will have expired by then; unload them.",
                       number=row.number, departure=departure.isoformat(), goods=", ".join(expired))
    if short:
        raise Conflict("Truck {number} cannot leave on {departure}: {goods} would leave with less than their "
                       "minimum shelf life and were loaded without a manager's override; unload them, or load "
                       "them again with one.", number=row.number, departure=departure.isoformat(),
                       goods=", ".join(short))


def _overridden(session: Session, row: Shipment, lines: Sequence[Placed]) -> set[Placed]:
    """The lines a manager's override covers: loose goods moved onto this truck under one (the
    ledger row's reason), and everything in a box or pallet loaded under one (its audit event)."""
    loose = set(session.execute(select(Movement.item_id, Movement.lot_id).where(
        Movement.shipment_id == row.id, Movement.reason.startswith(OVERRIDE_PREFIX))).all())
    containers = set(session.scalars(select(AuditEvent.location_id).where(
        AuditEvent.shipment_id == row.id, AuditEvent.kind == "override")))
    paths = dict(session.execute(select(Location.id, Location.path).where(
        Location.id.in_({p.location_id for p in lines}))).all())
    boxed = {f"/{i}/" for i in containers}
    return {p for p in lines if (p.item_id, p.lot_id) in loose
            or any(marker in f"/{paths[p.location_id].strip('/')}/" for marker in boxed)}
