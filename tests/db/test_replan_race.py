"""Takes that lose a race plan again (issue 17): real processes on one database.

The stock of one item lies in three lots on two shelves; six stations take 4 units each
at once. Every one of them plans the first-expiry lot first, so all but one lose their
conditional UPDATE there while the later lots still hold plenty. A lost take must plan
again from fresh levels (``ledger.replanned``), so exactly the takes the stock covers
succeed, only the excess is refused (with the figures as they are then), first expiry
still goes first out, and ``db check`` (provenance included) passes. Before the re-plan,
five of the six were refused "Not enough ... 0 pcs left" with 16 units on the shelves.
A packing or loading scan plans ahead on levels it locks (core/shipping/_ahead.py); one
that finds them emptied by the time its lock came goes the step-by-step way, and plans
again there.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select

from tests.db.workers import WORKER_TIMEOUT_S, ean13, report, run_workers
from tests.shipping_fixtures import actor_as
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.shipping.containers import create_container, pack
from warehouse_app.core.shipping.shipments import create_truck, load
from warehouse_app.core.stock.changes import move, write_off
from warehouse_app.core.stock.integrity import check_stock_levels
from warehouse_app.core.stock.locations import add_location
from warehouse_app.db.database import Database
from warehouse_app.db.models import Location, Lot, StockLevel
from warehouse_app.kernel.errors import NotEnoughStock

RICE = ean13("590123499991")
RACERS, EACH = 6, 4
# (expiry, shelf, units): 6 + 6 + 10 = 22, so five takes of 4 fit and the sixth is 2 short.
STOCK = (("2027-01-31", "Shelf R-1", 6), ("2027-06-30", "Shelf R-2", 6), ("2028-03-31", "Shelf R-1", 10))


def _take_worker(url: str, idx: int, kind: str, box: str, barrier: Any, results: Any) -> None:
    """Wait for everybody, then take ``EACH`` units from Storage (or pack them from the
    shelves into ``box``, the station's own) in one unit of work."""

    def body() -> tuple[str, str]:
        db = Database(url)
        try:
            with db.write() as s:  # connect before the race starts
                actor = actor_as(s, f"racer{idx}", f"race-station{idx}", role="loader" if box else "manager")
            barrier.wait(timeout=WORKER_TIMEOUT_S)
            try:
                with db.write() as s:
                    if kind == "pack":
                        packed = pack(s, actor, box, RICE, qty=EACH)
                        return ("taken", f"{packed.expiry}:{packed.quantity}")
                    if kind == "load":  # ``box``: the station's own truck
                        loaded = load(s, actor, box, RICE, qty=EACH)
                        return ("taken", f"{'/'.join(map(str, loaded.expiries))}:{loaded.quantity}")
                    if kind == "move":
                        change = move(s, actor, RICE, EACH, "Storage", "Receiving")
                    else:
                        change = write_off(s, actor, RICE, EACH, "spoilt", location="Storage")
            except NotEnoughStock as exc:
                return ("NotEnoughStock", str(exc))
            return ("taken", ",".join(f"{line.expiry}:{line.quantity}" for line in change.lines))
        finally:
            db.dispose()

    report(results, idx, body)


def _stock_in_storage(db: Database, item_id: int) -> dict[str, int]:
    with db.read() as s:
        rows = s.execute(
            select(Lot.expiry, StockLevel.quantity).join(Lot, Lot.id == StockLevel.lot_id)
            .join(Location, Location.id == StockLevel.location_id)
            .where(StockLevel.item_id == item_id, Location.name.like("Shelf R-%"))
        ).all()
    found: dict[str, int] = {}
    for expiry, qty in rows:
        found[str(expiry)] = found.get(str(expiry), 0) + int(qty)
    return found


@pytest.mark.parametrize("kind", ["write_off", "move", "pack", "load"])
def test_takes_that_lose_the_first_expiry_lot_take_the_next_one(db_url: str, db: Database, kind: str) -> None:
    with db.write() as s:
        actor = actor_as(s, "Receiver", "dock")
        # (loaded: a category without a minimum shelf life, so every lot may go on the truck)
        item = catalogue.add_item(s, name="Ryż 1 kg", category="HYGIENE" if kind == "load" else "FOOD.DRY", unit="pcs",
                                  barcodes_=[RICE], tracks_expiry=True)
        for shelf in ("Shelf R-1", "Shelf R-2"):
            add_location(s, name=shelf, kind="bin", parent="Storage")
        for expiry, shelf, units in STOCK:
            receive(s, actor, RICE, qty=units, expiry=expiry, location=shelf)
        boxes = [create_container(s, actor, "box").code if kind == "pack" else
                 create_truck(s, actor, destination="Lviv").number if kind == "load" else "" for _ in range(RACERS)]
        root = s.scalar(select(Location.name).where(Location.parent_id.is_(None)).order_by(Location.id))
        # a pack or a load takes from the shelves of the whole warehouse
        source = root if kind in ("pack", "load") else "Storage"

    out = run_workers(_take_worker, [(db_url, i, kind, boxes[i]) for i in range(RACERS)])

    outcomes = sorted(status for status, _ in out.values())
    assert outcomes == ["NotEnoughStock"] + ["taken"] * 5, out
    refused = next(detail for status, detail in out.values() if status == "NotEnoughStock")
    assert refused == f"Not enough Ryż 1 kg at {source}: 2 pcs left, 4 asked.", refused  # the fresh figures
    # First expiry first out still: what is left is the last lot's.
    assert _stock_in_storage(db, item.id) == {"2027-01-31": 0, "2027-06-30": 0, "2028-03-31": 2}
    if kind not in ("pack", "load"):  # (their results name the lots and the whole quantity)
        taken = [part for status, detail in out.values() if status == "taken" for part in detail.split(",")]
        assert sum(Decimal(part.split(":")[1]) for part in taken) == 20
    with db.read() as s:
        report_ = check_stock_levels(s)
        assert report_.ok, report_
