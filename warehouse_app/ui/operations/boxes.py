"""What the packer does on the Boxes & pallets tab: make boxes and pallets, pack and take out
goods, stack boxes on pallets, seal and reopen. A scan's write answers with its small result
and the panel reads the containers after it committed (``boxes``); the buttons' actions
answer with the containers as committed."""

from __future__ import annotations

from PySide6.QtCore import QObject

from warehouse_app.core.context import Actor
from warehouse_app.core.shipping import box_packing
from warehouse_app.core.shipping.box_packing import BoxesState, BoxOutcome
from warehouse_app.core.shipping.containers import ContainerInfo, PackResult
from warehouse_app.ui.base.tasks import Change, Op

GOODS_MOVED = Change.TRUCKS | Change.STOCK


def boxes(owner: QObject | None, active: str | None) -> Op[BoxesState]:
    """The open boxes and pallets, and the active one's contents (``active`` any case)."""
    return Op(owner, lambda s: box_packing.boxes_state(s, active))


def new_container(owner: QObject | None, actor: Actor, kind: str) -> Op[BoxOutcome[ContainerInfo]]:
    return Op(owner, lambda s: box_packing.new_container(s, actor, kind), write=True, changes=Change.TRUCKS)


def pack_scan(owner: QObject | None, actor: Actor, box: str, code: str, qty: str | None = None, *,
              allow_mixed: bool = False) -> Op[PackResult]:
    return Op(owner, lambda s: box_packing.pack_scan(s, actor, box, code, qty, allow_mixed=allow_mixed),
              write=True, changes=GOODS_MOVED)


def take_out_scan(owner: QObject | None, actor: Actor, box: str, code: str,
                  qty: str | None = None) -> Op[PackResult]:
    return Op(owner, lambda s: box_packing.take_out_scan(s, actor, box, code, qty), write=True,
              changes=GOODS_MOVED)


def pallet_scan(owner: QObject | None, actor: Actor, pallet: str, box: str, *,
                off: bool = False) -> Op[ContainerInfo]:
    """Put a box on the pallet, or take it off (answers with the pallet)."""
    return Op(owner, lambda s: box_packing.pallet_scan(s, actor, pallet, box, off=off), write=True,
              changes=GOODS_MOVED)


def seal_box(owner: QObject | None, actor: Actor, box: str,
             gross_kg: str | None = None) -> Op[BoxOutcome[ContainerInfo]]:
    return Op(owner, lambda s: box_packing.seal_box(s, actor, box, gross_kg), write=True, changes=Change.TRUCKS)


def reopen_box(owner: QObject | None, actor: Actor, box: str) -> Op[BoxOutcome[ContainerInfo]]:
    return Op(owner, lambda s: box_packing.reopen_box(s, actor, box), write=True, changes=Change.TRUCKS)
