"""Stocktake: what is expected at a place, and a count recorded whole or not at all."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.catalogue.barcodes import gtin_check_digit
from warehouse_app.core.catalogue.categories import resolve_category
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.stock.changes import move
from warehouse_app.core.stock.integrity import check_stock_levels
from warehouse_app.core.stock.locations import add_location
from warehouse_app.core.stock.stocktake import CountedLine, expected_stock, identify_scan, record_count
from warehouse_app.db.database import Database
from warehouse_app.db.models import Movement
from warehouse_app.kernel.errors import BadInput

WATER = "5901234123457"
SOAP = "590000000014" + gtin_check_digit("590000000014")


@pytest.fixture
def goods(db: Database, actor: Actor) -> None:
    with db.write() as s:
        add_location(s, name="Rack A-01", kind="bin", parent="Storage")
        catalogue.add_item(s, name="Woda 1,5 l", category="FOOD", unit="pcs", barcodes_=[WATER, (
            "1" + WATER[:-1] + gtin_check_digit("1" + WATER[:-1]), 6)], tracks_expiry=True)
        catalogue.add_item(s, name="Mydło 100 g", category="HYGIENE", unit="pcs", barcodes_=[SOAP])
        receive(s, actor, WATER, qty=10, expiry="2027-01-31")
        receive(s, actor, WATER, qty=5, expiry="2026-12-31")
        receive(s, actor, SOAP, qty=8)
        move(s, actor, SOAP, 3, "Receiving", "Rack A-01")


def adjustments(db: Database) -> list[tuple[str, Decimal, str | None]]:
    with db.read() as s:
        return [(m.kind, m.quantity, m.reason) for m in s.scalars(
            select(Movement).where(Movement.kind == "adjust").order_by(Movement.id))]


def test_expected_stock_lists_each_lot_at_each_place(db: Database, goods) -> None:
    with db.read() as s:
        lines = expected_stock(s, "Receiving")
        storage = expected_stock(s, "Storage")
        hygiene = expected_stock(s, "Main warehouse", category_id=resolve_category(s, "HYGIENE").id)
    assert [(x.item_name, x.expiry, x.expected) for x in lines] == [
        ("Mydło 100 g", None, 5), ("Woda 1,5 l", date(2026, 12, 31), 5), ("Woda 1,5 l", date(2027, 1, 31), 10)]
    assert [(x.item_name, x.location_name, x.expected) for x in storage] == [("Mydło 100 g", "Rack A-01", 3)]
    assert [(x.location_name, x.expected) for x in hygiene] == [("Receiving", 5), ("Rack A-01", 3)]
    with db.read() as s, pytest.raises(BadInput, match="more than 2 lots"):
        expected_stock(s, "Receiving", limit=2)


def test_a_count_records_only_the_differences(db: Database, actor: Actor, goods) -> None:
    with db.read() as s:
        lines = expected_stock(s, "Receiving")
    counted = [CountedLine(x.item_id, x.location_code, c, x.expiry, x.lot_code) for x, c in zip(lines, ["4", 5, "12"])]
    with db.write() as s:
        changes = record_count(s, actor, counted, "monthly count")
    assert sorted(c.quantity for c in changes) == [-1, 2]
    assert adjustments(db) == [("adjust", 1, "monthly count"), ("adjust", 2, "monthly count")]
    with db.read() as s:
        assert [x.expected for x in expected_stock(s, "Receiving")] == [4, 5, 12]
        assert check_stock_levels(s).ok


def test_a_count_needs_a_reason_and_is_all_or_nothing(db: Database, actor: Actor, goods) -> None:
    with db.read() as s:
        soap, water, _ = expected_stock(s, "Receiving")
    good = CountedLine(soap.item_id, soap.location_code, 1)
    with pytest.raises(BadInput, match="reason"), db.write() as s:
        record_count(s, actor, [good], "  ")
    with pytest.raises(BadInput, match="needs an expiry"), db.write() as s:  # goods found where none were expected
        record_count(s, actor, [good, CountedLine(water.item_id, "Rack A-01", 2)], "count")
    assert adjustments(db) == []


def test_a_scan_names_the_item_and_its_units(db: Database, goods) -> None:
    case = "1" + WATER[:-1] + gtin_check_digit("1" + WATER[:-1])
    gs1 = f"01{case}17270131"
    with db.read() as s:
        single = identify_scan(s, WATER)
        boxed = identify_scan(s, gs1)
        assert s.scalar(select(func.count()).select_from(Movement)) == 4
    assert (single.item_name, single.units, single.expiry) == ("Woda 1,5 l", 1, None)
    assert (boxed.units, boxed.expiry) == (6, date(2027, 1, 31))
