"""What the loader does on the Trucks screen: read the trucks, load and unload by scanning,
save a truck's fields, dispatch it. A scan's write answers with its small result and the
screen reads the trucks after it committed (``trucks``); saving and dispatching answer
with the trucks as committed."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject

from warehouse_app.core.context import Actor
from warehouse_app.core.shipping import truck_loading
from warehouse_app.core.shipping.packing_data import TruckInfo
from warehouse_app.core.shipping.shelf_life import LotOnHand
from warehouse_app.core.shipping.shipments import LoadResult
from warehouse_app.core.shipping.truck_loading import TruckOutcome, TrucksState
from warehouse_app.ui.base.tasks import Change, Op

GOODS_MOVED = Change.TRUCKS | Change.STOCK


def trucks(owner: QObject | None, selected: str | None) -> Op[TrucksState]:
    """The truck list and the selected truck's load and totals."""
    return Op(owner, lambda s: truck_loading.trucks_state(s, selected))


def load_scan(owner: QObject | None, actor: Actor, truck: str, code: str, qty: str | None = None, *,
              override_reason: str | None = None, lot_id: int | None = None) -> Op[LoadResult]:
    return Op(owner, lambda s: truck_loading.load_scan(s, actor, truck, code, qty, override_reason=override_reason,
                                                       lot_id=lot_id),
              write=True, changes=GOODS_MOVED)


def lot_choice(owner: QObject | None, truck: str, code: str) -> Op[tuple[LotOnHand, ...]]:
    """The lots of the scanned goods a loader may choose from for this truck (a read)."""
    return Op(owner, lambda s: truck_loading.lot_choice(s, truck, code))


def unload_scan(owner: QObject | None, actor: Actor, truck: str, code: str,
                qty: str | None = None) -> Op[LoadResult]:
    return Op(owner, lambda s: truck_loading.unload_scan(s, actor, truck, code, qty), write=True,
              changes=GOODS_MOVED)


def save_truck(owner: QObject | None, actor: Actor, number: str | None,
               fields: Mapping[str, object]) -> Op[TruckOutcome[TruckInfo]]:
    """Create a truck (``number`` None) or change an existing one's fields."""
    values = dict(fields)
    return Op(owner, lambda s: truck_loading.save_truck(s, actor, number, values), write=True, changes=Change.TRUCKS)


def dispatch(owner: QObject | None, actor: Actor, number: str, *,
             allow_overweight: bool = False) -> Op[TruckOutcome[TruckInfo]]:
    """The truck leaves: its load leaves the stock (overweight only when the user said so)."""
    return Op(owner, lambda s: truck_loading.dispatch_truck(s, actor, number, allow_overweight=allow_overweight),
              write=True, changes=GOODS_MOVED)
