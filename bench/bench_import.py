"""Spreadsheet imports at full size: preview and import against bare openpyxl + executemany.

    PYTHONPATH=$PWD python3 bench/bench_import.py [--preview-rows 20000] [--import-rows 30000]
                                                  [--donation-rows 5000] [--pg URL] [--profile]
                                                  [--only preview|items|donation …]

Makes three sheets with openpyxl in bench/data/ (kept between runs; same seed, same
files): an item sheet of ``--preview-rows`` rows, one of ``--import-rows`` rows (Polish
headers, categories by code, by path and by leaf name, units as Polish sheets write
them, one or two barcodes per item, weights with a decimal comma, every optional column
filled on some rows), and a donation list of ``--donation-rows`` lines naming those
items by barcode (a GS1-128 code with its expiry on some), with quantities, expiry
dates and lots.

Each figure is timed on a fresh, migrated database (SQLite file by default; with
``--pg`` a scratch PostgreSQL database, dropped afterwards), from the file's name to
the committed transaction, as the user waits for it:

| figure | app | bare baseline (same run, same file) |
|---|---|---|
| preview items | ``read_rows`` + ``preview_items`` in a ``db.read()`` | openpyxl read-only ``iter_rows`` of the sheet + one plain ``SELECT … WHERE gtin IN`` per 500 barcodes |
| import items | ``read_rows`` + ``import_items`` in a ``db.write()`` | openpyxl read + plain DBAPI ``executemany`` INSERT of the items and their barcodes, one transaction |
| import donation | ``read_rows`` + ``import_donation`` (the items imported beforehand, untimed) | openpyxl read + ``executemany`` INSERT of the ledger rows, one transaction |

Targets (issue 15): preview of 20,000 rows ≤ 3 s, import of 30,000 ≤ 10 s. After each
import, the app's own ``check_stock_levels`` (``db check``) must pass. Prints a table
and writes JSON to bench/results/import.json (``--json PATH`` to change).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import platform
import pstats
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DATA = ROOT / "bench" / "data"
RESULTS = ROOT / "bench" / "results"
PREVIEW_TARGET_S = 3.0
IMPORT_TARGET_S = 10.0
TARGET_ROWS = {"preview items": 20_000, "import items": 30_000}
ITEM_HEADER = ["Nazwa", "Kategoria", "Jednostka", "Kod kreskowy", "Waga kg", "Śledź ważność", "Stan minimalny",
               "Nazwa UK", "Nazwa EN", "Kod HS", "Kraj pochodzenia", "Wartość", "Waluta"]
DONATION_HEADER = ["EAN", "Ilość", "Data ważności", "Partia", "Darczyńca"]
UNITS = ("szt", "pcs", "kg", "l", "opak", "para", "kpl")
WORDS = ("standard", "duży", "mały", "rodzinny", "zimowy", "letni", "dla dzieci", "ekonomiczny", "premium", "mini")


def ean13(n: int, prefix: str) -> str:
    from warehouse_app.core.catalogue.barcodes import gtin_check_digit

    body = f"{prefix}{n:09d}"
    return body + gtin_check_digit(body)


def leaf_categories() -> list[dict[str, str]]:
    tree = json.loads((ROOT / "resources" / "categories.json").read_text(encoding="utf-8"))["categories"]
    leaves: list[dict[str, str]] = []

    def walk(nodes: list[dict[str, Any]], path: str) -> None:
        for node in nodes:
            here = f"{path}/{node['name_en']}" if path else node["name_en"]
            if node.get("children"):
                walk(node["children"], here)
            else:
                leaves.append({"code": node["code"], "path": here, "name_pl": node["name_pl"]})

    walk(tree, "")
    return leaves


def item_sheet_rows(n: int, seed: int, prefix: str) -> Iterator[list[Any]]:
    """``n`` valid item rows; item i has the EAN-13 ``ean13(i, prefix)``."""
    rng = random.Random(seed)
    leaves = leaf_categories()
    names = {leaf["name_pl"] for leaf in leaves}
    for i in range(n):
        leaf = leaves[i % len(leaves)]
        way = i % 3
        category = leaf["code"] if way == 0 else leaf["path"] if way == 1 else (
            leaf["name_pl"] if sum(1 for x in names if x == leaf["name_pl"]) == 1 else leaf["code"])
        unit = UNITS[rng.randrange(len(UNITS))]
        codes = ean13(i, prefix)
        if i % 10 == 0:
            codes += f", {ean13(i, str(int(prefix) + 1))}"
        weight = f"{rng.randint(1, 5000) / 1000}".replace(".", ",") if i % 4 else rng.randint(1, 20)
        tracks = "tak" if i % 5 < 2 else "nie"
        minimum = rng.randint(1, 50) if i % 3 == 0 and unit in ("kg", "l") or i % 7 == 0 else None
        yield [
            f"Towar {i} {WORDS[i % len(WORDS)]}", category, unit, codes, weight, tracks, minimum,
            f"Товар {i}" if i % 2 else None, f"Goods {i}" if i % 3 else None,
            "0402" if i % 6 == 0 else None, "PL" if i % 8 == 0 else None,
            f"{rng.randint(1, 9999) / 100:.2f}" if i % 5 == 0 else None, "EUR" if i % 10 == 0 else None,
        ]


def donation_sheet_rows(n: int, n_items: int, seed: int, prefix: str) -> Iterator[list[Any]]:
    """Lines naming the items of ``item_sheet_rows(n_items, seed, prefix)`` by barcode."""
    rng = random.Random(seed + 1)
    today = date.today()
    for _ in range(n):
        i = rng.randrange(n_items)
        tracks = i % 5 < 2
        expiry = today + timedelta(days=rng.randint(30, 700)) if tracks or rng.random() < 0.2 else None
        code = ean13(i, prefix)
        if expiry is not None and rng.random() < 0.2:  # a GS1-128 code with its expiry, as a case says
            code, expiry = f"]C101{code.zfill(14)}17{expiry:%y%m%d}", None
        yield [code, rng.randint(1, 40), expiry, f"L{rng.randint(1, 20)}" if rng.random() < 0.3 else None, "Caritas"]


def write_sheet(path: Path, header: list[str], rows: Iterator[list[Any]]) -> Path:
    from openpyxl import Workbook

    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    book = Workbook()  # not write-only: shared strings and the sheet's size on top, as Excel saves a sheet
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    temp = path.with_suffix(".part.xlsx")
    book.save(temp)
    temp.replace(path)
    return path


# ---- databases ----------------------------------------------------------------------------------


class Scratch:
    """A fresh migrated database per measurement: a SQLite file, or a PostgreSQL database."""

    def __init__(self, pg: str | None, folder: Path) -> None:
        self.pg, self.folder = pg, folder

    @contextmanager
    def fresh(self) -> Iterator[str]:
        from sqlalchemy import create_engine, make_url, text

        from warehouse_app.db.database import Database
        from warehouse_app.db.migrate import upgrade

        if self.pg is None:
            url = f"sqlite:///{self.folder / f'{uuid.uuid4().hex}.sqlite3'}"
        else:
            name = f"aid_warehouse_bench_import_{uuid.uuid4().hex[:8]}"
            admin = create_engine(make_url(self.pg).set(drivername="postgresql+psycopg"), isolation_level="AUTOCOMMIT")
            with admin.connect() as conn:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            url = make_url(self.pg).set(drivername="postgresql+psycopg", database=name).render_as_string(
                hide_password=False)
        db = Database(url)
        upgrade(db)
        db.dispose()
        try:
            yield url
        finally:
            if self.pg is not None:
                with admin.connect() as conn:
                    conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                admin.dispose()


def manager(db: Any) -> Any:
    from warehouse_app.core.access.operators import add_operator
    from warehouse_app.core.context import Actor

    with db.write() as session:
        who = add_operator(session, "bench manager", role="manager")
    return Actor(who.id, "bench", verified=True)


# ---- the app ----------------------------------------------------------------------------------


def app_preview(url: str, sheet: Path) -> dict[str, Any]:
    from warehouse_app.core.intake.imports import preview_items
    from warehouse_app.db.database import Database
    from warehouse_app.documents.sheet_reader import read_rows

    db = Database(url)
    start = time.perf_counter()
    rows = read_rows(sheet)
    read = time.perf_counter() - start
    with db.read() as session:
        preview = preview_items(session, rows)
    seconds = time.perf_counter() - start
    db.dispose()
    assert preview.invalid == 0, [r.error for r in preview.rows if r.error][:3]
    return {"seconds": seconds, "read_s": read, "rows": len(rows)}


def app_import(url: str, sheet: Path, kind: str, catalogue: Path | None = None) -> dict[str, Any]:
    """``import_items`` or ``import_donation`` of ``sheet``, timed from reading it to the commit;
    ``catalogue``: an item sheet imported first, untimed."""
    from warehouse_app.core.intake.imports import import_donation, import_items
    from warehouse_app.db.database import Database
    from warehouse_app.documents.sheet_reader import read_rows

    db = Database(url)
    actor = manager(db)
    if catalogue is not None:
        with db.write() as session:
            import_items(session, actor, read_rows(catalogue))
    start = time.perf_counter()
    rows = read_rows(sheet)
    read = time.perf_counter() - start
    with db.write() as session:
        result = (import_items if kind == "items" else import_donation)(session, actor, rows)
    seconds = time.perf_counter() - start
    check = db_check(db)
    db.dispose()
    return {"seconds": seconds, "read_s": read, "rows": result.imported, "db_check": check}


def db_check(db: Any) -> str:
    from warehouse_app.core.stock.integrity import check_stock_levels

    with db.read() as session:
        report = check_stock_levels(session)
    return "ok" if report.ok else "FAILED"


# ---- the bare baseline -----------------------------------------------------------------------


def bare_read(sheet: Path) -> list[tuple[Any, ...]]:
    from openpyxl import load_workbook

    book = load_workbook(sheet, read_only=True, data_only=True)
    try:
        return list(book.worksheets[0].iter_rows(min_row=2, values_only=True))
    finally:
        book.close()


@contextmanager
def bare_connection(url: str) -> Iterator[Any]:
    """A plain DBAPI connection (sqlite3 with the app's pragmas, or psycopg), in one transaction."""
    from sqlalchemy import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        conn = sqlite3.connect(parsed.database or "", isolation_level=None)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        finally:
            conn.close()
    else:
        import psycopg

        with psycopg.connect(parsed.set(drivername="postgresql").render_as_string(hide_password=False)) as pg:
            yield pg


def placeholders(conn: Any, n: int) -> str:
    mark = "?" if isinstance(conn, sqlite3.Connection) else "%s"
    return ", ".join([mark] * n)


def run_many(conn: Any, sql: str, rows: list[tuple[Any, ...]]) -> None:
    if isinstance(conn, sqlite3.Connection):
        conn.executemany(sql, rows)
    else:
        with conn.cursor() as cur:
            cur.executemany(sql.replace("?", "%s"), rows)


def bare_preview(url: str, sheet: Path) -> dict[str, Any]:
    start = time.perf_counter()
    rows = bare_read(sheet)
    codes = [str(c).strip().split(",")[0].strip().zfill(14) for c in (r[3] for r in rows) if c]
    with bare_connection(url) as conn:
        for i in range(0, len(codes), 500):
            chunk = codes[i:i + 500]
            cur = conn.execute(f"SELECT gtin FROM barcode WHERE gtin IN ({placeholders(conn, len(chunk))})", chunk)
            cur.fetchall()
    return {"seconds": time.perf_counter() - start, "rows": len(rows)}


def bare_import_items(url: str, sheet: Path) -> dict[str, Any]:
    start = time.perf_counter()
    rows = bare_read(sheet)
    with bare_connection(url) as conn:
        base = conn.execute("SELECT coalesce(max(id), 0) FROM item").fetchone()[0]
        category = conn.execute("SELECT id FROM category ORDER BY id LIMIT 1").fetchone()[0]
        items = [(base + n + 1, str(r[0]), category, "pcs", False, False, f"IT{base + n + 1:06d}",
                  "2026-01-01 00:00:00.000000") for n, r in enumerate(rows)]
        run_many(conn, "INSERT INTO item (id, name, category_id, unit, tracks_expiry, archived, internal_code, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", items)
        codes = [(base + n + 1, code.strip().zfill(14), 1000) for n, r in enumerate(rows) if r[3]
                 for code in str(r[3]).split(",")]
        run_many(conn, "INSERT INTO barcode (item_id, gtin, pack_qty) VALUES (?, ?, ?)", codes)
    return {"seconds": time.perf_counter() - start, "rows": len(rows)}


def bare_import_donation(url: str, items: Path, sheet: Path) -> dict[str, Any]:
    from warehouse_app.db.database import Database

    db = Database(url)
    actor = manager(db)
    from warehouse_app.core.intake.imports import import_items
    from warehouse_app.documents.sheet_reader import read_rows

    with db.write() as session:
        import_items(session, actor, read_rows(items))
    db.dispose()
    start = time.perf_counter()
    rows = bare_read(sheet)
    with bare_connection(url) as conn:
        item, lot, place = conn.execute(
            "SELECT item.id, min(lot.id), (SELECT min(id) FROM location) FROM item LEFT JOIN lot ON lot.item_id = item.id "
            "GROUP BY item.id LIMIT 1").fetchone()
        if lot is None:
            conn.execute(f"INSERT INTO lot (item_id, expiry, lot_code) VALUES ({placeholders(conn, 3)})", (item, None, ""))
            lot = conn.execute("SELECT min(id) FROM lot").fetchone()[0]
        operator = conn.execute("SELECT min(id) FROM operator").fetchone()[0]
        moves = [("receive", item, lot, int(r[1] or 1) * 1000, place, operator, "bench", "2026-01-01 00:00:00.000000")
                 for r in rows]
        run_many(conn, "INSERT INTO movement (kind, item_id, lot_id, quantity, to_location_id, operator_id, station, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", moves)
    return {"seconds": time.perf_counter() - start, "rows": len(rows)}


# ---- the run -----------------------------------------------------------------------------------


def git_commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def measure(scratch: Scratch, name: str, run: Callable[[str], dict[str, Any]], profile: bool) -> dict[str, Any]:
    from warehouse_app.core.catalogue import barcodes

    barcodes._NORMALISED.clear()  # each run starts as a fresh app would: no barcode checked yet
    with scratch.fresh() as url:
        if not profile:
            return run(url)
        profiler = cProfile.Profile()
        result = profiler.runcall(run, url)
        out = RESULTS / f"import_{name}.prof"
        profiler.dump_stats(out)
        print(f"--- profile of {name} ({out})")
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
        return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--preview-rows", type=int, default=20_000)
    parser.add_argument("--import-rows", type=int, default=30_000)
    parser.add_argument("--donation-rows", type=int, default=5_000)
    parser.add_argument("--repeats", type=int, default=1, help="runs of each figure (the median is kept)")
    parser.add_argument("--pg", help="a PostgreSQL server URL: measure there instead of a SQLite file")
    parser.add_argument("--profile", action="store_true", help="profile the app's runs (slower; not timed fairly)")
    parser.add_argument("--json", type=Path, default=RESULTS / "import.json")
    parser.add_argument("--only", nargs="+", choices=("preview", "items", "donation"),
                        help="measure these figures alone (default: all three)")
    args = parser.parse_args(argv)

    RESULTS.mkdir(parents=True, exist_ok=True)
    preview_sheet = write_sheet(DATA / f"import_items_{args.preview_rows}_a.xlsx", ITEM_HEADER,
                                item_sheet_rows(args.preview_rows, 1, "591"))
    import_sheet = write_sheet(DATA / f"import_items_{args.import_rows}_b.xlsx", ITEM_HEADER,
                               item_sheet_rows(args.import_rows, 2, "593"))
    donation_sheet = write_sheet(DATA / f"import_donation_{args.donation_rows}_of_{args.import_rows}.xlsx",
                                 DONATION_HEADER, donation_sheet_rows(args.donation_rows, args.import_rows, 2, "593"))

    figures: dict[str, dict[str, Any]] = {}
    plan: list[tuple[str, Callable[[str], dict[str, Any]], Callable[[str], dict[str, Any]], float | None]] = [
        ("preview items", lambda url: app_preview(url, preview_sheet), lambda url: bare_preview(url, preview_sheet),
         PREVIEW_TARGET_S),
        ("import items", lambda url: app_import(url, import_sheet, "items"),
         lambda url: bare_import_items(url, import_sheet), IMPORT_TARGET_S),
        ("import donation", lambda url: app_import(url, donation_sheet, "donation", import_sheet),
         lambda url: bare_import_donation(url, import_sheet, donation_sheet), None),
    ]
    if args.only:
        short = {"preview items": "preview", "import items": "items", "import donation": "donation"}
        plan = [step for step in plan if short[step[0]] in args.only]
    with tempfile.TemporaryDirectory(dir=DATA) as folder:
        scratch = Scratch(args.pg, Path(folder))
        for name, app, bare, target in plan:
            apps, bares = [], []
            for repeat in range(args.repeats):  # alternate which one runs first
                order = [("bare", bare), ("app", app)] if repeat % 2 else [("app", app), ("bare", bare)]
                for kind, run in order:
                    result = measure(scratch, name.replace(" ", "_"), run, args.profile and kind == "app")
                    (apps if kind == "app" else bares).append(result)
            median = sorted(apps, key=lambda r: r["seconds"])[len(apps) // 2]  # its read time is shown beside it
            app_s = median["seconds"]
            bare_s = sorted(r["seconds"] for r in bares)[len(bares) // 2]
            if target is not None and apps[0]["rows"] != TARGET_ROWS[name]:
                target = None  # the targets are for the sizes of the issue
            figures[name] = {
                "rows": apps[0]["rows"], "app_s": app_s, "bare_s": bare_s, "ratio": app_s / bare_s,
                "target_s": target, "met": None if target is None else app_s <= target,
                "read_s": median.get("read_s"), "db_check": ", ".join(sorted({str(r.get("db_check")) for r in apps}))
                if apps[0].get("db_check") else None,
                "app_runs": apps, "bare_runs": bares,
            }

    print(f"{'figure':<18}{'rows':>8}{'app s':>9}{'(read s)':>10}{'bare s':>9}{'ratio':>8}  target")
    for name, f in figures.items():
        target = f"≤ {f['target_s']:.0f} s: {'met' if f['met'] else 'MISSED'}" if f["target_s"] else ""
        check = f"  db check {f['db_check']}" if f["db_check"] else ""
        print(f"{name:<18}{f['rows']:>8}{f['app_s']:>9.2f}{f['read_s']:>10.2f}{f['bare_s']:>9.2f}"
              f"{f['ratio']:>7.1f}x  {target}{check}")
    report = {
        "figures": figures, "database": "postgresql" if args.pg else "sqlite", "commit": git_commit(),
        "python": platform.python_version(), "machine": platform.platform(), "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "load_average_after": os.getloadavg(), "cpus": os.cpu_count(),
        "sheets": [str(p.relative_to(ROOT)) for p in (preview_sheet, import_sheet, donation_sheet)],
    }
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2, default=str), encoding="utf-8")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (the figures grow with it)")
    print(f"JSON: {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
