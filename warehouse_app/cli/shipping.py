"""The command line for boxes, pallets, trucks and the warehouse's own details.

``add_parsers`` only builds argparse parsers (the CLI starts fast); the handlers import
the services when a command runs. Each command is one unit of work: an error prints one
sentence and changes nothing. ``create`` commands end their output with the new label
code or truck number, so scripts can take the last word.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from warehouse_app.cli import arrival as cli_arrival
from warehouse_app.cli import documents as cli_documents
from warehouse_app.cli.output import cell, plain, print_json, print_table
from warehouse_app.cli.runtime import actor as command_actor
from warehouse_app.kernel.errors import BadInput
from warehouse_app.kernel.paths import check_path

if TYPE_CHECKING:  # the parser is built for every command; the services load only when these run
    from warehouse_app.cli.runtime import Handler
    from warehouse_app.core.arrival.confirmation import Delivery
    from warehouse_app.core.shipping.containers import ContainerInfo
    from warehouse_app.core.shipping.packing_data import PackingLine
    from warehouse_app.core.shipping.shipments import TruckTotals
    from warehouse_app.db.database import Database

TRUCK_FIELDS = (  # option, API keyword, help
    ("--destination", "destination", "city the goods go to"),
    ("--plate", "plate", "vehicle registration plate"),
    ("--driver", "driver", "driver's name"),
    ("--driver-phone", "driver_phone", None),
    ("--recipient", "recipient", "receiving organisation"),
    ("--recipient-address", "recipient_address", None),
    ("--country", "country", "default Ukraine, in the --lang language"),
    ("--contact", "contact", "contact person at the recipient"),
    ("--trailer", "trailer_plate", "trailer registration plate"),
    ("--seal", "seal_number", "the truck's customs seal number"),
    ("--departure", "planned_departure", "planned departure, YYYY-MM-DD"),
    ("--aid-code", "aid_registration_code", "Ukrainian humanitarian-aid registration code"),
    ("--notes", "notes", None),
)


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The box, pallet, truck and warehouse commands, added to the main parser's subparsers."""
    box = sub.add_parser("box", help="boxes: create, pack by scanning, seal").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    bc = box.add_parser("create", help="a new box with its label code (printed last)")
    bc.add_argument("--name")
    bp = box.add_parser("pack", help="move scanned goods from the shelves into a box (first expiry first out)")
    bp.add_argument("box", help="the box's label code or name")
    bp.add_argument("code", help="the goods' barcode, label code, #number or name")
    bp.add_argument("--qty", help="how many scans of this code (default 1)")
    bp.add_argument("--expiry", help="take this lot only, YYYY-MM-DD")
    bp.add_argument("--allow-mixed", action="store_true", help="pack goods of another category into this box")
    bp.add_argument("--from", dest="source", help="take from this location (default: any shelf)")
    bu = box.add_parser("unpack", help="take goods out of an open box")
    bu.add_argument("box")
    bu.add_argument("code")
    bu.add_argument("--qty", help="how many scans of this code (default: all of it)")
    bu.add_argument("--to", dest="target", help="where they go (default: the warehouse)")
    bs = box.add_parser("seal", help="close a box and record its gross weight")
    bs.add_argument("box")
    bs.add_argument("--gross-kg", help="what the closed box weighs")
    box.add_parser("reopen", help="open a sealed box again").add_argument("box")
    _show_and_list(box, "box")

    pallet = sub.add_parser("pallet", help="pallets: create, put boxes on them").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    pallet.add_parser("create", help="a new pallet with its label code (printed last)").add_argument("--name")
    pa = pallet.add_parser("add", help="put a box on a pallet (scan the box label)")
    pa.add_argument("pallet")
    pa.add_argument("box")
    pallet.add_parser("remove", help="take a box off its pallet").add_argument("box")
    _show_and_list(pallet, "pallet")

    truck = sub.add_parser("truck", help="trucks: create, load by scanning, dispatch").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    tc = truck.add_parser("create", help="a new truck in planning (its number is printed last)")
    tu = truck.add_parser("update", help="change a truck's details before dispatch")
    tu.add_argument("truck", help="truck number, e.g. T-2026-0042")
    for parser in (tc, tu):
        for option, dest, text in TRUCK_FIELDS:
            required = parser is tc and option in ("--destination", "--plate")
            parser.add_argument(option, dest=dest, required=required, help=text)
    tu.add_argument("--max-payload-kg", dest="max_payload_kg", help="this truck's limit (empty: the warehouse's)")
    tl = truck.add_parser("list", help="trucks, newest first, with their totals")
    tl.add_argument("--open", action="store_true", help="leave out dispatched trucks")
    tl.add_argument("--json", action="store_true")
    ts = truck.add_parser("show", help="a truck's details, load, totals and warnings")
    ts.add_argument("truck")
    ts.add_argument("--json", action="store_true")
    tload = truck.add_parser("load", help="load a box or pallet label, or loose goods with a quantity")
    tload.add_argument("truck")
    tload.add_argument("code")
    tload.add_argument("--qty", help="how many scans of loose goods (default 1)")
    tload.add_argument("--expiry", help="take this lot only, YYYY-MM-DD")
    tload.add_argument("--lot", help="take the lot with this lot code only")
    tload.add_argument("--override-reason", help="a manager loads goods under their minimum shelf life")
    tun = truck.add_parser("unload", help="take a box, pallet or loose goods off a truck")
    tun.add_argument("truck")
    tun.add_argument("code")
    tun.add_argument("--qty", help="how many scans of loose goods (default: all of them)")
    tun.add_argument("--to", dest="target", help="where they go (default: the warehouse)")
    tdis = truck.add_parser("dispatch", help="the truck leaves: its load leaves the stock")
    tdis.add_argument("truck")
    tdis.add_argument("--allow-overweight", action="store_true", help="dispatch a load over the maximum payload")
    cli_documents.add_packing_list_parser(truck)
    tpick = truck.add_parser("pick-list", help="where to pick what a truck should carry, by place then item, as PDF")
    tpick.add_argument("truck", help="truck number, e.g. T-2026-0042")
    tpick.add_argument("--want", action="append", default=[], metavar="ITEM=QTY",
                       help="an item (barcode, label code, #number or name) and how many the truck should carry")
    tpick.add_argument("--from", dest="wanted_file", help="a text file with one ITEM=QTY line per item")
    tpick.add_argument("--out", required=True, help="the PDF file to write")
    cli_arrival.add_parsers(truck)

    wh = sub.add_parser("warehouse", help="the sender's details on documents").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    ws = wh.add_parser("set", help="change the warehouse's name, address, tax id, contact or payload limit")
    for option in ("--name", "--address", "--tax-id", "--contact", "--max-payload-kg"):
        ws.add_argument(option)
    ws.add_argument("--instore-layout", help="layout of shops' in-store codes (2x…): off, weight-5, "
                    "weight-4-checked, price-5, price-4-checked")
    ws.add_argument("--json", action="store_true")
    wh.add_parser("show").add_argument("--json", action="store_true")


def _show_and_list(group: argparse._SubParsersAction[argparse.ArgumentParser], kind: str) -> None:
    show = group.add_parser("show", help=f"one {kind} with its contents")
    show.add_argument(kind)
    show.add_argument("--json", action="store_true")
    group.add_parser("list", help=f"{kind}es still in the warehouse or on a truck being loaded"
                     if kind == "box" else f"{kind}s still in the warehouse or on a truck being loaded"
                     ).add_argument("--json", action="store_true")


def _kg(value: Decimal | None) -> str:
    return f"{cell(value)} kg"


def _weight(value: Decimal, known: bool) -> str:
    """A weight in a table as the papers print it: the known part and "+ ?" when some goods
    have none, "?" when none is known (never a bare 0)."""
    if known:
        return cell(value)
    return "?" if not value else f"{cell(value)} + ?"


def _describe(info: ContainerInfo) -> str:
    """One line about a box or pallet: what it holds, its weights and where it stands."""
    what = info.category.en if info.category else ("mixed goods" if info.mixed else "" if info.line_count else "empty")
    parts = [f"{info.kind} {info.code}", what, f"{cell(info.pieces)} pieces" if info.line_count else "",
             f"{_kg(info.net_kg)} net" if info.line_count else "",
             f"{_kg(info.gross_kg)} gross" if info.gross_kg is not None else "",
             "sealed" if info.sealed else "", f"{info.boxes} boxes" if info.kind == "pallet" else "",
             f"on {info.parent_code}" if info.parent_code else "", f"truck {info.truck_number}" if info.truck_number else ""]
    return ", ".join(p for p in parts if p)


def _lines_table(lines: Iterable[PackingLine]) -> None:
    print_table(["item", "category", "qty", "unit", "net kg", "expiry", "lot"],
                [(ln.item_name, ln.category.en, ln.quantity, ln.unit, "?" if ln.net_kg is None else ln.net_kg, ln.expiry,
                  ln.lot_code) for ln in lines],
                numeric=(2, 4))


def _container_command(db: Database, args: argparse.Namespace, kind: str) -> int:
    from warehouse_app.core.shipping import containers as c

    ref: Any = getattr(args, kind, None)  # the box or pallet named (none for create and list)
    if args.action in ("show", "list"):
        with db.read() as session:
            if args.action == "list":
                found = c.list_containers(session, kind=kind)
                if args.json:
                    print_json(found)
                else:
                    print_table(["code", "name", "category", "pieces", "net kg", "gross kg", "sealed", "on", "truck"],
                                [(i.code, i.name, i.category.en if i.category else ("mixed" if i.mixed else ""),
                                  i.pieces, i.net_kg, i.gross_kg, i.sealed, i.parent_code, i.truck_number)
                                 for i in found], numeric=(3, 4, 5))
                return 0
            info, lines = c.get_container(session, ref), c.container_contents(session, ref)
        if args.json:
            print_json({kind: info, "lines": lines})
        else:
            print(_describe(info))
            _lines_table(lines)
        return 0
    with db.write() as session:
        actor = command_actor(session, args)
        if args.action == "create":
            info = c.create_container(session, actor, kind, name=args.name)
            message = f"Created {kind} {info.code}"  # the label code is the last word
        elif args.action in ("pack", "unpack"):
            if args.action == "pack":
                done = c.pack(session, actor, ref, args.code, qty=args.qty, expiry=args.expiry,
                              allow_mixed=args.allow_mixed, from_location=args.source)
            else:
                done = c.unpack(session, actor, ref, args.code, qty=args.qty, to_location=args.target)
            expiry = f" (expiry {done.expiry})" if done.expiry else ""
            verb = "Packed" if args.action == "pack" else "Took out"
            message = f"{verb} {cell(done.quantity)} {done.unit} {done.item_name}{expiry}: {_describe(done.box)}."
        elif args.action == "seal":
            message = f"Sealed: {_describe(c.seal(session, actor, ref, gross_kg=args.gross_kg))}."
        elif args.action == "reopen":
            message = f"Reopened: {_describe(c.reopen(session, actor, ref))}."
        elif args.action == "add":
            message = f"{args.box.upper()} is on the pallet: {_describe(c.put_on_pallet(session, actor, args.pallet, args.box))}."
        else:  # pallet remove
            message = f"Taken off the pallet: {_describe(c.take_off_pallet(session, actor, args.box))}."
    print(message)
    return 0


def cmd_box(db: Database, args: argparse.Namespace) -> int:
    return _container_command(db, args, "box")


def cmd_pallet(db: Database, args: argparse.Namespace) -> int:
    return _container_command(db, args, "pallet")


def _totals_line(totals: TruckTotals) -> str:
    limit = f" of {_kg(totals.max_payload_kg)} allowed" if totals.max_payload_kg is not None else ""
    loose = f" + {cell(totals.loose_pieces)} loose pieces" if totals.loose_pieces else ""
    net_unknown, gross_unknown = " + ?" if totals.net_incomplete else "", " + ?" if totals.gross_incomplete else ""
    return (f"{totals.packages} packages{loose}, {cell(totals.pieces)} pieces, {_kg(totals.net_kg)}{net_unknown} net, "
            f"{_kg(totals.gross_kg)}{gross_unknown} gross{limit}")


def _truck_fields(args: argparse.Namespace, *, everything: bool) -> dict[str, Any]:
    names = [dest for _, dest, _ in TRUCK_FIELDS] + (["max_payload_kg"] if hasattr(args, "max_payload_kg") else [])
    return {n: getattr(args, n) for n in names if everything or getattr(args, n) is not None}


def _show_truck(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.core.arrival.confirmation import deliveries
    from warehouse_app.core.shipping import packing_list, shipments

    with db.read() as session:
        summary = shipments.truck_totals(session, args.truck)
        listing = packing_list.packing_list(session, args.truck)
        delivery = deliveries(session, [listing.truck.number]).get(listing.truck.number)
    arrived = {p.label_code: p.status for p in delivery.packages} if delivery else {}
    warnings = [f"Over the maximum payload: {_kg(summary.gross_kg)} loaded."] if summary.over_payload else []
    warnings += [f"{p.label_code} is not sealed." for p in listing.packages if not p.sealed and p.kind == "box"]
    if missing := cli_documents.missing_weight_line(len(listing.missing_weight)):
        warnings.append(missing)
    if args.json:
        print_json({"truck": listing.truck, "totals": summary, "packages": listing.packages,
                    "loose": listing.loose, "pallets": listing.pallets, "warnings": warnings,
                    "delivery": _delivery_json(delivery)})
        return 0
    t = listing.truck
    print(f"Truck {t.number} ({'delivered' if delivery else t.status}) to {t.city}, {t.country}; plate {t.vehicle_plate or '-'}"
          f"{', trailer ' + t.trailer_plate if t.trailer_plate else ''}; departure {cell(t.planned_departure) or '-'}")
    for label, value in (("recipient", f"{t.recipient} {t.recipient_address}".strip()), ("contact", t.contact),
                         ("driver", f"{t.driver} {t.driver_phone}".strip()), ("seal", t.seal_number),
                         ("aid registration", t.aid_registration_code), ("notes", t.notes),
                         ("dispatched", cell(t.dispatched_at)), ("delivered", _delivery_line(delivery))):
        if value:
            print(f"  {label}: {value}")
    print_table(["#", "label", "kind", "on pallet", "lines", "net kg", "gross kg", "sealed"] + (["arrival"] if delivery else []),
                [(f"{p.seq}/{p.of}", p.label_code, p.kind, p.on_pallet, len(p.lines), _weight(p.net_kg, p.net_complete),
                  _weight(p.gross_kg, p.gross_known), p.sealed) + ((arrived.get(p.label_code, ""),) if delivery else ())
                 for p in listing.packages], numeric=(4, 5, 6))
    if listing.loose:
        print("Loose goods:")
        _lines_table(listing.loose)
    print_table(["category", "HS", "packages", "pieces", "kg/l goods", "net kg", "gross kg"],
                [(c.category.en, c.category.hs_code, c.packages, c.pieces, c.kg_goods,
                  _weight(c.net_kg, not c.net_incomplete), _weight(c.gross_kg, not c.gross_incomplete))
                 for c in summary.by_category], numeric=(2, 3, 4, 5, 6))
    print(f"Total: {_totals_line(summary)}.")
    for warning in warnings:
        print(f"Warning: {warning}")
    return 0


def _delivery_line(delivery: Delivery | None) -> str:
    """How the receiving hub found a delivered truck, in one line ("" when not confirmed)."""
    if delivery is None:
        return ""
    return (f"{delivery.received} received, {delivery.damaged} damaged, {delivery.missing} missing at "
            f"{delivery.hub_name or 'the hub'} ({cell(delivery.arrived_on)})")


def _delivery_json(delivery: Delivery | None) -> dict[str, Any] | None:
    if delivery is None:
        return None
    return {"hub": delivery.hub_name, "arrived_on": delivery.arrived_on, "closed_at": delivery.closed_at,
            "received": delivery.received, "damaged": delivery.damaged, "missing": delivery.missing,
            "packages": delivery.packages}


def _pick_list(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.core.shipping.pick_list import parse_wanted
    from warehouse_app.documents.jobs import pick_list_job, run_job

    lines = list(args.want)
    if args.wanted_file:
        path = check_path(args.wanted_file)
        try:
            lines += path.read_text(encoding="utf-8-sig").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise BadInput("Cannot read {file}: save it as UTF-8 text, one ITEM=QTY line per item ({error}).",
                           file=str(path), error=str(exc)) from None
    written = run_job(db, pick_list_job(args.truck, parse_wanted(lines)), args.out)
    short = [i for i in written.data.items if i.short]
    print(f"Wrote the pick list of truck {written.data.truck.number} ({len(written.data.rows)} rows) to {written.path}")
    for item in short:
        print(f"Short: {item.short.normalize():f} {item.unit} {item.item_name}")
    return 0


def cmd_truck(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.core.shipping import shipments

    if args.action == "show":
        return _show_truck(db, args)
    if args.action in cli_arrival.ACTIONS:
        return cli_arrival.cmd_arrival(db, args)
    if args.action == "packing-list":
        return cli_documents.cmd_packing_list(db, args)
    if args.action == "cmr":
        return cli_documents.cmd_cmr(db, args)
    if args.action == "pick-list":
        return _pick_list(db, args)
    if args.action == "list":
        from warehouse_app.core.arrival.confirmation import deliveries

        with db.read() as session:
            found = shipments.list_trucks(session, include_dispatched=not args.open)
            delivered = deliveries(session, [s.truck.number for s in found])
        if args.json:
            print_json([{**plain(s), "delivery": _delivery_json(delivered.get(s.truck.number))} for s in found])
        else:
            print_table(["number", "status", "destination", "plate", "departure", "packages", "pieces", "gross kg", "note"],
                        [(s.truck.number, "delivered" if s.truck.number in delivered else s.truck.status, s.truck.city,
                          s.truck.vehicle_plate, s.truck.planned_departure, s.totals.packages, s.totals.pieces,
                          _weight(s.totals.gross_kg, not s.totals.gross_incomplete),
                          "; ".join(x for x in ("over payload" if s.totals.over_payload else "",
                                                _delivery_line(delivered.get(s.truck.number))) if x))
                         for s in found], numeric=(5, 6, 7))
        return 0
    with db.write() as session:
        actor = command_actor(session, args)
        if args.action == "create":
            fields = {k: v for k, v in _truck_fields(args, everything=True).items() if v is not None}
            fields.setdefault("country", shipments.UKRAINE.get(args.lang, "Ukraine"))
            info = shipments.create_truck(session, actor, **fields)
            lines = [f"Created truck {info.number}"]  # the number is the last word
        elif args.action == "update":
            info = shipments.update_truck(session, actor, args.truck, **_truck_fields(args, everything=False))
            lines = [f"Updated truck {info.number}."]
        elif args.action in ("load", "unload"):
            if args.action == "load":
                done = shipments.load(session, actor, args.truck, args.code, qty=args.qty, expiry=args.expiry,
                                      lot_code=args.lot, override_reason=args.override_reason)
                verb = "Loaded"
            else:
                done = shipments.unload(session, actor, args.truck, args.code, qty=args.qty, to_location=args.target)
                verb = "Unloaded"
            lines = [f"{verb} {done.description}.", f"Truck: {_totals_line(done.totals)}."]
            lines += [f"Warning: {w}" for w in done.warnings]
        else:
            info = shipments.dispatch(session, actor, args.truck, allow_overweight=args.allow_overweight)
            lines = [f"Dispatched truck {info.number}: its load has left the stock."]
    print("\n".join(lines))
    return 0


def cmd_warehouse(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.core.catalogue import instore
    from warehouse_app.core.shipping import warehouse as ws

    if args.action == "set":
        from warehouse_app.core.access import roles

        with db.write() as session:
            roles.require(session, command_actor(session, args), roles.WAREHOUSE)
            ws.set_warehouse_details(session, name=args.name, address=args.address, tax_id=args.tax_id,
                                     contact=args.contact)
            if args.max_payload_kg is not None:
                ws.set_max_payload_kg(session, args.max_payload_kg)
            if args.instore_layout is not None:
                instore.set_instore_layout(session, args.instore_layout)
    with db.read() as session:
        details, payload = ws.warehouse_details(session), ws.max_payload_kg(session)
        layout = instore.instore_layout(session)
    if args.json:
        print_json({"warehouse": details, "max_payload_kg": payload, "instore_layout": layout})
        return 0
    print(f"name:        {details.name}")
    print("address:     " + details.address.replace("\n", "\n             "))
    print(f"tax id:      {details.tax_id}")
    print(f"contact:     {details.contact}")
    print(f"max payload: {_kg(payload) if payload is not None else 'no limit'}")
    print(f"in-store codes: {layout}")
    return 0


HANDLERS: dict[str, Handler] = {
    "box": cmd_box, "pallet": cmd_pallet, "truck": cmd_truck, "warehouse": cmd_warehouse,
}
