"""The parser stays light: every command group adds its parsers without loading the services.

``warehouse-app --help`` (and a typo's usage line) builds the whole parser; it must not
wait for SQLAlchemy, the services or the PDF and spreadsheet writers to load. Each
command group imports them inside its handlers. A command builds only its own group's
parsers and loads no other command's module; the desktop app's start none of them; and
either way the command line means what the whole parser says it means.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("sqlalchemy", "alembic", "reportlab", "openpyxl", "barcode", "biip", "PySide6",
         "warehouse_app.db", "warehouse_app.core", "warehouse_app.documents", "warehouse_app.station")


def _heavy_modules_after(code: str) -> list[str]:
    probe = code + (
        "\nimport sys\n"
        f"print(sorted(m for m in sys.modules if any(m == h or m.startswith(h + '.') for h in {HEAVY!r})))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return eval(result.stdout.strip().splitlines()[-1])  # a list literal we printed ourselves


def test_building_the_parser_loads_no_sqlalchemy_nor_services() -> None:
    code = ("from warehouse_app.cli.main import build_parser\n"
            "parser = build_parser()\n"
            "assert 'receive' in parser.format_help()\n")
    assert _heavy_modules_after(code) == []


def test_help_loads_no_sqlalchemy_nor_services() -> None:
    code = ("import contextlib, io\n"
            "from warehouse_app.launch import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    try:\n        main(['--help'])\n"
            "    except SystemExit as exc:\n        assert exc.code == 0\n")
    assert _heavy_modules_after(code) == []


def _commands_of(parser: argparse.ArgumentParser) -> list[str]:
    sub = next(a for a in parser._actions if a.dest == "command")
    assert sub.choices is not None
    return list(sub.choices)


def test_every_command_has_a_handler_in_the_module_the_table_names() -> None:
    from warehouse_app.cli import backup
    from warehouse_app.cli.main import COMMANDS, FILE_COMMANDS, build_parser, handler

    assert _commands_of(build_parser()) == list(COMMANDS)  # --help lists them in the table's order
    for command, group in COMMANDS.items():
        assert command in _commands_of(build_parser(command))  # its own module adds its parser
        if group == FILE_COMMANDS:
            assert command in backup.COMMANDS
        else:
            assert handler(command).__module__ == f"warehouse_app.cli.{group}"


# Command lines a lazily built parser must read exactly as the whole one does (or refuse alike).
LINES = [
    [], ["--db", "x.sqlite3", "--operator", "Ola", "--station", "s1", "--lang", "uk"], ["--db=x", "--lang=pl"],
    ["--self-test"], ["stock", "--by-category"], ["--db", "stock", "stock", "--by-category", "--json"],
    ["--oper", "Ola", "receive", "5901234123457", "--qty", "2"], ["--pin-stdin", "operator", "list"],
    ["truck", "list"], ["stok"], ["--lang", "xx", "stock"], ["db", "nonsense"], ["--", "stock"],
    ["export", "stock", "--out", "s.xlsx"], ["backup", "--out", "b.sqlite3"], ["--json"], ["--db"],
    ["item", "add", "--name", "Koc"], ["write-off", "--help-me"],
]


@pytest.mark.parametrize("words", LINES, ids=[" ".join(w) or "(none)" for w in LINES])
def test_a_command_line_means_what_the_whole_parser_says(words: list[str]) -> None:
    from warehouse_app.cli.main import UsageError, build_parser, command_word

    def parsed(parser: argparse.ArgumentParser) -> object:
        try:
            return vars(parser.parse_args(words))
        except UsageError as exc:
            return str(exc)

    assert parsed(build_parser(command_word(words))) == parsed(build_parser())


def _cli_modules_after(argv: list[str], tmp_path: Path) -> list[str]:
    code = ("import contextlib, io, sys\n"
            "from warehouse_app.launch import main\n"
            "from warehouse_app.cli.main import parse_arguments\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    args = {'main' if argv else 'parse_arguments'}(['--db', {str(tmp_path / 'w.sqlite3')!r}, *{argv!r}])\n"
            "print(sorted(m for m in sys.modules if m.startswith('warehouse_app.cli.')))\n")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return eval(result.stdout.strip().splitlines()[-1])  # a list literal we printed ourselves


def test_a_command_loads_no_other_commands_module(tmp_path: Path) -> None:
    assert _cli_modules_after(["stock", "--by-category"], tmp_path) == [
        "warehouse_app.cli.main", "warehouse_app.cli.output", "warehouse_app.cli.runtime", "warehouse_app.cli.stock"]


def test_the_desktop_apps_arguments_load_no_commands_module(tmp_path: Path) -> None:
    assert _cli_modules_after([], tmp_path) == ["warehouse_app.cli.main", "warehouse_app.cli.runtime"]
