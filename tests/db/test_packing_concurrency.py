"""Four packing stations scanning the same goods into one empty box at once, as real
processes, on SQLite and PostgreSQL: every pack lands (stock permitting), none is refused
for a category it would not mix."""

from __future__ import annotations

from typing import Any

from tests.db.workers import TINS, WORKER_TIMEOUT_S, add_tins, report, run_workers
from tests.shipping_fixtures import actor_as
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.shipping.containers import container_contents, create_container, get_container, pack
from warehouse_app.core.stock.integrity import check_stock_levels
from warehouse_app.db.database import Database
from warehouse_app.kernel.errors import Conflict, NotEnoughStock

STATIONS = 4


def _packer(url: str, idx: int, box: str, barrier: Any, results: Any) -> None:
    """Wait for the other stations, then pack two tins into ``box`` in one unit of work."""

    def body() -> tuple[str, str]:
        db = Database(url)
        try:
            with db.write() as s:  # connect before the race starts
                actor = actor_as(s, f"packer{idx}", f"bench{idx}", role="loader")
            barrier.wait(timeout=WORKER_TIMEOUT_S)
            try:
                with db.write() as s:
                    result = pack(s, actor, box, TINS, qty=2)
            except (NotEnoughStock, Conflict) as exc:
                return (type(exc).__name__, str(exc))
            return ("packed", f"{result.quantity}")
        finally:
            db.dispose()

    report(results, idx, body)


def test_four_stations_packing_one_item_into_one_empty_box_all_succeed(db_url: str, db: Database) -> None:
    add_tins(db)
    with db.write() as s:
        actor = actor_as(s, "Packer", "bench", role="loader")
        receive(s, actor, TINS, qty=10, expiry="2030-01-31")
        box = create_container(s, actor, "box").code

    out = run_workers(_packer, [(db_url, i, box) for i in range(STATIONS)])

    assert [status for status, _ in out.values()] == ["packed"] * STATIONS, out
    with db.read() as s:
        info = get_container(s, box)
        assert info.category is not None and info.category.code == "FOOD.CANNED" and not info.mixed
        assert sum(line.quantity for line in container_contents(s, box)) == 2 * STATIONS
        assert check_stock_levels(s).ok
