"""Loading a truck at the dock: what a scan means, and what the loader sees after it.

The Trucks screen shows the trucks and the selected one (its header, packages and
loose goods, totals). A scan (load, unload) is a write that answers with its small
result only (what moved, the truck's new totals): on SQLite the write holds the one
writer lock that every intake station needs, so the truck list and the packing list
are read after it committed, in a read of their own (``trucks_state``), which runs in
parallel to the next writes. The rarer actions (save the truck's fields, dispatch)
still read the picture back in their own unit of work.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

from warehouse_app.core.catalogue.barcodes import InternalKind, parse_internal_code
from warehouse_app.core.context import Actor
from warehouse_app.core.shipping.delivered import Delivery, deliveries
from warehouse_app.core.shipping.packing_data import PackingList, TruckInfo
from warehouse_app.core.shipping.packing_list import packing_list
from warehouse_app.core.shipping.shelf_life import Fit, LotOnHand
from warehouse_app.core.shipping.shipments import (
    LoadResult,
    TruckSummary,
    TruckTotals,
    create_truck,
    dispatch,
    list_trucks,
    load,
    loadable_lots,
    truck_totals,
    unload,
    update_truck,
)

R = TypeVar("R")

RECENT_DISPATCHED = 20  # the list shows every open truck and only the latest that have left


@dataclass(frozen=True)
class TruckView:
    """One truck as the loader sees it: header, packages and loose goods, totals."""

    load: PackingList
    totals: TruckTotals
    delivery: Delivery | None = None  # the receiving hub's confirmation, once the sender imported it

    @property
    def number(self) -> str:
        return self.load.truck.number

    @property
    def editable(self) -> bool:
        return self.load.truck.status != "dispatched"


@dataclass(frozen=True)
class TrucksState:
    """The truck list and the selected truck (None when nothing is selected)."""

    trucks: tuple[TruckSummary, ...]
    view: TruckView | None
    delivered: frozenset[str] = field(default_factory=frozenset)  # listed trucks a hub confirmed


@dataclass(frozen=True)
class TruckOutcome(Generic[R]):
    """What an action returned, and the trucks as they are after it (same transaction)."""

    result: R
    state: TrucksState


class ScanTarget(enum.Enum):
    """Where the next scan on the truck side goes; the banner and the scan agree on it."""

    NO_TRUCK = "none"  # nothing selected: the scan is refused
    LEFT = "locked"  # the truck is dispatched: nothing can be loaded or unloaded
    LOAD = "load"
    UNLOAD = "unload"


def scan_target(view: TruckView | None, unloading: bool) -> ScanTarget:
    if view is None:
        return ScanTarget.NO_TRUCK
    if not view.editable:
        return ScanTarget.LEFT
    return ScanTarget.UNLOAD if unloading else ScanTarget.LOAD


# --- reading --------------------------------------------------------------------------------

def truck_view(session: Session, number: str) -> TruckView:
    listing = packing_list(session, number)
    found = deliveries(session, [listing.truck.number]) if listing.truck.status == "dispatched" else {}
    return TruckView(listing, truck_totals(session, number), found.get(listing.truck.number))


def truck_list(session: Session) -> list[TruckSummary]:
    """Trucks still being planned or loaded first, then the latest dispatched ones (each
    truck's totals cost a read of its load, so a year of trucks is not read every scan)."""
    open_trucks = list_trucks(session, include_dispatched=False)
    gone = [t for t in list_trucks(session, limit=RECENT_DISPATCHED + len(open_trucks))
            if t.truck.status == "dispatched"]
    return open_trucks + gone[:RECENT_DISPATCHED]


def trucks_state(session: Session, number: str | None) -> TrucksState:
    trucks = tuple(truck_list(session))
    gone = [t.truck.number for t in trucks if t.truck.status == "dispatched"]
    return TrucksState(trucks, truck_view(session, number) if number else None,
                       frozenset(deliveries(session, gone)) if gone else frozenset())


# --- acting ---------------------------------------------------------------------------------

def load_scan(session: Session, actor: Actor, truck: str, code: str, qty: str | None = None, *,
              override_reason: str | None = None, lot_id: int | None = None) -> LoadResult:
    """A box, pallet or goods scanned onto ``truck`` (a typed quantity for goods; ``lot_id``
    the lot the loader chose, else first expiry first out among the lots that may go).
    Only the write: the lists are read after it committed (``trucks_state``)."""
    return load(session, actor, truck, code, qty=qty or None, override_reason=override_reason, lot_id=lot_id)


def lot_choice(session: Session, truck: str, code: str) -> tuple[LotOnHand, ...]:
    """The lots a loader may choose from for this scan: the scanned goods' lots on the
    shelves that may go on ``truck`` as they are (first expiry first). Empty for a box or
    pallet label, whose contents go whole."""
    internal = parse_internal_code(code)
    if internal is not None and internal[0] in (InternalKind.BOX, InternalKind.PALLET):
        return ()
    return tuple(lot for lot in loadable_lots(session, truck, code) if lot.fit is Fit.OK)


def unload_scan(session: Session, actor: Actor, truck: str, code: str, qty: str | None = None) -> LoadResult:
    """A box, pallet or goods scanned off ``truck`` back into the warehouse (only the write)."""
    return unload(session, actor, truck, code, qty=qty or None)


def save_truck(session: Session, actor: Actor, number: str | None,
               fields: Mapping[str, object]) -> TruckOutcome[TruckInfo]:
    """A new truck (``number`` None) or new fields for an existing one; it becomes the selected truck."""
    if number is None:
        info = create_truck(session, actor, **fields)  # type: ignore[arg-type]  # the dialog's keyword names
    else:
        info = update_truck(session, actor, number, **fields)
    return TruckOutcome(info, trucks_state(session, info.number))


def dispatch_truck(session: Session, actor: Actor, number: str, *,
                   allow_overweight: bool = False) -> TruckOutcome[TruckInfo]:
    return TruckOutcome(dispatch(session, actor, number, allow_overweight=allow_overweight),
                        trucks_state(session, number))
