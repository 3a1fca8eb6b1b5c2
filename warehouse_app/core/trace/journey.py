"""Where a donation went: read from the provenance the ledger keeps (core/origins.py).

A donation's *sources* are its receipts. What they brought is their quantity less the
receipts undone (a reversal of a receipt takes that receipt's own units). Of that, each
unit is now either

- still held (``stock_origin``): on a shelf (in_stock), in a box or on a pallet in the
  warehouse (packed), on a truck being loaded (loaded); or
- gone (``movement_origin`` of a row that took goods out of the stock, less what its
  reversal put back): on a dispatched truck (dispatched; delivered once the receiving
  hub confirmed its package), written off, or counted out at a stocktake (written_off).

So the rows of a donation add up, per item, to what was received — exactly, because
every take recorded whose units it took.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session, aliased

from warehouse_app.core.shipping.shipments import get_truck
from warehouse_app.core.trace.arrivals import Confirmation, confirmations
from warehouse_app.core.trace.data import (
    DonationTrace,
    DonorTrace,
    Received,
    TraceRow,
    TruckTrace,
    TruckTraceRow,
)
from warehouse_app.db.models import (
    Category,
    Donation,
    Donor,
    Item,
    Location,
    Lot,
    Movement,
    MovementOrigin,
    Shipment,
    StockLevel,
    StockOrigin,
)
from warehouse_app.kernel.errors import BadInput, NotFound

_Source = aliased(Movement)
_CONTAINERS = ("box", "pallet")


class _Places:
    """Locations by id, loaded once per trace, with what a place means for goods in it."""

    def __init__(self, session: Session, ids: Iterable[int]) -> None:
        wanted = set(ids)
        paths = dict(session.execute(select(Location.id, Location.path).where(Location.id.in_(wanted))).all())
        every = wanted | {int(part) for path in paths.values() for part in path.strip("/").split("/") if part}
        self.rows = {place.id: place for place in session.scalars(select(Location).where(Location.id.in_(every)))}
        loads = [pid for pid, place in self.rows.items() if place.kind == "truck"]
        self.trucks = {row.load_location_id: row for row in session.scalars(
            select(Shipment).where(Shipment.load_location_id.in_(loads)))} if loads else {}

    def chain(self, place_id: int) -> list[Location]:
        """The place and those above it, nearest first."""
        path = self.rows[place_id].path
        return [self.rows[int(part)] for part in reversed(path.strip("/").split("/")) if part]

    def package(self, place_id: int) -> Location | None:
        """The box or pallet the goods lie in (the nearest one), if any."""
        return next((place for place in self.chain(place_id) if place.kind in _CONTAINERS), None)

    def truck(self, place_id: int) -> Shipment | None:
        return next((self.trucks[p.id] for p in self.chain(place_id) if p.id in self.trucks), None)


class _Items:
    def __init__(self, session: Session, item_ids: Iterable[int], lot_ids: Iterable[int]) -> None:
        self.items = {row.id: row for row in session.scalars(select(Item).where(Item.id.in_(set(item_ids))))}
        cats = {row.category_id for row in self.items.values()}
        self.codes = dict(session.execute(select(Category.id, Category.code).where(Category.id.in_(cats))).all())
        self.lots = {row.id: row for row in session.scalars(select(Lot).where(Lot.id.in_(set(lot_ids))))}

    def weight(self, item_id: int, qty: Decimal) -> Decimal | None:
        per_unit = self.items[item_id].unit_weight_kg
        return None if per_unit is None else qty * per_unit


def _destination(truck: Shipment) -> str:
    return ", ".join(part for part in (truck.city, truck.country) if part)


def _held(session: Session, donation_ids: list[int]) -> Sequence[tuple[int | None, int, int, int, Decimal]]:
    """(donation, item, lot, place, quantity) now in the stock."""
    return session.execute(
        select(_Source.donation_id, StockLevel.item_id, StockLevel.lot_id, StockLevel.location_id,
               StockOrigin.quantity)
        .join(StockLevel, StockLevel.id == StockOrigin.level_id)
        .join(_Source, _Source.id == StockOrigin.source_id)
        .where(_Source.donation_id.in_(donation_ids), StockOrigin.quantity > 0)
    ).all()


def _gone(session: Session, source_filter: ColumnElement[bool]) -> list[tuple[int | None, int, int, int, Movement, Decimal]]:
    """(donation, item, lot, source, row that took them out, net quantity) for goods that left
    the stock: the exit's split less what its reversal put back."""
    exits = session.execute(
        select(_Source.donation_id, Movement, MovementOrigin.source_id, MovementOrigin.quantity)
        .join(Movement, Movement.id == MovementOrigin.movement_id)
        .join(_Source, _Source.id == MovementOrigin.source_id)
        .where(source_filter,
               Movement.to_location_id.is_(None),
               or_(Movement.reverses_id.is_(None), Movement.reverses_id != MovementOrigin.source_id))
    ).all()
    if not exits:
        return []
    returned: dict[tuple[int | None, int], Decimal] = defaultdict(Decimal)
    undo = aliased(Movement)
    for reverses, source, qty in session.execute(
        select(undo.reverses_id, MovementOrigin.source_id, MovementOrigin.quantity)
        .join(undo, undo.id == MovementOrigin.movement_id)
        .where(undo.from_location_id.is_(None), undo.reverses_id.in_({row[1].id for row in exits}))
    ):
        returned[(reverses, source)] += qty
    gone = []
    for donation_id, row, source, qty in exits:
        net = qty - returned.get((row.id, source), Decimal(0))
        if net > 0:
            gone.append((donation_id, row.item_id, row.lot_id, source, row, net))
    return gone


def _received(session: Session, donation_ids: list[int]) -> dict[tuple[int | None, int], Decimal]:
    """(donation, item) -> what its receipts brought, less receipts undone."""
    got: dict[tuple[int | None, int], Decimal] = defaultdict(Decimal)
    for donation_id, item_id, qty in session.execute(
        select(Movement.donation_id, Movement.item_id, Movement.quantity)
        .where(Movement.donation_id.in_(donation_ids), Movement.from_location_id.is_(None),
               Movement.reverses_id.is_(None))
    ):
        got[(donation_id, item_id)] += qty
    undone = aliased(Movement)
    for donation_id, item_id, qty in session.execute(
        select(_Source.donation_id, _Source.item_id, MovementOrigin.quantity)
        .join(undone, and_(undone.id == MovementOrigin.movement_id, undone.reverses_id == MovementOrigin.source_id))
        .join(_Source, _Source.id == MovementOrigin.source_id)
        .where(_Source.donation_id.in_(donation_ids))
    ):
        got[(donation_id, item_id)] -= qty
    return got


def _state_of_place(places: _Places, place_id: int) -> tuple[str, Location | None, Shipment | None]:
    truck, package = places.truck(place_id), places.package(place_id)
    if truck is not None:
        return "loaded", package, truck
    return ("packed" if package is not None else "in_stock"), package, None


def _trace(session: Session, donations: list[Donation]) -> list[DonationTrace]:
    ids = [row.id for row in donations]
    if not ids:
        return []
    held, gone, received = _held(session, ids), _gone(session, _Source.donation_id.in_(ids)), _received(session, ids)
    places = _Places(session, [row[3] for row in held] + [g[4].from_location_id for g in gone
                                                          if g[4].from_location_id is not None])
    items = _Items(session, [r[1] for r in held] + [g[1] for g in gone] + [k[1] for k in received],
                   [r[2] for r in held] + [g[2] for g in gone])
    shipments = {row.id: row for row in session.scalars(
        select(Shipment).where(Shipment.id.in_({g[4].shipment_id for g in gone if g[4].shipment_id is not None})))}
    confirmed = confirmations(session, shipments.keys())

    grouped: dict[tuple[object, ...], Decimal] = defaultdict(Decimal)
    extra: dict[tuple[object, ...], _Where] = {}
    for donation_id, item_id, lot_id, place_id, qty in held:
        state, package, truck = _state_of_place(places, place_id)
        here: tuple[object, ...] = (donation_id, item_id, lot_id, state, place_id, truck.id if truck else None, None)
        grouped[here] += qty
        extra[here] = _where(places.rows[place_id], package, truck)
    for gone_from, item_id, lot_id, _source, row, qty in gone:
        tail, details = _exit(row, places, shipments, confirmed)
        there = (gone_from, item_id, lot_id, *tail)
        grouped[there] += qty
        extra[there] = details

    by_donation: dict[int, list[TraceRow]] = defaultdict(list)
    numbers = {row.id: row.number for row in donations}
    donors = _donor_names(session, donations)
    for key, qty in grouped.items():
        owner, what, batch = int(str(key[0])), int(str(key[1])), int(str(key[2]))
        item, lot = items.items[what], items.lots[batch]
        at = extra[key]
        by_donation[owner].append(TraceRow(
            donation=numbers[owner], donor=donors.get(owner), item_id=what, item=item.name,
            item_uk=item.name_uk or "", item_en=item.name_en or "", category=items.codes.get(item.category_id, ""),
            unit=item.unit, quantity=qty, state=str(key[3]), expiry=lot.expiry, lot_code=lot.lot_code,
            weight_kg=items.weight(what, qty), place=at.place, package=at.package, truck=at.truck,
            destination=at.destination, recipient=at.recipient, dispatched_at=at.dispatched_at,
            delivered_on=at.delivered_on, hub=at.hub, arrival=at.arrival, reason=at.reason, counted=at.counted,
        ))
    traces = []
    for donation in donations:
        lines = tuple(
            Received(donation.number, item_id, items.items[item_id].name, items.items[item_id].unit, qty,
                     items.weight(item_id, qty))
            for (donation_id, item_id), qty in sorted(received.items()) if donation_id == donation.id and qty
        )
        rows = sorted(by_donation.get(donation.id, []), key=_order)
        traces.append(DonationTrace(donation.number, donors.get(donation.id), donation.opened_at, lines, tuple(rows)))
    return traces


def _order(row: TraceRow) -> tuple[object, ...]:
    from warehouse_app.core.trace.data import STATES

    return (row.item.casefold(), row.item_id, STATES.index(row.state), row.truck or "", row.package or "",
            row.place or "", row.expiry or date.max, row.lot_code)


@dataclass(frozen=True)
class _Where:
    """Where some units are, or how they left: the place fields of a ``TraceRow``."""

    place: str | None = None
    package: str | None = None
    truck: str | None = None
    destination: str | None = None
    recipient: str | None = None
    dispatched_at: datetime | None = None
    delivered_on: date | None = None
    hub: str | None = None
    arrival: str | None = None
    reason: str | None = None
    counted: bool = False


def _where(place: Location, package: Location | None, truck: Shipment | None) -> _Where:
    here = _Where(place=(package or place).name, package=package.code if package else None)
    if truck is None:
        return here
    return replace(here, truck=truck.number, destination=_destination(truck) or None,
                   recipient=truck.recipient or None)


def _exit(row: Movement, places: _Places, shipments: dict[int, Shipment],
          confirmed: dict[int, Confirmation]) -> tuple[tuple[object, ...], _Where]:
    """The grouping key tail and the details of goods that left the stock with ``row``."""
    if row.kind == "dispatch" and row.shipment_id in shipments:
        truck = shipments[row.shipment_id]
        package = places.package(row.from_location_id) if row.from_location_id is not None else None
        code = package.code if package is not None else ""
        confirmation = confirmed.get(truck.id)
        word = confirmation.packages.get(code) if confirmation is not None else None
        state = "delivered" if word in ("received", "damaged") else "dispatched"
        delivered = state == "delivered" and confirmation is not None
        return (state, row.from_location_id, truck.id, word), _Where(
            package=package.code if package is not None else None, truck=truck.number,
            destination=_destination(truck) or None, recipient=truck.recipient or None,
            dispatched_at=truck.dispatched_at, arrival=word,
            delivered_on=confirmation.arrived_on if delivered and confirmation else None,
            hub=confirmation.hub if delivered and confirmation else None)
    counted = row.kind == "adjust"
    return ("written_off", None, counted, row.reason), _Where(reason=row.reason or None, counted=counted)


def _donor_names(session: Session, donations: list[Donation]) -> dict[int, str]:
    ids = {row.donor_id for row in donations if row.donor_id is not None}
    names = dict(session.execute(select(Donor.id, Donor.name).where(Donor.id.in_(ids))).all()) if ids else {}
    return {row.id: names[row.donor_id] for row in donations if row.donor_id in names}


def _find_donation(session: Session, ref: str | int) -> Donation:
    text = str(ref).strip().upper()
    query = select(Donation).where(Donation.number == text)
    if text.isdigit():
        query = select(Donation).where(or_(Donation.id == int(text), Donation.number == text))
    row = session.scalar(query)
    if row is None:
        raise NotFound("There is no donation {ref}.", ref=str(ref).strip())
    return row


def trace_donation(session: Session, ref: str | int) -> DonationTrace:
    """Where the goods of one donation (D-2026-00042, or its id) are now, or went."""
    return _trace(session, [_find_donation(session, ref)])[0]


def _period(query: Select[Donation], date_from: date | None, date_to: date | None) -> Select[Donation]:
    if date_from is not None and date_to is not None and date_from > date_to:
        raise BadInput("The period starts after it ends: {start} to {end}.", start=date_from, end=date_to)
    if date_from is not None:
        query = query.where(Donation.opened_at >= datetime.combine(date_from, time(), UTC))
    if date_to is not None:
        query = query.where(
            Donation.opened_at < datetime.combine(date_to + timedelta(days=1), time(), UTC))
    return query


def trace_donor(session: Session, name: str, date_from: date | None = None,
                date_to: date | None = None) -> DonorTrace:
    """The same over every donation of one donor opened in the period (dates inclusive)."""
    cleaned = " ".join(name.split())
    donor = session.execute(select(Donor.id, Donor.name).where(func.lower(Donor.name) == cleaned.lower())).first()
    if donor is None:
        raise NotFound("There is no donor {name}.", name=cleaned)
    query = _period(select(Donation).where(Donation.donor_id == donor[0]), date_from, date_to)
    donations = list(session.scalars(query.order_by(Donation.opened_at, Donation.id)))
    return DonorTrace(donor[1], date_from, date_to, tuple(_trace(session, donations)))


def trace_donors(session: Session, date_from: date | None = None, date_to: date | None = None) -> list[DonorTrace]:
    """Every donor with a donation opened in the period; donations without a donor under ""."""
    query = _period(select(Donation), date_from, date_to)
    donations = list(session.scalars(query.order_by(Donation.opened_at, Donation.id)))
    traces = _trace(session, donations)
    by_donor: dict[str, list[DonationTrace]] = defaultdict(list)
    for trace in traces:
        by_donor[trace.donor or ""].append(trace)
    return [DonorTrace(donor, date_from, date_to, tuple(found))
            for donor, found in sorted(by_donor.items(), key=lambda pair: (pair[0] == "", pair[0].casefold()))]


def trace_truck(session: Session, truck: str) -> TruckTrace:
    """Which donations and donors are on a truck: its load now, or what left with it."""
    info = get_truck(session, truck)
    row = session.scalar(select(Shipment).where(Shipment.number == info.number))
    assert row is not None
    if row.status == "dispatched":
        gone = _gone(session, Movement.shipment_id == row.id)
        parts = [(source, item_id, lot_id, r.from_location_id, qty) for _d, item_id, lot_id, source, r, qty in gone
                 if r.kind == "dispatch"]
    else:
        load = session.get(Location, row.load_location_id)
        assert load is not None
        parts = list(session.execute(
            select(StockOrigin.source_id, StockLevel.item_id, StockLevel.lot_id, StockLevel.location_id,
                   StockOrigin.quantity)
            .join(StockLevel, StockLevel.id == StockOrigin.level_id)
            .join(Location, Location.id == StockLevel.location_id)
            .where(Location.path.startswith(load.path), StockOrigin.quantity > 0)))
    sources = {p[0] for p in parts}
    donation_of = dict(session.execute(select(Movement.id, Movement.donation_id).where(Movement.id.in_(sources))).all())
    donations = list(session.scalars(select(Donation).where(
        Donation.id.in_({d for d in donation_of.values() if d is not None}))))
    numbers, donors = {d.id: d.number for d in donations}, _donor_names(session, donations)
    places = _Places(session, [p[3] for p in parts if p[3] is not None])
    items = _Items(session, [p[1] for p in parts], [p[2] for p in parts])
    grouped: dict[tuple[int | None, int, str | None], Decimal] = defaultdict(Decimal)
    for source, item_id, _lot, place_id, qty in parts:
        package = places.package(place_id) if place_id is not None else None
        grouped[(donation_of.get(source), item_id, package.code if package else None)] += qty
    rows: list[TruckTraceRow] = []
    unattributed: list[TruckTraceRow] = []
    for (donation_id, item_id, package_code), qty in sorted(
            grouped.items(), key=lambda kv: (numbers.get(kv[0][0] or 0, "~"), items.items[kv[0][1]].name,
                                             kv[0][2] or "")):
        item = items.items[item_id]
        line = TruckTraceRow(numbers.get(donation_id or 0, ""), donors.get(donation_id or 0), item.name, item.unit,
                             qty, items.weight(item_id, qty), package_code, item_id, item.name_uk or "",
                             item.name_en or "")
        (rows if donation_id is not None else unattributed).append(line)
    status = "delivered" if row.id in confirmations(session, [row.id]) else row.status
    return TruckTrace(row.number, status, _destination(row), row.recipient, row.dispatched_at, tuple(rows),
                      tuple(unattributed))


__all__ = ["trace_donation", "trace_donor", "trace_donors", "trace_truck"]
