"""An arriving truck at the receiving hub: register its truck file, check in each package
label as it comes off, report what was found, close the arrival.

Closing receives the goods of every package checked in (received or damaged: both
physically arrived) and the truck's loose goods into the hub's stock, at its receiving
place, under one new hub donation whose donor is the sender warehouse; missing packages
put nothing into stock. Goods already expired are received all the same and show as
expired in the stock: they are in the hub's hands, and the hub decides what happens to
them (write-off or not). Extra packages (labels not on the truck's list) are recorded, but
their contents are unknown: open them and receive their goods by scanning, as any
donation. Then the confirmation file for the sender is made (``confirmation.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warehouse_app.core.access import roles
from warehouse_app.core.arrival.confirmation import WrittenConfirmation, confirmation_file
from warehouse_app.core.arrival.envelope import TRUCK_FORMAT, canonical, open_envelope
from warehouse_app.core.arrival.goods import hub_item
from warehouse_app.core.arrival.report_data import ArrivalPackage, ArrivalReport
from warehouse_app.core.arrival.truck_file import FileLine, TruckFile, body_of, parse_body, parse_truck_file
from warehouse_app.core.catalogue import barcodes
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.donations import close_donation, get_donation, open_donation
from warehouse_app.core.ledger import get_or_create_lot, transfer
from warehouse_app.core.shipping.packing_list import summarise
from warehouse_app.core.shipping.warehouse import warehouse_details, warehouse_uid
from warehouse_app.core.stock.locations import receive_location
from warehouse_app.db.models import IncomingPackage, IncomingTruck, Operator
from warehouse_app.db.types import utcnow
from warehouse_app.kernel.errors import BadInput, Conflict, NotFound, Notice


@dataclass(frozen=True)
class Registered:
    number: str  # the hub's handle, printed last by ``truck arrive``
    sender_number: str
    sender_name: str
    packages: int
    loose_lines: int
    dispatched_at: datetime


@dataclass(frozen=True)
class CheckIn:
    truck: str
    codes: tuple[str, ...]  # the packages checked in by this scan (a pallet's boxes)
    status: str  # received | damaged
    extra: bool  # not on the truck's list
    to_check: int  # expected packages not checked in yet
    expected: int
    message: str  # a Notice: one translatable sentence saying what happened


@dataclass(frozen=True)
class ClosedArrival:
    report: ArrivalReport
    donation_number: str
    lines_received: int
    items_added: tuple[str, ...]  # goods the hub's catalogue did not have, added at close
    confirmation: WrittenConfirmation


def _find(session: Session, ref: str, *, lock: bool = False) -> IncomingTruck:
    wanted = " ".join(ref.split()).upper()
    if not wanted:
        raise BadInput("Name a truck by its number, e.g. T-2026-0042.")
    query = select(IncomingTruck).where(IncomingTruck.number == wanted)
    row = session.scalar(query.with_for_update() if lock else query)
    if row is None:
        raise NotFound("There is no arriving truck {ref}; register its truck file first (truck arrive).", ref=ref)
    return row


def _file(row: IncomingTruck) -> TruckFile:
    return parse_body(body_of(row.body), row.file_sha256)


def register_arrival(session: Session, actor: Actor, data: bytes) -> Registered:
    """Register an incoming truck and its expected packages from its truck file."""
    roles.require(session, actor, roles.ARRIVE)
    body, sha = open_envelope(data, TRUCK_FORMAT)
    parsed = parse_truck_file(data)
    sender, number = parsed.sender, parsed.truck.number
    if sender.uid == warehouse_uid(session):
        raise Conflict("This truck file was written by this warehouse (truck {number}); register it at the "
                       "receiving hub.", number=number)
    same = session.scalar(select(IncomingTruck).where(
        (IncomingTruck.file_sha256 == sha) | ((IncomingTruck.sender_uid == sender.uid)
                                              & (IncomingTruck.sender_number == number))))
    if same is not None:
        raise Conflict("Truck {sender_number} from {sender} is already registered here, as truck {number}.",
                       sender_number=number, sender=sender.name or "?", number=same.number)
    handle, n = number, 1
    while session.scalar(select(IncomingTruck.id).where(IncomingTruck.number == handle)) is not None:
        n += 1
        handle = f"{number}-{n}"
    row = IncomingTruck(number=handle, sender_number=number, sender_name=sender.name, sender_uid=sender.uid,
                        file_sha256=sha, body=canonical(body).decode("utf-8"), status="checking",
                        registered_at=utcnow(), registered_by=actor.operator_id, station=actor.station)
    session.add(row)
    session.flush()
    for p in parsed.packages:
        session.add(IncomingPackage(incoming_truck_id=row.id, label_code=p.label_code, kind=p.kind, seq=p.seq,
                                    expected=True, status="expected"))
    session.flush()
    assert parsed.truck.dispatched_at is not None
    return Registered(handle, number, sender.name, len(parsed.packages), len(parsed.loose),
                      parsed.truck.dispatched_at)


def scanned_label(code: str) -> str:
    """A scanned label as stored: the scanner's symbology prefix (]C0) dropped, our label
    codes in their one spelling (bx17 is BX000017)."""
    try:
        text = " ".join(barcodes.read_scan(code)[1].split()).upper()
    except BadInput:
        text = " ".join(code.split()).upper()  # not a scan: looked up as typed, and not found
    parsed = barcodes.parse_internal_code(text)
    return barcodes.make_internal_code(*parsed) if parsed is not None else text


def _refuse_closed(row: IncomingTruck) -> None:
    if row.status == "closed":
        raise Conflict("The arrival of truck {number} is closed; nothing on it can change.", number=row.number)


def check_in(session: Session, actor: Actor, truck: str, code: str, *, damaged: bool = False,
             note: str | None = None) -> CheckIn:
    """Record one package label scanned as the truck is unloaded (see the module's rules)."""
    roles.require(session, actor, roles.ARRIVE)
    row = _find(session, truck, lock=True)
    _refuse_closed(row)
    label = scanned_label(code)
    if not label:
        raise BadInput("Nothing was scanned.")
    comment = " ".join((note or "").split())[:1000] or None
    status = "damaged" if damaged else "received"
    rows = {p.label_code: p for p in session.scalars(
        select(IncomingPackage).where(IncomingPackage.incoming_truck_id == row.id))}
    found = rows.get(label)
    parsed = _file(row)
    extra = False
    if found is not None:
        if found.status != "expected" or not found.expected:
            assert found.checked_at is not None
            raise Conflict("{code} was already checked in at {time}.", code=label,
                           time=found.checked_at.astimezone().strftime("%H:%M"))
        chosen = [found]
    elif label in parsed.pallets:
        on_it = [rows[p.label_code] for p in parsed.packages if p.on_pallet == label]
        chosen = [p for p in on_it if p.status == "expected"]
        if not on_it:
            raise BadInput("{code} is not a package label of truck {number}.", code=label, number=row.number)
        if not chosen:
            raise Conflict("The boxes on pallet {code} were already checked in.", code=label)
    else:
        parsed_code = barcodes.parse_internal_code(label)
        if parsed_code is None or parsed_code[0] not in (barcodes.InternalKind.BOX, barcodes.InternalKind.PALLET):
            raise BadInput("{code} is not a package label of truck {number}.", code=label, number=row.number)
        found = IncomingPackage(incoming_truck_id=row.id, label_code=label, kind=str(parsed_code[0]), seq=None,
                                expected=False, status="expected")
        session.add(found)
        chosen, extra = [found], True
    now = utcnow()
    for package in chosen:
        package.status, package.note, package.checked_at = status, comment, now
        package.operator_id, package.station = actor.operator_id, actor.station
    session.flush()
    left = session.scalar(select(func.count()).select_from(IncomingPackage).where(
        IncomingPackage.incoming_truck_id == row.id, IncomingPackage.expected.is_(True),
        IncomingPackage.status == "expected")) or 0
    if extra:
        message = Notice("{code} is not on the list of truck {number}; it is recorded as an extra package.",
                         code=label, number=row.number)
    elif label in parsed.pallets and found is None:
        message = (Notice("Pallet {code}: {count} boxes on it checked in as damaged.", code=label, count=len(chosen))
                   if damaged else
                   Notice("Pallet {code}: {count} boxes on it checked in as received.", code=label, count=len(chosen)))
    else:
        message = (Notice("{code} checked in as damaged.", code=label) if damaged
                   else Notice("{code} checked in as received.", code=label))
    return CheckIn(row.number, tuple(p.label_code for p in chosen), status, extra, left, len(parsed.packages), message)


def undo_check_in(session: Session, actor: Actor, truck: str, code: str) -> CheckIn:
    """Take a check-in back (a box scanned by mistake, or marked damaged by one slip): the
    package counts as not checked in again; an extra package is forgotten. Who took it back
    and when stays in its note. A pallet label takes back the boxes on it."""
    roles.require(session, actor, roles.ARRIVE)
    row = _find(session, truck, lock=True)
    _refuse_closed(row)
    label = scanned_label(code)
    rows = {p.label_code: p for p in session.scalars(
        select(IncomingPackage).where(IncomingPackage.incoming_truck_id == row.id))}
    parsed = _file(row)
    if label in rows:
        chosen = [rows[label]]
    elif label in parsed.pallets:
        chosen = [rows[p.label_code] for p in parsed.packages if p.on_pallet == label]
    else:
        raise BadInput("{code} is not a package label of truck {number}.", code=label, number=row.number)
    chosen = [p for p in chosen if p.status != "expected"]
    if not chosen:
        raise Conflict("{code} is not checked in; there is nothing to take back.", code=label)
    operator = session.scalar(select(Operator.name).where(Operator.id == actor.operator_id)) or "?"
    stamp = f"check-in taken back by {operator} ({actor.station}) at {utcnow().astimezone():%Y-%m-%d %H:%M}"
    for package in chosen:
        if not package.expected:
            session.delete(package)
            continue
        package.status, package.checked_at, package.operator_id = "expected", None, None
        package.station, package.note = None, stamp
    session.flush()
    left = session.scalar(select(func.count()).select_from(IncomingPackage).where(
        IncomingPackage.incoming_truck_id == row.id, IncomingPackage.expected.is_(True),
        IncomingPackage.status == "expected")) or 0
    message = Notice("{code}: check-in taken back; scan it again when it is there.", code=label)
    return CheckIn(row.number, tuple(p.label_code for p in chosen), "expected", False, left, len(parsed.packages),
                   message)


def _report(session: Session, row: IncomingTruck) -> ArrivalReport:
    parsed = _file(row)
    rows = {p.label_code: p for p in session.scalars(
        select(IncomingPackage).where(IncomingPackage.incoming_truck_id == row.id).order_by(IncomingPackage.id))}
    names = dict(session.execute(select(Operator.id, Operator.name).where(
        Operator.id.in_({p.operator_id for p in rows.values() if p.operator_id is not None}))).all())
    packages = []
    for fp in parsed.packages:
        state = rows[fp.label_code]
        packages.append(ArrivalPackage(
            fp.label_code, fp.kind, "missing" if state.status == "expected" else state.status, fp.seq, fp.of,
            fp.on_pallet, state.note or "", state.status == "damaged", state.checked_at,
            names.get(state.operator_id or 0), state.station, fp.package().lines))
    for state in rows.values():
        if not state.expected:
            packages.append(ArrivalPackage(state.label_code, state.kind, "extra", note=state.note or "",
                                           damaged=state.status == "damaged", checked_at=state.checked_at,
                                           operator=names.get(state.operator_id or 0), station=state.station))
    arrived = [fp.package() for fp in parsed.packages if rows[fp.label_code].status in ("received", "damaged")]
    loose = [line.packing_line() for line in parsed.loose]
    summary, totals = summarise(tuple(arrived), loose)
    donation = get_donation(session, row.donation_id).number if row.donation_id is not None else None
    return ArrivalReport(row.number, row.status, parsed.sender, parsed.truck, row.file_sha256, row.registered_at,
                         tuple(packages), tuple(loose), summary, totals, warehouse_details(session).name,
                         row.closed_at, donation)


def arrival_report(session: Session, truck: str) -> ArrivalReport:
    """What was found so far (before the close, packages not yet checked in count as missing)."""
    return _report(session, _find(session, truck))


def list_arrivals(session: Session) -> list[ArrivalReport]:
    """Every registered arrival, newest first."""
    return [_report(session, row) for row in session.scalars(select(IncomingTruck).order_by(IncomingTruck.id.desc()))]


def _receive(session: Session, actor: Actor, row: IncomingTruck, donation_id: int, place_id: int,
             lines: list[tuple[str, FileLine]]) -> tuple[int, tuple[str, ...]]:
    added: list[str] = []
    items: dict[tuple[object, ...], int] = {}
    for where, line in lines:
        key = (line.item, line.category.code)
        if key not in items:
            items[key], new = hub_item(session, line.item, line.category)
            if new:
                added.append(line.item.name)
        lot = get_or_create_lot(session, items[key], line.expiry, line.lot_code)
        transfer(session, actor, "receive", items[key], lot, line.quantity, None, place_id, donation_id=donation_id,
                 reason=f"truck {row.sender_number} {where}".strip())
    return len(lines), tuple(added)


def close_arrival(session: Session, actor: Actor, truck: str) -> ClosedArrival:
    """Put the received goods into stock and make the sender's confirmation (one transaction;
    save ``confirmation.content`` after it commits)."""
    roles.require(session, actor, roles.ARRIVE)
    row = _find(session, truck, lock=True)
    if row.status == "closed":
        raise Conflict("The arrival of truck {number} is already closed.", number=row.number)
    parsed = _file(row)
    states = {p.label_code: p for p in session.scalars(
        select(IncomingPackage).where(IncomingPackage.incoming_truck_id == row.id))}
    lines: list[tuple[str, FileLine]] = []
    for fp in parsed.packages:
        state = states[fp.label_code]
        if state.status in ("received", "damaged"):
            lines += [(f"{fp.label_code}{' (damaged)' if state.status == 'damaged' else ''}", ln) for ln in fp.lines]
    lines += [("loose", ln) for ln in parsed.loose]
    donation = open_donation(session, actor, donor=row.sender_name or f"warehouse {row.sender_uid[:8]}",
                             source=f"truck {row.sender_number}")
    count, added = _receive(session, actor, row, donation.id, receive_location(session).id, lines)
    close_donation(session, donation.id)
    row.status, row.closed_at, row.closed_by, row.donation_id = "closed", utcnow(), actor.operator_id, donation.id
    session.flush()
    report = _report(session, row)
    return ClosedArrival(report, donation.number, count, added, confirmation_file(report, warehouse_uid(session)))


def arrival_confirmation(session: Session, truck: str) -> WrittenConfirmation:
    """The confirmation of a closed arrival, again (the same file as at the close)."""
    row = _find(session, truck)
    if row.status != "closed":
        raise Conflict("The arrival of truck {number} is not closed yet; close it first (truck close-arrival).",
                       number=row.number)
    return confirmation_file(_report(session, row), warehouse_uid(session))
