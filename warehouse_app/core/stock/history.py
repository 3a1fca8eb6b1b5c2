"""The ledger as people read it: the latest movements, and what happened to boxes and pallets
as a whole (audit events), newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from warehouse_app.db.models import AuditEvent, Item, Location, Movement, Operator, Shipment
from warehouse_app.kernel.errors import BadInput


@dataclass(frozen=True)
class MovementRow:
    id: int
    time: datetime
    kind: str
    item: str
    quantity: Decimal
    unit: str
    from_location: str | None
    to_location: str | None
    operator: str
    station: str
    reason: str | None
    reverses: int | None


def recent_movements(session: Session, *, item_id: int | None = None, limit: int = 30) -> list[MovementRow]:
    if not 1 <= limit <= 10_000:
        raise BadInput("The limit must be 1 to 10000.")
    query = (
        select(Movement.id, Movement.created_at, Movement.kind, Item.name, Movement.quantity, Item.unit,
               Movement.from_location_id, Movement.to_location_id, Operator.name, Movement.station,
               Movement.reason, Movement.reverses_id)
        .join(Item, Item.id == Movement.item_id)
        .join(Operator, Operator.id == Movement.operator_id)
        .order_by(Movement.id.desc())
        .limit(limit)
    )
    if item_id is not None:
        query = query.where(Movement.item_id == item_id)
    places: dict[int | None, str] = dict(session.execute(select(Location.id, Location.name)).all())
    return [
        MovementRow(r[0], r[1], r[2], r[3], r[4], r[5], places.get(r[6]), places.get(r[7]), r[8], r[9], r[10], r[11])
        for r in session.execute(query)
    ]


@dataclass(frozen=True)
class EventRow:
    """A box or pallet sealed, reopened, put on a pallet or truck or taken off, or a shelf-life override."""

    id: int
    time: datetime
    kind: str
    container: str
    from_location: str | None
    to_location: str | None
    truck: str | None
    operator: str
    station: str
    reason: str | None


def recent_events(session: Session, *, limit: int = 30) -> list[EventRow]:
    if not 1 <= limit <= 10_000:
        raise BadInput("The limit must be 1 to 10000.")
    box = aliased(Location)
    query = (
        select(AuditEvent.id, AuditEvent.created_at, AuditEvent.kind, box.code, AuditEvent.from_location_id,
               AuditEvent.to_location_id, Shipment.number, Operator.name, AuditEvent.station, AuditEvent.reason)
        .join(box, box.id == AuditEvent.location_id)
        .join(Operator, Operator.id == AuditEvent.operator_id)
        .outerjoin(Shipment, Shipment.id == AuditEvent.shipment_id)
        .order_by(AuditEvent.id.desc())
        .limit(limit)
    )
    places: dict[int | None, str] = dict(session.execute(select(Location.id, Location.name)).all())
    return [EventRow(r[0], r[1], r[2], r[3], places.get(r[4]), places.get(r[5]), r[6], r[7], r[8], r[9])
            for r in session.execute(query)]
