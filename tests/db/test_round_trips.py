"""PostgreSQL over a slow link: a receive costs at most two round trips, and the statements
that travel together (db/pipeline.py) behave exactly as if sent one by one.

Round trips are counted from libpq's own protocol trace of the connection: each run of
messages the client sends after the server has answered is one round trip. (The figures
with a real delay are bench/bench_pg_trips.py's; a test counts, it never times.)
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from decimal import Decimal
from typing import Any

import pytest
from psycopg import pq
from sqlalchemy import event, func, insert, select, text

from tests.shipping_fixtures import assert_ledger_consistent
from warehouse_app.core.access.operators import add_operator
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.donations import open_donation
from warehouse_app.core.intake.receiving import receive
from warehouse_app.db.database import Database
from warehouse_app.db.models import (
    CategoryExpiryTotal,
    ItemTotal,
    Lot,
    Movement,
    MovementOrigin,
    StockLevel,
    StockOrigin,
)
from warehouse_app.db.prepared import Prepared

SOAP = "5901234123457"
pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_db(pg_template: Any) -> Iterator[Database]:
    pg_template.reset()
    database = Database(pg_template.url)
    yield database
    database.dispose()


def round_trips(db: Database, work: Callable[[], object]) -> int:
    """Run ``work`` with libpq tracing every connection it checks out; the round trips."""
    trace = tempfile.TemporaryFile("w+")
    traced: list[Any] = []

    def on_checkout(dbapi_connection: Any, *_args: Any) -> None:
        pgconn = dbapi_connection.pgconn
        pgconn.trace(trace.fileno())
        pgconn.set_trace_flags(pq.Trace.SUPPRESS_TIMESTAMPS | pq.Trace.REGRESS_MODE)
        traced.append(pgconn)

    event.listen(db.engine, "checkout", on_checkout)
    try:
        work()
    finally:
        event.remove(db.engine, "checkout", on_checkout)
        for pgconn in traced:
            pgconn.untrace()
    trace.seek(0)
    trips, answered = 0, True
    for line in trace.read().splitlines():
        direction = line.split("\t", 1)[0]
        if direction == "F" and answered:
            trips += 1
        if direction in ("F", "B"):
            answered = direction == "B"
    return trips


def _warehouse(db: Database) -> tuple[Actor, int, int]:
    with db.write() as s:
        item = catalogue.add_item(s, name="Mydło", category="HYGIENE", unit="pcs", barcodes_=[SOAP],
                                  unit_weight_kg="0.1")
        staff = Actor(add_operator(s, "Ola", "staff").id, "station-1")
        donation = open_donation(s, staff).id
    with db.write() as s:  # the first scan of a lot makes the lot and its level
        receive(s, staff, SOAP, qty=2, donation=donation)
    return staff, donation, item.id


def test_a_receive_takes_two_round_trips_and_writes_what_it_always_wrote(pg_db: Database) -> None:
    staff, donation, item_id = _warehouse(pg_db)
    results = []

    def scan() -> None:
        with pg_db.write() as s:
            results.append(receive(s, staff, SOAP, qty=3, donation=donation))

    assert 1 <= round_trips(pg_db, scan) <= 2
    receipt = results[0]
    assert receipt.level_at_location == 5 and receipt.quantity == 3
    with pg_db.read() as s:
        row = s.get(Movement, receipt.movement_id)
        assert row is not None and (row.kind, row.quantity, row.donation_id, row.from_location_id) == (
            "receive", Decimal(3), donation, None)
        level = s.execute(select(StockLevel).where(StockLevel.item_id == item_id)).scalar_one()
        assert level.quantity == 5 and level.location_id == row.to_location_id
        origins = dict(s.execute(select(StockOrigin.source_id, StockOrigin.quantity)
                                 .where(StockOrigin.level_id == level.id)).all())
        assert origins[receipt.movement_id] == 3 and sum(origins.values()) == 5  # its own units, as a source
        assert s.scalar(select(ItemTotal.quantity).where(ItemTotal.item_id == item_id)) == 5
        assert s.scalar(select(func.sum(CategoryExpiryTotal.weight_mg))) == 5000 * 100  # 5 x 0.1 kg in mg
    assert_ledger_consistent(pg_db)


def test_scans_in_a_row_each_take_two_round_trips(pg_db: Database) -> None:
    staff, donation, _item = _warehouse(pg_db)
    for expected in (3, 4, 5):
        def scan(expected: int = expected) -> None:
            with pg_db.write() as s:
                assert receive(s, staff, SOAP, donation=donation).level_at_location == expected
        assert 1 <= round_trips(pg_db, scan) <= 2
    assert_ledger_consistent(pg_db)


_BAD_LOT = Prepared(insert(Lot.__table__), column_keys=("item_id", "expiry", "lot_code"))


def test_a_deferred_write_runs_before_the_next_statement_and_in_order(pg_db: Database) -> None:
    _staff, _donation, item_id = _warehouse(pg_db)
    with pg_db.write() as s:
        _BAD_LOT.defer(s, {"item_id": item_id, "expiry": None, "lot_code": "L-1"})
        _BAD_LOT.defer(s, {"item_id": item_id, "expiry": None, "lot_code": "L-2"})
        codes = s.scalars(select(Lot.lot_code).where(Lot.lot_code.like("L-%")).order_by(Lot.id)).all()
    assert codes == ["L-1", "L-2"]


def test_a_deferred_write_that_fails_fails_the_commit_and_changes_nothing(pg_db: Database) -> None:
    _staff, _donation, item_id = _warehouse(pg_db)
    with pytest.raises(Exception, match="foreign key"), pg_db.write() as s:
        _BAD_LOT.defer(s, {"item_id": item_id, "expiry": None, "lot_code": "kept?"})
        _BAD_LOT.defer(s, {"item_id": 999_999, "expiry": None, "lot_code": "no such item"})
    with pg_db.read() as s:
        assert s.scalar(select(func.count()).select_from(Lot).where(Lot.lot_code != "")) == 0
    with pg_db.write() as s:  # the connection is clean afterwards
        _BAD_LOT.defer(s, {"item_id": item_id, "expiry": None, "lot_code": "next"})
    with pg_db.read() as s:
        assert s.scalars(select(Lot.lot_code).where(Lot.lot_code != "")).all() == ["next"]


def test_a_script_of_several_statements_still_runs_after_queued_writes(pg_db: Database) -> None:
    _staff, _donation, item_id = _warehouse(pg_db)
    with pg_db.write() as s:
        _BAD_LOT.defer(s, {"item_id": item_id, "expiry": None, "lot_code": "S-1"})
        s.execute(text("UPDATE lot SET lot_code = 'S-2' WHERE lot_code = 'S-1'; SELECT 1"))
    with pg_db.read() as s:
        assert s.scalars(select(Lot.lot_code).where(Lot.lot_code != "")).all() == ["S-2"]


def test_a_unit_that_reads_nothing_sends_nothing(pg_db: Database) -> None:
    def nothing() -> None:
        with pg_db.write():
            pass
        with pg_db.read():
            pass

    pg_db.engine.dispose()
    with pg_db.read() as s:  # connect outside the count
        s.scalar(select(1))
    assert round_trips(pg_db, nothing) == 0


def test_the_savepoint_of_a_planned_take_costs_no_round_trip(pg_db: Database, monkeypatch) -> None:
    """``ledger.replanned`` queues its SAVEPOINT and RELEASE: a move costs what it cost
    without them, and the ledger stays consistent."""
    from warehouse_app.core.stock import changes

    staff, donation, _item = _warehouse(pg_db)
    with pg_db.write() as s:
        receive(s, staff, SOAP, qty=8, donation=donation)
        manager = Actor(add_operator(s, "Kierownik", "manager").id, "station-1")

    def a_move() -> None:
        with pg_db.write() as s:
            changes.move(s, manager, SOAP, 2, "Receiving", "Storage")

    with_savepoint = round_trips(pg_db, a_move)
    monkeypatch.setattr(changes, "replanned", lambda _session, attempt: attempt())
    without = round_trips(pg_db, a_move)
    assert with_savepoint == without
    assert_ledger_consistent(pg_db)


def _shelves_and_a_box_and_a_truck(db: Database) -> tuple[Actor, str, str]:
    """Soap from two receipts on the shelf (its units come from two sources), a loader, an
    open box and a truck in planning."""
    from warehouse_app.core.shipping.containers import create_container
    from warehouse_app.core.shipping.shipments import create_truck

    staff, donation, _item = _warehouse(db)
    with db.write() as s:
        receive(s, staff, SOAP, qty=10, donation=donation)
        loader = Actor(add_operator(s, "Olek", "loader").id, "station-2")
    with db.write() as s:
        return loader, create_container(s, loader, "box").code, create_truck(s, loader, destination="Lviv").number


def test_a_packing_scan_takes_two_round_trips_and_packs_as_ever(pg_db: Database) -> None:
    from warehouse_app.core.shipping.containers import container_contents, get_container, pack

    loader, box, _truck = _shelves_and_a_box_and_a_truck(pg_db)
    results = []

    def scan(qty: int) -> None:
        with pg_db.write() as s:
            results.append(pack(s, loader, box, SOAP, qty=qty))

    assert 1 <= round_trips(pg_db, lambda: scan(1)) <= 2  # the first into the box: its category claimed
    assert 1 <= round_trips(pg_db, lambda: scan(3)) <= 2  # the first receipt's last unit, 2 of the next one's
    with pg_db.read() as s:
        assert results[-1].box == get_container(s, box)
        assert [(line.item_name, line.quantity) for line in container_contents(s, box)] == [("Mydło", 4)]
        splits = s.execute(select(MovementOrigin.movement_id, MovementOrigin.quantity)
                           .join(Movement, Movement.id == MovementOrigin.movement_id)
                           .where(Movement.kind == "move").order_by(MovementOrigin.movement_id,
                                                                    MovementOrigin.source_id)).all()
    assert [qty for _row, qty in splits] == [1, 1, 2]  # first received, first out, across two receipts
    assert_ledger_consistent(pg_db)


def test_a_loading_scan_takes_two_round_trips_and_answers_the_totals_as_read(pg_db: Database) -> None:
    """Its reads, then its writes with the COMMIT; the truck's totals it answers with are
    counted from the load it read and what it moved, and equal a fresh read's."""
    from warehouse_app.core.shipping.shipments import load, truck_totals

    loader, _box, truck = _shelves_and_a_box_and_a_truck(pg_db)
    answers = []

    def scan() -> None:
        with pg_db.write() as s:
            answers.append(load(s, loader, truck, SOAP, qty=2))

    for _scan in range(2):  # the truck's first load (its status becomes loading), then the next
        assert 1 <= round_trips(pg_db, scan) <= 2
        with pg_db.read() as s:
            assert answers[-1].totals == truck_totals(s, truck)
    assert answers[-1].totals.pieces == 4 and answers[-1].totals.net_kg == Decimal("0.4")
    assert_ledger_consistent(pg_db)


def test_a_box_loaded_whole_takes_two_round_trips(pg_db: Database) -> None:
    from warehouse_app.core.shipping.containers import get_container, pack, seal
    from warehouse_app.core.shipping.shipments import load, truck_totals

    loader, box, truck = _shelves_and_a_box_and_a_truck(pg_db)
    with pg_db.write() as s:
        pack(s, loader, box, SOAP, qty=3)
        seal(s, loader, box, gross_kg="0.5")
    answers = []

    def scan() -> None:
        with pg_db.write() as s:
            answers.append(load(s, loader, truck, box))

    assert 1 <= round_trips(pg_db, scan) <= 2
    with pg_db.read() as s:
        assert answers[0].totals == truck_totals(s, truck) and answers[0].totals.gross_kg == Decimal("0.5")
        assert get_container(s, box).truck_number == truck
    assert answers[0].warnings == ()
    assert_ledger_consistent(pg_db)
