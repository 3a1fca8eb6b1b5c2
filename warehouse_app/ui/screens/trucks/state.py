"""What the Trucks screen shows, read in the worker in the same unit of work as the action.

A scan loads goods and reads the truck back in one transaction, so the table and the
totals on screen are exactly what was committed (never a second, later read).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from warehouse_app.core.shipping.packing_data import PackingList
from warehouse_app.core.shipping.packing_list import packing_list
from warehouse_app.core.shipping.shipments import TruckSummary, TruckTotals, list_trucks, truck_totals


@dataclass(frozen=True)
class TruckView:
    """One truck as the right-hand side shows it: header, packages and loose goods, totals."""

    load: PackingList
    totals: TruckTotals

    @property
    def number(self) -> str:
        return self.load.truck.number

    @property
    def editable(self) -> bool:
        return self.load.truck.status != "dispatched"


@dataclass(frozen=True)
class ScreenState:
    """The truck list and the selected truck (None when nothing is selected)."""

    trucks: list[TruckSummary]
    view: TruckView | None
    result: object = None  # what the action returned (LoadResult, TruckInfo, ...), if any


def truck_view(session: Session, number: str) -> TruckView:
    return TruckView(packing_list(session, number), truck_totals(session, number))


RECENT_DISPATCHED = 20  # the list shows every open truck and only the latest that have left


def truck_list(session: Session) -> list[TruckSummary]:
    """Trucks still being planned or loaded first, then the latest dispatched ones (each
    truck's totals cost a read of its load, so a year of trucks is not read every scan)."""
    open_trucks = list_trucks(session, include_dispatched=False)
    gone = [t for t in list_trucks(session, limit=RECENT_DISPATCHED + len(open_trucks))
            if t.truck.status == "dispatched"]
    return open_trucks + gone[:RECENT_DISPATCHED]


def screen_state(session: Session, number: str | None, result: object = None) -> ScreenState:
    return ScreenState(truck_list(session), truck_view(session, number) if number else None, result)
