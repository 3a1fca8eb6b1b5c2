"""A box or pallet scanned onto a truck in one round trip of reads (PostgreSQL; db/pipeline.py).

The operator, the truck by its number and the container by its label, both read FOR
UPDATE; after those locks, whether the container is on a truck already, what it holds
(its places and its lines, with each item's category), the category tree's minimum
shelf lives, the truck's load and the warehouse's payload limit. The rules run in Python
(the shelf life of every line as ``shelf_life.first_problem`` judges it); the audit
event, the re-parenting and the truck's "loading" are deferred to the COMMIT; the truck's
totals after the scan are counted from its load and the container's contents at their
new place. Two round trips.

Anything a rule does not let through as it is (a container on a truck or empty, goods
short-dated or expired for this truck, a quantity typed) returns None before anything was
written, and ``shipments._load_container`` says what is wrong, step by step.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import String, bindparam, func, insert, literal, select, update
from sqlalchemy.orm import Session, aliased

from warehouse_app.core.access import roles
from warehouse_app.core.catalogue import barcodes
from warehouse_app.core.context import Actor
from warehouse_app.core.shipping._ahead import Row, first
from warehouse_app.core.shipping._load_ahead import (
    LOAD_LINES,
    LOAD_PLACES,
    LOADING,
    LOCK_TRUCK,
    Load,
    lines_where,
    load_after,
    places_where,
)
from warehouse_app.core.shipping.shelf_life import Fit, fit
from warehouse_app.core.shipping.warehouse import PAYLOAD_READ, payload_of
from warehouse_app.db.models import AuditEvent, Category, Container, Item, Location
from warehouse_app.db.prepared import Prepared, batch
from warehouse_app.db.types import utcnow
from warehouse_app.kernel.errors import Notice

_BOX = aliased(Location, name="box")
_TRUCK_LOAD = aliased(Location, name="truck_load")
_BOX_PATH = select(_BOX.path).where(_BOX.code == bindparam("box")).scalar_subquery()
_LOCK_CONTAINER = Prepared(
    select(Location.id, Location.kind, Location.code, Location.path, Location.parent_id)
    .join(Container, Container.location_id == Location.id)
    .where(Location.code == bindparam("box"))
    .with_for_update(of=Location)
)
_ON_A_TRUCK = Prepared(select(
    select(_TRUCK_LOAD.id).where(_TRUCK_LOAD.kind == "truck", _BOX_PATH.startswith(_TRUCK_LOAD.path)).exists()))
_CONTENTS_PLACES = Prepared(places_where(Location.path.startswith(_BOX_PATH)))
_CONTENTS_LINES = Prepared(lines_where(Location.path.startswith(_BOX_PATH), Item.category_id))
_CATEGORIES = Prepared(select(Category.id, Category.parent_id, Category.min_shelf_life_days))
_EVENT = Prepared(insert(AuditEvent), column_keys=(
    "kind", "location_id", "from_location_id", "to_location_id", "shipment_id", "operator_id", "station", "created_at",
    "reason"))
_REPATH = Prepared(
    update(Location).where(Location.path.startswith(bindparam("old", type_=String)))
    .values(path=literal("", String).concat(bindparam("new", type_=String))
            .concat(func.substr(Location.path, bindparam("cut")))))
_REPARENT = Prepared(update(Location).where(Location.id == bindparam("id")).values(parent_id=bindparam("parent")))


@dataclass(frozen=True)
class BoxLoaded:
    """A container loaded whole: what it is, what it holds, what to say, the load after it."""

    kind: str
    code: str
    pieces: Decimal
    line_count: int
    warnings: tuple[Notice, ...]
    load: Load


def _min_days(categories: list[Row], category_id: int) -> int:
    """``_rows.min_shelf_life_days`` on the category rows read (0: no minimum)."""
    by_id = {row[0]: row for row in categories}
    current = by_id.get(category_id)
    while current is not None:
        if current[2] is not None:
            return int(current[2])
        current = by_id.get(current[1]) if current[1] is not None else None
    return 0


def load_box_ahead(session: Session, actor: Actor, truck: str, code: str) -> BoxLoaded | None:
    """``shipments.load`` of a box or pallet label, or None: a rule says no (nothing written)."""
    parsed = barcodes.parse_internal_code(" ".join(code.split()))
    if parsed is None or parsed[0] not in (barcodes.InternalKind.BOX, barcodes.InternalKind.PALLET):
        return None
    label, number, today = barcodes.make_internal_code(*parsed), truck.strip().upper(), date.today()
    reads: list[tuple[Prepared, Mapping[str, Any]]] = [
        (roles.OPERATOR, roles.operator_params(actor)),
        (LOCK_TRUCK, {"truck": number}),
        (_LOCK_CONTAINER, {"box": label}),
        (_ON_A_TRUCK, {"box": label}),
        (_CONTENTS_PLACES, {"box": label}),
        (_CONTENTS_LINES, {"box": label}),
        (_CATEGORIES, {}),
        (LOAD_PLACES, {"truck": number}),
        (LOAD_LINES, {"truck": number}),
        PAYLOAD_READ,
    ]
    found = batch(session, reads)
    operator = first(found[0])
    roles.check((operator[0], operator[1], bool(operator[2])) if operator else None, actor, roles.LOAD)
    row, place, on_truck = first(found[1]), first(found[2]), first(found[3])
    lines = found[5]
    if row is None or row[1] == "dispatched" or place is None or (on_truck and on_truck[0]) or not lines:
        return None
    shipment_id, _status, planned_day, load_id, own_limit = row
    place_id, kind, place_code, old_path, parent_id = place
    departure = max(planned_day or today, today)
    if any(fit(line[4], _min_days(found[6], line[19]), departure) is not Fit.OK for line in lines):
        return None  # short-dated (a manager's override) or expired: step by step
    load_path = next(r[5] for r in found[7] if r[0] == load_id)
    _EVENT.defer(session, {"kind": "load", "location_id": place_id, "from_location_id": parent_id,
                           "to_location_id": load_id, "shipment_id": shipment_id, "operator_id": actor.operator_id,
                           "station": actor.station, "created_at": utcnow(), "reason": None})
    new_path = f"{load_path}{place_id}/"
    _REPATH.defer(session, {"old": old_path, "new": new_path, "cut": len(old_path) + 1})
    _REPARENT.defer(session, {"id": place_id, "parent": load_id})
    LOADING.defer(session, {"id": shipment_id})
    moved = [(r[0], load_id if r[0] == place_id else r[1], *r[2:5], new_path + r[5][len(old_path):], *r[6:])
             for r in found[4]]
    payload = first(found[9])
    limit = own_limit if own_limit is not None else payload_of(payload[0] if payload else None)
    load = load_after([*found[7], *moved], [*found[8], *(line[:19] for line in lines)], load_id, limit)
    unsealed = [r for r in found[4] if r[6] is not None and r[8] is None]
    warnings = [Notice("{code} is not sealed.", code=place_code) for r in unsealed if r[0] == place_id and kind == "box"]
    warnings += [Notice("{code} on {pallet} is not sealed.", code=r[3], pallet=place_code)
                 for r in sorted(unsealed, key=lambda r: r[0]) if r[0] != place_id]
    pieces = sum((line[3] for line in lines if line[7] not in ("kg", "l")), Decimal(0))
    return BoxLoaded(kind, place_code, pieces, len(lines), tuple(warnings), load)
