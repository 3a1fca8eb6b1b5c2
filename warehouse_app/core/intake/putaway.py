"""Put-away: goods received at Receiving go to the racks and bins where they will wait.

At the Put away screen a volunteer scans a place's label (LC…), which becomes the target,
then scans goods: each scan moves them there (one unit, the scanned pack's units, or the
number typed first, read as intake reads a scan) through ``changes.move`` and so through the
ledger. They come from Receiving, or from the one place they lie when they are not there;
lying in several places, the screen asks which (``SeveralPlaces``, first expiry first).
A donation's goods still at Receiving move in one go (``move_donation``), keeping which
donation they came from. The undo takes back the last put-away by reversal rows.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warehouse_app.core.access import roles
from warehouse_app.core.catalogue import barcodes
from warehouse_app.core.catalogue.scanned import scanned_goods
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.donations import get_donation
from warehouse_app.core.ledger import replanned, transfer
from warehouse_app.core.stock.changes import MovedLine, move, reverse
from warehouse_app.core.stock.locations import (
    CONTAINER_KINDS,
    LocationInfo,
    get_location,
    receive_location,
    refuse_container,
    resolve_location,
)
from warehouse_app.core.stock.lot_lines import LotLine
from warehouse_app.core.stock.places import Target, place_trail
from warehouse_app.db.models import Item, Location, Lot, Movement, StockLevel, StockOrigin
from warehouse_app.kernel.errors import BadInput, Conflict

UNDO_REASON = "put-away undone"


class PutAwayScan(enum.Enum):
    """What a scan means at the Put away screen."""

    PLACE = "place"  # a place label: the new target
    CONTAINER = "container"  # a box, pallet or truck label
    GOODS = "goods"  # anything else is read as goods


def scan_kind(code: str) -> PutAwayScan:
    """Tell a place label from goods without the database (``barcodes.parse_internal_code``)."""
    parsed = barcodes.parse_internal_code(code)
    if parsed is None:
        return PutAwayScan.GOODS
    if parsed[0] == barcodes.InternalKind.LOCATION:
        return PutAwayScan.PLACE
    if parsed[0] in (barcodes.InternalKind.BOX, barcodes.InternalKind.PALLET, barcodes.InternalKind.TRUCK):
        return PutAwayScan.CONTAINER
    return PutAwayScan.GOODS


@dataclass(frozen=True)
class SourcePlace:
    """Where loose goods of an item lie: a place, how much, the earliest expiry there."""

    place: LocationInfo
    quantity: Decimal
    earliest_expiry: date | None


class SeveralPlaces(Conflict):
    """The goods lie in several places, none of them Receiving: the screen asks which."""

    def __init__(self, item: str, places: tuple[SourcePlace, ...]) -> None:
        super().__init__("{item} lies in {n} places; say which one to take it from.", item=item, n=len(places))
        self.places = places


@dataclass(frozen=True)
class PutAway:
    """One put-away: what moved from where to where, the ledger rows, and how much of the
    item now lies at the target."""

    item_id: int
    item_name: str
    unit: str
    quantity: Decimal
    source: str
    target: Target
    lines: tuple[MovedLine, ...]
    at_target: Decimal

    @property
    def movement_ids(self) -> tuple[int, ...]:
        return tuple(line.movement_id for line in self.lines)


def _target(session: Session, place: LocationInfo) -> Target:
    refuse_container(place)
    if place.archived:
        raise Conflict("{place} is archived; goods are no longer put there.", place=place.name)
    return place_trail(session, place)


def target_place(session: Session, ref: str) -> Target:
    """The place a scanned label (or a typed name) names, if goods may go there."""
    return _target(session, resolve_location(session, ref))


def loose_places(session: Session, item_id: int, outside: LocationInfo, *, expiry: date | None = None,
                 lot_code: str | None = None) -> tuple[SourcePlace, ...]:
    """Where loose goods of the item lie outside ``outside``'s subtree, first expiry first."""
    earliest = func.min(Lot.expiry)
    query = (
        select(StockLevel.location_id, func.sum(StockLevel.quantity), earliest)
        .join(Lot, Lot.id == StockLevel.lot_id)
        .join(Location, Location.id == StockLevel.location_id)
        .where(StockLevel.item_id == item_id, StockLevel.quantity > 0, Location.kind.not_in(CONTAINER_KINDS),
               ~Location.path.startswith(outside.path))
        .group_by(StockLevel.location_id)
        .order_by(earliest.is_(None), earliest, StockLevel.location_id)
    )
    if expiry is not None:
        query = query.where(Lot.expiry == expiry)
    if lot_code:
        query = query.where(Lot.lot_code == lot_code)
    return tuple(SourcePlace(get_location(session, place_id), Decimal(qty), when)
                 for place_id, qty, when in session.execute(query))


def _at(session: Session, item_id: int, place_id: int) -> Decimal:
    found = session.scalar(select(func.coalesce(func.sum(StockLevel.quantity), 0))
                           .where(StockLevel.item_id == item_id, StockLevel.location_id == place_id))
    return Decimal(found or 0)


def put_away(session: Session, actor: Actor, code: str, target: str, *, qty: str | None = None,
             source: str | None = None) -> PutAway:
    """Move the scanned goods to ``target``: ``qty`` counts scans of the code, as at intake.
    From ``source`` when given, else from Receiving, else from the one place they lie."""
    roles.require(session, actor, roles.MOVE)
    goal = target_place(session, target)
    goods = scanned_goods(session, code, qty, None, default_one=True)
    assert goods.units is not None
    if source is not None:
        origin = resolve_location(session, source)
    else:
        places = loose_places(session, goods.item.id, goal.place, expiry=goods.expiry, lot_code=goods.lot_code)
        receiving = receive_location(session)
        at_receiving = [p for p in places if p.place.path.startswith(receiving.path)]
        if at_receiving or not places:
            origin = receiving
        elif len(places) == 1:
            origin = places[0].place
        else:
            raise SeveralPlaces(goods.item.name, places)
    change = move(session, actor, f"#{goods.item.id}", goods.units, origin.code, goal.place.code,
                  expiry=goods.expiry, lot_code=goods.lot_code)
    return PutAway(goods.item.id, goods.item.name, goods.item.unit, goods.units, origin.name, goal, change.lines,
                   _at(session, goods.item.id, goal.place.id))


@dataclass(frozen=True)
class Undone:
    """A put-away taken back: the reversal rows written."""

    movement_ids: tuple[int, ...]
    reversals: tuple[int, ...]


def undo_put_away(session: Session, actor: Actor, movement_ids: tuple[int, ...]) -> Undone:
    """Take back a put-away (one scan, or a whole donation moved at once) with reversal rows;
    anyone may take back their own moves (``changes.reverse``)."""
    reversals: list[int] = []
    for movement_id in reversed(movement_ids):
        change = reverse(session, actor, movement_id, UNDO_REASON)
        reversals.extend(line.movement_id for line in change.lines)
    return Undone(movement_ids, tuple(reversals))


# -- a donation's goods still at Receiving --------------------------------------------------------


WaitingLine = LotLine  # units of one donation at Receiving: one lot of one item


@dataclass(frozen=True)
class Waiting:
    """A donation's goods still at Receiving."""

    number: str
    donor: str | None
    place: str
    lines: tuple[WaitingLine, ...]


@dataclass(frozen=True)
class WaitingDonation:
    """A donation with goods still at Receiving, for the picker."""

    number: str
    donor: str | None
    lines: int


_Part = tuple[int, int, int, int, int, Decimal]  # level, item, lot, place, source receipt, units


def _parts(session: Session, receiving: LocationInfo, donation_id: int | None = None) -> list[_Part]:
    """The units at Receiving (loose, its subtree) that came in with a donation's receipts."""
    source = select(Movement.id, Movement.donation_id).where(Movement.kind == "receive",
                                                             Movement.donation_id.is_not(None))
    if donation_id is not None:
        source = source.where(Movement.donation_id == donation_id)
    receipts = source.subquery()
    query = (
        select(StockLevel.id, StockLevel.item_id, StockLevel.lot_id, StockLevel.location_id, StockOrigin.source_id,
               StockOrigin.quantity)
        .join(StockLevel, StockLevel.id == StockOrigin.level_id)
        .join(receipts, receipts.c.id == StockOrigin.source_id)
        .join(Location, Location.id == StockLevel.location_id)
        .where(StockOrigin.quantity > 0, Location.path.startswith(receiving.path),
               Location.kind.not_in(CONTAINER_KINDS))
        .order_by(StockLevel.item_id, StockLevel.lot_id, StockLevel.location_id, StockOrigin.source_id)
    )
    return [(int(a), int(b), int(c), int(d), int(e), Decimal(f)) for a, b, c, d, e, f in session.execute(query)]


def _by_level(parts: list[_Part]) -> dict[int, tuple[int, int, int, tuple[tuple[int, Decimal], ...]]]:
    """Per stock level: item, lot, place and the donation's sources there with their units."""
    levels: dict[int, tuple[int, int, int, tuple[tuple[int, Decimal], ...]]] = {}
    for level_id, item_id, lot_id, place_id, source_id, units in parts:
        _, _, _, split = levels.get(level_id, (item_id, lot_id, place_id, ()))
        levels[level_id] = (item_id, lot_id, place_id, (*split, (source_id, units)))
    return levels


def waiting_donations(session: Session) -> tuple[WaitingDonation, ...]:
    """Donations with goods still at Receiving, newest first: the picker's list."""
    receiving = receive_location(session)
    counts: dict[int, set[tuple[int, int]]] = {}
    parts = _parts(session, receiving)
    donation_of = dict(session.execute(select(Movement.id, Movement.donation_id).where(
        Movement.id.in_({p[4] for p in parts}))).all()) if parts else {}
    for _, item_id, lot_id, _, source_id, _ in parts:
        donation_id = donation_of[source_id]
        if donation_id is not None:
            counts.setdefault(donation_id, set()).add((item_id, lot_id))
    found = []
    for donation_id in sorted(counts, reverse=True):
        info = get_donation(session, donation_id)
        found.append(WaitingDonation(info.number, info.donor, len(counts[donation_id])))
    return tuple(found)


def waiting(session: Session, donation: str) -> Waiting:
    """A donation's goods still at Receiving, one line per item and lot."""
    info = get_donation(session, donation)
    receiving = receive_location(session)
    totals: dict[tuple[int, int], Decimal] = {}
    for _, item_id, lot_id, _, _, units in _parts(session, receiving, info.id):
        totals[(item_id, lot_id)] = totals.get((item_id, lot_id), Decimal(0)) + units
    lines = []
    for (item_id, lot_id), units in totals.items():
        name, unit, expiry, lot_code = session.execute(
            select(Item.name, Item.unit, Lot.expiry, Lot.lot_code).join(Lot, Lot.item_id == Item.id)
            .where(Lot.id == lot_id)).one()
        lines.append(WaitingLine(item_id, name, unit, expiry, lot_code, units))
    lines.sort(key=lambda x: (x.item_name.lower(), x.expiry is None, x.expiry or date.min))
    return Waiting(info.number, info.donor, receiving.name, tuple(lines))


@dataclass(frozen=True)
class DonationPutAway:
    """A donation's goods moved from Receiving to a place in one go."""

    number: str
    target: Target
    lines: tuple[WaitingLine, ...]
    movement_ids: tuple[int, ...]


def move_donation(session: Session, actor: Actor, donation: str, target: str) -> DonationPutAway:
    """Move everything of ``donation`` still at Receiving to ``target``, in this one unit of
    work; each unit keeps the donation it came with (its own receipts' units move)."""
    roles.require(session, actor, roles.MOVE)
    goal = target_place(session, target)
    info = get_donation(session, donation)
    receiving = receive_location(session)
    if goal.place.path.startswith(receiving.path):
        raise BadInput("The goods are already at {place}.", place=goal.place.name)
    shown = waiting(session, info.number)
    if not shown.lines:
        raise Conflict("Nothing of donation {number} is still at {place}.", number=info.number, place=receiving.name)

    def attempt() -> list[int]:
        written = []
        for item_id, lot_id, place_id, split in _by_level(_parts(session, receiving, info.id)).values():
            units = sum((part for _, part in split), Decimal(0))
            movement_id, _ = transfer(session, actor, "move", item_id, lot_id, units, place_id, goal.place.id,
                                      prefer=split)
            written.append(movement_id)
        return written

    return DonationPutAway(info.number, goal, shown.lines, tuple(replanned(session, attempt)))
