"""Desktop-app figures at 100,000 items / 1,000,000 ledger rows (issue 3), with baselines
measured in the same run.

1. Scan to feedback: a scanner's key burst (13 digits + Enter) sent through the main
   window's QWindow, as xcb or Windows deliver keys, until the scan is committed and the
   donation line is shown. Baseline: the same burst into a bare QLineEdit (returnPressed;
   no scanner filter) plus the bare sqlite3 receive of bench_receive.py, alternating with
   the app's scans in rounds. Targets: p95 <= 25 ms (1M rows, quiet machine), <= 2.5x.
2. Stock screen open: from creating the screen to the category tree, chart and first
   page of the item table on screen, and the process's memory growth. Baseline: the
   same SQL run with plain sqlite3. Target: < 1 s, < 150 MB.

Cold start is measured by bench_start.py (a fresh process per run, the start window and
the main window, against an empty PySide6 window).

    python bench/bench_gui.py --db bench/data/big.sqlite3     # works on a copy in /tmp
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_receive import bare_connect, bare_receive, pick_workload, summarize  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402

from warehouse_app.app import attach_scanner, build_screens  # noqa: E402
from warehouse_app.core.access.operators import actor_for, find_operator  # noqa: E402
from warehouse_app.core.intake.donations import open_donation  # noqa: E402
from warehouse_app.db.database import Database  # noqa: E402
from warehouse_app.kernel.station import StationSettings  # noqa: E402
from warehouse_app.ui.base.context import AppContext  # noqa: E402
from warehouse_app.ui.base.tasks import TaskRunner  # noqa: E402
from warehouse_app.ui.main_window import MainWindow  # noqa: E402

STATION = "bench-gui"


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 1e6


def burst(window, code: str) -> None:  # type: ignore[no-untyped-def]
    handle = window.windowHandle()
    for ch in code:
        QTest.sendKeyEvent(QTest.KeyAction.Click, handle, Qt.Key(ord(ch)), ch, Qt.KeyboardModifier.NoModifier)
    QTest.sendKeyEvent(QTest.KeyAction.Click, handle, Qt.Key.Key_Return, "\r", Qt.KeyboardModifier.NoModifier)


def wait_until(app: QApplication, condition, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    end = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > end:
            raise TimeoutError("the GUI did not answer in time")
        app.processEvents()
        time.sleep(0.0002)


def settle(app: QApplication, ms: float = 30) -> None:
    """A moment between scans, as at a real desk (a scan a second at most): what the last
    one left to do (timers, late repaints) is done, and not billed to the next one."""
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.0005)


def scan_to_feedback(app: QApplication, path: Path, n: int, round_: int = 20,  # type: ignore[type-arg]
                     every_screen: bool = False) -> tuple[dict, dict]:
    """The app's scans and the bare floor's alternate in rounds of ``round_`` (each round
    starting with the other one), so machine noise and fsync costs hit both alike.
    ``every_screen``: each screen is opened once first, as in a day at a desk, so what
    the other screens do after a scan is billed too."""
    db = Database(str(path))
    with db.write() as s:
        actor = actor_for(s, "Bench GUI", STATION)
        operator = find_operator(s, "Bench GUI")
        donation = open_donation(s, actor, donor="GUI benchmark")
    runner = TaskRunner(db)
    ctx = AppContext(runner, operator, StationSettings(station=STATION, sound=False))
    field = QLineEdit()  # the floor: keys into a plain field, no scanner filter (its window's is off)
    field.show()
    field.setFocus()
    window = MainWindow(ctx, db.display_name(), build_screens(ctx))
    hub = attach_scanner(window, ctx.settings)
    window.show()  # the active window, where scans go; the field's window gets its keys directly
    app.processEvents()
    if every_screen:
        for index in (*range(1, len(window.screens)), 0):
            window.show_screen(index)
            wait_until(app, lambda: not runner.busy)
    intake = window.current_screen()
    wait_until(app, lambda: intake.header.donation is not None)
    done: list[float] = []
    intake.received.connect(lambda _r: done.append(time.perf_counter()))

    hub.attach(field).set_enabled(False)
    entered: list[float] = []
    field.returnPressed.connect(lambda: (entered.append(time.perf_counter()), field.clear()))
    bare = bare_connect(path)
    bare_ctx = {"donation_id": donation.id, "operator_id": actor.operator_id}

    def app_scan(code: str) -> float:
        settle(app)
        before = len(done)
        t0 = time.perf_counter()
        burst(window, code)
        wait_until(app, lambda: len(done) > before)
        app.processEvents()  # the repaint the answer asked for: the feedback is on screen
        return (time.perf_counter() - t0) * 1000

    def bare_scan(code: str) -> float:
        settle(app)
        before = len(entered)
        t0 = time.perf_counter()
        burst(field, code)
        bare_receive(bare, bare_ctx, code.zfill(14), 1, None)
        app.processEvents()
        elapsed = (time.perf_counter() - t0) * 1000
        if len(entered) != before + 1:
            raise SystemExit("the bare field did not get the burst")
        return elapsed

    work = [code for code, _scans in pick_workload(path, 2 * n + 20, seed=7)]
    codes = {app_scan: iter(work[:n + 10]), bare_scan: iter(work[n + 10:])}
    for _ in range(10):  # warm-up
        app_scan(next(codes[app_scan]))
        bare_scan(next(codes[bare_scan]))
    samples: dict = {app_scan: [], bare_scan: []}  # type: ignore[type-arg]
    order = [app_scan, bare_scan]
    while len(samples[app_scan]) < n:
        k = min(round_, n - len(samples[app_scan]))
        for variant in order:
            samples[variant].extend(variant(next(codes[variant])) for _ in range(k))
        order.reverse()
    runner.wait()
    bare.close()
    field.close()
    window.close()
    db.dispose()
    return summarize(samples[app_scan]), summarize(samples[bare_scan])


def stock_open(app: QApplication, path: Path) -> tuple[float, float, float]:
    from warehouse_app.ui.screens.stock.screen import StockScreen

    db = Database(str(path))
    with db.write() as s:  # the operator, made here too when the scans were not measured
        actor_for(s, "Bench GUI", STATION)
        operator = find_operator(s, "Bench GUI")
    runner = TaskRunner(db)
    ctx = AppContext(runner, operator, StationSettings(station=STATION, sound=False))
    rss0 = rss_mb()
    t0 = time.perf_counter()
    screen = StockScreen(ctx)
    screen.resize(1280, 760)
    screen.show()
    screen.activated()
    model = screen.table.model()

    def ready() -> bool:
        return (model.rowCount() > 0 and model.index(0, 0).data() not in (None, "\u2026")
                and screen.tree.model().rowCount() > 0 and not runner.busy)

    wait_until(app, ready)
    elapsed = (time.perf_counter() - t0) * 1000
    growth = rss_mb() - rss0
    screen.close()
    runner.wait()
    db.dispose()

    import sqlite3
    conn = sqlite3.connect(path)
    t1 = time.perf_counter()
    conn.execute("SELECT count(*) FROM item_total WHERE quantity > 0").fetchone()
    conn.execute("SELECT item.id, item.name FROM item WHERE EXISTS (SELECT 1 FROM item_total t WHERE "
                 "t.item_id = item.id AND t.quantity > 0) ORDER BY lower(item.name), item.id LIMIT 200").fetchall()
    conn.execute("SELECT category_id, expiry, sum(quantity), sum(weight_mg) FROM category_expiry_total "
                 "GROUP BY category_id, expiry").fetchall()
    baseline = (time.perf_counter() - t1) * 1000
    conn.close()
    return elapsed, growth, baseline


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("bench/data/big.sqlite3"))
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--every-screen", action="store_true",
                        help="open every screen once before the scans (what they do after a scan is billed too)")
    parser.add_argument("--only", choices=("scan", "stock"), action="append",
                        help="measure only this figure (repeatable; default: both)")
    args = parser.parse_args()
    only = set(args.only or ("scan", "stock"))
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}", flush=True)
    work = Path(tempfile.mkdtemp(prefix="bench-gui-")) / "big.sqlite3"
    shutil.copyfile(args.db, work)
    try:
        app = QApplication([])
        if "scan" in only:
            gui, base = scan_to_feedback(app, work, args.n, every_screen=args.every_screen)
            print(f"scan to feedback (n={gui['n']}): median {gui['median_ms']:.1f} ms, p95 {gui['p95_ms']:.1f} ms;"
                  f" baseline (bare QLineEdit + bare sqlite3 receive) median {base['median_ms']:.1f} ms,"
                  f" p95 {base['p95_ms']:.1f} ms; ratios p50 {gui['median_ms'] / base['median_ms']:.2f}x,"
                  f" p95 {gui['p95_ms'] / base['p95_ms']:.2f}x  target p95 <= 25 ms and <= 2.5x:"
                  f" {'OK' if gui['p95_ms'] <= 25 and gui['p95_ms'] <= 2.5 * base['p95_ms'] else 'OVER'}", flush=True)
        if "stock" in only:
            opened, growth, stock_base = stock_open(app, work)
            print(f"stock screen open: {opened:.0f} ms, memory growth {growth:.0f} MB; baseline (its SQL in bare"
                  f" sqlite3) {stock_base:.0f} ms, ratio {opened / stock_base:.1f}x  target < 1000 ms and < 150 MB:"
                  f" {'OK' if opened < 1000 and growth < 150 else 'OVER'}", flush=True)
    finally:
        shutil.rmtree(work.parent, ignore_errors=True)
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
