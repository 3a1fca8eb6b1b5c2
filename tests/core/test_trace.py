"""Where did my donation go: the golden journey of two donors' gifts through shelves, boxes,
a pallet, a write-off, a reversal and two trucks; every trace adds up exactly."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal

import pytest

from tests.shipping_fixtures import assert_ledger_consistent
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.donations import open_donation
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.shipping.containers import create_container, pack, put_on_pallet, seal
from warehouse_app.core.shipping.packing_list import packing_list
from warehouse_app.core.shipping.shipments import create_truck, dispatch, load
from warehouse_app.core.stock.changes import move, reverse, write_off
from warehouse_app.core.stock.locations import add_location
from warehouse_app.core.trace.data import STATES
from warehouse_app.core.trace.journey import trace_donation, trace_donor, trace_donors, trace_truck
from warehouse_app.db.database import Database
from warehouse_app.kernel.errors import NotFound

SOAP, BLANKET, TINS = "5901234123457", "4006381333931", "5449000000996"


@pytest.fixture
def journey(db: Database, actor: Actor) -> dict[str, str]:
    with db.write() as s:
        catalogue.add_item(s, name="Mydło", category="HYGIENE", unit="pcs", barcodes_=[SOAP], unit_weight_kg="0.1")
        catalogue.add_item(s, name="Koc", category="BEDDING.BLANKETS", unit="pcs", barcodes_=[BLANKET],
                           unit_weight_kg="1.25")
        catalogue.add_item(s, name="Konserwa", category="FOOD.CANNED", unit="pcs", barcodes_=[TINS],
                           unit_weight_kg="0.4", tracks_expiry=True)
        add_location(s, name="Rack A", kind="bin", parent="Storage")
        anna = open_donation(s, actor, donor="Anna Kowalska").number
        receive(s, actor, SOAP, qty=10, donation=anna)
        receive(s, actor, BLANKET, qty=8, donation=anna)
        receive(s, actor, TINS, qty=12, expiry="2028-01-31", lot_code="L1", donation=anna)
        bogdan = open_donation(s, actor, donor="Bogdan Nowak").number
        receive(s, actor, SOAP, qty=6, donation=bogdan)  # the same lot at the same place as Anna's
        receive(s, actor, TINS, qty=6, expiry="2028-01-31", lot_code="L1", donation=bogdan)
        receive(s, actor, BLANKET, qty=2, donation=bogdan)
    with db.write() as s:
        move(s, actor, SOAP, 12, "Receiving", "Rack A")  # Anna's ten, then two of Bogdan's
        wrong = move(s, actor, BLANKET, 3, "Receiving", "Rack A").lines[0].movement_id
        reverse(s, actor, wrong, "wrong rack")
        write_off(s, actor, SOAP, 1, "crushed", location="Rack A")
        soap_box, tins_box, blanket_box = (create_container(s, actor, "box").code for _ in range(3))
        pack(s, actor, soap_box, SOAP, qty=8)
        pack(s, actor, tins_box, TINS, qty=10)
        pack(s, actor, blanket_box, BLANKET, qty=5)
        pallet = create_container(s, actor, "pallet").code
        put_on_pallet(s, actor, pallet, blanket_box)
        for box in (soap_box, tins_box, blanket_box):
            seal(s, actor, box)
        kharkiv = create_truck(s, actor, destination="Kharkiv", recipient="Kharkiv Aid Hub", plate="KH 1").number
        lviv = create_truck(s, actor, destination="Lviv", recipient="Lviv Volunteer Hub", plate="LV 1").number
        load(s, actor, kharkiv, soap_box)
        load(s, actor, kharkiv, pallet)
        load(s, actor, lviv, tins_box)
        load(s, actor, lviv, SOAP, qty=2)
        dispatch(s, actor, kharkiv)
        dispatch(s, actor, lviv)
        # still at the warehouse: a box being packed for a third truck
        waiting = create_container(s, actor, "box").code
        pack(s, actor, waiting, TINS, qty=4)
    return {"anna": anna, "bogdan": bogdan, "kharkiv": kharkiv, "lviv": lviv, "waiting": waiting,
            "soap_box": soap_box}


def _sums(rows: object, key: str = "item") -> dict[str, Decimal]:
    sums: dict[str, Decimal] = defaultdict(Decimal)
    for row in rows:  # type: ignore[attr-defined]
        sums[getattr(row, key)] += row.quantity
    return dict(sums)


def test_every_donation_adds_up_to_what_was_received(db: Database, journey: dict[str, str]) -> None:
    with db.read() as s:
        anna, bogdan = trace_donation(s, journey["anna"]), trace_donation(s, journey["bogdan"])
    assert _sums(anna.received) == {"Mydło": 10, "Koc": 8, "Konserwa": 12}
    assert _sums(bogdan.received) == {"Mydło": 6, "Konserwa": 6, "Koc": 2}
    for trace in (anna, bogdan):
        assert _sums(trace.rows) == _sums(trace.received)
        assert {row.state for row in trace.rows} <= set(STATES)
        assert all(row.donation == trace.number for row in trace.rows)
    # first received, first out within each place: the write-off at Rack A took Anna's soap (hers
    # came first); packing took Bogdan's four at Receiving, then four of Anna's from Rack A
    annas_soap = {(row.state, row.truck, row.reason): row.quantity for row in anna.rows if row.item == "Mydło"}
    assert annas_soap == {("written_off", None, "crushed"): 1, ("dispatched", journey["kharkiv"], None): 4,
                          ("dispatched", journey["lviv"], None): 2, ("in_stock", None, None): 3}
    # the tins lot the two share at Receiving: Anna's twelve first
    tins = {(r.donation, r.state): r.quantity for r in (*anna.rows, *bogdan.rows) if r.item == "Konserwa"}
    assert tins == {(journey["anna"], "dispatched"): 10, (journey["anna"], "packed"): 2,
                    (journey["bogdan"], "packed"): 2, (journey["bogdan"], "in_stock"): 4}
    dispatched = [r for r in anna.rows if r.state == "dispatched"]
    assert all(r.destination and r.recipient and r.dispatched_at for r in dispatched)


def test_every_truck_adds_up_to_its_packing_list(db: Database, journey: dict[str, str]) -> None:
    with db.read() as s:
        donations = [trace_donation(s, journey[who]) for who in ("anna", "bogdan")]
        for truck in (journey["kharkiv"], journey["lviv"]):
            trace = trace_truck(s, truck)
            papers = packing_list(s, truck)
            listed: dict[str, Decimal] = defaultdict(Decimal)
            for line in (*(line for p in papers.packages for line in p.lines), *papers.loose):
                listed[line.item_name] += line.quantity
            assert _sums(trace.rows) == dict(listed) and trace.unattributed == ()
            # the donors' traces say the same, donation by donation
            on_truck: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
            for d in donations:
                for row in d.rows:
                    if row.truck == truck:
                        on_truck[(row.donation, row.item)] += row.quantity
            from_truck: dict[tuple[str, str], Decimal] = defaultdict(Decimal)
            for row in trace.rows:
                from_truck[(row.donation, row.item)] += row.quantity
            assert dict(on_truck) == dict(from_truck)
        assert trace_truck(s, journey["kharkiv"]).donors == ("Anna Kowalska", "Bogdan Nowak")
        assert trace_truck(s, journey["lviv"]).donations == (journey["anna"],)
    assert_ledger_consistent(db)


def test_the_summary_says_how_much_left_and_where(db: Database, journey: dict[str, str]) -> None:
    with db.read() as s:
        donor = trace_donor(s, "anna kowalska")
        everyone = trace_donors(s)
    summary = donor.summary
    assert summary.measure == "kg" and summary.trucks == tuple(sorted((journey["kharkiv"], journey["lviv"])))
    assert summary.destinations == ("Kharkiv, Ukraine", "Lviv, Ukraine")
    # Anna gave 1 + 10 + 4.8 = 15.8 kg; left: 6 soap (0.6) + 5 blankets (6.25) + 10 tins (4.0) = 10.85 kg
    assert summary.share_left == Decimal(69)
    assert dict(summary.by_state) == {"in_stock": Decimal("4.05"), "packed": Decimal("0.8"),
                                      "dispatched": Decimal("10.85"), "written_off": Decimal("0.1")}
    assert [d.donor for d in everyone] == ["Anna Kowalska", "Bogdan Nowak"]
    assert sum(len(d.donations) for d in everyone) == 2


def test_a_truck_being_loaded_shows_its_donors_and_unknown_names_are_refused(
        db: Database, actor: Actor, journey: dict[str, str]) -> None:
    with db.write() as s:
        third = create_truck(s, actor, destination="Odesa").number
        load(s, actor, third, journey["waiting"])
    with db.read() as s:
        trace = trace_truck(s, third)
        assert trace.status == "loading" and _sums(trace.rows) == {"Konserwa": 4}
        assert {row.package for row in trace.rows} == {journey["waiting"]}
        loaded = [r for r in trace_donation(s, journey["bogdan"]).rows if r.state == "loaded"]
        assert loaded and all(r.truck == third for r in loaded)
        with pytest.raises(NotFound):
            trace_donation(s, "D-2026-99999")
        with pytest.raises(NotFound):
            trace_donor(s, "Nobody")


def test_a_share_never_says_none_of_something_nor_all_of_less() -> None:
    from warehouse_app.core.trace.data import percent

    assert [percent(Decimal(p), Decimal(1000)) for p in (0, 1, 4, 5, 500, 995, 999, 1000)] == [
        0, 1, 1, 1, 50, 99, 99, 100]
    assert percent(Decimal(3), Decimal(0)) == 0
