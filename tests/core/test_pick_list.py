"""A truck's pick list: rows by place then item, first expiry first among the lots that may
go on the truck; per item, what is on the truck counts, and the columns add up."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.catalogue.categories import edit_category, resolve_category
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.shipping.pick_list import parse_wanted, pick_list
from warehouse_app.core.shipping.shipments import create_truck, load
from warehouse_app.core.stock.changes import move
from warehouse_app.core.stock.locations import add_location
from warehouse_app.db.database import Database
from warehouse_app.kernel.errors import BadInput, NotFound

BEANS = "5901234123457"
SOAP = "5900000000015"


@pytest.fixture
def truck(db: Database, actor: Actor) -> str:
    """Beans in three lots on two racks (one lot too short-dated for canned food), soap at Receiving."""
    soon, later, latest = (date.today() + timedelta(days=d) for d in (20, 200, 400))
    with db.write() as s:
        catalogue.add_item(s, name="Fasola 400 g", category="FOOD.CANNED", unit="pcs", barcodes_=[BEANS],
                           tracks_expiry=True)
        catalogue.add_item(s, name="Mydło", category="HYGIENE", unit="pcs", barcodes_=[SOAP])
        edit_category(s, resolve_category(s, "FOOD.CANNED").id, min_shelf_life_days=90)
        for qty, when in ((10, soon), (8, later), (30, latest)):
            receive(s, actor, BEANS, qty=qty, expiry=when)
        receive(s, actor, SOAP, qty=5)
        add_location(s, name="Regał B", kind="bin", parent="Storage")
        add_location(s, name="Regał A", kind="bin", parent="Storage")
        move(s, actor, BEANS, 10, "Receiving", "Regał B", expiry=soon)
        move(s, actor, BEANS, 8, "Receiving", "Regał B", expiry=later)
        move(s, actor, BEANS, 30, "Receiving", "Regał A", expiry=latest)
        number = create_truck(s, actor, destination="Lviv", planned_departure=date.today()).number
        load(s, actor, number, BEANS, qty=2)  # from the 200-day lot: 6 of it stay
    return number


def test_rows_by_place_then_item_and_the_columns_add_up(db: Database, truck: str) -> None:
    with db.read() as s:
        picks = pick_list(s, truck, parse_wanted([f"{BEANS} = 20", "Mydło=8", "", f"{BEANS}=4"]))
    latest = date.today() + timedelta(days=400)
    assert [(r.place, r.item_name, r.quantity) for r in picks.rows] == [
        (("Receiving",), "Mydło", 5), (("Storage", "Regał A"), "Fasola 400 g", 16),
        (("Storage", "Regał B"), "Fasola 400 g", 6)]
    assert picks.rows[1].expiry == latest and picks.rows[1].place_code.startswith("LC")
    beans, soap = picks.items
    assert (beans.wanted, beans.on_truck, beans.to_pick, beans.listed, beans.short) == (24, 2, 22, 22, 0)
    assert (soap.wanted, soap.on_truck, soap.to_pick, soap.listed, soap.short) == (8, 0, 8, 5, 3)
    for item in picks.items:
        assert sum((r.quantity for r in picks.rows if r.item_id == item.item_id), Decimal(0)) == item.listed
        assert item.listed + item.short == item.to_pick == max(item.wanted - item.on_truck, Decimal(0))


def test_what_is_on_the_truck_already_is_not_picked_again(db: Database, truck: str) -> None:
    with db.read() as s:
        picks = pick_list(s, truck, [(BEANS, "2")])
    assert picks.rows == () and picks.items[0].to_pick == 0


def test_bad_lines_are_one_sentence(db: Database, truck: str) -> None:
    with pytest.raises(BadInput, match="Line 2 should read item = quantity"):
        parse_wanted(["Mydło=1", "Mydło"])
    with pytest.raises(BadInput, match="one line per item"):
        parse_wanted(["", "  "])
    with pytest.raises(NotFound, match="There is no item Kawa"), db.read() as s:
        pick_list(s, truck, [("Kawa", "3")])
    with pytest.raises(BadInput), db.read() as s:
        pick_list(s, truck, [("Mydło", "-3")])
