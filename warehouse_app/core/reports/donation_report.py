"""What donors gave in a period: received goods by donor, by category and line by line.

"Received" means the ledger's receive rows of donations, less those reversed (a
corrected scan is a reversal plus a new receive row, so it counts once). The period is
whole local days, ``date_from`` to ``date_to`` inclusive. Pieces are summed over counted
units (pcs, pack, pair, set), goods weighed or measured (kg, l) separately, and the
weight of everything in kg from the items' unit weights.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from warehouse_app.core.catalogue.categories import list_categories
from warehouse_app.core.quantities import WHOLE_UNITS
from warehouse_app.db.models import Donation, Donor, Item, Lot, Movement
from warehouse_app.kernel.errors import BadInput

NO_DONOR = "(no donor named)"


@dataclass(frozen=True)
class ReportLine:
    received_at: datetime  # local time, naive (Excel has no time zones)
    donation: str
    donor: str
    item: str
    category: str
    quantity: Decimal
    unit: str
    weight_kg: Decimal
    expiry: date | None
    lot_code: str


@dataclass(frozen=True)
class ReportTotal:
    """One donor's or one category's total: donations, lines, pieces, kg/l goods, weight."""

    name: str
    donations: int
    lines: int
    pieces: Decimal
    measured: Decimal  # quantities of goods counted in kg or l
    weight_kg: Decimal


@dataclass(frozen=True)
class DonationReport:
    date_from: date
    date_to: date
    lines: tuple[ReportLine, ...]
    by_donor: tuple[ReportTotal, ...]
    by_category: tuple[ReportTotal, ...]
    total: ReportTotal


def _local_bounds(date_from: date, date_to: date) -> tuple[datetime, datetime]:
    """The period's start and end (exclusive): local midnights."""
    zone = datetime.now().astimezone().tzinfo
    return datetime.combine(date_from, time(), zone), datetime.combine(date_to + timedelta(days=1), time(), zone)


def _totals(name: str, lines: list[ReportLine]) -> ReportTotal:
    return ReportTotal(
        name=name, donations=len({line.donation for line in lines}), lines=len(lines),
        pieces=sum((line.quantity for line in lines if line.unit in WHOLE_UNITS), Decimal(0)),
        measured=sum((line.quantity for line in lines if line.unit not in WHOLE_UNITS), Decimal(0)),
        weight_kg=sum((line.weight_kg for line in lines), Decimal("0.000")),
    )


def _grouped(lines: list[ReportLine], key: str) -> tuple[ReportTotal, ...]:
    groups: dict[str, list[ReportLine]] = {}
    for line in lines:
        groups.setdefault(getattr(line, key), []).append(line)
    return tuple(_totals(name, groups[name]) for name in sorted(groups, key=str.casefold))


def donation_report(session: Session, date_from: date, date_to: date, *, lang: str = "en") -> DonationReport:
    """The report for ``date_from``..``date_to`` (inclusive)."""
    if date_to < date_from:
        raise BadInput("The period ends ({to}) before it starts ({start}).", to=date_to, start=date_from)
    start, end = _local_bounds(date_from, date_to)
    paths = {c.id: c.path(lang) for c in list_categories(session)}
    reversal = aliased(Movement)
    query = (
        select(Movement.created_at, Donation.number, Donor.name, Item.name, Item.category_id, Movement.quantity,
               Item.unit, Item.unit_weight_kg, Lot.expiry, Lot.lot_code)
        .join(Donation, Donation.id == Movement.donation_id)
        .outerjoin(Donor, Donor.id == Donation.donor_id)
        .join(Item, Item.id == Movement.item_id)
        .join(Lot, Lot.id == Movement.lot_id)
        .outerjoin(reversal, reversal.reverses_id == Movement.id)
        .where(Movement.kind == "receive", reversal.id.is_(None), Movement.created_at >= start, Movement.created_at < end)
        .order_by(Movement.created_at, Movement.id)
    )
    lines = [
        ReportLine(
            received_at=at.astimezone().replace(tzinfo=None),
            donation=number, donor=donor or NO_DONOR, item=item, category=paths.get(cat_id, ""), quantity=qty,
            unit=unit, weight_kg=(qty * (weight or 0)).quantize(Decimal("0.001")), expiry=expiry, lot_code=lot or "",
        )
        for at, number, donor, item, cat_id, qty, unit, weight, expiry, lot in session.execute(query)
    ]
    return DonationReport(
        date_from=date_from, date_to=date_to, lines=tuple(lines), by_donor=_grouped(lines, "donor"),
        by_category=_grouped(lines, "category"), total=_totals("Total", lines),
    )
