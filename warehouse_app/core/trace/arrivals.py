"""What receiving hubs confirmed of our trucks, package by package (`truck confirm`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from warehouse_app.db.models import PackageConfirmation, TruckConfirmation


@dataclass(frozen=True)
class Confirmation:
    hub: str
    arrived_on: date
    packages: dict[str, str]  # label code ("" for loose goods) -> received | damaged | missing


def confirmations(session: Session, shipment_ids: Iterable[int]) -> dict[int, Confirmation]:
    """The confirmation of each of these trucks that has one (core/arrival/confirmation.py
    writes them when the hub's arrival confirmation file is imported)."""
    wanted = list(shipment_ids)
    if not wanted:
        return {}
    packages: dict[int, dict[str, str]] = {}
    for ship_id, code, status in session.execute(
            select(PackageConfirmation.shipment_id, PackageConfirmation.label_code, PackageConfirmation.status)
            .where(PackageConfirmation.shipment_id.in_(wanted))):
        packages.setdefault(ship_id, {})[code] = status
    return {row.shipment_id: Confirmation(row.hub_name, row.arrived_on, packages.get(row.shipment_id, {}))
            for row in session.scalars(select(TruckConfirmation).where(TruckConfirmation.shipment_id.in_(wanted)))}
