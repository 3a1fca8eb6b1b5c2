"""Receive: one scan of donated goods becomes one ledger row and a higher stock level."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from itertools import product
from typing import Any

from sqlalchemy import Dialect, bindparam, select, true
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ReturnsRows

from warehouse_app.core.access import roles
from warehouse_app.core.catalogue import barcodes, instore
from warehouse_app.core.catalogue.items import alternative_row, target_item_id, target_key, target_of, target_read
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.donations import DONATION_COLUMNS, DonationInfo, donation_for_receive, get_donation
from warehouse_app.core.ledger import (
    NEXT_MOVEMENT_ID,
    Ahead,
    find_lot,
    get_or_create_lot,
    level,
    locked_level,
    receive_ahead,
    transfer,
)
from warehouse_app.core.quantities import parse_date, parse_quantity
from warehouse_app.core.stock.changes import reverse
from warehouse_app.core.stock.locations import (
    LOCATION_COLUMNS,
    RECEIVE_LOCATION_ID,
    LocationInfo,
    receive_location,
    refuse_container,
    resolve_location,
)
from warehouse_app.db.models import Donation, Donor, Item, Location, Lot, Movement
from warehouse_app.db.prepared import Prepared, batch
from warehouse_app.kernel.errors import BadInput, Conflict, ExpiryNeeded, NotFound


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
    weight_known: bool = True  # False: the item has no unit weight, so papers print "?" for it


# The usual scan names its donation and lands at the receiving zone: read both, and
# the lot if it exists, in one statement (every statement costs a scan dearly; and
# each scan is its own unit of work, so nothing read here could be kept for the next).
# It finds the item by the scan itself (a subquery), so it goes out in one round trip
# with the operator's role and the item (``receive``). On PostgreSQL it also draws the
# ledger row's id and reads the level the goods land on FOR UPDATE, so the writes need
# no answer and travel with the COMMIT (core/ledger.py ``receive_ahead``).
_SCAN_CONTEXT = (
    select(*LOCATION_COLUMNS, *DONATION_COLUMNS)
    .select_from(Location)
    .join(Donation, true())
    .outerjoin(Donor, Donor.id == Donation.donor_id)
    .where(Location.id == RECEIVE_LOCATION_ID)
)


# The donation a scan names: by id, by number, or none (the station's current one, as
# ``current_donation`` finds it; when there is none, the services open one).
_DONATION_BY = {
    "id": Donation.id == bindparam("ref"),
    "number": Donation.number == bindparam("ref"),
    "current": Donation.id == select(Donation.id).where(
        Donation.status == "open", Donation.station == bindparam("station")
    ).order_by(Donation.id.desc()).limit(1).scalar_subquery(),
}


def _context_query(by: str, no_expiry: bool, by_label: bool) -> Callable[[Dialect], ReturnsRows]:
    def build(dialect: Dialect) -> ReturnsRows:
        item = target_item_id(by_label)
        lot = find_lot(item, no_expiry).scalar_subquery()
        query = _SCAN_CONTEXT.add_columns(lot).where(_DONATION_BY[by])
        if dialect.name == "postgresql":
            query = query.add_columns(locked_level(item, lot, Location.id), NEXT_MOVEMENT_ID)
        return query
    return build


_SCAN_CONTEXT_BY = {  # (donation named by, no expiry, item named by its label)
    key: Prepared(_context_query(*key)) for key in product(_DONATION_BY, (True, False), (True, False))
}
_LOCATION_END = len(LOCATION_COLUMNS)
_DONATION_END = _LOCATION_END + len(DONATION_COLUMNS)
Row = tuple[Any, ...]


def _context_read(scan: barcodes.Scan, actor: Actor, location: str | None, donation: int | str | None,
                  donor: str | None, expiry: date | None, lot_code: str) -> tuple[Prepared, dict[str, Any]] | None:
    """The usual scan's context read (None: an unusual scan, read by the services)."""
    target = target_key(scan)
    if location or target is None or (donation is None and donor is not None):
        return None
    by_label, key = target
    by = "current" if donation is None else "id" if isinstance(donation, int) else "number"
    ref = donation.strip().upper() if isinstance(donation, str) else donation
    params = {"ref": ref, "station": actor.station, "expiry": expiry, "code": lot_code, **key}
    return _SCAN_CONTEXT_BY[by, expiry is None, by_label], params


def _scan_context(
    session: Session, actor: Actor, location: str | None, donation: int | str | None, donor: str | None,
    item_id: int, expiry: date | None, lot_code: str, row: Row | None,
) -> tuple[LocationInfo, DonationInfo, int, Ahead | None]:
    """Where the scan lands, the donation it goes into and its lot (made if new); with
    ``row``, what ``_context_read`` found."""
    if row is not None:
        info = DonationInfo(*row[_LOCATION_END:_DONATION_END])
        if info.status == "open":
            lot_id = row[_DONATION_END]
            ahead = None
            if lot_id is None:
                lot_id = get_or_create_lot(session, item_id, expiry, lot_code)
            elif len(row) > _DONATION_END + 1 and row[_DONATION_END + 1] is not None:  # PostgreSQL, level exists
                ahead = Ahead(int(row[_DONATION_END + 2]), row[_DONATION_END + 1])
            return LocationInfo(*row[:_LOCATION_END]), info, lot_id, ahead
    # Anything unusual (another place, no donation named, a closed or missing one, no
    # receiving zone set): the services that say what is wrong, one query each.
    place = resolve_location(session, location) if location else receive_location(session)
    refuse_container(place)
    info = donation_for_receive(session, actor, donation=donation, donor=donor)
    return place, info, get_or_create_lot(session, item_id, expiry, lot_code), None


def _first(rows: list[Row]) -> Row | None:
    return rows[0] if rows else None


class ExpiredOnReceipt(Conflict):
    """The goods have expired already: received only when the user says so (allow_expired)."""

    def __init__(self, item_name: str, expiry: date) -> None:
        super().__init__("{item} expired on {expiry}; receive it only if you mean to (it will show as expired "
                         "in the stock).", item=item_name, expiry=expiry.isoformat())
        self.item_name, self.expiry = item_name, expiry


def refuse_expired(item_name: str, expiry: date | None, allow_expired: bool, today: date | None = None) -> None:
    """Expired goods come in only when confirmed: the rule every door to receiving calls."""
    if expiry is not None and expiry < (today or date.today()) and not allow_expired:
        raise ExpiredOnReceipt(item_name, expiry)


def scan_units(item_name: str, unit: str, qty: str | int | Decimal | None, per_scan: Decimal) -> Decimal:
    """How many units ``qty`` scans (None: one) of a code worth ``per_scan`` units are; whole
    units unless weighed or measured. (An offline station checks a scan with it too.)"""
    scans = parse_quantity(qty, unit) if qty not in (None, "") else Decimal(1)
    units = scans * per_scan
    if unit not in ("kg", "l") and units != units.to_integral_value():
        raise BadInput("{item} is counted whole, so {qty} is not possible.", item=item_name, qty=units)
    return parse_quantity(units, unit)


_BY_SCAN_UID = Prepared(select(Movement.id).where(Movement.scan_uid == bindparam("uid")))
SCAN_UID_LENGTH = 36  # movement.scan_uid: a UUID's text


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
    allow_expired: bool = False,
    scan_uid: str | None = None,
) -> ReceiveResult:
    """Record a scanned donation line.

    ``qty`` counts scans of the code (12 cases of a 6-pack barcode are 72 units);
    GS1 data in the code supplies expiry, lot and count unless given explicitly.
    Goods already expired are refused (``ExpiredOnReceipt``) unless ``allow_expired``.

    ``scan_uid`` is the scan's own id (a station makes one per scan on a server): a scan
    whose id is in the ledger already is not written again; its recorded receipt is
    returned. So a scan queued while the server was unreachable, or one whose commit
    reached the server but whose answer was lost, is written exactly once however often
    it is sent.
    """
    if scan_uid is not None:
        if not 0 < len(scan_uid) <= SCAN_UID_LENGTH:
            raise BadInput("A scan id has 1 to {most} characters.", most=SCAN_UID_LENGTH)
        done: int | None = _BY_SCAN_UID.scalar(session, {"uid": scan_uid})
        if done is not None:
            return recorded_receipt(session, done)
    try:
        scan = instore.read_goods(session, code, separators)  # an in-store code by the warehouse's layout
    except BadInput:
        roles.require(session, actor, roles.RECEIVE)  # who may receive is said first, as ever
        raise
    lot = (lot_code if lot_code is not None else scan.lot or "").strip()
    try:
        when = parse_date(expiry) if expiry not in (None, "") else scan.expiry
        bad_date: BadInput | None = None
    except BadInput as exc:  # said in its turn, below
        when, bad_date = None, exc
    # The operator, the item and the usual scan's context: one round trip on PostgreSQL.
    reads: list[tuple[Prepared, Mapping[str, Any]]] = [(roles.OPERATOR, roles.operator_params(actor))]
    item_read = target_read(scan)
    reads += [item_read] if item_read is not None else []
    context_read = _context_read(scan, actor, location, donation, donor, when, lot) if bad_date is None else None
    reads += [context_read] if context_read is not None else []
    found = batch(session, reads)
    operator = _first(found[0])
    roles.check((operator[0], operator[1], bool(operator[2])) if operator else None, actor, roles.RECEIVE)
    item, pack_qty = target_of(scan, alternative_row(session, scan, _first(found[1]) if item_read is not None else None))
    if item.archived:
        raise BadInput("{item} is archived; restore it in the catalogue before receiving it.", item=item.name)

    units = scan_units(item.name, item.unit, qty, barcodes.units_per_scan(scan, item.unit, pack_qty))

    if bad_date is not None:
        raise bad_date
    if item.tracks_expiry and when is None:
        raise ExpiryNeeded(item.id, item.name)
    refuse_expired(item.name, when, allow_expired)
    if len(lot) > 64:
        raise BadInput("A lot code can be at most 64 characters long.")

    context = _first(found[-1]) if context_read is not None else None
    place, donation_info, lot_id, ahead = _scan_context(
        session, actor, location, donation, donor, item.id, when, lot, context
    )
    new_level: Decimal | None
    if ahead is not None:
        movement_id, new_level = receive_ahead(
            session, actor, item.id, lot_id, units, place.id, ahead, donation_id=donation_info.id, scan_uid=scan_uid
        )
    else:
        movement_id, new_level = transfer(
            session, actor, "receive", item.id, lot_id, units, None, place.id, donation_id=donation_info.id,
            scan_uid=scan_uid,
        )
    assert new_level is not None
    return ReceiveResult(
        movement_id=movement_id, item_id=item.id, item_name=item.name, unit=item.unit, quantity=units,
        expiry=when, lot_code=lot, donation_id=donation_info.id, donation_number=donation_info.number,
        location=place.name, level_at_location=new_level, weight_known=item.unit_weight_kg is not None,
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
    new_id, _level = transfer(
        session, actor, "receive", item.id, original.lot_id, units, None, original.to_location_id,
        donation_id=original.donation_id,
    )
    return recorded_receipt(session, new_id)


def recorded_receipt(session: Session, movement_id: int) -> ReceiveResult:
    """A receipt in the ledger as ``receive`` answers it, the level at its place as it is now."""
    row = session.get(Movement, movement_id)
    assert row is not None and row.kind == "receive" and row.to_location_id is not None
    assert row.donation_id is not None
    item = session.get(Item, row.item_id)
    lot = session.get(Lot, row.lot_id)
    donation = get_donation(session, row.donation_id)
    place = session.get(Location, row.to_location_id)
    assert item is not None and lot is not None and place is not None
    return ReceiveResult(
        movement_id=row.id, item_id=item.id, item_name=item.name, unit=item.unit, quantity=row.quantity,
        expiry=lot.expiry, lot_code=lot.lot_code, donation_id=donation.id, donation_number=donation.number,
        location=place.name, level_at_location=level(session, item.id, lot.id, place.id),
        weight_known=item.unit_weight_kg is not None,
    )
