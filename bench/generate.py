"""Make a big, realistic warehouse database for the benchmarks, fast.

    python bench/generate.py --out bench/data/big.sqlite3 [--items 100000] [--movements 1000000] [--seed 1]

The schema comes from the app's own migrations (``Database`` + ``upgrade``), so the
file is exactly what the app would open. Everything else is written with the plain
``sqlite3`` module in one transaction (``executemany``), in the app's storage format:
quantities and weights as integer thousandths (12.5 is 12500), dates as
``YYYY-MM-DD``, timestamps as naive UTC ``YYYY-MM-DD HH:MM:SS.ffffff``, booleans 0/1.

The ledger is simulated in time order (receives into the receiving zone or an item's
home bins, moves between places, write-offs) and ``stock_level`` is written from the
running sums, so it equals the ledger exactly. The running totals (``item_total``,
``category_expiry_total``) are then filled from stock_level by the very SQL of the
migration that introduced them (0003). ``--check`` verifies both with
``warehouse_app.core.stock.integrity.check_stock_levels`` (slow on the full size).
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import sqlite3
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from warehouse_app.core.catalogue.barcodes import gtin_check_digit  # noqa: E402
from warehouse_app.db.database import Database  # noqa: E402
from warehouse_app.db.migrate import upgrade  # noqa: E402

STATIONS = ("intake-1", "intake-2", "floor-1")
N_BINS = 40
UNITS = ("pcs", "kg", "l", "pack", "pair", "set")
WRITE_OFF_REASONS = ("expired", "damaged", "contaminated", "stocktake loss")
WORDS = (
    "standard", "large", "small", "family", "travel", "winter", "summer", "kids", "adult",
    "economy", "premium", "basic", "extra", "mini", "maxi", "classic", "green", "blue",
)


def ts(moment: datetime) -> str:
    """A naive-UTC timestamp exactly as SQLAlchemy's SQLite DATETIME stores it."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


def ean13_as_gtin14(n: int) -> tuple[str, str]:
    """A valid EAN-13 "590" + 9 digits + check digit, and its GTIN-14 (zero-padded)."""
    body = f"590{n:09d}"
    ean = body + gtin_check_digit(body)
    return ean, ean.zfill(14)


def case_gtin14(ean13: str) -> str:
    """The GTIN-14 of a case of the same goods: indicator 1 + first 12 digits + check digit."""
    body = "1" + ean13[:12]
    return body + gtin_check_digit(body)


def migration_backfill() -> tuple[str, ...]:
    """The running-totals backfill of migration 0003, so the totals are filled exactly as an upgrade fills them."""
    path = next((ROOT / "warehouse_app" / "db" / "migrations" / "versions").glob("0003_*.py"))
    spec = importlib.util.spec_from_file_location("migration_0003", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return tuple(module.BACKFILL)


def migration_module(prefix: str) -> object:
    path = next((ROOT / "warehouse_app" / "db" / "migrations" / "versions").glob(f"{prefix}_*.py"))
    spec = importlib.util.spec_from_file_location(f"migration_{prefix}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def provenance_backfill(out: Path) -> None:
    """stock_origin and movement_origin by migration 0007's own replay of the ledger."""
    db = Database(str(out))
    try:
        with db.write_engine.begin() as conn:
            migration_module("0007").backfill(conn)  # type: ignore[attr-defined]
    finally:
        db.dispose()


def make_schema(out: Path) -> None:
    db = Database(str(out))
    try:
        upgrade(db)
    finally:
        db.dispose()


def generate(out: Path, n_items: int, n_movements: int, seed: int, today: date) -> dict[str, int]:
    rng = random.Random(seed)
    conn = sqlite3.connect(out, isolation_level=None)
    # Loading only: no journal, no fsync, no FK checks, big cache. Restored below.
    conn.execute("PRAGMA journal_mode = OFF")
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("PRAGMA cache_size = -1000000")  # ~1 GB
    conn.execute("PRAGMA temp_store = MEMORY")
    cur = conn.cursor()
    cur.execute("BEGIN")

    # Secondary indexes of the two big tables are dropped and rebuilt after the load
    # (sorting once beats a million random B-tree inserts). Unique constraints stay.
    rebuild = cur.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        "AND tbl_name IN ('movement', 'stock_level') AND sql NOT LIKE 'CREATE UNIQUE%'"
    ).fetchall()
    for name, _sql in rebuild:
        cur.execute(f'DROP INDEX "{name}"')

    now = datetime.now(UTC).replace(tzinfo=None)
    start = now - timedelta(days=730)

    # --- categories (seeded by the migration): leaves only get items
    cats = cur.execute("SELECT id, code, name_en FROM category WHERE archived = 0").fetchall()
    parents = {r[0] for r in cur.execute("SELECT parent_id FROM category WHERE parent_id IS NOT NULL")}
    leaves = [c for c in cats if c[0] not in parents]
    if not leaves:
        raise SystemExit("the migrated database has no categories (is resources/categories.json there?)")

    # --- operator, donors
    cur.execute("INSERT INTO operator (name, role, active) VALUES ('Bench Generator', 'manager', 1)")
    operator_id = cur.lastrowid
    n_donors = max(10, n_items // 500)
    cur.executemany(
        "INSERT INTO donor (id, name, kind, city, created_at) VALUES (?, ?, ?, ?, ?)",
        [(i, f"Donor {i:05d}", rng.choice(("person", "company", "parish", "ngo")),
          rng.choice(("Kraków", "Rzeszów", "Lublin", "Przemyśl", "Warszawa")), ts(start)) for i in range(1, n_donors + 1)],
    )

    # --- bins under the Storage zone
    storage_id, storage_path = cur.execute(
        "SELECT id, path FROM location WHERE kind = 'zone' AND name = 'Storage'"
    ).fetchone()
    receiving_id = int(cur.execute("SELECT value FROM setting WHERE key = 'receive_location_id'").fetchone()[0])
    next_loc = cur.execute("SELECT max(id) FROM location").fetchone()[0] + 1
    bins = []
    rows = []
    for k in range(N_BINS):
        loc_id = next_loc + k
        bins.append(loc_id)
        aisle, slot = divmod(k, 10)
        rows.append((loc_id, storage_id, "bin", f"LC{loc_id:06d}", f"Bin {chr(65 + aisle)}-{slot + 1:02d}",
                     f"{storage_path}{loc_id}/", 0, ts(start)))
    cur.executemany(
        "INSERT INTO location (id, parent_id, kind, code, name, path, archived, created_at) VALUES (?,?,?,?,?,?,?,?)",
        rows,
    )

    # --- items and barcodes
    unique_numbers = rng.sample(range(10**9), n_items)
    items = []  # (id, unit, tracks_expiry)
    item_rows, barcode_rows = [], []
    for i in range(1, n_items + 1):
        cat_id, code, name_en = rng.choice(leaves)
        if code.startswith(("FOOD", "BABY.FOOD")) and rng.random() < 0.3:
            unit = rng.choice(("kg", "l"))
        else:
            unit = rng.choices(UNITS, weights=(70, 6, 4, 12, 5, 3))[0]
        weight = None if rng.random() < 0.05 else rng.randint(20, 25_000)  # 0.02 .. 25 kg, thousandths
        tracks = rng.random() < 0.40
        min_stock = rng.randint(1, 200) * 1000 if rng.random() < 0.30 else None
        name = f"{name_en} {rng.choice(WORDS)} {i}"
        item_rows.append((i, name, cat_id, unit, weight, int(tracks), min_stock, None, None,
                          f"IT{i:06d}", 0, ts(start + timedelta(seconds=i))))
        ean, gtin14 = ean13_as_gtin14(unique_numbers[i - 1])
        barcode_rows.append((i, gtin14, 1000))
        if rng.random() < 0.10:
            barcode_rows.append((i, case_gtin14(ean), rng.choice((6, 12, 24)) * 1000))
        items.append((i, unit, tracks))
    cur.executemany(
        "INSERT INTO item (id, name, category_id, unit, unit_weight_kg, tracks_expiry, min_stock, size, gender, "
        "internal_code, archived, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        item_rows,
    )
    cur.executemany("INSERT INTO barcode (item_id, gtin, pack_qty) VALUES (?,?,?)", barcode_rows)
    del item_rows, barcode_rows

    # --- lots: one expiry-less lot per item, or 1..4 dated lots for items that track expiry
    lot_rows = []
    lots_of: list[list[int]] = [[] for _ in range(n_items + 1)]
    lot_id = 0
    for item_id, _unit, tracks in items:
        if tracks:
            offsets = rng.sample(range(-60, 731), rng.randint(1, 4))
            for off in offsets:
                lot_id += 1
                code = f"L{rng.randint(0, 99999):05d}" if rng.random() < 0.3 else ""
                lot_rows.append((lot_id, item_id, (today + timedelta(days=off)).isoformat(), code))
                lots_of[item_id].append(lot_id)
        else:
            lot_id += 1
            lot_rows.append((lot_id, item_id, None, ""))
            lots_of[item_id].append(lot_id)
    cur.executemany("INSERT INTO lot (id, item_id, expiry, lot_code) VALUES (?,?,?,?)", lot_rows)
    n_lots = len(lot_rows)
    del lot_rows

    # --- donations: consecutive intake batches over the two years, all closed
    n_donations = max(1, n_movements // 400)
    span = (now - start).total_seconds()
    donation_rows = []
    counters: dict[int, int] = {}
    for d in range(1, n_donations + 1):
        opened = start + timedelta(seconds=span * (d - 1) / n_donations)
        counters[opened.year] = counters.get(opened.year, 0) + 1
        donation_rows.append((d, f"D-{opened.year}-{counters[opened.year]:05d}", rng.randint(1, n_donors), None,
                              None, "closed", rng.choice(STATIONS), operator_id, ts(opened),
                              ts(opened + timedelta(hours=2))))
    cur.executemany(
        "INSERT INTO donation (id, number, donor_id, source, notes, status, station, operator_id, opened_at, "
        "closed_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        donation_rows,
    )
    # The counter must be past every number used, or the app's next donation would collide.
    cur.executemany("INSERT INTO counter (name, year, value) VALUES ('D', ?, ?)", list(counters.items()))
    del donation_rows

    # --- the ledger, simulated in time order, and the running stock levels
    home = [None] + [rng.sample(bins, rng.randint(1, 2)) for _ in range(n_items)]
    whole = [None] + [unit not in ("kg", "l") for _item, unit, _t in items]
    levels: dict[tuple[int, int, int], int] = {}
    positive: list[tuple[int, int, int]] = []  # keys with stock > 0, for moves and write-offs
    pos_index: dict[tuple[int, int, int], int] = {}

    def add(key: tuple[int, int, int], q: int) -> None:
        new = levels.get(key, 0) + q
        levels[key] = new
        if new > 0 and key not in pos_index:
            pos_index[key] = len(positive)
            positive.append(key)

    def take(key: tuple[int, int, int], q: int) -> None:
        new = levels[key] - q
        levels[key] = new
        if new == 0:
            i = pos_index.pop(key)
            last = positive.pop()
            if i < len(positive):
                positive[i] = last
                pos_index[last] = i

    movements = []
    step = span / max(1, n_movements)
    rand, randint, choice = rng.random, rng.randint, rng.choice
    for m in range(1, n_movements + 1):
        created = ts(start + timedelta(seconds=step * m))
        station = STATIONS[m % 3]
        roll = rand()
        if roll < 0.85 or not positive:
            item_id = randint(1, n_items)
            lot = choice(lots_of[item_id])
            loc = receiving_id if rand() < 0.3 else choice(home[item_id])
            q = randint(1, 48) * 1000 if whole[item_id] else randint(250, 50_000)
            add((item_id, lot, loc), q)
            donation_id = min(n_donations, 1 + (m - 1) * n_donations // n_movements)
            movements.append((m, "receive", item_id, lot, q, None, loc, donation_id, None, operator_id, station,
                              created, None, None))
            continue
        key = positive[randint(0, len(positive) - 1)]
        item_id, lot, loc = key
        have = levels[key]
        if whole[item_id]:
            q = randint(1, have // 1000) * 1000
        else:
            q = randint(1, have)
        if roll < 0.95:  # move: out of receiving to a home bin, or bin to bin
            dest = choice(home[item_id]) if loc == receiving_id else choice(bins)
            if dest == loc:
                dest = receiving_id if loc != receiving_id else bins[0]
            take(key, q)
            add((item_id, lot, dest), q)
            movements.append((m, "move", item_id, lot, q, loc, dest, None, None, operator_id, station,
                              created, None, None))
        else:
            take(key, q)
            movements.append((m, "write_off", item_id, lot, q, loc, None, None, None, operator_id, station,
                              created, choice(WRITE_OFF_REASONS), None))
        if len(movements) >= 200_000:
            _insert_movements(cur, movements)
            movements = []
    _insert_movements(cur, movements)
    del movements

    cur.executemany(
        "INSERT INTO stock_level (item_id, lot_id, location_id, quantity) VALUES (?,?,?,?)",
        ((k[0], k[1], k[2], q) for k, q in sorted(levels.items())),
    )
    for _name, sql in rebuild:
        cur.execute(sql)
    for sql in migration_backfill():  # the schema came empty from the migrations: fill the totals now
        cur.execute(sql)
    cur.execute("COMMIT")

    bad_fk = conn.execute("PRAGMA foreign_key_check").fetchmany(5)
    if bad_fk:
        raise SystemExit(f"generated data breaks foreign keys: {bad_fk}")
    conn.execute("PRAGMA journal_mode = WAL")  # what the app uses; persistent in the file
    n_totals = conn.execute("SELECT count(*) FROM category_expiry_total").fetchone()[0]
    conn.close()
    return {
        "items": n_items, "lots": n_lots, "bins": N_BINS, "donations": n_donations,
        "movements": n_movements, "stock_levels": len(levels),
        "stock_levels_positive": len(positive),
        "category_expiry_totals": n_totals,
    }


def _insert_movements(cur: sqlite3.Cursor, rows: list[tuple]) -> None:  # type: ignore[type-arg]
    cur.executemany(
        "INSERT INTO movement (id, kind, item_id, lot_id, quantity, from_location_id, to_location_id, donation_id, "
        "shipment_id, operator_id, station, created_at, reason, reverses_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )


def check(out: Path) -> None:
    from warehouse_app.core.stock.integrity import check_stock_levels

    db = Database(str(out))
    try:
        t0 = time.perf_counter()
        with db.read() as session:
            report = check_stock_levels(session)
        took = time.perf_counter() - t0
    finally:
        db.dispose()
    print(f"check_stock_levels: ok={report.ok} movements={report.movements} stock_levels={report.stock_levels} "
          f"differences={len(report.differences)} total_differences={len(report.total_differences)} ({took:.1f} s)")
    if not report.ok:
        for d in [*report.differences[:10], *report.total_differences[:10]]:
            print("  ", d)
        raise SystemExit(1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="the SQLite file to create")
    parser.add_argument("--items", type=int, default=100_000)
    parser.add_argument("--movements", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--force", action="store_true", help="replace the file if it exists")
    parser.add_argument("--check", action="store_true",
                        help="afterwards verify stock_level == ledger sums with the app's own check (slow when big)")
    args = parser.parse_args(argv)

    out = args.out.resolve()
    if out.exists() and not args.force:
        parser.error(f"{out} exists; pass --force to replace it")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{out}{suffix}").unlink(missing_ok=True)
    out.parent.mkdir(parents=True, exist_ok=True)

    t0 = time.perf_counter()
    make_schema(out)
    t1 = time.perf_counter()
    stats = generate(out, args.items, args.movements, args.seed, date.today())
    provenance_backfill(out)
    t2 = time.perf_counter()
    size = out.stat().st_size
    print(f"{out}: {', '.join(f'{k}={v}' for k, v in stats.items())}")
    print(f"schema {t1 - t0:.1f} s + data {t2 - t1:.1f} s = {t2 - t0:.1f} s; file {size / 1e6:.1f} MB")
    if args.check:
        check(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
