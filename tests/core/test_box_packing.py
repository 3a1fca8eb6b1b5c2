"""The packer's picture of the boxes and pallets, and what a scan at the packing table means."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.shipping_fixtures import BLANKET, RICE, TINS, Goods, assert_ledger_consistent
from warehouse_app.core.catalogue.barcodes import InternalKind, make_internal_code
from warehouse_app.core.context import Actor
from warehouse_app.core.shipping.box_packing import (
    BoxScan,
    box_scan,
    boxes_state,
    new_container,
    pack_scan,
    pallet_scan,
    reopen_box,
    seal_box,
    take_out_scan,
)
from warehouse_app.core.shipping.containers import MixedCategory
from warehouse_app.core.shipping.shipments import create_truck, load
from warehouse_app.db.database import Database
from warehouse_app.kernel.errors import NotFound


def test_what_a_scan_means_at_the_packing_table(db: Database, actor: Actor) -> None:
    with db.write() as s:
        box = new_container(s, actor, "box").result
        pallet = new_container(s, actor, "pallet").result
    truck = make_internal_code(InternalKind.TRUCK, 7)  # a truck load's label
    assert box_scan(BLANKET, None) is BoxScan.NO_BOX
    assert box_scan(BLANKET, box) is BoxScan.PACK and box_scan(BLANKET, box, taking_out=True) is BoxScan.TAKE_OUT
    assert box_scan(box.code.lower(), None) is BoxScan.CHOOSE and box_scan(pallet.code, box) is BoxScan.CHOOSE
    assert box_scan(box.code, pallet) is BoxScan.ONTO_PALLET
    assert box_scan(box.code, pallet, taking_out=True) is BoxScan.ONTO_PALLET  # taking it off: the flag says so
    assert box_scan(pallet.code, pallet) is BoxScan.CHOOSE
    assert box_scan(truck, box) is BoxScan.TRUCK_LABEL


def _state(db: Database, box: str):  # type: ignore[no-untyped-def]
    """What the panel reads after a scan committed."""
    with db.read() as s:
        return boxes_state(s, box)


def test_packing_answers_with_the_box_as_committed(db: Database, actor: Actor, goods: Goods) -> None:
    with db.write() as s:
        made = new_container(s, actor, "box")
    box = made.result.code
    assert made.state.active == made.result and made.state.contents == ()
    assert box in [c.code for c in made.state.containers]
    with db.write() as s:
        packed = pack_scan(s, actor, box, BLANKET, "4")
        one = pack_scan(s, actor, box, BLANKET)  # a scan alone packs one
    assert packed.quantity == 4 and one.quantity == 1 and one.box.pieces == 5
    after = _state(db, box)
    assert after.active is not None and after.active.pieces == 5 and len(after.contents) == 1
    with db.write() as s:
        out = take_out_scan(s, actor, box, BLANKET)  # a scan alone takes one out
        more = take_out_scan(s, actor, box, BLANKET, "2")
    assert out.quantity == 1 and more.box.pieces == 2 and _state(db, box).active == more.box
    with pytest.raises(MixedCategory), db.write() as s:
        pack_scan(s, actor, box, RICE, "1")
    with db.write() as s:
        mixed = pack_scan(s, actor, box, TINS, "1", allow_mixed=True)
    assert mixed.box.mixed and _state(db, box).active == mixed.box
    with db.write() as s:
        sealed = seal_box(s, actor, box, "4.2")
    assert sealed.result.sealed and sealed.result.gross_kg == Decimal("4.2") and sealed.state.active == sealed.result
    with db.write() as s:
        opened = reopen_box(s, actor, box)
    assert not opened.result.sealed and opened.state.active is not None and not opened.state.active.sealed
    assert_ledger_consistent(db)


def test_boxes_go_on_and_off_a_pallet_and_leave_the_list_on_a_truck(db: Database, actor: Actor,
                                                                   goods: Goods) -> None:
    with db.write() as s:
        box = new_container(s, actor, "box").result.code
        pack_scan(s, actor, box, BLANKET, "2")
        seal_box(s, actor, box, "3")
        pallet = new_container(s, actor, "pallet").result.code
    with db.write() as s:
        on = pallet_scan(s, actor, pallet, box)
    assert on.code == pallet and on.boxes == 1 and _state(db, pallet).active == on
    with db.write() as s:
        off = pallet_scan(s, actor, pallet, box, off=True)
    assert off.code == pallet and off.boxes == 0
    with db.write() as s:
        truck = create_truck(s, actor, destination="Lviv").number
        load(s, actor, truck, box)
    with db.read() as s:
        state = boxes_state(s, None)
        assert state.active is None and state.contents == ()
        assert [c.code for c in state.containers] == [pallet]  # the box is on the truck now
        with pytest.raises(NotFound):
            boxes_state(s, "BX999999")


def test_a_pack_scans_write_does_not_read_the_container_list(db: Database, actor: Actor, goods: Goods) -> None:
    """A pack or take-out answers with what moved; the list is read after it committed, so the
    write's statements are as many with one open box as with many."""
    from tests.statements import recorded

    with db.write() as s:
        box = new_container(s, actor, "box").result.code

    def scan_statements() -> list[str]:
        with recorded(db) as statements, db.write() as s:
            pack_scan(s, actor, box, BLANKET, "1")
            take_out_scan(s, actor, box, BLANKET, "1")
        return statements

    alone = scan_statements()
    with db.write() as s:
        for _ in range(5):
            pack_scan(s, actor, new_container(s, actor, "box").result.code, BLANKET, "1")
    assert len(scan_statements()) == len(alone)
