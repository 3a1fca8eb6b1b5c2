"""The loader's picture of the trucks: a scan's write answers with what moved (the lists are read
after it committed); saving and dispatching read the picture back in their own unit of work."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.shipping_fixtures import BLANKET, TINS, Goods, assert_ledger_consistent
from tests.statements import recorded
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.shipping import truck_loading
from warehouse_app.core.shipping.containers import create_container, pack, seal
from warehouse_app.core.shipping.shipments import ShelfLifeTooShort, dispatch, load, truck_totals
from warehouse_app.core.shipping.truck_loading import (
    ScanTarget,
    dispatch_truck,
    load_scan,
    save_truck,
    scan_target,
    trucks_state,
    unload_scan,
)
from warehouse_app.db.database import Database
from warehouse_app.kernel.errors import Conflict, NotEnoughStock

DEPARTURE = date(2027, 1, 15)  # tins expiring 2027-03-31 are too short-dated for it


def _truck(db: Database, actor: Actor) -> str:
    with db.write() as s:
        return save_truck(s, actor, None, {"destination": "Lviv", "plate": "wx 1",
                                           "planned_departure": DEPARTURE}).result.number


def test_a_new_truck_is_saved_and_selected(db: Database, actor: Actor) -> None:
    with db.write() as s:
        made = save_truck(s, actor, None, {"destination": "Kharkiv", "driver": "Petro"})
    assert made.result.city == "Kharkiv" and made.result.status == "planning"
    view = made.state.view
    assert view is not None and view.number == made.result.number and view.editable
    assert [t.truck.number for t in made.state.trucks] == [made.result.number]
    assert view.load.packages == () and view.totals.packages == 0
    with db.write() as s:
        edited = save_truck(s, actor, made.result.number, {"seal_number": "S-9"})
    assert edited.result.seal_number == "S-9" and edited.state.view is not None
    assert edited.state.view.load.truck.seal_number == "S-9"


def test_a_scan_answers_with_what_was_committed(db: Database, actor: Actor, goods: Goods) -> None:
    number = _truck(db, actor)
    with db.write() as s:
        box = create_container(s, actor, "box").code
        pack(s, actor, box, BLANKET, qty=4)
        seal(s, actor, box, gross_kg="5.5")
    with db.write() as s:
        boxed = load_scan(s, actor, number, box.lower())
        loose = load_scan(s, actor, number, BLANKET, "3")
    assert (boxed.what, boxed.code) == ("box", box)
    assert loose.quantity == 3 and loose.item_name == "Koc polarowy"
    with db.read() as s:  # what the screen reads after the scan committed
        view = trucks_state(s, number).view
    assert view is not None and view.totals == loose.totals
    assert view.totals.packages == 1 and view.totals.pieces == 7
    assert [p.label_code for p in view.load.packages] == [box] and len(view.load.loose) == 1
    with db.write() as s:
        back = unload_scan(s, actor, number, BLANKET, "2")
    assert back.quantity == 2 and back.totals.pieces == 5
    with db.read() as s:
        assert truck_totals(s, number).pieces == 5
    assert_ledger_consistent(db)


def test_a_refused_scan_changes_nothing(db: Database, actor: Actor, goods: Goods) -> None:
    number = _truck(db, actor)
    with pytest.raises(NotEnoughStock), db.write() as s:
        load_scan(s, actor, number, BLANKET, "999")
    with db.read() as s:
        assert truck_totals(s, number).pieces == 0


def test_short_shelf_life_needs_a_managers_reason(db: Database, actor: Actor, manager: Actor, goods: Goods) -> None:
    number = _truck(db, actor)
    with pytest.raises(ShelfLifeTooShort), db.write() as s:
        load_scan(s, actor, number, TINS, "25")  # 20 tins may go; the other 10 are short-dated
    with db.write() as s:
        done = load_scan(s, manager, number, TINS, "25", override_reason="used this week")
    assert done.totals.pieces == 25
    assert any("override" in w for w in done.warnings)


def test_dispatch_locks_the_truck_and_the_scan_target_follows(db: Database, actor: Actor, goods: Goods) -> None:
    number = _truck(db, actor)
    with db.read() as s:
        view = trucks_state(s, number).view
    assert scan_target(None, False) is ScanTarget.NO_TRUCK
    assert scan_target(view, False) is ScanTarget.LOAD and scan_target(view, True) is ScanTarget.UNLOAD
    with db.write() as s:
        load_scan(s, actor, number, BLANKET, "2")
        gone = dispatch_truck(s, actor, number)
    assert gone.result.status == "dispatched"
    assert gone.state.view is not None and not gone.state.view.editable
    assert scan_target(gone.state.view, False) is ScanTarget.LEFT is scan_target(gone.state.view, True)
    with pytest.raises(Conflict), db.write() as s:
        load_scan(s, actor, number, BLANKET, "1")


def test_open_trucks_first_then_only_the_latest_dispatched(db: Database, actor: Actor, goods: Goods,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(truck_loading, "RECENT_DISPATCHED", 2)
    numbers = [_truck(db, actor) for _ in range(5)]
    with db.write() as s:
        for number in numbers[1:4]:
            load(s, actor, number, BLANKET, qty=1)
            dispatch(s, actor, number)
    with db.read() as s:
        state = trucks_state(s, None)
    assert state.view is None
    assert [t.truck.number for t in state.trucks] == [numbers[4], numbers[0], numbers[3], numbers[2]]
    assert state.trucks[2].totals.gross_kg == Decimal("1.25")


def test_the_lots_a_loader_may_choose_are_those_that_may_go(db: Database, actor: Actor, goods: Goods) -> None:
    """Tins expiring 2027-03-31 are too short-dated for a 2027-01-15 departure (canned food:
    90 days): only the 2028 lot is offered; a box label offers nothing (it goes whole)."""
    number = _truck(db, actor)
    with db.write() as s:
        box = create_container(s, actor, "box").code
        pack(s, actor, box, BLANKET, qty=2)
        receive(s, actor, TINS, qty=5, expiry="2028-06-30")
    with db.read() as s:
        lots = truck_loading.lot_choice(s, number, TINS)
        assert [(lot.expiry, lot.quantity) for lot in lots] == [(date(2028, 1, 31), 20), (date(2028, 6, 30), 5)]
        assert truck_loading.lot_choice(s, number, box) == ()
    with db.write() as s:
        done = truck_loading.load_scan(s, actor, number, TINS, "3", lot_id=lots[1].lot_id)
    assert done.expiries == (date(2028, 6, 30),) and done.quantity == 3
    assert_ledger_consistent(db)


def test_a_scans_write_reads_neither_the_truck_list_nor_the_packing_list(db: Database, actor: Actor,
                                                                        goods: Goods) -> None:
    """On SQLite a write holds the one writer lock every intake station waits for: a load or
    unload runs its own statements only, as many with one truck as with many full ones."""
    number = _truck(db, actor)

    def scan_statements(unloading: bool = False) -> list[str]:
        with recorded(db) as statements, db.write() as s:
            (unload_scan if unloading else load_scan)(s, actor, number, BLANKET, "1")
        return statements

    scan_statements()  # the first load also marks the truck as loading
    alone = scan_statements()
    for _ in range(4):  # more trucks, each with a load, and more packages on this one
        other = _truck(db, actor)
        with db.write() as s:
            load(s, actor, other, BLANKET, qty=1)
            box = create_container(s, actor, "box").code
            pack(s, actor, box, BLANKET, qty=1)
            load(s, actor, number, box)
    crowded = scan_statements()
    assert len(crowded) == len(alone)
    with recorded(db) as reads, db.read() as s:
        trucks_state(s, number)  # what the screen reads after the scan committed
    lists = [sql for sql in reads if "from shipment" in sql and "order by shipment.id desc" in sql]
    assert lists and not [sql for sql in crowded + scan_statements(unloading=True) if sql in lists]
