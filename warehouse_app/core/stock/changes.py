"""Changing stock after intake: move, adjust to a count, write off, and reverse a movement."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from warehouse_app.core.access import roles
from warehouse_app.core.catalogue.items import ItemInfo, find_item
from warehouse_app.core.context import Actor
from warehouse_app.core.ledger import get_or_create_lot, level, not_enough, replanned, transfer
from warehouse_app.core.quantities import parse_count, parse_date, parse_quantity, valid_id
from warehouse_app.core.stock.locations import (
    CONTAINER_KINDS,
    LocationInfo,
    get_location,
    refuse_container,
    resolve_location,
)
from warehouse_app.db.models import Container, Location, Lot, Movement, Shipment, StockLevel
from warehouse_app.kernel.errors import BadInput, Conflict, NotFound


@dataclass(frozen=True)
class MovedLine:
    movement_id: int
    expiry: date | None
    lot_code: str
    location: str
    quantity: Decimal


@dataclass(frozen=True)
class StockChange:
    """What one stock action did: the ledger rows written, per lot."""

    kind: str
    item_id: int
    item_name: str
    unit: str
    quantity: Decimal
    lines: tuple[MovedLine, ...]


def _reason(reason: str | None, action: str) -> str:
    text = " ".join((reason or "").split())
    if not text:
        raise BadInput("A {action} needs a reason.", action=action)
    return text[:500]


def _lot_ids(session: Session, item_id: int, expiry: str | date | None, lot_code: str | None) -> list[int] | None:
    """The lots a user narrowed the choice to, or None for any lot."""
    if expiry in (None, "") and lot_code is None:
        return None
    query = select(Lot.id).where(Lot.item_id == item_id)
    if expiry not in (None, ""):
        query = query.where(Lot.expiry == parse_date(expiry))
    if lot_code is not None:
        query = query.where(Lot.lot_code == lot_code.strip())
    return list(session.scalars(query))


def _sources(
    session: Session, item: ItemInfo, place: LocationInfo, qty: Decimal, lot_ids: list[int] | None
) -> list[tuple[int, int, Decimal]]:
    """Where to take ``qty`` from inside ``place``: first expiry first out.

    Loose stock only; goods packed in boxes, pallets or trucks below the place
    move with their container, not line by line.
    """
    query = (
        select(StockLevel.lot_id, StockLevel.location_id, StockLevel.quantity)
        .join(Lot, Lot.id == StockLevel.lot_id)
        .join(Location, Location.id == StockLevel.location_id)
        .where(StockLevel.item_id == item.id, StockLevel.quantity > 0, Location.path.startswith(place.path))
        .order_by(Lot.expiry.is_(None), Lot.expiry, Lot.id, Location.id)
    )
    if not place.is_container:
        query = query.where(Location.kind.not_in(CONTAINER_KINDS))
    if lot_ids is not None:
        query = query.where(StockLevel.lot_id.in_(lot_ids))
    plan: list[tuple[int, int, Decimal]] = []
    remaining = qty
    available = Decimal(0)
    for lot_id, location_id, on_hand in session.execute(query):
        available += on_hand
        if remaining > 0:
            part = min(remaining, on_hand)
            plan.append((lot_id, location_id, part))
            remaining -= part
    if remaining > 0:
        raise not_enough(item.name, place.name, available, item.unit, qty)
    return plan


def _lines(session: Session, rows: list[tuple[int, int, int, Decimal]]) -> tuple[MovedLine, ...]:
    lines = []
    for movement_id, lot_id, location_id, qty in rows:
        lot = session.get(Lot, lot_id)
        assert lot is not None
        lines.append(MovedLine(movement_id, lot.expiry, lot.lot_code, get_location(session, location_id).name, qty))
    return tuple(lines)


def _take_fefo(
    session: Session, actor: Actor, kind: str, item: ItemInfo, qty: Decimal, source: LocationInfo,
    target_id: int | None, lot_ids: list[int] | None, reason: str | None,
) -> StockChange:
    def attempt() -> list[tuple[int, int, int, Decimal]]:
        rows = []
        for lot_id, location_id, part in _sources(session, item, source, qty, lot_ids):
            movement_id, _ = transfer(session, actor, kind, item.id, lot_id, part, location_id, target_id,
                                      reason=reason)
            rows.append((movement_id, lot_id, location_id, part))
        return rows

    return StockChange(kind, item.id, item.name, item.unit, qty, _lines(session, replanned(session, attempt)))


def move(
    session: Session, actor: Actor, item_ref: str, qty: str | int | Decimal, from_location: str, to_location: str,
    *, expiry: str | date | None = None, lot_code: str | None = None, reason: str | None = None,
) -> StockChange:
    roles.require(session, actor, roles.MOVE)
    item = find_item(session, item_ref)
    amount = parse_quantity(qty, item.unit)
    source, target = resolve_location(session, from_location), resolve_location(session, to_location)
    if source.id == target.id:
        raise BadInput("The goods are already at {place}.", place=source.name)
    for place in (source, target):
        refuse_container(place)
    return _take_fefo(session, actor, "move", item, amount, source, target.id,
                      _lot_ids(session, item.id, expiry, lot_code), reason)


def write_off(
    session: Session, actor: Actor, item_ref: str, qty: str | int | Decimal, reason: str,
    *, location: str | None = None, expiry: str | date | None = None, lot_code: str | None = None,
) -> StockChange:
    """Goods leave the stock for good (expired, damaged); the reason is required."""
    roles.require(session, actor, roles.WRITE_OFF)
    why = _reason(reason, "write-off")
    item = find_item(session, item_ref)
    amount = parse_quantity(qty, item.unit)
    source = resolve_location(session, location) if location else _root(session)
    refuse_container(source)
    return _take_fefo(session, actor, "write_off", item, amount, source, None,
                      _lot_ids(session, item.id, expiry, lot_code), why)


def _root(session: Session) -> LocationInfo:
    root_id = session.scalar(select(Location.id).where(Location.parent_id.is_(None)).order_by(Location.id))
    if root_id is None:
        raise NotFound("This database has no warehouse location.")
    return get_location(session, root_id)


def adjust(
    session: Session, actor: Actor, item_ref: str, counted: str | int | Decimal, location: str, reason: str,
    *, expiry: str | date | None = None, lot_code: str | None = None,
) -> StockChange:
    """Set the stock of one lot at one place to what was counted; the ledger gets the difference."""
    roles.require(session, actor, roles.ADJUST)
    why = _reason(reason, "stock adjustment")
    item = find_item(session, item_ref)
    count = parse_count(counted, item.unit)
    place = resolve_location(session, location)
    refuse_container(place)
    lot_id = _lot_for_count(session, item, place, expiry, lot_code)
    current = level(session, item.id, lot_id, place.id)
    diff = count - current
    if diff == 0:
        return StockChange("adjust", item.id, item.name, item.unit, Decimal(0), ())
    source, target = (None, place.id) if diff > 0 else (place.id, None)
    movement_id, _ = transfer(session, actor, "adjust", item.id, lot_id, abs(diff), source, target, reason=why)
    return StockChange("adjust", item.id, item.name, item.unit, diff, _lines(session, [(movement_id, lot_id, place.id, diff)]))


def _lot_for_count(
    session: Session, item: ItemInfo, place: LocationInfo, expiry: str | date | None, lot_code: str | None
) -> int:
    if expiry not in (None, "") or lot_code is not None:
        when = parse_date(expiry) if expiry not in (None, "") else None
        if item.tracks_expiry and when is None:
            raise BadInput("{item} needs an expiry date.", item=item.name)
        return get_or_create_lot(session, item.id, when, (lot_code or "").strip())
    present = session.scalars(
        select(StockLevel.lot_id).where(
            StockLevel.item_id == item.id, StockLevel.location_id == place.id, StockLevel.quantity > 0
        )
    ).all()
    if len(present) == 1:
        return present[0]
    if len(present) > 1:
        raise BadInput("{item} lies at {place} in {n} lots; say which expiry date or lot was counted.",
                       item=item.name, place=place.name, n=len(present))
    if item.tracks_expiry:
        raise BadInput("{item} needs an expiry date.", item=item.name)
    return get_or_create_lot(session, item.id, None, "")


def _refuse_locked(session: Session, movement_id: int, place_ids: list[int], shipment_id: int | None) -> None:
    """A reversal must not change goods in a sealed box or pallet, nor anything of a dispatched truck."""
    truck = session.get(Shipment, shipment_id) if shipment_id is not None else None
    if truck is not None and truck.status == "dispatched":
        raise Conflict("Movement {id} belongs to truck {number}, which is dispatched; nothing on it can change.",
                       id=movement_id, number=truck.number)
    for place in session.scalars(select(Location).where(Location.id.in_(place_ids))):
        above = [int(part) for part in place.path.strip("/").split("/") if part]
        sealed = session.scalar(select(Location.code).join(Container, Container.location_id == Location.id)
                                .where(Location.id.in_(above), Container.sealed_at.is_not(None)).limit(1))
        if sealed is not None:
            raise Conflict("Reversing movement {id} would change the sealed {code}; reopen it first.",
                           id=movement_id, code=sealed)
        loaded = session.scalar(select(Shipment).where(Shipment.load_location_id.in_(above),
                                                       Shipment.status == "dispatched"))
        if loaded is not None:
            raise Conflict("Movement {id} belongs to truck {number}, which is dispatched; nothing on it can change.",
                           id=movement_id, number=loaded.number)


def _own_undo(session: Session, kind: str, place_ids: list[int]) -> bool:
    """Whether anyone may take back this row of their own: a receipt (the intake's undo and
    quantity correction) or a move between shelves (the put-away's undo); not packing or
    loading, whose undoing is unpacking and unloading."""
    if kind == "receive":
        return True
    return kind == "move" and not any(get_location(session, p).is_container for p in place_ids)


def reverse(session: Session, actor: Actor, movement_id: int, reason: str) -> StockChange:
    """Undo a movement with a new reversal row; the original stays in the ledger.

    A manager reverses any row; anyone may take back their own receipt or move between
    shelves (the intake's and the put-away's undo, the quantity correction). Goods in a
    sealed box and a dispatched truck stay as they are."""
    why = _reason(reason, "reversal")
    original = session.get(Movement, movement_id) if valid_id(movement_id) else None
    if original is None:
        raise NotFound("There is no movement number {id}.", id=movement_id)
    places = [p for p in (original.from_location_id, original.to_location_id) if p is not None]
    if not (original.operator_id == actor.operator_id and _own_undo(session, original.kind, places)):
        roles.require(session, actor, roles.REVERSE)
    _refuse_locked(session, movement_id, places, original.shipment_id)
    if original.kind != "move":  # packing and loading are moves; only they (and their undoing) use the door
        for place_id in places:
            refuse_container(get_location(session, place_id))
    if original.kind == "reversal":
        raise Conflict("Movement {id} is itself a reversal; record a new movement instead.", id=movement_id)
    if session.scalar(select(Movement.id).where(Movement.reverses_id == movement_id)) is not None:
        raise Conflict("Movement {id} has already been reversed.", id=movement_id)
    item = find_item(session, f"#{original.item_id}")
    new_id, _ = transfer(
        session, actor, "reversal", item.id, original.lot_id, original.quantity,
        original.to_location_id, original.from_location_id,
        shipment_id=original.shipment_id, reason=why, reverses_id=original.id,
    )
    place = original.to_location_id or original.from_location_id
    assert place is not None
    return StockChange("reversal", item.id, item.name, item.unit, original.quantity,
                       _lines(session, [(new_id, original.lot_id, place, original.quantity)]))
