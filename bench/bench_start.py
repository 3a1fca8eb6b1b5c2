"""Cold start of the desktop app and of one CLI command, each against a bare baseline
measured in the same run (issue 15).

GUI: a fresh process per run, timed from spawning it to two moments the app reports itself
when $WAREHOUSE_READY_STAMP is set: ``shown <time.time()>`` once its first window (the start
window) is up with the scanner on it, so a scan is kept from then on (``start.run``), and
``ready <time.time()>`` once the main window is shown, the focus is in its first screen
(Intake) and the start-up reads have answered (``app.announce_ready``; with ``quit`` the app
then ends). Baseline: a fresh process that imports PySide6, shows an empty QMainWindow, lets
the event loop turn once and prints the same stamp. Target: first window / baseline <= 3 (the
main window's ratio is reported beside it).

CLI: ``python -m warehouse_app --db DB stock --by-category`` (what ``warehouse-app`` runs)
until it exits. Baseline: a fresh process that imports sqlalchemy and runs the same
roll-up's queries (categories, the running totals by category with the expiry windows,
items in stock, items below their minimum) with plain sqlite3 and prints the rows.
Target: median app / baseline <= 2.

The app is byte-compiled first, as installed. Runs alternate (app, baseline, baseline,
app, ...) after one untimed warm-up of each, on a
copy of the database in a temporary folder with its own settings and data folders, so the
daily backup, the operator's first sign-in and this user's settings stay out of the
figures.

    PYTHONPATH=$PWD python3 bench/bench_start.py [--db bench/data/start.sqlite3] [--runs 9]

Makes ``bench/data/start.sqlite3`` (20,000 items, 200,000 movements) with generate.py when
it is missing. JSON with every sample to bench/results/start.json.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = ROOT / "bench" / "data" / "start.sqlite3"
RESULTS = ROOT / "bench" / "results"
GUI_TARGET = 3.0
CLI_TARGET = 2.0

BARE_WINDOW = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 800); w.show(); w.activateWindow()
app.processEvents()
print(f"shown {time.time():.6f}", flush=True)
"""

# The queries stock_by_category runs without a location (core/stock/query.py), in plain sqlite3.
BARE_QUERY = """
import sqlite3, sys
import sqlalchemy  # what any command of the app must load
from datetime import date, timedelta
today = date.today()
conn = sqlite3.connect(sys.argv[1])
rows = conn.execute("SELECT id, parent_id, code, name_pl, name_en, name_uk, hs_code FROM category "
                    "WHERE archived = 0 ORDER BY code").fetchall()
rows += conn.execute(
    "SELECT category_id, sum(quantity), sum(weight_mg), sum(CASE WHEN expiry < ? THEN quantity ELSE 0 END), "
    "sum(CASE WHEN expiry <= ? THEN quantity ELSE 0 END), sum(CASE WHEN expiry <= ? THEN quantity ELSE 0 END) "
    "FROM category_expiry_total GROUP BY category_id",
    (today.isoformat(), (today + timedelta(days=30)).isoformat(), (today + timedelta(days=90)).isoformat())).fetchall()
rows += conn.execute("SELECT item.category_id, count(*) FROM item_total JOIN item ON item.id = item_total.item_id "
                     "WHERE item_total.quantity > 0 GROUP BY item.category_id").fetchall()
rows += conn.execute("SELECT item.category_id, count(*) FROM item LEFT OUTER JOIN item_total "
                     "ON item_total.item_id = item.id WHERE item.archived = 0 AND item.min_stock > 0 "
                     "AND coalesce(item_total.quantity, 0) < item.min_stock GROUP BY item.category_id").fetchall()
for row in rows:
    print(*row, sep="\\t")
"""


def _env(folder: Path, **extra: str) -> dict[str, str]:
    """Offscreen Qt, this checkout's code, and settings/data folders of the run's own."""
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
            "XDG_CONFIG_HOME": str(folder / "config"), "XDG_DATA_HOME": str(folder / "data"),
            "HOME": str(folder / "home"), "WAREHOUSE_DB": "", **extra}


def _until_stamps(args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from spawning the process to each stamp it prints (``shown``, ``ready``)."""
    start = time.time()
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    stamps = {line.split()[0]: float(line.split()[1]) - start for line in done.stdout.splitlines()
              if line.split()[:1] in (["shown"], ["ready"])}
    if done.returncode != 0 or "shown" not in stamps:
        raise SystemExit(f"{args[:2]} did not get ready (exit {done.returncode}): {done.stderr[-1500:]}")
    return stamps


def _until_exit(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    if done.returncode != 0 or not done.stdout.strip():
        raise SystemExit(f"{args[:2]} failed (exit {done.returncode}): {done.stderr[-1500:]}")
    return time.perf_counter() - start


def _alternate(runs: int, app: Callable[[], dict[str, float]],
               bare: Callable[[], dict[str, float]]) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """App and baseline alternating (app, bare, bare, app, ...) after one untimed warm-up of each;
    each run's figures by stamp."""
    app(), bare()  # warm-up: the file cache, the operator's first sign-in, the day's backup
    app_s: dict[str, list[float]] = {}
    bare_s: dict[str, list[float]] = {}
    for i in range(runs):
        pair = ((app, app_s), (bare, bare_s)) if i % 2 == 0 else ((bare, bare_s), (app, app_s))
        for run, out in pair:
            for name, seconds in run().items():
                out.setdefault(name, []).append(seconds)
    return app_s, bare_s


def _exit_time(args: list[str], env: dict[str, str]) -> Callable[[], dict[str, float]]:
    return lambda: {"exit": _until_exit(args, env)}


def _summary(app_s: list[float], bare_s: list[float], target: float | None) -> dict[str, Any]:
    ratio = statistics.median(app_s) / statistics.median(bare_s)
    return {"app_median_s": statistics.median(app_s), "bare_median_s": statistics.median(bare_s),
            "ratio": ratio, "target": target, "ok": target is None or ratio <= target,
            "app_runs_s": [round(x, 4) for x in app_s], "bare_runs_s": [round(x, 4) for x in bare_s]}


def _ensure_db(db: Path) -> None:
    if db.exists():
        return
    db.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--out", str(db), "--items", "20000",
                    "--movements", "200000"], check=True, cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})


def _compile() -> None:
    """Byte-compile the app as an install does (pip, the PyInstaller build): with
    $PYTHONDONTWRITEBYTECODE set, every run would otherwise compile ~150 modules again."""
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "warehouse_app")], check=True,
                   env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"})


def _commit() -> str:
    done = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True, cwd=ROOT)
    return done.stdout.strip()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--only", choices=("gui", "cli"))
    parser.add_argument("--json", type=Path, default=RESULTS / "start.json")
    args = parser.parse_args(argv)
    _ensure_db(args.db)
    _compile()
    folder = Path(tempfile.mkdtemp(prefix="bench-start-"))
    db = folder / "start.sqlite3"
    shutil.copyfile(args.db, db)
    result: dict[str, Any] = {"benchmark": "start", "db": str(args.db), "runs": args.runs,
                              "python": platform.python_version(), "commit": _commit(),
                              "cpus": os.cpu_count(), "load_before": os.getloadavg()}
    try:
        if args.only != "cli":
            gui_env = _env(folder, WAREHOUSE_READY_STAMP="quit")
            app_args = ["-m", "warehouse_app", "--db", str(db), "--operator", "Bench Start", "--station", "bench-start"]
            app_s, bare_s = _alternate(args.runs, lambda: _until_stamps(app_args, gui_env),
                                       lambda: _until_stamps(["-c", BARE_WINDOW], gui_env))
            result["gui"] = _summary(app_s["shown"], bare_s["shown"], GUI_TARGET)
            result["gui_main_window"] = _summary(app_s["ready"], bare_s["shown"], None)
        if args.only != "gui":
            cli_env = _env(folder)
            cli_args = ["-m", "warehouse_app", "--db", str(db), "stock", "--by-category"]
            app_s, bare_s = _alternate(args.runs, _exit_time(cli_args, cli_env),
                                       _exit_time(["-c", BARE_QUERY, str(db)], cli_env))
            result["cli"] = _summary(app_s["exit"], bare_s["exit"], CLI_TARGET)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    result["load_after"] = os.getloadavg()
    for name, what, bare in (
            ("gui", "first window shown, taking scans (kept until the warehouse is open)", "empty PySide6 window"),
            ("gui_main_window", "main window shown, focus in Intake, start-up reads answered", "empty PySide6 window"),
            ("cli", "stock --by-category", "import sqlalchemy + the same queries in sqlite3")):
        s = result.get(name)
        if not isinstance(s, dict):
            continue
        verdict = f" (target <= {s['target']:.0f}x): {'OK' if s['ok'] else 'MISSED'}" if s["target"] else ""
        print(f"{name}: {what}: median {s['app_median_s'] * 1000:.0f} ms; baseline ({bare}) "
              f"{s['bare_median_s'] * 1000:.0f} ms; ratio {s['ratio']:.2f}x{verdict}")
        print(f"     app runs  {' '.join(f'{x * 1000:.0f}' for x in s['app_runs_s'])} ms")
        print(f"     bare runs {' '.join(f'{x * 1000:.0f}' for x in s['bare_runs_s'])} ms")
    print(f"load average before {result['load_before']}, after {result['load_after']} on {os.cpu_count()} CPUs")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
