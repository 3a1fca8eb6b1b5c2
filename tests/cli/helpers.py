"""Shared by several test modules (test modules never import one another)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from sqlalchemy import func, select

from warehouse_app.core.access.operators import add_operator
from warehouse_app.db.database import Database
from warehouse_app.db.models import Movement, Operator
from warehouse_app.launch import main

BEANS = "5901234123457"


GS = "\x1d"


MARTA_PIN = "4711"


def quick_pin_hash(pin: str) -> str:
    """A stored PIN in the app's own format with a tiny scrypt cost, so each command's PIN check
    takes microseconds in tests (verify_pin reads the cost from the stored hash)."""
    salt = b"0123456789abcdef"
    return f"scrypt$16$1$1${salt.hex()}${hashlib.scrypt(pin.encode(), salt=salt, n=16, r=1, p=1, dklen=32).hex()}"


def add_person(url: str, name: str, role: str, pin: str | None = None) -> None:
    """An operator made as a manager would (``operator add`` / ``operator pin``), straight in the database."""
    db = Database(url)
    try:
        with db.write() as s:
            add_operator(s, name, role)
            if pin is not None:
                row = s.scalar(select(Operator).where(Operator.name == name))
                assert row is not None
                row.pin_hash = quick_pin_hash(pin)
    finally:
        db.dispose()


class Cli:
    def __init__(self, url: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.url, self.capsys = url, capsys

    def __call__(self, *args: str) -> tuple[int, str, str]:
        code = main(["--db", self.url, "--operator", "Marta", "--station", "intake-1", *args])
        out, err = self.capsys.readouterr()
        return code, out, err

    def json(self, *args: str) -> object:
        code, out, err = self(*args, "--json")
        assert code == 0, err
        return json.loads(out)

    def ledger(self) -> int:
        db = Database(self.url)
        try:
            with db.read() as s:
                return s.scalar(select(func.count()).select_from(Movement)) or 0
        finally:
            db.dispose()


def add_beans(cli: Cli) -> None:
    code, out, err = cli("item", "add", "--name", "Fasola konserwowa 400 g", "--category", "Food/Canned food",
                         "--unit", "pcs", "--barcode", BEANS, "--weight-kg", "0.45", "--tracks-expiry",
                         "--min-stock", "100")
    assert code == 0, err
    assert "Fasola konserwowa 400 g" in out


def stock_tins_and_blankets(cli: Cli) -> Cli:
    """Two items on the shelves, as a loader finds them: 40 tins (with expiry) and 20 blankets."""
    from tests.shipping_fixtures import BLANKET, TINS

    for args in (
        ("item", "add", "--name", "Konserwa", "--category", "FOOD.CANNED", "--unit", "pcs", "--barcode", TINS,
         "--weight-kg", "0.4", "--tracks-expiry"),
        ("receive", TINS, "--qty", "40", "--expiry", "2028-06-30"),
        ("item", "add", "--name", "Koc", "--category", "BEDDING.BLANKETS", "--unit", "pcs", "--barcode", BLANKET,
         "--weight-kg", "1.25"),
        ("receive", BLANKET, "--qty", "20"),
    ):
        ok(cli, *args)
    return cli


def ok(cli: Cli, *args: str) -> str:
    """Run a command that must succeed quietly; its output."""
    code, out, err = cli(*args)
    assert (code, err) == (0, ""), err
    return out


def fails(cli: Cli, exit_code: int, *args: str) -> str:
    """Run a command that must be refused with one sentence, changing no ledger row; the sentence."""
    before = cli.ledger()
    code, out, err = cli(*args)
    assert code == exit_code and out == "" and err.count("\n") == 1 and "Traceback" not in err, (code, out, err)
    assert cli.ledger() == before
    return err


def manager_cli(tmp_path: Path, sqlite_template: Path, capsys: pytest.CaptureFixture[str],
                monkeypatch: pytest.MonkeyPatch) -> Cli:
    """A migrated database file in its own folder (``data/``, its backups beside it), used by
    Marta, a manager with a PIN."""
    db_file = tmp_path / "data" / "warehouse.sqlite3"
    db_file.parent.mkdir()
    db_file.write_bytes(sqlite_template.read_bytes())
    add_person(f"sqlite:///{db_file}", "Marta", "manager", MARTA_PIN)
    monkeypatch.setenv("WAREHOUSE_PIN", MARTA_PIN)
    return Cli(f"sqlite:///{db_file}", capsys)
