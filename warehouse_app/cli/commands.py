"""The command handlers: parse-free glue from argparse to the core services."""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable

from warehouse_app.cli import documents as cli_documents
from warehouse_app.cli import exports as cli_exports
from warehouse_app.cli import shipping as cli_shipping
from warehouse_app.cli.output import print_json, print_table
from warehouse_app.cli.runtime import actor as command_actor
from warehouse_app.core.access import operators
from warehouse_app.core.catalogue import categories
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.intake import donations
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.stock import integrity, locations
from warehouse_app.core.stock import query as stock_query
from warehouse_app.core.stock.changes import StockChange, adjust, move, reverse, write_off
from warehouse_app.core.stock.history import recent_movements
from warehouse_app.db.database import Database
from warehouse_app.db.migrate import current_revision, head_revision, upgrade
from warehouse_app.kernel.errors import BadInput, NotFound

Handler = Callable[[Database, argparse.Namespace], int]


def cmd_db(db: Database, args: argparse.Namespace) -> int:
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
        print(f"database: {db.display_name()}")
        print(f"schema:   {current_revision(db)} (newest {head_revision()})")
        return 0
    with db.read() as session:
        report = integrity.check_stock_levels(session)
    if report.ok:
        print(f"OK: {report.stock_levels} stock levels match {report.movements} ledger rows, "
              "and the running totals match the stock levels.")
        return 0
    if report.differences:
        print_table(
            ["item", "lot", "location", "ledger", "stock level"],
            [(d.item_name, d.lot_id, d.location, d.ledger, d.stock_level) for d in report.differences],
            numeric=(3, 4),
        )
        print(f"{len(report.differences)} stock levels differ from the ledger.")
    if report.total_differences:
        print_table(
            ["running total", "of", "figure", "stock levels", "total"],
            [(d.table, d.what, d.figure, d.stock_levels, d.total) for d in report.total_differences],
            numeric=(3, 4),
        )
        print(f"{len(report.total_differences)} running totals differ from the stock levels.")
    return 1


def _item_rows(items: list[catalogue.ItemInfo]) -> list[tuple]:  # type: ignore[type-arg]
    return [
        (i.id, i.name, i.category_path, i.unit, i.unit_weight_kg, "yes" if i.tracks_expiry else "", i.min_stock,
         " ".join(b.gtin.lstrip("0") if b.pack_qty == 1 else f"{b.gtin}:{b.pack_qty.normalize():f}" for b in i.barcodes),
         i.internal_code)
        for i in items
    ]


ITEM_HEADERS = ["#", "name", "category", "unit", "kg/unit", "expiry", "min", "barcodes", "label"]


def cmd_item(db: Database, args: argparse.Namespace) -> int:
    if args.action in ("list", "show"):
        with db.read() as session:
            if args.action == "list":
                if args.search:
                    items = catalogue.search_items(session, args.search, limit=10_000, include_archived=args.archived)
                else:
                    items = catalogue.list_items(session, args.category, include_archived=args.archived)
                lots = None
            else:
                items = [catalogue.find_item(session, args.item)]
                lots = stock_query.item_lots(session, items[0].id)
        if args.json:
            print_json(items if lots is None else {"item": items[0], "lots": lots})
        else:
            print_table(ITEM_HEADERS, _item_rows(items), numeric=(0, 4, 6))
            if lots is not None:
                print()
                print_table(["expiry", "lot", "location", "quantity"],
                            [(lot.expiry, lot.lot_code, lot.location, lot.quantity) for lot in lots], numeric=(3,))
        return 0
    with db.write() as session:
        if args.action == "add":
            item = catalogue.add_item(
                session, name=args.name, category=args.category, unit=args.unit, barcodes_=args.barcode,
                unit_weight_kg=args.weight_kg, tracks_expiry=args.tracks_expiry, min_stock=args.min_stock,
                size=args.size, gender=args.gender,
            )
            verb = "Added"
        elif args.action == "edit":
            changes = {k: v for k, v in {
                "name": args.name, "category": args.category, "unit": args.unit, "unit_weight_kg": args.weight_kg,
                "min_stock": args.min_stock, "size": args.size, "gender": args.gender,
            }.items() if v is not None}
            if args.tracks_expiry:
                changes["tracks_expiry"] = args.tracks_expiry == "yes"
            if not changes:
                raise BadInput("Say what to change, e.g. --name or --min-stock.")
            item = catalogue.edit_item(session, catalogue.find_item(session, args.item).id, **changes)
            verb = "Changed"
        elif args.action == "archive":
            item = catalogue.edit_item(session, catalogue.find_item(session, args.item).id, archived=not args.restore)
            verb = "Restored" if args.restore else "Archived"
        else:
            item = catalogue.attach_barcode(session, catalogue.find_item(session, args.item).id, args.code, args.pack)
            verb = "Added a barcode to"
    print(f"{verb} item #{item.id} {item.name} ({item.category_path}, {item.unit}), label {item.internal_code}")
    return 0


def cmd_category(db: Database, args: argparse.Namespace) -> int:
    if args.action == "add":
        with db.write() as session:
            cat = categories.add_category(
                session, code=args.code, parent=args.parent, name_en=args.name_en, name_pl=args.name_pl,
                name_uk=args.name_uk, hs_code=args.hs_code, min_shelf_life_days=args.min_shelf_life_days,
            )
        print(f"Added category {cat.code}: {cat.path(args.lang)}")
        return 0
    with db.read() as session:
        tree = categories.list_categories(session)
    if args.json:
        print_json(tree)
    else:
        print_table(["code", "category", "HS", "min shelf life (days)"],
                    [(c.code, "  " * c.depth + c.name(args.lang), c.hs_code, c.min_shelf_life_days) for c in tree])
    return 0


def cmd_receive(db: Database, args: argparse.Namespace) -> int:
    with db.write() as session:
        result = receive(
            session, command_actor(session, args), args.code, qty=args.qty, expiry=args.expiry, lot_code=args.lot_code,
            donation=args.donation, donor=args.donor, location=args.location, separators=args.separator,
        )
    if args.json:
        print_json(result)
    else:
        expiry = f", expiry {result.expiry.isoformat()}" if result.expiry else ""
        lot = f", lot {result.lot_code}" if result.lot_code else ""
        print(f"Received {result.quantity.normalize():f} {result.unit} {result.item_name}{expiry}{lot} "
              f"into {result.donation_number} at {result.location} "
              f"(now {result.level_at_location.normalize():f} there; movement {result.movement_id})")
    return 0


def cmd_donation(db: Database, args: argparse.Namespace) -> int:
    if args.action == "receipt":
        return cli_documents.cmd_donation_receipt(db, args)
    if args.action in ("open", "close"):
        with db.write() as session:
            if args.action == "open":
                info = donations.open_donation(session, command_actor(session, args), donor=args.donor,
                                               source=args.source, notes=args.notes)
            else:
                number = args.number
                if number is None:
                    current = donations.current_donation(session, command_actor(session, args))
                    if current is None:
                        raise NotFound("This station has no open donation.")
                    number = current.number
                info = donations.close_donation(session, number)
        print(f"{'Opened' if args.action == 'open' else 'Closed'} donation {info.number}"
              + (f" from {info.donor}" if info.donor else ""))
        return 0
    with db.read() as session:
        if args.action == "list":
            found = donations.list_donations(session)
            lines = None
        else:
            found = [donations.get_donation(session, args.number)]
            lines = donations.donation_lines(session, found[0].id)
    if args.json:
        print_json(found if lines is None else {"donation": found[0], "lines": lines})
        return 0
    print_table(["number", "donor", "status", "station", "opened"],
                [(d.number, d.donor, d.status, d.station, d.opened_at) for d in found])
    if lines is not None:
        print()
        print_table(["item", "expiry", "lot", "quantity", "unit"],
                    [(ln.item_name, ln.expiry, ln.lot_code, ln.quantity, ln.unit) for ln in lines], numeric=(3,))
    return 0


def cmd_stock(db: Database, args: argparse.Namespace) -> int:
    with db.read() as session:
        if args.item:
            item = catalogue.find_item(session, args.item)
            lots = stock_query.item_lots(session, item.id, args.location)
            if args.json:
                print_json({"item": item, "lots": lots})
            else:
                print(f"{item.name} ({item.unit})")
                print_table(["expiry", "lot", "location", "label", "quantity"],
                            [(x.expiry, x.lot_code, x.location, x.location_code, x.quantity) for x in lots], numeric=(4,))
            return 0
        if args.by_category:
            rows = stock_query.stock_by_category(session, lang=args.lang, location=args.location)
            if args.json:
                print_json(rows)
            else:
                print_table(
                    ["category", "HS", "quantity", "weight kg", "items", "below min", "expired", "expiring 30d"],
                    [("  " * r.depth + r.category.rsplit("/", 1)[-1], r.hs_code, r.quantity, r.weight_kg,
                      r.items_in_stock, r.below_minimum, r.expired, r.expiring_30d) for r in rows],
                    numeric=(2, 3, 4, 5, 6, 7),
                )
            return 0
        items = stock_query.stock_by_item(session, category=args.category, location=args.location,
                                          search=args.search, lang=args.lang)
    if args.json:
        print_json(items)
    else:
        print_table(
            ["name", "category", "quantity", "unit", "weight kg", "below min", "earliest expiry"],
            [(r.name, r.category, r.quantity, r.unit, r.weight_kg, "BELOW" if r.below_minimum else "",
              r.earliest_expiry) for r in items],
            numeric=(2, 4),
        )
    return 0


def _print_change(change: StockChange, verb: str) -> None:
    if not change.lines:
        print(f"No change: the count of {change.item_name} matches the stock.")
        return
    for line in change.lines:
        expiry = f" (expiry {line.expiry.isoformat()})" if line.expiry else ""
        print(f"{verb} {abs(line.quantity).normalize():f} {change.unit} {change.item_name}{expiry} "
              f"at {line.location}; movement {line.movement_id}")


def cmd_move(db: Database, args: argparse.Namespace) -> int:
    with db.write() as session:
        change = move(session, command_actor(session, args), args.item, args.qty, args.source, args.target,
                      expiry=args.expiry, lot_code=args.lot_code, reason=args.reason)
    _print_change(change, f"Moved to {args.target}:")
    return 0


def cmd_adjust(db: Database, args: argparse.Namespace) -> int:
    with db.write() as session:
        change = adjust(session, command_actor(session, args), args.item, args.counted, args.location, args.reason,
                        expiry=args.expiry, lot_code=args.lot_code)
    _print_change(change, "Adjusted by" if change.quantity > 0 else "Adjusted by -")
    return 0


def cmd_write_off(db: Database, args: argparse.Namespace) -> int:
    with db.write() as session:
        change = write_off(session, command_actor(session, args), args.item, args.qty, args.reason,
                           location=args.location, expiry=args.expiry, lot_code=args.lot_code)
    _print_change(change, "Wrote off")
    return 0


def cmd_reverse(db: Database, args: argparse.Namespace) -> int:
    with db.write() as session:
        change = reverse(session, command_actor(session, args), args.movement, args.reason)
    _print_change(change, f"Reversed movement {args.movement}:")
    return 0


def cmd_history(db: Database, args: argparse.Namespace) -> int:
    with db.read() as session:
        item_id = catalogue.find_item(session, args.item).id if args.item else None
        rows = recent_movements(session, item_id=item_id, limit=args.limit)
    if args.json:
        print_json([{"id": r.id, "time": r.time, "kind": r.kind, "item": r.item, "quantity": r.quantity,
                     "unit": r.unit, "from": r.from_location, "to": r.to_location, "operator": r.operator,
                     "station": r.station, "reason": r.reason, "reverses": r.reverses} for r in rows])
    else:
        print_table(["#", "time", "kind", "item", "qty", "unit", "from", "to", "operator", "station", "reason"],
                    [(r.id, r.time, r.kind, r.item, r.quantity, r.unit, r.from_location, r.to_location,
                      r.operator, r.station, r.reason) for r in rows], numeric=(0, 4))
    return 0


def cmd_location(db: Database, args: argparse.Namespace) -> int:
    if args.action == "add":
        with db.write() as session:
            info = locations.add_location(session, name=args.name, kind=args.kind, parent=args.parent)
        print(f"Added {info.kind} {info.name}, label {info.code}")
        return 0
    with db.read() as session:
        rows = locations.list_locations(session)
    print_table(["label", "kind", "name", "in"],
                [(r.code, r.kind, "  " * (r.path.count("/") - 2) + r.name,
                  next((p.name for p in rows if p.id == r.parent_id), "")) for r in rows])
    return 0


def _ask_secret(prompt: str) -> str:
    """A PIN from the terminal without echo, or one line of stdin when piped (scripts)."""
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    if not line:
        raise BadInput("No PIN was given.")
    return line.rstrip("\n")


def cmd_operator(db: Database, args: argparse.Namespace) -> int:
    if args.action == "add":
        with db.write() as session:
            info = operators.add_operator(session, args.name, args.role)
        print(f"Added operator {info.name} ({info.role})")
        return 0
    if args.action == "badges":
        from warehouse_app.documents.jobs import badges_job, run_job

        written = run_job(db, badges_job(args.names), args.out)
        people = written.data[0]
        print(f"Wrote {len(people)} badge{'' if len(people) == 1 else 's'} to {written.path}")
        return 0
    if args.action == "pin":
        with db.read() as session:
            has_pin = operators.find_operator(session, args.name).has_pin
        current = _ask_secret("Current PIN: ") if has_pin else None
        new = _ask_secret("New PIN: ")
        if _ask_secret("New PIN again: ") != new:
            raise BadInput("The two new PINs differ; nothing was changed.")
        with db.write() as session:
            info = operators.set_pin(session, args.name, new, current_pin=current)
        print(f"The PIN of {info.name} is set.")
        return 0
    if args.action in ("role", "retire", "restore"):
        with db.write() as session:
            actor = command_actor(session, args)
            if args.action == "role":
                info = operators.set_role(session, actor, args.name, args.role)
            else:
                info = operators.set_active(session, actor, args.name, args.action == "restore")
        print(f"{info.name}: {info.role}{'' if info.active else ', retired'}")
        return 0
    with db.read() as session:
        rows = operators.list_operators(session)
    print_table(["name", "role", "PIN", "badge"], [(r.name, r.role, "set" if r.has_pin else "", r.badge) for r in rows])
    return 0


def cmd_demo(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.core.admin.demo import load_demo

    with db.write() as session:
        summary = load_demo(session, command_actor(session, args), seed=args.seed)
    print(f"Demo warehouse loaded: {summary.items} items, {summary.donations} donations, "
          f"{summary.movements} movements.")
    return 0


HANDLERS: dict[str, Handler] = {
    "db": cmd_db, "item": cmd_item, "category": cmd_category, "receive": cmd_receive, "donation": cmd_donation,
    "stock": cmd_stock, "move": cmd_move, "adjust": cmd_adjust, "write-off": cmd_write_off,
    "reverse": cmd_reverse, "history": cmd_history, "location": cmd_location, "operator": cmd_operator,
    "demo": cmd_demo, **cli_documents.HANDLERS, **cli_exports.HANDLERS, **cli_shipping.HANDLERS,
}
