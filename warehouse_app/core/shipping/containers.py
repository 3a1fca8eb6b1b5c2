"""Boxes and pallets: labelled containers that are locations, packed by scanning.

A box is a place in the location tree with a Code 128 label (BX000042). Packing moves
stock from the shelves into it through the ledger; putting it on a pallet (or a pallet
on a truck) re-parents the container, because stock at a place is the sum over its
subtree: the goods' lines stay where they are. One category per box is the default,
as border checks expect; mixing is refused with ``MixedCategory`` until the user says
yes (``allow_mixed``). Sealing records the gross weight and stops further packing
until the box is reopened. Everything on a dispatched truck is locked.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import ColumnElement, CursorResult, func, or_, select, update
from sqlalchemy.orm import Session

from warehouse_app.core.access import roles
from warehouse_app.core.catalogue.categories import list_categories
from warehouse_app.core.catalogue.items import ItemInfo
from warehouse_app.core.catalogue.scanned import scanned_goods
from warehouse_app.core.context import Actor
from warehouse_app.core.ledger import record_event, replanned, transfer
from warehouse_app.core.quantities import WHOLE_UNITS, parse_weight
from warehouse_app.core.shipping._pack_ahead import pack_ahead
from warehouse_app.core.shipping._rows import (
    category_name,
    fefo_plan,
    find_container,
    live_lines,
    packing_lines,
    refuse_if_dispatched,
    reparent,
    root_location,
    shelf_target,
    shelves,
    shipment_of_path,
    subtree_lines,
)
from warehouse_app.core.shipping.packing_data import ContainerInfo as ContainerInfo  # where callers find them
from warehouse_app.core.shipping.packing_data import PackingLine
from warehouse_app.core.shipping.packing_data import PackResult as PackResult
from warehouse_app.core.stock.locations import add_location, resolve_location
from warehouse_app.db.models import Container, Location, Lot
from warehouse_app.db.types import utcnow
from warehouse_app.kernel.errors import BadInput, Conflict, NotEnoughStock

KINDS = ("box", "pallet")


class MixedCategory(Conflict):
    """Goods of another category scanned into a one-category box: retry with allow_mixed=True."""

    def __init__(self, box_code: str, box_category: str, item_category: str) -> None:
        super().__init__(
            "{box} holds {box_category}; {item_category} would mix categories. Pack it anyway, or use another box.",
            box=box_code, box_category=box_category, item_category=item_category,
        )
        self.box_code, self.box_category, self.item_category = box_code, box_category, item_category


def _lines(session: Session, place: Location) -> list[PackingLine]:
    return [line for _, line in packing_lines(session, subtree_lines(session, place.path))]


def _info(session: Session, place: Location, box: Container) -> ContainerInfo:
    lines = _lines(session, place)
    parent = session.get(Location, place.parent_id) if place.parent_id else None
    truck = shipment_of_path(session, place.path)
    category = None
    if not box.mixed and box.category_id is not None and lines:
        category = category_name(next(c for c in list_categories(session) if c.id == box.category_id))
    boxes = session.scalar(select(func.count()).select_from(Location)
                           .where(Location.parent_id == place.id, Location.kind == "box")) or 0
    return ContainerInfo(
        id=place.id, code=place.code, kind=place.kind, name=place.name,
        parent_code=parent.code if parent is not None and parent.kind in ("pallet", "truck") else None,
        truck_number=truck.number if truck else None, category=category, mixed=box.mixed,
        sealed=box.sealed_at is not None, gross_kg=box.gross_kg,
        net_kg=sum((line.net_kg for line in lines if line.net_kg is not None), Decimal(0)),  # known part
        pieces=sum((line.quantity for line in lines if line.unit in WHOLE_UNITS), Decimal(0)),
        line_count=len(lines), boxes=boxes,
    )


def create_container(session: Session, actor: Actor, kind: str, *, name: str | None = None) -> ContainerInfo:
    """A new empty box or pallet in the warehouse; its label code is its location code."""
    roles.require(session, actor, roles.PACK)
    if kind not in KINDS:
        raise BadInput("{kind} is not a container; use box or pallet.", kind=kind)
    root = root_location(session)
    place = add_location(session, name=name or f"{kind} (new)", kind=kind, parent=root.code)
    row = session.get(Location, place.id)
    assert row is not None
    if not name:
        row.name = place.code  # the label code names it until someone names it better
    box = Container(location_id=place.id, mixed=False, created_by=actor.operator_id)
    session.add(box)
    session.flush()
    return _info(session, row, box)


def get_container(session: Session, ref: str) -> ContainerInfo:
    return _info(session, *find_container(session, ref))


def list_containers(session: Session, *, kind: str | None = None, open_only: bool = False) -> list[ContainerInfo]:
    """Boxes and pallets still in the warehouse or on a truck being loaded (not dispatched ones),
    oldest first; ``open_only`` keeps the unsealed ones not yet on a truck."""
    query = (select(Location, Container).join(Container, Container.location_id == Location.id)
             .where(Location.archived.is_(False)).order_by(Location.id))
    if kind is not None:
        if kind not in KINDS:
            raise BadInput("{kind} is not a container; use box or pallet.", kind=kind)
        query = query.where(Location.kind == kind)
    if open_only:
        query = query.where(Container.sealed_at.is_(None))
    infos = [_info(session, place, box) for place, box in session.execute(query).all()]
    return [i for i in infos if not (open_only and i.truck_number)]


def container_contents(session: Session, ref: str) -> list[PackingLine]:
    """Every item and lot in the box, or on the pallet (its boxes included)."""
    return _lines(session, find_container(session, ref)[0])


def _changeable(session: Session, ref: str, *, kind: str | None = None, unsealed: bool = False,
                off_truck: bool = True) -> tuple[Location, Container]:
    """The container, locked, after the checks every change makes: right kind, not dispatched,
    (optionally) not sealed and not on a truck."""
    place, box = find_container(session, ref, lock=True)
    if kind is not None and place.kind != kind:
        raise BadInput("{code} is a {actual}, not a {kind}.", code=place.code, actual=place.kind, kind=kind)
    truck = shipment_of_path(session, place.path)
    refuse_if_dispatched(truck, place.code)
    if off_truck and truck is not None:
        raise Conflict("{code} is on truck {number}; unload it first.", code=place.code, number=truck.number)
    if unsealed and box.sealed_at is not None:
        raise Conflict("{code} is sealed; reopen it first.", code=place.code)
    return place, box


def _holds_goods(session: Session, place: Location) -> bool:
    """Goods lie in the container itself (a pallet's boxes have categories of their own)."""
    return bool(live_lines(session, Location.id == place.id))


def _check_category(session: Session, place: Location, box: Container, category_id: int, allow_mixed: bool) -> None:
    """Claim the box for the goods' category in one conditional UPDATE, read from the
    database as it is now: another station's pack committed a moment ago counts, while the
    container row read with the box (from an older snapshot on PostgreSQL) may not show it."""
    mine = Container.location_id == place.id
    if not _holds_goods(session, place):
        claim = update(Container).where(mine)  # empty: whatever it held before no longer counts
    else:
        claim = update(Container).where(mine, Container.mixed.is_(False), or_(
            Container.category_id.is_(None), Container.category_id == category_id))
    claimed = cast(CursorResult[Any], session.execute(claim.values(category_id=category_id, mixed=False)
                                                      .execution_options(synchronize_session=False)))
    session.refresh(box)
    if claimed.rowcount or box.mixed:
        return
    if not allow_mixed:
        cats = {c.id: c for c in list_categories(session)}
        raise MixedCategory(place.code, cats[box.category_id].path() if box.category_id else "other goods",
                            cats[category_id].path())
    box.mixed = True


def pack(
    session: Session, actor: Actor, box: str, code: str, *, qty: str | int | Decimal | None = None, expiry: str | date | None = None,
    allow_mixed: bool = False, from_location: str | None = None,
) -> PackResult:
    """Move scanned goods from the shelves (or ``from_location``) into an open box, first
    expiry first out; ``qty`` counts scans of the code, as at intake.

    The usual scan (a box label, goods, no expiry or source named) reads everything it
    decides on in one round trip and sends its writes with the COMMIT (``_pack_ahead``);
    any other, and any scan that rule says no to, runs the steps below."""
    if expiry in (None, "") and not from_location:
        done = pack_ahead(session, actor, box, code, qty)
        if done is not None:
            return done
    roles.require(session, actor, roles.PACK)
    place, row = _changeable(session, box, unsealed=True)
    goods = scanned_goods(session, code, qty, expiry, default_one=True)
    if from_location:
        source = resolve_location(session, from_location)
        if source.path.startswith(place.path):
            raise BadInput("The goods are already in {code}.", code=place.code)
        where, source_name = Location.path.startswith(source.path), source.name
    else:
        root = root_location(session)
        where, source_name = shelves(root), root.name
    _check_category(session, place, row, goods.item.category_id, allow_mixed)

    def attempt() -> list[tuple[int, int, Decimal]]:
        if goods.expiry is not None or goods.lot_code:
            plan = fefo_plan(session, goods.item, where, goods.units, source_name, expiry=goods.expiry,
                             lot_code=goods.lot_code)
        else:
            plan = _unexpired_plan(session, goods.item, where, goods.units, source_name)
        for lot_id, location_id, part in plan:
            transfer(session, actor, "move", goods.item.id, lot_id, part, location_id, place.id)
        return plan

    plan = replanned(session, attempt)
    return _result(session, place, row, goods.item.name, goods.item.unit, plan)


def _unexpired_plan(session: Session, item: ItemInfo, where: ColumnElement[bool], units: Decimal | None,
                    source_name: str) -> list[tuple[int, int, Decimal]]:
    """First expiry first out among the lots not yet expired: a box goes to a truck, and
    expired goods never do. Packing an expired lot takes naming it (``--expiry``)."""
    today = date.today()
    fresh = set(session.scalars(select(Lot.id).where(
        Lot.item_id == item.id, or_(Lot.expiry.is_(None), Lot.expiry >= today))))
    try:
        return fefo_plan(session, item, where, units, source_name, lots=fresh)
    except NotEnoughStock:
        try:
            fefo_plan(session, item, where, units, source_name)  # would the expired lots make up the rest?
        except NotEnoughStock:
            raise
        raise Conflict("Only expired {item} would make up this quantity; expired goods do not go in a box for a "
                       "truck. Write them off, or name the lot's expiry date to pack it anyway.",
                       item=item.name) from None


def _result(session: Session, place: Location, box: Container, name: str, unit: str,
            plan: list[tuple[int, int, Decimal]]) -> PackResult:
    lot = session.get(Lot, plan[0][0])
    assert lot is not None
    return PackResult(_info(session, place, box), name, unit, sum((p[2] for p in plan), Decimal(0)),
                      lot.expiry, lot.lot_code)


def unpack(
    session: Session, actor: Actor, box: str, code: str, *, qty: str | int | Decimal | None = None, to_location: str | None = None,
) -> PackResult:
    """Take goods out of an open box back to a shelf (default: the warehouse); no ``qty``
    takes all of that item."""
    roles.require(session, actor, roles.PACK)
    place, row = _changeable(session, box, unsealed=True)
    goods = scanned_goods(session, code, qty, None, default_one=False)
    target = shelf_target(session, to_location)

    def attempt() -> list[tuple[int, int, Decimal]]:
        plan = fefo_plan(session, goods.item, Location.id == place.id, goods.units, place.code,
                         expiry=goods.expiry, lot_code=goods.lot_code)
        for lot_id, location_id, part in plan:
            transfer(session, actor, "move", goods.item.id, lot_id, part, location_id, target.id)
        return plan

    plan = replanned(session, attempt)
    if not _holds_goods(session, place):
        row.category_id, row.mixed = None, False
    return _result(session, place, row, goods.item.name, goods.item.unit, plan)


def seal(session: Session, actor: Actor, box: str, *, gross_kg: str | int | Decimal | None = None) -> ContainerInfo:
    """Close a packed box (or pallet) and record what it weighs, if weighed; a seal on a
    truck being loaded is fine, a dispatched one is locked."""
    roles.require(session, actor, roles.PACK)
    place, row = _changeable(session, box, unsealed=True, off_truck=False)
    info = _info(session, place, row)
    if info.line_count == 0:
        raise Conflict("{code} is empty; pack something before sealing it.", code=place.code)
    weight = None
    if gross_kg not in (None, ""):
        weight = parse_weight(gross_kg)
        if weight < info.net_kg:
            raise BadInput("{code} cannot weigh {gross} kg: its contents alone weigh {net} kg.",
                           code=place.code, gross=f"{weight.normalize():f}", net=f"{info.net_kg.normalize():f}")
        if weight == 0:
            raise BadInput("A gross weight must be more than zero.")
    row.sealed_at, row.gross_kg = utcnow(), weight
    record_event(session, actor, "seal", place.id, reason=f"gross {weight.normalize():f} kg" if weight else None)
    return _info(session, place, row)


def reopen(session: Session, actor: Actor, box: str) -> ContainerInfo:
    """Open a sealed box again; its weight is forgotten (it will change)."""
    roles.require(session, actor, roles.PACK)
    place, row = _changeable(session, box, off_truck=False)
    if row.sealed_at is None:
        raise Conflict("{code} is not sealed.", code=place.code)
    row.sealed_at, row.gross_kg = None, None
    record_event(session, actor, "reopen", place.id)
    return _info(session, place, row)


def put_on_pallet(session: Session, actor: Actor, pallet: str, box: str) -> ContainerInfo:
    """Stand a box on a pallet (scan the box label); returns the pallet."""
    roles.require(session, actor, roles.PACK)
    pallet_place, pallet_row = _changeable(session, pallet, kind="pallet", unsealed=True)
    box_place, _ = _changeable(session, box, kind="box")
    if box_place.parent_id == pallet_place.id:
        raise Conflict("{box} is already on {pallet}.", box=box_place.code, pallet=pallet_place.code)
    record_event(session, actor, "on_pallet", box_place.id, from_location_id=box_place.parent_id,
                 to_location_id=pallet_place.id)
    reparent(session, box_place, pallet_place)
    return _info(session, pallet_place, pallet_row)


def take_off_pallet(session: Session, actor: Actor, box: str) -> ContainerInfo:
    """Take a box off its pallet back into the warehouse; returns the box."""
    roles.require(session, actor, roles.PACK)
    place, row = _changeable(session, box, kind="box")
    parent = session.get(Location, place.parent_id) if place.parent_id else None
    if parent is None or parent.kind != "pallet":
        raise Conflict("{box} is not on a pallet.", box=place.code)
    root = root_location(session)
    record_event(session, actor, "off_pallet", place.id, from_location_id=parent.id, to_location_id=root.id)
    reparent(session, place, root)
    return _info(session, place, row)
