"""The command line for the truck file and the arrival at a receiving hub, under ``truck``.

At the sender: ``truck file T --out F`` writes what left on a dispatched truck;
``truck confirm F`` imports the hub's arrival confirmation (the truck is then delivered).
At the hub: ``truck arrive F`` registers the truck (its number is printed last),
``truck check-in T CODE`` records each package label as it comes off, ``truck
arrival-report T`` says what was found, ``truck close-arrival T --out F`` puts the goods
into stock and writes the confirmation (``truck confirmation-file T --out F`` writes it
again). Files are written after the transaction commits (docs/truck-file.md).
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from warehouse_app.cli.output import cell, print_json, print_table
from warehouse_app.cli.runtime import actor as command_actor
from warehouse_app.cli.runtime import fail
from warehouse_app.kernel.errors import WarehouseError

if TYPE_CHECKING:
    from warehouse_app.core.arrival.report_data import ArrivalReport
    from warehouse_app.db.database import Database

ACTIONS = frozenset({"file", "arrive", "check-in", "arrival-report", "arrivals", "close-arrival",
                     "confirmation-file", "confirm"})


def add_parsers(truck: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The arrival commands, added under the ``truck`` command."""
    tf = truck.add_parser("file", help="the truck file of a dispatched truck, for the receiving hub (JSON)")
    tf.add_argument("truck", help="truck number, e.g. T-2026-0042")
    tf.add_argument("--out", required=True, help="the file to write, e.g. T-2026-0042.truck.json")
    ta = truck.add_parser("arrive", help="at the receiving hub: register a truck from its truck file "
                                         "(its number here is printed last)")
    ta.add_argument("file", help="the truck file the sender wrote")
    tc = truck.add_parser("check-in", help="at the receiving hub: record a package label scanned as it comes off")
    tc.add_argument("truck", help="the arriving truck's number here")
    tc.add_argument("code", help="the box or pallet label (a pallet checks in every box on it)")
    tc.add_argument("--damaged", action="store_true", help="the package arrived damaged")
    tc.add_argument("--note", help="what was seen, e.g. 'wet corner'")
    tc.add_argument("--undo", action="store_true", help="take this label's check-in back (scanned by mistake)")
    tr = truck.add_parser("arrival-report", help="received, damaged, missing and extra packages, goods by category")
    tr.add_argument("truck")
    tr.add_argument("--out", help="write it as PDF (PL/EN/UK headings) instead of printing it")
    tr.add_argument("--json", action="store_true")
    truck.add_parser("arrivals", help="trucks registered at this hub, newest first").add_argument(
        "--json", action="store_true")
    tx = truck.add_parser("close-arrival", help="put the received goods into stock and write the arrival "
                                                "confirmation for the sender")
    tx.add_argument("truck")
    tx.add_argument("--out", required=True, help="the confirmation file to write, for the sender")
    tw = truck.add_parser("confirmation-file", help="write the arrival confirmation of a closed arrival again")
    tw.add_argument("truck")
    tw.add_argument("--out", required=True)
    tk = truck.add_parser("confirm", help="at the sender: import the hub's arrival confirmation (the truck is "
                                          "then delivered)")
    tk.add_argument("file", help="the arrival confirmation file the hub wrote")


def _n(count: int, noun: str) -> str:
    """ "1 package", "3 packages"."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def report_json(r: ArrivalReport) -> dict[str, Any]:
    return {"truck": r.number, "sender_truck": r.truck.number, "sender": r.sender.name, "status": r.status,
            "registered_at": r.registered_at, "closed_at": r.closed_at, "donation": r.donation_number,
            "expected": r.expected, "received": list(r.received), "damaged": list(r.damaged),
            "missing": list(r.missing), "extra": list(r.extra), "packages": r.packages, "loose": r.loose,
            "by_category": r.by_category, "totals": r.totals}


def _print_report(r: ArrivalReport) -> None:
    state = "closed " + cell(r.closed_at) if r.status == "closed" else "still checking: unchecked packages count as missing"
    print(f"Arrival of truck {r.number} (sender's {r.truck.number} from {r.sender.name or '?'}), {state}")
    print(f"{r.expected} expected: {len(r.received)} received, {len(r.damaged)} damaged, {len(r.missing)} missing; "
          f"{len(r.extra)} extra")
    print_table(["#", "label", "kind", "on pallet", "status", "checked", "by", "note"],
                [(f"{p.seq}/{p.of}" if p.seq else "-", p.label_code, p.kind, p.on_pallet,
                  p.status + (" (damaged)" if p.status == "extra" and p.damaged else ""), p.checked_at,
                  " ".join(x for x in (p.operator or "", p.station or "") if x), p.note) for p in r.packages])
    if r.loose:
        print("Loose goods (received at the close, not checked by label):")
        print_table(["item", "qty", "unit", "net kg", "expiry", "lot"],
                    [(ln.item_name, ln.quantity, ln.unit, "?" if ln.net_kg is None else ln.net_kg, ln.expiry,
                      ln.lot_code) for ln in r.loose], numeric=(1, 3))
    print("Received goods by category:")
    t = r.totals
    rows = [(c.category.en, c.packages, c.loose_pieces, c.pieces, c.kg_goods,
             f"{cell(c.net_kg)}{' + ?' if c.net_incomplete else ''}") for c in r.by_category]
    rows.append(("total", t.packages, t.loose_pieces, t.pieces, sum((c.kg_goods for c in r.by_category), Decimal(0)),
                 f"{cell(t.net_kg)}{' + ?' if t.net_incomplete else ''}"))
    print_table(["category", "packages", "loose pcs", "pieces", "kg/l goods", "net kg"], rows, numeric=(1, 2, 3, 4, 5))


def _reads(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.core.arrival import incoming

    if args.action == "arrivals":
        with db.read() as session:
            found = incoming.list_arrivals(session)
        if args.json:
            print_json([{k: v for k, v in report_json(r).items() if k not in ("packages", "loose", "by_category")}
                        for r in found])
        else:
            print_table(["number", "sender", "sender's no.", "status", "expected", "received", "damaged", "missing",
                         "extra"],
                        [(r.number, r.sender.name, r.truck.number, r.status, r.expected, len(r.received),
                          len(r.damaged), len(r.missing), len(r.extra)) for r in found], numeric=(4, 5, 6, 7, 8))
        return 0
    if args.out:
        from warehouse_app.documents.jobs import arrival_report_job, run_job

        written = run_job(db, arrival_report_job(args.truck), args.out)
        if args.json:
            print_json({"path": str(written.path), **report_json(written.data)})
        else:
            print(f"Wrote the arrival report of truck {written.data.number} to {written.path}")
        return 0
    with db.read() as session:
        found_report = incoming.arrival_report(session, args.truck)
    if args.json:
        print_json(report_json(found_report))
    else:
        _print_report(found_report)
    return 0


def cmd_arrival(db: Database, args: argparse.Namespace) -> int:
    """``truck ACTION`` for the actions in ACTIONS (cli/shipping.py hands them over)."""
    from warehouse_app.core.arrival import confirmation, envelope, incoming, truck_file
    from warehouse_app.documents.jobs import save_file
    from warehouse_app.kernel.paths import check_output_path

    if args.action in ("arrival-report", "arrivals"):
        return _reads(db, args)
    if args.action in ("file", "close-arrival", "confirmation-file"):
        check_output_path(args.out)  # refused before anything is done
    if args.action in ("arrive", "confirm"):
        content = envelope.read_file(args.file)
    lines: list[str] = []
    with db.write() as session:
        if args.action == "file":
            written = truck_file.truck_file(session, args.truck)
            data, what = written.content, (f"the truck file of truck {written.number} ({_n(written.packages, 'package')}, "
                                           f"{_n(written.loose_lines, 'loose line')})")
        elif args.action == "confirmation-file":
            answer = incoming.arrival_confirmation(session, args.truck)
            data, what = answer.content, f"the arrival confirmation of truck {answer.number}"
        else:
            actor = command_actor(session, args)
            if args.action == "arrive":
                reg = incoming.register_arrival(session, actor, content)
                lines = [f"Registered {_n(reg.packages, 'package')} and {_n(reg.loose_lines, 'loose line')} from "
                         f"{reg.sender_name or 'the sender'} (their truck {reg.sender_number}, dispatched "
                         f"{cell(reg.dispatched_at)}). Check them in with: truck check-in {reg.number} LABEL",
                         f"Arriving truck {reg.number}"]  # the number is the last word
            elif args.action == "check-in":
                done = (incoming.undo_check_in(session, actor, args.truck, args.code) if args.undo else
                        incoming.check_in(session, actor, args.truck, args.code, damaged=args.damaged, note=args.note))
                lines = [done.message, f"{done.to_check} of {_n(done.expected, 'package')} still to check."]
            elif args.action == "confirm":
                got = confirmation.import_confirmation(session, actor, content)
                lines = [f"Truck {got.number} is delivered: {got.hub_name or 'the hub'} received {got.received}, "
                         f"damaged {got.damaged}, missing {got.missing} of {_n(got.package_count, 'package')} (arrived {got.arrived_on})."]
                if got.extra:
                    lines.append(f"The hub also found {_n(len(got.extra), 'package')} not on this truck's list: "
                                 f"{', '.join(got.extra)}.")
            else:  # close-arrival
                closed = incoming.close_arrival(session, actor, args.truck)
                r = closed.report
                lines = [f"Closed the arrival of truck {r.number}: {len(r.received)} received, {len(r.damaged)} "
                         f"damaged, {len(r.missing)} missing, {len(r.extra)} extra packages; "
                         f"{_n(closed.lines_received, 'line')} received into stock under donation {closed.donation_number}."]
                if closed.items_added:
                    lines.append(f"Added to the catalogue: {', '.join(closed.items_added)}.")
                if r.extra:
                    lines.append("Extra packages are not in the truck file: open them and receive their goods by "
                                 "scanning.")
                data, what = closed.confirmation.content, f"the arrival confirmation of truck {r.number}"
    if args.action in ("file", "close-arrival", "confirmation-file"):
        try:
            path = save_file(data, args.out)
        except WarehouseError as exc:
            if args.action != "close-arrival":
                raise
            print("\n".join(lines))
            return fail(f"{exc} The arrival is closed all the same; write the confirmation again with: "
                        f"warehouse-app truck confirmation-file {args.truck} --out FILE", 2, as_json=args.json)
        lines.append(f"Wrote {what} to {path}")
    print("\n".join(lines))
    return 0
