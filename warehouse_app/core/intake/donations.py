"""Donors and donations: the intake batch every received scan belongs to."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import Integer, Select, bindparam, func, select, update
from sqlalchemy.orm import Session

from warehouse_app.core import lengths
from warehouse_app.core.access import roles
from warehouse_app.core.context import Actor
from warehouse_app.core.text_search import holds
from warehouse_app.db.dialect import insert_for
from warehouse_app.db.models import Counter, Donation, Donor, Item, Lot, Movement
from warehouse_app.db.types import qty_from_raw, raw_qty, utcnow
from warehouse_app.kernel.errors import BadInput, Conflict, DonationClosed, NotFound


@dataclass(frozen=True)
class DonationInfo:
    id: int
    number: str
    donor: str | None
    source: str | None
    notes: str | None
    status: str
    station: str
    opened_at: datetime
    closed_at: datetime | None


@dataclass(frozen=True)
class DonationLine:
    item_id: int
    item_name: str
    unit: str
    expiry: object
    lot_code: str
    quantity: Decimal


def next_number(session: Session, prefix: str, year: int, width: int) -> str:
    """D-2026-00042: one counter row per kind and year, bumped by a single UPDATE
    (row-locked on PostgreSQL, serialised by BEGIN IMMEDIATE on SQLite)."""
    session.execute(insert_for(session, Counter).values(name=prefix, year=year, value=0).on_conflict_do_nothing())
    value = session.execute(
        update(Counter)
        .where(Counter.name == prefix, Counter.year == year)
        .values(value=Counter.value + 1)
        .returning(Counter.value)
    ).scalar_one()
    return f"{prefix}-{year}-{value:0{width}d}"


def _clean_donor_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise BadInput("The donor needs a name.")
    if len(cleaned) > 200:
        raise BadInput("A donor name can be at most 200 characters long.")
    return cleaned


def find_or_add_donor(session: Session, name: str, *, kind: str | None = None, city: str | None = None) -> int:
    cleaned = _clean_donor_name(name)
    query = select(Donor.id).where(func.lower(Donor.name) == cleaned.lower())
    donor_id = session.scalar(query)
    if donor_id is None:
        session.execute(
            insert_for(session, Donor).values(name=cleaned, kind=kind, city=city, created_at=utcnow())
            .on_conflict_do_nothing()
        )
        donor_id = session.scalar(query) or session.scalar(select(Donor.id).where(Donor.name == cleaned))
    assert donor_id is not None
    return donor_id


def search_donors(session: Session, text: str, limit: int = 20) -> list[str]:
    query = select(Donor.name).order_by(func.lower(Donor.name)).limit(limit)
    for word in text.split():
        query = query.where(holds(Donor.name, word))
    return list(session.scalars(query))


def _info(session: Session, row: Donation) -> DonationInfo:
    donor = session.get_one(Donor, row.donor_id).name if row.donor_id else None
    return DonationInfo(row.id, row.number, donor, row.source, row.notes, row.status, row.station,
                        row.opened_at, row.closed_at)


DONATION_COLUMNS = (
    Donation.id, Donation.number, Donor.name, Donation.source, Donation.notes, Donation.status,
    Donation.station, Donation.opened_at, Donation.closed_at,
)  # a DonationInfo, in order (Donor joined outer)
_BY_NUMBER = select(*DONATION_COLUMNS).outerjoin(Donor, Donor.id == Donation.donor_id)
_BY_ID = _BY_NUMBER.where(Donation.id == bindparam("ref"))
_BY_NUMBER = _BY_NUMBER.where(Donation.number == bindparam("ref"))


def open_donation(
    session: Session, actor: Actor, *, donor: str | None = None, source: str | None = None, notes: str | None = None
) -> DonationInfo:
    roles.require(session, actor, roles.RECEIVE)
    now = utcnow()
    row = Donation(
        number=next_number(session, "D", now.year, 5),
        donor_id=find_or_add_donor(session, donor) if donor else None,
        source=lengths.at_most((source or "").strip(), lengths.DONATION_SOURCE,
                              template="A donation's source can be at most {n} characters long (this one has {length}).") or None,
        notes=(notes or "").strip() or None,
        status="open",
        station=actor.station,
        operator_id=actor.operator_id,
        opened_at=now,
    )
    session.add(row)
    session.flush()
    return _info(session, row)


def get_donation(session: Session, ref: int | str) -> DonationInfo:
    """A donation by its id or its number (D-2026-00042), in one query."""
    if isinstance(ref, int):
        row = session.connection().execute(_BY_ID, {"ref": ref}).first()
    else:
        row = session.connection().execute(_BY_NUMBER, {"ref": ref.strip().upper()}).first()
    if row is None:
        raise NotFound("There is no donation {ref}.", ref=ref)
    return DonationInfo(*row)


def current_donation(session: Session, actor: Actor, donor: str | None = None) -> DonationInfo | None:
    """The open donation this station is scanning into, if it fits the donor given."""
    row = session.scalar(
        select(Donation)
        .where(Donation.status == "open", Donation.station == actor.station)
        .order_by(Donation.id.desc())
        .limit(1)
    )
    if row is None:
        return None
    if donor is not None:
        wanted = session.scalar(select(Donor.id).where(func.lower(Donor.name) == _clean_donor_name(donor).lower()))
        if wanted is None or row.donor_id != wanted:
            return None
    return _info(session, row)


def donation_for_receive(
    session: Session, actor: Actor, *, donation: int | str | None, donor: str | None
) -> DonationInfo:
    """The donation a scan goes into: the one named, or the station's current one, or a new one."""
    if donation is not None:
        found = get_donation(session, donation)
        if found.status != "open":
            raise DonationClosed(found.number)
        return found
    return current_donation(session, actor, donor) or open_donation(session, actor, donor=donor)


def close_donation(session: Session, ref: int | str) -> DonationInfo:
    info = get_donation(session, ref)
    if info.status != "open":
        raise Conflict("The donation {number} is already closed.", number=info.number)
    row = session.get(Donation, info.id)
    assert row is not None
    row.status, row.closed_at = "closed", utcnow()
    session.flush()
    return _info(session, row)


def update_donation(
    session: Session, ref: int | str, *, donor: str | None = None, source: str | None = None,
    notes: str | None = None,
) -> DonationInfo:
    """Fill in the header of an open donation (who gave it, where from, notes); empty text clears."""
    info = get_donation(session, ref)
    if info.status != "open":
        raise Conflict("The donation {number} is closed; its header can no longer change.", number=info.number)
    row = session.get(Donation, info.id)
    assert row is not None
    if donor is not None:
        row.donor_id = find_or_add_donor(session, donor) if donor.strip() else None
    if source is not None:
        if len(source.strip()) > 200:
            raise BadInput("The source can be at most 200 characters long.")
        row.source = source.strip() or None
    if notes is not None:
        row.notes = notes.strip() or None
    session.flush()
    return _info(session, row)


def list_donations(session: Session, limit: int = 100) -> list[DonationInfo]:
    rows = session.scalars(select(Donation).order_by(Donation.id.desc()).limit(limit))
    return [_info(session, r) for r in rows]


@cache
def _lines(one_item: bool) -> Select[Any]:
    """A donation's lines, one per item and lot, net of undone scans (with ``one_item``,
    only item ``:item_id``'s), for ``:donation_id``.

    Built once with bound parameters: every scan answers with its line, and composing
    this union afresh (its subquery's and alias's columns, then its cache key) cost each
    scan ~2.5 ms of Python, several times the SQL it runs."""
    # A reversal of a receive carries no donation of its own; count it through what it reverses.
    donation_id = bindparam("donation_id", type_=Integer)
    original = Movement.__table__.alias("original")
    received = (
        select(Movement.item_id, Movement.lot_id, raw_qty(Movement.quantity).label("qty"))
        .where(Movement.donation_id == donation_id, Movement.kind == "receive")
    )
    reversed_ = (
        select(Movement.item_id, Movement.lot_id, (-raw_qty(Movement.quantity)).label("qty"))
        .join(original, original.c.id == Movement.reverses_id)
        .where(original.c.donation_id == donation_id, original.c.kind == "receive")
    )
    if one_item:
        item_id = bindparam("item_id", type_=Integer)
        received = received.where(Movement.item_id == item_id)
        reversed_ = reversed_.where(original.c.item_id == item_id)
    both = received.union_all(reversed_).subquery()
    return (
        select(both.c.item_id, Item.name, Item.unit, Lot.expiry, Lot.lot_code, func.sum(both.c.qty))
        .join(Item, Item.id == both.c.item_id)
        .join(Lot, Lot.id == both.c.lot_id)
        .group_by(both.c.item_id, Item.name, Item.unit, Lot.expiry, Lot.lot_code)
        # in line_order: by item, an item's lots without expiry first, then by date and lot code
        .order_by(both.c.item_id, Lot.expiry.is_not(None), Lot.expiry, Lot.lot_code)
    )


def line_order(line: DonationLine) -> tuple[int, bool, date, str]:
    """Where a line stands among a donation's lines (the order ``donation_lines`` gives)."""
    expiry = line.expiry if isinstance(line.expiry, date) else None
    return line.item_id, expiry is not None, expiry or date.min, line.lot_code


def donation_lines(session: Session, donation_id: int) -> list[DonationLine]:
    """What this donation brought in, one line per item and lot, net of undone scans."""
    rows = session.execute(_lines(False), {"donation_id": donation_id}).all()
    return [DonationLine(r[0], r[1], r[2], r[3], r[4], qty_from_raw(r[5])) for r in rows if r[5]]


def donation_line(session: Session, donation_id: int, item_id: int, expiry: date | None,
                  lot_code: str) -> DonationLine:
    """One line of a donation, as it now is: what a scan, a correction or an undo changed
    (quantity 0: its scans are all undone, so the donation no longer has it). Reads only
    that item's rows of the donation, not all its lines."""
    rows = session.execute(_lines(True), {"donation_id": donation_id, "item_id": item_id}).all()
    for r in rows:
        if r[3] == expiry and r[4] == lot_code:
            return DonationLine(r[0], r[1], r[2], r[3], r[4], qty_from_raw(r[5]))
    name, unit = session.execute(select(Item.name, Item.unit).where(Item.id == item_id)).one()
    return DonationLine(item_id, name, unit, expiry, lot_code, Decimal(0))
