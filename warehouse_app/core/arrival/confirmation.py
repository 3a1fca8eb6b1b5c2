"""The arrival confirmation: written by the receiving hub when it closes an arrival, imported
by the sender, whose truck then counts as *delivered*, package by package.

The file is the truck file's envelope with ``"format": "aid-warehouse-arrival"``
(docs/truck-file.md). The sender checks it is for one of its own trucks (the warehouse
id), that the truck left and was not confirmed before, and that the packages it names
are exactly those that left; then it keeps one ``package_confirmation`` row a package
(``""`` for the truck's loose goods). ``shipment.status`` stays 'dispatched': *delivered*
is read from the confirmation (``deliveries``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from warehouse_app.core.access import roles
from warehouse_app.core.arrival.envelope import (
    ARRIVAL_FORMAT,
    bad_field,
    day,
    items_of,
    moment,
    open_envelope,
    seal_envelope,
    text,
)
from warehouse_app.core.arrival.report_data import ArrivalReport
from warehouse_app.core.context import Actor
from warehouse_app.core.shipping.delivered import LOOSE, PackageStatus
from warehouse_app.core.shipping.delivered import Delivery as Delivery  # where callers look for them
from warehouse_app.core.shipping.delivered import deliveries as deliveries
from warehouse_app.core.shipping.packing_list import load_of
from warehouse_app.core.shipping.warehouse import warehouse_uid
from warehouse_app.db.models import PackageConfirmation, Shipment, TruckConfirmation
from warehouse_app.db.types import utcnow
from warehouse_app.kernel.errors import Conflict, NotFound


@dataclass(frozen=True)
class WrittenConfirmation:
    number: str  # the hub's handle of the truck
    content: bytes
    sha256: str


def confirmation_file(report: ArrivalReport, hub_uid: str) -> WrittenConfirmation:
    """The confirmation of a closed arrival. It holds nothing that changes after the close,
    so writing it again gives the same file, byte for byte."""
    assert report.closed_at is not None
    body: dict[str, Any] = {
        "truck": {"number": report.truck.number, "warehouse_uid": report.sender.uid},
        "truck_file_sha256": report.file_sha256,
        "hub": {"name": report.hub_name, "warehouse_uid": hub_uid},
        "arrived_on": report.arrived_on.isoformat(),
        "closed_at": report.closed_at.isoformat(),
        "packages": [{"label_code": p.label_code, "status": p.status, "note": p.note}
                     for p in report.packages if p.status != "extra"],
        "extra": list(report.extra),
        "loose": {"status": "received", "lines": len(report.loose)} if report.loose else None,
    }
    content, sha = seal_envelope(ARRIVAL_FORMAT, body)
    return WrittenConfirmation(report.number, content, sha)


def _status(obj: Any, where: str) -> PackageStatus:
    status = text(obj, "status", where, 8)
    if status not in ("received", "damaged", "missing"):
        raise bad_field(f"{where}.status")
    return PackageStatus(text(obj, "label_code", where, 32), status, text(obj, "note", where, 4000))


def import_confirmation(session: Session, actor: Actor, data: bytes) -> Delivery:
    """Record the hub's confirmation of one of our dispatched trucks (one transaction)."""
    roles.require(session, actor, roles.DISPATCH)
    body, sha = open_envelope(data, ARRIVAL_FORMAT)
    truck: dict[str, Any] = body["truck"] if isinstance(body.get("truck"), dict) else {}
    number, uid = text(truck, "number", "truck", 20), text(truck, "warehouse_uid", "truck", 36)
    hub: dict[str, Any] = body["hub"] if isinstance(body.get("hub"), dict) else {}
    packages = items_of(body, "packages", "", _status)
    extra = items_of(body, "extra", "", lambda v, w: text({"code": v}, "code", w, 32))
    loose = body.get("loose")
    arrived_on, closed_at = day(body, "arrived_on", "", optional=False), moment(body, "closed_at", "")
    assert arrived_on is not None
    if uid != warehouse_uid(session):
        raise Conflict("This arrival confirmation is for truck {number} of another warehouse, not of this one.",
                       number=number)
    row = session.scalar(select(Shipment).where(Shipment.number == number).with_for_update())
    if row is None:
        raise NotFound("There is no truck {ref}.", ref=number)
    if row.status != "dispatched":
        raise Conflict("Truck {number} has not been dispatched; no arrival can be confirmed for it.", number=number)
    earlier = session.scalar(select(TruckConfirmation).where(TruckConfirmation.shipment_id == row.id))
    if earlier is not None:
        raise Conflict("Truck {number} was already confirmed as delivered (imported on {day}).", number=number,
                       day=earlier.imported_at.astimezone().date().isoformat())
    ours, our_loose, _, _ = load_of(session, row)
    if sorted(p.label_code for p in packages) != sorted(p.label_code for p in ours):
        raise Conflict("This arrival confirmation does not match truck {number}: the packages it names are not "
                       "those that left.", number=number)
    if session.scalar(select(TruckConfirmation.id).where(TruckConfirmation.file_sha256 == sha)) is not None:
        raise Conflict("This arrival confirmation has already been imported.")
    hub_name = text(hub, "name", "hub", 200)
    session.add(TruckConfirmation(shipment_id=row.id, hub_name=hub_name, arrived_on=arrived_on, closed_at=closed_at,
                                  imported_at=utcnow(), operator_id=actor.operator_id, station=actor.station,
                                  file_sha256=sha))
    statuses = list(packages)
    if our_loose:
        loose_status = text(loose, "status", "loose", 8) if isinstance(loose, dict) else "missing"
        statuses.append(PackageStatus(LOOSE, loose_status if loose_status in ("received", "damaged") else "missing"))
    for p in statuses:
        session.add(PackageConfirmation(shipment_id=row.id, label_code=p.label_code, status=p.status,
                                        note=p.note or None))
    session.flush()
    return Delivery(number, hub_name, arrived_on, closed_at, tuple(statuses), extra)
