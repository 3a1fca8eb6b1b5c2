"""The command line: the same services as the GUI, for managers' scripts and headless use.

Every command is one unit of work: it either completes and commits, or prints
one sentence on stderr, exits non-zero (2 bad input, 3 not found, 4 not enough
stock or conflict) and changes nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn, Protocol, cast

from warehouse_app import __version__
from warehouse_app.cli import backup, catalogue, database, demo, documents, exports, intake, people, shipping, stock
from warehouse_app.cli.runtime import database_url, fail
from warehouse_app.kernel.errors import WarehouseError
from warehouse_app.kernel.station import LANGUAGES

if TYPE_CHECKING:
    from warehouse_app.cli.runtime import Handler

EXIT_CHECK_FAILED = 1


class CommandGroup(Protocol):
    """A module of the command line: it adds its commands' parsers to the main parser."""

    def add_parsers(self, sub: argparse._SubParsersAction[argparse.ArgumentParser], /) -> None: ...


# The command groups in the order ``--help`` lists their commands. Each module owns its
# parsers and its handlers, and imports the services only when one of its commands runs.
GROUPS: tuple[CommandGroup, ...] = (database, catalogue, intake, stock, people, backup, shipping, demo, documents, exports)

# Every command that works on the open database, by name. (backup and restore work on the
# SQLite file itself: see run_command.)
HANDLERS: dict[str, Handler] = {
    **database.HANDLERS, **catalogue.HANDLERS, **intake.HANDLERS, **stock.HANDLERS, **people.HANDLERS,
    **shipping.HANDLERS, **demo.HANDLERS, **documents.HANDLERS, **exports.HANDLERS,
}


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
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
    parser.add_argument("--lang", choices=LANGUAGES, default="en", help="language of category names")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for group in GROUPS:  # (each takes it as the ArgumentParsers they are: _Parser only changes error())
        group.add_parsers(cast("argparse._SubParsersAction[argparse.ArgumentParser]", sub))
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command. ``warehouse-app`` itself starts in ``warehouse_app.launch``, which
    opens the desktop app or runs the self-test when no command is named."""
    args = build_parser().parse_args(argv)
    if args.command is None or args.self_test:
        return fail("name a command (see --help); without one, warehouse-app opens the desktop app", 2)
    return run_command(args)


def run_command(args: argparse.Namespace) -> int:
    """One command as one unit of work; a refusal is one sentence on stderr and its exit code."""
    if args.command in backup.COMMANDS:  # on the file itself: a damaged database can be restored
        try:
            return backup.run(args, database_url(args))
        except WarehouseError as exc:
            return fail(str(exc), exc.exit_code)
    from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

    handler = HANDLERS[args.command]
    try:
        from warehouse_app.db.database import Database
        from warehouse_app.db.migrate import upgrade

        db = Database(database_url(args))
        try:
            report = upgrade(db) if not (args.command == "db" and args.action == "upgrade") else None
            if report and report.before is None:
                sys.stderr.write(f"warehouse-app: created a new database at {db.display_name()}\n")
            return handler(db, args)
        finally:
            db.dispose()
    except WarehouseError as exc:
        return fail(str(exc), exc.exit_code)
    except OperationalError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        return fail(f"the database cannot be used: {reason}", 1)
    except IntegrityError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        return fail(f"conflicting change, nothing was saved ({reason})", 4)
    except SQLAlchemyError as exc:
        return fail(f"database error, nothing was saved: {exc.__class__.__name__}", 1)
    except KeyboardInterrupt:
        return fail("interrupted, nothing was saved", 130)
