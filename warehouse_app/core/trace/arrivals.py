"""What receiving hubs confirmed of our trucks, package by package (`truck confirm`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session


@dataclass(frozen=True)
class Confirmation:
    hub: str
    arrived_on: date
    packages: dict[str, str]  # label code ("" for loose goods) -> received | damaged | missing


def confirmations(session: Session, shipment_ids: Iterable[int]) -> dict[int, Confirmation]:
    """The confirmation of each of these trucks that has one."""
    return {}
