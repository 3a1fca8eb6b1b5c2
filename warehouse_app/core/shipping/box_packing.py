"""Packing boxes and stacking pallets by scanning: what a scan means, and what the packer sees.

Scans at the packing table go to the *active* container (picked in the list, just
created, or whose label was just scanned): goods are packed into it (or taken out);
a box label scanned while a pallet is active puts that box on the pallet (or takes
it off); any other box or pallet label makes that container the active one. A scan
(pack, take out, onto or off a pallet) is a write that answers with its small result;
the open containers and the active one's contents are read after it committed
(``boxes_state``), so the write holds SQLite's one writer lock only for itself. The
buttons' actions (new, seal, reopen) read the containers back in their own unit of work.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

from warehouse_app.core.catalogue.barcodes import InternalKind, parse_internal_code
from warehouse_app.core.context import Actor
from warehouse_app.core.shipping.containers import (
    ContainerInfo,
    PackResult,
    container_contents,
    create_container,
    get_container,
    list_containers,
    pack,
    put_on_pallet,
    reopen,
    seal,
    take_off_pallet,
    unpack,
)
from warehouse_app.core.shipping.packing_data import PackingLine

R = TypeVar("R")


@dataclass(frozen=True)
class BoxesState:
    """Boxes and pallets not yet on a truck, the active one and what it holds."""

    containers: tuple[ContainerInfo, ...]
    active: ContainerInfo | None
    contents: tuple[PackingLine, ...]


@dataclass(frozen=True)
class BoxOutcome(Generic[R]):
    """What an action returned, and the containers as they are after it (same transaction)."""

    result: R
    state: BoxesState


class BoxScan(enum.Enum):
    """What a scan at the packing table means, given the active container."""

    ONTO_PALLET = "onto pallet"  # a box label while a pallet is active: put it on (or take it off)
    CHOOSE = "choose"  # another box or pallet label: it becomes the active one
    TRUCK_LABEL = "truck label"  # refused: trucks are loaded on the other tab
    NO_BOX = "no box"  # goods, but no container chosen: refused
    TAKE_OUT = "take out"  # goods out of the active box, back to the shelf
    PACK = "pack"  # goods into the active box or onto the active pallet


def box_scan(code: str, active: ContainerInfo | None, taking_out: bool = False) -> BoxScan:
    internal = parse_internal_code(code)
    kind = internal[0] if internal else None
    if kind == InternalKind.BOX and active is not None and active.kind == "pallet":
        return BoxScan.ONTO_PALLET
    if kind in (InternalKind.BOX, InternalKind.PALLET):
        return BoxScan.CHOOSE
    if kind == InternalKind.TRUCK:
        return BoxScan.TRUCK_LABEL
    if active is None:
        return BoxScan.NO_BOX
    return BoxScan.TAKE_OUT if taking_out else BoxScan.PACK


# --- reading --------------------------------------------------------------------------------

def boxes_state(session: Session, active: str | None) -> BoxesState:
    """``active`` is a label code (any case); an unknown one is refused as not found."""
    containers = tuple(c for c in list_containers(session) if c.truck_number is None)
    info = get_container(session, active) if active else None
    return BoxesState(containers, info, tuple(container_contents(session, info.code)) if info else ())


# --- acting ---------------------------------------------------------------------------------

def new_container(session: Session, actor: Actor, kind: str) -> BoxOutcome[ContainerInfo]:
    """A new box or pallet, which becomes the active one."""
    made = create_container(session, actor, kind)
    return BoxOutcome(made, boxes_state(session, made.code))


def pack_scan(session: Session, actor: Actor, box: str, code: str, qty: str | None = None, *,
              allow_mixed: bool = False) -> PackResult:
    return pack(session, actor, box, code, qty=qty or None, allow_mixed=allow_mixed)


def take_out_scan(session: Session, actor: Actor, box: str, code: str, qty: str | None = None) -> PackResult:
    """A scan takes one out (as a scan packs one); a typed quantity takes that many."""
    return unpack(session, actor, box, code, qty=qty or "1")


def pallet_scan(session: Session, actor: Actor, pallet: str, box: str, *, off: bool = False) -> ContainerInfo:
    """Put a scanned box on ``pallet``, or take it off again; answers with the pallet."""
    if off:
        take_off_pallet(session, actor, box)
        return get_container(session, pallet)
    return put_on_pallet(session, actor, pallet, box)


def seal_box(session: Session, actor: Actor, box: str, gross_kg: str | None = None) -> BoxOutcome[ContainerInfo]:
    return BoxOutcome(seal(session, actor, box, gross_kg=gross_kg or None), boxes_state(session, box))


def reopen_box(session: Session, actor: Actor, box: str) -> BoxOutcome[ContainerInfo]:
    return BoxOutcome(reopen(session, actor, box), boxes_state(session, box))
