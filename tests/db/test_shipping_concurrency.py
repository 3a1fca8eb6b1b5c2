"""Two loading stations at once, as real processes, on SQLite and PostgreSQL: the last units
of stock and a box's label each go onto exactly one truck."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from tests.db.workers import TINS, WORKER_TIMEOUT_S, add_tins, movement_ids, report, run_workers
from tests.shipping_fixtures import actor_as
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.shipping.containers import create_container, get_container, pack
from warehouse_app.core.shipping.shipments import create_truck, load, truck_totals
from warehouse_app.core.stock.integrity import check_stock_levels
from warehouse_app.db.database import Database
from warehouse_app.db.models import StockLevel
from warehouse_app.kernel.errors import Conflict, NotEnoughStock


def _loader(url: str, idx: int, truck: str, code: str, qty: int | None, barrier: Any, results: Any) -> None:
    """Wait for the other station, then load ``code`` onto ``truck`` in one unit of work."""

    def body() -> tuple[str, str]:
        db = Database(url)
        try:
            with db.write() as s:  # connect before the race starts
                actor = actor_as(s, f"loader{idx}", f"dock{idx}")
            barrier.wait(timeout=WORKER_TIMEOUT_S)
            try:
                with db.write() as s:
                    result = load(s, actor, truck, code, qty=qty)
            except (NotEnoughStock, Conflict) as exc:
                return (type(exc).__name__, str(exc))
            return ("loaded", result.description)
        finally:
            db.dispose()

    report(results, idx, body)


def _two_trucks(db: Database) -> tuple[str, str]:
    with db.write() as s:
        actor = actor_as(s, "Planner", "office")
        return tuple(create_truck(s, actor, destination=city).number for city in ("Lviv", "Kyiv"))  # type: ignore[return-value]


def test_two_stations_loading_the_last_units_exactly_one_succeeds(db_url: str, db: Database) -> None:
    add_tins(db)
    with db.write() as s:
        receive(s, actor_as(s, "Receiver", "dock"), TINS, qty=10, expiry="2030-01-31")
    trucks = _two_trucks(db)
    before = movement_ids(db)

    out = run_workers(_loader, [(db_url, i, trucks[i], TINS, 6) for i in range(2)])

    assert sorted(status for status, _ in out.values()) == ["NotEnoughStock", "loaded"]
    loser = next(detail for status, detail in out.values() if status == "NotEnoughStock")
    assert "4 pcs left, 6 asked" in loser
    assert len(movement_ids(db) - before) == 1
    with db.read() as s:
        loaded = sorted(truck_totals(s, t).pieces for t in trucks)
        shelf = s.scalar(select(func.sum(StockLevel.quantity)))
        assert check_stock_levels(s).ok
    assert loaded == [0, 6] and shelf == 10


def test_two_stations_scanning_one_box_onto_two_trucks_one_wins(db_url: str, db: Database) -> None:
    add_tins(db)
    with db.write() as s:
        actor = actor_as(s, "Packer", "bench")
        receive(s, actor, TINS, qty=10, expiry="2030-01-31")
        box = create_container(s, actor, "box").code
        pack(s, actor, box, TINS, qty=10)
    trucks = _two_trucks(db)

    out = run_workers(_loader, [(db_url, i, trucks[i], box, None) for i in range(2)])

    assert sorted(status for status, _ in out.values()) == ["Conflict", "loaded"]
    assert "already on truck" in next(detail for status, detail in out.values() if status == "Conflict")
    with db.read() as s:
        assert get_container(s, box).truck_number in trucks
        assert sorted(truck_totals(s, t).packages for t in trucks) == [0, 1]
        assert check_stock_levels(s).ok
