"""Collect the English templates of core errors so Qt Linguist can translate them.

Core, db and documents raise ``WarehouseError`` subclasses with an English template
(``BadInput("The code {code} ...", code=raw)``); the GUI translates the template under
the context ``errors`` (ui/texts.error_text). lupdate cannot see those strings, so this
tool finds them with ``ast`` and writes ``warehouse_app/ui/base/error_templates.py``: one
``QT_TRANSLATE_NOOP("errors", ...)`` line each, which lupdate does read.

A template is the first argument of a call to an error class (or of ``super().__init__``
inside one), either a string literal or a module-level string constant. Anything else
(an f-string, a computed template) cannot be translated and is reported as a problem.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

# Parameters that carry an English word into a template ("The {what} must be a number."):
# their literal values are collected too; ui/texts.error_text translates them.
from warehouse_app.ui.base.texts import WORD_PARAMS

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "warehouse_app"
GENERATED = PACKAGE / "ui" / "base" / "error_templates.py"
ERRORS_MODULE = PACKAGE / "kernel" / "errors.py"
BASE_ERRORS = {"WarehouseError", "Notice"}  # Notice: a translatable warning (a str, not an exception)


@dataclass(frozen=True)
class Found:
    templates: tuple[str, ...]  # in order of first appearance, the words of WORD_PARAMS included
    problems: tuple[str, ...]  # "file:line: why" for templates that cannot be read


def scanned_files() -> list[Path]:
    """Every module of the app except the generated one itself."""
    return sorted(p for p in PACKAGE.rglob("*.py") if p != GENERATED and "migrations" not in p.parts)


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """WarehouseError and every class that derives from it, however deep."""
    bases: dict[str, set[str]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases.setdefault(node.name, set()).update(filter(None, map(_name, node.bases)))
    known = set(BASE_ERRORS)
    while True:
        more = {cls for cls, parents in bases.items() if parents & known} - known
        if not more:
            return known
        known |= more


def _own_init_classes(trees: dict[Path, ast.Module], errors: set[str]) -> set[str]:
    """Error classes whose __init__ takes something other than a template (they make their own)."""
    own: set[str] = set()
    for tree in trees.values():
        for cls in ast.walk(tree):
            if isinstance(cls, ast.ClassDef) and cls.name in errors:
                for node in cls.body:
                    if isinstance(node, ast.FunctionDef) and node.name == "__init__":
                        params = [a.arg for a in node.args.args[1:]]
                        if params[:1] != ["template"]:
                            own.add(cls.name)
    return own


def _constants(tree: ast.Module) -> dict[str, str]:
    """Module-level NAME = "string" (or implicitly joined strings)."""
    found: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            for target in node.targets:
                if isinstance(target, ast.Name):
                    found[target.id] = node.value.value
    return found


def _is_super_init(call: ast.Call) -> bool:
    func = call.func
    return (isinstance(func, ast.Attribute) and func.attr == "__init__" and isinstance(func.value, ast.Call)
            and _name(func.value.func) == "super")


def _calls(tree: ast.Module, errors: set[str], own_init: set[str]) -> list[ast.Call]:
    """Calls that build an error: ErrorClass(...) anywhere, super().__init__(...) inside an error class.

    Classes with their own __init__ (e.g. ExpiryNeeded(item_id, name)) pass their
    template to super().__init__, which is where it is read."""
    calls = [n for n in ast.walk(tree)
             if isinstance(n, ast.Call) and _name(n.func) in errors and _name(n.func) not in own_init]
    for cls in ast.walk(tree):
        if isinstance(cls, ast.ClassDef) and cls.name in errors - BASE_ERRORS:
            calls += [n for n in ast.walk(cls) if isinstance(n, ast.Call) and _is_super_init(n)]
    return sorted(calls, key=lambda n: (n.lineno, n.col_offset))


def collect(files: list[Path] | None = None) -> Found:
    trees = {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in (files or scanned_files())}
    hierarchy = {**trees, ERRORS_MODULE: ast.parse(ERRORS_MODULE.read_text(encoding="utf-8"))}  # BadInput & co.
    errors = _error_classes(hierarchy)
    own_init = _own_init_classes(hierarchy, errors)
    templates: dict[str, None] = {}
    problems: list[str] = []
    for path, tree in trees.items():
        constants = _constants(tree)
        for call in _calls(tree, errors, own_init):
            where = f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}:{call.lineno}"
            first = call.args[0] if call.args else None
            if first is None:
                problems.append(f"{where}: {_name(call.func)}() without a template")
                continue
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                templates[first.value] = None
            elif _name(first) == "template":
                continue  # handed on (WarehouseError(self.template)): collected where the literal was written
            elif isinstance(first, ast.Name) and first.id in constants:
                templates[constants[first.id]] = None
            else:
                problems.append(f"{where}: the template is not a string literal: {ast.unparse(first)}")
    for word in _words(trees):
        templates[word] = None
    return Found(tuple(templates), tuple(problems))


CARRIED = (*WORD_PARAMS, "template")  # parameters whose literal arguments are collected wherever they are passed


def _word_positions(trees: dict[Path, ast.Module]) -> dict[str, dict[str, int]]:
    """For each function (or dataclass) with a CARRIED parameter: that parameter's position.

    A helper such as ``_failed(template, **params)`` or a result dataclass with a
    ``template`` field carries core sentences too; defaults of word parameters are words."""
    positions: dict[str, dict[str, int]] = {}
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                names = [a.arg for a in node.args.args]
            elif isinstance(node, ast.ClassDef) and any(_name(d.func if isinstance(d, ast.Call) else d) == "dataclass"
                                                        for d in node.decorator_list):
                names = ["self"] + [f.target.id for f in node.body
                                    if isinstance(f, ast.AnnAssign) and isinstance(f.target, ast.Name)]
            else:
                continue
            for word in CARRIED:
                if word in names:
                    positions.setdefault(node.name, {})[word] = names.index(word)
    return positions


def _words(trees: dict[Path, ast.Module]) -> list[str]:
    """Literal values given to WORD_PARAMS: keyword, positional or default."""
    positions = _word_positions(trees)
    words: list[str] = []

    def take(node: ast.expr | None) -> None:
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            words.append(node.value)

    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                args = node.args.args
                for arg, default in zip(args[len(args) - len(node.args.defaults):], node.args.defaults):
                    if arg.arg in WORD_PARAMS:
                        take(default)
            if not isinstance(node, ast.Call) or _name(node.func) == "add_argument":  # argparse's action=
                continue
            for kw in node.keywords:
                if kw.arg in CARRIED:
                    take(kw.value)
            callee = _name(node.func) or ""
            for index in positions.get(callee, {}).values():
                # self.method(a) and Class(a) do not pass "self"; a plain function f(a) passes all
                offset = 1 if (isinstance(node.func, ast.Attribute) or callee[:1].isupper()) and index > 0 else 0
                spot = index - offset
                if 0 <= spot < len(node.args):
                    take(node.args[spot])
    return words


def _literal(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")
    return f'"{escaped}"'


def render(templates: tuple[str, ...]) -> str:
    lines = [
        '"""GENERATED by tools/update_translations.py from the errors raised in the code: do not edit.',
        "",
        "The English templates of core errors, marked for Qt Linguist under the context",
        '``errors`` (ui/texts.error_text translates them at run time)."""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "TEMPLATES = (",
        *(f'    QT_TRANSLATE_NOOP("errors", {_literal(t)}),' for t in sorted(templates)),
        ")",
        "",
    ]
    return "\n".join(lines)


def write() -> Found:
    found = collect()
    if found.problems:
        raise SystemExit("error templates that cannot be translated:\n" + "\n".join(found.problems))
    GENERATED.write_text(render(found.templates), encoding="utf-8")
    return found
