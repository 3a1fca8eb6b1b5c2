"""Counts and weights a border officer checks by hand: golden numbers on a real truck
with a mixed box, boxes on a pallet, loose goods and goods without a weight."""

from __future__ import annotations

from decimal import Decimal

from tests.shipping_fixtures import Goods, border_truck
from warehouse_app.core.context import Actor
from warehouse_app.core.shipping.packing_list import packing_list
from warehouse_app.core.shipping.shipments import dispatch, truck_totals
from warehouse_app.db.database import Database

D = Decimal


def test_every_summary_column_adds_up_to_its_total(db: Database, actor: Actor, goods: Goods) -> None:
    codes = border_truck(db, actor)
    with db.read() as s:
        data = packing_list(s, codes["truck"])
        totals = truck_totals(s, codes["truck"])
    assert [p.label_code for p in data.packages] == [
        codes["blankets"], codes["tins"], codes["mixed"], codes["weighed"], codes["open"]]
    rows = {c.category.code: (c.packages, c.pieces, c.kg_goods, c.loose_pieces, c.net_kg, c.gross_kg,
                              c.net_incomplete, c.gross_incomplete) for c in data.summary}
    assert rows == {
        "BEDDING.BLANKETS": (2, D(10), D(0), D(0), D("12.5"), D("13.4"), False, False),  # the open box's main
        "FOOD.CANNED": (1, D(17), D(0), D(0), D("6.8"), D("6.933"), False, False),  # 4.8 + 5.333 x 2/5
        "FOOD.DRY": (1, D(0), D("5.5"), D(0), D("5.5"), D("5.7"), False, False),  # the mixed box: 3 kg of 5
        "POWER.GENERATORS": (1, D(33), D(0), D(30), D(0), D("41.5"), True, True),
    }
    t = data.totals
    assert (t.packages, t.pieces, t.loose_pieces, t.net_kg, t.gross_kg) == (5, D(60), D(30), D("24.8"), D("67.533"))
    assert (t.net_incomplete, t.gross_incomplete) == (True, True)
    for column in ("packages", "pieces", "loose_pieces", "net_kg", "gross_kg"):
        assert sum(getattr(c, column) for c in data.summary) == getattr(t, column), column
    # the generator in the open box and the loose ones have no weight; the sealed box covers its two
    assert [(m.label_code, m.line.item_name, m.line.quantity) for m in data.missing_weight] == [
        (codes["open"], "Agregat prądotwórczy 3 kW", D(1)), ("", "Agregat prądotwórczy 3 kW", D(30))]
    assert all(m.line.net_kg is None for m in data.missing_weight)
    assert (totals.packages, totals.loose_pieces, totals.gross_kg, totals.missing_weight) == (5, D(30), D("67.533"), 2)

    with db.write() as s:
        dispatch(s, actor, codes["truck"])
        after = packing_list(s, codes["truck"])
    assert (after.summary, after.totals, after.missing_weight) == (data.summary, data.totals, data.missing_weight)


def test_a_truck_of_loose_goods_only_counts_its_pieces(db: Database, actor: Actor, goods: Goods) -> None:
    from tests.shipping_fixtures import BLANKET
    from warehouse_app.core.shipping.shipments import create_truck, load

    with db.write() as s:
        truck = create_truck(s, actor, destination="Lviv", plate="X 1").number
        load(s, actor, truck, BLANKET, qty=30)
        data = packing_list(s, truck)
    (row,) = data.summary
    assert (data.totals.packages, data.totals.loose_pieces, data.totals.gross_kg) == (0, D(30), D("37.5"))
    assert (row.packages, row.loose_pieces, row.pieces, row.gross_kg) == (0, D(30), D(30), D("37.5"))
    assert data.missing_weight == ()


def test_stock_without_a_unit_weight_is_marked_not_zero(db: Database, actor: Actor, goods: Goods) -> None:
    from warehouse_app.core.reports.stock_export import stock_rows
    from warehouse_app.core.stock.browse import BrowseFilter, browse_page
    from warehouse_app.core.stock.overview import stock_overview

    border_truck(db, actor)
    with db.read() as s:
        sheet = {r.item: r.weight_kg for r in stock_rows(s)}
        page = {r.name: r.weight_kg for r in browse_page(s, BrowseFilter())}
        overview = stock_overview(s)
    assert sheet["Agregat prądotwórczy 3 kW"] is None and page["Agregat prądotwórczy 3 kW"] is None
    assert page["Koc polarowy"] == D("37.5") and sheet["Ryż"] is not None
    assert overview.items_without_weight == 1
