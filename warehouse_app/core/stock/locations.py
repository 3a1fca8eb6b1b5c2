"""Places in the warehouse: a tree of warehouse > zone > bin, plus boxes, pallets, truck loads."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import uuid4

from sqlalchemy import ColumnElement, Integer, cast, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import SQLCoreOperations

from warehouse_app.core import lengths
from warehouse_app.core.catalogue import barcodes
from warehouse_app.db.models import LOCATION_KINDS, Location, Setting
from warehouse_app.kernel.errors import BadInput, NotFound

CONTAINER_KINDS = frozenset({"box", "pallet", "truck"})
_CODE_KIND = {"box": barcodes.InternalKind.BOX, "pallet": barcodes.InternalKind.PALLET,
              "truck": barcodes.InternalKind.TRUCK}


@dataclass(frozen=True)
class LocationInfo:
    id: int
    parent_id: int | None
    kind: str
    code: str
    name: str
    path: str
    archived: bool

    @property
    def is_container(self) -> bool:
        return self.kind in CONTAINER_KINDS


def refuse_container(place: LocationInfo) -> None:
    """Boxes, pallets and truck loads have one door: goods go in and out of them only by
    packing and loading (and their reversals), under their rules (one category, sealed,
    shelf life, locked once dispatched). Every other stock service asks this first."""
    if place.is_container:
        raise BadInput("{place} is a box, pallet or truck load: goods go into it and out of it only by packing "
                       "and loading (the Trucks screen, or box pack and truck load).", place=place.code)


def _info(row: Location) -> LocationInfo:
    return LocationInfo(row.id, row.parent_id, row.kind, row.code, row.name, row.path, row.archived)


def get_location(session: Session, location_id: int) -> LocationInfo:
    row = session.get(Location, location_id)
    if row is None:
        raise NotFound("There is no location number {id}.", id=location_id)
    return _info(row)


def resolve_location(session: Session, ref: str) -> LocationInfo:
    """A location named by its label code (LC000002, also scanned) or its name."""
    text = ref.strip()
    if not text:
        raise BadInput("Name a location, by its label code or its name.")
    rows = session.scalars(
        select(Location).where(or_(Location.code == text.upper(), func.lower(Location.name) == text.lower()))
    ).all()
    if len(rows) > 1:
        exact = [r for r in rows if r.code == text.upper()]
        if len(exact) == 1:
            return _info(exact[0])
        raise BadInput("Several locations are called {ref}; use the label code.", ref=ref)
    if not rows:
        parsed = barcodes.parse_internal_code(text)
        if parsed is not None:
            code = barcodes.make_internal_code(*parsed)
            row = session.scalar(select(Location).where(Location.code == code))
            if row is not None:
                return _info(row)
        raise NotFound("There is no location {ref}.", ref=ref)
    return _info(rows[0])


def list_locations(session: Session, include_containers: bool = True) -> list[LocationInfo]:
    query = select(Location).order_by(Location.path)
    if not include_containers:
        query = query.where(Location.kind.not_in(CONTAINER_KINDS))
    return [_info(r) for r in session.scalars(query)]


def clean_location_name(name: str) -> str:
    """A place's name on one line, 1 to ``lengths.LOCATION_NAME`` characters."""
    clean = lengths.at_most(" ".join(name.split()), lengths.LOCATION_NAME,
                            template="A location name can be at most {n} characters long (this one has {length}).")
    if not clean:
        raise BadInput("A location needs a name.")
    return clean


def add_location(session: Session, *, name: str, kind: str, parent: str | None = None) -> LocationInfo:
    """A new place; it gets its label code (LC…, or BX/PL/TR for containers)."""
    if kind not in LOCATION_KINDS:
        raise BadInput("{kind} is not a kind of location; use one of: {kinds}.", kind=kind, kinds=", ".join(LOCATION_KINDS))
    clean = clean_location_name(name)
    parent_info = resolve_location(session, parent) if parent else None
    if parent_info is None and kind != "warehouse":
        raise BadInput("A {kind} must sit inside another location.", kind=kind)
    row = Location(parent_id=parent_info.id if parent_info else None, kind=kind, code=f"tmp-{uuid4().hex}"[:32],
                   name=clean, path="", archived=False)
    session.add(row)
    session.flush()
    code_kind = _CODE_KIND.get(kind, barcodes.InternalKind.LOCATION)
    row.code = barcodes.make_internal_code(code_kind, row.id)
    row.path = f"{parent_info.path if parent_info else '/'}{row.id}/"
    session.flush()
    return _info(row)


LOCATION_COLUMNS = (
    Location.id, Location.parent_id, Location.kind, Location.code, Location.name, Location.path, Location.archived
)  # a LocationInfo, in order
RECEIVE_LOCATION_ID = (
    select(cast(Setting.value, Integer)).where(Setting.key == "receive_location_id").scalar_subquery()
)
_RECEIVE_AT = select(*LOCATION_COLUMNS).where(Location.id == RECEIVE_LOCATION_ID)


def receive_location(session: Session) -> LocationInfo:
    """Where scanned donations land unless the user says otherwise."""
    found = session.connection().execute(_RECEIVE_AT).first()
    if found is not None:
        return LocationInfo(*found)
    row = session.scalar(select(Location).where(Location.kind == "warehouse").order_by(Location.id))
    if row is None:
        raise NotFound("This database has no warehouse location; run 'warehouse-app db upgrade'.")
    return _info(row)


def subtree_condition(column: SQLCoreOperations[Any], path: str) -> ColumnElement[bool]:
    """SQL condition: the location ``column`` lies in the subtree whose path is ``path``."""
    return column.in_(select(Location.id).where(Location.path.startswith(path)))



#: The places every database starts with (migration 0002 stores them in English), as
#: documents print them in each language; the GUI translates them through Qt (formats.place_name).
DEFAULT_PLACES: dict[str, dict[str, str]] = {
    "Main warehouse": {"pl": "Magazyn główny", "uk": "Головний склад"},
    "Receiving": {"pl": "Przyjęcie towaru", "uk": "Приймання"},
    "Storage": {"pl": "Składowanie", "uk": "Зберігання"},
}


def default_place_name(name: str, lang: str) -> str:
    """A default place's name in ``lang``; a place people named stays as they named it."""
    return DEFAULT_PLACES.get(name, {}).get(lang, name)
