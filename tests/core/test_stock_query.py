"""Stock per item and rolled up by category: quantities, kilograms, minimums, expiry."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from tests.stock_fixtures import TODAY, ean, setup_stock
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.stock.changes import write_off
from warehouse_app.core.stock.query import stock_by_category, stock_by_item
from warehouse_app.db.database import Database


def test_stock_by_item(db: Database, actor: Actor) -> None:
    setup_stock(db, actor)
    with db.read() as s:
        rows = {r.name: r for r in stock_by_item(s, today=TODAY)}
    meat = rows["Konserwa mięsna 300 g"]
    assert (meat.quantity, meat.unit, meat.weight_kg) == (33, "pcs", Decimal("10.890"))
    assert meat.below_minimum and meat.earliest_expiry == TODAY - timedelta(days=1)
    assert meat.expiring_soon == 13  # expired 3 + within 30 days 10
    assert rows["Cukier luzem"].quantity == Decimal("12.5")
    assert rows["Mydło 100 g"].quantity == 4 and rows["Mydło 100 g"].below_minimum
    with db.read() as s:
        assert [r.name for r in stock_by_item(s, category="FOOD.DRY")] == ["Cukier luzem", "Ryż 1 kg"]
        assert [r.name for r in stock_by_item(s, search="MIĘSNA")] == ["Konserwa mięsna 300 g"]


def test_stock_by_category_rolls_up_subtrees(db: Database, actor: Actor) -> None:
    setup_stock(db, actor)
    with db.read() as s:
        rows = {r.code: r for r in stock_by_category(s, today=TODAY)}
    canned, dry, food = rows["FOOD.CANNED"], rows["FOOD.DRY"], rows["FOOD"]
    assert (canned.quantity, canned.weight_kg, canned.below_minimum) == (33, Decimal("10.890"), 1)
    assert (canned.expired, canned.expiring_30d, canned.expiring_90d) == (3, 13, 13)
    assert (dry.quantity, dry.weight_kg, dry.expiring_90d) == (Decimal("19.5"), Decimal("19.640"), 7)
    assert food.quantity == canned.quantity + dry.quantity
    assert food.weight_kg == canned.weight_kg + dry.weight_kg
    assert food.items_in_stock == 3 and food.below_minimum == 1
    assert rows["HYGIENE"].below_minimum == 1 and rows["HYGIENE"].quantity == 4
    assert food.depth == 0 and canned.depth == 1 and canned.parent_id == food.category_id


def test_category_names_in_each_language(db: Database, actor: Actor) -> None:
    with db.read() as s:
        pl = {r.code: r.category for r in stock_by_category(s, lang="pl")}
        uk = {r.code: r.category for r in stock_by_category(s, lang="uk")}
    assert pl["FOOD"] != uk["FOOD"]
    assert any(ch in uk["FOOD"] for ch in "абвгдеєжзиіїйклмнопрстуфхцчшщьюя")


def test_running_totals_give_exactly_what_grouping_the_stock_levels_gives(db: Database, actor: Actor) -> None:
    """The fast roll-up (running totals) against the old grouping of stock_level, after
    receives, moves, write-offs, adjustments, reversals and item category / weight edits."""
    from warehouse_app.core.stock.changes import adjust, move, reverse
    from warehouse_app.core.stock.integrity import check_stock_levels
    from warehouse_app.core.stock.locations import add_location
    from warehouse_app.core.stock.query import _own_from_stock_levels, _own_from_totals, _roll_up

    setup_stock(db, actor)
    meat, rice, sugar, soap = (ean(f"5900000000{n}") for n in (11, 12, 13, 14))
    with db.write() as s:
        add_location(s, name="Rack A-01", kind="bin", parent="Storage")
        catalogue.add_item(s, name="Koc", category="BEDDING", unit="pcs", min_stock=2)  # never received
        move(s, actor, meat, 12, "Receiving", "Rack A-01")  # a move changes no total
        adjust(s, actor, rice, 5, "Receiving", "stocktake", expiry=TODAY + timedelta(days=60))
        adjust(s, actor, sugar, "14.25", "Receiving", "found a sack")
        late = receive(s, actor, rice, qty=2, expiry=TODAY + timedelta(days=45))
        receive(s, actor, soap, qty=6)
    with db.write() as s:
        reverse(s, actor, late.movement_id, "scanned twice")
        moved = move(s, actor, soap, 3, "Receiving", "Rack A-01")
        reverse(s, actor, moved.lines[0].movement_id, "wrong rack")
        write_off(s, actor, meat, 4, "dented", location="Rack A-01")
    with db.write() as s:
        rice_id = catalogue.find_item(s, rice).id
        sugar_id = catalogue.find_item(s, sugar).id
        catalogue.edit_item(s, rice_id, category="FOOD.CANNED", unit_weight_kg="0.5")
        catalogue.edit_item(s, sugar_id, unit_weight_kg="1.001")
        catalogue.edit_item(s, catalogue.find_item(s, soap).id, category="BABY", name="Mydło dziecięce")
    with db.write() as s:
        catalogue.edit_item(s, sugar_id, category="HYGIENE", unit_weight_kg="")  # no weight at all
        receive(s, actor, soap, qty=1)
        catalogue.edit_item(s, sugar_id, category="FOOD.DRY", unit_weight_kg="0.999")

    for day in (TODAY, TODAY + timedelta(days=40), TODAY - timedelta(days=400)):
        with db.read() as s:
            fast, slow = _own_from_totals(s, day), _own_from_stock_levels(s, day, None)
            assert {k: v for k, v in fast.items() if any(v)} == {k: v for k, v in slow.items() if any(v)}
            assert stock_by_category(s, today=day) == _roll_up(s, slow, "en", True)
            rows = {r.code: r for r in stock_by_category(s, today=day)}
    assert rows["FOOD.CANNED"].items_in_stock == 2 and rows["BEDDING"].below_minimum == 1
    assert rows["FOOD.DRY"].weight_kg == Decimal("14.236")  # 14.25 kg of sugar at 0.999 kg a kg
    with db.read() as s:
        report = check_stock_levels(s)
        assert report.ok, report


def test_a_location_filter_still_groups_the_stock_levels(db: Database, actor: Actor) -> None:
    from warehouse_app.core.stock.changes import move
    from warehouse_app.core.stock.locations import add_location

    setup_stock(db, actor)
    with db.write() as s:
        add_location(s, name="Rack A-01", kind="bin", parent="Storage")
        move(s, actor, ean("590000000011"), 12, "Receiving", "Rack A-01")
    with db.read() as s:
        rack = {r.code: r for r in stock_by_category(s, today=TODAY, location="Rack A-01")}
        everywhere = {r.code: r for r in stock_by_category(s, today=TODAY)}
    assert rack["FOOD.CANNED"].quantity == 12 and rack["FOOD.DRY"].quantity == 0
    assert everywhere["FOOD.CANNED"].quantity == 33
