"""Packing and loading scans decided on one batch of reads (core/shipping/_ahead.py): what they
answer is what a fresh read shows afterwards, and every scan a rule says no to is still refused
in its usual words, with nothing written. On both databases (round trips: tests/db/test_round_trips.py)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tests.shipping_fixtures import BLANKET, TINS, Goods, assert_ledger_consistent
from warehouse_app.core.context import Actor
from warehouse_app.core.shipping.containers import (
    MixedCategory,
    container_contents,
    create_container,
    get_container,
    pack,
    put_on_pallet,
    seal,
)
from warehouse_app.core.shipping.shipments import ShelfLifeTooShort, create_truck, load, truck_totals
from warehouse_app.db.database import Database
from warehouse_app.kernel.errors import Conflict, NotEnoughStock

DEPARTURE = date(2027, 1, 15)  # tins expiring 2027-03-31 have less than their 90 days left then


def _box(db: Database, actor: Actor, kind: str = "box") -> str:
    with db.write() as s:
        return create_container(s, actor, kind).code


def test_a_pack_across_two_lots_answers_what_a_fresh_read_shows(db: Database, actor: Actor, goods: Goods) -> None:
    box = _box(db, actor)
    with db.write() as s:
        first = pack(s, actor, box.lower(), TINS, qty=4)
    with db.write() as s:  # 6 left of the first lot, then 6 of the next: first expiry first out
        done = pack(s, actor, box, TINS, qty=12)
    with db.read() as s:
        assert done.box == get_container(s, box)
        lines = [(line.expiry, line.quantity) for line in container_contents(s, box)]
    assert first.box.pieces == 4 and first.expiry == date(2027, 3, 31)
    assert (done.quantity, done.expiry, done.item_name) == (Decimal(12), date(2027, 3, 31), "Konserwa rybna")
    assert done.box.pieces == 16 and done.box.net_kg == Decimal("6.4") and done.box.line_count == 2
    assert done.box.category is not None and done.box.category.code == "FOOD.CANNED" and not done.box.mixed
    assert sorted(lines) == [(date(2027, 3, 31), Decimal(10)), (date(2028, 1, 31), Decimal(6))]
    assert_ledger_consistent(db)  # levels, totals and provenance: every unit still traced to its receipt


def test_goods_onto_a_pallet_with_a_box_on_it_answer_the_pallet_as_read(db: Database, actor: Actor,
                                                                        goods: Goods) -> None:
    pallet, box = _box(db, actor, "pallet"), _box(db, actor)
    with db.write() as s:
        pack(s, actor, box, BLANKET, qty=3)
        seal(s, actor, box, gross_kg="4")
        put_on_pallet(s, actor, pallet, box)
    with db.write() as s:
        done = pack(s, actor, pallet, BLANKET, qty=2)
    with db.read() as s:
        assert done.box == get_container(s, pallet)
    assert done.box.boxes == 1 and done.box.pieces == 5 and done.box.net_kg == Decimal("6.25")
    assert_ledger_consistent(db)


def test_what_a_rule_refuses_is_refused_as_ever_and_nothing_is_written(db: Database, actor: Actor,
                                                                       goods: Goods) -> None:
    box = _box(db, actor)
    with db.write() as s:
        pack(s, actor, box, BLANKET, qty=1)
    with pytest.raises(MixedCategory), db.write() as s:
        pack(s, actor, box, TINS, qty=1)
    with pytest.raises(NotEnoughStock), db.write() as s:
        pack(s, actor, box, BLANKET, qty=30)  # 29 left
    with db.write() as s:
        mixed = pack(s, actor, box, TINS, qty=1, allow_mixed=True)
    with db.read() as s:
        assert mixed.box == get_container(s, box) and mixed.box.mixed and mixed.box.category is None
    with db.write() as s:  # a mixed box takes any goods without asking again
        again = pack(s, actor, box, TINS, qty=1)
    with db.read() as s:
        assert again.box == get_container(s, box) and again.box.pieces == 3
    with db.write() as s:
        seal(s, actor, box)
    with pytest.raises(Conflict, match="sealed"), db.write() as s:
        pack(s, actor, box, BLANKET, qty=1)
    with db.read() as s:
        assert get_container(s, box).pieces == 3
    assert_ledger_consistent(db)


def test_a_loading_scan_skips_the_short_dated_lot_and_answers_the_totals_as_read(db: Database, actor: Actor,
                                                                                 goods: Goods) -> None:
    with db.write() as s:
        number = create_truck(s, actor, destination="Lviv", planned_departure=DEPARTURE).number
    with db.write() as s:
        done = load(s, actor, number, TINS, qty=5)
    with db.read() as s:
        assert done.totals == truck_totals(s, number)
    assert done.expiries == (date(2028, 1, 31),) and done.quantity == 5 and done.item_name == "Konserwa rybna"
    assert any("2027-03-31" in str(warning) for warning in done.warnings)  # the lot passed over, and why
    with pytest.raises(ShelfLifeTooShort), db.write() as s:  # 15 fit; more needs a manager's override
        load(s, actor, number, TINS, qty=16)
    with db.read() as s:
        assert truck_totals(s, number).pieces == 5
    assert_ledger_consistent(db)


def test_loose_goods_onto_a_full_truck_answer_its_totals_and_payload_as_read(db: Database, actor: Actor,
                                                                             goods: Goods) -> None:
    """Pallets, weighed and unweighed boxes, goods without a weight, loose goods already on
    it: the totals counted from the load read before the scan equal a fresh read after it."""
    from tests.shipping_fixtures import RICE, border_truck
    from warehouse_app.core.shipping.shipments import update_truck

    number = border_truck(db, actor)["truck"]
    with db.write() as s:
        update_truck(s, actor, number, max_payload_kg="60")
    for code, qty in ((BLANKET, 3), (TINS, 1), (RICE, "1.5"), (BLANKET, 1)):
        with db.write() as s:
            done = load(s, actor, number, code, qty=qty)
        with db.read() as s:
            assert done.totals == truck_totals(s, number), code
    assert done.totals.over_payload and done.totals.missing_weight > 0
    assert any("maximum payload" in str(warning) for warning in done.warnings)
    assert_ledger_consistent(db)


def test_a_pallet_and_a_box_loaded_whole_answer_the_totals_and_warnings_as_read(db: Database, actor: Actor,
                                                                                goods: Goods) -> None:
    """A pallet with an open box and a sealed one on it, then an open box, onto a truck with a
    load already: each answer's totals equal a fresh read, the unsealed ones are named, and
    each container stands on the truck with its whole subtree."""
    from sqlalchemy import select

    from tests.shipping_fixtures import border_truck
    from warehouse_app.db.models import AuditEvent

    number = border_truck(db, actor)["truck"]
    pallet, open_box, sealed, loose_box = (_box(db, actor, "pallet"), _box(db, actor), _box(db, actor),
                                           _box(db, actor))
    with db.write() as s:
        pack(s, actor, open_box, BLANKET, qty=2)
        pack(s, actor, sealed, BLANKET, qty=3)
        seal(s, actor, sealed, gross_kg="4.5")
        put_on_pallet(s, actor, pallet, open_box)
        put_on_pallet(s, actor, pallet, sealed)
        pack(s, actor, loose_box, TINS, qty=2)
    with db.write() as s:
        on_pallet = load(s, actor, number, pallet.lower())
    with db.read() as s:
        assert on_pallet.totals == truck_totals(s, number)
        assert get_container(s, open_box).truck_number == number and get_container(s, pallet).truck_number == number
    assert (on_pallet.what, on_pallet.code, on_pallet.description) == ("pallet", pallet,
                                                                        f"pallet {pallet} (5 pieces, 2 lines)")
    assert [str(w) for w in on_pallet.warnings] == [f"{open_box} on {pallet} is not sealed."]
    with db.write() as s:
        boxed = load(s, actor, number, loose_box)
    with db.read() as s:
        assert boxed.totals == truck_totals(s, number)
        events = s.execute(select(AuditEvent.kind, AuditEvent.shipment_id.is_not(None))
                           .where(AuditEvent.kind == "load")).all()
    assert [str(w) for w in boxed.warnings] == [f"{loose_box} is not sealed."]
    assert len(events) == 6 and all(on for _kind, on in events)  # border_truck's four, and these two
    with pytest.raises(Conflict, match="already on truck"), db.write() as s:
        load(s, actor, number, loose_box)
    assert_ledger_consistent(db)
