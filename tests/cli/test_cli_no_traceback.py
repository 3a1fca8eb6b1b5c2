"""Each input that once made a traceback (issue 12), as a user types it: one sentence, the
exit code of its class, nothing changed; --json everywhere, errors as JSON; the last resort."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.cli.helpers import BEANS, Cli, add_beans
from warehouse_app.cli import main as cli_main
from warehouse_app.db.migrate import head_revision
from warehouse_app.launch import main

ROOT = Path(__file__).resolve().parents[2]
UNDECODABLE = b"\xff\xfe".decode("utf-8", "surrogateescape")  # what POSIX hands over for $'\xff\xfe'


@pytest.fixture(autouse=True)
def _log_folder(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """A crash log (there should be none) goes to this test's folder, not the real user data folder."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))


@pytest.fixture
def stocked(cli: Cli) -> Cli:
    add_beans(cli)
    assert cli("receive", BEANS, "--qty", "5", "--expiry", "2027-01-31")[0] == 0
    return cli


def _refused(cli: Cli, code: int, *args: str) -> str:
    before = cli.ledger(), cli("db", "check")[1]
    got, out, err = cli(*args)
    assert got == code and err.count("\n") == 1 and "Traceback" not in err, (got, err)
    assert (cli.ledger(), cli("db", "check")[1]) == before
    return err


@pytest.mark.parametrize("qty", ["1e30", "-1e30", "NaN", "Infinity", "1E+999999999", "9" * 60, "1000001"])
def test_absurd_quantities_are_one_sentence_that_says_the_most(stocked: Cli, qty: str) -> None:
    err = _refused(stocked, 2, "receive", BEANS, f"--qty={qty}", "--expiry", "2027-01-31")
    assert "the most is 1000000" in err or "must be a number" in err
    _refused(stocked, 2, "move", BEANS, f"--qty={qty}", "--from", "Receiving", "--to", "Receiving")
    _refused(stocked, 2, "write-off", BEANS, f"--qty={qty}", "--reason", "damaged")


def test_absurd_dates_and_ids(stocked: Cli) -> None:
    assert "1970 to 2199" in _refused(stocked, 2, "receive", BEANS, "--qty", "1", "--expiry", "9999-12-31")
    assert "no such day" in _refused(stocked, 2, "receive", BEANS, "--qty", "1", "--expiry", "2026-02-30")
    assert "no item number 99999999999999999999" in _refused(stocked, 3, "item", "show", "#99999999999999999999")
    _refused(stocked, 3, "reverse", "99999999999999999999", "--reason", "typo")
    _refused(stocked, 2, "history", "--limit", "99999999999999999999")


def test_undecodable_arguments_are_refused_in_one_sentence(stocked: Cli) -> None:
    err = _refused(stocked, 2, "--operator", UNDECODABLE, "receive", BEANS, "--qty", "1", "--expiry", "2027-01-31")
    assert "\\xff\\xfe" in err and "not valid text" in err
    _refused(stocked, 2, "item", "add", "--name", "Koc" + UNDECODABLE, "--category", "Food", "--unit", "pcs")


def test_paths_no_disk_takes_are_one_sentence(stocked: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    assert "NUL" in _refused(stocked, 2, "export", "stock", "--out", str(folder / "a\x00b.xlsx"))
    long_name = str(folder / ("x" * 300 + ".pdf"))
    assert "255 bytes" in _refused(stocked, 2, "count-sheet", "--out", long_name)
    assert "is a folder" in _refused(stocked, 2, "export", "stock", "--out", str(folder))
    assert list(folder.iterdir()) == []


def test_json_everywhere_and_errors_as_json(stocked: Cli) -> None:
    assert [o["name"] for o in stocked.json("operator", "list")] == ["Marta"]  # type: ignore[index,union-attr]
    assert any(loc["name"] == "Receiving" for loc in stocked.json("location", "list"))  # type: ignore[index,union-attr]
    assert "warehouse" in stocked.json("warehouse", "show")  # type: ignore[operator]
    check = stocked.json("db", "check")
    assert check["ok"] is True and check["movements"] == 1  # type: ignore[index,call-overload]
    assert stocked.json("db", "info")["schema"] == head_revision()  # type: ignore[index,call-overload]
    assert "Added operator" in stocked.json("operator", "add", "Olena")["message"]  # type: ignore[index,call-overload]
    code, out, err = stocked("receive", BEANS, "--qty", "1e30", "--json")
    assert code == 2 and out == "" and json.loads(err) == {"error": json.loads(err)["error"], "code": 2}
    assert "too large" in json.loads(err)["error"]
    code, out, err = stocked("item", "show", "#99999999999999999999", "--json")
    assert code == 3 and json.loads(err)["code"] == 3
    code, out, err = stocked("receive", "--json")  # an argparse usage error
    assert code == 2 and out == "" and "required" in json.loads(err)["error"]
    code, out, err = stocked("--json", "no-such-command")
    assert code == 2 and json.loads(err)["code"] == 2


def test_every_command_takes_json() -> None:
    parser = cli_main.build_parser()
    commands = list(cli_main._commands(parser))
    assert len(commands) > 60
    assert all(any("--json" in a.option_strings for a in c._actions) for c in commands)


def test_a_password_never_shows(cli: Cli) -> None:
    for url in ("postgresql://ann:s3cret@127.0.0.1:1/none", "mysql://ann:s3cret@127.0.0.1/none"):
        for extra in ((), ("--json",)):
            code = main(["--db", url, "stock", *extra])
            err = cli.capsys.readouterr().err
            assert code in (1, 2) and "s3cret" not in err and err.count("\n") == 1


def test_a_bug_is_logged_and_said_in_one_sentence(cli: Cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the user data folder (Linux)

    def broken(_db: object, _args: object) -> int:
        raise ZeroDivisionError("a bug")

    monkeypatch.setitem(cli_main.HANDLERS, "stock", broken)  # a bug planted where a real one would be
    code, out, err = cli("stock")
    assert code == 70 and out == "" and err.count("\n") == 1 and "Traceback" not in err
    log = next((tmp_path / "data" / "AidWarehouse" / "logs").glob("crash-*.log"))
    assert str(log) in err
    assert "ZeroDivisionError: a bug" in log.read_text() and "Traceback" in log.read_text()
    code, _out, err = cli("stock", "--json")
    assert code == 70 and json.loads(err)["code"] == 70


def test_a_closed_pipe_ends_quietly_with_141(tmp_path: Path) -> None:
    db = tmp_path / "w.sqlite3"
    proc = subprocess.Popen([sys.executable, "-m", "warehouse_app", "--db", str(db), "category", "list"],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # `| head -0`: the reader is gone before the first line
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 141
    assert "Traceback" not in err and "BrokenPipe" not in err


# --- backup and restore: SQLite files only ---------------------------------------------------------

@pytest.fixture
def file_cli(tmp_path: Path, sqlite_template: Path, capsys: pytest.CaptureFixture[str]) -> Cli:
    db_file = tmp_path / "warehouse.sqlite3"
    db_file.write_bytes(sqlite_template.read_bytes())
    return Cli(str(db_file), capsys)  # --db as a plain path, as the README says


def test_backup_and_restore_take_a_plain_path(file_cli: Cli, tmp_path: Path) -> None:
    add_beans(file_cli)
    copy = tmp_path / "copy.sqlite3"
    code, out, err = file_cli("backup", "--out", str(copy))
    assert code == 0 and copy.exists(), err
    code, out, err = file_cli("restore", str(copy))
    assert code == 0 and "Check: OK" in out, err
    code, out, err = file_cli("backup", "--out", str(tmp_path / "j.sqlite3"), "--json")
    assert code == 0 and "Backed up" in json.loads(out)["message"]


def test_backup_and_restore_refuse_impossible_paths(file_cli: Cli, tmp_path: Path) -> None:
    for args, words in ((("backup", "--out", str(tmp_path / "a\x00b")), "NUL"),
                        (("backup", "--out", str(tmp_path / ("b" * 256))), "255 bytes"),
                        (("backup", "--out", str(tmp_path / "warehouse.sqlite3" / "x")), "is not a folder"),
                        (("restore", str(tmp_path / ("r" * 256))), "255 bytes"),
                        (("restore", str(tmp_path / "a\x00b")), "NUL")):
        code, _out, err = file_cli(*args)
        assert code == 2 and words in err and err.count("\n") == 1, (args, err)


def test_restore_of_a_look_alike_is_one_sentence_and_changes_nothing(file_cli: Cli, tmp_path: Path) -> None:
    add_beans(file_cli)
    db_file = Path(file_cli.url)
    before = db_file.read_bytes()
    fake = tmp_path / "fake.sqlite3"
    with sqlite3.connect(fake) as conn:
        for table in ("item", "movement", "stock_level", "location", "category"):
            conn.execute(f"CREATE TABLE {table} (x TEXT)")
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("INSERT INTO alembic_version VALUES (?)", (head_revision(),))
    conn.close()
    code, out, err = file_cli("restore", str(fake))
    assert code == 2 and "its tables are not" in err and err.count("\n") == 1 and out == ""
    assert db_file.read_bytes() == before
    assert not (tmp_path / "backups").exists()  # not even a copy of the database was needed
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
