"""Receive latency (service vs. bare sqlite3 floor) and the stock-by-category roll-up.

    python bench/bench_receive.py --db bench/data/big.sqlite3 [--n 500] [--round 50] [--profile]

Make the database first with bench/generate.py. The run writes N + N real receives
(and their ledger rows) into that file, into one donation it opens for the purpose,
so the ledger stays consistent (``warehouse-app db check`` is still ok afterwards).

* service receive: ``receive(session, actor, code, qty=..., donation=...)`` each in
  its own ``with db.write() as s:`` unit of work (BEGIN IMMEDIATE ... COMMIT,
  synchronous=FULL), timed around the whole ``with`` block.
* bare floor: the same logical work on a plain ``sqlite3`` connection to the same
  file with the same pragmas: BEGIN IMMEDIATE; item by barcode; the receiving zone,
  the donation (refused if closed) and the lot in one SELECT, as the service reads
  them (insert the lot if new); INSERT the movement; upsert the stock level; upsert
  the item and category running totals (the same SQL as core/ledger.py); COMMIT.
  The two alternate in rounds (``--round``), each round starting with the other one,
  so machine noise and WAL growth hit both alike.
* roll-up: ``stock_by_category`` in a ``db.read()`` unit (warm-ups, then repeats),
  against the old GROUP BY over stock_level (and its below-minimum query) and the
  three queries over the running totals it now runs, all with plain sqlite3.

Prints a table and writes JSON to bench/results/receive.json (``--json``).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import math
import platform
import pstats
import random
import sqlite3
import statistics
import sys
import time
from collections import defaultdict
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import sqlalchemy  # noqa: E402
from sqlalchemy import event  # noqa: E402

from warehouse_app.core.access.operators import actor_for  # noqa: E402
from warehouse_app.core.intake.donations import open_donation  # noqa: E402
from warehouse_app.core.intake.receiving import receive  # noqa: E402
from warehouse_app.core.stock.query import stock_by_category  # noqa: E402
from warehouse_app.db.database import BUSY_TIMEOUT_MS, Database  # noqa: E402
from warehouse_app.db.models import Setting  # noqa: E402
from warehouse_app.db.prepared import Prepared  # noqa: E402

RESULTS = ROOT / "bench" / "results"
RECEIVE_RATIO_TARGET = 3.0
ROLLUP_TARGET_MS = 100.0
OPERATOR = "Bench Runner"
STATION = "bench"

# ---------------------------------------------------------------- the bare floor

BARE_ITEM = (
    "SELECT item.id, item.name, item.unit, item.tracks_expiry, item.archived, barcode.pack_qty "
    "FROM item JOIN barcode ON barcode.item_id = item.id WHERE barcode.gtin = ?"
)
BARE_LOT_NO_EXPIRY = "SELECT id FROM lot WHERE item_id = ? AND expiry IS NULL AND lot_code = ?"
BARE_LOT_EXPIRY = "SELECT id FROM lot WHERE item_id = ? AND expiry = ? AND lot_code = ?"
BARE_LOT_INSERT = "INSERT INTO lot (item_id, expiry, lot_code) VALUES (?, ?, ?) ON CONFLICT DO NOTHING"
# The service reads the receiving zone, the donation (to refuse a closed one) and the lot in one
# statement; so does the floor, with the same columns.
BARE_CONTEXT = (
    "SELECT location.id, location.parent_id, location.kind, location.code, location.name, location.path, "
    "location.archived, donation.id, donation.number, donor.name, donation.source, donation.notes, "
    "donation.status, donation.station, donation.opened_at, donation.closed_at, ({lot}) "
    "FROM location JOIN donation ON donation.id = ? LEFT OUTER JOIN donor ON donor.id = donation.donor_id "
    "WHERE location.id = (SELECT CAST(setting.value AS INTEGER) FROM setting WHERE setting.key = 'receive_location_id')"
)
BARE_CONTEXT_NO_EXPIRY = BARE_CONTEXT.format(lot=BARE_LOT_NO_EXPIRY)
BARE_CONTEXT_EXPIRY = BARE_CONTEXT.format(lot=BARE_LOT_EXPIRY)
BARE_MOVEMENT = (
    "INSERT INTO movement (kind, item_id, lot_id, quantity, from_location_id, to_location_id, donation_id, "
    "operator_id, station, created_at) VALUES ('receive', ?, ?, ?, NULL, ?, ?, ?, ?, ?) RETURNING id"
)
BARE_LEVEL = (
    "INSERT INTO stock_level (item_id, lot_id, location_id, quantity) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (item_id, lot_id, location_id) DO UPDATE SET quantity = quantity + excluded.quantity "
    "RETURNING quantity"
)
# The running totals, as core/ledger.py keeps them (quantities raw thousandths, weight in mg).
BARE_ITEM_TOTAL = (
    "INSERT INTO item_total (item_id, quantity) VALUES (?, ?) "
    "ON CONFLICT (item_id) DO UPDATE SET quantity = item_total.quantity + excluded.quantity"
)
BARE_CATEGORY_TOTAL = (
    "INSERT INTO category_expiry_total (category_id, expiry, quantity, weight_mg) "
    "SELECT item.category_id, coalesce(lot.expiry, '9999-12-31'), ?1, ?1 * coalesce(item.unit_weight_kg, 0) "
    "FROM lot JOIN item ON item.id = lot.item_id WHERE lot.id = ?2 "
    "ON CONFLICT (category_id, expiry) DO UPDATE SET "
    "quantity = category_expiry_total.quantity + excluded.quantity, "
    "weight_mg = category_expiry_total.weight_mg + excluded.weight_mg"
)

# The roll-up's two grouped queries, as stock_by_category emits them (quantities raw).
BARE_ROLLUP = (
    "SELECT item.category_id, sum(stock_level.quantity), "
    "sum(stock_level.quantity * coalesce(item.unit_weight_kg, 0)), count(DISTINCT item.id), "
    "sum(CASE WHEN lot.expiry < ? THEN stock_level.quantity ELSE 0 END), "
    "sum(CASE WHEN lot.expiry <= ? THEN stock_level.quantity ELSE 0 END), "
    "sum(CASE WHEN lot.expiry <= ? THEN stock_level.quantity ELSE 0 END) "
    "FROM stock_level JOIN item ON item.id = stock_level.item_id JOIN lot ON lot.id = stock_level.lot_id "
    "WHERE stock_level.quantity > 0 GROUP BY item.category_id"
)
BARE_BELOW_MIN = (
    "SELECT item.category_id, count(*) FROM item "
    "WHERE item.archived IS 0 AND item.min_stock > 0 AND (SELECT coalesce(sum(stock_level.quantity), 0) "
    "FROM stock_level WHERE stock_level.item_id = item.id AND stock_level.quantity > 0) < item.min_stock "
    "GROUP BY item.category_id"
)
# What stock_by_category runs now without a location: three queries over the running totals.
BARE_TOTALS = (
    ("SELECT category_id, sum(quantity), sum(weight_mg), "
     "sum(CASE WHEN expiry < ? THEN quantity ELSE 0 END), "
     "sum(CASE WHEN expiry <= ? THEN quantity ELSE 0 END), "
     "sum(CASE WHEN expiry <= ? THEN quantity ELSE 0 END) "
     "FROM category_expiry_total GROUP BY category_id", True),
    ("SELECT item.category_id + 0, count(*) FROM item_total JOIN item ON item.id = item_total.item_id "
     "WHERE item_total.quantity > 0 GROUP BY item.category_id + 0", False),
    ("SELECT item.category_id + 0, count(*) FROM item LEFT OUTER JOIN item_total ON item_total.item_id = item.id "
     "WHERE item.archived IS 0 AND item.min_stock > 0 AND coalesce(item_total.quantity, 0) < item.min_stock "
     "GROUP BY item.category_id + 0", False),
)


def bare_connect(path: Path) -> sqlite3.Connection:
    """A plain connection with the app's pragmas; we emit BEGIN ourselves, like the app."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def bare_receive(conn: sqlite3.Connection, ctx: dict, gtin: str, scans: int, expiry: str | None) -> tuple[int, int]:
    """One receive with plain SQL: what the service's unit of work has to do, at the least."""
    cur = conn.cursor()
    cur.execute("BEGIN IMMEDIATE")
    try:
        row = cur.execute(BARE_ITEM, (gtin,)).fetchone()
        if row is None:
            raise LookupError(gtin)
        item_id, _name, _unit, _tracks, _archived, pack_qty = row
        units = scans * pack_qty  # pack_qty is in thousandths, so units are too
        if expiry is None:
            context = cur.execute(BARE_CONTEXT_NO_EXPIRY, (item_id, "", ctx["donation_id"])).fetchone()
        else:
            context = cur.execute(BARE_CONTEXT_EXPIRY, (item_id, expiry, "", ctx["donation_id"])).fetchone()
        if context is None or context[12] != "open":
            raise LookupError("no receiving zone, or the donation is missing or closed")
        location_id, lot_id = context[0], context[16]
        if lot_id is None:
            cur.execute(BARE_LOT_INSERT, (item_id, expiry, ""))
            lot_id = cur.execute(
                *((BARE_LOT_NO_EXPIRY, (item_id, "")) if expiry is None else (BARE_LOT_EXPIRY, (item_id, expiry, "")))
            ).fetchone()[0]
        level = cur.execute(BARE_LEVEL, (item_id, lot_id, location_id, units)).fetchone()[0]
        created = datetime.now(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")
        movement_id = cur.execute(
            BARE_MOVEMENT,
            (item_id, lot_id, units, location_id, ctx["donation_id"], ctx["operator_id"], STATION, created),
        ).fetchone()[0]
        cur.execute(BARE_ITEM_TOTAL, (item_id, units))
        cur.execute(BARE_CATEGORY_TOTAL, (units, lot_id))
        cur.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            cur.execute("ROLLBACK")
        raise
    return movement_id, level


# ---------------------------------------------------------------- helpers


def summarize(samples_ms: list[float]) -> dict[str, float]:
    ordered = sorted(samples_ms)
    p95 = ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]  # nearest rank
    return {
        "n": len(ordered),
        "median_ms": statistics.median(ordered),
        "p95_ms": p95,
        "mean_ms": statistics.fmean(ordered),
        "min_ms": ordered[0],
        "max_ms": ordered[-1],
    }


def pick_workload(path: Path, n: int, seed: int) -> list[tuple[str, int]]:
    """(EAN-13 as scanned, number of scans) for random existing items without expiry tracking.

    Only single-unit barcodes, so the service and the floor store the same quantities.
    """
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT barcode.gtin FROM barcode JOIN item ON item.id = barcode.item_id "
            "WHERE item.tracks_expiry = 0 AND item.archived = 0 AND barcode.pack_qty = 1000 "
            "AND barcode.gtin LIKE '0%'"
        ).fetchall()
    finally:
        conn.close()
    if not rows:
        raise SystemExit("no items without expiry tracking in this database; run bench/generate.py first")
    rng = random.Random(seed)
    return [(rng.choice(rows)[0][1:], rng.randint(1, 12)) for _ in range(n)]


def git_revision() -> str | None:
    """The commit measured, with "+dirty" when the working tree has changes under warehouse_app/."""
    import subprocess

    try:
        rev = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "warehouse_app"], cwd=ROOT,
                               capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None
    return rev + ("+dirty" if dirty else "")


def table_counts(path: Path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("item", "lot", "location", "movement", "stock_level", "item_total",
                          "category_expiry_total")}
    finally:
        conn.close()


class StatementTimer:
    """Wall time per SQL statement (for the breakdown, not the figures): what the engine
    sends, and the hot path's ``Prepared`` statements, which bypass the engine's events
    (their time includes binding and result conversion)."""

    def __init__(self, engine: sqlalchemy.Engine) -> None:
        self.engine = engine
        self.totals: dict[str, list[float]] = defaultdict(lambda: [0, 0.0])
        self.seen: list[tuple[str, tuple]] = []  # type: ignore[type-arg]
        self._start = 0.0
        self._rows = Prepared.rows

    def __enter__(self) -> StatementTimer:
        event.listen(self.engine, "before_cursor_execute", self._before)
        event.listen(self.engine, "after_cursor_execute", self._after)
        timer, rows = self, self._rows

        def timed(prepared: Prepared, session, params):  # type: ignore[no-untyped-def]
            timer._before()
            try:
                return rows(prepared, session, params)
            finally:
                sql = prepared._plan(session.connection().dialect).sql
                timer._after(None, None, "[prepared] " + sql, tuple(params.values()))

        Prepared.rows = timed  # type: ignore[method-assign]
        return self

    def __exit__(self, *exc: object) -> None:
        Prepared.rows = self._rows  # type: ignore[method-assign]
        event.remove(self.engine, "before_cursor_execute", self._before)
        event.remove(self.engine, "after_cursor_execute", self._after)

    def _before(self, *_args: object) -> None:
        self._start = time.perf_counter()

    def _after(self, _conn, _cursor, statement, parameters, *_args: object) -> None:  # type: ignore[no-untyped-def]
        self.seen.append((statement, tuple(parameters or ())))
        entry = self.totals[" ".join(statement.split())[:110]]
        entry[0] += 1
        entry[1] += (time.perf_counter() - self._start) * 1000


def print_profile(profiler: cProfile.Profile, title: str, limit: int = 25) -> str:
    buf = io.StringIO()
    stats = pstats.Stats(profiler, stream=buf)
    stats.strip_dirs().sort_stats("cumulative").print_stats(limit)
    buf2 = io.StringIO()
    pstats.Stats(profiler, stream=buf2).strip_dirs().sort_stats("tottime").print_stats(15)
    out = f"\n===== {title}: by cumulative time =====\n{buf.getvalue()}\n===== {title}: by own time =====\n{buf2.getvalue()}"
    print(out)
    return out


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a database made by bench/generate.py")
    parser.add_argument("--n", type=int, default=500, help="receives per variant (default 500)")
    parser.add_argument("--round", type=int, default=50, help="receives per variant per round (default 50)")
    parser.add_argument("--warmup", type=int, default=10, help="untimed receives per variant first (default 10)")
    parser.add_argument("--rollup-repeats", type=int, default=20)
    parser.add_argument("--rollup-warmups", type=int, default=2)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, default=RESULTS / "receive.json")
    parser.add_argument("--profile", action="store_true",
                        help="also profile extra (untimed) service receives and roll-ups: SQL per statement + cProfile")
    args = parser.parse_args(argv)

    revision = git_revision()  # before anything runs: the code under test may change on disk later
    path = args.db.resolve()
    args.json.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        parser.error(f"{path} does not exist; make it with bench/generate.py")
    counts = table_counts(path)
    print(f"database {path} ({path.stat().st_size / 1e6:.0f} MB): "
          + ", ".join(f"{k} {v:,}" for k, v in counts.items()))

    db = Database(str(path))
    with db.write() as s:
        actor = actor_for(s, OPERATOR, STATION)
        donation = open_donation(s, actor, donor="Benchmark donor", notes="bench/bench_receive.py")
        location_id = int(s.get(Setting, "receive_location_id").value)  # type: ignore[union-attr]
    ctx = {"donation_id": donation.id, "operator_id": actor.operator_id, "location_id": location_id}
    print(f"donation {donation.number} (id {donation.id}), operator id {actor.operator_id}, "
          f"receive location id {location_id}")

    total = args.warmup + args.n
    work = pick_workload(path, 2 * total + (200 if args.profile else 0), args.seed)
    service_work = work[:total]
    bare_work = work[total:2 * total]
    extra_work = work[2 * total:]

    bare = bare_connect(path)

    def run_service(code: str, scans: int) -> float:
        t0 = time.perf_counter()
        with db.write() as s:
            receive(s, actor, code, qty=scans, donation=donation.id)
        return (time.perf_counter() - t0) * 1000

    def run_bare(code: str, scans: int) -> float:
        t0 = time.perf_counter()
        bare_receive(bare, ctx, code.zfill(14), scans, None)
        return (time.perf_counter() - t0) * 1000

    # warm-ups: connection set-up, statement caches, the pages the workload touches
    for (code_s, q_s), (code_b, q_b) in zip(service_work[:args.warmup], bare_work[:args.warmup]):
        run_service(code_s, q_s)
        run_bare(code_b, q_b)

    service_ms: list[float] = []
    bare_ms: list[float] = []
    service_queue = service_work[args.warmup:]
    bare_queue = bare_work[args.warmup:]
    t_start = time.perf_counter()
    rounds = 0
    while service_queue or bare_queue:
        blocks = [("service", service_queue[:args.round]), ("bare", bare_queue[:args.round])]
        if rounds % 2:
            blocks.reverse()
        for name, block in blocks:
            for code, scans in block:
                (service_ms if name == "service" else bare_ms).append(
                    run_service(code, scans) if name == "service" else run_bare(code, scans)
                )
        service_queue, bare_queue = service_queue[args.round:], bare_queue[args.round:]
        rounds += 1
    receive_wall = time.perf_counter() - t_start

    svc, flr = summarize(service_ms), summarize(bare_ms)
    ratio_median = svc["median_ms"] / flr["median_ms"]
    ratio_mean = svc["mean_ms"] / flr["mean_ms"]

    # ---- roll-up
    def rollup_service() -> float:
        t0 = time.perf_counter()
        with db.read() as s:
            stock_by_category(s)
        return (time.perf_counter() - t0) * 1000

    day = date.today()
    day_params = (day.isoformat(), (day + timedelta(days=30)).isoformat(), (day + timedelta(days=90)).isoformat())

    def rollup_bare(query: str, params: tuple) -> float:  # type: ignore[type-arg]
        t0 = time.perf_counter()
        bare.execute("BEGIN")
        bare.execute(query, params).fetchall()
        bare.execute("ROLLBACK")
        return (time.perf_counter() - t0) * 1000

    def totals_bare() -> float:
        t0 = time.perf_counter()
        bare.execute("BEGIN")
        for query, dated in BARE_TOTALS:
            bare.execute(query, day_params if dated else ()).fetchall()
        bare.execute("ROLLBACK")
        return (time.perf_counter() - t0) * 1000

    for _ in range(args.rollup_warmups):
        rollup_service()
        rollup_bare(BARE_ROLLUP, day_params)
        rollup_bare(BARE_BELOW_MIN, ())
        totals_bare()
    roll_svc_ms, roll_bare_ms, below_bare_ms, totals_bare_ms = [], [], [], []
    for i in range(args.rollup_repeats):  # alternate the order, as with the receives
        order = [0, 1, 2, 3] if i % 2 == 0 else [3, 2, 1, 0]
        for k in order:
            if k == 0:
                roll_svc_ms.append(rollup_service())
            elif k == 1:
                roll_bare_ms.append(rollup_bare(BARE_ROLLUP, day_params))
            elif k == 2:
                below_bare_ms.append(rollup_bare(BARE_BELOW_MIN, ()))
            else:
                totals_bare_ms.append(totals_bare())
    roll_svc, roll_bare, below_bare = summarize(roll_svc_ms), summarize(roll_bare_ms), summarize(below_bare_ms)
    both_bare = [a + b for a, b in zip(roll_bare_ms, below_bare_ms)]
    roll_both = summarize(both_bare)
    roll_totals = summarize(totals_bare_ms)
    ratio_group_by = roll_svc["median_ms"] / roll_bare["median_ms"]

    # ---- report
    def row(label: str, s: dict[str, float]) -> str:
        return (f"{label:<38} {s['n']:>5} {s['median_ms']:>9.2f} {s['p95_ms']:>9.2f} {s['mean_ms']:>9.2f} "
                f"{s['min_ms']:>8.2f} {s['max_ms']:>9.2f}")

    print()
    print(f"{'':<38} {'n':>5} {'median':>9} {'p95':>9} {'mean':>9} {'min':>8} {'max':>9}   (ms)")
    print(row("service receive (db.write + receive)", svc))
    print(row("bare sqlite3 receive (floor)", flr))
    verdict = "OK" if ratio_median <= RECEIVE_RATIO_TARGET and ratio_mean <= RECEIVE_RATIO_TARGET else "OVER"
    print(f"{'ratio service/bare':<38}       median {ratio_median:.2f}x, mean {ratio_mean:.2f}x   "
          f"target <= {RECEIVE_RATIO_TARGET:.0f}x: {verdict}")
    print(f"{'':<38} ({rounds} rounds of {args.round}, {receive_wall:.1f} s)")
    print(row("stock_by_category (db.read unit)", roll_svc))
    print(row("bare GROUP BY (stock ⨝ item ⨝ lot)", roll_bare))
    print(row("bare below-minimum query", below_bare))
    print(row("bare both queries", roll_both))
    print(row("bare running-totals queries (now)", roll_totals))
    verdict_roll = "OK" if roll_svc["median_ms"] < ROLLUP_TARGET_MS else "OVER"
    print(f"{'roll-up target':<38}       median < {ROLLUP_TARGET_MS:.0f} ms: {verdict_roll}; "
          f"{ratio_group_by:.2f}x the bare GROUP BY")

    result = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "git": revision,
        "database": str(path),
        "database_mb": round(path.stat().st_size / 1e6, 1),
        "rows": counts,
        "machine": {"python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
                    "sqlalchemy": sqlalchemy.__version__, "platform": platform.platform(),
                    "cpus": __import__("os").cpu_count()},
        "settings": {"n": args.n, "round": args.round, "warmup": args.warmup,
                     "rollup_repeats": args.rollup_repeats, "rollup_warmups": args.rollup_warmups,
                     "seed": args.seed, "donation": donation.number},
        "receive": {
            "service": svc, "bare": flr,
            "ratio_median": ratio_median, "ratio_mean": ratio_mean,
            "target_ratio": RECEIVE_RATIO_TARGET,
            "samples_ms": {"service": service_ms, "bare": bare_ms},
        },
        "rollup": {
            "service": roll_svc, "bare_group_by": roll_bare, "bare_below_minimum": below_bare,
            "bare_both": roll_both, "bare_running_totals": roll_totals, "ratio_to_group_by": ratio_group_by,
            "target_ms": ROLLUP_TARGET_MS,
            "samples_ms": {"service": roll_svc_ms, "bare_group_by": roll_bare_ms,
                           "bare_below_minimum": below_bare_ms, "bare_running_totals": totals_bare_ms},
        },
    }

    if args.profile:
        result["profile"] = profile(db, actor, donation.id, extra_work, path)

    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nwrote {args.json}")
    bare.close()
    db.dispose()
    return 0


def profile(db: Database, actor, donation_id: int, work: list[tuple[str, int]], path: Path) -> dict:  # type: ignore[no-untyped-def,type-arg]
    """Where the time goes: SQL per statement and cProfile, on extra untimed runs."""
    half = len(work) // 2
    report: dict = {}  # type: ignore[type-arg]

    # 1. SQL statements of a service receive, timed one by one
    with StatementTimer(db.engine) as timer:
        t0 = time.perf_counter()
        for code, scans in work[:half]:
            with db.write() as s:
                receive(s, actor, code, qty=scans, donation=donation_id)
        wall = (time.perf_counter() - t0) * 1000 / half
    print(f"\n===== service receive: SQL per receive (mean of {half}; wall {wall:.2f} ms per receive) =====")
    stmts = []
    for stmt, (count, ms) in sorted(timer.totals.items(), key=lambda kv: -kv[1][1]):
        print(f"{count / half:5.1f}x {ms / half:7.3f} ms  {stmt}")
        stmts.append({"per_receive": count / half, "ms_per_receive": ms / half, "sql": stmt})
    sql_ms = sum(ms for _c, ms in timer.totals.values()) / half
    print(f"statements: {sum(c for c, _ in timer.totals.values()) / half:.1f} per receive, "
          f"{sql_ms:.2f} ms in SQL; the rest ({wall - sql_ms:.2f} ms) is COMMIT + Python")
    report["receive_sql"] = {"wall_ms": wall, "sql_ms": sql_ms, "statements": stmts}

    # 2. cProfile of service receives
    prof = cProfile.Profile()
    prof.enable()
    for code, scans in work[half:]:
        with db.write() as s:
            receive(s, actor, code, qty=scans, donation=donation_id)
    prof.disable()
    prof.dump_stats(str(RESULTS / "receive.prof"))
    report["receive_cprofile"] = print_profile(prof, f"service receive x{len(work) - half}")

    # 3. the roll-up: its SQL statements, each re-run with plain sqlite3 *including the fetch*
    #    (the engine's cursor events only see execute(); SQLite does most of the work in fetchall)
    with StatementTimer(db.engine) as timer:
        t0 = time.perf_counter()
        with db.read() as s:
            stock_by_category(s)
        wall = (time.perf_counter() - t0) * 1000
    print(f"\n===== stock_by_category: its SQL re-run with sqlite3, execute + fetchall "
          f"(one service call: {wall:.1f} ms) =====")
    conn = sqlite3.connect(path)
    stmts = []
    for statement, params in timer.seen:
        if statement.strip().upper() in ("BEGIN", "BEGIN IMMEDIATE"):
            continue
        runs = []
        for _ in range(3):
            t0 = time.perf_counter()
            rows = conn.execute(statement, params).fetchall()
            runs.append((time.perf_counter() - t0) * 1000)
        ms = statistics.median(runs)
        flat = " ".join(statement.split())
        print(f"{ms:8.1f} ms  {len(rows):4d} rows  {flat[:120]}")
        stmts.append({"ms": ms, "rows": len(rows), "sql": flat})
    sql_total = sum(st["ms"] for st in stmts)
    print(f"SQL {sql_total:.1f} ms of {wall:.1f} ms; Python and SQLAlchemy {wall - sql_total:.1f} ms")
    report["rollup_sql"] = {"wall_ms": wall, "sql_ms": sql_total, "statements": stmts}
    conn.close()
    prof = cProfile.Profile()
    prof.enable()
    for _ in range(5):
        with db.read() as s:
            stock_by_category(s)
    prof.disable()
    prof.dump_stats(str(RESULTS / "rollup.prof"))
    report["rollup_cprofile"] = print_profile(prof, "stock_by_category x5", limit=20)

    # 4. query plans of the roll-up's SQL
    conn = sqlite3.connect(path)
    plans = {}
    queries = [("group_by", BARE_ROLLUP, ("2000-01-01",) * 3), ("below_minimum", BARE_BELOW_MIN, ())]
    queries += [(f"running_totals_{n}", q, ("2000-01-01",) * 3 if dated else ())
                for n, (q, dated) in enumerate(BARE_TOTALS, 1)]
    for name, query, params in queries:
        plans[name] = [r[3] for r in conn.execute("EXPLAIN QUERY PLAN " + query, params)]
        print(f"\nplan {name}: " + " | ".join(plans[name]))
    conn.close()
    report["rollup_plans"] = plans
    return report


if __name__ == "__main__":
    raise SystemExit(main())
