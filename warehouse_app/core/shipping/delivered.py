"""A truck of ours as the receiving hub confirmed it: *delivered*, package by package.

Read from the confirmations the sender imported (``core/arrival/confirmation.py`` writes
them); it lives here, under shipping, so that the truck views of this package can say
*delivered* too (``shipment.status`` itself stays 'dispatched').
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from warehouse_app.db.models import PackageConfirmation, Shipment, TruckConfirmation

LOOSE = ""  # the label code that stands for a truck's loose goods


@dataclass(frozen=True)
class PackageStatus:
    label_code: str  # "" for the loose goods
    status: str  # received | damaged | missing
    note: str = ""


@dataclass(frozen=True)
class Delivery:
    """A truck of ours as the receiving hub confirmed it."""

    number: str
    hub_name: str
    arrived_on: date
    closed_at: datetime
    packages: tuple[PackageStatus, ...]
    extra: tuple[str, ...] = ()  # only known at import: labels the hub found that were not on this truck

    def count(self, status: str) -> int:
        return sum(1 for p in self.packages if p.status == status and p.label_code != LOOSE)

    @property
    def package_count(self) -> int:
        """The truck's packages (its loose goods are none)."""
        return sum(1 for p in self.packages if p.label_code != LOOSE)

    @property
    def received(self) -> int:
        return self.count("received")

    @property
    def damaged(self) -> int:
        return self.count("damaged")

    @property
    def missing(self) -> int:
        return self.count("missing")


def deliveries(session: Session, numbers: Iterable[str] | None = None) -> dict[str, Delivery]:
    """The confirmed trucks among ``numbers`` (all when None), by truck number."""
    query = select(Shipment.id, Shipment.number, TruckConfirmation).join(
        TruckConfirmation, TruckConfirmation.shipment_id == Shipment.id)
    if numbers is not None:
        query = query.where(Shipment.number.in_(list(numbers)))
    found = {ship_id: (number, conf) for ship_id, number, conf in session.execute(query)}
    statuses: dict[int, list[PackageStatus]] = {}
    for row in session.scalars(select(PackageConfirmation).where(PackageConfirmation.shipment_id.in_(list(found)))
                               .order_by(PackageConfirmation.id)):
        statuses.setdefault(row.shipment_id, []).append(PackageStatus(row.label_code, row.status, row.note or ""))
    return {number: Delivery(number, conf.hub_name, conf.arrived_on, conf.closed_at, tuple(statuses.get(sid, ())))
            for sid, (number, conf) in found.items()}
