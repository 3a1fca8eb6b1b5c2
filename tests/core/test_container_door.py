"""Boxes, pallets and truck loads have one door: packing and loading. Receive, adjust,
write-off, move, reverse and stocktake refuse them as a place and write nothing; db check
finds goods that got in another way, and any stock on a truck that has left."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from tests.shipping_fixtures import BLANKET, TINS, Goods, assert_ledger_consistent
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.ledger import transfer
from warehouse_app.core.shipping.containers import create_container, pack
from warehouse_app.core.shipping.shipments import create_truck, dispatch, get_truck, load
from warehouse_app.core.stock.changes import adjust, reverse, write_off
from warehouse_app.core.stock.integrity import check_stock_levels
from warehouse_app.core.stock.stocktake import expected_stock
from warehouse_app.db.database import Database
from warehouse_app.db.models import Location, Lot, Movement, Shipment
from warehouse_app.kernel.errors import BadInput

DOOR = "is a box, pallet or truck load: goods go into it and out of it only by packing and loading"


def _rows(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Movement)) or 0


@pytest.fixture
def packed(db: Database, actor: Actor, goods: Goods) -> dict[str, str]:
    """A box of 5 blankets, a truck with a box of tins loaded (not dispatched)."""
    with db.write() as s:
        box = create_container(s, actor, "box").code
        pack(s, actor, box, BLANKET, qty=5)
        tins_box = create_container(s, actor, "box").code
        pack(s, actor, tins_box, TINS, qty=4)
        truck = create_truck(s, actor, destination="Kharkiv", plate="KH 1").number
        load(s, actor, truck, tins_box)
        load_code = s.scalar(select(Location.code).join(Shipment, Shipment.load_location_id == Location.id)
                             .where(Shipment.number == truck))
    assert load_code is not None
    return {"box": box, "truck": truck, "load": load_code}


def test_receive_adjust_and_write_off_refuse_containers(db: Database, actor: Actor, packed: dict[str, str]) -> None:
    before = _rows(db)
    for place in (packed["box"], packed["load"]):
        for action in (
            lambda s, p=place: receive(s, actor, BLANKET, qty=1, location=p),
            lambda s, p=place: adjust(s, actor, BLANKET, 9, p, "count"),
            lambda s, p=place: write_off(s, actor, BLANKET, 1, "wet", location=p),
        ):
            with pytest.raises(BadInput, match=DOOR), db.write() as s:
                action(s)
    assert _rows(db) == before
    with db.write() as s:  # the whole warehouse: only what lies on shelves is written off
        write_off(s, actor, BLANKET, 25, "mould")
        with pytest.raises(Exception, match="Not enough"):
            write_off(s, actor, BLANKET, 1, "mould")
    assert_ledger_consistent(db)


def test_a_stocktake_counts_shelves_not_boxes_or_trucks(db: Database, actor: Actor, packed: dict[str, str]) -> None:
    with db.read() as s:
        lines = expected_stock(s, "Main warehouse")
        assert {line.location_code for line in lines}.isdisjoint({packed["box"], packed["load"]})
        assert {(line.item_name, line.expected) for line in lines if line.item_name == "Koc polarowy"} == {
            ("Koc polarowy", Decimal(25))}
        with pytest.raises(BadInput, match=DOOR):
            expected_stock(s, packed["box"])


def test_reverse_undoes_packing_but_never_opens_another_door(db: Database, actor: Actor,
                                                             packed: dict[str, str]) -> None:
    with db.read() as s:
        box_id = s.scalar(select(Location.id).where(Location.code == packed["box"]))
        packing = s.scalar(select(Movement.id).where(Movement.to_location_id == box_id))
        lot = s.scalar(select(Movement.lot_id).where(Movement.id == packing))
        item = s.scalar(select(Movement.item_id).where(Movement.id == packing))
    assert packing is not None and box_id is not None and lot is not None and item is not None
    with db.write() as s:  # a row the old bypass wrote: a receipt straight into the box
        bypass, _ = transfer(s, actor, "receive", item, lot, Decimal(2), None, box_id, donation_id=None)
    with db.read() as s:
        problems = check_stock_levels(s).place_problems
    assert [(p.place, p.quantity, p.why) for p in problems] == [(packed["box"], 2, "not_packed")]
    with pytest.raises(BadInput, match=DOOR), db.write() as s:
        reverse(s, actor, bypass, "wrong place")
    with db.write() as s:
        reverse(s, actor, packing, "packed by mistake")  # packing's own undoing is the door
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Movement).where(Movement.reverses_id == packing)) == 1


def test_db_check_finds_stock_on_a_truck_that_has_left(db: Database, actor: Actor, packed: dict[str, str]) -> None:
    with db.write() as s:
        dispatch(s, actor, packed["truck"])
    assert_ledger_consistent(db)
    with db.write() as s:  # what the old `receive --location` let through onto a truck that had left
        load_id = s.scalar(select(Location.id).where(Location.code == packed["load"]))
        lot = s.scalar(select(Lot.id).where(Lot.item_id == select(Movement.item_id).where(
            Movement.kind == "dispatch").limit(1).scalar_subquery()).limit(1))
        item = s.scalar(select(Lot.item_id).where(Lot.id == lot))
        assert load_id is not None and lot is not None and item is not None
        transfer(s, actor, "receive", item, lot, Decimal(20), None, load_id)
    with db.read() as s:
        report = check_stock_levels(s)
        assert get_truck(s, packed["truck"]).status == "dispatched"
    assert not report.ok and not report.differences and not report.origin_differences
    assert {(p.place, p.why) for p in report.place_problems} >= {(packed["load"], "dispatched")}
