"""A start loads what the first window needs and no more: a fresh `warehouse-app` process on
a database at its newest schema, run until it says it is ready (WAREHOUSE_READY_STAMP),
has not imported Alembic, the document libraries or jobs, GS1's tables, the charts, where a
donation went, the warehouse's set-up or the other screens. Speed itself is measured by bench/bench_start.py."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from warehouse_app.core.catalogue.items import add_item
from warehouse_app.db.database import Database
from warehouse_app.db.migrate import upgrade

ROOT = Path(__file__).resolve().parents[2]
NOT_AT_START = ("alembic", "mako", "openpyxl", "reportlab", "biip", "zxingcpp", "PySide6.QtCharts", "warehouse_app.documents.jobs",
                "warehouse_app.core.trace", "warehouse_app.core.admin.warehouse_setup",
                "warehouse_app.ui.screens.stock.screen", "warehouse_app.ui.screens.catalogue.screen",
                "warehouse_app.ui.screens.trucks.screen", "warehouse_app.ui.screens.reports.screen")
START = f"""
import json, sys
from warehouse_app import launch
code = launch.main(sys.argv[1:])
print(json.dumps({{"code": code, "loaded": [m for m in {NOT_AT_START!r} if m in sys.modules]}}))
"""


def test_a_start_at_head_loads_only_what_the_intake_screen_needs(tmp_path: Path) -> None:
    target = tmp_path / "w.sqlite3"
    db = Database(str(target))
    upgrade(db)
    with db.write() as s:  # not empty, so no demo is offered
        add_item(s, name="Koc", category="BEDDING", unit="pcs", barcodes_=["5901234123457"])
    db.dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WAREHOUSE_READY_STAMP": "quit", "PYTHONPATH": str(ROOT),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "HOME": str(tmp_path / "home")}
    done = subprocess.run([sys.executable, "-c", START, "--db", str(target), "--operator", "Ola", "--station", "s1"],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=60)
    lines = done.stdout.splitlines()
    assert done.returncode == 0, done.stderr[-2000:]
    assert lines[0].startswith("ready ")  # the window was shown with the focus in Intake
    assert json.loads(lines[-1]) == {"code": 0, "loaded": []}
