"""A start loads what the first window needs and no more: a fresh `warehouse-app` process on
a database at its newest schema shows its start window (taking scans) before it has imported
SQLAlchemy, the database layer, the services, the screens or the command line's commands; and
run until it says the main window is ready (WAREHOUSE_READY_STAMP) it has not imported Alembic,
the document libraries or jobs, GS1's tables, the charts, where a donation went, the
warehouse's set-up or the other screens. Speed itself is measured by bench/bench_start.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from warehouse_app.core.access.operators import add_operator
from warehouse_app.core.catalogue.items import add_item
from warehouse_app.db.database import Database
from warehouse_app.db.migrate import upgrade

ROOT = Path(__file__).resolve().parents[2]
NOT_AT_START = ("alembic", "mako", "openpyxl", "reportlab", "biip", "zxingcpp", "PySide6.QtCharts", "warehouse_app.documents.jobs",
                "warehouse_app.core.trace", "warehouse_app.core.admin.warehouse_setup",
                "warehouse_app.ui.screens.stock.screen", "warehouse_app.ui.screens.catalogue.screen",
                "warehouse_app.ui.screens.trucks.screen", "warehouse_app.ui.screens.reports.screen")
# Not loaded when the start window shows: only Qt, the settings, the translations and the scan hub are.
NOT_AT_FIRST_WINDOW = ("sqlalchemy", "warehouse_app.db", "warehouse_app.core", "warehouse_app.app",
                       "warehouse_app.ui.main_window", "warehouse_app.ui.screens", "warehouse_app.ui.operations",
                       "warehouse_app.ui.base.tasks",
                       *(f"warehouse_app.cli.{group}" for group in ("database", "catalogue", "intake", "stock", "people",
                                                                    "backup", "shipping", "arrival", "trace", "demo",
                                                                    "documents", "exports", "output")))
START = f"""
import json, sys
from warehouse_app import launch, start
at_first_window = []

def stamp(what):
    if what == "shown":
        at_first_window.extend(sorted({{m for m in sys.modules for p in {NOT_AT_FIRST_WINDOW!r}
                                        if m == p or m.startswith(p + ".")}}))
    print(what, flush=True)

start.stamp = stamp
code = launch.main(sys.argv[1:])
print(json.dumps({{"code": code, "loaded": [m for m in {NOT_AT_START!r} if m in sys.modules],
                  "at_first_window": at_first_window}}))
"""


def test_a_start_at_head_loads_only_what_the_intake_screen_needs(tmp_path: Path) -> None:
    target = tmp_path / "w.sqlite3"
    db = Database(str(target))
    upgrade(db)
    with db.write() as s:  # not empty, so no demo is offered; a manager, so Ola starts as staff (no PIN)
        add_item(s, name="Koc", category="BEDDING", unit="pcs", barcodes_=["5901234123457"])
        add_operator(s, "Marta", "manager")
    db.dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WAREHOUSE_READY_STAMP": "quit", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-c", START, "--db", str(target), "--operator", "Ola", "--station", "s1"],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stderr[-2000:]
    assert lines[0] == "shown"  # the start window, taking scans
    assert lines[1].startswith("ready ")  # then the main window, with the focus in Intake
    assert json.loads(lines[-1]) == {"code": 0, "loaded": [], "at_first_window": []}
