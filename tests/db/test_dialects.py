"""Each database loads its own SQLAlchemy dialect only (issue 15): a SQLite start or command
never imports the PostgreSQL one (and its drivers' modules), yet on PostgreSQL the models
still spell the lot table's partial unique indexes for it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy.schema import CreateIndex

from warehouse_app.core.catalogue.items import add_item
from warehouse_app.db.database import Database
from warehouse_app.db.models import PARTIAL_INDEXES, Base

ROOT = Path(__file__).resolve().parents[2]


def test_a_receive_on_sqlite_loads_no_postgresql_dialect(sqlite_db: Database) -> None:
    with sqlite_db.write() as s:
        add_item(s, name="Koc", category="BEDDING", unit="pcs", barcodes_=["5901234123457"])
    db = sqlite_db.sqlite_path
    sqlite_db.dispose()
    code = (
        "import sys\n"
        "from warehouse_app.launch import main\n"
        f"assert main(['--db', {str(db)!r}, '--operator', 'Ola', 'receive', '5901234123457', '--qty', '3']) == 0\n"
        "print(sorted(m for m in sys.modules if m.startswith('sqlalchemy.dialects.postgresql')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_on_postgresql_the_partial_indexes_have_their_condition(db: Database) -> None:
    indexes = {str(i.name): i for i in Base.metadata.tables["lot"].indexes if i.name in PARTIAL_INDEXES}
    assert set(indexes) == set(PARTIAL_INDEXES)
    for name, index in indexes.items():
        ddl = str(CreateIndex(index).compile(dialect=db.engine.dialect))
        assert ddl.endswith(f"WHERE {PARTIAL_INDEXES[name]}"), ddl
