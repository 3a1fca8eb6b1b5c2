"""Receive: one scan of donated goods becomes one ledger row and a higher stock level."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from warehouse_app.core import barcodes
from warehouse_app.core.catalogue import scan_target
from warehouse_app.core.context import Actor
from warehouse_app.core.donations import donation_for_receive, get_donation
from warehouse_app.core.errors import BadInput, ExpiryNeeded, NotFound
from warehouse_app.core.ledger import get_or_create_lot, transfer
from warehouse_app.core.locations import receive_location, resolve_location
from warehouse_app.core.quantities import parse_date, parse_quantity
from warehouse_app.core.stock_ops import reverse
from warehouse_app.db.models import Item, Location, Lot, Movement


@dataclass(frozen=True)
class ReceiveResult:
    movement_id: int
    item_id: int
    item_name: str
    unit: str
    quantity: Decimal
    expiry: date | None
    lot_code: str
    donation_id: int
    donation_number: str
    location: str
    level_at_location: Decimal


def receive(
    session: Session,
    actor: Actor,
    code: str,
    *,
    qty: str | int | Decimal | None = None,
    expiry: str | date | None = None,
    lot_code: str | None = None,
    donation: int | str | None = None,
    donor: str | None = None,
    location: str | None = None,
    separators: str = barcodes.DEFAULT_SEPARATORS,
) -> ReceiveResult:
    """Record a scanned donation line.

    ``qty`` counts scans of the code (12 cases of a 6-pack barcode are 72 units);
    GS1 data in the code supplies expiry, lot and count unless given explicitly.
    """
    scan = barcodes.interpret(code, separators)
    item, pack_qty = scan_target(session, scan)
    if item.archived:
        raise BadInput("{item} is archived; restore it in the catalogue before receiving it.", item=item.name)

    scans = parse_quantity(qty, item.unit) if qty not in (None, "") else Decimal(1)
    per_scan = pack_qty * (scan.count or 1)
    units = scans * per_scan
    if item.unit not in ("kg", "l") and units != units.to_integral_value():
        raise BadInput("{item} is counted whole, so {qty} is not possible.", item=item.name, qty=units)
    units = parse_quantity(units, item.unit)

    when = parse_date(expiry) if expiry not in (None, "") else scan.expiry
    if item.tracks_expiry and when is None:
        raise ExpiryNeeded(item.id, item.name)
    lot = (lot_code if lot_code is not None else scan.lot or "").strip()
    if len(lot) > 64:
        raise BadInput("A lot code can be at most 64 characters long.")

    place = resolve_location(session, location) if location else receive_location(session)
    donation_info = donation_for_receive(session, actor, donation=donation, donor=donor)
    lot_id = get_or_create_lot(session, item.id, when, lot)
    movement_id, new_level = transfer(
        session, actor, "receive", item.id, lot_id, units, None, place.id, donation_id=donation_info.id
    )
    assert new_level is not None
    return ReceiveResult(
        movement_id=movement_id, item_id=item.id, item_name=item.name, unit=item.unit, quantity=units,
        expiry=when, lot_code=lot, donation_id=donation_info.id, donation_number=donation_info.number,
        location=place.name, level_at_location=new_level,
    )


def correct_receipt(session: Session, actor: Actor, movement_id: int, qty: str | int | Decimal) -> ReceiveResult:
    """Change the quantity of a scan just made: the old row is reversed (audited), a new one written.

    Goods already moved on from where they were received cannot be corrected here:
    the reversal then fails with the usual "not enough" sentence and nothing changes.
    """
    original = session.get(Movement, movement_id)
    if original is None or original.kind != "receive":
        raise NotFound("There is no received scan number {id}.", id=movement_id)
    item = session.get(Item, original.item_id)
    assert item is not None and original.to_location_id is not None and original.donation_id is not None
    units = parse_quantity(qty, item.unit)
    reverse(session, actor, movement_id, "quantity corrected at intake")
    new_id, new_level = transfer(
        session, actor, "receive", item.id, original.lot_id, units, None, original.to_location_id,
        donation_id=original.donation_id,
    )
    lot = session.get(Lot, original.lot_id)
    donation = get_donation(session, original.donation_id)
    place = session.get(Location, original.to_location_id)
    assert lot is not None and place is not None and new_level is not None
    return ReceiveResult(
        movement_id=new_id, item_id=item.id, item_name=item.name, unit=item.unit, quantity=units,
        expiry=lot.expiry, lot_code=lot.lot_code, donation_id=donation.id, donation_number=donation.number,
        location=place.name, level_at_location=new_level,
    )
