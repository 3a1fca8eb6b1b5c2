"""Shared by several test modules (test modules never import one another)."""

from __future__ import annotations

import multiprocessing as mp
import queue as queue_module
import time
import traceback
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.db.database import Database
from warehouse_app.db.models import Movement, StockLevel

SPAWN = mp.get_context("spawn")


WORKER_TIMEOUT_S = 60  # a hard upper bound so a hung worker fails the test instead of hanging it


def ean13(body12: str) -> str:
    """An EAN-13 with its check digit (weights 1, 3, 1, 3, ... from the left)."""
    total = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body12))
    return body12 + str((10 - total % 10) % 10)


TINS = ean13("590123412345")


assert TINS == "5901234123457"


def add_tins(db: Database) -> int:
    with db.write() as s:
        item = catalogue.add_item(s, name="Konserwa rybna 300 g", category="FOOD.CANNED", unit="pcs",
                                  barcodes_=[TINS])
    return item.id


def report(results: Any, idx: int, body: Callable[[], Any]) -> None:
    """Run ``body`` and put (idx, "ok", value) or (idx, "error", traceback) on the results queue."""
    try:
        results.put((idx, "ok", body()))
    except BaseException:  # noqa: BLE001 - everything must reach the parent, not die silently
        results.put((idx, "error", traceback.format_exc()))


def run_workers(target: Callable[..., None], args: Sequence[tuple[Any, ...]]) -> dict[int, Any]:
    """Start one spawned process per argument tuple, all meeting at one barrier; return
    {worker index: result}. Any exception in any worker fails the test with its traceback."""
    results = SPAWN.Queue()
    barrier = SPAWN.Barrier(len(args))
    procs = [SPAWN.Process(target=target, args=(*a, barrier, results), daemon=True) for a in args]
    for p in procs:
        p.start()
    collected: dict[int, tuple[str, Any]] = {}
    deadline = time.monotonic() + WORKER_TIMEOUT_S
    try:
        while len(collected) < len(procs):
            try:
                idx, status, payload = results.get(timeout=0.5)
            except queue_module.Empty:
                dead = [p.exitcode for p in procs if p.exitcode not in (None, 0)]
                assert not dead, f"a worker process died without reporting (exit codes {dead})"
                assert time.monotonic() < deadline, f"workers did not finish in {WORKER_TIMEOUT_S} s"
                continue
            collected[idx] = (status, payload)
    finally:
        for p in procs:
            p.join(timeout=10)
            if p.is_alive():
                p.kill()
                p.join()
        results.close()
    errors = {i: payload for i, (status, payload) in collected.items() if status != "ok"}
    assert not errors, "worker(s) failed:\n" + "\n".join(f"--- worker {i}\n{tb}" for i, tb in errors.items())
    return {i: payload for i, (_, payload) in collected.items()}


def movement_ids(db: Database) -> set[int]:
    with db.read() as s:
        return set(s.scalars(select(Movement.id)))


def item_level(db: Database, item_id: int) -> Decimal:
    with db.read() as s:
        return s.scalar(select(func.coalesce(func.sum(StockLevel.quantity), 0)).where(StockLevel.item_id == item_id))
