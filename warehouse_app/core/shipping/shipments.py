"""Trucks: create, load by scanning, unload, dispatch.

A truck (T-2026-0042) owns a location of kind truck, its load. Boxes and pallets are
loaded by re-parenting them under it (their lines stay put: stock at a place is the sum
over its subtree); loose goods are moved into it through the ledger with the truck's
shipment id. Dispatch writes one 'dispatch' row per stock level in the load, so the
goods leave the stock, and locks the truck and everything on it.

Every change reads the truck row FOR UPDATE first (PostgreSQL; SQLite runs one writer
at a time), so a dispatch never interleaves with a load at another station.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from warehouse_app.core.access import roles
from warehouse_app.core.catalogue import barcodes
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.donations import next_number
from warehouse_app.core.ledger import record_event, transfer
from warehouse_app.core.quantities import format_quantity, parse_date
from warehouse_app.core.shipping._rows import (
    fefo_plan,
    find_container,
    find_shipment,
    min_shelf_life_days,
    packing_lines,
    refuse_if_dispatched,
    reparent,
    root_location,
    scanned_goods,
    shelf_target,
    shelves,
    shipment_of_path,
    subtree_lines,
)
from warehouse_app.core.shipping.packing_data import CategorySummary, TruckInfo
from warehouse_app.core.shipping.packing_list import load_of, truck_info
from warehouse_app.core.shipping.warehouse import parse_payload
from warehouse_app.core.stock.locations import add_location
from warehouse_app.db.models import Container, Item, Location, Lot, Shipment
from warehouse_app.db.types import utcnow
from warehouse_app.kernel.errors import BadInput, Conflict, NotAllowed, Notice


@dataclass(frozen=True)
class TruckTotals:
    packages: int
    pieces: Decimal
    net_kg: Decimal
    gross_kg: Decimal
    by_category: tuple[CategorySummary, ...]
    max_payload_kg: Decimal | None
    over_payload: bool


@dataclass(frozen=True)
class TruckSummary:
    truck: TruckInfo
    totals: TruckTotals


@dataclass(frozen=True)
class LoadResult:
    what: str  # box | pallet | item
    code: str
    description: str
    quantity: Decimal | None
    unit: str | None
    totals: TruckTotals
    warnings: tuple[str, ...]  # Notice objects: translatable
    item_name: str | None = None  # loose goods: what was scanned
    expiries: tuple[date, ...] = ()


class ShelfLifeTooShort(Conflict):
    """Goods expire too soon after the planned departure; a manager may override with a reason."""

    def __init__(self, item_name: str, expiry: date, min_days: int, departure: date) -> None:
        super().__init__(
            "{item} expires on {expiry}, less than {days} days after the departure on {departure}; "
            "load a later lot, or a manager can override with a reason.",
            item=item_name, expiry=expiry.isoformat(), days=min_days, departure=departure.isoformat(),
        )
        self.item_name, self.expiry, self.min_days = item_name, expiry, min_days


# field name in the API -> (column, longest text kept); addresses and notes keep line breaks
_FIELDS = {
    "destination": ("city", 120), "plate": ("vehicle_plate", 20), "recipient": ("recipient", 200),
    "recipient_address": ("recipient_address", 1000), "country": ("country", 80), "contact": ("contact", 200),
    "driver": ("driver", 120), "driver_phone": ("driver_phone", 40), "trailer_plate": ("trailer_plate", 20),
    "seal_number": ("seal_number", 40), "aid_registration_code": ("aid_registration_code", 64),
    "notes": ("notes", 4000),
}
_MULTILINE = {"recipient_address", "notes"}


def _apply(row: Shipment, fields: Mapping[str, Any]) -> None:
    """Each field by name: text (_FIELDS), a departure date, or a payload limit."""
    for name, value in fields.items():
        if name == "planned_departure":
            row.planned_departure = parse_date(value, "planned departure") if value not in (None, "") else None
            continue
        if name == "max_payload_kg":
            row.max_payload_kg = parse_payload(value)
            continue
        if name not in _FIELDS:
            raise BadInput("{field} is not a detail of a truck.", field=name)
        column, longest = _FIELDS[name]
        text = str(value or "")
        text = text.strip() if name in _MULTILINE else " ".join(text.split())
        if name in ("plate", "trailer_plate"):
            text = text.upper()
        if len(text) > longest:
            raise BadInput("The truck's {field} can be at most {n} characters long.", field=name.replace("_", " "), n=longest)
        setattr(row, column, text)
    if not row.city:
        raise BadInput("A truck needs a destination.")


def create_truck(
    session: Session, actor: Actor, *, destination: str, plate: str = "", recipient: str = "",
    recipient_address: str = "", country: str = "Ukraine", contact: str = "", driver: str = "",
    driver_phone: str = "", trailer_plate: str = "", seal_number: str = "",
    planned_departure: date | str | None = None, aid_registration_code: str = "", notes: str = "",
) -> TruckInfo:
    """A new truck in planning, numbered T-YYYY-NNNN, with an empty load."""
    roles.require(session, actor, roles.PLAN_TRUCKS)
    row = Shipment(status="planning", created_by=actor.operator_id, created_at=utcnow())
    _apply(row, dict(
        destination=destination, plate=plate, recipient=recipient, recipient_address=recipient_address,
        country=country, contact=contact, driver=driver, driver_phone=driver_phone, trailer_plate=trailer_plate,
        seal_number=seal_number, planned_departure=planned_departure,
        aid_registration_code=aid_registration_code, notes=notes,
    ))
    row.number = next_number(session, "T", utcnow().year, 4)
    load = add_location(session, name=f"Truck {row.number}", kind="truck", parent=root_location(session).code)
    row.load_location_id = load.id
    session.add(row)
    session.flush()
    return truck_info(session, row)


def update_truck(session: Session, actor: Actor, truck: str, **fields: object) -> TruckInfo:
    """Change the details given (same names as create_truck, plus max_payload_kg)."""
    roles.require(session, actor, roles.PLAN_TRUCKS)
    row = find_shipment(session, truck, lock=True)
    refuse_if_dispatched(row)
    _apply(row, fields)
    session.flush()
    return truck_info(session, row)


def get_truck(session: Session, truck: str) -> TruckInfo:
    return truck_info(session, find_shipment(session, truck))


def _totals(session: Session, row: Shipment) -> TruckTotals:
    info = truck_info(session, row)
    packages, loose, summary, totals = load_of(session, row)
    limit = info.max_payload_kg
    return TruckTotals(totals.packages, totals.pieces, totals.net_kg, totals.gross_kg, summary, limit,
                       limit is not None and totals.gross_kg > limit)


def truck_totals(session: Session, truck: str) -> TruckTotals:
    return _totals(session, find_shipment(session, truck))


def list_trucks(session: Session, *, include_dispatched: bool = True, limit: int | None = None) -> list[TruckSummary]:
    """Newest first. Each truck's totals are read from its load (dispatched ones from the
    ledger), some tens of ms for a full truck, so a screen over a year of trucks passes ``limit``."""
    query = select(Shipment).order_by(Shipment.id.desc()).limit(limit)
    if not include_dispatched:
        query = query.where(Shipment.status != "dispatched")
    return [TruckSummary(truck_info(session, row), _totals(session, row)) for row in session.scalars(query)]


def _departure(row: Shipment) -> date:
    return row.planned_departure or date.today()


def _too_short(session: Session, row: Shipment, goods: list[tuple[int, str, date | None]]) -> ShelfLifeTooShort | None:
    """The first of (item id, name, expiry) that expires too soon after departure, by the
    category's (or nearest ancestor's) minimum; goods expired by then count too."""
    departure = _departure(row)
    categories = dict(session.execute(select(Item.id, Item.category_id).where(
        Item.id.in_({item_id for item_id, _, _ in goods}))).all()) if goods else {}
    for item_id, name, expiry in sorted(goods, key=lambda g: g[2] or date.max):
        if expiry is None:
            continue
        days = min_shelf_life_days(session, categories[item_id]) or 0
        if (expiry - departure).days < days:
            return ShelfLifeTooShort(name, expiry, days, departure)
    return None


def _override(session: Session, actor: Actor, problem: ShelfLifeTooShort | None, reason: str | None) -> str | None:
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
    return f"shelf-life override: {text}"[:500]


def _loading(session: Session, truck: str) -> tuple[Shipment, Location]:
    row = find_shipment(session, truck, lock=True)
    refuse_if_dispatched(row)
    load = session.get(Location, row.load_location_id)
    assert load is not None
    return row, load


def _warnings(totals: TruckTotals, extra: list[Notice]) -> tuple[str, ...]:
    if totals.over_payload:
        extra.append(Notice("The load weighs {gross} kg, more than the maximum payload of {limit} kg.",
                            gross=format_quantity(totals.gross_kg),
                            limit=format_quantity(totals.max_payload_kg or Decimal(0))))
    return tuple(extra)


def load(
    session: Session, actor: Actor, truck: str, code: str, *, qty: str | int | Decimal | None = None, expiry: str | date | None = None,
    override_reason: str | None = None,
) -> LoadResult:
    """Load a box or pallet (scan its label) or loose goods (scan the goods, give a quantity)."""
    roles.require(session, actor, roles.LOAD)
    row, place = _loading(session, truck)
    internal = barcodes.parse_internal_code(code)
    if internal is not None and internal[0] in (barcodes.InternalKind.BOX, barcodes.InternalKind.PALLET):
        if qty not in (None, ""):
            raise BadInput("A box or pallet is loaded whole; leave out the quantity.")
        return _load_container(session, actor, row, place, code, override_reason)
    goods = scanned_goods(session, code, qty, expiry, default_one=True)
    root = root_location(session)
    plan = fefo_plan(session, goods.item, shelves(root), goods.units, root.name,
                     expiry=goods.expiry, lot_code=goods.lot_code)
    lots = {lot.id: lot for lot in session.scalars(select(Lot).where(Lot.id.in_({p[0] for p in plan})))}
    checked = [(goods.item.id, goods.item.name, lots[lot_id].expiry) for lot_id, _, _ in plan]
    reason = _override(session, actor, _too_short(session, row, checked), override_reason)
    for lot_id, location_id, part in plan:
        transfer(session, actor, "move", goods.item.id, lot_id, part, location_id, place.id,
                 shipment_id=row.id, reason=reason)
    row.status = "loading"
    session.flush()
    totals = _totals(session, row)
    expiries = sorted({expiry for p in plan if (expiry := lots[p[0]].expiry) is not None})
    description = f"{format_quantity(goods.units or Decimal(0))} {goods.item.unit} {goods.item.name}" + (
        f" (expiry {', '.join(e.isoformat() for e in expiries)})" if expiries else "")
    return LoadResult("item", code.strip(), description, goods.units, goods.item.unit, totals,
                      _warnings(totals, [Notice("{reason}", reason=reason)] if reason else []),
                      item_name=goods.item.name, expiries=tuple(expiries))


def _load_container(
    session: Session, actor: Actor, row: Shipment, load_place: Location, code: str, override_reason: str | None,
) -> LoadResult:
    place, box = find_container(session, code, lock=True)
    on = shipment_of_path(session, place.path)
    if on is not None:
        raise Conflict("{code} is already on truck {number}.", code=place.code, number=on.number)
    lines = [line for _, line in packing_lines(session, subtree_lines(session, place.path))]
    if not lines:
        raise Conflict("{code} is empty; there is nothing to load.", code=place.code)
    checked = [(line.item_id, line.item_name, line.expiry) for line in lines]
    reason = _override(session, actor, _too_short(session, row, checked), override_reason)
    warnings = [Notice("{code} is not sealed.", code=place.code)] if box.sealed_at is None and place.kind == "box" else []
    if reason:
        warnings.append(Notice("{code}: {reason}", code=place.code, reason=reason))
        record_event(session, actor, "override", place.id, shipment_id=row.id, reason=reason)
    warnings += [Notice("{code} on {pallet} is not sealed.", code=c.code, pallet=place.code)
                 for c in _unsealed_boxes_on(session, place)]
    record_event(session, actor, "load", place.id, from_location_id=place.parent_id, to_location_id=load_place.id,
                 shipment_id=row.id)
    reparent(session, place, load_place)
    row.status = "loading"
    session.flush()
    totals = _totals(session, row)
    pieces = sum((line.quantity for line in lines if line.unit not in ("kg", "l")), Decimal(0))
    description = f"{place.kind} {place.code} ({format_quantity(pieces)} pieces, {len(lines)} lines)"
    return LoadResult(place.kind, place.code, description, None, None, totals, _warnings(totals, warnings))


def _unsealed_boxes_on(session: Session, place: Location) -> list[Location]:
    return list(session.scalars(
        select(Location).join(Container, Container.location_id == Location.id)
        .where(Location.path.startswith(place.path), Location.id != place.id, Container.sealed_at.is_(None))
        .order_by(Location.id)
    ))


def unload(
    session: Session, actor: Actor, truck: str, code: str, *, qty: str | int | Decimal | None = None, to_location: str | None = None,
) -> LoadResult:
    """Take a box or pallet, or loose goods (all of them without ``qty``), off a truck not yet
    dispatched, back into the warehouse (or ``to_location``)."""
    roles.require(session, actor, roles.LOAD)
    row, load_place = _loading(session, truck)
    target = shelf_target(session, to_location)
    internal = barcodes.parse_internal_code(code)
    if internal is not None and internal[0] in (barcodes.InternalKind.BOX, barcodes.InternalKind.PALLET):
        place, _ = find_container(session, code, lock=True)
        if not place.path.startswith(load_place.path):
            raise Conflict("{code} is not on truck {number}.", code=place.code, number=row.number)
        record_event(session, actor, "unload", place.id, from_location_id=place.parent_id, to_location_id=target.id,
                     shipment_id=row.id)
        reparent(session, place, target)
        session.flush()
        totals = _totals(session, row)
        return LoadResult(place.kind, place.code, f"{place.kind} {place.code}", None, None, totals,
                          _warnings(totals, []))
    goods = scanned_goods(session, code, qty, None, default_one=False)
    plan = fefo_plan(session, goods.item, Location.id == load_place.id, goods.units, f"truck {row.number}",
                     expiry=goods.expiry, lot_code=goods.lot_code)
    for lot_id, location_id, part in plan:
        transfer(session, actor, "move", goods.item.id, lot_id, part, location_id, target.id,
                 shipment_id=row.id, reason="unloaded")
    session.flush()
    totals = _totals(session, row)
    moved = sum((p[2] for p in plan), Decimal(0))
    return LoadResult("item", code.strip(), f"{format_quantity(moved)} {goods.item.unit} {goods.item.name}",
                      moved, goods.item.unit, totals, _warnings(totals, []), item_name=goods.item.name)


def dispatch(session: Session, actor: Actor, truck: str) -> TruckInfo:
    """The truck leaves: its whole load goes out of stock (one 'dispatch' row per stock
    level), and the truck and everything on it are locked."""
    roles.require(session, actor, roles.DISPATCH)
    row, load_place = _loading(session, truck)
    levels = subtree_lines(session, load_place.path)
    if not levels:
        raise Conflict("Truck {number} has nothing loaded; there is nothing to dispatch.", number=row.number)
    for placed in levels:
        transfer(session, actor, "dispatch", placed.item_id, placed.lot_id, placed.quantity, placed.location_id,
                 None, shipment_id=row.id)
    row.status, row.dispatched_at, row.dispatched_by = "dispatched", utcnow(), actor.operator_id
    for place in session.scalars(select(Location).where(Location.path.startswith(load_place.path))):
        place.archived = True
    session.flush()
    return truck_info(session, row)


__all__ = [
    "LoadResult", "ShelfLifeTooShort", "TruckSummary", "TruckTotals", "create_truck", "dispatch", "get_truck",
    "list_trucks", "load", "truck_totals", "unload", "update_truck",
]
