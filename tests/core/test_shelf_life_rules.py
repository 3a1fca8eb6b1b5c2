"""The shelf-life, first-expiry-first-out and payload rules at the truck, and expired goods
at intake: each a core rule, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from tests.shipping_fixtures import BLANKET, TINS, Goods, assert_ledger_consistent
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.receiving import ExpiredOnReceipt, receive
from warehouse_app.core.reports.stock_export import EXPIRED, stock_rows
from warehouse_app.core.shipping.containers import create_container, pack
from warehouse_app.core.shipping.shelf_life import Fit
from warehouse_app.core.shipping.shipments import (
    ExpiredGoods,
    Overweight,
    ShelfLifeTooShort,
    create_truck,
    dispatch,
    get_truck,
    load,
    loadable_lots,
    update_truck,
)
from warehouse_app.core.shipping.warehouse import set_max_payload_kg
from warehouse_app.db.database import Database
from warehouse_app.db.models import Movement
from warehouse_app.kernel.errors import Conflict

YESTERDAY = date.today() - timedelta(days=1)


def _rows(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Movement)) or 0


def _truck(db: Database, actor: Actor, departure: date) -> str:
    with db.write() as s:
        return create_truck(s, actor, destination="Lviv", planned_departure=departure).number


def test_dispatch_checks_shelf_life_again_against_the_departure_then(db: Database, actor: Actor, goods: Goods) -> None:
    number = _truck(db, actor, date(2026, 12, 10))
    with db.write() as s:
        load(s, actor, number, TINS, qty=20, expiry="2028-01-31")  # fine for a December departure
        update_truck(s, actor, number, planned_departure="2027-12-01")  # 61 days left then: under 90
    before = _rows(db)
    with pytest.raises(Conflict, match=r"cannot leave on 2027-12-01: Konserwa rybna \(2028-01-31\) would leave with "
                                       r"less than their minimum shelf life") as caught, db.write() as s:
        dispatch(s, actor, number)
    assert caught.value.exit_code == 4 and _rows(db) == before
    with db.write() as s:
        update_truck(s, actor, number, planned_departure="2028-02-15")
    with pytest.raises(Conflict, match="will have expired by then"), db.write() as s:
        dispatch(s, actor, number)
    with db.write() as s:
        update_truck(s, actor, number, planned_departure="2027-06-01")
        assert dispatch(s, actor, number).status == "dispatched"


def test_an_override_recorded_at_loading_covers_short_dated_goods_at_dispatch_never_expired_ones(
    db: Database, actor: Actor, manager: Actor, goods: Goods
) -> None:
    number = _truck(db, actor, date(2027, 1, 15))  # the 2027-03-31 tins are short-dated (75 days)
    with db.write() as s:
        box = create_container(s, actor, "box").code
        pack(s, actor, box, TINS, qty=5, expiry="2027-03-31")
        load(s, manager, number, TINS, qty=5, expiry="2027-03-31", override_reason="used within a month")
        load(s, manager, number, box, override_reason="used within a month")
        update_truck(s, actor, number, planned_departure="2027-02-01")  # shorter still: the override holds
        assert dispatch(s, actor, number).status == "dispatched"
    other = _truck(db, actor, date(2027, 1, 15))
    with db.write() as s:
        load(s, manager, other, TINS, qty=5, expiry="2028-01-31")
        update_truck(s, actor, other, planned_departure="2028-02-01")  # now expired by departure
    with pytest.raises(Conflict, match="will have expired"), db.write() as s:
        dispatch(s, actor, other)


def test_expired_goods_can_never_be_loaded_not_even_with_an_override(
    db: Database, actor: Actor, manager: Actor, goods: Goods
) -> None:
    with db.write() as s:
        receive(s, actor, TINS, qty=8, expiry=YESTERDAY, allow_expired=True)
        box = create_container(s, actor, "box").code
        pack(s, actor, box, TINS, qty=4, expiry=YESTERDAY)
    number = _truck(db, actor, date.today())
    before = _rows(db)
    for code, extra in ((TINS, {"qty": 4, "expiry": YESTERDAY}), (box, {})):
        with pytest.raises(ExpiredGoods, match="not even with an override"), db.write() as s:
            load(s, manager, number, code, override_reason="they asked", **extra)  # type: ignore[arg-type]
    assert _rows(db) == before


def test_fefo_takes_the_earliest_eligible_lot_and_says_which_it_skipped(
    db: Database, actor: Actor, goods: Goods
) -> None:
    with db.write() as s:
        receive(s, actor, TINS, qty=3, expiry=YESTERDAY, allow_expired=True)
    number = _truck(db, actor, date(2027, 1, 15))  # 2027-03-31: short-dated; 2028-01-31: fine
    with db.read() as s:
        lots = loadable_lots(s, number, TINS)
    assert [(lot.expiry, lot.quantity, lot.fit) for lot in lots] == [
        (date(2027, 3, 31), 10, Fit.SHORT), (date(2028, 1, 31), 20, Fit.OK)]
    with db.write() as s:
        done = load(s, actor, number, TINS, qty=12)
    assert done.expiries == (date(2028, 1, 31),)
    skipped = [w for w in done.warnings if w.startswith("Skipped")]
    assert skipped == [
        f"Skipped the lot expiring {YESTERDAY.isoformat()} (3 pcs): expired by the departure on 2027-01-15.",
        "Skipped the lot expiring 2027-03-31 (10 pcs): less than 90 days left after the departure on 2027-01-15."]
    with pytest.raises(ShelfLifeTooShort), db.write() as s:
        load(s, actor, number, TINS, qty=10)  # 8 may go, the short-dated lot would have to make up the rest
    with db.write() as s:
        picked = load(s, actor, number, TINS, qty=2, lot_id=lots[1].lot_id)
    assert picked.expiries == (date(2028, 1, 31),)
    assert_ledger_consistent(db)


def test_an_overweight_truck_dispatches_only_when_told(db: Database, actor: Actor, goods: Goods) -> None:
    with db.write() as s:
        set_max_payload_kg(s, "10")
    number = _truck(db, actor, date(2027, 1, 15))
    with db.write() as s:
        load(s, actor, number, BLANKET, qty=10)  # 12.5 kg
    before = _rows(db)
    with pytest.raises(Overweight, match="carries 12.5 kg, more than its maximum payload of 10 kg") as caught, \
            db.write() as s:
        dispatch(s, actor, number)
    assert caught.value.exit_code == 4 and _rows(db) == before
    with db.write() as s:
        dispatch(s, actor, number, allow_overweight=True)
        assert get_truck(s, number).status == "dispatched"


def test_expired_goods_are_received_only_when_confirmed_and_show_as_expired(
    db: Database, actor: Actor, goods: Goods
) -> None:
    before = _rows(db)
    with pytest.raises(ExpiredOnReceipt, match="expired on 2020-01-01; receive it only if you mean to"), \
            db.write() as s:
        receive(s, actor, TINS, qty=2, expiry="2020-01-01")
    assert _rows(db) == before
    with db.write() as s:
        done = receive(s, actor, TINS, qty=2, expiry="2020-01-01", allow_expired=True)
    assert done.quantity == Decimal(2)
    with db.read() as s:
        flags = {(row.expiry, row.expiry_flag) for row in stock_rows(s) if row.expiry == date(2020, 1, 1)}
    assert flags == {(date(2020, 1, 1), EXPIRED)}
