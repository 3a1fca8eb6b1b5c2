"""Backups as a coordinator uses them: copy, damage the database, restore, every scan there."""

from __future__ import annotations

import sqlite3
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from tests.cli.helpers import BEANS, Cli, add_beans, manager_cli
from warehouse_app.db.backup import backups_of, daily_backup, rotate
from warehouse_app.launch import main


@pytest.fixture
def cli(tmp_path: Path, sqlite_template: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> Cli:
    return manager_cli(tmp_path, sqlite_template, capsys, monkeypatch)


def _db_file(cli: Cli) -> Path:
    return Path(cli.url.removeprefix("sqlite:///"))


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[0:16] = b"garbage garbage!"  # the header: SQLite no longer knows the file
    path.write_bytes(bytes(data))


def test_backup_damage_restore_keeps_every_scan(cli: Cli, tmp_path: Path) -> None:
    add_beans(cli)
    for qty in ("3", "5"):
        code, _out, err = cli("receive", BEANS, "--qty", qty, "--expiry", "2027-03-31")
        assert code == 0, err
    ledger_before = cli.ledger()
    backup = tmp_path / "copies" / "monday.sqlite3"
    code, out, err = cli("backup", "--out", str(backup))
    assert code == 0, err
    assert backup.exists() and str(backup) in out

    db_file = _db_file(cli)
    _damage(db_file)
    code, _out, err = cli("stock")
    assert code != 0 and err.count("\n") == 1  # the damage shows as one sentence

    code, out, err = cli("restore", str(backup))
    assert code == 0, err
    assert "Check: OK" in out
    assert cli.ledger() == ledger_before
    rows = cli.json("stock")
    assert [(r["name"], Decimal(str(r["quantity"]))) for r in rows] == [("Fasola konserwowa 400 g", 8)]  # type: ignore[union-attr,index]
    kept = backups_of(db_file, "before-restore")
    assert len(kept) == 1 and kept[0].read_bytes()[:16] == b"garbage garbage!"  # what it replaced is kept


def test_restore_refuses_what_is_not_our_backup(cli: Cli, tmp_path: Path) -> None:
    add_beans(cli)
    before = _db_file(cli).read_bytes()
    text_file = tmp_path / "notes.sqlite3"
    text_file.write_text("not a database")
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.commit()
    for bad, sentence in ((text_file, "not a database backup"), (other, "not one of Aid Warehouse"),
                          (tmp_path / "missing.sqlite3", "There is no file")):
        code, _out, err = cli("restore", str(bad))
        assert code == 2 and sentence in err and err.count("\n") == 1
    assert _db_file(cli).read_bytes() == before  # nothing changed
    assert backups_of(_db_file(cli), "before-restore") == []


def test_backup_refuses_to_overwrite_and_postgresql(cli: Cli, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    existing = tmp_path / "existing.sqlite3"
    existing.write_text("keep me")
    code, _out, err = cli("backup", "--out", str(existing))
    assert code == 2 and "already exists" in err
    assert existing.read_text() == "keep me"
    code = main(["--db", "postgresql+psycopg://nobody@127.0.0.1:1/none", "backup", "--out", str(tmp_path / "x")])
    assert code == 2 and "pg_dump" in capsys.readouterr().err


def test_daily_backup_once_a_day_and_rotated(cli: Cli) -> None:
    add_beans(cli)
    db_file = _db_file(cli)
    first = daily_backup(db_file, today=date(2026, 11, 1))
    assert first is not None and first.exists()
    assert daily_backup(db_file, today=date(2026, 11, 1)) is None  # the same day: no second copy
    for day in range(2, 20):
        assert daily_backup(db_file, today=date(2026, 11, day)) is not None
    kept = backups_of(db_file, "daily")
    assert len(kept) == 14 and "20261119" in kept[-1].name and "20261106" in kept[0].name
    with sqlite3.connect(kept[-1]) as conn:  # each copy is a whole database
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert rotate(db_file, "daily", keep=2) == kept[:-2]
