"""A quantity of one lot of one item, named for people: what a donation still has at
Receiving, a row of a truck's pick list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class LotLine:
    item_id: int
    item_name: str
    unit: str
    expiry: date | None
    lot_code: str
    quantity: Decimal
