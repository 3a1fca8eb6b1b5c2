"""``warehouse-app stock``, ``move``, ``adjust``, ``write-off``, ``reverse``, ``history`` and
``location``: what is where, the changes to it, the ledger, and the places themselves."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from warehouse_app.cli.output import print_json, print_table
from warehouse_app.cli.runtime import actor as command_actor
from warehouse_app.kernel.errors import BadInput
from warehouse_app.kernel.station import LABEL_FORMATS

if TYPE_CHECKING:  # the parser is built for every command; the services load only when these run
    from warehouse_app.cli.runtime import Handler
    from warehouse_app.core.stock.changes import StockChange
    from warehouse_app.core.stock.history import EventRow
    from warehouse_app.db.database import Database


def add_lot_options(p: argparse.ArgumentParser) -> None:
    """--expiry and --lot: which lot of an item (also for ``receive``)."""
    p.add_argument("--expiry", help="the lot's expiry date, YYYY-MM-DD")
    p.add_argument("--lot", dest="lot_code", help="the lot code printed on the goods")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    st = sub.add_parser("stock", help="what is in stock")
    st.add_argument("--category")
    st.add_argument("--location")
    st.add_argument("--search")
    st.add_argument("--by-category", action="store_true", help="one row per category, subtrees rolled up")
    st.add_argument("--item", help="lots and places of one item")
    st.add_argument("--json", action="store_true")

    mv = sub.add_parser("move", help="move goods between locations, or a donation's goods from Receiving")
    mv.add_argument("item", nargs="?")
    mv.add_argument("--qty")
    mv.add_argument("--from", dest="source")
    mv.add_argument("--to", dest="target", required=True)
    mv.add_argument("--all-from-receiving", action="store_true",
                    help="everything of --donation still at Receiving, in one go (put-away)")
    mv.add_argument("--donation", help="the donation (D-2026-00042) for --all-from-receiving")
    mv.add_argument("--reason")
    add_lot_options(mv)

    adj = sub.add_parser("adjust", help="set stock to a counted quantity (stocktake)")
    adj.add_argument("item")
    adj.add_argument("--counted", required=True)
    adj.add_argument("--location", required=True)
    adj.add_argument("--reason", required=True)
    add_lot_options(adj)

    wo = sub.add_parser("write-off", help="remove expired or damaged goods")
    wo.add_argument("item")
    wo.add_argument("--qty", required=True)
    wo.add_argument("--reason", required=True)
    wo.add_argument("--location")
    add_lot_options(wo)

    rv = sub.add_parser("reverse", help="undo a movement with a reversal row")
    rv.add_argument("movement", type=int)
    rv.add_argument("--reason", required=True)

    hist = sub.add_parser("history", help="the latest ledger rows")
    hist.add_argument("--item")
    hist.add_argument("--limit", type=int, default=30)
    hist.add_argument("--events", action="store_true",
                      help="only what happened to boxes and pallets as a whole: seals, pallets, trucks, overrides")
    hist.add_argument("--json", action="store_true")

    loc = sub.add_parser("location", help="places in the warehouse").add_subparsers(dest="action", required=True, metavar="ACTION")
    loc.add_parser("list").add_argument("--json", action="store_true")
    ladd = loc.add_parser("add")
    ladd.add_argument("--name", required=True)
    ladd.add_argument("--kind", required=True, choices=("warehouse", "zone", "bin"))
    ladd.add_argument("--parent")
    lren = loc.add_parser("rename", help="give a place a new name (its label code stays)")
    lren.add_argument("place", help="the place's label code (LC…) or name")
    lren.add_argument("--name", required=True)
    for action, text in (("archive", "archive a place that holds nothing"), ("restore", "bring an archived place back")):
        loc.add_parser(action, help=text).add_argument("place", help="the place's label code (LC…) or name")
    llab = loc.add_parser("labels", help="labels for places, to stick on racks and shelves, as PDF")
    llab.add_argument("places", nargs="*", help="label codes or names (default: every place in use)")
    llab.add_argument("--out", required=True, help="the PDF file to write")
    llab.add_argument("--format", dest="page", choices=LABEL_FORMATS, default="a4",
                      help="a4: four per sheet; a6 or 100x150: one per label")


def cmd_stock(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.core.catalogue import items as catalogue
    from warehouse_app.core.stock import query as stock_query

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
    from warehouse_app.core.stock.changes import move

    if args.all_from_receiving:
        return _move_donation(db, args)
    if not args.item or args.qty is None or not args.source:
        raise BadInput("Name the item, --qty and --from (or use --all-from-receiving --donation D-…).")

    with db.write() as session:
        change = move(session, command_actor(session, args), args.item, args.qty, args.source, args.target,
                      expiry=args.expiry, lot_code=args.lot_code, reason=args.reason)
    _print_change(change, f"Moved to {args.target}:")
    return 0


def cmd_adjust(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.core.stock.changes import adjust

    with db.write() as session:
        change = adjust(session, command_actor(session, args), args.item, args.counted, args.location, args.reason,
                        expiry=args.expiry, lot_code=args.lot_code)
    _print_change(change, "Adjusted by" if change.quantity > 0 else "Adjusted by -")
    return 0


def cmd_write_off(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.core.stock.changes import write_off

    with db.write() as session:
        change = write_off(session, command_actor(session, args), args.item, args.qty, args.reason,
                           location=args.location, expiry=args.expiry, lot_code=args.lot_code)
    _print_change(change, "Wrote off")
    return 0


def cmd_reverse(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.core.stock.changes import reverse

    with db.write() as session:
        change = reverse(session, command_actor(session, args), args.movement, args.reason)
    _print_change(change, f"Reversed movement {args.movement}:")
    return 0


def cmd_history(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.core.catalogue import items as catalogue
    from warehouse_app.core.stock.history import recent_events, recent_movements

    with db.read() as session:
        item_id = catalogue.find_item(session, args.item).id if args.item else None
        rows = [] if args.events else recent_movements(session, item_id=item_id, limit=args.limit)
        events = recent_events(session, limit=args.limit) if args.events or not (args.item or args.json) else []
    if args.events:
        if args.json:
            print_json(events)
        else:
            _print_events(events)
        return 0
    if args.json:
        print_json([{"id": r.id, "time": r.time, "kind": r.kind, "item": r.item, "quantity": r.quantity,
                     "unit": r.unit, "from": r.from_location, "to": r.to_location, "operator": r.operator,
                     "station": r.station, "reason": r.reason, "reverses": r.reverses} for r in rows])
    else:
        print_table(["#", "time", "kind", "item", "qty", "unit", "from", "to", "operator", "station", "reason"],
                    [(r.id, r.time, r.kind, r.item, r.quantity, r.unit, r.from_location, r.to_location,
                      r.operator, r.station, r.reason) for r in rows], numeric=(0, 4))
    if events:
        print("\nBoxes, pallets and trucks:")
        _print_events(events)
    return 0


def _print_events(events: list[EventRow]) -> None:
    print_table(["#", "time", "kind", "container", "from", "to", "truck", "operator", "station", "reason"],
                [(e.id, e.time, e.kind, e.container, e.from_location, e.to_location, e.truck, e.operator,
                  e.station, e.reason) for e in events], numeric=(0,))


def _move_donation(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.core.intake.putaway import move_donation

    if not args.donation or args.item or args.qty is not None or args.source:
        raise BadInput("--all-from-receiving takes --donation and --to, and no item, --qty or --from.")
    with db.write() as session:
        moved = move_donation(session, command_actor(session, args), args.donation, args.target)
    print(f"Moved {len(moved.lines)} line(s) of donation {moved.number} to {moved.target.place.name}:")
    for line in moved.lines:
        print(f"  {line.quantity} {line.unit} {line.item_name}" + (f", expiry {line.expiry}" if line.expiry else ""))
    return 0


def cmd_location(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.core.stock import locations, places

    if args.action == "labels":
        from warehouse_app.documents.jobs import place_labels_job, run_job

        print(f"Wrote {run_job(db, place_labels_job(args.places, args.page), args.out)}")
        return 0
    if args.action in ("add", "rename", "archive", "restore"):
        with db.write() as session:
            who = command_actor(session, args)
            if args.action == "add":
                info = places.add_place(session, who, name=args.name, kind=args.kind, parent=args.parent)
            elif args.action == "rename":
                info = places.rename_place(session, who, args.place, args.name)
            else:
                info = places.set_archived(session, who, args.place, args.action == "archive")
        done = {"add": "Added", "rename": "Renamed to", "archive": "Archived", "restore": "Brought back"}[args.action]
        print(f"{done} {info.kind} {info.name}, label {info.code}")
        return 0
    with db.read() as session:
        rows = locations.list_locations(session)
    if args.json:
        print_json(rows)
        return 0
    print_table(["label", "kind", "name", "in"],
                [(r.code, r.kind, "  " * (r.path.count("/") - 2) + r.name,
                  next((p.name for p in rows if p.id == r.parent_id), "")) for r in rows])
    return 0


HANDLERS: dict[str, Handler] = {
    "stock": cmd_stock, "move": cmd_move, "adjust": cmd_adjust, "write-off": cmd_write_off,
    "reverse": cmd_reverse, "history": cmd_history, "location": cmd_location,
}
