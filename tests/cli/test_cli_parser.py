"""The parser stays light: every command group adds its parsers without loading the services.

``warehouse-app --help`` (and a typo's usage line) builds the whole parser; it must not
wait for SQLAlchemy, the services or the PDF and spreadsheet writers to load. Each
command group imports them inside its handlers.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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


def test_every_command_has_a_handler() -> None:
    from warehouse_app.cli import backup
    from warehouse_app.cli.main import HANDLERS, build_parser

    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert sub.choices is not None
    assert set(sub.choices) == set(HANDLERS) | backup.COMMANDS
