"""Managing the places of the warehouse (zones, racks, shelves, bins): add, rename, archive,
bring back. A manager's work (``roles.PLACES``); the tree itself and its look-ups are in
``locations``. Boxes, pallets and truck loads are places too, but they come and go with
packing and loading, never through here."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warehouse_app.core.access import roles
from warehouse_app.core.context import Actor
from warehouse_app.core.stock.locations import (
    CONTAINER_KINDS,
    LocationInfo,
    add_location,
    clean_location_name,
    get_location,
    list_locations,
    receive_location,
    resolve_location,
)
from warehouse_app.db.models import Location, StockLevel
from warehouse_app.kernel.errors import BadInput, Conflict

PLACE_KINDS = ("zone", "bin")  # what people add under the warehouse: zones, and racks, shelves, bins in them


@dataclass(frozen=True)
class Target:
    """A place with the names from below the warehouse down to it ("Storage", "Rack A",
    "Shelf 2"): what the Put away screen shows big and a place label prints."""

    place: LocationInfo
    trail: tuple[str, ...]


def place_trail(session: Session, place: LocationInfo) -> Target:
    ids = [int(part) for part in place.path.strip("/").split("/") if part]
    names = dict(session.execute(select(Location.id, Location.name).where(Location.id.in_(ids))).all())
    return Target(place, tuple(names[i] for i in (ids[1:] or ids)))


def labelled_places(session: Session, refs: Sequence[str] = ()) -> tuple[Target, ...]:
    """The places to print labels for: those named, else every place in use below the warehouse."""
    if refs:
        chosen = [_own_place(session, ref) for ref in refs]
    else:
        chosen = [p for p in list_locations(session, include_containers=False)
                  if not p.archived and p.parent_id is not None]
    if not chosen:
        raise BadInput("There are no places to print labels for yet; add racks and shelves first.")
    return tuple(place_trail(session, p) for p in chosen)


@dataclass(frozen=True)
class PlaceRow:
    """One place in the tree as the Places list shows it: the place, how deep it sits and
    how many units lie loose in it and below it."""

    place: LocationInfo
    depth: int
    units: Decimal


def _refuse_taken(session: Session, name: str, except_id: int | None = None) -> None:
    """A place is found by its name too (typed, in the CLI), so two places never share one."""
    query = select(Location.name, Location.code).where(func.lower(Location.name) == name.lower())
    if except_id is not None:
        query = query.where(Location.id != except_id)
    taken = session.execute(query.limit(1)).first()
    if taken is not None:
        raise Conflict("There is already a place called {name} ({code}); choose another name.",
                       name=taken[0], code=taken[1])


def _own_place(session: Session, ref: str) -> LocationInfo:
    place = resolve_location(session, ref)
    if place.is_container:
        raise BadInput("{place} is a box, pallet or truck load; it changes on the Trucks screen, not as a place.",
                       place=place.code)
    return place


def add_place(session: Session, actor: Actor, *, name: str, kind: str, parent: str | None) -> LocationInfo:
    """A new zone or bin inside ``parent`` (or a warehouse of its own), with its label code (LC…)."""
    roles.require(session, actor, roles.PLACES)
    if kind not in (*PLACE_KINDS, "warehouse"):
        raise BadInput("A place is a zone or a bin, not {kind}.", kind=kind)
    clean = clean_location_name(name)
    if parent is not None:
        inside = _own_place(session, parent)
        if inside.archived:
            raise Conflict("{place} is archived; bring it back before adding places to it.", place=inside.name)
    _refuse_taken(session, clean)
    return add_location(session, name=clean, kind=kind, parent=parent)


def rename_place(session: Session, actor: Actor, ref: str, name: str) -> LocationInfo:
    """A new name for a place; its label code, and so its printed labels, stay the same."""
    roles.require(session, actor, roles.PLACES)
    place = _own_place(session, ref)
    clean = clean_location_name(name)
    _refuse_taken(session, clean, except_id=place.id)
    row = session.get(Location, place.id)
    assert row is not None
    row.name = clean
    session.flush()
    return get_location(session, place.id)


def units_under(session: Session, place: LocationInfo) -> Decimal:
    """Units lying anywhere in the place's subtree, boxes and pallets standing there included."""
    found = session.scalar(
        select(func.coalesce(func.sum(StockLevel.quantity), 0))
        .join(Location, Location.id == StockLevel.location_id)
        .where(Location.path.startswith(place.path), StockLevel.quantity > 0)
    )
    return Decimal(found or 0)


def set_archived(session: Session, actor: Actor, ref: str, archived: bool = True) -> LocationInfo:
    """Archive a place nobody uses any more (it leaves the lists and takes no goods), or bring
    it back. Refused while goods, boxes or open places are in it: they would be lost from view."""
    roles.require(session, actor, roles.PLACES)
    place = _own_place(session, ref)
    if archived:
        if place.parent_id is None:
            raise Conflict("{place} is the warehouse itself; it cannot be archived.", place=place.name)
        if place.id == receive_location(session).id:
            raise Conflict("{place} is where intake puts what it receives; it cannot be archived.", place=place.name)
        units = units_under(session, place)
        if units > 0:
            raise Conflict("{place} still holds goods; move them elsewhere before archiving it.", place=place.name)
        inside = session.scalar(select(Location.code).where(
            Location.parent_id == place.id, Location.archived.is_(False)).order_by(Location.id).limit(1))
        if inside is not None:
            raise Conflict("{place} still holds {code}; archive or move it first.", place=place.name, code=inside)
    elif place.parent_id is not None and get_location(session, place.parent_id).archived:
        raise Conflict("{place} sits in an archived place; bring that back first.", place=place.name)
    row = session.get(Location, place.id)
    assert row is not None
    row.archived = archived
    session.flush()
    return get_location(session, place.id)


def place_tree(session: Session, *, include_archived: bool = False) -> list[PlaceRow]:
    """The warehouse's places (no boxes, pallets or trucks) in tree order, with the units
    lying loose in each subtree: what the Places list shows."""
    places = [p for p in list_locations(session, include_containers=False) if include_archived or not p.archived]
    loose = dict(session.execute(
        select(Location.path, func.sum(StockLevel.quantity))
        .join(Location, Location.id == StockLevel.location_id)
        .where(StockLevel.quantity > 0, Location.kind.not_in(CONTAINER_KINDS))
        .group_by(Location.path)
    ).all())
    children: dict[int | None, list[LocationInfo]] = {}
    for p in places:
        children.setdefault(p.parent_id, []).append(p)
    known = {p.id for p in places}
    rows: list[PlaceRow] = []

    def walk(place: LocationInfo, depth: int) -> None:
        units = sum((Decimal(q) for path, q in loose.items() if path.startswith(place.path)), Decimal(0))
        rows.append(PlaceRow(place, depth, units))
        for child in sorted(children.get(place.id, []), key=lambda c: c.name.lower()):
            walk(child, depth + 1)

    for top in places:
        if top.parent_id is None or top.parent_id not in known:
            walk(top, 0)
    return rows
