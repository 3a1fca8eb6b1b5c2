"""A take that loses a race plans again (``ledger.replanned``, issue 17); a real shortage
is still one sentence with the figures as they are.

A lost race is staged in one process by handing the first attempt a stale plan (as if
another station took between the plan's read and the take): its first part goes through,
its second finds too little. The SAVEPOINT must undo that first part too, deferred writes
included on PostgreSQL, so nothing is lost or written twice.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from warehouse_app.core import ledger
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.stock import changes
from warehouse_app.core.stock.changes import move, write_off
from warehouse_app.core.stock.integrity import check_stock_levels
from warehouse_app.core.stock.locations import add_location
from warehouse_app.core.stock.query import item_lots
from warehouse_app.db.database import Database
from warehouse_app.db.models import Lot, Movement
from warehouse_app.kernel.errors import NotEnoughStock

WATER = "5901234123457"


@pytest.fixture
def water(db: Database, actor: Actor) -> catalogue.ItemInfo:
    """Water at Receiving: 5 expiring 2026-12-31 and 10 expiring 2027-01-31."""
    with db.write() as s:
        item = catalogue.add_item(s, name="Woda niegazowana 1,5 l", category="FOOD", unit="pcs",
                                  barcodes_=[WATER], tracks_expiry=True)
        receive(s, actor, WATER, qty=10, expiry="2027-01-31")
        receive(s, actor, WATER, qty=5, expiry="2026-12-31")
        add_location(s, name="Rack A-01", kind="bin", parent="Storage")
    return item


def _stale_first(monkeypatch: pytest.MonkeyPatch, times: int) -> list[int]:
    """The first ``times`` plans are stale: 2 of the late lot (there), then 50 of the early
    lot (not there); the plans after are read as usual. Returns the calls, counted."""
    real = changes._sources
    calls: list[int] = []

    def sources(session, item, place, qty, lot_ids):  # type: ignore[no-untyped-def]
        calls.append(1)
        if len(calls) > times:
            return real(session, item, place, qty, lot_ids)
        by_expiry = dict(session.execute(
            select(Lot.expiry, Lot.id).where(Lot.item_id == item.id)).all())
        return [(by_expiry[date(2027, 1, 31)], place.id, Decimal(2)),
                (by_expiry[date(2026, 12, 31)], place.id, Decimal(50))]

    monkeypatch.setattr(changes, "_sources", sources)
    return calls


def _ledger(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Movement)) or 0


def test_a_lost_take_is_undone_and_planned_again(db: Database, actor: Actor, water, monkeypatch) -> None:
    calls = _stale_first(monkeypatch, 1)
    before = _ledger(db)
    with db.write() as s:
        change = move(s, actor, WATER, 7, "Receiving", "Rack A-01")
    assert len(calls) == 2
    # The fresh plan, first expiry first out; the stale attempt's take of 2 left no trace.
    assert [(ln.expiry, ln.quantity) for ln in change.lines] == [(date(2026, 12, 31), 5), (date(2027, 1, 31), 2)]
    assert _ledger(db) == before + 2
    with db.read() as s:
        assert sorted((x.expiry, x.location, x.quantity) for x in item_lots(s, water.id)) == [
            (date(2026, 12, 31), "Rack A-01", 5),
            (date(2027, 1, 31), "Rack A-01", 2),
            (date(2027, 1, 31), "Receiving", 8),
        ]
        report = check_stock_levels(s)
        assert report.ok, report


def test_takes_that_keep_losing_give_up_after_the_last_attempt(db: Database, actor: Actor, water,
                                                              monkeypatch) -> None:
    calls = _stale_first(monkeypatch, 1000)
    before = _ledger(db)
    with pytest.raises(ledger.LostTake), db.write() as s:
        write_off(s, actor, WATER, 7, "damaged", location="Receiving")
    assert len(calls) == ledger.REPLAN_ATTEMPTS
    assert _ledger(db) == before


def test_a_real_shortage_is_one_sentence_with_the_figures(db: Database, actor: Actor, water,
                                                          monkeypatch) -> None:
    calls = _stale_first(monkeypatch, 0)
    with pytest.raises(NotEnoughStock) as refused, db.write() as s:
        move(s, actor, WATER, 20, "Receiving", "Rack A-01")
    assert not isinstance(refused.value, ledger.LostTake)
    assert str(refused.value) == "Not enough Woda niegazowana 1,5 l at Receiving: 15 pcs left, 20 asked."
    assert len(calls) == 1  # planned once: a shortage is not a lost race
