"""What keeping a scan on the laptop and sending it later costs, against a plain receive.

On a scratch PostgreSQL database (``aid_warehouse_bench_offline``, dropped afterwards) on the
server named by ``--pg`` (default $WAREHOUSE_TEST_PG_URL), in rounds of ``--round`` scans:

* **kept**: one scan checked against the laptop's copy of the catalogue and written to the
  offline queue (SQLite, ``synchronous=FULL``: fsync'd before the beep) — what a volunteer
  waits for while the server is away;
* **replayed**: the queue drained (``station.offline_queue.drain``): per scan one transaction
  through ``core.intake.scanning.scan`` with its ``scan_uid`` (the id lookup, the receive, the
  commit) plus the queue's delete;
* **plain receive** (the bare baseline): ``scanning.scan`` in its own ``db.write()`` without an
  id, as a live scan on a SQLite station or the CLI makes it.

Then it checks that nothing was lost or doubled: every kept scan is in the ledger exactly
once (by its id), the stock equals every scan made once, the queue is empty, and ``db check``
(``check_stock_levels``) passes. JSON to ``bench/results/offline.json``.

    PYTHONPATH=$PWD python3 bench/bench_offline.py [--pg URL] [--scans 1000] [--round 100]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
import uuid
from decimal import Decimal
from pathlib import Path

from sqlalchemy import create_engine, func, make_url, select, text

from warehouse_app.core.access.operators import add_operator
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.catalogue.barcodes import gtin_check_digit
from warehouse_app.core.context import Actor
from warehouse_app.core.intake import scanning
from warehouse_app.core.intake.donations import open_donation
from warehouse_app.core.stock.integrity import check_stock_levels
from warehouse_app.db.database import Database
from warehouse_app.db.migrate import upgrade
from warehouse_app.db.models import Item, Movement, StockLevel
from warehouse_app.station.offline_queue import OfflineQueue, drain, refresh_catalogue, server_key

GS = "\x1d"
SCRATCH = "aid_warehouse_bench_offline"
ITEMS = 50


def ms(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    return {"n": len(values), "median": statistics.median(values) * 1000,
            "p95": ordered[int(0.95 * (len(ordered) - 1))] * 1000, "mean": statistics.fmean(values) * 1000}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", default=os.environ.get("WAREHOUSE_TEST_PG_URL",
                                                       "postgresql+psycopg://postgres@127.0.0.1:5432/test"))
    parser.add_argument("--scans", type=int, default=1000)
    parser.add_argument("--round", type=int, default=100)
    parser.add_argument("--json", default="bench/results/offline.json")
    args = parser.parse_args()

    base = make_url(args.pg).set(drivername="postgresql+psycopg")
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{SCRATCH}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{SCRATCH}"'))
    db = Database(base.set(database=SCRATCH).render_as_string(hide_password=False))
    queue_file = Path("bench/data/offline-scans.sqlite3")  # on disk, as the user data folder is
    for stale in queue_file.parent.glob(queue_file.name + "*"):
        stale.unlink()
    queue = OfflineQueue(server_key(db), queue_file)
    try:
        upgrade(db)
        codes = [f"590{n:09d}" for n in range(1, ITEMS + 1)]
        codes = [c + gtin_check_digit(c) for c in codes]
        with db.write() as s:
            actor = Actor(add_operator(s, "Bench", "staff").id, "bench-1")
            for n, code in enumerate(codes):
                catalogue.add_item(s, name=f"Item {n}", category="FOOD", unit="pcs", barcodes_=[code])
            donation = open_donation(s, actor, donor="Bench donor").id
        refresh_catalogue(db, queue)
        for code in codes[:5]:  # warm-up: statements prepared, pool filled
            with db.write() as s:
                scanning.scan(s, actor, code, donation_id=donation, separators=GS)

        kept: list[float] = []
        replayed: list[float] = []
        plain: list[float] = []
        expected: dict[str, Decimal] = {code: Decimal(1) for code in codes[:5]}
        uids: list[str] = []
        n = 0
        while n < args.scans:
            batch = [codes[(n + i) * 7 % ITEMS] for i in range(min(args.round, args.scans - n))]
            for code in batch:
                uid = str(uuid.uuid4())
                started = time.perf_counter()
                check = queue.check(code, qty=None, expiry=None, allow_expired=False, separators=GS)
                queue.add(check, uid=uid, scanned_ns=time.time_ns(), code=code, qty=None, allow_expired=False,
                          donation_id=donation, actor=actor, separators=GS)
                kept.append(time.perf_counter() - started)
                uids.append(uid)
            started = time.perf_counter()
            report = drain(db, queue)
            elapsed = time.perf_counter() - started
            assert report.sent == len(batch) and report.set_aside == 0 and not report.unreachable, report
            replayed.extend([elapsed / len(batch)] * len(batch))
            for code in batch:
                started = time.perf_counter()
                with db.write() as s:
                    scanning.scan(s, actor, code, donation_id=donation, separators=GS)
                plain.append(time.perf_counter() - started)
            for code in batch:
                expected[code] = expected.get(code, Decimal(0)) + 2  # once kept and replayed, once plain
            n += len(batch)

        with db.read() as s:
            by_uid = s.scalar(select(func.count(func.distinct(Movement.scan_uid))))
            with_uid = s.scalar(select(func.count()).where(Movement.scan_uid.is_not(None)))
            stock = {code: Decimal(0) for code in codes}
            for item_name, qty in s.execute(select(Item.name, func.sum(StockLevel.quantity))
                                            .join(Item, Item.id == StockLevel.item_id).group_by(Item.name)):
                stock[codes[int(item_name.split()[1])]] = qty
            report_ok = check_stock_levels(s).ok
        assert with_uid == by_uid == len(uids), (with_uid, by_uid, len(uids))
        assert {c: q for c, q in stock.items() if q} == expected, "the stock is not every scan made once"
        assert queue.counts() == (0, 0) and report_ok

        figures = {"kept": ms(kept), "replayed": ms(replayed), "plain receive": ms(plain)}
        base_median = figures["plain receive"]["median"]
        print(f"{args.scans} scans kept and replayed, {args.scans} plain receives, PostgreSQL {base.host}:{base.port}")
        print(f"{'':16}{'median ms':>10}{'p95 ms':>10}{'mean ms':>10}{'ratio':>8}")
        for name, f in figures.items():
            print(f"{name:16}{f['median']:10.2f}{f['p95']:10.2f}{f['mean']:10.2f}{f['median'] / base_median:8.2f}x")
        print(f"none lost, none doubled ({len(uids)} ids once each); stock = every scan once; db check ok")
        commit = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
        out = Path(args.json)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps({"figures": figures, "ratios": {k: v["median"] / base_median for k, v in figures.items()},
                                   "scans": args.scans, "round": args.round, "commit": commit,
                                   "python": sys.version.split()[0], "samples": {"kept": kept, "plain": plain}},
                                  indent=1))
    finally:
        queue.close()
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{SCRATCH}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
