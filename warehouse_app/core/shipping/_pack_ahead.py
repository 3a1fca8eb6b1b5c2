"""The usual packing scan in one round trip of reads (PostgreSQL; db/pipeline.py).

A scan of goods into a box by its label: the operator, the item the scan names (and its
category), the box read FOR UPDATE, then, fresh under that lock, the box's state and what
it holds, and the item's levels on the shelves that first expiry first out would take,
read FOR UPDATE, with their origins. All of it goes out in one pipelined batch; the rules
then run in Python on what came back, and the writes are deferred to travel with the
COMMIT (``ledger.move_ahead``): two round trips per scan.

Only a scan where every rule says yes takes this path. Anything else (a name instead of
a label, an in-store weight or price in the code, a sealed box or one on a truck, a mixed
category, too little stock, a race that changed the levels) returns None before anything
was written, and ``containers.pack`` runs its step-by-step path, which says what is wrong
in its usual words. So the rules live where they always did; this path only recognises
the plain yes.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session, aliased

from warehouse_app.core.access import roles
from warehouse_app.core.catalogue import barcodes
from warehouse_app.core.catalogue.items import target_item_id, target_of, target_read
from warehouse_app.core.catalogue.scanned import scanned_units
from warehouse_app.core.context import Actor
from warehouse_app.core.quantities import WHOLE_UNITS
from warehouse_app.core.shipping._ahead import Takes, first, move_planned, planned, unexpired, usual_goods
from warehouse_app.core.shipping._rows import net_of
from warehouse_app.core.shipping.packing_data import CategoryName, ContainerInfo, PackResult
from warehouse_app.db.models import Category, Container, Item, Location, StockLevel
from warehouse_app.db.prepared import Prepared, batch
from warehouse_app.kernel.errors import BadInput

_BOX = aliased(Location, name="box")
_PARENT = aliased(Location, name="parent")
_LOAD = aliased(Location, name="truck_load")
_CHILD = aliased(Location, name="child")
_BOX_PATH = select(_BOX.path).where(_BOX.code == bindparam("box")).scalar_subquery()
# The box (or pallet) by its label, locked as ``find_container(lock=True)`` locks it.
_LOCK_BOX = Prepared(
    select(Location.id, Location.kind, Location.code, Location.name)
    .join(Container, Container.location_id == Location.id)
    .where(Location.code == bindparam("box"))
    .with_for_update(of=Location)
)
# Read after the lock (a later statement: its own, newer snapshot), so what another
# station's pack committed a moment ago counts, as ``containers._check_category`` wants.
_BOX_STATE = Prepared(
    select(
        Container.category_id, Container.mixed, Container.sealed_at, Container.gross_kg, _PARENT.code, _PARENT.kind,
        select(func.count()).select_from(_CHILD).where(_CHILD.parent_id == _BOX.id, _CHILD.kind == "box")
        .scalar_subquery(),
        select(_LOAD.id).where(_LOAD.kind == "truck", _BOX.path.startswith(_LOAD.path)).exists(),  # on a truck
        select(StockLevel.id).where(StockLevel.location_id == _BOX.id, StockLevel.quantity > 0).exists(),
    )
    .select_from(Container)
    .join(_BOX, _BOX.id == Container.location_id)
    .outerjoin(_PARENT, _PARENT.id == _BOX.parent_id)
    .where(_BOX.code == bindparam("box"))
)
# What the box (a pallet: with its boxes) holds, to answer with its totals after the pack.
_BOX_LINES = Prepared(
    select(StockLevel.location_id, StockLevel.item_id, StockLevel.lot_id, StockLevel.quantity, Item.unit,
           Item.unit_weight_kg)
    .join(Location, Location.id == StockLevel.location_id)
    .join(Item, Item.id == StockLevel.item_id)
    .where(Location.path.startswith(_BOX_PATH), StockLevel.quantity > 0)
)
def _item_category(by_label: bool) -> Prepared:
    return Prepared(
        select(Item.category_id, Category.code, Category.name_pl, Category.name_en, Category.name_uk,
               Category.hs_code)
        .join(Category, Category.id == Item.category_id)
        .where(Item.id == target_item_id(by_label))
    )


_CATEGORY = {by_label: _item_category(by_label) for by_label in (True, False)}
_TAKES = Takes(unexpired)
_CLAIM = Prepared(
    update(Container).where(Container.location_id == bindparam("box"))
    .values(category_id=bindparam("category"), mixed=False)
)
def _label(box: str) -> str | None:
    parsed = barcodes.parse_internal_code(" ".join(box.split()))
    if parsed is None or parsed[0] not in (barcodes.InternalKind.BOX, barcodes.InternalKind.PALLET):
        return None
    return barcodes.make_internal_code(*parsed)


def pack_ahead(session: Session, actor: Actor, box: str, code: str, qty: str | int | Decimal | None
               ) -> PackResult | None:
    """``containers.pack`` of the usual scan (a box label, no expiry or source named), or
    None: not usual, or a rule says no (nothing was written)."""
    label = _label(box)
    goods = usual_goods(session, code, qty) if label is not None else None
    item_read = target_read(goods.scan) if goods is not None else None
    if goods is None or item_read is None:
        return None
    reads: list[tuple[Prepared, Mapping[str, Any]]] = [
        (roles.OPERATOR, roles.operator_params(actor)),
        item_read,
        (_CATEGORY[goods.by_label], goods.item_key),
        (_LOCK_BOX, {"box": label}),
        (_BOX_STATE, {"box": label}),
        (_BOX_LINES, {"box": label}),
        *_TAKES.reads(goods, {"today": date.today()}),
    ]
    found = batch(session, reads)
    operator = first(found[0])
    roles.check((operator[0], operator[1], bool(operator[2])) if operator else None, actor, roles.PACK)
    item_row, category, place, state = (first(found[i]) for i in (1, 2, 3, 4))
    if item_row is None or category is None or place is None or state is None:
        return None
    target, pack_qty = target_of(goods.scan, item_row)
    try:
        units = scanned_units(qty, target.unit, barcodes.units_per_scan(goods.scan, target.unit, pack_qty),
                              default_one=True)
    except BadInput:
        return None
    assert units is not None
    box_category, mixed, sealed_at, gross_kg, parent_code, parent_kind, boxes, on_truck, holds = state
    if sealed_at is not None or on_truck:
        return None
    claim = not holds or (not mixed and box_category in (None, category[0]))
    if not claim and not mixed:
        return None  # a mixed category: the question (or allow_mixed) is the step-by-step path's
    plan = planned(found[6], found[7], units)
    if plan is None:
        return None  # too little (or a level changed under the read): said, or planned again, step by step
    if claim:
        _CLAIM.defer(session, {"box": place[0], "category": category[0]})
    move_planned(session, actor, target.id, plan, place[0])
    lines = {(at, item, lot): [have, unit, weight] for at, item, lot, have, unit, weight in found[5]}
    for lot, _at, part in plan.plan:
        lines.setdefault((place[0], target.id, lot), [Decimal(0), target.unit, target.unit_weight_kg])[0] += part
    nets = [net_of(have, weight) for have, _unit, weight in lines.values()]
    info = ContainerInfo(
        id=place[0], code=place[2], kind=place[1], name=place[3],
        parent_code=parent_code if parent_kind in ("pallet", "truck") else None, truck_number=None,
        category=CategoryName(*category[1:]) if claim else None, mixed=not claim, sealed=False,
        gross_kg=gross_kg, net_kg=sum((net for net in nets if net is not None), Decimal(0)),
        pieces=sum((have for have, unit, _w in lines.values() if unit in WHOLE_UNITS), Decimal(0)),
        line_count=len(lines), boxes=int(boxes or 0),
    )
    _level, _lot, _at, _have, expiry, lot_code = plan.lot_of(0)
    return PackResult(info, target.name, target.unit, plan.total, expiry, lot_code or "")
