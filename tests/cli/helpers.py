"""Shared by several test modules (test modules never import one another)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from warehouse_app.db.database import Database
from warehouse_app.db.models import Movement
from warehouse_app.launch import main

BEANS = "5901234123457"


GS = "\x1d"


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
