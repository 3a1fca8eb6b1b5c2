"""Look-ups shared by boxes, pallets and trucks: finding them, moving a container in the
location tree, reading what lies in a subtree (live, or as dispatched), and the
first-expiry-first-out choice of lots.

Kept apart from the services so ``containers``, ``shipments`` and ``packing_list`` can
all use them without importing each other in a circle.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import ColumnElement, String, func, literal, select, update
from sqlalchemy.orm import Session

from warehouse_app.core.catalogue import barcodes
from warehouse_app.core.catalogue.categories import CategoryInfo, list_categories
from warehouse_app.core.catalogue.items import ItemInfo
from warehouse_app.core.ledger import not_enough
from warehouse_app.core.shipping.packing_data import CategoryName, PackingLine
from warehouse_app.core.stock.locations import CONTAINER_KINDS, resolve_location
from warehouse_app.db.models import Category, Container, Item, Location, Lot, Movement, Shipment, StockLevel
from warehouse_app.kernel.errors import BadInput, Conflict, NotFound

_GRAM = Decimal("0.001")


@dataclass(frozen=True)
class Placed:
    """A quantity of one lot of one item at one place of a subtree."""

    location_id: int
    item_id: int
    lot_id: int
    quantity: Decimal


def root_location(session: Session) -> Location:
    """Where new containers stand and unpacked or unloaded goods go back to by default."""
    row = session.scalar(select(Location).where(Location.parent_id.is_(None)).order_by(Location.id))
    if row is None:
        raise NotFound("This database has no warehouse location; run 'warehouse-app db upgrade'.")
    return row


def shelf_target(session: Session, ref: str | None) -> Location:
    """Where unpacked or unloaded goods go: a named place (not a box, pallet or truck, whose
    rules would be skipped), or the warehouse itself."""
    if not ref:
        return root_location(session)
    row = session.get(Location, resolve_location(session, ref).id)
    assert row is not None
    if row.kind in CONTAINER_KINDS:
        raise BadInput("{code} is a {kind}; put goods back on a shelf, and pack or load them from there.",
                       code=row.code, kind=row.kind)
    return row


def path_ids(path: str) -> list[int]:
    return [int(part) for part in path.strip("/").split("/") if part]


def find_container(session: Session, ref: str, *, lock: bool = False) -> tuple[Location, Container]:
    """A box or pallet by its label code (as scanned, any case or padding) or its name.

    ``lock`` reads the location row FOR UPDATE (PostgreSQL), so two stations moving the
    same box at once take turns (SQLite runs one writer at a time anyway).
    """
    text = " ".join(ref.split())
    if not text:
        raise BadInput("Name a box or pallet, by its label code or its name.")
    parsed = barcodes.parse_internal_code(text)
    query = select(Location, Container).join(Container, Container.location_id == Location.id)
    if parsed is not None:
        query = query.where(Location.code == barcodes.make_internal_code(*parsed))
    else:
        query = query.where(func.lower(Location.name) == text.lower())
    rows = session.execute(query.with_for_update(of=Location) if lock else query).all()
    if len(rows) > 1:
        raise BadInput("Several boxes or pallets are called {ref}; use the label code.", ref=ref)
    if not rows:
        raise NotFound("There is no box or pallet {ref}.", ref=ref)
    return rows[0][0], rows[0][1]


def find_shipment(session: Session, ref: str, *, lock: bool = False) -> Shipment:
    """A truck by its number (T-2026-0042, any case) or the label code of its load."""
    text = ref.strip().upper()
    if not text:
        raise BadInput("Name a truck by its number, e.g. T-2026-0042.")
    query = select(Shipment).where(Shipment.number == text)
    parsed = barcodes.parse_internal_code(text)
    if parsed is not None and parsed[0] == barcodes.InternalKind.TRUCK:
        load = select(Location.id).where(Location.code == barcodes.make_internal_code(*parsed))
        query = select(Shipment).where(Shipment.load_location_id.in_(load))
    row = session.scalar(query.with_for_update() if lock else query)
    if row is None:
        raise NotFound("There is no truck {ref}.", ref=ref)
    return row


def shipment_of_path(session: Session, path: str) -> Shipment | None:
    """The truck whose load holds the place with this path, if any."""
    return session.scalar(select(Shipment).where(Shipment.load_location_id.in_(path_ids(path))))


def refuse_if_dispatched(shipment: Shipment | None, what: str | None = None) -> None:
    """Refuse any change to a dispatched truck (``what`` None) or to a container on one."""
    if shipment is None or shipment.status != "dispatched":
        return
    if what is None:
        raise Conflict("Truck {number} is dispatched; nothing on it can change.", number=shipment.number)
    raise Conflict("{what} left with truck {number}, which is dispatched; nothing on it can change.",
                   what=what, number=shipment.number)


def reparent(session: Session, place: Location, new_parent: Location) -> None:
    """Put a container (and everything on it) under another place: its parent and the
    materialised paths of its whole subtree change, its stock lines do not."""
    if new_parent.path.startswith(place.path):
        raise BadInput("{name} cannot be put inside itself.", name=place.name)
    old, new = place.path, f"{new_parent.path}{place.id}/"
    session.flush()
    session.execute(
        update(Location)
        .where(Location.path.startswith(old))
        .values(path=literal(new, String).concat(func.substr(Location.path, len(old) + 1)))
        .execution_options(synchronize_session=False)
    )
    session.execute(update(Location).where(Location.id == place.id).values(parent_id=new_parent.id)
                    .execution_options(synchronize_session=False))
    session.expire(place)


def live_lines(session: Session, where: ColumnElement[bool]) -> list[Placed]:
    """Stock now lying at the locations ``where`` selects (a condition on Location)."""
    query = (
        select(StockLevel.location_id, StockLevel.item_id, StockLevel.lot_id, StockLevel.quantity)
        .join(Location, Location.id == StockLevel.location_id)
        .where(where, StockLevel.quantity > 0)
        .order_by(Location.path, StockLevel.item_id, StockLevel.lot_id)
    )
    return [Placed(*row) for row in session.execute(query)]


def dispatched_lines(session: Session, shipment_id: int, where: ColumnElement[bool]) -> list[Placed]:
    """What left with a dispatched truck from the locations ``where`` selects: its dispatch
    rows, less any dispatch later reversed (a reversal row puts the goods back)."""
    sign = {"dispatch": 1, "reversal": -1}
    totals: dict[tuple[int, int, int], Decimal] = {}
    query = (
        select(Movement.kind, Movement.from_location_id, Movement.to_location_id, Movement.item_id,
               Movement.lot_id, Movement.quantity)
        .join(Location, Location.id == func.coalesce(Movement.from_location_id, Movement.to_location_id))
        .where(Movement.shipment_id == shipment_id, where,
               ((Movement.kind == "dispatch") | ((Movement.kind == "reversal") & Movement.from_location_id.is_(None))))
    )
    for kind, source, target, item_id, lot_id, qty in session.execute(query):
        place = source if kind == "dispatch" else target
        assert place is not None  # a dispatch leaves from a place; the reversal of one returns to it
        key = (place, item_id, lot_id)
        totals[key] = totals.get(key, Decimal(0)) + sign[kind] * qty
    paths = dict(session.execute(select(Location.id, Location.path).where(
        Location.id.in_({k[0] for k in totals}))).all())
    return [Placed(*key, qty) for key, qty in sorted(totals.items(), key=lambda kv: (paths[kv[0][0]], kv[0][1:]))
            if qty > 0]


def subtree_lines(session: Session, path: str) -> list[Placed]:
    """What lies in the subtree at ``path``: live stock, or what left with its dispatched truck."""
    where = Location.path.startswith(path)
    shipment = shipment_of_path(session, path)
    if shipment is not None and shipment.status == "dispatched":
        return dispatched_lines(session, shipment.id, where)
    return live_lines(session, where)


def category_name(info: CategoryInfo) -> CategoryName:
    return CategoryName(info.code, info.name_pl, info.name_en, info.name_uk, info.hs_code)


def net_of(quantity: Decimal, unit_weight_kg: Decimal | None) -> Decimal | None:
    """A line's net weight in kg (None: the item has no unit weight)."""
    net = quantity * unit_weight_kg if unit_weight_kg is not None else None
    if net is not None and net == net.quantize(_GRAM):  # exact either way; three places read better on paper
        net = net.quantize(_GRAM)
    return net


def packing_lines(session: Session, placed: list[Placed]) -> list[tuple[int, PackingLine]]:
    """(location id, line) for each placed quantity: item, category names, unit, net weight, lot."""
    if not placed:
        return []
    cats = {c.id: c for c in list_categories(session)}
    items = {row.id: row for row in session.execute(
        select(Item.id, Item.name, Item.unit, Item.unit_weight_kg, Item.category_id, Item.name_uk, Item.hs_code,
               Item.origin_country, Item.unit_value, Item.value_currency)  # LINE_ITEM, with id and category
        .where(Item.id.in_({p.item_id for p in placed})))}
    lots = {row.id: row for row in session.execute(
        select(Lot.id, Lot.expiry, Lot.lot_code).where(Lot.id.in_({p.lot_id for p in placed})))}
    result = []
    for p in placed:
        item, lot = items[p.item_id], lots[p.lot_id]
        fields = LineItem(item.name, item.unit, item.unit_weight_kg, item.name_uk, item.hs_code, item.origin_country,
                          item.unit_value, item.value_currency)
        line = line_of(p, fields, category_name(cats[item.category_id]), lot.expiry, lot.lot_code)
        result.append((p.location_id, line))
    return result


class LineItem(NamedTuple):
    """What a packing line says of its item (``LINE_ITEM`` columns)."""

    name: str
    unit: str
    unit_weight_kg: Decimal | None
    name_uk: str | None
    hs_code: str | None
    origin_country: str | None
    unit_value: Decimal | None
    value_currency: str | None


LINE_ITEM = (Item.name, Item.unit, Item.unit_weight_kg, Item.name_uk, Item.hs_code, Item.origin_country,
             Item.unit_value, Item.value_currency)
LINE_CATEGORY = (Category.code, Category.name_pl, Category.name_en, Category.name_uk, Category.hs_code)


def line_of(p: Placed, item: LineItem, category: CategoryName, expiry: date | None, lot_code: str) -> PackingLine:
    """The packing line of a placed quantity: the item's own Ukrainian name and HS code,
    else its category's."""
    return PackingLine(p.item_id, item.name, category, p.quantity, item.unit, net_of(p.quantity, item.unit_weight_kg),
                       expiry, lot_code, item_name_uk=item.name_uk or category.uk,
                       hs_code=item.hs_code or category.hs_code, origin_country=item.origin_country,
                       unit_value=item.unit_value, value_currency=item.value_currency)


def min_shelf_life_days(session: Session, category_id: int) -> int | None:
    """The category's minimum remaining shelf life at dispatch, or its nearest ancestor's."""
    by_id = {c.id: c for c in list_categories(session)}
    current = by_id.get(category_id)
    while current is not None:
        if current.min_shelf_life_days is not None:
            return current.min_shelf_life_days
        current = by_id.get(current.parent_id) if current.parent_id is not None else None
    return None


def fefo_plan(
    session: Session, item: ItemInfo, where: ColumnElement[bool], qty: Decimal | None, place_name: str,
    *, expiry: date | None = None, lot_code: str | None = None, lots: set[int] | None = None,
) -> list[tuple[int, int, Decimal]]:
    """(lot, location, quantity) to take ``qty`` from where ``where`` selects, first expiry
    first out (goods without a date last), from ``lots`` only when given; ``qty`` None takes
    all. Raises NotEnoughStock."""
    query = (
        select(StockLevel.lot_id, StockLevel.location_id, StockLevel.quantity)
        .join(Lot, Lot.id == StockLevel.lot_id)
        .join(Location, Location.id == StockLevel.location_id)
        .where(StockLevel.item_id == item.id, StockLevel.quantity > 0, where)
        .order_by(Lot.expiry.is_(None), Lot.expiry, Lot.id, Location.id)
    )
    if expiry is not None:
        query = query.where(Lot.expiry == expiry)
    if lot_code:
        query = query.where(Lot.lot_code == lot_code)
    if lots is not None:
        query = query.where(Lot.id.in_(lots))
    plan, available, remaining = plan_fefo(((lot, at, have) for lot, at, have in session.execute(query)), qty)
    if qty is None and not plan:
        raise Conflict("There is no {item} at {place}.", item=item.name, place=place_name)
    if qty is not None and remaining is not None and remaining > 0:  # (remaining is None only when qty is)
        raise not_enough(item.name, place_name, available, item.unit, qty)
    return plan


Plan = list[tuple[int, int, Decimal]]  # (lot, location, quantity), first expiry first out


def plan_fefo(levels: Iterable[tuple[int, int, Decimal]], qty: Decimal | None) -> tuple[Plan, Decimal, Decimal | None]:
    """The rule of ``fefo_plan`` on (lot, location, on hand) already in first-expiry order:
    the plan, how much there was, and what is still missing (None when ``qty`` is)."""
    plan: Plan = []
    available = Decimal(0)
    remaining = qty
    for lot_id, location_id, on_hand in levels:
        available += on_hand
        part = on_hand if remaining is None else min(remaining, on_hand)
        if part > 0:
            plan.append((lot_id, location_id, part))
            if remaining is not None:
                remaining -= part
    return plan, available, remaining


def shelves(root: Location) -> ColumnElement[bool]:
    """Loose stock in the warehouse: anywhere under the root but not in a box, pallet or truck."""
    return Location.path.startswith(root.path) & Location.kind.not_in(CONTAINER_KINDS)
