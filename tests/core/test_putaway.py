"""Put-away: a place label is the target, goods scanned move there through the ledger, a
donation's goods leave Receiving in one go keeping their donation, and staff take back
their own put-away."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from warehouse_app.core.access.operators import add_operator
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.context import Actor
from warehouse_app.core.intake import putaway
from warehouse_app.core.intake.donations import open_donation
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.stock.integrity import check_stock_levels
from warehouse_app.core.stock.locations import add_location
from warehouse_app.core.stock.query import item_lots
from warehouse_app.db.database import Database
from warehouse_app.db.models import Movement, MovementOrigin
from warehouse_app.kernel.errors import BadInput, Conflict, NotAllowed

WATER = "5901234123457"
SOAP = "5900000000015"


@pytest.fixture
def staff(db: Database) -> Actor:
    with db.write() as s:
        return Actor(add_operator(s, "Olena Kovalenko", "staff").id, "putaway-1")


@pytest.fixture
def rack(db: Database, actor: Actor) -> str:
    """Water in two lots at Receiving (5 expiring 2026-12-31, 10 in 2027), soap, and a rack."""
    with db.write() as s:
        catalogue.add_item(s, name="Woda niegazowana 1,5 l", category="FOOD", unit="pcs", barcodes_=[WATER],
                           tracks_expiry=True)
        catalogue.add_item(s, name="Mydło", category="HYGIENE", unit="pcs", barcodes_=[f"{SOAP}:6"])
        receive(s, actor, WATER, qty=10, expiry="2027-01-31")
        receive(s, actor, WATER, qty=5, expiry="2026-12-31")
        return add_location(s, name="Regał A / półka 2", kind="bin", parent="Storage").code


def where(db: Database, code: str) -> list[tuple[date | None, str, Decimal]]:
    with db.read() as s:
        item = catalogue.find_item(s, code)
        return sorted(((x.expiry, x.location, x.quantity) for x in item_lots(s, item.id)),
                      key=lambda x: (x[1], x[0] or date.max))


def test_scans_tell_places_from_goods() -> None:
    assert putaway.scan_kind("LC000007") is putaway.PutAwayScan.PLACE
    assert putaway.scan_kind("]C0lc7") is putaway.PutAwayScan.PLACE
    assert putaway.scan_kind("BX000012") is putaway.PutAwayScan.CONTAINER
    assert putaway.scan_kind(WATER) is putaway.PutAwayScan.GOODS
    assert putaway.scan_kind("IT000003") is putaway.PutAwayScan.GOODS


def test_a_scan_moves_one_unit_from_receiving_first_expiry_first(db: Database, staff: Actor, rack: str) -> None:
    with db.write() as s:
        target = putaway.target_place(s, rack)
        assert target.trail == ("Storage", "Regał A / półka 2")
        done = putaway.put_away(s, staff, WATER, rack)
    assert (done.quantity, done.source, done.at_target) == (1, "Receiving", 1)
    assert [ln.expiry for ln in done.lines] == [date(2026, 12, 31)]
    with db.write() as s:
        more = putaway.put_away(s, staff, WATER, rack, qty="6")
    assert [(ln.expiry, ln.quantity) for ln in more.lines] == [(date(2026, 12, 31), 4), (date(2027, 1, 31), 2)]
    assert more.at_target == 7
    assert where(db, WATER) == [(date(2027, 1, 31), "Receiving", 8), (date(2026, 12, 31), "Regał A / półka 2", 5),
                                (date(2027, 1, 31), "Regał A / półka 2", 2)]
    with db.read() as s:
        row = s.get(Movement, done.movement_ids[0])
        assert row is not None and (row.kind, row.operator_id, row.station) == ("move", staff.operator_id, "putaway-1")
        assert check_stock_levels(s).ok


def test_a_pack_code_moves_its_units_and_undo_is_a_reversal(db: Database, actor: Actor, staff: Actor,
                                                             rack: str) -> None:
    with db.write() as s:
        receive(s, actor, SOAP, qty=2)  # two cases of six
    with db.write() as s:
        done = putaway.put_away(s, staff, SOAP, rack)
    assert done.quantity == 6 and where(db, SOAP) == [(None, "Receiving", 6), (None, "Regał A / półka 2", 6)]
    with db.write() as s:
        undone = putaway.undo_put_away(s, staff, done.movement_ids)  # staff: their own move
    assert len(undone.reversals) == 1 and where(db, SOAP) == [(None, "Receiving", 12)]
    with db.read() as s:
        assert s.scalar(select(Movement.reverses_id).where(Movement.id == undone.reversals[0])) \
            == done.movement_ids[0]


def test_staff_may_not_take_back_someone_elses_move(db: Database, actor: Actor, staff: Actor, rack: str) -> None:
    with db.write() as s:
        done = putaway.put_away(s, actor, WATER, rack)
    with pytest.raises(NotAllowed, match="Only a manager can reverse"), db.write() as s:
        putaway.undo_put_away(s, staff, done.movement_ids)


def test_from_the_one_place_else_asks_which_in_first_expiry_order(db: Database, actor: Actor, rack: str) -> None:
    with db.write() as s:
        add_location(s, name="Regał B", kind="bin", parent="Storage")
        add_location(s, name="Regał C", kind="bin", parent="Storage")
        putaway.put_away(s, actor, WATER, "Regał B", qty="15")  # Receiving is empty now
        done = putaway.put_away(s, actor, WATER, rack, qty="2")
    assert done.source == "Regał B"
    with db.write() as s:
        putaway.put_away(s, actor, WATER, "Regał C", qty="11", source="Regał B")  # 3 of 2026, 8 of 2027
    with pytest.raises(putaway.SeveralPlaces) as asked, db.write() as s:
        add_location(s, name="Strefa wydań", kind="zone", parent="Main warehouse")
        putaway.put_away(s, actor, WATER, "Strefa wydań")
    assert [(p.place.name, p.quantity, p.earliest_expiry) for p in asked.value.places] == [
        ("Regał A / półka 2", 2, date(2026, 12, 31)), ("Regał C", 11, date(2026, 12, 31)),
        ("Regał B", 2, date(2027, 1, 31))]


def test_targets_that_take_no_goods(db: Database, actor: Actor, rack: str) -> None:
    from warehouse_app.core.shipping.containers import create_container
    from warehouse_app.core.stock.places import set_archived

    with db.write() as s:
        box = create_container(s, actor, "box").code
        empty = add_location(s, name="Stary regał", kind="bin", parent="Storage").code
        set_archived(s, actor, empty)
    with pytest.raises(BadInput, match="box, pallet or truck load"), db.write() as s:
        putaway.put_away(s, actor, WATER, box)
    with pytest.raises(Conflict, match="archived"), db.write() as s:
        putaway.put_away(s, actor, WATER, empty)
    with pytest.raises(BadInput, match="is a location label, not goods"), db.write() as s:
        putaway.put_away(s, actor, rack, rack)


def test_a_donation_moves_from_receiving_in_one_go_keeping_its_donor(db: Database, actor: Actor, staff: Actor,
                                                                      rack: str) -> None:
    with db.write() as s:
        first = open_donation(s, actor, donor="Caritas Przemyśl")
        receive(s, actor, WATER, qty=3, expiry="2027-01-31", donation=first.number)
        receive(s, actor, SOAP, qty=1, donation=first.number)
        second = open_donation(s, actor, donor="Фонд «Світанок»")
        receive(s, actor, WATER, qty=4, expiry="2027-01-31", donation=second.number)
    with db.read() as s:
        shown = putaway.waiting(s, second.number)
        listed = {d.number: d.lines for d in putaway.waiting_donations(s)}
    assert [(ln.item_name, ln.quantity, ln.expiry) for ln in shown.lines] == [
        ("Woda niegazowana 1,5 l", 4, date(2027, 1, 31))]
    assert listed[first.number] == 2 and listed[second.number] == 1
    with db.write() as s:
        moved = putaway.move_donation(s, staff, second.number, rack)
    assert len(moved.movement_ids) == 1
    assert (date(2027, 1, 31), "Regał A / półka 2", 4) in where(db, WATER)
    with db.read() as s:
        sources = s.execute(select(Movement.donation_id).join(MovementOrigin, MovementOrigin.source_id == Movement.id)
                            .where(MovementOrigin.movement_id == moved.movement_ids[0])).scalars().all()
        assert sources == [second.id]  # the second donation's own units, not the oldest at the level
        assert putaway.waiting(s, second.number).lines == ()
        assert check_stock_levels(s).ok
        ledger = s.scalar(select(func.count()).select_from(Movement))
    with pytest.raises(Conflict, match="Nothing of donation"), db.write() as s:
        putaway.move_donation(s, staff, second.number, rack)
    with pytest.raises(BadInput, match="already at"), db.write() as s:
        putaway.move_donation(s, staff, first.number, "Receiving")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Movement)) == ledger
