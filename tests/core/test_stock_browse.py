"""The paged stock list: counts, pages, filters and sorts agree with each other and with the ledger."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.catalogue.barcodes import gtin_check_digit
from warehouse_app.core.catalogue.categories import resolve_category
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.stock.browse import BrowseFilter, browse_page, count_items
from warehouse_app.core.stock.changes import move, write_off
from warehouse_app.core.stock.locations import add_location, resolve_location
from warehouse_app.db.database import Database
from warehouse_app.kernel.errors import BadInput

TODAY = date(2026, 11, 23)


def ean(n: int) -> str:
    body = f"5900000{n:05d}"
    return body + gtin_check_digit(body)


@pytest.fixture
def stock(db: Database, actor: Actor) -> dict[str, int]:
    """Five items: canned meat (3 lots, one expired), rice, sugar, soap moved to a rack, and beans never received."""
    ids = {}
    with db.write() as s:
        add_location(s, name="Rack A-01", kind="bin", parent="Storage")
        for n, (name, cat, unit, weight, expiry, minimum) in enumerate([
            ("Canned meat 300 g", "FOOD.CANNED", "pcs", "0.330", True, 100),
            ("Rice 1 kg", "FOOD.DRY", "pcs", "1.020", True, None),
            ("Sugar loose", "FOOD.DRY", "kg", "1", False, None),
            ("Soap 100 g", "HYGIENE", "pcs", "0.110", False, 5),
            ("Beans canned 400 g", "FOOD.CANNED", "pcs", "0.450", True, 20),
        ]):
            item = catalogue.add_item(s, name=name, category=cat, unit=unit, barcodes_=[ean(n)],
                                      unit_weight_kg=weight, tracks_expiry=expiry, min_stock=minimum)
            ids[name.split()[0].lower()] = item.id
        receive(s, actor, ean(0), qty=10, expiry=TODAY + timedelta(days=10), allow_expired=True)
        receive(s, actor, ean(0), qty=20, expiry=TODAY + timedelta(days=200), allow_expired=True)
        receive(s, actor, ean(0), qty=3, expiry=TODAY - timedelta(days=1), allow_expired=True)
        receive(s, actor, ean(1), qty=7, expiry=TODAY + timedelta(days=60), allow_expired=True)
        receive(s, actor, ean(2), qty="12.5")
        receive(s, actor, ean(3), qty=8)
        write_off(s, actor, ean(3), 4, "damaged")
        move(s, actor, ean(3), 3, "Receiving", "Rack A-01")
    return ids


def names(db: Database, flt: BrowseFilter, **kw) -> list[str]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return [r.name for r in browse_page(s, flt, today=TODAY, **kw)]


def test_a_page_sums_stock_per_item(db: Database, stock) -> None:
    with db.read() as s:
        assert count_items(s, BrowseFilter()) == 4
        rows = {r.name: r for r in browse_page(s, BrowseFilter(), lang="pl", today=TODAY)}
    meat = rows["Canned meat 300 g"]
    assert (meat.quantity, meat.unit, meat.weight_kg, meat.min_stock) == (33, "pcs", Decimal("10.890"), 100)
    assert meat.below_minimum and meat.earliest_expiry == TODAY - timedelta(days=1)
    assert meat.expiring_soon == 13  # 3 expired + 10 within 30 days
    assert meat.category == "Konserwy" and meat.category_path.startswith("Żywność")
    assert rows["Sugar loose"].quantity == Decimal("12.5") and rows["Sugar loose"].earliest_expiry is None
    soap = rows["Soap 100 g"]
    assert (soap.quantity, soap.below_minimum, soap.expiring_soon) == (4, True, 0)
    assert not rows["Rice 1 kg"].below_minimum


def test_whole_catalogue_shows_items_at_zero_below_their_minimum(db: Database, stock) -> None:
    flt = BrowseFilter(in_stock_only=False)
    with db.read() as s:
        assert count_items(s, flt) == 5
        beans = next(r for r in browse_page(s, flt) if r.name.startswith("Beans"))
    assert (beans.quantity, beans.below_minimum, beans.earliest_expiry) == (0, True, None)


def test_pages_follow_each_other(db: Database, stock) -> None:
    flt = BrowseFilter(in_stock_only=False)
    every = names(db, flt)
    assert every == sorted(every)
    pages = [names(db, flt, offset=offset, limit=2) for offset in (0, 2, 4)]
    assert pages[0] + pages[1] + pages[2] == every
    assert names(db, flt, offset=10) == []
    with pytest.raises(BadInput):
        names(db, flt, limit=0)


def test_category_subtree_search_and_place(db: Database, stock) -> None:
    with db.read() as s:
        food = resolve_category(s, "FOOD").id
        dry = resolve_category(s, "FOOD.DRY").id
        rack = resolve_location(s, "Rack A-01").id
        storage = resolve_location(s, "Storage").id
    assert names(db, BrowseFilter(category_id=food)) == ["Canned meat 300 g", "Rice 1 kg", "Sugar loose"]
    assert names(db, BrowseFilter(category_id=dry)) == ["Rice 1 kg", "Sugar loose"]
    assert names(db, BrowseFilter(search="MEAT 300")) == ["Canned meat 300 g"]
    assert names(db, BrowseFilter(search="canned", in_stock_only=False)) == ["Beans canned 400 g", "Canned meat 300 g"]
    assert names(db, BrowseFilter(search="100%")) == []  # typed wildcards are plain characters
    with db.read() as s:
        at_rack = browse_page(s, BrowseFilter(location_id=rack))
        assert count_items(s, BrowseFilter(location_id=storage)) == 1  # the rack lies inside Storage
    assert [(r.name, r.quantity) for r in at_rack] == [("Soap 100 g", 3)]


def test_unicode_search_ignores_case(db: Database, actor: Actor) -> None:
    with db.write() as s:
        catalogue.add_item(s, name="Żurek w proszku", category="FOOD.DRY", unit="pcs", barcodes_=[ean(50)])
        receive(s, actor, ean(50), qty=2)
    assert names(db, BrowseFilter(search="żUREK")) == ["Żurek w proszku"]


def test_sorting_in_sql(db: Database, stock) -> None:
    flt = BrowseFilter(in_stock_only=False)
    by_qty = names(db, BrowseFilter(in_stock_only=False, sort="quantity"))
    assert by_qty == ["Beans canned 400 g", "Soap 100 g", "Rice 1 kg", "Sugar loose", "Canned meat 300 g"]
    assert names(db, BrowseFilter(sort="quantity", descending=True)) == [
        "Canned meat 300 g", "Sugar loose", "Rice 1 kg", "Soap 100 g"]
    by_expiry = names(db, BrowseFilter(in_stock_only=False, sort="expiry"))
    assert by_expiry[:2] == ["Canned meat 300 g", "Rice 1 kg"]  # undated stock goes last
    assert names(db, BrowseFilter(sort="expiry", descending=True))[:2] == ["Rice 1 kg", "Canned meat 300 g"]
    by_cat = names(db, BrowseFilter(sort="category"))
    assert by_cat == ["Canned meat 300 g", "Rice 1 kg", "Sugar loose", "Soap 100 g"]  # Food/Canned, Food/Dry, Hygiene
    assert names(db, flt, offset=1, limit=1) == [names(db, flt)[1]]
    with pytest.raises(BadInput):
        names(db, BrowseFilter(sort="colour"))
