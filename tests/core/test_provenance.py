"""Provenance: every unit in stock is attributable to the receipt (donation) it came in with,
through moves, write-offs, counts and reversals: first received, first out (core/origins.py)."""

from __future__ import annotations

import importlib
from decimal import Decimal

import pytest
from sqlalchemy import select, text, update

from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.donations import open_donation
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.origins import ReceiptMovedOn
from warehouse_app.core.stock.changes import adjust, move, reverse, write_off
from warehouse_app.core.stock.integrity import check_stock_levels
from warehouse_app.core.stock.locations import add_location
from warehouse_app.db.database import Database
from warehouse_app.db.models import Donation, Location, Movement, MovementOrigin, StockLevel, StockOrigin

SOAP = "5901234123457"


def _by_donation(db: Database, place: str | None = None) -> dict[tuple[str, str], Decimal]:
    """(place name, donation number) -> units there now, from stock_origin."""
    with db.read() as s:
        query = (
            select(Location.name, Donation.number, StockOrigin.quantity)
            .join(StockLevel, StockLevel.id == StockOrigin.level_id)
            .join(Location, Location.id == StockLevel.location_id)
            .join(Movement, Movement.id == StockOrigin.source_id)
            .join(Donation, Donation.id == Movement.donation_id)
        )
        found: dict[tuple[str, str], Decimal] = {}
        for name, number, qty in s.execute(query):
            if qty and (place is None or name == place):
                found[(name, number)] = found.get((name, number), Decimal(0)) + qty
        return found


@pytest.fixture
def two_gifts(db: Database, actor: Actor) -> dict[str, str]:
    """Soap from Anna (10, received first) and from Bogdan (6), in one lot at Receiving."""
    with db.write() as s:
        catalogue.add_item(s, name="Mydło", category="HYGIENE", unit="pcs", barcodes_=[SOAP], unit_weight_kg="0.1")
        add_location(s, name="Rack A", kind="bin", parent="Storage")
        anna = open_donation(s, actor, donor="Anna")
        receive(s, actor, SOAP, qty=10, donation=anna.number)
        bogdan = open_donation(s, actor, donor="Bogdan")
        receive(s, actor, SOAP, qty=6, donation=bogdan.number)
    return {"anna": anna.number, "bogdan": bogdan.number}


def _ok(db: Database) -> None:
    with db.read() as s:
        report = check_stock_levels(s)
    assert report.ok, report


def test_takes_are_first_received_first_out(db: Database, actor: Actor, two_gifts: dict[str, str]) -> None:
    anna, bogdan = two_gifts["anna"], two_gifts["bogdan"]
    with db.write() as s:
        move(s, actor, SOAP, 12, "Receiving", "Rack A")
    assert _by_donation(db) == {("Rack A", anna): 10, ("Rack A", bogdan): 2, ("Receiving", bogdan): 4}
    with db.write() as s:
        write_off(s, actor, SOAP, 11, "damaged", location="Rack A")
    assert _by_donation(db) == {("Rack A", bogdan): 1, ("Receiving", bogdan): 4}
    with db.read() as s:  # the write-off's split says whose gift left: all of Anna's, one of Bogdan's
        parts = s.execute(select(Donation.number, MovementOrigin.quantity)
                          .join(Movement, Movement.id == MovementOrigin.source_id)
                          .join(Donation, Donation.id == Movement.donation_id)
                          .where(MovementOrigin.movement_id == select(Movement.id).where(Movement.kind == "write_off")
                                 .scalar_subquery())).all()
    assert sorted(parts) == [(anna, 10), (bogdan, 1)]
    _ok(db)


def test_reversals_put_back_the_same_gifts(db: Database, actor: Actor, two_gifts: dict[str, str]) -> None:
    anna, bogdan = two_gifts["anna"], two_gifts["bogdan"]
    with db.write() as s:
        moved = move(s, actor, SOAP, 12, "Receiving", "Rack A").lines[0].movement_id
        gone = write_off(s, actor, SOAP, 3, "expired", location="Rack A").lines[0].movement_id
    assert _by_donation(db, "Rack A") == {("Rack A", anna): 7, ("Rack A", bogdan): 2}
    with db.write() as s:
        reverse(s, actor, gone, "found them")  # Anna's three come back, not anyone's
    assert _by_donation(db, "Rack A") == {("Rack A", anna): 10, ("Rack A", bogdan): 2}
    with db.write() as s:
        reverse(s, actor, moved, "wrong rack")  # the same twelve go back: Anna's ten and Bogdan's two
    assert _by_donation(db) == {("Receiving", anna): 10, ("Receiving", bogdan): 6}
    _ok(db)


def test_undoing_a_receipt_takes_that_receipts_own_goods(db: Database, actor: Actor,
                                                         two_gifts: dict[str, str]) -> None:
    anna, bogdan = two_gifts["anna"], two_gifts["bogdan"]
    with db.read() as s:
        bogdans = s.scalar(select(Movement.id).join(Donation, Donation.id == Movement.donation_id)
                           .where(Donation.number == bogdan))
        annas = s.scalar(select(Movement.id).join(Donation, Donation.id == Movement.donation_id)
                         .where(Donation.number == anna))
    assert bogdans is not None and annas is not None
    with db.write() as s:
        move(s, actor, SOAP, 4, "Receiving", "Rack A")  # four of Anna's, first received
    with pytest.raises(ReceiptMovedOn) as refused, db.write() as s:
        reverse(s, actor, annas, "mistake")  # twelve lie at Receiving, but only six are Anna's
    assert "Only 6 pcs" in str(refused.value)
    with db.write() as s:
        reverse(s, actor, bogdans, "scanned into the wrong donation")  # Bogdan's six, though Anna's came first
    assert _by_donation(db) == {("Receiving", anna): 6, ("Rack A", anna): 4}
    _ok(db)


def test_a_count_that_finds_goods_is_a_source_of_its_own(db: Database, actor: Actor,
                                                         two_gifts: dict[str, str]) -> None:
    bogdan = two_gifts["bogdan"]
    with db.write() as s:
        adjust(s, actor, SOAP, 20, "Receiving", "found a carton")
        found = s.scalar(select(Movement.id).where(Movement.kind == "adjust"))
        adjust(s, actor, SOAP, 9, "Receiving", "count")  # eleven fewer: Anna's ten and one of Bogdan's
    assert _by_donation(db) == {("Receiving", bogdan): 5}
    with db.read() as s:
        unattributed = s.scalar(select(StockOrigin.quantity).where(StockOrigin.source_id == found))
    assert unattributed == 4  # the found carton: no donor, but accounted for
    _ok(db)


def test_db_check_finds_provenance_that_does_not_add_up(db: Database, actor: Actor,
                                                        two_gifts: dict[str, str]) -> None:
    with db.write() as s:
        move(s, actor, SOAP, 12, "Receiving", "Rack A")
    with db.write() as s:
        s.execute(update(StockOrigin).where(StockOrigin.quantity == 10).values(quantity=Decimal(9)))
    with db.read() as s:
        report = check_stock_levels(s)
    assert not report.ok and not report.differences
    assert {d.what.split(" at ")[0] for d in report.origin_differences} >= {"stock level #" + str(
        s_id) for s_id in _level_ids(db, "Rack A")}


def _level_ids(db: Database, place: str) -> list[int]:
    with db.read() as s:
        return list(s.scalars(select(StockLevel.id).join(Location, Location.id == StockLevel.location_id)
                              .where(Location.name == place)))


def test_the_upgrade_backfill_replays_what_the_app_records(db: Database, actor: Actor,
                                                           two_gifts: dict[str, str]) -> None:
    """The upgrade's backfill, run on the ledger the app wrote, gives the origins the app recorded."""
    with db.write() as s:
        moved = move(s, actor, SOAP, 12, "Receiving", "Rack A").lines[0].movement_id
        gone = write_off(s, actor, SOAP, 3, "expired", location="Rack A").lines[0].movement_id
        reverse(s, actor, gone, "found")
        adjust(s, actor, SOAP, 1, "Receiving", "count")
        reverse(s, actor, moved, "wrong rack")
    snapshot = _origin_tables(db)
    assert len(snapshot[1]) >= 5
    migration = importlib.import_module("warehouse_app.db.migrations.versions.0007_provenance")
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM stock_origin"))
        conn.execute(text("DELETE FROM movement_origin"))
        migration.backfill(conn)
    assert _origin_tables(db) == snapshot
    _ok(db)


def _origin_tables(db: Database) -> tuple[list[tuple[int, ...]], list[tuple[int, ...]]]:
    with db.engine.connect() as conn:
        stock = [tuple(r) for r in conn.execute(text(
            "SELECT level_id, source_id, quantity FROM stock_origin WHERE quantity > 0 ORDER BY 1, 2"))]
        moved = [tuple(r) for r in conn.execute(text(
            "SELECT movement_id, source_id, quantity FROM movement_origin ORDER BY 1, 2"))]
    return stock, moved
