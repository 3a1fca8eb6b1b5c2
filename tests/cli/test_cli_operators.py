"""Operators from the command line: PINs read without echo or from a pipe, roles by a manager."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from tests.cli.helpers import BEANS, Cli
from tests.documents.pdf_reading import page_texts
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
    assert [line.split()[:4] for line in out.splitlines() if line.startswith("Anna")] == [["Anna", "Nowak", "manager", "set"]]
    assert cli("operator", "add", "Iryna Bondar", "--role", "loader")[0] == 0
    _stdin(monkeypatch, "5555\n")  # a script pipes a new PIN once (echo 5555 | warehouse-app operator pin ...)
    code, out, err = cli("operator", "pin", "Iryna Bondar")
    assert code == 0 and "PIN of Iryna Bondar is set" in out, err


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


@pytest.mark.parametrize("scanned", [BEANS, "BX000042", "(01)05901234123457"])
def test_a_scanned_code_is_not_a_name(cli: Cli, scanned: str) -> None:
    code, _out, err = cli("operator", "add", scanned)
    assert code == 2 and err.strip() == f"warehouse-app: {scanned} looks like a barcode, not a person's name; " \
                                        "type a first and last name."
    code, _out, err = cli("--operator", scanned, "donation", "open")  # nor the one who works, made on first use
    assert code == 2 and "looks like a barcode" in err
    assert scanned not in cli("operator", "list")[1]


def test_badges_for_everyone_or_those_named(cli: Cli, tmp_path: Path) -> None:
    assert cli("operator", "add", "Anna Nowak", "--role", "manager")[0] == 0
    assert cli("operator", "add", "Iryna Bondar", "--role", "loader")[0] == 0
    listing = cli("operator", "list")[1]
    badges = dict(re.findall(r"^(\S+ \S+) .*?(OP\d{6})\s*$", listing, re.MULTILINE))
    assert set(badges) == {"Anna Nowak", "Iryna Bondar"}
    code, out, err = cli("operator", "badges", "--out", str(tmp_path / "all.pdf"))
    assert code == 0 and "Wrote 3 badges" in out, err  # Anna, Iryna and Marta, who runs these commands
    text = page_texts(tmp_path / "all.pdf")[0]
    assert "Anna Nowak" in text and "Kierownik / Керівник / Manager" in text and badges["Anna Nowak"] in text
    code, out, err = cli("operator", "badges", "--out", str(tmp_path / "iryna.pdf"), "Iryna Bondar")
    assert code == 0 and "Wrote 1 badge to" in out, err
    text = page_texts(tmp_path / "iryna.pdf")[0]
    assert "Iryna Bondar" in text and "Anna Nowak" not in text and badges["Iryna Bondar"] in text
    assert cli("operator", "badges", "--out", str(tmp_path / "x.pdf"), "Nobody Here")[0] == 3
