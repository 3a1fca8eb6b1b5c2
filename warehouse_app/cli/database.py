"""``warehouse-app db upgrade|check|info``: the database's own upkeep."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from warehouse_app.cli.output import plain, print_json, print_table

if TYPE_CHECKING:  # the parser is built for every command; the services load only when these run
    from warehouse_app.cli.runtime import Handler
    from warehouse_app.db.database import Database


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = sub.add_parser("db", help="database upkeep").add_subparsers(dest="action", required=True, metavar="ACTION")
    db.add_parser("upgrade", help="migrate the database to the newest schema (backs up a SQLite file first)")
    db.add_parser("check", help="recompute stock from the ledger; exit 1 if it differs").add_argument("--json", action="store_true")
    db.add_parser("info", help="where the database is and its schema version").add_argument("--json", action="store_true")


def cmd_db(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.core.stock import integrity
    from warehouse_app.db.migrate import current_revision, head_revision, upgrade

    if args.action == "upgrade":
        report = upgrade(db)
        if report.before == report.after:
            print(f"The database is up to date (schema {report.after}).")
        else:
            print(f"Upgraded the database from {report.before or 'empty'} to {report.after}.")
        if report.backup:
            print(f"Backup of the previous file: {report.backup}")
        return 0
    if args.action == "info":
        if args.json:
            print_json({"database": db.display_name(), "schema": current_revision(db), "newest": head_revision()})
            return 0
        print(f"database: {db.display_name()}")
        print(f"schema:   {current_revision(db)} (newest {head_revision()})")
        return 0
    with db.read() as session:
        check = integrity.check_stock_levels(session)
    if args.json:
        print_json({"ok": check.ok, **plain(check)})
        return 0 if check.ok else 1
    if check.ok:
        print(f"OK: {check.stock_levels} stock levels match {check.movements} ledger rows, "
              "the running totals match the stock levels, and every unit is attributed to the receipt it came in with.")
        return 0
    if check.differences:
        print_table(
            ["item", "lot", "location", "ledger", "stock level"],
            [(d.item_name, d.lot_id, d.location, d.ledger, d.stock_level) for d in check.differences],
            numeric=(3, 4),
        )
        print(f"{len(check.differences)} stock levels differ from the ledger.")
    if check.total_differences:
        print_table(
            ["running total", "of", "figure", "stock levels", "total"],
            [(d.table, d.what, d.figure, d.stock_levels, d.total) for d in check.total_differences],
            numeric=(3, 4),
        )
        print(f"{len(check.total_differences)} running totals differ from the stock levels.")
    if check.origin_differences:
        print_table(
            ["provenance", "expected", "found"],
            [(d.what, d.expected, d.actual) for d in check.origin_differences],
            numeric=(1, 2),
        )
        print(f"{len(check.origin_differences)} provenance figures do not add up.")
    if check.place_problems:
        print_table(
            ["place", "item", "quantity", "problem"],
            [(p.place, p.item, p.quantity, "on a dispatched truck" if p.why == "dispatched"
              else "put straight into a container, not packed") for p in check.place_problems],
            numeric=(2,),
        )
        print(f"{len(check.place_problems)} lines of goods lie where they cannot be.")
    return 1


HANDLERS: dict[str, Handler] = {"db": cmd_db}
