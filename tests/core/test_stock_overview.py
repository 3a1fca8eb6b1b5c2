"""The Stock screen's overview and item detail, composed in core: totals, chart, places, lots."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import update

from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.catalogue.barcodes import gtin_check_digit
from warehouse_app.core.catalogue.categories import list_categories, resolve_category
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.stock.changes import move
from warehouse_app.core.stock.detail import item_detail
from warehouse_app.core.stock.locations import add_location
from warehouse_app.core.stock.overview import WHOLE_WAREHOUSE, stock_overview
from warehouse_app.db.database import Database
from warehouse_app.db.models import Location

TODAY = date(2026, 11, 23)


def ean(n: int) -> str:
    body = f"5900000{n:05d}"
    return body + gtin_check_digit(body)


MEAT, RICE, SOAP = ean(21), ean(22), ean(23)


def setup_stock(db: Database, actor: Actor) -> dict[str, int]:
    """30 cans of meat (3 expired), 7 kg bags of rice, 8 soaps of which 3 on a rack; a box and
    an archived shelf that are no places to filter by."""
    with db.write() as s:
        rack = add_location(s, name="Rack A-01", kind="bin", parent="Storage")
        add_location(s, name="Box for Lviv", kind="box", parent="Storage")
        old = add_location(s, name="Old shelf", kind="bin", parent="Storage")
        s.execute(update(Location).where(Location.id == old.id).values(archived=True))
        meat = catalogue.add_item(s, name="Canned meat 300 g", category="FOOD.CANNED", unit="pcs",
                                  barcodes_=[MEAT], unit_weight_kg="0.330", tracks_expiry=True, min_stock=100)
        rice = catalogue.add_item(s, name="Rice 1 kg", category="FOOD.DRY", unit="pcs", barcodes_=[RICE],
                                  unit_weight_kg="1", tracks_expiry=True)
        soap = catalogue.add_item(s, name="Soap 100 g", category="HYGIENE", unit="pcs", barcodes_=[SOAP],
                                  unit_weight_kg="0.1", min_stock=20)
        receive(s, actor, MEAT, qty=27, expiry=TODAY + timedelta(days=200), allow_expired=True)
        receive(s, actor, MEAT, qty=3, expiry=TODAY - timedelta(days=2), allow_expired=True)
        receive(s, actor, RICE, qty=7, expiry=TODAY + timedelta(days=10), allow_expired=True)
        receive(s, actor, SOAP, qty=8)
        move(s, actor, SOAP, 3, "Receiving", "Rack A-01")
        return {"meat": meat.id, "rice": rice.id, "soap": soap.id, "rack": rack.id}


def test_the_overview_adds_up_the_whole_warehouse(db: Database, actor: Actor) -> None:
    setup_stock(db, actor)
    with db.read() as s:
        overview = stock_overview(s, "en", today=TODAY)
        food, hygiene = resolve_category(s, "FOOD"), resolve_category(s, "HYGIENE")
        top = [c.name_en for c in list_categories(s, include_archived=False) if c.parent_id is None]
    total = overview.total
    assert total.category_id == WHOLE_WAREHOUSE
    assert (total.quantity, total.weight_kg, total.items_in_stock) == (45, Decimal("17.700"), 3)
    assert (total.below_minimum, total.expired, total.expiring_30d) == (2, 3, 10)  # meat and soap; 3 + 7
    weights = dict(overview.weights)
    assert [name for name, _ in overview.weights] == top  # every top-level category, in tree order
    assert weights[food.name_en] == Decimal("16.900")  # 30 x 0.33 kg + 7 x 1 kg
    assert weights[hygiene.name_en] == Decimal("0.800")
    assert sum(weights.values()) == total.weight_kg
    rows = {r.code: r for r in overview.categories}
    assert rows["FOOD.CANNED"].quantity == 30 and rows["FOOD"].quantity == 37
    places = [p.name for p in overview.places]
    assert {"Receiving", "Storage", "Rack A-01"} <= set(places)
    assert "Box for Lviv" not in places and "Old shelf" not in places


def test_the_overview_of_one_place_and_in_polish(db: Database, actor: Actor) -> None:
    ids = setup_stock(db, actor)
    with db.read() as s:
        rack = next(p for p in stock_overview(s).places if p.id == ids["rack"])
        overview = stock_overview(s, "pl", place_code=rack.code, today=TODAY)
        hygiene = resolve_category(s, "HYGIENE")
    assert (overview.total.quantity, overview.total.weight_kg) == (3, Decimal("0.300"))
    assert dict(overview.weights)[hygiene.name_pl] == Decimal("0.300")
    row = next(r for r in overview.categories if r.code == "HYGIENE")
    assert overview.name(row) == hygiene.name_pl and row.quantity == 3


def test_item_detail_lists_every_lot_and_place(db: Database, actor: Actor) -> None:
    ids = setup_stock(db, actor)
    with db.read() as s:
        soap = item_detail(s, ids["soap"])
        meat = item_detail(s, ids["meat"])
        gone = item_detail(s, 999_999)
    assert soap is not None and soap.item.name == "Soap 100 g"
    assert [(lot.location, lot.quantity) for lot in soap.lots] == [("Receiving", 5), ("Rack A-01", 3)]
    assert meat is not None and [(lot.expiry, lot.quantity) for lot in meat.lots] == [
        (TODAY - timedelta(days=2), 3), (TODAY + timedelta(days=200), 27)]
    assert gone is None
