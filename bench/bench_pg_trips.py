"""Round trips per scan on PostgreSQL over a slow link, and what a scan then takes to commit.

A TCP proxy (``delay_proxy.py``) in front of PostgreSQL delays every packet by N ms each
way and counts round trips (a client burst after server data). For each delay (default
20 and 40 ms) one run measures, in the same database and through the same proxy:

- baseline: a bare psycopg connection (autocommit) running ``SELECT 1``: one round
  trip, the least any committed scan could cost;
- receive: ``receive(...)`` in its own ``db.write()`` unit (what a CLI receive and each
  scan's write is), into an open donation, an existing lot at the receiving zone;
- intake scan: ``scanning.scan(...)``, the intake screen's whole unit of work (the
  receive plus the donation's lines read back for the screen);
- packing scan: ``pack(...)`` of one unit into an open box, first expiry first out (the
  box's totals in the answer);
- loading scan: ``load(...)`` of one unit onto a truck in loading, first expiry first out
  among the lots fit for it (the truck's totals in the answer);
- box loading scan: ``load(...)`` of a sealed box (one unit in it) by its label onto the
  same truck, as the loader scans packed boxes.

Target (issue 15): 2 round trips for each scan's write (its reads, then its writes with the
COMMIT); the intake scan also reads the donation's lines back for the screen.

Each figure: round trips per scan (median), commit time per scan (median, p95) in ms and
its ratio to the baseline's median. JSON with every sample goes to
``bench/results/pg_trips.json``.

    PYTHONPATH=$PWD python3 bench/bench_pg_trips.py [--pg URL] [--delays 20,40] [--n 20]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psycopg
from delay_proxy import Counter, start_delay_proxy  # bench/, beside this script
from sqlalchemy import create_engine, make_url, text

from warehouse_app.core.access.operators import add_operator
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.context import Actor
from warehouse_app.core.intake import scanning
from warehouse_app.core.intake.donations import open_donation
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.shipping.containers import create_container, pack, seal
from warehouse_app.core.shipping.shipments import create_truck, load
from warehouse_app.core.stock.integrity import check_stock_levels
from warehouse_app.db.database import Database
from warehouse_app.db.migrate import upgrade

SOAP = "5901234123457"
NAME = "aid_warehouse_bench_trips"


def _sample(counter: Counter, work: Callable[[], object]) -> tuple[int, float]:
    counter.reset()
    started = time.perf_counter()
    work()
    return counter.turns, (time.perf_counter() - started) * 1000


def _figure(samples: list[tuple[int, float]], baseline_ms: float | None) -> dict[str, Any]:
    trips = [t for t, _ in samples]
    times = sorted(ms for _, ms in samples)
    median = statistics.median(times)
    return {
        "n": len(samples), "trips_median": statistics.median(trips), "trips_max": max(trips),
        "ms_median": median, "ms_p95": times[max(0, int(len(times) * 0.95) - 1)],
        "ratio": median / baseline_ms if baseline_ms else 1.0, "samples": samples,
    }


def _setup(url: str, boxes: int) -> tuple[Actor, Actor, int, str, str, list[str]]:
    db = Database(url)
    upgrade(db)
    with db.write() as s:
        catalogue.add_item(s, name="Mydło w kostce 100 g", category="HYGIENE", unit="pcs", barcodes_=[SOAP],
                           unit_weight_kg="0.1")
        staff = Actor(add_operator(s, "Bench", "staff").id, "bench")
        loader = Actor(add_operator(s, "Loader", "loader").id, "bench")
        donation = open_donation(s, staff).id
    with db.write() as s:
        receive(s, staff, SOAP, qty=100_000, donation=donation)
    with db.write() as s:
        box = create_container(s, loader, "box").code
        truck = create_truck(s, loader, destination="Lviv").number
    sealed = []
    for _ in range(boxes):  # packed and sealed before the clock runs, without the delay
        with db.write() as s:
            code = create_container(s, loader, "box").code
            pack(s, loader, code, SOAP, qty=1)
            seal(s, loader, code, gross_kg="0.2")
        sealed.append(code)
    db.dispose()
    return staff, loader, donation, box, truck, sealed


def run(base_url: str, delay_ms: float, n: int) -> dict[str, Any]:
    parsed = make_url(base_url).set(drivername="postgresql+psycopg")
    admin = create_engine(parsed, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{NAME}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{NAME}"'))
    staff, loader, donation, box, truck, sealed = _setup(parsed.set(database=NAME).render_as_string(hide_password=False),
                                                         n + 2)

    counter = Counter()
    port = start_delay_proxy(parsed.host or "127.0.0.1", parsed.port or 5432, delay_ms / 1000, counter)
    slow = parsed.set(database=NAME, host="127.0.0.1", port=port)
    db = Database(slow.render_as_string(hide_password=False))
    bare = psycopg.connect(host="127.0.0.1", port=port, user=slow.username, password=slow.password,
                           dbname=NAME, autocommit=True)

    def bare_select() -> None:
        bare.execute("SELECT 1").fetchall()

    def one_receive() -> None:
        with db.write() as s:
            receive(s, staff, SOAP, donation=donation)

    def one_intake_scan() -> None:
        with db.write() as s:
            scanning.scan(s, staff, SOAP, donation_id=donation, separators="")

    def one_pack() -> None:
        with db.write() as s:
            pack(s, loader, box, SOAP, qty=1)

    def one_load() -> None:
        with db.write() as s:
            load(s, loader, truck, SOAP, qty=1)

    def one_box_load() -> None:
        with db.write() as s:
            load(s, loader, truck, sealed.pop())

    works = {"baseline: bare SELECT 1": bare_select, "receive": one_receive, "intake scan": one_intake_scan,
             "packing scan": one_pack, "loading scan": one_load, "box loading scan": one_box_load}
    samples: dict[str, list[tuple[int, float]]] = {name: [] for name in works}
    for work in works.values():  # warm-up: connections, prepared statements, first lot and levels
        for _ in range(2):
            work()
    for _ in range(n):  # interleaved, so the machine's noise hits all alike
        for name, work in works.items():
            samples[name].append(_sample(counter, work))
    bare.close()
    db.dispose()
    with Database(parsed.set(database=NAME).render_as_string(hide_password=False)).read() as s:
        report = check_stock_levels(s)
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{NAME}" WITH (FORCE)'))
    admin.dispose()
    baseline = statistics.median(ms for _, ms in samples["baseline: bare SELECT 1"])
    return {"delay_ms_each_way": delay_ms, "db_check_ok": report.ok,
            "figures": {name: _figure(found, baseline) for name, found in samples.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--pg", default=os.environ.get("WAREHOUSE_TEST_PG_URL",
                                                       "postgresql+psycopg://postgres@127.0.0.1:5432/test"))
    parser.add_argument("--delays", default="20,40", help="ms added each way, comma-separated")
    parser.add_argument("--n", type=int, default=20, help="scans of each kind per delay")
    parser.add_argument("--json", default="bench/results/pg_trips.json")
    args = parser.parse_args()

    import warehouse_app
    print(f"warehouse_app from {Path(warehouse_app.__file__).parent} (run with PYTHONPATH=$PWD for this checkout's)")
    runs = [run(args.pg, float(delay), args.n) for delay in args.delays.split(",")]
    for result in runs:
        print(f"\nPostgreSQL through a proxy adding {result['delay_ms_each_way']:.0f} ms each way "
              f"(db check {'ok' if result['db_check_ok'] else 'FAILED'})")
        print(f"{'':<26}{'trips/scan':>11}{'max':>5}{'median ms':>11}{'p95 ms':>9}{'x baseline':>12}")
        for name, f in result["figures"].items():
            print(f"{name:<26}{f['trips_median']:>11g}{f['trips_max']:>5}{f['ms_median']:>11.1f}"
                  f"{f['ms_p95']:>9.1f}{f['ratio']:>11.2f}x")
    commit = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True).stdout.strip()
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"commit": commit, "psycopg": psycopg.__version__, "runs": runs,
                               "warehouse_app": str(Path(warehouse_app.__file__).parent)}, indent=1))
    print(f"\nJSON: {out}")


if __name__ == "__main__":
    main()
