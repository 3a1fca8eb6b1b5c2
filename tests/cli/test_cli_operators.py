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
    _stdin(monkeypatch, "")  # a manager is added with a PIN, or not at all
    code, _out, err = cli("operator", "add", "Anna Nowak", "--role", "manager")
    assert code == 2 and err.strip() == "warehouse-app: No PIN was given."
    assert "Anna" not in cli("operator", "list")[1]
    _stdin(monkeypatch, "1234\n")
    code, _out, err = cli("operator", "add", "Anna Nowak", "--role", "manager")
    assert code == 2 and "too easy to guess" in err
    _stdin(monkeypatch, "4821\n4821\n")
    assert cli("operator", "add", "Anna Nowak", "--role", "manager")[0] == 0
    _stdin(monkeypatch, "0000\n5093\n5093\n")  # a wrong current PIN changes nothing
    code, _out, err = cli("operator", "pin", "Anna Nowak")
    assert code == 2 and err.strip() == "warehouse-app: Wrong PIN for Anna Nowak."
    _stdin(monkeypatch, "4821\n5093\n5039\n")
    code, _out, err = cli("operator", "pin", "Anna Nowak")
    assert code == 2 and "differ" in err
    _stdin(monkeypatch, "4821\n123456789\n123456789\n")
    code, _out, err = cli("operator", "pin", "Anna Nowak")
    assert code == 2 and "A PIN is 4 to 8 digits." in err
    _stdin(monkeypatch, "4821\n5093\n5093\n")
    assert cli("operator", "pin", "Anna Nowak")[0] == 0
    code, out, _err = cli("operator", "list")
    assert [line.split()[:4] for line in out.splitlines() if line.startswith("Anna")] == [["Anna", "Nowak", "manager", "set"]]
    assert cli("operator", "add", "Iryna Bondar", "--role", "loader")[0] == 0
    _stdin(monkeypatch, "6142\n")  # a script pipes a new PIN once (echo 6142 | warehouse-app operator pin ...)
    code, out, err = cli("operator", "pin", "Iryna Bondar")
    assert code == 0 and "PIN of Iryna Bondar is set" in out, err
    _stdin(monkeypatch, "")  # made a manager: the PIN she has will do
    assert cli("operator", "role", "Iryna Bondar", "manager")[0] == 0
    assert cli("operator", "add", "Petro")[0] == 0
    code, _out, err = cli("operator", "role", "Petro", "manager")  # no PIN yet, and none given
    assert code == 2 and "No PIN was given" in err
    _stdin(monkeypatch, "7162\n")
    assert cli("operator", "role", "Petro", "manager")[0] == 0


def test_wrong_pins_at_the_command_line_slow_down(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each refused try is written down after the command rolled back, so the fourth waits."""
    _stdin(monkeypatch, "4821\n")
    assert cli("operator", "add", "Anna Nowak", "--role", "manager")[0] == 0
    as_anna = ["--db", cli.url, "--operator", "Anna Nowak", "--pin-stdin"]
    sentences = []
    for _ in range(4):
        _stdin(monkeypatch, "9113\n")
        assert main([*as_anna, "operator", "retire", "Marta"]) in (2, 4)
        sentences.append(cli.capsys.readouterr().err.strip())
    assert sentences[:2] == ["warehouse-app: Wrong PIN for Anna Nowak."] * 2
    assert sentences[2] == "warehouse-app: Wrong PIN for Anna Nowak; the next try is possible in 5 s."
    assert re.fullmatch(r"warehouse-app: Too many wrong PINs for Anna Nowak; try again in [1-5] s\.", sentences[3])
    _stdin(monkeypatch, "4821\n")  # even the right PIN waits
    assert main([*as_anna, "operator", "retire", "Marta"]) == 4
    assert "Marta" in cli("operator", "list")[1]


def test_a_retired_person_cannot_work_at_the_command_line(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, "4821\n")
    assert cli("operator", "add", "Anna Nowak", "--role", "manager")[0] == 0
    assert cli("operator", "retire", "Anna Nowak")[0] == 0
    _stdin(monkeypatch, "4821\n")
    assert main(["--db", cli.url, "--operator", "Anna Nowak", "--pin-stdin", "operator", "retire", "Marta"]) == 4
    assert "Anna Nowak is retired" in cli.capsys.readouterr().err
    code, _out, err = cli("operator", "retire", "Marta")
    assert code == 4 and "cannot retire yourself" in err


def test_roles_need_a_manager(cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, "4821\n")
    assert cli("operator", "add", "Anna Nowak", "--role", "manager")[0] == 0
    assert cli("operator", "add", "Olena Kovalenko")[0] == 0
    as_olena = ["--db", cli.url, "--operator", "Olena Kovalenko"]  # staff
    assert main([*as_olena, "operator", "role", "Olena Kovalenko", "loader"]) == 4
    assert "Only a manager can change roles" in cli.capsys.readouterr().err
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


def test_badges_for_everyone_or_those_named(cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _stdin(monkeypatch, "4821\n")
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


def test_an_over_long_name_is_one_sentence_and_changes_nothing(cli: Cli) -> None:
    code, _out, err = cli("operator", "add", "Ż" * 121)
    assert (code, err) == (2, "warehouse-app: An operator name can be at most 120 characters long.\n")
    code, _out, err = cli("location", "add", "--name", "R" * 121, "--kind", "warehouse")
    assert (code, err) == (2, "warehouse-app: A location name can be at most 120 characters long (this one has 121).\n")
    code, _out, err = cli("--station", "S" * 65, "donation", "open")
    assert (code, err) == (2, "warehouse-app: A station name can be at most 64 characters long (this one has 65).\n")
    assert "Ż" not in cli("operator", "list")[1] and "R" * 121 not in cli("location", "list")[1]
