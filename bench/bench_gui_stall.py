"""How long does the GUI thread stall while the intake screen scans over a slow network?

A TCP proxy in front of PostgreSQL adds a delay to every packet (a station on a slow
Wi-Fi or VPN link). The intake screen receives N scans through its real code path (task
helper, worker thread, one transaction per scan) while a 10 ms QTimer heartbeat in the
GUI thread records the gaps between its ticks. The longest gap is the longest freeze a
user could feel. The baseline is the same heartbeat with the event loop idle, in the
same run. Target (issue 3): no stall over ~100 ms.

    python bench/bench_gui_stall.py --pg postgresql+psycopg://postgres@127.0.0.1:5432/test --delay-ms 40
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from delay_proxy import start_delay_proxy  # noqa: E402  (bench/, beside this script)
from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import create_engine, make_url, text  # noqa: E402

from warehouse_app.core.access.operators import add_operator  # noqa: E402
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.db.database import Database  # noqa: E402
from warehouse_app.db.migrate import upgrade  # noqa: E402
from warehouse_app.kernel.station import StationSettings  # noqa: E402
from warehouse_app.ui.base.context import AppContext  # noqa: E402
from warehouse_app.ui.base.tasks import TaskRunner  # noqa: E402
from warehouse_app.ui.screens.intake.screen import IntakeScreen  # noqa: E402

SOAP = "5901234123457"


class Heartbeat:
    def __init__(self, interval_ms: int = 10) -> None:
        self.gaps: list[float] = []
        self.last = time.perf_counter()
        self.timer = QTimer(interval=interval_ms, timeout=self.tick)

    def tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self.last) * 1000)
        self.last = now

    def run_for(self, app: QApplication, seconds: float, until=lambda: False) -> list[float]:  # type: ignore[no-untyped-def]
        self.gaps, self.last = [], time.perf_counter()
        self.timer.start()
        end = time.perf_counter() + seconds
        while time.perf_counter() < end and not until():
            app.processEvents()
            time.sleep(0.001)
        self.timer.stop()
        return self.gaps


def summary(name: str, gaps: list[float]) -> str:
    ordered = sorted(gaps)
    p99 = ordered[int(len(ordered) * 0.99) - 1] if ordered else 0
    return f"{name:<34} ticks {len(gaps):5d}  median {statistics.median(gaps):6.1f} ms  p99 {p99:6.1f} ms  max {max(gaps):6.1f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pg", default=os.environ.get("WAREHOUSE_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"))
    parser.add_argument("--delay-ms", type=float, default=40.0, help="added to every packet, each way")
    parser.add_argument("--scans", type=int, default=40)
    args = parser.parse_args()

    base = make_url(args.pg).set(drivername="postgresql+psycopg")
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    name = "aid_warehouse_bench_gui"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    direct = Database(base.set(database=name).render_as_string(hide_password=False))
    upgrade(direct)
    with direct.write() as s:
        catalogue.add_item(s, name="Mydło w kostce 100 g", category="HYGIENE", unit="pcs", barcodes_=[SOAP])
        operator = add_operator(s, "Bench", "staff")
    direct.dispose()

    port = start_delay_proxy(base.host or "127.0.0.1", base.port or 5432, args.delay_ms / 1000)
    slow_url = base.set(database=name, host="127.0.0.1", port=port).render_as_string(hide_password=False)
    app = QApplication([])
    db = Database(slow_url)
    runner = TaskRunner(db)
    ctx = AppContext(runner, operator, StationSettings(station="bench", sound=False))
    screen = IntakeScreen(ctx)
    screen.show()
    beat = Heartbeat()

    idle = beat.run_for(app, 2.0)
    received: list[float] = []
    screen.received.connect(lambda _r: received.append(time.perf_counter()))
    started = time.perf_counter()
    for _ in range(args.scans):
        screen.handle_scan(SOAP)
    busy = beat.run_for(app, 600, until=lambda: len(received) >= args.scans)
    elapsed = time.perf_counter() - started
    runner.wait()
    db.dispose()

    print(f"PostgreSQL through a proxy adding {args.delay_ms:.0f} ms per packet each way; {args.scans} scans "
          f"committed in {elapsed:.1f} s ({elapsed / args.scans * 1000:.0f} ms per scan)")
    print(summary("idle event loop (baseline)", idle))
    print(summary("while scanning over the slow link", busy))
    print(f"longest GUI stall while scanning: {max(busy):.1f} ms = {max(busy) / max(idle):.2f}x the idle baseline's max"
          f" (target: under ~100 ms)")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


if __name__ == "__main__":
    main()
