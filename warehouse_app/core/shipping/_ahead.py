"""What a packing or loading scan reads ahead in one round trip (db/pipeline.py), and its
moves deferred to the COMMIT: shared by ``_pack_ahead`` and ``_load_ahead``.

The item's shelf levels that first expiry first out takes are read FOR UPDATE, in that
order (the order the takes would lock them in), and their origins after the lock; the
plan is ``_rows.plan_fefo`` on them and each part is ``ledger.move_ahead``. A level that
changed between the two (another station took from it) leaves the plan short, and the
caller then runs its step-by-step path, which plans again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from itertools import product
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, Dialect, and_, bindparam, func, literal, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.expression import ReturnsRows

from warehouse_app.core.catalogue import barcodes, instore
from warehouse_app.core.catalogue.items import target_item_id, target_key
from warehouse_app.core.context import Actor
from warehouse_app.core.ledger import Locked, move_ahead
from warehouse_app.core.quantities import parse_decimal
from warehouse_app.core.shipping._rows import Plan, plan_fefo
from warehouse_app.core.stock.locations import CONTAINER_KINDS
from warehouse_app.db.models import Barcode, Location, Lot, StockLevel, StockOrigin
from warehouse_app.db.prepared import Prepared
from warehouse_app.db.types import raw_from_qty, raw_qty
from warehouse_app.kernel.errors import BadInput

_ROOT = aliased(Location, name="root")
_ROOT_PATH = select(_ROOT.path).where(_ROOT.parent_id.is_(None)).order_by(_ROOT.id).limit(1).scalar_subquery()
# Loose stock in the warehouse (``_rows.shelves`` of the root): not in a box, pallet or truck.
ON_SHELVES = and_(Location.path.startswith(_ROOT_PATH), *(Location.kind != kind for kind in sorted(CONTAINER_KINDS)))
_FEFO = (Lot.expiry.is_(None), Lot.expiry, Lot.id, Location.id)  # as ``_rows.fefo_plan`` orders
Row = tuple[Any, ...]
# Which lots may be taken (not expired; fit for the truck), by the dialect and whether the
# scan names its item by label (``target_item_id``).
LotRule = Callable[[Dialect, bool], ColumnElement[bool]]


def first(rows: list[Row]) -> Row | None:
    return rows[0] if rows else None


@dataclass(frozen=True)
class Usual:
    """A plain scan of goods: its reading and how many times it was scanned (its count
    included), as ``_rows.scanned_goods`` reads it."""

    scan: barcodes.Scan
    by_label: bool
    item_key: dict[str, str | None]
    scans: Decimal


def usual_goods(session: Session, code: str, qty: str | int | Decimal | None) -> Usual | None:
    """The scan when it names goods by a barcode or item label without a measure in it
    (a weight, volume or price: the step-by-step path reads those); else None."""
    try:
        scan = instore.read_goods(session, code)
        scans = parse_decimal(qty) if qty not in (None, "") else Decimal(1)
        raw_from_qty(scans)
    except (BadInput, ValueError):
        return None
    key = target_key(scan)
    if scan.internal_kind not in (None, barcodes.InternalKind.ITEM) or key is None:
        return None
    if scan.net_weight_kg is not None or scan.net_volume_l is not None or scan.price is not None:
        return None
    return Usual(scan, key[0], key[1], scans * (scan.count or 1))


def _levels(by_label: bool, expiry: bool, lot_code: bool, rule: LotRule, always: bool) -> Prepared:
    """The shelf levels of the scanned item that first expiry first out takes: those whose
    predecessors (in that order, among the lots allowed) held less than the scan needs."""
    def build(dialect: Dialect) -> ReturnsRows:
        item = target_item_id(by_label)
        where: list[ColumnElement[bool]] = [StockLevel.item_id == item, StockLevel.quantity > 0, ON_SHELVES]
        if expiry:
            where.append(Lot.expiry == bindparam("expiry"))
        if lot_code:
            where.append(Lot.lot_code == bindparam("code"))
        if always or not (expiry or lot_code):
            where.append(rule(dialect, by_label))
        before = func.sum(raw_qty(StockLevel.quantity)).over(order_by=_FEFO, rows=(None, -1))
        ranked = (select(StockLevel.id, before.label("before")).join(Lot, Lot.id == StockLevel.lot_id)
                  .join(Location, Location.id == StockLevel.location_id).where(*where).subquery())
        pack_raw: ColumnElement[int] = (
            literal(1000, BigInteger) if by_label else func.coalesce(
                select(raw_qty(Barcode.pack_qty)).where(Barcode.gtin == bindparam("gtin")).scalar_subquery(), 1000))
        needed = select(ranked.c.id).where(
            func.coalesce(ranked.c.before, 0) * 1000 < bindparam("scans", type_=BigInteger) * pack_raw)
        return (
            select(StockLevel.id, StockLevel.lot_id, StockLevel.location_id, StockLevel.quantity, Lot.expiry,
                   Lot.lot_code)
            .join(Lot, Lot.id == StockLevel.lot_id)
            .join(Location, Location.id == StockLevel.location_id)
            .where(StockLevel.id.in_(needed))
            .order_by(*_FEFO)
            .with_for_update(of=StockLevel)
        )
    return Prepared(build)


def _origins(by_label: bool) -> Prepared:
    """The origins of the item's shelf levels (read after their lock: fresh)."""
    return Prepared(
        select(StockOrigin.level_id, StockOrigin.source_id, StockOrigin.quantity)
        .join(StockLevel, StockLevel.id == StockOrigin.level_id)
        .join(Location, Location.id == StockLevel.location_id)
        .where(StockLevel.item_id == target_item_id(by_label), StockLevel.quantity > 0, ON_SHELVES,
               StockOrigin.quantity > 0)
        .order_by(StockOrigin.level_id, StockOrigin.source_id)
    )


_ORIGINS = {by_label: _origins(by_label) for by_label in (True, False)}


class Takes:
    """The level and origin reads of one kind of scan (``rule``: which lots it may take;
    ``always``: also when the scan names its lot, else only then the lots it names)."""

    def __init__(self, rule: LotRule, *, always: bool = False) -> None:
        self._levels = {(a, b, c): _levels(a, b, c, rule, always) for a, b, c in product((True, False), repeat=3)}

    def reads(self, goods: Usual, params: dict[str, Any]) -> list[tuple[Prepared, dict[str, Any]]]:
        """The two reads, in this order, to go in the caller's batch after its locks."""
        scan, lot_code = goods.scan, goods.scan.lot or ""
        level_params = {**goods.item_key, **params, "gtin": scan.gtin, "scans": raw_from_qty(goods.scans),
                        "expiry": scan.expiry, "code": lot_code}
        return [(self._levels[goods.by_label, scan.expiry is not None, bool(lot_code)], level_params),
                (_ORIGINS[goods.by_label], goods.item_key)]


@dataclass(frozen=True)
class Planned:
    """A plan on locked levels: (lot, location, quantity) parts and what each level holds."""

    plan: Plan
    levels: dict[tuple[int, int], Row]  # (lot, location) -> (level id, lot, location, on hand, expiry, lot code)
    origins: dict[int, list[tuple[int, Decimal]]]

    @property
    def total(self) -> Decimal:
        return sum((part for _lot, _at, part in self.plan), Decimal(0))

    def lot_of(self, part: int = 0) -> Row:
        lot, at, _part = self.plan[part]
        return self.levels[lot, at]


def planned(levels: list[Row], origins: list[Row], units: Decimal) -> Planned | None:
    """First expiry first out over the locked levels; None when they hold too little now
    (or a level's origins do not cover its part)."""
    by_place = {(int(row[1]), int(row[2])): row for row in levels}
    plan, _available, missing = plan_fefo(((lot, at, row[3]) for (lot, at), row in by_place.items()), units)
    by_level: dict[int, list[tuple[int, Decimal]]] = {}
    for level_id, source, have in origins:
        by_level.setdefault(int(level_id), []).append((int(source), have))
    if missing or not plan or any(sum((q for _s, q in by_level.get(int(by_place[lot, at][0]), [])), Decimal(0)) < part
                                  for lot, at, part in plan):
        return None
    return Planned(plan, by_place, by_level)


def move_planned(session: Session, actor: Actor, item_id: int, planned: Planned, to_location_id: int, *,
                 shipment_id: int | None = None) -> None:
    """Each part of the plan moved to ``to_location_id``, deferred (``ledger.move_ahead``)."""
    for lot, at, part in planned.plan:
        level_id = int(planned.levels[lot, at][0])
        move_ahead(session, actor, "move", item_id, lot, part, at, to_location_id,
                   Locked(level_id, planned.origins[level_id]), shipment_id=shipment_id)


def unexpired(_dialect: Dialect, _by_label: bool) -> ColumnElement[bool]:
    """Lots not yet expired (``containers._unexpired_plan``): parameter ``today``."""
    return or_(Lot.expiry.is_(None), Lot.expiry >= bindparam("today"))
