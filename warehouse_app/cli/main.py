"""The command line: the same services as the GUI, for managers' scripts and headless use.

Every command is one unit of work: it either completes and commits, or prints
one sentence on stderr, exits non-zero (2 bad input, 3 not found, 4 not enough
stock or conflict) and changes nothing. With ``--json`` that sentence is a JSON
object on stderr, ``{"error": ..., "code": ...}``. Anything else that goes wrong is
a bug: its traceback goes to a log file, the user reads one sentence naming it, and
the exit code is 70. A closed output pipe (``| head``) ends the command quietly with 141.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import os
import sys
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, NoReturn, Protocol, cast

from warehouse_app import __version__
from warehouse_app.cli.runtime import database_url, fail, notice
from warehouse_app.kernel.crash import CRASH_EXIT_CODE, crash_error, write_crash_log
from warehouse_app.kernel.errors import WarehouseError
from warehouse_app.kernel.safe_text import shown, undecodable
from warehouse_app.kernel.station import LANGUAGES

if TYPE_CHECKING:
    from warehouse_app.cli.runtime import Handler
    from warehouse_app.core.access.pin_attempt import PinRefused
    from warehouse_app.db.database import Database

EXIT_CHECK_FAILED = 1
EXIT_CLOSED_PIPE = 141  # 128 + SIGPIPE: what a shell reports for a command whose reader went away


class CommandGroup(Protocol):
    """A module of the command line: it adds its commands' parsers to the main parser."""

    def add_parsers(self, sub: argparse._SubParsersAction[argparse.ArgumentParser], /) -> None: ...


# Every command, in the order ``--help`` lists them, and the module of ``warehouse_app.cli`` that
# owns its parser and its handler. A command loads only its own module (and what that imports);
# ``--help``, a typo or an unusual command line build the whole parser. Each module imports the
# services only when one of its commands runs. (build.spec collects these modules for the desktop
# build, which cannot see an import by name.)
COMMANDS: dict[str, str] = {
    "db": "database",
    "item": "catalogue", "category": "catalogue",
    "receive": "intake", "donation": "intake", "donor": "intake",
    "stock": "stock", "move": "stock", "adjust": "stock", "write-off": "stock", "reverse": "stock",
    "history": "stock", "location": "stock",
    "operator": "people",
    "backup": "backup", "restore": "backup",
    "box": "shipping", "pallet": "shipping", "truck": "shipping", "warehouse": "shipping",
    "trace": "trace",
    "demo": "demo",
    "count-sheet": "documents", "scan-sheet": "documents", "labels": "documents", "label-printer-test": "documents",
    "export": "exports", "import": "exports",
}
FILE_COMMANDS = "backup"  # the group whose commands work on the SQLite file itself (see _run)
_GLOBAL_VALUES = frozenset({"--db", "--operator", "--station", "--lang"})  # the options before a command that take a value
_GLOBAL_FLAGS = frozenset({"--version", "--self-test", "--pin-stdin"})
_ALL = "*"

# The handlers loaded so far, by command (filled from a command's module when it runs).
HANDLERS: dict[str, Handler] = {}


def group_module(name: str) -> CommandGroup:
    """One command group's module, imported now (``name`` is a value of COMMANDS)."""
    return cast("CommandGroup", importlib.import_module(f"warehouse_app.cli.{name}"))


def handler(command: str) -> Handler:
    """The function that runs ``command`` (its module is imported the first time)."""
    if command not in HANDLERS:
        module = importlib.import_module(f"warehouse_app.cli.{COMMANDS[command]}")
        HANDLERS.update(module.HANDLERS)
    return HANDLERS[command]


def command_word(words: Sequence[str]) -> str | None:
    """The command named in ``words``, as argparse will find it; None when there is none (the
    desktop app, --version); "*" when it takes the whole parser to tell (--help, an unknown
    word or option, an abbreviated option, ``--``)."""
    rest = iter(words)
    for word in rest:
        if word in _GLOBAL_VALUES:
            next(rest, None)
        elif word in _GLOBAL_FLAGS or word.split("=", 1)[0] in _GLOBAL_VALUES and "=" in word:
            continue
        else:
            return word if word in COMMANDS else _ALL
    return None
class UsageError(Exception):
    """A mistake in the command line itself (argparse's sentence): exit code 2."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one sentence (plain or JSON, see parse_arguments), exit code 2."""

    def error(self, message: str) -> NoReturn:
        where = self.prog.removeprefix("warehouse-app").strip()
        raise UsageError(f"{where}: {message} (see --help)" if where else f"{message} (see --help)")


def build_parser(command: str | None = _ALL) -> argparse.ArgumentParser:
    """The parser of the command line: with every command (``--help`` lists them all), or
    only those of ``command``'s module (None: none, the desktop app's options alone)."""
    parser = _Parser(
        prog="warehouse-app",
        description="Aid Warehouse: stock of donated goods, intake and dispatch. "
        "Without a command, the desktop app opens.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--self-test", action="store_true", help="check this copy of the app works (database, PDF, xlsx, Qt) and exit")
    parser.add_argument("--db", help="database URL or SQLite file (default: $WAREHOUSE_DB, else the user data folder)")
    parser.add_argument("--operator", help="who is working (default: $WAREHOUSE_OPERATOR or the login name)")
    parser.add_argument("--pin-stdin", action="store_true",
                        help="read the operator's PIN from the first line of stdin (else $WAREHOUSE_PIN)")
    parser.add_argument("--station", help="this station's name (default: $WAREHOUSE_STATION or the host name)")
    parser.add_argument("--lang", choices=LANGUAGES,
                        help="language of exports and category names (default en); without a command, "
                             "the desktop app's language for this start")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    if command is None:
        groups: list[str] = []
    else:
        groups = list(dict.fromkeys(COMMANDS.values())) if command == _ALL else [COMMANDS[command]]
    for name in groups:  # (each takes it as the ArgumentParsers they are: _Parser only changes error())
        group_module(name).add_parsers(cast("argparse._SubParsersAction[argparse.ArgumentParser]", sub))
    for runs in _commands(parser):
        _add_json(runs)
    return parser


def _commands(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """Every parser that runs a command (those without subcommands of their own), once each."""
    seen: set[int] = set()
    todo = [p for a in parser._actions if isinstance(a, argparse._SubParsersAction) for p in a.choices.values()]
    while todo:
        current = todo.pop()
        if id(current) in seen:
            continue
        seen.add(id(current))
        below = [a for a in current._actions if isinstance(a, argparse._SubParsersAction)]
        if below:
            todo.extend(p for a in below for p in a.choices.values())
        else:
            yield current


def _add_json(command: argparse.ArgumentParser) -> None:
    """Every command takes --json. One that prints its own JSON declared it; for the others
    (those that report what they did in a sentence) the printed text becomes {"message": ...}."""
    if any("--json" in a.option_strings for a in command._actions):
        return
    command.add_argument("--json", action="store_true", help="print the result (and any error) as JSON")
    command.set_defaults(json_message=True)


def wants_json(argv: Sequence[str]) -> bool:
    """--json anywhere before a lone ``--``: errors, even usage errors, come as JSON."""
    words = list(argv)
    return "--json" in (words[: words.index("--")] if "--" in words else words)


def parse_arguments(argv: Sequence[str] | None = None) -> argparse.Namespace | int:
    """The parsed command line, or the exit code of a refusal already printed (one sentence)."""
    words = list(sys.argv[1:] if argv is None else argv)
    as_json = wants_json(words)
    for word in words:
        if undecodable(word):  # POSIX hands bytes that are no UTF-8 over as lone surrogates
            return fail(f"the argument \u201c{shown(word)}\u201d is not valid text (UTF-8); type it again", 2,
                        as_json=as_json)
    try:
        return build_parser(command_word(words)).parse_args(words)
    except UsageError as exc:
        return fail(str(exc), 2, as_json=as_json)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. ``warehouse-app`` itself starts in ``warehouse_app.launch``, which
    opens the desktop app or runs the self-test when no command is named."""
    try:
        args = parse_arguments(argv)
    except BrokenPipeError:  # --help into a closed pipe
        return closed_pipe()
    if isinstance(args, int):
        return args
    if args.command is None or args.self_test:
        return fail("name a command (see --help); without one, warehouse-app opens the desktop app", 2)
    return run_command(args)


def closed_pipe() -> int:
    """Whoever read our output went away (``| head``): stop quietly, no traceback. Later
    writes (the interpreter's last flush) go to /dev/null instead of raising again."""
    with contextlib.suppress(OSError, ValueError, io.UnsupportedOperation):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return EXIT_CLOSED_PIPE


def run_command(args: argparse.Namespace) -> int:
    """One command as one unit of work; a refusal is one sentence on stderr and its exit code.
    The last resort: anything unforeseen is logged with its traceback and said in one sentence."""
    args.lang = args.lang or "en"
    as_json = bool(getattr(args, "json", False))
    for stream in (sys.stdout, sys.stderr):  # a console that cannot show Ukrainian gets \u0456, not a crash
        with contextlib.suppress(AttributeError, ValueError, io.UnsupportedOperation):
            stream.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    try:
        if as_json and getattr(args, "json_message", False):
            return _as_json_message(args)
        return _run(args, as_json)
    except BrokenPipeError:
        return closed_pipe()
    except KeyboardInterrupt:
        return fail("interrupted, nothing was saved", 130, as_json=as_json)
    except Exception as exc:  # a bug: the log file gets the traceback, the user one sentence
        path = write_crash_log(exc, f"command {args.command}")
        return fail(crash_error(path).message, CRASH_EXIT_CODE, as_json=as_json)


def _as_json_message(args: argparse.Namespace) -> int:
    """A command that reports in sentences, under --json: what it printed as {"message": ...}."""
    from warehouse_app.cli.output import print_json

    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        code = _run(args, True)
    if code == 0 or printed.getvalue():
        print_json({"message": printed.getvalue().strip()})
    return code


def _record_try(db: Database, refused: PinRefused) -> WarehouseError:
    """Write down a refused PIN try in a transaction of its own; the sentence to say now."""
    from warehouse_app.core.access.pin_tries import record_attempt

    with db.write() as session:
        return record_attempt(session, refused.attempt).refusal() or refused


def _run(args: argparse.Namespace, as_json: bool) -> int:
    if COMMANDS[args.command] == FILE_COMMANDS:  # on the file itself: a damaged database can be restored
        from warehouse_app.cli import backup

        try:
            return backup.run(args, database_url(args))
        except WarehouseError as exc:
            return fail(str(exc), exc.exit_code, as_json=as_json)
    from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

    from warehouse_app.core.access.pin_attempt import PinRefused

    run = handler(args.command)
    try:
        from warehouse_app.db.database import Database
        from warehouse_app.db.migrate import upgrade

        db = Database(database_url(args))
        try:
            report = upgrade(db) if not (args.command == "db" and args.action == "upgrade") else None
            if report and report.before is None:
                notice(f"created a new database at {db.display_name()}", as_json=as_json)
            try:
                return run(db, args)
            except PinRefused as refused:  # the command rolled back: its wrong try is written now
                return fail(str(_record_try(db, refused)), refused.exit_code, as_json=as_json)
        finally:
            db.dispose()
    except WarehouseError as exc:
        return fail(str(exc), exc.exit_code, as_json=as_json)
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig and str(exc.orig).strip() else exc.__class__.__name__
        return fail(f"the database cannot be used: {reason}", 1, as_json=as_json)
    except IntegrityError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig and str(exc.orig).strip() else exc.__class__.__name__
        return fail(f"conflicting change, nothing was saved ({reason})", 4, as_json=as_json)
    except SQLAlchemyError as exc:
        return fail(f"database error, nothing was saved: {exc.__class__.__name__}", 1, as_json=as_json)
