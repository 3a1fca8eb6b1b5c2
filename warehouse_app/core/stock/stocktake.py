"""Counting the stock at a place: what the system expects there, and recording what was found.

A count is one user action: every difference becomes an ``adjust`` movement in
one transaction, so a stocktake is recorded whole or not at all.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warehouse_app.core.access import roles
from warehouse_app.core.catalogue import barcodes, instore
from warehouse_app.core.catalogue.categories import category_subtree_ids
from warehouse_app.core.catalogue.items import scan_target
from warehouse_app.core.context import Actor
from warehouse_app.core.stock.changes import StockChange, adjust
from warehouse_app.core.stock.locations import CONTAINER_KINDS, refuse_container, resolve_location
from warehouse_app.db.models import Item, Location, Lot, StockLevel
from warehouse_app.kernel.errors import BadInput

MAX_LINES = 5000  # more than a person counts in one go; count zone by zone instead


@dataclass(frozen=True)
class ExpectedLine:
    """One lot of one item at one exact place, as the ledger says it is."""

    item_id: int
    item_name: str
    unit: str
    tracks_expiry: bool
    expiry: date | None
    lot_code: str
    location_code: str
    location_name: str
    expected: Decimal


@dataclass(frozen=True)
class CountedLine:
    """What the person found for one lot at one exact place."""

    item_id: int
    location_code: str
    counted: Decimal | str
    expiry: date | str | None = None
    lot_code: str = ""


@dataclass(frozen=True)
class ScannedGoods:
    """An item a scan during a count named, and how many units one scan of it means."""

    item_id: int
    item_name: str
    unit: str
    tracks_expiry: bool
    units: Decimal
    expiry: date | None
    lot_code: str


def expected_stock(
    session: Session, location: str, *, category_id: int | None = None, limit: int = MAX_LINES
) -> list[ExpectedLine]:
    """Every lot with stock on the shelves of the place and everything inside it (optionally one
    category's subtree). Goods in boxes, on pallets and on trucks are not counted here: they
    change only by packing and loading, so a count must not adjust them."""
    place = resolve_location(session, location)
    refuse_container(place)
    query = (
        select(Item.id, Item.name, Item.unit, Item.tracks_expiry, Lot.expiry, Lot.lot_code,
               Location.code, Location.name, StockLevel.quantity)
        .select_from(StockLevel)
        .join(Item, Item.id == StockLevel.item_id)
        .join(Lot, Lot.id == StockLevel.lot_id)
        .join(Location, Location.id == StockLevel.location_id)
        .where(StockLevel.quantity > 0, Location.path.startswith(place.path), Location.kind.not_in(CONTAINER_KINDS))
        .order_by(Location.path, func.lower(Item.name), Item.id, Lot.expiry.is_(None), Lot.expiry, Lot.lot_code)
        .limit(limit + 1)
    )
    if category_id is not None:
        query = query.where(Item.category_id.in_(category_subtree_ids(session, category_id)))
    rows = [ExpectedLine(*row) for row in session.execute(query)]
    if len(rows) > limit:
        raise BadInput("{place} holds more than {n} lots; count it part by part, or one category at a time.",
                       place=place.name, n=limit)
    return rows


def record_count(session: Session, actor: Actor, lines: Sequence[CountedLine], reason: str) -> list[StockChange]:
    """Set each counted lot to what was found; the ledger gets one adjustment per difference.

    Lines whose count equals the stock write nothing. Any bad line (a count that
    is not a number, an expiry missing for goods that need one) refuses the whole
    count, so nothing is half recorded.
    """
    roles.require(session, actor, roles.STOCKTAKE)
    if not " ".join((reason or "").split()):
        raise BadInput("A {action} needs a reason.", action="stocktake")
    changes = []
    for line in lines:
        change = adjust(session, actor, f"#{line.item_id}", line.counted, line.location_code, reason,
                        expiry=line.expiry, lot_code=line.lot_code)
        if change.quantity != 0:
            changes.append(change)
    return changes


def identify_scan(session: Session, code: str, separators: str = barcodes.DEFAULT_SEPARATORS) -> ScannedGoods:
    """What a scan during a count means: the item, the units per scan, and the lot if the code carries it."""
    scan = instore.read_goods(session, code, separators)
    target, pack_qty = scan_target(session, scan)
    return ScannedGoods(
        item_id=target.id, item_name=target.name, unit=target.unit, tracks_expiry=target.tracks_expiry,
        units=barcodes.units_per_scan(scan, target.unit, pack_qty), expiry=scan.expiry, lot_code=(scan.lot or "").strip(),
    )
