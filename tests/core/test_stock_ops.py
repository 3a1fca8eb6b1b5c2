"""Move, adjust, write off and reverse: the ledger grows, stock stays exact and never negative."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select, update

from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.stock.changes import adjust, move, reverse, write_off
from warehouse_app.core.stock.integrity import check_stock_levels
from warehouse_app.core.stock.locations import add_location
from warehouse_app.core.stock.query import item_lots
from warehouse_app.db.database import Database
from warehouse_app.db.models import Movement, StockLevel
from warehouse_app.kernel.errors import BadInput, Conflict, NotEnoughStock, NotFound

WATER = "5901234123457"


@pytest.fixture
def water(db: Database, actor: Actor) -> catalogue.ItemInfo:
    """Water in two lots at Receiving: 10 expiring 2027-01-31 and 5 expiring 2026-12-31."""
    with db.write() as s:
        item = catalogue.add_item(s, name="Woda niegazowana 1,5 l", category="FOOD", unit="pcs",
                                  barcodes_=[WATER], unit_weight_kg="1.55", tracks_expiry=True)
        receive(s, actor, WATER, qty=10, expiry="2027-01-31")
        receive(s, actor, WATER, qty=5, expiry="2026-12-31")
        add_location(s, name="Rack A-01", kind="bin", parent="Storage")
    return item


def ledger_size(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Movement)) or 0


def lots(db: Database, item_id: int) -> list[tuple[date | None, str, Decimal]]:
    with db.read() as s:
        return [(x.expiry, x.location, x.quantity) for x in item_lots(s, item_id)]


def test_move_takes_first_expiry_first(db: Database, actor: Actor, water) -> None:
    with db.write() as s:
        change = move(s, actor, WATER, 7, "Receiving", "Rack A-01")
    assert [(ln.expiry, ln.quantity) for ln in change.lines] == [(date(2026, 12, 31), 5), (date(2027, 1, 31), 2)]
    assert lots(db, water.id) == [
        (date(2026, 12, 31), "Rack A-01", 5),
        (date(2027, 1, 31), "Receiving", 8),
        (date(2027, 1, 31), "Rack A-01", 2),
    ]
    with db.read() as s:
        assert check_stock_levels(s).ok


def test_move_of_a_named_lot(db: Database, actor: Actor, water) -> None:
    with db.write() as s:
        move(s, actor, WATER, 3, "Receiving", "Rack A-01", expiry="2027-01-31")
    assert (date(2027, 1, 31), "Rack A-01", Decimal(3)) in lots(db, water.id)


def test_taking_more_than_is_left_changes_nothing(db: Database, actor: Actor, water) -> None:
    before = (ledger_size(db), lots(db, water.id))
    with pytest.raises(NotEnoughStock, match="15 pcs left, 16 asked"):
        with db.write() as s:
            move(s, actor, WATER, 16, "Receiving", "Rack A-01")
    with pytest.raises(NotEnoughStock):
        with db.write() as s:
            write_off(s, actor, WATER, 6, "expired", expiry="2026-12-31")
    assert (ledger_size(db), lots(db, water.id)) == before


def test_write_off_needs_a_reason_and_leaves_the_warehouse(db: Database, actor: Actor, water) -> None:
    with pytest.raises(BadInput, match="reason"):
        with db.write() as s:
            write_off(s, actor, WATER, 1, "   ")
    with db.write() as s:
        change = write_off(s, actor, WATER, 2, "damaged: crushed pack")
    with db.read() as s:
        row = s.get(Movement, change.lines[0].movement_id)
        assert (row.kind, row.to_location_id, row.reason) == ("write_off", None, "damaged: crushed pack")
    assert sum(q for *_, q in lots(db, water.id)) == 13


def test_adjust_sets_the_counted_quantity(db: Database, actor: Actor, water) -> None:
    with db.write() as s:
        down = adjust(s, actor, WATER, 8, "Receiving", "stocktake", expiry="2027-01-31")
    assert down.quantity == -2
    with db.write() as s:
        up = adjust(s, actor, WATER, 6, "Receiving", "found behind the shelf", expiry="2026-12-31")
    assert up.quantity == 1
    with db.write() as s:
        same = adjust(s, actor, WATER, 6, "Receiving", "recount", expiry="2026-12-31")
    assert same.lines == ()
    assert sorted(lots(db, water.id)) == [(date(2026, 12, 31), "Receiving", 6), (date(2027, 1, 31), "Receiving", 8)]
    with db.read() as s:
        assert check_stock_levels(s).ok


def test_adjust_asks_which_lot_when_several_lie_there(db: Database, actor: Actor, water) -> None:
    with pytest.raises(BadInput, match="2 lots"):
        with db.write() as s:
            adjust(s, actor, WATER, 3, "Receiving", "count")


def test_reverse_undoes_with_a_new_row(db: Database, actor: Actor, water) -> None:
    with db.write() as s:
        scan = receive(s, actor, WATER, qty=4, expiry="2027-05-31")
    with db.write() as s:
        undo = reverse(s, actor, scan.movement_id, "scanned twice by mistake")
    with db.read() as s:
        original = s.get(Movement, scan.movement_id)
        reversal = s.get(Movement, undo.lines[0].movement_id)
        assert original.kind == "receive"  # the original row is untouched
        assert (reversal.kind, reversal.reverses_id, reversal.quantity) == ("reversal", scan.movement_id, 4)
        assert (reversal.from_location_id, reversal.to_location_id) == (original.to_location_id, None)
        assert check_stock_levels(s).ok
    assert date(2027, 5, 31) not in [expiry for expiry, _, _ in lots(db, water.id)]
    with pytest.raises(Conflict, match="already been reversed"):
        with db.write() as s:
            reverse(s, actor, scan.movement_id, "again")
    with pytest.raises(Conflict, match="itself a reversal"):
        with db.write() as s:
            reverse(s, actor, undo.lines[0].movement_id, "undo the undo")
    with pytest.raises(NotFound):
        with db.write() as s:
            reverse(s, actor, 999_999, "nothing")


def test_reverse_fails_cleanly_when_the_goods_have_moved_on(db: Database, actor: Actor, water) -> None:
    with db.write() as s:
        scan = receive(s, actor, WATER, qty=4, expiry="2027-05-31")
        move(s, actor, WATER, 4, "Receiving", "Rack A-01", expiry="2027-05-31")
    before = ledger_size(db)
    with pytest.raises(NotEnoughStock):
        with db.write() as s:
            reverse(s, actor, scan.movement_id, "undo")
    assert ledger_size(db) == before


def test_check_finds_a_stock_level_that_disagrees_with_the_ledger(db: Database, water) -> None:
    with db.read() as s:
        assert check_stock_levels(s).ok
    with db.write() as s:
        s.execute(update(StockLevel).where(StockLevel.item_id == water.id).values(quantity=Decimal(99)))
    with db.read() as s:
        report = check_stock_levels(s)
    assert not report.ok
    assert {d.stock_level for d in report.differences} == {Decimal(99)}


def test_check_finds_running_totals_that_disagree_with_the_stock_levels(db: Database, water) -> None:
    from warehouse_app.db.models import NO_EXPIRY, CategoryExpiryTotal, ItemTotal

    with db.write() as s:
        s.execute(update(ItemTotal).where(ItemTotal.item_id == water.id).values(quantity=Decimal(16)))
        s.execute(
            update(CategoryExpiryTotal)
            .where(CategoryExpiryTotal.category_id == water.category_id,
                   CategoryExpiryTotal.expiry == date(2027, 1, 31))
            .values(weight_mg=CategoryExpiryTotal.weight_mg + 1)
        )
        # a total with no stock behind it at all counts too
        s.add(CategoryExpiryTotal(category_id=water.category_id, expiry=NO_EXPIRY, quantity=Decimal(2), weight_mg=0))
    with db.read() as s:
        report = check_stock_levels(s)
    assert not report.ok and report.differences == ()
    found = {(d.table, d.what, d.figure, d.stock_levels, d.total) for d in report.total_differences}
    assert found == {
        ("item_total", f"#{water.id} Woda niegazowana 1,5 l", "quantity", Decimal(15), Decimal(16)),
        ("category_expiry_total", "FOOD, expiry 2027-01-31", "weight_kg", Decimal("15.5"), Decimal("15.500001")),
        ("category_expiry_total", "FOOD, no expiry", "quantity", Decimal(0), Decimal(2)),
    }


def test_a_plain_move_never_reaches_into_a_box_or_truck(db: Database, actor: Actor, water) -> None:
    from warehouse_app.core.shipping.containers import create_container, pack

    with db.write() as s:
        box = create_container(s, actor, "box").code
        pack(s, actor, box, WATER, qty=2)
    before = ledger_size(db)
    for source, target in (("Receiving", box), (box, "Receiving")):
        with pytest.raises(BadInput, match=f"{box} is a box, pallet or truck load: goods go into it and out of it only by packing"):
            with db.write() as s:
                move(s, actor, WATER, 1, source, target)
    assert ledger_size(db) == before
