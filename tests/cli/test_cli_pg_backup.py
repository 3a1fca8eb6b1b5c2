"""`warehouse-app backup --out` on a PostgreSQL station: a pg_dump copy that pg_restore reads
back into a new database with every ledger row, and refusals as one sentence."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select

from tests.cli.helpers import BEANS, MARTA_PIN, Cli, add_beans, add_person
from tests.conftest import PgTemplate, drop_pg_database, make_pg_database
from warehouse_app.db.backup_pg import DUMP_MAGIC, libpq_target
from warehouse_app.db.models import Movement

pytestmark = pytest.mark.postgres


@pytest.fixture
def pg_cli(pg_template: PgTemplate, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Cli:
    """The command line on the PostgreSQL test database only (SQLite's backups: test_cli_backup.py)."""
    pg_template.reset()
    add_person(pg_template.url, "Marta", "manager", MARTA_PIN)
    monkeypatch.setenv("WAREHOUSE_PIN", MARTA_PIN)
    return Cli(pg_template.url, capsys)


def _ledger_rows(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(Movement)).scalar_one())
    finally:
        engine.dispose()


def test_pg_dump_copy_restores_into_a_new_database_with_every_scan(pg_cli: Cli, tmp_path: Path) -> None:
    add_beans(pg_cli)
    for qty in ("3", "5"):
        code, _out, err = pg_cli("receive", BEANS, "--qty", qty, "--expiry", "2027-03-31")
        assert code == 0, err
    out_file = tmp_path / "copies" / "monday.dump"
    code, out, err = pg_cli("backup", "--out", str(out_file))
    assert code == 0, err
    assert str(out_file) in out and "pg_restore" in out
    assert out_file.read_bytes()[: len(DUMP_MAGIC)] == DUMP_MAGIC
    assert out_file.stat().st_mode & 0o077 == 0  # owner-only, as the database's own backups

    target = make_pg_database(f"aid_warehouse_restored_dump_{os.getpid()}")
    try:
        dbname, env = libpq_target(target)
        subprocess.run(["pg_restore", "--no-owner", f"--dbname={dbname}", str(out_file)], env=env, check=True)
        assert _ledger_rows(target) == _ledger_rows(pg_cli.url) == pg_cli.ledger()
    finally:
        drop_pg_database(target)


def test_pg_backup_refusals_are_one_sentence(pg_cli: Cli, tmp_path: Path) -> None:
    existing = tmp_path / "existing.dump"
    existing.write_text("keep me")
    code, _out, err = pg_cli("backup", "--out", str(existing))
    assert code == 2 and "already exists" in err and err.count("\n") == 1
    assert existing.read_text() == "keep me"
    code, _out, err = pg_cli("restore", str(existing))
    assert code == 2 and "pg_restore" in err and err.count("\n") == 1


def test_no_pg_dump_on_the_path_is_one_sentence(pg_cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # a station without the PostgreSQL client tools
    code, _out, err = pg_cli("backup", "--out", str(tmp_path / "x.dump"))
    assert code == 2 and "pg_dump is not installed" in err and err.count("\n") == 1
    assert not (tmp_path / "x.dump").exists()
