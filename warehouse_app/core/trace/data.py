"""Where a donation went, as plain data: the one shape the CLI (`trace`), the GUI's trace
view and the donor impact report (PDF, xlsx) read. Built from the provenance the ledger
keeps (core/origins.py) by ``core/trace/journey.py``.

A donation's rows add up, per item, to what was received (receipts less receipts
undone): each unit is in exactly one state.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

# in_stock: on a shelf; packed: in a box or on a pallet in the warehouse; loaded: on a
# truck not yet gone; dispatched: left on a truck (no confirmation yet, or its package
# was reported missing at the hub: see ``arrival``); delivered: the receiving hub
# confirmed its package; written_off: written off, or counted out at a stocktake.
STATES = ("in_stock", "packed", "loaded", "dispatched", "delivered", "written_off")
LEFT = ("dispatched", "delivered")  # the goods have left the warehouse on a truck


@dataclass(frozen=True)
class TraceRow:
    """Some units of one item of one donation, all in one state at one place."""

    donation: str  # D-2026-00042
    donor: str | None
    item_id: int
    item: str  # the item's name (as the goods say, usually Polish)
    item_uk: str  # its Ukrainian name, else ""
    item_en: str  # its English name, else ""
    category: str  # category code
    unit: str
    quantity: Decimal
    state: str  # one of STATES
    expiry: date | None = None
    lot_code: str = ""
    weight_kg: Decimal | None = None  # quantity x unit weight; None when the item has no weight
    place: str | None = None  # in_stock / packed: the place's name (packed: the box's name)
    package: str | None = None  # packed / on a truck: the label code of the box or pallet
    truck: str | None = None  # T-2026-0042 (loaded, dispatched, delivered)
    destination: str | None = None  # the truck's city and country
    recipient: str | None = None  # the receiving organisation
    dispatched_at: datetime | None = None
    delivered_on: date | None = None  # the hub's arrival date (delivered)
    hub: str | None = None  # the hub that confirmed it
    arrival: str | None = None  # the hub's word on the package: received | damaged | missing
    reason: str | None = None  # written_off: the reason given (the person's own words)
    counted: bool = False  # written_off: found missing at a stock count (an adjustment), not written off


@dataclass(frozen=True)
class Received:
    """What a donation brought of one item: receipts less receipts undone."""

    donation: str
    item_id: int
    item: str
    unit: str
    quantity: Decimal
    weight_kg: Decimal | None


@dataclass(frozen=True)
class DonationTrace:
    number: str
    donor: str | None
    opened_at: datetime
    received: tuple[Received, ...]
    rows: tuple[TraceRow, ...]

    @property
    def summary(self) -> TraceSummary:
        return summarise(self.received, self.rows)


@dataclass(frozen=True)
class DonorTrace:
    donor: str
    date_from: date | None
    date_to: date | None
    donations: tuple[DonationTrace, ...]

    @property
    def rows(self) -> tuple[TraceRow, ...]:
        return tuple(row for donation in self.donations for row in donation.rows)

    @property
    def received(self) -> tuple[Received, ...]:
        return tuple(line for donation in self.donations for line in donation.received)

    @property
    def summary(self) -> TraceSummary:
        return summarise(self.received, self.rows)


@dataclass(frozen=True)
class TruckTraceRow:
    """The units of one item of one donation on (or gone with) a truck."""

    donation: str
    donor: str | None
    item: str
    unit: str
    quantity: Decimal
    weight_kg: Decimal | None
    package: str | None  # label code; None for goods loaded loose
    item_id: int = 0
    item_uk: str = ""  # the item's Ukrainian name, else ""
    item_en: str = ""  # its English name, else ""


@dataclass(frozen=True)
class TruckTrace:
    number: str
    status: str  # planning | loading | dispatched | delivered
    destination: str
    recipient: str
    dispatched_at: datetime | None
    rows: tuple[TruckTraceRow, ...]
    unattributed: tuple[TruckTraceRow, ...] = ()  # goods found at a count: no donation

    @property
    def donors(self) -> tuple[str, ...]:
        return tuple(sorted({row.donor for row in self.rows if row.donor}))

    @property
    def donations(self) -> tuple[str, ...]:
        return tuple(sorted({row.donation for row in self.rows}))


@dataclass(frozen=True)
class TraceSummary:
    """"84 % of your donation has left for Kharkiv and Lviv on 3 trucks".

    ``measure`` says what the share is of: "kg" when every item received has a unit
    weight, else "units" (the received quantities added up as counted)."""

    share_left: Decimal  # 0..100, whole percent (``percent``: 1..99 unless none or all)
    measure: str  # kg | units
    destinations: tuple[str, ...]
    trucks: tuple[str, ...]
    by_state: tuple[tuple[str, Decimal], ...]  # (state, amount in ``measure``), every state present


def percent(part: Decimal, total: Decimal) -> Decimal:
    """A whole percent that never says 0 of something nor 100 of less than all (a donor
    reading "0 % has left" when a box has left would be told wrong)."""
    if not total or not part:
        return Decimal(0)
    if part >= total:
        return Decimal(100)
    return min(max((part * 100 / total).quantize(Decimal(1)), Decimal(1)), Decimal(99))


def summarise(received: tuple[Received, ...], rows: tuple[TraceRow, ...]) -> TraceSummary:
    by_weight = bool(received) and all(line.weight_kg is not None for line in received)
    amounts: dict[str, Decimal] = defaultdict(Decimal)
    for row in rows:
        amounts[row.state] += (row.weight_kg or Decimal(0)) if by_weight else row.quantity
    total = sum(amounts.values(), Decimal(0))
    left = sum((amounts.get(state, Decimal(0)) for state in LEFT), Decimal(0))
    share = percent(left, total)
    gone = [row for row in rows if row.state in LEFT]
    return TraceSummary(
        share_left=share,
        measure="kg" if by_weight else "units",
        destinations=tuple(sorted({row.destination for row in gone if row.destination})),
        trucks=tuple(sorted({row.truck for row in gone if row.truck})),
        by_state=tuple((state, amounts[state]) for state in STATES if state in amounts),
    )
