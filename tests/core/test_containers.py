"""Boxes and pallets: labelled locations, packed by scanning through the ledger."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from tests.shipping_fixtures import BLANKET, RICE, TINS, Goods, assert_ledger_consistent
from warehouse_app.core.catalogue import barcodes
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.shipping.containers import (
    MixedCategory,
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
from warehouse_app.db.database import Database
from warehouse_app.db.models import Location, Movement, StockLevel
from warehouse_app.kernel.errors import BadInput, Conflict, NotEnoughStock, NotFound


def _ledger_rows(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Movement)) or 0


def test_a_new_box_is_a_location_with_a_code128_label(db: Database, actor: Actor) -> None:
    with db.write() as s:
        box = create_container(s, actor, "box")
        pallet = create_container(s, actor, "pallet", name="Paleta 1")
    assert barcodes.interpret(box.code).internal_kind == barcodes.InternalKind.BOX
    assert barcodes.interpret(pallet.code).internal_kind == barcodes.InternalKind.PALLET
    assert (box.kind, box.name, box.line_count, box.category, box.sealed) == ("box", box.code, 0, None, False)
    with db.read() as s:
        place = s.get(Location, box.id)
        assert (place.kind, place.code) == ("box", box.code)
        assert get_container(s, box.code.lower()).id == box.id  # as scanned, any case
        assert get_container(s, "paleta 1").code == pallet.code
        with pytest.raises(NotFound):
            get_container(s, "BX999999")
        with pytest.raises(BadInput):
            create_container(s, actor, "crate")


def test_packing_moves_stock_from_the_shelves_first_expiry_first(db: Database, actor: Actor, goods: Goods) -> None:
    with db.write() as s:
        box = create_container(s, actor, "box")
        result = pack(s, actor, box.code, TINS, qty=12)
    # 10 of the lot expiring 2027-03-31 first, then 2 of the later one
    assert (result.quantity, result.expiry, result.item_name) == (Decimal(12), date(2027, 3, 31), "Konserwa rybna")
    assert result.box.category.code == "FOOD.CANNED" and result.box.pieces == 12
    assert result.box.net_kg == Decimal("4.8")
    with db.read() as s:
        lines = container_contents(s, box.code)
        kinds = set(s.scalars(select(Movement.kind).where(Movement.to_location_id == box.id)))
    assert sorted((line.expiry, line.quantity) for line in lines) == [
        (date(2027, 3, 31), Decimal(10)), (date(2028, 1, 31), Decimal(2))
    ]
    assert kinds == {"move"}
    assert_ledger_consistent(db)


def test_one_category_per_box_unless_mixing_is_allowed(db: Database, actor: Actor, goods: Goods) -> None:
    with db.write() as s:
        box = create_container(s, actor, "box").code
        pack(s, actor, box, TINS, qty=2)
    before = _ledger_rows(db)
    with pytest.raises(MixedCategory) as caught, db.write() as s:
        pack(s, actor, box, BLANKET)
    assert (caught.value.box_code, caught.value.exit_code) == (box, 4)
    assert "mix" in str(caught.value) and _ledger_rows(db) == before
    with db.write() as s:
        mixed = pack(s, actor, box, BLANKET, allow_mixed=True).box
        assert (mixed.mixed, mixed.category, mixed.line_count) == (True, None, 2)
        pack(s, actor, box, RICE, qty="2.5")  # mixed already: no further question
    assert_ledger_consistent(db)


def test_unpack_all_of_an_item_empties_the_box_and_forgets_its_category(db: Database, actor: Actor, goods: Goods) -> None:
    with db.write() as s:
        box = create_container(s, actor, "box").code
        pack(s, actor, box, TINS, qty=3)
        other = create_container(s, actor, "box").code
        with pytest.raises(BadInput, match="back on a shelf"):
            unpack(s, actor, box, TINS, to_location=other)  # would skip the other box's rules
        out = unpack(s, actor, box, TINS)
        assert out.quantity == 3 and out.box.line_count == 0 and out.box.category is None
        pack(s, actor, box, BLANKET)  # an empty box takes any category again
        with pytest.raises(Conflict):
            unpack(s, actor, box, TINS)
    assert_ledger_consistent(db)


def test_packing_more_than_the_shelves_hold_changes_nothing(db: Database, actor: Actor, goods: Goods) -> None:
    with db.write() as s:
        box = create_container(s, actor, "box").code
    before = _ledger_rows(db)
    with pytest.raises(NotEnoughStock, match="30 pcs left, 31 asked"), db.write() as s:
        pack(s, actor, box, TINS, qty=31)
    with pytest.raises(BadInput), db.write() as s:
        pack(s, actor, box, box)  # a label is not goods
    assert _ledger_rows(db) == before


def test_goods_already_in_a_box_are_not_taken_from_it_for_another(db: Database, actor: Actor, goods: Goods) -> None:
    with db.write() as s:
        first = create_container(s, actor, "box").code
        second = create_container(s, actor, "box").code
        pack(s, actor, first, BLANKET, qty=25)
        with pytest.raises(NotEnoughStock, match="5 pcs left"):
            pack(s, actor, second, BLANKET, qty=6)
        moved = pack(s, actor, second, BLANKET, qty=3, from_location=first)  # asked for explicitly
        assert moved.box.pieces == 3 and get_container(s, first).pieces == 22


def test_seal_records_weight_and_refuses_packing_until_reopened(db: Database, actor: Actor, goods: Goods) -> None:
    with db.write() as s:
        box = create_container(s, actor, "box").code
        with pytest.raises(Conflict, match="empty"):
            seal(s, actor, box)
        pack(s, actor, box, BLANKET, qty=4)  # 5 kg net
        with pytest.raises(BadInput, match="contents alone weigh 5 kg"):
            seal(s, actor, box, gross_kg="4.9")
        sealed = seal(s, actor, box, gross_kg="5,6")
        assert (sealed.sealed, sealed.gross_kg, sealed.net_kg) == (True, Decimal("5.6"), Decimal("5"))
        with pytest.raises(Conflict, match="sealed; reopen it first"):
            pack(s, actor, box, BLANKET)
        with pytest.raises(Conflict, match="sealed"):
            seal(s, actor, box)
        opened = reopen(s, actor, box)
        assert (opened.sealed, opened.gross_kg) == (False, None)
        pack(s, actor, box, BLANKET)
        with pytest.raises(Conflict, match="not sealed"):
            reopen(s, actor, box)
    assert_ledger_consistent(db)


def test_boxes_go_on_a_pallet_by_their_label_and_their_stock_goes_with_them(
    db: Database, actor: Actor, goods: Goods
) -> None:
    with db.write() as s:
        pallet = create_container(s, actor, "pallet")
        box = create_container(s, actor, "box")
        pack(s, actor, box.code, BLANKET, qty=10)
    rows = _ledger_rows(db)
    with db.write() as s:
        on = put_on_pallet(s, actor, pallet.code, box.code)
        assert (on.boxes, on.pieces, on.net_kg) == (1, 10, Decimal("12.5"))
        assert get_container(s, box.code).parent_code == pallet.code
        assert s.get(Location, box.id).path == f"{s.get(Location, pallet.id).path}{box.id}/"
        with pytest.raises(Conflict, match="already on"):
            put_on_pallet(s, actor, pallet.code, box.code)
        with pytest.raises(BadInput, match="not a pallet"):
            put_on_pallet(s, actor, box.code, pallet.code)
        # the stock lines did not move: the container did
        assert s.scalar(select(StockLevel.quantity).where(StockLevel.location_id == box.id)) == 10
        assert [line.quantity for line in container_contents(s, pallet.code)] == [10]
    assert _ledger_rows(db) == rows
    with db.write() as s:
        off = take_off_pallet(s, actor, box.code)
        assert off.parent_code is None and get_container(s, pallet.code).boxes == 0
        with pytest.raises(Conflict, match="not on a pallet"):
            take_off_pallet(s, actor, box.code)
    with db.read() as s:
        listed = list_containers(s, kind="box", open_only=True)
    assert [c.code for c in listed] == [box.code]
    assert_ledger_consistent(db)


def test_packing_passes_over_expired_lots_and_names_them_when_only_they_would_do(
        db: Database, actor: Actor, goods: Goods) -> None:
    """A box goes to a truck and expired goods never do: first expiry first out among the lots
    not yet expired; an expired lot is packed only when named."""
    with db.write() as s:
        receive(s, actor, TINS, qty=4, expiry="2020-01-31", allow_expired=True)
        box = create_container(s, actor, "box").code
        first = pack(s, actor, box, TINS, qty=3)
    assert first.expiry == date(2027, 3, 31)  # not the expired 2020 lot
    before = _ledger_rows(db)
    with pytest.raises(Conflict, match="Only expired Konserwa rybna would make up this quantity"), db.write() as s:
        pack(s, actor, box, TINS, qty=30)  # 27 good tins left: the 4 expired ones would be needed
    assert _ledger_rows(db) == before
    with pytest.raises(NotEnoughStock), db.write() as s:
        pack(s, actor, box, TINS, qty=99)  # not even with the expired ones: the plain shortage
    with db.write() as s:
        named = pack(s, actor, box, TINS, qty=1, expiry="2020-01-31")  # named on purpose
    assert named.expiry == date(2020, 1, 31)
    assert_ledger_consistent(db)
