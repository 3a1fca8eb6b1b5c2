"""Migrations: a database made by the first migration, holding data, upgrades to head."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.exc import IntegrityError

from warehouse_app.core.stock.integrity import check_stock_levels
from warehouse_app.core.stock.query import stock_by_category
from warehouse_app.db.database import Database
from warehouse_app.db.migrate import current_revision, head_revision, upgrade
from warehouse_app.db.models import Base

FIRST = "0001"


def _fill_first_schema(db: Database) -> None:
    """Data as the first schema allowed it: a category, an item, a lot, a place, one receipt."""
    now = datetime.now(UTC).replace(tzinfo=None)
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO category (id, code, name_pl, name_en, name_uk, archived) "
                          "VALUES (500, 'OLD', 'Stare', 'Old', 'Старе', false)"))
        conn.execute(text("INSERT INTO item (id, name, category_id, unit, tracks_expiry, archived, created_at) "
                          "VALUES (1, 'Koc', 500, 'pcs', false, false, :now)"), {"now": now})
        conn.execute(text("INSERT INTO lot (id, item_id, lot_code) VALUES (1, 1, '')"))
        conn.execute(text("INSERT INTO location (id, kind, code, name, path, archived, created_at) "
                          "VALUES (900, 'warehouse', 'LC000900', 'Old hall', '/900/', false, :now)"), {"now": now})
        conn.execute(text("INSERT INTO operator (id, name, role, active) VALUES (1, 'Ola', 'staff', true)"))
        conn.execute(text("INSERT INTO movement (id, kind, item_id, lot_id, quantity, to_location_id, operator_id, "
                          "station, created_at) VALUES (1, 'receive', 1, 1, 5000, 900, 1, 's1', :now)"), {"now": now})
        conn.execute(text("INSERT INTO stock_level (id, item_id, lot_id, location_id, quantity) "
                          "VALUES (1, 1, 1, 900, 5000)"))
        # A second item with a weight, two dated lots in two places and an emptied level,
        # so the running totals the upgrade fills have something to add up.
        conn.execute(text("INSERT INTO item (id, name, category_id, unit, unit_weight_kg, tracks_expiry, min_stock, "
                          "archived, created_at) VALUES (2, 'Konserwa', 500, 'pcs', 330, true, 10000, false, :now)"),
                     {"now": now})
        conn.execute(text("INSERT INTO location (id, parent_id, kind, code, name, path, archived, created_at) "
                          "VALUES (901, 900, 'bin', 'LC000901', 'Old bin', '/900/901/', false, :now)"), {"now": now})
        conn.execute(text("INSERT INTO lot (id, item_id, expiry, lot_code) VALUES "
                          "(2, 2, '2027-01-31', ''), (3, 2, '2027-06-30', 'L7')"))
        conn.execute(text("INSERT INTO stock_level (id, item_id, lot_id, location_id, quantity) VALUES "
                          "(2, 2, 2, 900, 4000), (3, 2, 2, 901, 2500), (4, 2, 3, 901, 0), (5, 2, 3, 900, 1000)"))


def _fresh_url(request: pytest.FixtureRequest, tmp_path: Path, backend: str) -> str:
    if backend == "sqlite":
        return str(tmp_path / "old.sqlite3")
    from tests.conftest import make_pg_database

    return make_pg_database(f"aid_warehouse_migration_test_{os.getpid()}")


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_first_migration_with_data_upgrades_to_head(request, tmp_path: Path, backend: str) -> None:
    url = _fresh_url(request, tmp_path, backend)
    db = Database(url)
    try:
        upgrade(db, FIRST)
        assert current_revision(db) == FIRST
        _fill_first_schema(db)
        report = upgrade(db)
        assert (report.before, report.after, current_revision(db)) == (FIRST, head_revision(), head_revision())
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM item WHERE id = 1")).scalar_one() == "Koc"
            assert conn.execute(text("SELECT quantity FROM stock_level WHERE id = 1")).scalar_one() == 5000
            # the default data came in beside the old rows
            assert conn.execute(text("SELECT count(*) FROM category")).scalar_one() > 10
            tables = set(inspect(conn).get_table_names())
            # the running totals were filled from the stock levels
            assert sorted(conn.execute(text("SELECT item_id, quantity FROM item_total")).all()) == [
                (1, 5000), (2, 7500)
            ]
            assert sorted(
                (str(e), q, w) for e, q, w in conn.execute(text(
                    "SELECT expiry, quantity, weight_mg FROM category_expiry_total WHERE category_id = 500"))
            ) == [("2027-01-31", 6500, 6500 * 330), ("2027-06-30", 1000, 1000 * 330), ("9999-12-31", 5000, 0)]
            # 0004: the ledger points at shipments for real, trucks have a checked status
            movement_fks = {(fk["referred_table"], tuple(fk["constrained_columns"]))
                            for fk in inspect(conn).get_foreign_keys("movement")}
            assert ("shipment", ("shipment_id",)) in movement_fks
            assert conn.execute(text("SELECT shipment_id FROM movement WHERE id = 1")).scalar_one() is None
            checks = {c["name"] for c in inspect(conn).get_check_constraints("shipment")}
            assert {"ck_shipment_status", "ck_shipment_max_payload"} <= checks
            assert "ck_container_gross_kg" in {c["name"] for c in inspect(conn).get_check_constraints("container")}
            # 0005: goods in three languages with customs data; every default category has a chapter
            assert conn.execute(text("SELECT name_uk, hs_code, unit_value FROM item WHERE id = 1")).one() == (
                None, None, None)
            assert conn.execute(text("SELECT hs_code FROM category WHERE code = 'CLOTHING.WINTER'")).scalar() == "62"
            assert {"address", "tax_id"} <= {c["name"] for c in inspect(conn).get_columns("donor")}
        _assert_new_constraints_hold(db)
        with db.read() as session:
            assert check_stock_levels(session).total_differences == ()
            by_code = {r.code: r for r in stock_by_category(session, today=date(2027, 1, 1))}
        old = by_code["OLD"]
        assert (old.quantity, old.weight_kg, old.items_in_stock, old.below_minimum) == (
            Decimal("12.5"), Decimal("2.475"), 2, 1
        )
        assert (old.expired, old.expiring_30d, old.expiring_90d) == (0, Decimal("6.5"), Decimal("6.5"))
        assert {t.name for t in Base.metadata.sorted_tables} <= tables
        if backend == "sqlite":
            assert report.backup is not None and report.backup.exists()
            with sqlite3.connect(report.backup) as copy:
                assert copy.execute("SELECT name FROM item ORDER BY id").fetchall() == [("Koc",), ("Konserwa",)]
                assert copy.execute("SELECT version_num FROM alembic_version").fetchall() == [(FIRST,)]
    finally:
        db.dispose()
        if backend == "postgresql":
            from tests.conftest import drop_pg_database

            drop_pg_database(url)


def _assert_new_constraints_hold(db: Database) -> None:
    """The database itself refuses a ledger row naming no shipment and a truck of unknown status."""
    now = datetime.now(UTC).replace(tzinfo=None)
    bad_movement = text("INSERT INTO movement (kind, item_id, lot_id, quantity, to_location_id, operator_id, "
                        "station, created_at, shipment_id) VALUES ('move', 1, 1, 1000, 900, 1, 's1', :now, 4242)")
    bad_truck = text("INSERT INTO shipment (number, status, load_location_id, recipient, recipient_address, city, "
                     "country, contact, driver, driver_phone, vehicle_plate, trailer_plate, seal_number, "
                     "aid_registration_code, notes, created_by, created_at) VALUES ('T-1', 'lost', 901, '', '', "
                     "'', '', '', '', '', '', '', '', '', '', 1, :now)")
    for statement in (bad_movement, bad_truck):
        with pytest.raises(IntegrityError), db.engine.begin() as conn:
            conn.execute(statement, {"now": now})


def test_upgrading_an_up_to_date_database_does_nothing(sqlite_db: Database) -> None:
    report = upgrade(sqlite_db)
    assert report.before == report.after == head_revision() and report.backup is None


def test_a_new_empty_file_gets_no_backup(tmp_path: Path) -> None:
    db = Database(str(tmp_path / "new.sqlite3"))
    report = upgrade(db)
    db.dispose()
    assert report.before is None and report.backup is None
    assert not (tmp_path / "backups").exists()


def test_models_and_migrations_agree(sqlite_db: Database) -> None:
    """Autogenerate finds nothing to do: the migrations build exactly the models' schema."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with sqlite_db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": False}), Base.metadata)
    assert diff == []


def test_the_head_read_from_the_files_is_alembics_head() -> None:
    """head_revision() and known_revisions() read the migration files as text (no Alembic
    at start-up); Alembic's own reading of the same folder agrees."""
    from alembic.script import ScriptDirectory

    from warehouse_app.db.migrate import alembic_config, known_revisions

    scripts = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == scripts.get_current_head()
    assert known_revisions() == {rev.revision for rev in scripts.walk_revisions()}


_UPGRADE_IN_A_FRESH_PROCESS = """
import json, sys
from warehouse_app.db.database import Database
from warehouse_app.db.migrate import upgrade
db = Database(sys.argv[1])
report = upgrade(db)
db.dispose()
print(json.dumps({"before": report.before, "after": report.after, "alembic": "alembic" in sys.modules}))
"""


def _upgrade_in_a_fresh_process(url: str) -> dict[str, object]:
    """upgrade() as a start or a command runs it, in a process that has imported nothing yet."""
    import json
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", _UPGRADE_IN_A_FRESH_PROCESS, url], capture_output=True, text=True,
                          check=True, cwd=Path(__file__).resolve().parents[2])
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_alembic_is_neither_run_nor_imported_at_head_and_still_upgrades_when_behind(
        request, tmp_path: Path, backend: str) -> None:
    url = _fresh_url(request, tmp_path, backend)
    db = Database(url)
    try:
        upgrade(db, FIRST)
        _fill_first_schema(db)
        behind = _upgrade_in_a_fresh_process(url)
        assert behind == {"before": FIRST, "after": head_revision(), "alembic": True}
        assert current_revision(db) == head_revision()
        at_head = _upgrade_in_a_fresh_process(url)
        assert at_head == {"before": head_revision(), "after": head_revision(), "alembic": False}
        with db.engine.connect() as conn:  # the upgrade kept the data, the second start left it alone
            assert conn.execute(text("SELECT name FROM item WHERE id = 1")).scalar_one() == "Koc"
            assert conn.execute(text("SELECT count(*) FROM item_total")).scalar_one() == 2
    finally:
        db.dispose()
        if backend == "postgresql":
            from tests.conftest import drop_pg_database

            drop_pg_database(url)


def test_a_new_database_is_created_through_alembic(tmp_path: Path) -> None:
    assert _upgrade_in_a_fresh_process(str(tmp_path / "new.sqlite3")) == {
        "before": None, "after": head_revision(), "alembic": True}
