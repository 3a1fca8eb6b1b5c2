"""Trucks: numbered, loaded by scanning labels or goods, unloaded, dispatched and locked."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from tests.shipping_fixtures import BLANKET, RICE, TINS, Goods, assert_ledger_consistent
from warehouse_app.core.context import Actor
from warehouse_app.core.shipping.containers import create_container, get_container, pack, put_on_pallet, seal, unpack
from warehouse_app.core.shipping.shipments import (
    ShelfLifeTooShort,
    create_truck,
    dispatch,
    get_truck,
    list_trucks,
    load,
    truck_totals,
    unload,
    update_truck,
)
from warehouse_app.core.shipping.warehouse import set_max_payload_kg
from warehouse_app.core.stock.query import stock_by_category
from warehouse_app.db.database import Database
from warehouse_app.db.models import AuditEvent, Location, Movement, StockLevel
from warehouse_app.kernel.errors import BadInput, Conflict, NotEnoughStock, NotFound

DEPARTURE = date(2027, 1, 15)  # tins expiring 2027-03-31 have 75 days left: under the 90 of canned food


def _rows(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Movement)) or 0


def _truck(db: Database, actor: Actor, **extra: object) -> str:
    with db.write() as s:
        fields = {"planned_departure": DEPARTURE, **extra}
        return create_truck(s, actor, destination="Lviv", plate="wx 12345", **fields).number  # type: ignore[arg-type]


def test_trucks_are_numbered_per_year_and_keep_their_details(db: Database, actor: Actor) -> None:
    with db.write() as s:
        first = create_truck(s, actor, destination=" Kyiv ", plate="wa1", recipient="Caritas Ukraine",
                             recipient_address="vul. Khreshchatyk 1\n01001 Kyiv", driver="Jan Kowalski",
                             driver_phone="+48 600 000 000", trailer_plate="wa2", seal_number="S-77",
                             aid_registration_code="UA-HUM-1", notes="fragile")
        second = create_truck(s, actor, destination="Lviv")
        load_place = s.scalar(select(Location).where(Location.kind == "truck").order_by(Location.id))
    assert re.fullmatch(r"T-\d{4}-\d{4}", first.number)
    assert int(second.number[-4:]) == int(first.number[-4:]) + 1
    assert (first.status, first.city, first.country, first.vehicle_plate, first.trailer_plate) == (
        "planning", "Kyiv", "Ukraine", "WA1", "WA2")
    assert first.recipient_address == "vul. Khreshchatyk 1\n01001 Kyiv" and load_place is not None
    with db.write() as s:
        changed = update_truck(s, actor, first.number.lower(), driver="Olena", planned_departure="2027-02-01",
                               max_payload_kg="12000")
        assert (changed.driver, changed.planned_departure, changed.max_payload_kg) == (
            "Olena", date(2027, 2, 1), Decimal(12000))
        assert get_truck(s, load_place.code).number == first.number  # its load's label names it too
        with pytest.raises(BadInput, match="not a detail"):
            update_truck(s, actor, first.number, colour="red")
        with pytest.raises(BadInput, match="destination"):
            create_truck(s, actor, destination="  ")
        with pytest.raises(NotFound):
            get_truck(s, "T-1999-0001")
        assert [t.truck.number for t in list_trucks(s)] == [second.number, first.number]
        assert [t.truck.number for t in list_trucks(s, limit=1)] == [second.number]


def test_loading_loose_goods_takes_the_earliest_expiry_from_the_shelves(
    db: Database, actor: Actor, goods: Goods
) -> None:
    number = _truck(db, actor, planned_departure=date(2026, 12, 1))
    with db.write() as s:
        result = load(s, actor, number, TINS, qty=12)
        assert get_truck(s, number).status == "loading"
    assert (result.what, result.quantity, result.unit) == ("item", 12, "pcs")
    assert "2027-03-31" in result.description and "2028-01-31" in result.description
    assert (result.totals.packages, result.totals.pieces, result.totals.net_kg) == (0, 12, Decimal("4.8"))
    with db.read() as s:
        rows = s.execute(select(Movement.kind, Movement.shipment_id, Movement.quantity)
                         .where(Movement.shipment_id.is_not(None))).all()
    assert sorted(q for _, _, q in rows) == [2, 10] and {k for k, _, _ in rows} == {"move"}
    assert_ledger_consistent(db)


def test_goods_too_close_to_expiry_need_a_managers_reason(
    db: Database, loader: Actor, manager: Actor, goods: Goods
) -> None:
    number = _truck(db, loader)
    before = _rows(db)
    with pytest.raises(ShelfLifeTooShort) as caught, db.write() as s:
        load(s, loader, number, TINS, qty=5, expiry="2027-03-31")
    assert (caught.value.expiry, caught.value.min_days, caught.value.exit_code) == (date(2027, 3, 31), 90, 4)
    with pytest.raises(Conflict, match="Only a manager"), db.write() as s:
        load(s, loader, number, TINS, qty=5, expiry="2027-03-31", override_reason="the recipient asked for it")
    assert _rows(db) == before
    with db.write() as s:
        later = load(s, loader, number, TINS, qty=5, expiry="2028-01-31")  # a later lot is fine
        assert later.quantity == 5
        done = load(s, manager, number, TINS, qty=5, expiry="2027-03-31",
                    override_reason="  the recipient  asked for it ")
    assert any("override" in w for w in done.warnings)
    with db.read() as s:
        reasons = s.scalars(select(Movement.reason).where(Movement.operator_id == manager.operator_id)).all()
    assert reasons == ["shelf-life override: the recipient asked for it"]


def test_a_box_label_loads_the_whole_box_and_its_shelf_life_is_checked(
    db: Database, actor: Actor, manager: Actor, goods: Goods
) -> None:
    number = _truck(db, actor)
    with db.write() as s:
        short = create_container(s, actor, "box").code
        pack(s, actor, short, TINS, qty=10)  # the 2027-03-31 lot
        blankets = create_container(s, actor, "box").code
        pack(s, actor, blankets, BLANKET, qty=8)
        seal(s, actor, blankets, gross_kg="10.6")
        empty = create_container(s, actor, "box").code
    rows = _rows(db)
    with pytest.raises(ShelfLifeTooShort), db.write() as s:
        load(s, actor, number, short)
    with db.write() as s:
        result = load(s, actor, number, blankets)
        assert (result.what, result.code, result.warnings) == ("box", blankets, ())
        assert (result.totals.packages, result.totals.gross_kg, result.totals.net_kg) == (1, Decimal("10.6"), 10)
        with pytest.raises(Conflict, match="already on truck"):
            load(s, actor, number, blankets)
        with pytest.raises(Conflict, match="empty"):
            load(s, actor, number, empty)
        with pytest.raises(BadInput, match="loaded whole"):
            load(s, actor, number, blankets, qty=2)
        unsealed = load(s, manager, number, short, override_reason="used within a month")
        assert f"{short} is not sealed." in unsealed.warnings
        assert "used within a month" not in get_truck(s, number).notes  # notes are notes; the override is audited
        overrides = s.execute(select(AuditEvent.operator_id, AuditEvent.reason, AuditEvent.station)
                              .where(AuditEvent.kind == "override")).all()
        assert overrides == [(manager.operator_id, "shelf-life override: used within a month", manager.station)]
        with pytest.raises(Conflict, match="unload it first"):
            pack(s, actor, short, TINS)
        with pytest.raises(Conflict, match="unload it first"):
            unpack(s, actor, short, TINS)
        assert get_container(s, short).truck_number == number
    assert _rows(db) == rows  # loading containers moves no goods line by line (audit_event records it)
    assert_ledger_consistent(db)


def test_pallets_load_with_their_boxes_and_unload_before_dispatch(db: Database, actor: Actor, goods: Goods) -> None:
    number = _truck(db, actor)
    with db.write() as s:
        pallet = create_container(s, actor, "pallet").code
        for _ in range(2):
            box = create_container(s, actor, "box").code
            pack(s, actor, box, BLANKET, qty=5)
            put_on_pallet(s, actor, pallet, box)
        result = load(s, actor, number, pallet)
        assert (result.what, result.totals.packages, result.totals.pieces) == ("pallet", 2, 10)
        assert len(result.warnings) == 2  # both boxes unsealed
        load(s, actor, number, RICE, qty="7.5")
        off = unload(s, actor, number, pallet)
        assert (off.totals.packages, off.totals.pieces, off.totals.net_kg) == (0, 0, Decimal("7.5"))
        assert get_container(s, pallet).truck_number is None
        with pytest.raises(Conflict, match="not on truck"):
            unload(s, actor, number, pallet)
        rice = unload(s, actor, number, RICE, qty="2.5")
        assert (rice.quantity, rice.totals.net_kg) == (Decimal("2.5"), 5)
        rest = unload(s, actor, number, RICE)  # without a quantity: all of it
        assert rest.quantity == 5 and truck_totals(s, number).net_kg == 0
        with pytest.raises(Conflict, match="There is no Ryż"):
            unload(s, actor, number, RICE)
    assert_ledger_consistent(db)


def test_loading_more_than_in_stock_is_refused_and_changes_nothing(db: Database, actor: Actor, goods: Goods) -> None:
    number = _truck(db, actor)
    before = _rows(db)
    with pytest.raises(NotEnoughStock, match="30 pcs left, 31 asked"), db.write() as s:
        load(s, actor, number, BLANKET, qty=31)
    assert _rows(db) == before
    with db.read() as s:
        assert get_truck(s, number).status == "planning"


def test_dispatch_removes_the_load_from_stock_and_locks_the_truck(db: Database, actor: Actor, goods: Goods) -> None:
    number = _truck(db, actor)
    with db.write() as s:
        box = create_container(s, actor, "box").code
        pack(s, actor, box, BLANKET, qty=6)
        load(s, actor, number, box)
        load(s, actor, number, RICE, qty=10)
        with pytest.raises(Conflict, match="nothing loaded"):
            dispatch(s, actor, _truck_in(s, actor))
    with db.read() as s:
        before = {r.code: r.quantity for r in stock_by_category(s)}
    with db.write() as s:
        info = dispatch(s, actor, number)
    assert info.status == "dispatched" and info.dispatched_at is not None
    with db.read() as s:
        after = {r.code: r.quantity for r in stock_by_category(s)}
        dispatched = s.execute(select(Movement.item_id, Movement.quantity, Movement.to_location_id)
                               .where(Movement.kind == "dispatch")).all()
        truck_place = s.scalar(select(Location).where(Location.kind == "truck", Location.name == f"Truck {number}"))
        left = s.scalar(select(func.count()).select_from(StockLevel).where(
            StockLevel.location_id.in_(select(Location.id).where(Location.path.startswith(truck_place.path))),
            StockLevel.quantity > 0))
    assert sorted((item, qty) for item, qty, _ in dispatched) == [(goods.blanket, 6), (goods.rice, 10)]
    assert all(target is None for _, _, target in dispatched) and left == 0
    assert after["BEDDING.BLANKETS"] == before["BEDDING.BLANKETS"] - 6 and after["FOOD.DRY"] == before["FOOD.DRY"] - 10
    assert_ledger_consistent(db)
    for action in (
        lambda s: load(s, actor, number, BLANKET), lambda s: unload(s, actor, number, box),
        lambda s: update_truck(s, actor, number, driver="x"), lambda s: dispatch(s, actor, number),
        lambda s: pack(s, actor, box, BLANKET), lambda s: seal(s, actor, box),
    ):
        with pytest.raises(Conflict, match="dispatched; nothing on it can change"), db.write() as s:
            action(s)


def _truck_in(s, actor: Actor) -> str:  # type: ignore[no-untyped-def]
    return create_truck(s, actor, destination="Odesa").number


def test_totals_warn_above_the_maximum_payload(db: Database, actor: Actor, goods: Goods) -> None:
    number = _truck(db, actor)
    with db.write() as s:
        set_max_payload_kg(s, "30")
        first = load(s, actor, number, RICE, qty=30)
        assert (first.totals.max_payload_kg, first.totals.over_payload, first.warnings) == (30, False, ())
        second = load(s, actor, number, BLANKET)
        assert second.totals.over_payload and "more than the maximum payload of 30 kg" in second.warnings[0]
        update_truck(s, actor, number, max_payload_kg="40")  # this truck's own limit wins
        assert not truck_totals(s, number).over_payload
        by_category = {c.category.code: c for c in truck_totals(s, number).by_category}
    assert (by_category["FOOD.DRY"].kg_goods, by_category["FOOD.DRY"].pieces) == (30, 0)
    assert (by_category["BEDDING.BLANKETS"].pieces, by_category["BEDDING.BLANKETS"].net_kg) == (1, Decimal("1.25"))


def test_db_check_passes_after_every_operation(db: Database, actor: Actor, manager: Actor, goods: Goods) -> None:
    """Each step is its own unit of work, as at a station; ``db check`` runs after each."""
    number = _truck(db, actor)
    made: dict[str, str] = {}
    steps = [
        lambda s: made.update(box=create_container(s, actor, "box").code),
        lambda s: made.update(pallet=create_container(s, actor, "pallet").code),
        lambda s: pack(s, actor, made["box"], BLANKET, qty=5),
        lambda s: pack(s, actor, made["box"], TINS, qty=2, allow_mixed=True, expiry="2028-01-31"),
        lambda s: unpack(s, actor, made["box"], BLANKET, qty=1),
        lambda s: seal(s, actor, made["box"], gross_kg=6),
        lambda s: put_on_pallet(s, actor, made["pallet"], made["box"]),
        lambda s: pack(s, actor, made["pallet"], RICE, qty=4),
        lambda s: load(s, actor, number, made["pallet"]),
        lambda s: load(s, manager, number, TINS, qty=3, override_reason="short trip"),
        lambda s: unload(s, actor, number, TINS, qty=1),
        lambda s: unload(s, actor, number, made["pallet"]),
        lambda s: load(s, actor, number, made["pallet"]),
        lambda s: dispatch(s, actor, number),
    ]
    for step in steps:
        with db.write() as s:
            step(s)
        assert_ledger_consistent(db)
    with db.read() as s:
        totals = truck_totals(s, number)
    assert (totals.packages, totals.pieces, totals.net_kg) == (2, 8, Decimal("10.6"))  # 4 blankets, 4 tins, 4 kg rice
