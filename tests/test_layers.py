"""The layer contracts (pyproject's [tool.importlinter]) hold, and hold at run time too.

import-linter checks the imports as written; the run-time tests check what really gets
loaded: the Qt-free layers pull in no Qt, and a command-line run loads no Qt widgets.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "warehouse_app"
QT_FREE = ("kernel", "db", "core", "documents")
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _lint_imports(config: Path | None = None) -> subprocess.CompletedProcess[str]:
    args = [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command; "
            "sys.exit(lint_imports_command())", "--no-cache"]
    if config is not None:
        args += ["--config", str(config)]
    return subprocess.run(args, capture_output=True, text=True, cwd=ROOT)


def test_every_import_contract_is_kept() -> None:
    result = _lint_imports()
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "broken" not in result.stdout.lower().replace("0 broken", "")


def test_the_contracts_catch_an_upward_import(tmp_path: Path) -> None:
    """A contract that cannot fail proves nothing: an import from core up into the UI breaks one."""
    offender = PACKAGE / "core" / "_layer_probe_offender.py"
    offender.write_text("from warehouse_app.ui.base import formats  # noqa: F401\n", encoding="utf-8")
    try:
        result = _lint_imports()
    finally:
        offender.unlink()
    assert result.returncode != 0
    assert "warehouse_app.core._layer_probe_offender" in result.stdout


def _modules_of(*layers: str) -> list[str]:
    return [
        ".".join(path.relative_to(ROOT).with_suffix("").parts)
        for layer in layers
        for path in (PACKAGE / layer).rglob("*.py")
        if "migrations" not in path.parts
    ]


def _loaded_after(code: str) -> list[str]:
    probe = code + (
        "\nimport sys\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    return eval(result.stdout.strip().splitlines()[-1])  # a list literal we printed ourselves


def test_qt_free_layers_load_no_qt_at_run_time() -> None:
    modules = _modules_of(*QT_FREE)
    assert _loaded_after(f"import importlib\nfor m in {modules!r}: importlib.import_module(m)") == []


@pytest.mark.parametrize("argv", [["--help"], ["db", "info"], ["stock", "--json"]])
def test_a_command_line_run_loads_no_qt_widgets(argv: list[str], tmp_path: Path) -> None:
    """The CLI reads the station's stored settings with QtCore alone; it never builds a widget."""
    db = tmp_path / "cli.sqlite3"
    code = (
        "import sys\n"
        "from warehouse_app.launch import main\n"
        f"try:\n    main(['--db', {str(db)!r}, *{argv!r}])\n"
        "except SystemExit:\n    pass\n"
    )
    loaded = _loaded_after(code)
    assert not [m for m in loaded if m.startswith(("PySide6.QtWidgets", "PySide6.QtGui"))], loaded
