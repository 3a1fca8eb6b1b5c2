"""Several stations at once: real processes on one database, on SQLite and on PostgreSQL.

Each worker is a separate OS process (multiprocessing, "spawn" start method, so
nothing is inherited but the arguments) with its own ``Database`` and its own
connection, doing one ``with db.write()`` unit of work per scan, exactly as the
scanning stations do. The parent checks that no update was lost, that stock never
went below zero, that the last units go to exactly as many takers as they suffice
for, and that donation numbers stay unique and gap-free.

Spawned children get the parent's ``sys.path`` (multiprocessing passes it in its
preparation data), so they import ``tests.db.test_concurrency`` and the
``warehouse_app`` package from the checkout just like pytest did.
"""

from __future__ import annotations

import re
import threading
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from tests.db.workers import TINS, WORKER_TIMEOUT_S, add_tins, item_level, movement_ids, report, run_workers
from tests.shipping_fixtures import actor_as
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.intake import donations
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.stock.changes import write_off
from warehouse_app.core.stock.integrity import check_stock_levels
from warehouse_app.core.stock.query import stock_by_category
from warehouse_app.db.database import Database
from warehouse_app.db.models import Donation, Movement, StockLevel
from warehouse_app.kernel.errors import NotEnoughStock

# --- worker processes (module level so "spawn" can import them) ------------------------------------




def _churn_worker(url: str, idx: int, rounds: int, barrier: Any, results: Any) -> None:
    """Receive one tin ``rounds`` times, writing one off after every receive and once more
    every fourth round before it; one unit of work per scan."""

    def body() -> dict[str, Any]:
        db = Database(url)
        try:
            with db.write() as s:
                actor = actor_as(s, f"worker{idx}", f"station{idx}")
            receive_ids: list[int] = []
            take_ids: list[int] = []
            takes_failed = 0

            def take() -> None:
                nonlocal takes_failed
                try:
                    with db.write() as s:
                        change = write_off(s, actor, TINS, 1, "test")
                except NotEnoughStock:
                    takes_failed += 1
                else:
                    take_ids.extend(line.movement_id for line in change.lines)

            barrier.wait(timeout=WORKER_TIMEOUT_S)
            for i in range(rounds):
                if i % 4 == 0:
                    take()
                with db.write() as s:
                    receive_ids.append(receive(s, actor, TINS, qty=1).movement_id)
                take()
            return {"receive_ids": receive_ids, "take_ids": take_ids, "takes_failed": takes_failed}
        finally:
            db.dispose()

    report(results, idx, body)


def _churn_or_edit_worker(url: str, idx: int, rounds: int, barrier: Any, results: Any) -> None:
    """Worker 0 changes the tin's category and unit weight ``rounds`` times, one unit of
    work each, while the others churn: the running totals must follow every change."""
    if idx:
        _churn_worker(url, idx, rounds, barrier, results)
        return

    def body() -> int:
        db = Database(url)
        try:
            with db.write() as s:
                item_id = catalogue.find_item(s, TINS).id
            barrier.wait(timeout=WORKER_TIMEOUT_S)
            for i in range(rounds):
                with db.write() as s:
                    catalogue.edit_item(s, item_id, category=("FOOD.DRY", "FOOD.CANNED")[i % 2],
                                        unit_weight_kg=("0.3", "0.35", "")[i % 3])
            return rounds
        finally:
            db.dispose()

    report(results, idx, body)


def _last_units_worker(url: str, idx: int, qty: int, barrier: Any, results: Any) -> None:
    """Wait for everybody, then try to write off ``qty`` tins in one unit of work."""

    def body() -> tuple[str, str]:
        db = Database(url)
        try:
            with db.write() as s:  # connect (and set the pragmas) before the race starts
                actor = actor_as(s, f"racer{idx}", f"race-station{idx}")
            barrier.wait(timeout=WORKER_TIMEOUT_S)
            try:
                with db.write() as s:
                    change = write_off(s, actor, TINS, qty, "test")
            except NotEnoughStock as exc:
                return ("NotEnoughStock", str(exc))
            return ("taken", ",".join(str(line.movement_id) for line in change.lines))
        finally:
            db.dispose()

    report(results, idx, body)


def _donation_worker(url: str, idx: int, count: int, barrier: Any, results: Any) -> None:
    """Open ``count`` donations, each in its own unit of work, all stations at once."""

    def body() -> list[tuple[int, str]]:
        db = Database(url)
        try:
            with db.write() as s:
                actor = actor_as(s, f"desk{idx}", f"desk-station{idx}")
            barrier.wait(timeout=WORKER_TIMEOUT_S)
            opened = []
            for _ in range(count):
                with db.write() as s:
                    info = donations.open_donation(s, actor, source=f"desk {idx}")
                opened.append((info.id, info.number))
            return opened
        finally:
            db.dispose()

    report(results, idx, body)




class LowestLevelWatcher:
    """Polls the lowest stock level from the parent while the workers run."""

    def __init__(self, url: str) -> None:
        self.db = Database(url)
        self.lowest: Decimal | None = None
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.is_set():
            with self.db.read() as s:
                low = s.scalar(select(func.min(StockLevel.quantity)))
            if low is not None:
                self.lowest = low if self.lowest is None else min(self.lowest, low)
            self.samples += 1
            self._stop.wait(0.01)

    def __enter__(self) -> LowestLevelWatcher:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=10)
        self.db.dispose()






# --- tests -------------------------------------------------------------------------------------------


def test_parallel_receives_and_takes_lose_no_update(db_url: str, db: Database) -> None:
    workers, rounds = 4, 40
    item_id = add_tins(db)
    before = movement_ids(db)

    with LowestLevelWatcher(db_url) as watcher:
        out = run_workers(_churn_worker, [(db_url, i, rounds) for i in range(workers)])

    receive_ids = [m for r in out.values() for m in r["receive_ids"]]
    take_ids = [m for r in out.values() for m in r["take_ids"]]
    failed = sum(r["takes_failed"] for r in out.values())
    assert len(receive_ids) == workers * rounds
    assert len(take_ids) + failed == workers * (rounds + rounds // 4)  # every take either wrote or failed
    assert len(receive_ids) - len(take_ids) >= 0

    # The level is exactly what the acknowledged operations say: nothing lost, nothing doubled.
    assert item_level(db, item_id) == len(receive_ids) - len(take_ids)
    # One ledger row per successful operation, and they are exactly the rows the workers were given.
    new_rows = movement_ids(db) - before
    assert len(new_rows) == len(receive_ids) + len(take_ids)
    assert new_rows == set(receive_ids) | set(take_ids)
    with db.read() as s:
        kinds = dict(s.execute(select(Movement.kind, func.count()).where(Movement.item_id == item_id)
                               .group_by(Movement.kind)).all())
        expected = {"receive": len(receive_ids), "write_off": len(take_ids)}
        assert kinds == {kind: n for kind, n in expected.items() if n}
        assert s.scalar(select(func.min(StockLevel.quantity))) >= 0
        report = check_stock_levels(s)
        assert report.ok and report.total_differences == ()  # the running totals lost nothing either
    assert watcher.samples > 0 and (watcher.lowest is None or watcher.lowest >= 0)


def test_category_and_weight_changes_while_stations_scan_keep_the_totals_exact(db_url: str, db: Database) -> None:
    item_id = add_tins(db)
    out = run_workers(_churn_or_edit_worker, [(db_url, i, 30) for i in range(4)])
    receives = sum(len(r["receive_ids"]) for i, r in out.items() if i)
    takes = sum(len(r["take_ids"]) for i, r in out.items() if i)
    assert out[0] == 30 and item_level(db, item_id) == receives - takes
    with db.read() as s:
        report = check_stock_levels(s)
        assert report.ok, report.total_differences
        rows = {r.code: r for r in stock_by_category(s)}
        assert rows["FOOD.DRY"].quantity + rows["FOOD.CANNED"].quantity == receives - takes


def test_race_for_the_last_units(db_url: str, db: Database) -> None:
    racers, want, stock = 6, 4, 10
    item_id = add_tins(db)
    with db.write() as s:
        actor = actor_as(s, "Receiver", "dock")
        receive(s, actor, TINS, qty=stock)
    before = movement_ids(db)

    out = run_workers(_last_units_worker, [(db_url, i, want) for i in range(racers)])

    outcomes = sorted(status for status, _ in out.values())
    assert outcomes == ["NotEnoughStock"] * 4 + ["taken"] * 2
    # Each loser was told the truth about what was left when it lost: the 2 units after both winners.
    for status, detail in out.values():
        if status == "NotEnoughStock":
            assert "2 pcs left, 4 asked" in detail, detail
    won_ids = {int(m) for status, detail in out.values() if status == "taken" for m in detail.split(",")}
    assert item_level(db, item_id) == stock - 2 * want == 2
    assert movement_ids(db) - before == won_ids and len(won_ids) == 2
    with db.read() as s:
        assert check_stock_levels(s).ok
        assert s.scalar(select(func.min(StockLevel.quantity))) >= 0


def test_concurrent_donation_numbers_are_distinct_and_consecutive(db_url: str, db: Database) -> None:
    workers, each = 4, 5
    with db.write() as s:
        first = donations.open_donation(s, actor_as(s, "Desk", "desk-0"))
    prefix, year, first_no = re.fullmatch(r"(D)-(\d{4})-(\d{5})", first.number).groups()  # type: ignore[union-attr]

    out = run_workers(_donation_worker, [(db_url, i, each) for i in range(workers)])

    numbers = [number for opened in out.values() for _, number in opened]
    assert len(numbers) == len(set(numbers)) == workers * each
    assert all(n.startswith(f"{prefix}-{year}-") and len(n) == len(first.number) for n in numbers)
    values = sorted(int(n.rsplit("-", 1)[1]) for n in numbers)
    assert values == list(range(int(first_no) + 1, int(first_no) + 1 + workers * each))
    # Each worker saw its own numbers rise, and the database holds exactly these donations.
    for opened in out.values():
        own = [int(n.rsplit("-", 1)[1]) for _, n in opened]
        assert own == sorted(own)
    with db.read() as s:
        stored = dict(s.execute(select(Donation.id, Donation.number)).all())
    assert stored == {first.id: first.number, **{i: n for opened in out.values() for i, n in opened}}


@pytest.mark.parametrize("first", ["edit", "receive"])
def test_a_category_change_and_a_scan_in_flight_at_once_keep_the_totals(db: Database, first: str) -> None:
    """Deterministic interleaving: one unit of work is under way (not committed) when the
    other starts; whichever comes second must wait and then see what the first did."""
    item_id = add_tins(db)
    with db.write() as s:
        actor = actor_as(s, "Receiver", "dock")
        receive(s, actor, TINS, qty=5)
    steps = {
        "edit": lambda s: catalogue.edit_item(s, item_id, category="FOOD.DRY", unit_weight_kg="0.3"),
        "receive": lambda s: receive(s, actor, TINS, qty=2),
    }
    second = "receive" if first == "edit" else "edit"
    errors: list[BaseException] = []

    def run_second() -> None:
        try:
            with db.write() as s:
                steps[second](s)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    thread = threading.Thread(target=run_second)
    with db.write() as s:
        steps[first](s)
        thread.start()
        thread.join(timeout=0.5)  # long enough for the second one to get as far as it can
    thread.join(timeout=WORKER_TIMEOUT_S)
    assert not thread.is_alive() and not errors, errors
    with db.read() as s:
        report = check_stock_levels(s)
        assert report.ok, report.total_differences
        rows = {r.code: r for r in stock_by_category(s)}
    assert (rows["FOOD.DRY"].quantity, rows["FOOD.DRY"].weight_kg, rows["FOOD.CANNED"].quantity) == (7, Decimal("2.1"), 0)
