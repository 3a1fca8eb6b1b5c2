"""Operators from the command line: PINs read without echo or from a pipe, roles by a manager."""

from __future__ import annotations

import io

import pytest

from tests.cli.helpers import Cli
from warehouse_app.launch import main


def _stdin(monkeypatch: pytest.MonkeyPatch, text: str) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(text))


def test_pins(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli("operator", "add", "Anna Nowak", "--role", "manager")[0] == 0
    _stdin(monkeypatch, "4821\n4821\n")
    code, out, err = cli("operator", "pin", "Anna Nowak")
    assert code == 0 and "PIN of Anna Nowak is set" in out, err
    _stdin(monkeypatch, "0000\n1234\n1234\n")  # a wrong current PIN changes nothing
    code, _out, err = cli("operator", "pin", "Anna Nowak")
    assert code == 2 and err.strip() == "warehouse-app: Wrong PIN for Anna Nowak."
    _stdin(monkeypatch, "4821\n1234\n1243\n")
    code, _out, err = cli("operator", "pin", "Anna Nowak")
    assert code == 2 and "differ" in err
    _stdin(monkeypatch, "4821\n1234\n1234\n")
    assert cli("operator", "pin", "Anna Nowak")[0] == 0
    code, out, _err = cli("operator", "list")
    assert [line.split() for line in out.splitlines() if line.startswith("Anna")] == [["Anna", "Nowak", "manager", "set"]]


def test_roles_need_a_manager(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli("operator", "add", "Anna Nowak", "--role", "manager")[0] == 0
    assert cli("operator", "add", "Olena Kovalenko")[0] == 0
    as_olena = ["--db", cli.url, "--operator", "Olena Kovalenko"]  # staff
    assert main([*as_olena, "operator", "role", "Olena Kovalenko", "loader"]) == 4
    assert "Only a manager can change roles" in cli.capsys.readouterr().err
    _stdin(monkeypatch, "4821\n4821\n")
    assert cli("operator", "pin", "Anna Nowak")[0] == 0
    as_anna = ["--db", cli.url, "--operator", "Anna Nowak", "--pin-stdin"]
    _stdin(monkeypatch, "4821\n")
    assert main([*as_anna, "operator", "role", "Olena Kovalenko", "loader"]) == 0
    _stdin(monkeypatch, "4821\n")
    assert main([*as_anna, "operator", "retire", "Olena Kovalenko"]) == 0
    cli.capsys.readouterr()
    code, out, _err = cli("operator", "list")
    assert "Olena" not in out and "Anna Nowak" in out
