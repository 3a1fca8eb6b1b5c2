"""Stock sheet of 50,000 rows: write_stock_sheet against bare openpyxl write-only mode.

    python bench/bench_stock_sheet.py [--db bench/data/stock50k.sqlite3] [--repeats 5] [--profile]

Without ``--db`` (or when the file is missing) a database with about 50,000 stock rows
is made first with bench/generate.py (19,500 items, 94,000 movements, seed 1).

Each measurement runs in a fresh subprocess, so its peak memory (``ru_maxrss``) is its
own; the two kinds alternate, each repeat starting with the other one.

* app: ``stock_sheet_data`` + ``write_stock_sheet`` in one ``db.read()`` unit, timed
  from opening the session to the renamed file: the rows stream from the database
  while being written, with styles (number/date formats, flag fills), header lines,
  frozen pane, autofilter, totals and the summary sheet by category.
* write: ``write_stock_sheet`` alone, its rows (and the summary) read into a list
  beforehand, untimed, exactly as the baseline gets them: the like-for-like ratio.
* bare: openpyxl ``Workbook(write_only=True)`` (lxml) appending the same rows as plain
  values (same 10 columns, no styles, no summary), timed around append + save only;
  the rows are read from the database into a list beforehand, untimed (their memory
  counts in its peak, which makes the bare peak an upper bound).

Targets (issue 4): within 1.5x of bare (the write ratio is like for like; the app ratio
also pays for the query), app peak under 200 MB.
Prints a table and writes JSON to bench/results/stock_sheet.json.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import platform
import pstats
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

RESULTS = ROOT / "bench" / "results"
DEFAULT_DB = ROOT / "bench" / "data" / "stock50k.sqlite3"
RATIO_TARGET = 1.5
MEMORY_TARGET_MB = 200.0
KINDS = ("app", "write", "bare")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux


def run_app(db_path: Path, out: Path) -> dict[str, float]:
    from warehouse_app.core.reports.stock_export import stock_sheet_data
    from warehouse_app.db.database import Database
    from warehouse_app.documents.stock_xlsx import write_stock_sheet

    db = Database(str(db_path))
    start = time.perf_counter()
    with db.read() as session:
        data = stock_sheet_data(session, warehouse="Bench", operator="bench")
        write_stock_sheet(data, out)
    seconds = time.perf_counter() - start
    db.dispose()
    return {"seconds": seconds, "rows": data.row_count}


def _rows_in_memory(db_path: Path) -> tuple[list, tuple]:  # type: ignore[type-arg]
    from warehouse_app.core.reports.stock_export import stock_rows
    from warehouse_app.core.stock.query import stock_by_category
    from warehouse_app.db.database import Database

    db = Database(str(db_path))
    with db.read() as session:
        rows = list(stock_rows(session))
        summary = tuple(stock_by_category(session, include_empty=False))
    db.dispose()
    return rows, summary


def run_write(db_path: Path, out: Path) -> dict[str, float]:
    """write_stock_sheet alone: the rows read beforehand, as the baseline has them."""
    from datetime import date

    from warehouse_app.core.reports.stock_export import StockSheetData
    from warehouse_app.documents.stock_xlsx import write_stock_sheet

    rows, summary = _rows_in_memory(db_path)
    start = time.perf_counter()
    write_stock_sheet(StockSheetData(date.today(), "en", "Bench", "bench", len(rows), iter(rows), summary), out)
    return {"seconds": time.perf_counter() - start, "rows": len(rows)}


def run_bare(db_path: Path, out: Path) -> dict[str, float]:
    import openpyxl
    from openpyxl import Workbook

    assert openpyxl.LXML, "lxml must be installed for a fair baseline"
    rows = [
        (r.category, r.item, r.barcode, r.lot_code, r.expiry, r.location, r.quantity, r.unit, r.weight_kg,
         "below minimum" if r.below_minimum else "")
        for r in _rows_in_memory(db_path)[0]
    ]
    start = time.perf_counter()
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Stock")
    ws.append(["Category", "Item", "Barcode", "Lot", "Expiry", "Location", "Quantity", "Unit", "Weight kg", "Flags"])
    for row in rows:
        ws.append(row)
    wb.save(out)
    return {"seconds": time.perf_counter() - start, "rows": len(rows)}


def child(kind: str, db_path: Path, profile: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "sheet.xlsx"
        runner = {"app": run_app, "write": run_write, "bare": run_bare}[kind]
        if profile:
            prof = cProfile.Profile()
            result = prof.runcall(runner, db_path, out)
            pstats.Stats(prof, stream=sys.stderr).sort_stats("cumulative").print_stats(25)
        else:
            result = runner(db_path, out)
        result["size_mb"] = out.stat().st_size / 1e6
    result["peak_mb"] = _peak_mb()
    print(json.dumps(result))


def measure(kind: str, db_path: Path, profile: bool = False) -> dict[str, float]:
    cmd = [sys.executable, __file__, "--child", kind, "--db", str(db_path)] + (["--profile"] if profile else [])
    done = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT)
    if profile:
        sys.stderr.write(done.stderr)
    return json.loads(done.stdout.strip().splitlines()[-1])


def ensure_db(db_path: Path) -> None:
    if db_path.exists():
        return
    db_path.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--out", str(db_path), "--items", "19500",
                    "--movements", "94000", "--seed", "1"], check=True, cwd=ROOT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--profile", action="store_true", help="print a cProfile of one app run and stop")
    parser.add_argument("--child", choices=KINDS, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        child(args.child, args.db, args.profile)
        return 0
    ensure_db(args.db)
    if args.profile:
        measure("app", args.db, profile=True)
        return 0
    runs: dict[str, list[dict[str, float]]] = {kind: [] for kind in KINDS}
    for repeat in range(args.repeats):
        for kind in (KINDS if repeat % 2 == 0 else KINDS[::-1]):
            runs[kind].append(measure(kind, args.db))
    summary = {
        kind: {
            "median_s": statistics.median(r["seconds"] for r in results),
            "runs_s": [round(r["seconds"], 3) for r in results],
            "peak_mb": max(r["peak_mb"] for r in results),
            "size_mb": results[0]["size_mb"],
            "rows": results[0]["rows"],
        }
        for kind, results in runs.items()
    }
    ratio = summary["app"]["median_s"] / summary["bare"]["median_s"]
    write_ratio = summary["write"]["median_s"] / summary["bare"]["median_s"]
    result = {
        "benchmark": "stock_sheet", "db": str(args.db), "repeats": args.repeats, "python": platform.python_version(),
        **summary, "ratio": ratio, "write_ratio": write_ratio, "ratio_target": RATIO_TARGET,
        "memory_target_mb": MEMORY_TARGET_MB,
        "ok": write_ratio <= RATIO_TARGET and summary["app"]["peak_mb"] < MEMORY_TARGET_MB,
    }
    print(f"{'':6} {'rows':>7} {'median s':>9} {'peak MB':>8} {'file MB':>8}  runs")
    for kind in KINDS:
        s = summary[kind]
        print(f"{kind:6} {s['rows']:>7} {s['median_s']:>9.2f} {s['peak_mb']:>8.1f} {s['size_mb']:>8.2f}  {s['runs_s']}")
    print(f"ratio write/bare {write_ratio:.2f}x (the writer alone, rows in memory as the baseline has them)")
    print(f"ratio app/bare {ratio:.2f}x (target <= {RATIO_TARGET}x); app peak {summary['app']['peak_mb']:.0f} MB "
          f"(target < {MEMORY_TARGET_MB:.0f} MB): {'OK' if result['ok'] else 'MISSED'}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "stock_sheet.json").write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
