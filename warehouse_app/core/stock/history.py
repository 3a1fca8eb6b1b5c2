"""The ledger as people read it: the latest movements, and what happened to boxes and pallets
as a whole (audit events), newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, aliased

from warehouse_app.core.text_search import holds
from warehouse_app.db.models import (
    MOVEMENT_KINDS,
    AuditEvent,
    Donation,
    Donor,
    Item,
    Location,
    Lot,
    Movement,
    Operator,
    Shipment,
)
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


# The ledger as a screen pages through it (issue 18): filtered, newest first, a page at a time.

PAGE_SIZE = 200


@dataclass(frozen=True)
class LedgerFilter:
    """What to show; empty text and ``None`` mean "any". Texts are matched as typed, case-blind,
    anywhere in the name or number; dates are whole days in ``tz`` (both inclusive)."""

    item: str = ""  # the item's name (any language) or its internal code
    donor: str = ""
    donation: str = ""
    truck: str = ""
    operator: str = ""
    station: str = ""
    kind: str | None = None  # one of MOVEMENT_KINDS
    since: date | None = None
    until: date | None = None
    tz: tzinfo = UTC


@dataclass(frozen=True)
class LedgerRow:
    id: int
    time: datetime
    kind: str
    item: str
    expiry: date | None
    lot_code: str | None
    quantity: Decimal
    unit: str
    from_location: str | None
    to_location: str | None
    donation: str | None
    donor: str | None
    truck: str | None
    operator: str
    station: str
    reason: str | None
    reverses: int | None  # the row this one reverses
    reversed_by: int | None  # the reversal row that undid this one


@dataclass(frozen=True)
class LedgerPage:
    rows: tuple[LedgerRow, ...]
    more: bool  # older rows match too: ask again with ``before=rows[-1].id``


def ledger_page(session: Session, filters: LedgerFilter = LedgerFilter(), *, before: int | None = None,
                limit: int = PAGE_SIZE) -> LedgerPage:
    """One page of the ledger rows that match ``filters``, newest first, older than row ``before``
    (keyset paging on the row's id, so a page never repeats or skips a row while others write).
    A reversal shows (and is found under) the donation of the row it reverses."""
    if not 1 <= limit <= 10_000:
        raise BadInput("The limit must be 1 to 10000.")
    if filters.kind is not None and filters.kind not in MOVEMENT_KINDS:
        raise BadInput("There is no movement kind {kind}.", kind=filters.kind)
    if filters.since and filters.until and filters.since > filters.until:
        raise BadInput("The first day ({since}) is after the last one ({until}).",
                       since=filters.since.isoformat(), until=filters.until.isoformat())
    source, target, undo, undone = aliased(Location), aliased(Location), aliased(Movement), aliased(Movement)
    query = (
        select(Movement.id, Movement.created_at, Movement.kind, Item.name, Lot.expiry, Lot.lot_code,
               Movement.quantity, Item.unit, source.name, target.name, Donation.number, Donor.name,
               Shipment.number, Operator.name, Movement.station, Movement.reason, Movement.reverses_id, undo.id)
        .join(Item, Item.id == Movement.item_id)
        .join(Lot, Lot.id == Movement.lot_id)
        .join(Operator, Operator.id == Movement.operator_id)
        .outerjoin(source, source.id == Movement.from_location_id)
        .outerjoin(target, target.id == Movement.to_location_id)
        .outerjoin(undone, undone.id == Movement.reverses_id)  # a reversal belongs to its row's donation
        .outerjoin(Donation, Donation.id == func.coalesce(Movement.donation_id, undone.donation_id))
        .outerjoin(Donor, Donor.id == Donation.donor_id)
        .outerjoin(Shipment, Shipment.id == Movement.shipment_id)
        .outerjoin(undo, undo.reverses_id == Movement.id)
        .order_by(Movement.id.desc())
        .limit(limit + 1)
    )
    if before is not None:
        query = query.where(Movement.id < before)
    if word := filters.item.strip():
        query = query.where(or_(holds(Item.name, word), holds(Item.name_uk, word), holds(Item.name_en, word),
                                holds(Item.internal_code, word)))
    for column, typed in ((Donor.name, filters.donor), (Donation.number, filters.donation),
                          (Shipment.number, filters.truck), (Operator.name, filters.operator),
                          (Movement.station, filters.station)):
        if word := typed.strip():
            query = query.where(holds(column, word))
    if filters.kind is not None:
        query = query.where(Movement.kind == filters.kind)
    if filters.since is not None:
        query = query.where(Movement.created_at >= datetime.combine(filters.since, time.min, filters.tz))
    if filters.until is not None:
        query = query.where(Movement.created_at < datetime.combine(filters.until + timedelta(days=1), time.min, filters.tz))
    rows = [LedgerRow(*tuple(r)) for r in session.execute(query)]
    return LedgerPage(tuple(rows[:limit]), len(rows) > limit)


def ledger_rows(session: Session, filters: LedgerFilter = LedgerFilter()) -> tuple[LedgerRow, ...]:
    """Every row that matches, newest first (an export), read a large page at a time."""
    rows: list[LedgerRow] = []
    before: int | None = None
    while True:
        page = ledger_page(session, filters, before=before, limit=10_000)
        rows.extend(page.rows)
        if not page.more:
            return tuple(rows)
        before = page.rows[-1].id
