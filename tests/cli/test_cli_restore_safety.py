"""Issue 17, data loss: a bad backup never replaces the live database; a backup on read-only media
restores without being written to; a newer build's database is one sentence; files are written
through symlinks and never onto devices; the database and its backups are owner-only."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from tests.cli.helpers import BEANS, Cli, add_beans, manager_cli
from warehouse_app.db.backup import backup_sqlite, backups_of, daily_backup
from warehouse_app.db.database import Database
from warehouse_app.db.migrate import head_revision, upgrade
from warehouse_app.launch import main

NEWER = "This database was upgraded by a newer Aid Warehouse (revision 0099); update this station."


@pytest.fixture
def cli(tmp_path: Path, sqlite_template: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> Cli:
    cli = manager_cli(tmp_path, sqlite_template, capsys, monkeypatch)
    add_beans(cli)
    code, _out, err = cli("receive", BEANS, "--qty", "4", "--expiry", "2027-03-31")
    assert code == 0, err
    return cli


def _db_file(cli: Cli) -> Path:
    return Path(cli.url.removeprefix("sqlite:///"))


def _copy(cli: Cli, name: str) -> Path:
    return backup_sqlite(_db_file(cli), _db_file(cli).parent.parent / "copies" / name)


def _sql(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    try:
        for statement in statements:
            conn.execute(statement)
        conn.commit()
    finally:
        conn.close()


def _bad_backups(cli: Cli, tmp_path: Path) -> Iterator[tuple[Path, str]]:
    newer = _copy(cli, "newer.sqlite3")
    _sql(newer, "UPDATE alembic_version SET version_num = '0099'")
    yield newer, NEWER
    look_alike = tmp_path / "look-alike.sqlite3"
    _sql(look_alike, *(f"CREATE TABLE {t} (x TEXT)" for t in ("item", "movement", "stock_level", "location", "category")),
         "CREATE TABLE alembic_version (version_num TEXT)", f"INSERT INTO alembic_version VALUES ('{head_revision()}')")
    yield look_alike, "its tables are not"
    drifted = _copy(cli, "drifted.sqlite3")
    _sql(drifted, "UPDATE stock_level SET quantity = quantity + 1000")  # stock no longer matches the ledger
    yield drifted, "does not match its own ledger"
    text_file = tmp_path / "notes.sqlite3"
    text_file.write_text("not a database at all")
    yield text_file, "not a database backup"


def test_a_bad_backup_leaves_the_live_database_untouched(cli: Cli, tmp_path: Path) -> None:
    db_file = _db_file(cli)
    before = db_file.read_bytes()
    for bad, sentence in _bad_backups(cli, tmp_path):
        code, out, err = cli("restore", str(bad))
        assert code in (2, 4) and sentence in err and err.count("\n") == 1 and "Traceback" not in err, (bad, err)
        assert out == ""
        assert db_file.read_bytes() == before, bad  # byte for byte
        assert backups_of(db_file, "before-restore") == []
        assert [p.name for p in db_file.parent.iterdir() if ".restoring-" in p.name] == []


def test_restore_from_read_only_media_never_writes_to_the_backup(cli: Cli, tmp_path: Path) -> None:
    """A write-protected stick: the backup is copied first and only ever opened for reading
    (tests run as root, where permission bits stop nothing, so every open is watched)."""
    stick = tmp_path / "stick"
    backup = backup_sqlite(_db_file(cli), stick / "friday.sqlite3")
    code, _out, err = cli("receive", BEANS, "--qty", "1", "--expiry", "2027-03-31")
    assert code == 0, err
    os.chmod(backup, 0o444)
    os.chmod(stick, 0o555)
    content, mtime = backup.read_bytes(), backup.stat().st_mtime_ns
    opened: list[tuple[str, object]] = []
    watching = [True]

    def watch(event: str, args: tuple[object, ...]) -> None:
        if not watching[0] or not args:
            return
        if event == "open" and str(args[0]).startswith(str(stick)):
            mode, flags = args[1], args[2]
            writes = (isinstance(mode, str) and any(c in mode for c in "wax+")) or (
                isinstance(flags, int) and flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT))
            if writes:
                opened.append((event, args))
        elif event == "sqlite3.connect" and str(args[0]).find(str(stick)) >= 0:
            opened.append((event, args))  # not even SQLite opens it: the copy is checked

    sys.addaudithook(watch)
    try:
        code, out, err = cli("restore", str(backup))
    finally:
        watching[0] = False
        os.chmod(stick, 0o755)
    assert code == 0 and "Check: OK" in out, err
    assert opened == []
    assert backup.read_bytes() == content and backup.stat().st_mtime_ns == mtime
    assert sorted(p.name for p in stick.iterdir()) == ["friday.sqlite3"]  # no -wal, -shm or lock left on it
    assert json.loads(cli("stock", "--json")[1])[0]["quantity"] == 4  # the friday state, not 5


@pytest.mark.parametrize("backend", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def test_a_database_from_a_newer_build_is_one_sentence(backend: str, request: pytest.FixtureRequest,
                                                       tmp_path: Path, sqlite_template: Path,
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    if backend == "sqlite":
        target = tmp_path / "w.sqlite3"
        target.write_bytes(sqlite_template.read_bytes())
        url = f"sqlite:///{target}"
    else:
        url = request.getfixturevalue("pg_template").url
    db = Database(url)
    with db.write_engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    try:
        for args in (["stock"], ["db", "upgrade"], ["item", "list"]):
            assert main(["--db", url, *args]) == 4
            out, err = capsys.readouterr()
            assert err == f"warehouse-app: {NEWER}\n" and out == ""
        assert main(["--db", url, "stock", "--json"]) == 4
        assert json.loads(capsys.readouterr().err) == {"error": NEWER, "code": 4}
    finally:
        with db.write_engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :head"), {"head": head_revision()})
        db.dispose()


@pytest.mark.postgres
def test_postgresql_upgrades_one_station_at_a_time(tmp_path: Path) -> None:
    """A second station's upgrade waits on the advisory lock, then finds the work done."""
    from tests.conftest import drop_pg_database, make_pg_database
    from warehouse_app.db.schema_guard import UPGRADE_LOCK_KEY

    url = make_pg_database(f"aid_warehouse_upgrade_lock_{os.getpid()}")
    db, holder = Database(url), Database(url)
    try:
        done: list[str] = []
        with holder.engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": UPGRADE_LOCK_KEY})
            worker = threading.Thread(target=lambda: done.append(upgrade(db).after), daemon=True)
            worker.start()
            time.sleep(1.0)
            assert done == []  # another station is upgrading: this one waits
            conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": UPGRADE_LOCK_KEY})
            conn.commit()
        worker.join(timeout=60)
        assert done == [head_revision()]
        assert upgrade(db).backup is None and upgrade(db).before == head_revision()
    finally:
        db.dispose()
        holder.dispose()
        drop_pg_database(url)


# --- files written safely -----------------------------------------------------------------------

def test_out_through_a_symlink_writes_the_target_and_keeps_the_link(cli: Cli, tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir()
    target = shared / "stock.xlsx"
    target.write_text("last week's")
    os.chmod(target, 0o640)
    link = tmp_path / "stock-link.xlsx"
    link.symlink_to(target)
    code, _out, err = cli("export", "stock", "--out", str(link))
    assert code == 0, err
    assert link.is_symlink() and link.resolve() == target
    assert target.read_bytes()[:2] == b"PK"  # the workbook went through the link
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # the target keeps its permissions
    assert sorted(p.name for p in shared.iterdir()) == ["stock.xlsx"]


def test_out_to_a_device_or_a_fifo_is_refused(cli: Cli, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    nodes = [fifo]
    device = tmp_path / "null"
    try:
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        nodes.append(device)
    except OSError:  # not root: the FIFO stands for every node that is not a file
        pass
    link = tmp_path / "to-pipe.xlsx"
    link.symlink_to(fifo)
    for node in (*nodes, link):
        for args in (("export", "stock", "--out", str(node)), ("backup", "--out", str(node))):
            code, _out, err = cli(*args)
            assert code == 2 and err == f"warehouse-app: {node} is not a regular file; choose a file name.\n", err
    assert stat.S_ISFIFO(fifo.stat().st_mode) and link.is_symlink()
    if device in nodes:
        assert stat.S_ISCHR(device.stat().st_mode)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_database_journals_and_backups_are_owner_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    os.umask(0o022)
    db_file = tmp_path / "new" / "warehouse.sqlite3"
    assert main(["--db", str(db_file), "stock"]) == 0
    assert _mode(db_file) == 0o600
    db = Database(str(db_file))
    try:
        with db.write() as s:
            s.execute(text("UPDATE alembic_version SET version_num = version_num"))
        for suffix in ("-wal", "-shm"):
            assert _mode(Path(f"{db_file}{suffix}")) == 0o600
    finally:
        db.dispose()
    out = tmp_path / "copy.sqlite3"
    assert main(["--db", str(db_file), "backup", "--out", str(out)]) == 0
    daily = daily_backup(db_file)
    assert daily is not None
    assert main(["--db", str(db_file), "restore", str(out)]) == 0
    kept = backups_of(db_file, "before-restore")
    assert [_mode(p) for p in (out, daily, *kept, db_file)] == [0o600] * 4
    capsys.readouterr()
