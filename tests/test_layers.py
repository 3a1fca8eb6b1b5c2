"""The layer rule: core, db and documents never import Qt (the CLI and tests run without it)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "warehouse_app"
QT_FREE = ("core", "db", "documents")
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6")


def _imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", QT_FREE)
def test_layer_source_never_imports_qt(layer: str) -> None:
    offenders = {
        str(path.relative_to(PACKAGE)): sorted(m for m in _imported_modules(path) if m.split(".")[0] in QT_MODULES)
        for path in (PACKAGE / layer).rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_layers_load_without_qt_at_runtime() -> None:
    """Importing every module of the Qt-free layers pulls in no Qt, even indirectly."""
    modules = [
        ".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        for layer in QT_FREE
        for path in (PACKAGE / layer).rglob("*.py")
        if "migrations" not in path.parts
    ] + ["warehouse_app.cli", "warehouse_app.cli_commands"]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        f"bad = [m for m in sys.modules if m.split('.')[0] in {QT_MODULES!r}]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_check_itself_catches_a_qt_import(tmp_path: Path) -> None:
    offender = tmp_path / "bad.py"
    offender.write_text("from PySide6.QtCore import QObject\n", encoding="utf-8")
    assert "PySide6.QtCore" in _imported_modules(offender)


def test_widgets_never_touch_the_orm() -> None:
    """The GUI reaches data only through services run by the task helper (DESIGN.md):
    no ui module imports the models, SQLAlchemy's query builders or the engine set-up,
    except the task helper itself, which opens the units of work."""
    forbidden = ("warehouse_app.db", "sqlalchemy.sql")
    offenders = {}
    for path in (PACKAGE / "ui").rglob("*.py"):
        if path.name == "tasks.py":
            continue
        bad = sorted(m for m in _imported_modules(path) if m.startswith(forbidden) or m == "sqlalchemy")
        if bad:
            offenders[str(path.relative_to(PACKAGE))] = bad
    assert offenders == {}
