"""Restore against a real long-lived station: a separate process with one engine, as the desktop
app has, receiving a scan every 0.2 s (issue 17: 43 acknowledged scans went to the unlinked file)."""

from __future__ import annotations

import os
import queue as queue_module
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.db.workers import TINS, add_tins
from warehouse_app.db.backup import backup_sqlite, backups_of
from warehouse_app.db.database import Database
from warehouse_app.db.models import Movement
from warehouse_app.launch import main

PROJECT_ROOT = Path(__file__).resolve().parents[2]
REPLACED = "The database file was replaced (restored?) while this station had it open; restart the app."

# A station: one Database for its whole life. "tick" mode scans every 0.2 s until the stop file
# appears; "ask" mode scans once per line on stdin. Each scan is printed only after its commit
# returned (acknowledged); a refusal is printed as "refused: <sentence>" and the station stops.
STATION = r"""
import sys, time
from pathlib import Path
from warehouse_app.core.access.operators import actor_for
from warehouse_app.core.intake.receiving import receive
from warehouse_app.db.database import Database
from warehouse_app.kernel.errors import WarehouseError

url, code, mode, stop = sys.argv[1:5]
db = Database(url)
with db.write() as s:
    actor = actor_for(s, "Station test", "station-1")
print("ready", flush=True)

def scan():
    try:
        with db.write() as s:
            movement_id = receive(s, actor, code, qty=1).movement_id
    except WarehouseError as exc:
        print("refused:", exc, flush=True)
        return False
    print(movement_id, flush=True)
    return True

if mode == "tick":
    while not Path(stop).exists() and scan():
        time.sleep(0.2)
else:
    for _line in sys.stdin:
        if not scan():
            break
db.dispose()
print("closed", flush=True)
"""


class Station:
    def __init__(self, db_file: Path, mode: str, stop: Path) -> None:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(PROJECT_ROOT), os.environ.get("PYTHONPATH")]))}
        self.proc = subprocess.Popen([sys.executable, "-c", STATION, str(db_file), TINS, mode, str(stop)],
                                     cwd=PROJECT_ROOT, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, text=True)
        self.lines: queue_module.Queue[str | None] = queue_module.Queue()
        self.acknowledged: list[int] = []
        self.refused: list[str] = []
        threading.Thread(target=self._pump, daemon=True).start()
        assert self.next_line() == "ready"

    def _pump(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def next_line(self, timeout: float = 30) -> str:
        line = self.lines.get(timeout=timeout)
        assert line is not None, f"the station stopped early:\n{self.proc.stderr.read()}"  # type: ignore[union-attr]
        if line.isdigit():
            self.acknowledged.append(int(line))
        elif line.startswith("refused: "):
            self.refused.append(line.removeprefix("refused: "))
        return line

    def wait_for_scans(self, count: int) -> None:
        while len(self.acknowledged) < count:
            self.next_line()

    def scan(self) -> str:
        assert self.proc.stdin is not None
        self.proc.stdin.write("scan\n")
        self.proc.stdin.flush()
        return self.next_line()

    def finish(self) -> None:
        while self.next_line() != "closed":
            pass
        assert self.proc.wait(timeout=30) == 0

    def kill(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


def _movements(db_file: Path) -> set[int]:
    db = Database(str(db_file))
    try:
        with db.read() as s:
            return set(s.scalars(select(Movement.id)))
    finally:
        db.dispose()


@pytest.fixture
def prepared(sqlite_db: Database, tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """The live database with the tins in the catalogue, and a backup of it made before any scan;
    the test's own engine is closed (it would count as a station)."""
    add_tins(sqlite_db)
    db_file = sqlite_db.sqlite_path
    assert db_file is not None
    backup = backup_sqlite(db_file, tmp_path / "copies" / "monday.sqlite3")
    sqlite_db.dispose()
    yield db_file, backup


def test_restore_refuses_while_a_station_runs_and_loses_no_scan_after_it_stops(
        prepared: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db_file, backup = prepared
    stop = tmp_path / "stop"
    station = Station(db_file, "tick", stop)
    try:
        station.wait_for_scans(5)
        code = main(["--db", str(db_file), "restore", str(backup)])
        _out, err = capsys.readouterr()
        assert code == 4 and "close the app on every station using it first" in err and err.count("\n") == 1
        station.wait_for_scans(len(station.acknowledged) + 3)  # the station went on working, untouched
        assert backups_of(db_file, "before-restore") == []
        stop.touch()
        station.finish()
    finally:
        station.kill()
    assert not station.refused
    assert set(station.acknowledged) <= _movements(db_file)  # every acknowledged scan is in the live file

    code = main(["--db", str(db_file), "restore", str(backup)])
    out, err = capsys.readouterr()
    assert code == 0 and "Check: OK" in out, err
    assert _movements(db_file) == _movements(backup)  # the backup is what is live now
    kept = backups_of(db_file, "before-restore")
    assert len(kept) == 1
    assert set(station.acknowledged) <= _movements(kept[0])  # and no acknowledged scan is lost


def test_a_station_whose_file_was_replaced_refuses_its_next_write(prepared: tuple[Path, Path], tmp_path: Path) -> None:
    """A file put in place behind the lock's back (an old build's restore, a hand copy): the
    station's next write is refused in one sentence and nothing goes into the unlinked file."""
    db_file, backup = prepared
    station = Station(db_file, "ask", tmp_path / "unused")
    try:
        for _ in range(3):
            assert station.scan().isdigit()
        assert set(station.acknowledged) <= _movements(db_file)
        placed = db_file.with_name("placed.sqlite3")
        shutil.copyfile(backup, placed)
        os.replace(placed, db_file)
        for suffix in ("-wal", "-shm"):
            Path(f"{db_file}{suffix}").unlink(missing_ok=True)
        before = db_file.read_bytes()
        assert station.scan() == f"refused: {REPLACED}"
        station.finish()
    finally:
        station.kill()
    assert len(station.acknowledged) == 3  # nothing acknowledged after the file was replaced
    assert db_file.read_bytes() == before and _movements(db_file) == _movements(backup)


def test_a_station_opening_during_a_restore_waits_for_it(prepared: tuple[Path, Path]) -> None:
    from warehouse_app.db.file_lock import hold_exclusive, hold_shared
    from warehouse_app.kernel.errors import Conflict

    db_file, _backup = prepared
    lock = hold_exclusive(db_file)
    try:
        started = time.monotonic()
        with pytest.raises(Conflict, match="is being restored"):
            hold_shared(db_file, wait_s=0.5)
        assert time.monotonic() - started >= 0.5
    finally:
        lock.release()
    hold_shared(db_file, wait_s=0.5).release()
