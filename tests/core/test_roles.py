"""Roles with meaning, on both databases: who may do what, asked of the database by every
service; container moves, seals and overrides in the audit trail; reversals that would
break a sealed box or a dispatched truck refused."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.shipping_fixtures import BLANKET, TINS, Goods, assert_ledger_consistent
from warehouse_app.core.access import roles
from warehouse_app.core.access.authentication import authenticate
from warehouse_app.core.access.operators import add_operator, add_person, find_operator, set_pin, set_role
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.shipping.containers import create_container, pack, put_on_pallet, seal
from warehouse_app.core.shipping.shipments import create_truck, dispatch, load, unload
from warehouse_app.core.stock.changes import adjust, reverse, write_off
from warehouse_app.core.stock.history import recent_events
from warehouse_app.db.database import Database
from warehouse_app.db.models import AuditEvent, Movement, Operator
from warehouse_app.kernel.errors import BadInput, Conflict, NotAllowed, NotFound


def _person(db: Database, name: str, role: str) -> Actor:
    with db.write() as s:
        return Actor(add_operator(s, name, role).id, "station-9")


def _ledger(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Movement)) or 0


def test_the_table_orders_the_roles() -> None:
    assert [a.role for a in roles.ACTIONS if roles.allows("staff", a)] == ["staff", "staff"]  # receive, move
    assert roles.allows("loader", roles.DISPATCH) and roles.allows("loader", roles.PACK)
    assert not roles.allows("loader", roles.WRITE_OFF) and not roles.allows("staff", roles.LOAD)
    assert all(roles.allows("manager", a) for a in roles.ACTIONS)


def test_staff_receive_but_cannot_write_off_adjust_pack_or_dispatch(db: Database, goods: Goods, actor: Actor) -> None:
    staff = _person(db, "Olena Kovalenko", "staff")
    with db.write() as s:
        number = create_truck(s, actor, destination="Lviv").number
        load(s, actor, number, BLANKET, qty=2)
        receive(s, staff, BLANKET, qty=1)  # staff receive
    before = _ledger(db)
    refusals = [
        (lambda s: write_off(s, staff, f"#{goods.blanket}", 1, "torn"), "Only a manager can write off goods."),
        (lambda s: adjust(s, staff, f"#{goods.blanket}", 0, "WH", "count"), "Only a manager can adjust stock."),
        (lambda s: create_container(s, staff, "box"), "Only a loader or a manager can pack boxes and pallets."),
        (lambda s: load(s, staff, number, BLANKET, qty=1), "Only a loader or a manager can load or unload trucks."),
        (lambda s: dispatch(s, staff, number), "Only a loader or a manager can dispatch a truck."),
    ]
    for attempt, sentence in refusals:
        with pytest.raises(NotAllowed) as caught, db.write() as s:
            attempt(s)
        assert str(caught.value) == sentence and caught.value.exit_code == 4
    assert _ledger(db) == before


def test_a_loader_packs_loads_and_dispatches_but_does_not_write_off(db: Database, goods: Goods) -> None:
    loader = _person(db, "Olek", "loader")
    with db.write() as s:
        number = create_truck(s, loader, destination="Lviv").number
        box = create_container(s, loader, "box").code
        pack(s, loader, box, BLANKET, qty=4)
        seal(s, loader, box)
        load(s, loader, number, box)
        dispatch(s, loader, number)
    with pytest.raises(NotAllowed, match="Only a manager can write off goods"), db.write() as s:
        write_off(s, loader, f"#{goods.blanket}", 1, "torn")
    assert_ledger_consistent(db)


def test_the_role_is_asked_of_the_database_and_a_retired_operator_can_do_nothing(
    db: Database, goods: Goods, actor: Actor
) -> None:
    olek = _person(db, "Olek", "loader")
    with db.write() as s:
        set_role(s, actor, "Olek", "staff")  # changed at another station: counts at once
    with pytest.raises(NotAllowed, match="Only a loader or a manager"), db.write() as s:
        create_container(s, olek, "box")
    with db.write() as s:
        s.scalars(select(Operator).where(Operator.id == olek.operator_id)).one().active = False
    with pytest.raises(NotAllowed, match="Olek is retired and cannot receive goods"), db.write() as s:
        receive(s, olek, BLANKET)


def test_an_unproven_actor_does_only_what_staff_may(db: Database, goods: Goods) -> None:
    with db.write() as s:
        add_operator(s, "Anna Nowak", "manager")
        unproven = authenticate(s, "Anna Nowak", "cli", lambda: pytest.fail("no PIN to ask"))
        assert not unproven.verified
        receive(s, unproven, BLANKET)  # receiving needs no PIN
    with pytest.raises(NotAllowed) as caught, db.write() as s:
        write_off(s, unproven, f"#{goods.blanket}", 1, "torn")
    assert str(caught.value) == ('Anna Nowak has no PIN, and one is needed to write off goods: '
                                 'set it with warehouse-app operator pin "Anna Nowak".')


def test_authentication_asks_the_pin_and_never_adds_a_name_beyond_receiving(db: Database) -> None:
    with db.write() as s:
        add_operator(s, "Anna Nowak", "manager")
        set_pin(s, "Anna Nowak", "4821")
    with db.read() as s:
        with pytest.raises(BadInput, match="Anna Nowak has a PIN: give it with --pin-stdin or in WAREHOUSE_PIN"):
            authenticate(s, "anna nowak", "cli", lambda: None)
        with pytest.raises(BadInput, match="Wrong PIN for Anna Nowak"):
            authenticate(s, "Anna Nowak", "cli", lambda: "0000")
        assert authenticate(s, "Anna Nowak", "cli", lambda: "4821").verified
        with pytest.raises(NotFound, match='operator add "Mallory" --role ROLE'):
            authenticate(s, "Mallory", "cli", lambda: None)
    with db.read() as s, pytest.raises(NotFound):
        find_operator(s, "Mallory")  # not created
    with db.write() as s:
        volunteer = authenticate(s, "Iryna", "cli", lambda: None, may_add=True)
        assert not volunteer.verified and find_operator(s, "Iryna").role == "staff"


def test_the_first_manager_is_made_freely_then_only_by_a_manager(db: Database) -> None:
    with db.write() as s:
        with pytest.raises(BadInput, match="A manager needs a PIN"):  # else whoever picks the name claims it
            add_person(s, None, "Anna Nowak", "manager")
        anna = add_person(s, None, "Anna Nowak", "manager", pin="4821")  # an empty warehouse: the bootstrap
        assert anna.has_pin
    with pytest.raises(NotAllowed, match="Only a manager can add operators"), db.write() as s:
        add_person(s, None, "Mallory", "manager", pin="4821")
    staff = _person(db, "Olena", "staff")
    with pytest.raises(NotAllowed, match="Only a manager can add operators"), db.write() as s:
        add_person(s, staff, "Mallory", "manager", pin="4821")
    with db.write() as s:
        assert add_person(s, Actor(anna.id, "office"), "Olek", "loader").role == "loader"


def test_container_moves_seals_and_overrides_are_audited(db: Database, goods: Goods, manager: Actor) -> None:
    loader = _person(db, "Olek", "loader")
    with db.write() as s:
        number = create_truck(s, loader, destination="Lviv", planned_departure="2027-02-01").number
        box = create_container(s, loader, "box").code
        pallet = create_container(s, loader, "pallet").code
        short = create_container(s, loader, "box").code
        pack(s, loader, box, BLANKET, qty=4)
        seal(s, loader, box, gross_kg="5.5")
        put_on_pallet(s, loader, pallet, box)
        load(s, loader, number, pallet)
        unload(s, loader, number, pallet)
        pack(s, loader, short, TINS, qty=2)  # the 2027-03-31 lot: too short for a February departure
        load(s, manager, number, short, override_reason="the hospital uses them this week")
    with db.read() as s:
        events = recent_events(s)
    assert [(e.kind, e.container, e.operator, e.station) for e in events] == [
        ("load", short, "Maria Kierownik", "station-1"),
        ("override", short, "Maria Kierownik", "station-1"),
        ("unload", pallet, "Olek", "station-9"),
        ("load", pallet, "Olek", "station-9"),
        ("on_pallet", box, "Olek", "station-9"),
        ("seal", box, "Olek", "station-9"),
    ]
    assert events[1].reason == "shelf-life override: the hospital uses them this week" and events[1].truck == number
    assert events[3].to_location == f"Truck {number}" and events[0].time is not None
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEvent)) == 6


def test_reverse_refuses_to_open_a_sealed_box_or_change_a_dispatched_truck(
    db: Database, goods: Goods, actor: Actor
) -> None:
    with db.write() as s:
        box = create_container(s, actor, "box").code
        packed = pack(s, actor, box, BLANKET, qty=3)
        seal(s, actor, box)
        packing_row = s.scalar(select(Movement.id).where(Movement.kind == "move").order_by(Movement.id.desc()))
        number = create_truck(s, actor, destination="Lviv").number
        load(s, actor, number, BLANKET, qty=2)
        dispatch(s, actor, number)
        dispatch_row = s.scalar(select(Movement.id).where(Movement.kind == "dispatch"))
    assert packed.quantity == 3
    before = _ledger(db)
    with pytest.raises(Conflict) as caught, db.write() as s:
        reverse(s, actor, packing_row, "wrong box")
    assert str(caught.value) == f"Reversing movement {packing_row} would change the sealed {box}; reopen it first."
    with pytest.raises(Conflict, match=f"belongs to truck {number}, which is dispatched"), db.write() as s:
        reverse(s, actor, dispatch_row, "came back")
    assert _ledger(db) == before
    assert_ledger_consistent(db)


def test_staff_undo_their_own_scan_but_reverse_nothing_else(db: Database, goods: Goods) -> None:
    staff = _person(db, "Olena", "staff")
    with db.write() as s:
        own = receive(s, staff, BLANKET, qty=2).movement_id
        other = s.scalar(select(Movement.id).where(Movement.operator_id != staff.operator_id))
        reverse(s, staff, own, "scanned twice")
    with pytest.raises(NotAllowed, match="Only a manager can reverse a movement"), db.write() as s:
        reverse(s, staff, other, "not mine")
