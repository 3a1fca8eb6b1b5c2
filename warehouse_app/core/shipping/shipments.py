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
from warehouse_app.core.catalogue.items import ItemInfo
from warehouse_app.core.catalogue.scanned import scanned_goods
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.donations import next_number
from warehouse_app.core.ledger import record_event, replanned, transfer
from warehouse_app.core.quantities import format_quantity, parse_date
from warehouse_app.core.shipping._load_ahead import LoadedAhead, load_ahead
from warehouse_app.core.shipping._load_box_ahead import load_box_ahead
from warehouse_app.core.shipping._rows import (
    fefo_plan,
    find_container,
    find_shipment,
    packing_lines,
    refuse_if_dispatched,
    reparent,
    root_location,
    shelf_target,
    shelves,
    shipment_of_path,
    subtree_lines,
)
from warehouse_app.core.shipping.packing_data import CategorySummary, Package, PackingLine, TruckInfo
from warehouse_app.core.shipping.packing_list import load_of, missing_weights, summarise, truck_info
from warehouse_app.core.shipping.shelf_life import (
    ExpiredGoods,
    Fit,
    LotOnHand,
    ShelfLifeTooShort,
    check_dispatch,
    departure_of,
    first_problem,
    lots_for_truck,
    override,
    skipped_notices,
)
from warehouse_app.core.shipping.warehouse import parse_payload
from warehouse_app.core.stock.locations import add_location
from warehouse_app.db.models import Container, Location, Lot, Shipment
from warehouse_app.db.types import utcnow
from warehouse_app.kernel.errors import BadInput, Conflict, Notice


@dataclass(frozen=True)
class TruckTotals:
    packages: int
    pieces: Decimal
    net_kg: Decimal
    gross_kg: Decimal
    by_category: tuple[CategorySummary, ...]
    max_payload_kg: Decimal | None
    over_payload: bool
    loose_pieces: Decimal = Decimal(0)  # pieces loaded loose, beside the packages
    net_incomplete: bool = False  # some goods have no weight: the weights are the known part
    gross_incomplete: bool = False
    missing_weight: int = 0  # lines without a weight that no weighed box covers


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


class Overweight(Conflict):
    """The load weighs more than the truck may carry: dispatch only when told so (allow_overweight)."""

    def __init__(self, number: str, gross_kg: Decimal, limit_kg: Decimal) -> None:
        super().__init__("Truck {number} carries {gross} kg, more than its maximum payload of {limit} kg; "
                         "dispatch it overweight only if you mean to.",
                         number=number, gross=format_quantity(gross_kg), limit=format_quantity(limit_kg))


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


#: The usual destination, as a new truck's country field says it in each language.
UKRAINE = {"pl": "Ukraina", "en": "Ukraine", "uk": "Україна"}


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
    packages, loose, _summary, _sums = load_of(session, row)
    return _totals_of(truck_info(session, row).max_payload_kg, packages, loose)


def _totals_of(limit: Decimal | None, packages: tuple[Package, ...],
               loose: list[PackingLine] | tuple[PackingLine, ...]) -> TruckTotals:
    """A truck's totals from its packages and loose lines, against its payload ``limit``."""
    summary, totals = summarise(packages, list(loose))
    return TruckTotals(totals.packages, totals.pieces, totals.net_kg, totals.gross_kg, summary, limit,
                       limit is not None and totals.gross_kg > limit, totals.loose_pieces, totals.net_incomplete,
                       totals.gross_incomplete, len(missing_weights(packages, loose)))


def truck_totals(session: Session, truck: str) -> TruckTotals:
    return _totals(session, find_shipment(session, truck))


def list_trucks(session: Session, *, include_dispatched: bool = True, limit: int | None = None) -> list[TruckSummary]:
    """Newest first. Each truck's totals are read from its load (dispatched ones from the
    ledger), some tens of ms for a full truck, so a screen over a year of trucks passes ``limit``."""
    query = select(Shipment).order_by(Shipment.id.desc()).limit(limit)
    if not include_dispatched:
        query = query.where(Shipment.status != "dispatched")
    return [TruckSummary(truck_info(session, row), _totals(session, row)) for row in session.scalars(query)]


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
    override_reason: str | None = None, lot_code: str | None = None, lot_id: int | None = None,
) -> LoadResult:
    """Load a box or pallet (scan its label) or loose goods (scan the goods, give a quantity;
    ``expiry``, ``lot_code`` or ``lot_id`` name the lot, else first expiry first out among
    the lots that may go on this truck).

    The usual scan (the truck by its number; a box or pallet label, or loose goods with no
    lot named; everything fit to go as it is) reads what it decides on in one round trip
    and sends its writes with the COMMIT (``_load_box_ahead``, ``_load_ahead``); any other
    runs the steps below."""
    if qty in (None, ""):
        boxed = load_box_ahead(session, actor, truck, code)
        if boxed is not None:
            totals = _totals_of(boxed.load.limit, boxed.load.packages, boxed.load.loose)
            return LoadResult(boxed.kind, boxed.code, _container_line(boxed.kind, boxed.code, boxed.pieces,
                                                                      boxed.line_count),
                              None, None, totals, _warnings(totals, list(boxed.warnings)))
    if expiry in (None, "") and lot_code is None and lot_id is None:
        moved = load_ahead(session, actor, truck, code, qty)
        if moved is not None:
            return _loaded(session, None, code, moved)
    roles.require(session, actor, roles.LOAD)
    row, place = _loading(session, truck)
    internal = barcodes.parse_internal_code(code)
    if internal is not None and internal[0] in (barcodes.InternalKind.BOX, barcodes.InternalKind.PALLET):
        if qty not in (None, ""):
            raise BadInput("A box or pallet is loaded whole; leave out the quantity.")
        return _load_container(session, actor, row, place, code, override_reason)
    goods = scanned_goods(session, code, qty, expiry, default_one=True)
    root = root_location(session)

    def attempt() -> tuple[list[tuple[int, int, Decimal]], str | None, list[Notice]]:
        planned = _plan_loose(session, actor, row, goods.item, goods.units or Decimal(0), root,
                              goods.expiry, lot_code or goods.lot_code, lot_id, override_reason)
        for part_lot, location_id, part in planned[0]:
            transfer(session, actor, "move", goods.item.id, part_lot, part, location_id, place.id,
                     shipment_id=row.id, reason=planned[1])
        return planned

    plan, reason, skipped = replanned(session, attempt)
    lots = {lot.id: lot for lot in session.scalars(select(Lot).where(Lot.id.in_({p[0] for p in plan})))}
    row.status = "loading"
    session.flush()
    expiries = tuple(sorted({expiry for p in plan if (expiry := lots[p[0]].expiry) is not None}))
    notices = skipped + ([Notice("{reason}", reason=reason)] if reason else [])
    return _loaded(session, row, code, LoadedAhead(row.id, goods.item.name, goods.item.unit, goods.units or Decimal(0),
                                                   expiries, tuple(notices)))


def _loaded(session: Session, row: Shipment | None, code: str, moved: LoadedAhead) -> LoadResult:
    """The answer to a scan of loose goods onto the truck: what moved, and its totals now
    (read, or, after ``load_ahead``, counted from the load it read and what it moved)."""
    if moved.load is not None:
        totals = _totals_of(moved.load.limit, moved.load.packages, moved.load.loose)
    else:
        assert row is not None
        totals = _totals(session, row)
    description = f"{format_quantity(moved.units)} {moved.unit} {moved.item_name}" + (
        f" (expiry {', '.join(e.isoformat() for e in moved.expiries)})" if moved.expiries else "")
    return LoadResult("item", code.strip(), description, moved.units, moved.unit, totals,
                      _warnings(totals, list(moved.skipped)), item_name=moved.item_name, expiries=moved.expiries)


def _plan_loose(
    session: Session, actor: Actor, row: Shipment, item: ItemInfo, units: Decimal, root: Location,
    expiry: date | None, lot_code: str | None, lot_id: int | None, override_reason: str | None,
) -> tuple[list[tuple[int, int, Decimal]], str | None, list[Notice]]:
    """First expiry first out among the lots that may go on this truck (the plan, the
    override reason to record, notices of the lots skipped). When those are not enough,
    short-dated lots go under a manager's override; expired ones never."""
    lots = lots_for_truck(session, row, item, shelves(root), expiry=expiry, lot_code=lot_code)
    if lot_id is not None:
        lots = [lot for lot in lots if lot.lot_id == lot_id]
    fits = [lot for lot in lots if lot.fit is Fit.OK]
    usable = [lot for lot in lots if lot.fit is not Fit.EXPIRED]
    if lots and not usable:
        first = lots[0]
        assert first.expiry is not None
        raise ExpiredGoods(item.name, first.expiry, departure_of(row))
    reason, take = None, fits
    if sum((lot.quantity for lot in fits), Decimal(0)) < units:
        take = usable  # if not enough either way, the plan says how much there is
        if units <= sum((lot.quantity for lot in usable), Decimal(0)):
            short = next(lot for lot in usable if lot.fit is Fit.SHORT)
            assert short.expiry is not None
            reason = override(session, actor, ShelfLifeTooShort(item.name, short.expiry, short.min_days,
                                                                departure_of(row)), override_reason)
    chosen = {lot.lot_id for lot in take}
    plan = fefo_plan(session, item, shelves(root), units, root.name, expiry=expiry, lot_code=lot_code,
                     lots=chosen)
    skipped = skipped_notices(lots, chosen, {lot_id for lot_id, _, _ in plan}, item.unit, departure_of(row))
    return plan, reason, skipped


def loadable_lots(session: Session, truck: str, code: str) -> list[LotOnHand]:
    """The lots of the scanned goods on the shelves that may go on this truck (short-dated
    ones included, for a manager), first expiry first: what a loader picks from."""
    row = find_shipment(session, truck)
    goods = scanned_goods(session, code, None, None, default_one=False)
    lots = lots_for_truck(session, row, goods.item, shelves(root_location(session)),
                          expiry=goods.expiry, lot_code=goods.lot_code)
    return [lot for lot in lots if lot.fit is not Fit.EXPIRED]


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
    reason = override(session, actor, first_problem(session, row, checked), override_reason)
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
    return LoadResult(place.kind, place.code, _container_line(place.kind, place.code, pieces, len(lines)), None, None,
                      totals, _warnings(totals, warnings))


def _container_line(kind: str, code: str, pieces: Decimal, lines: int) -> str:
    return f"{kind} {code} ({format_quantity(pieces)} pieces, {lines} lines)"


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

    def attempt() -> list[tuple[int, int, Decimal]]:
        plan = fefo_plan(session, goods.item, Location.id == load_place.id, goods.units, f"truck {row.number}",
                         expiry=goods.expiry, lot_code=goods.lot_code)
        for lot_id, location_id, part in plan:
            transfer(session, actor, "move", goods.item.id, lot_id, part, location_id, target.id,
                     shipment_id=row.id, reason="unloaded")
        return plan

    plan = replanned(session, attempt)
    session.flush()
    totals = _totals(session, row)
    moved = sum((p[2] for p in plan), Decimal(0))
    return LoadResult("item", code.strip(), f"{format_quantity(moved)} {goods.item.unit} {goods.item.name}",
                      moved, goods.item.unit, totals, _warnings(totals, []), item_name=goods.item.name)


def dispatch(session: Session, actor: Actor, truck: str, *, allow_overweight: bool = False) -> TruckInfo:
    """The truck leaves: its whole load goes out of stock (one 'dispatch' row per stock
    level), and the truck and everything on it are locked. Refused when goods would leave
    expired or short-dated without an override (checked again against the day it leaves
    now), and when the load is over the maximum payload unless ``allow_overweight``."""
    roles.require(session, actor, roles.DISPATCH)
    row, load_place = _loading(session, truck)
    levels = subtree_lines(session, load_place.path)
    if not levels:
        raise Conflict("Truck {number} has nothing loaded; there is nothing to dispatch.", number=row.number)
    check_dispatch(session, row, levels)
    totals = _totals(session, row)
    if totals.over_payload and not allow_overweight:
        raise Overweight(row.number, totals.gross_kg, totals.max_payload_kg or Decimal(0))
    for placed in levels:
        transfer(session, actor, "dispatch", placed.item_id, placed.lot_id, placed.quantity, placed.location_id,
                 None, shipment_id=row.id)
    row.status, row.dispatched_at, row.dispatched_by = "dispatched", utcnow(), actor.operator_id
    for place in session.scalars(select(Location).where(Location.path.startswith(load_place.path))):
        place.archived = True
    session.flush()
    return truck_info(session, row)


__all__ = [
    "ExpiredGoods", "LoadResult", "Overweight", "ShelfLifeTooShort", "TruckSummary", "TruckTotals", "create_truck", "dispatch", "get_truck",
    "list_trucks", "load", "loadable_lots", "truck_totals", "unload", "update_truck",
]
