"""The command line: the same services as the GUI, for managers' scripts and headless use.

Every command is one unit of work: it either completes and commits, or prints
one sentence on stderr, exits non-zero (2 bad input, 3 not found, 4 not enough
stock or conflict) and changes nothing.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

from warehouse_app import __version__
from warehouse_app.cli import backup as cli_backup
from warehouse_app.cli import documents as cli_documents
from warehouse_app.cli import exports as cli_exports
from warehouse_app.cli import shipping as cli_shipping
from warehouse_app.cli.runtime import database_url, fail
from warehouse_app.kernel.errors import WarehouseError
from warehouse_app.kernel.station import LANGUAGES

EXIT_CHECK_FAILED = 1


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage mistake is one line on stderr and exit code 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see --help)\n")


def _add_lot_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--expiry", help="the lot's expiry date, YYYY-MM-DD")
    p.add_argument("--lot", dest="lot_code", help="the lot code printed on the goods")


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
    parser.add_argument("--station", help="this station's name (default: $WAREHOUSE_STATION or the host name)")
    parser.add_argument("--lang", choices=LANGUAGES, default="en", help="language of category names")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    db = sub.add_parser("db", help="database upkeep").add_subparsers(dest="action", required=True, metavar="ACTION")
    db.add_parser("upgrade", help="migrate the database to the newest schema (backs up a SQLite file first)")
    db.add_parser("check", help="recompute stock from the ledger; exit 1 if it differs")
    db.add_parser("info", help="where the database is and its schema version")

    item = sub.add_parser("item", help="the catalogue of goods").add_subparsers(dest="action", required=True, metavar="ACTION")
    add = item.add_parser("add", help="add a kind of goods")
    add.add_argument("--name", required=True)
    add.add_argument("--category", required=True, help="a path like 'Food/Canned food' or a code like FOOD.CANNED")
    add.add_argument("--unit", required=True, help="pcs, kg, l, pack, pair or set")
    add.add_argument("--barcode", action="append", default=[], help="EAN/UPC/GTIN; CODE:N for a case of N units")
    add.add_argument("--weight-kg", help="weight of one unit in kg")
    add.add_argument("--tracks-expiry", action="store_true", help="every receipt needs an expiry date")
    add.add_argument("--min-stock", help="warn when stock falls below this")
    add.add_argument("--size")
    add.add_argument("--gender", help="male, female, unisex or child")
    lst = item.add_parser("list", help="list items")
    lst.add_argument("--category")
    lst.add_argument("--search")
    lst.add_argument("--archived", action="store_true", help="include archived items")
    lst.add_argument("--json", action="store_true")
    show = item.add_parser("show", help="one item with its barcodes and lots")
    show.add_argument("item", help="barcode, label code, #number or exact name")
    show.add_argument("--json", action="store_true")
    edit = item.add_parser("edit", help="change an item")
    edit.add_argument("item")
    for flag in ("--name", "--category", "--unit", "--weight-kg", "--min-stock", "--size", "--gender"):
        edit.add_argument(flag)
    edit.add_argument("--tracks-expiry", choices=("yes", "no"))
    arch = item.add_parser("archive", help="hide an item from intake and lists (its history stays)")
    arch.add_argument("item")
    arch.add_argument("--restore", action="store_true")
    bc = item.add_parser("barcode", help="attach another barcode to an item")
    bc.add_argument("item")
    bc.add_argument("code")
    bc.add_argument("--pack", default="1", help="units one scan of this code means (a case of 12: 12)")

    cat = sub.add_parser("category", help="the category tree").add_subparsers(dest="action", required=True, metavar="ACTION")
    clist = cat.add_parser("list")
    clist.add_argument("--json", action="store_true")
    cadd = cat.add_parser("add")
    cadd.add_argument("--code", required=True)
    cadd.add_argument("--parent")
    cadd.add_argument("--name-en")
    cadd.add_argument("--name-pl")
    cadd.add_argument("--name-uk")
    cadd.add_argument("--hs-code")
    cadd.add_argument("--min-shelf-life-days", type=int)

    rec = sub.add_parser("receive", help="receive donated goods by their barcode")
    rec.add_argument("code", help="EAN/UPC/GTIN, GS1-128 (expiry, lot, count are read from it) or a label code")
    rec.add_argument("--qty", help="how many of this code (default 1)")
    _add_lot_options(rec)
    rec.add_argument("--donor", help="who gave it; a new donor is added")
    rec.add_argument("--donation", help="donation number (default: this station's open donation)")
    rec.add_argument("--location", help="where it goes (default: Receiving)")
    rec.add_argument("--separator", default="\x1d", help="characters that stand for the GS1 group separator")
    rec.add_argument("--json", action="store_true")

    don = sub.add_parser("donation", help="donations (intake batches)").add_subparsers(dest="action", required=True, metavar="ACTION")
    dopen = don.add_parser("open")
    dopen.add_argument("--donor")
    dopen.add_argument("--source")
    dopen.add_argument("--notes")
    dclose = don.add_parser("close")
    dclose.add_argument("number", nargs="?", help="default: this station's open donation")
    dshow = don.add_parser("show")
    dshow.add_argument("number")
    dshow.add_argument("--json", action="store_true")
    dlist = don.add_parser("list")
    dlist.add_argument("--json", action="store_true")
    cli_documents.add_donation_receipt_parser(don)

    st = sub.add_parser("stock", help="what is in stock")
    st.add_argument("--category")
    st.add_argument("--location")
    st.add_argument("--search")
    st.add_argument("--by-category", action="store_true", help="one row per category, subtrees rolled up")
    st.add_argument("--item", help="lots and places of one item")
    st.add_argument("--json", action="store_true")

    mv = sub.add_parser("move", help="move goods between locations")
    mv.add_argument("item")
    mv.add_argument("--qty", required=True)
    mv.add_argument("--from", dest="source", required=True)
    mv.add_argument("--to", dest="target", required=True)
    mv.add_argument("--reason")
    _add_lot_options(mv)

    adj = sub.add_parser("adjust", help="set stock to a counted quantity (stocktake)")
    adj.add_argument("item")
    adj.add_argument("--counted", required=True)
    adj.add_argument("--location", required=True)
    adj.add_argument("--reason", required=True)
    _add_lot_options(adj)

    wo = sub.add_parser("write-off", help="remove expired or damaged goods")
    wo.add_argument("item")
    wo.add_argument("--qty", required=True)
    wo.add_argument("--reason", required=True)
    wo.add_argument("--location")
    _add_lot_options(wo)

    rv = sub.add_parser("reverse", help="undo a movement with a reversal row")
    rv.add_argument("movement", type=int)
    rv.add_argument("--reason", required=True)

    hist = sub.add_parser("history", help="the latest ledger rows")
    hist.add_argument("--item")
    hist.add_argument("--limit", type=int, default=30)
    hist.add_argument("--json", action="store_true")

    loc = sub.add_parser("location", help="places in the warehouse").add_subparsers(dest="action", required=True, metavar="ACTION")
    loc.add_parser("list")
    ladd = loc.add_parser("add")
    ladd.add_argument("--name", required=True)
    ladd.add_argument("--kind", required=True, choices=("warehouse", "zone", "bin"))
    ladd.add_argument("--parent")

    op = sub.add_parser("operator", help="people who work at the stations").add_subparsers(dest="action", required=True, metavar="ACTION")
    op.add_parser("list")
    oadd = op.add_parser("add")
    oadd.add_argument("name")
    oadd.add_argument("--role", default="staff", choices=("staff", "loader", "manager"))
    obadges = op.add_parser("badges", help="a PDF of badges to scan at start (everyone working here, or those named)")
    obadges.add_argument("names", nargs="*", metavar="NAME")
    obadges.add_argument("--out", required=True, help="the PDF file to write")
    opin = op.add_parser("pin", help="set an operator's PIN (asks the current one if set; read from stdin when piped)")
    opin.add_argument("name")
    orole = op.add_parser("role", help="give an operator another role (--operator must be a manager)")
    orole.add_argument("name")
    orole.add_argument("role", choices=("staff", "loader", "manager"))
    for action, text in (("retire", "a person who no longer works here (their movements keep the name)"),
                         ("restore", "bring a retired operator back")):
        op.add_parser(action, help=text).add_argument("name")

    cli_backup.add_parsers(sub)
    cli_shipping.add_parsers(sub)
    demo = sub.add_parser("demo", help="fill an empty database with a realistic demo warehouse (marked as a demo)")
    demo.add_argument("--seed", type=int, default=2026)
    cli_documents.add_parsers(sub)
    cli_exports.add_parsers(sub)
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
    if args.command in cli_backup.COMMANDS:  # on the file itself: a damaged database can be restored
        try:
            return cli_backup.run(args, database_url(args))
        except WarehouseError as exc:
            return fail(str(exc), exc.exit_code)
    from warehouse_app.cli import commands as cli_commands

    handler: Callable[..., int] = cli_commands.HANDLERS[args.command]
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
