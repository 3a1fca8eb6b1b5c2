"""Command line for "where did my donation go?" (core/trace/journey.py).

    trace donation D-2026-00042 [--json]
    trace donor NAME [--from D --to D] [--json]
    trace truck T-2026-0042 [--json]

``--json`` prints a list of rows: for a donation or donor, ``item``, ``quantity``,
``state`` (in_stock, packed, loaded, dispatched, delivered, written_off) and, where the
goods are on a truck, ``truck`` and ``destination``; for a truck, one row per donation,
item and package.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the parser is built for every command; the services load only when these run
    from warehouse_app.core.trace.data import Received, TraceRow, TraceSummary
    from warehouse_app.db.database import Database

Handler = Callable[["Database", argparse.Namespace], int]

STATE_WORDS = {
    "in_stock": "in stock", "packed": "packed", "loaded": "loaded", "dispatched": "dispatched",
    "delivered": "delivered", "written_off": "written off",
}


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    trace = sub.add_parser("trace", help="where did a donation go: stock, boxes, trucks, the hub").add_subparsers(
        dest="action", required=True, metavar="WHAT")
    donation = trace.add_parser("donation", help="each item of one donation: in stock, packed, on which truck")
    donation.add_argument("donation", help="donation number, e.g. D-2026-00042")
    donor = trace.add_parser("donor", help="the same over all of a donor's donations")
    donor.add_argument("donor", help="the donor's name")
    donor.add_argument("--from", dest="date_from", help="first day, YYYY-MM-DD (donations opened from then)")
    donor.add_argument("--to", dest="date_to", help="last day, YYYY-MM-DD")
    truck = trace.add_parser("truck", help="which donations and donors are on a truck")
    truck.add_argument("truck", help="truck number, e.g. T-2026-0042")
    for parser in (donation, donor, truck):
        parser.add_argument("--json", action="store_true", help="a list of rows, machine-readable")


def summary_sentence(summary: TraceSummary, subject: str = "the donation") -> str:
    """"84 % of the donation has left for Kharkiv, Lviv on 3 trucks." (English; the GUI says it
    in the user's language)."""
    measure = " (by weight)" if summary.measure == "kg" else ""
    if not summary.trucks:
        return f"Nothing of {subject} has left the warehouse yet."
    trucks = len(summary.trucks)
    places = " and ".join(summary.destinations) or "its destination"
    share = f"{summary.share_left} %" if summary.share_left else "Less than 1 %"
    return (f"{share} of {subject}{measure} has left for {places} on {trucks} "
            f"truck{'s' if trucks != 1 else ''}.")


def _where(row: TraceRow) -> str:
    if row.state in ("in_stock", "packed"):
        return row.package or row.place or ""
    return row.package or ("loose" if row.truck else "")


def _when(row: TraceRow) -> str:
    if row.state == "delivered" and row.delivered_on is not None:
        return f"{row.delivered_on:%Y-%m-%d} {row.hub or ''}".strip()
    return f"{row.dispatched_at:%Y-%m-%d}" if row.dispatched_at is not None else ""


def _note(row: TraceRow) -> str:
    if row.counted:
        return f"missing at a stock count: {row.reason}" if row.reason else "missing at a stock count"
    return row.reason or ("package missing at the hub" if row.arrival == "missing" else "")


def _print_rows(rows: Sequence[TraceRow], received: Sequence[Received], donations: bool) -> None:
    from warehouse_app.cli.output import print_table
    from warehouse_app.core.quantities import format_quantity
    from warehouse_app.core.trace.data import LEFT

    print_table(
        [*(["donation"] if donations else []), "item", "quantity", "unit", "state", "where", "truck", "destination",
         "recipient", "date", "note"],
        [(*([row.donation] if donations else []), row.item, row.quantity, row.unit, STATE_WORDS[row.state],
          _where(row), row.truck or "", row.destination or "", row.recipient or "", _when(row),
          _note(row))
         for row in rows],
        numeric=(2 if donations else 1,),
    )
    # per item, what was received and where it is now: each line adds up across
    totals: dict[tuple[str, str], list[Decimal]] = {}
    for line in received:
        totals.setdefault((line.item, line.unit), [Decimal(0)] * 4)[0] += line.quantity
    for row in rows:
        column = 1 if row.state in ("in_stock", "packed", "loaded") else 2 if row.state in LEFT else 3
        totals.setdefault((row.item, row.unit), [Decimal(0)] * 4)[column] += row.quantity
    if not totals:
        print("Nothing was received under it (or every receipt was undone).")
        return
    print()
    print_table(["item", "unit", "received", "still here", "left", "written off"],
                [(item, unit, *(format_quantity(q) for q in figures)) for (item, unit), figures in totals.items()],
                numeric=(2, 3, 4, 5))


def cmd_trace(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.cli.output import print_json, print_table
    from warehouse_app.core.quantities import parse_date
    from warehouse_app.core.trace import journey

    with db.read() as session:
        if args.action == "donation":
            trace = journey.trace_donation(session, args.donation)
            rows, received, summary = trace.rows, trace.received, trace.summary
            title = f"Donation {trace.number}" + (f" from {trace.donor}" if trace.donor else "")
        elif args.action == "donor":
            start = parse_date(args.date_from, "start date") if args.date_from else None
            end = parse_date(args.date_to, "end date") if args.date_to else None
            donor = journey.trace_donor(session, args.donor, start, end)
            rows, received, summary = donor.rows, donor.received, donor.summary
            title = f"{donor.donor}: {len(donor.donations)} donation{'s' if len(donor.donations) != 1 else ''}"
        else:
            truck = journey.trace_truck(session, args.truck)
    if args.action == "truck":
        if args.json:
            print_json([{**_plain(row), "state": truck.status, "truck": truck.number,
                         "destination": truck.destination} for row in (*truck.rows, *truck.unattributed)])
            return 0
        print(f"Truck {truck.number} ({truck.status}) to {truck.destination or '?'}, {truck.recipient or '?'}: "
              f"{len(truck.donations)} donations from {len(truck.donors)} donors.")
        print_table(["donation", "donor", "item", "quantity", "unit", "package"],
                    [(r.donation or "(found at a count)", r.donor or "", r.item, r.quantity, r.unit,
                      r.package or "loose") for r in (*truck.rows, *truck.unattributed)], numeric=(3,))
        return 0
    if args.json:
        print_json([_plain(row) for row in rows])
        return 0
    print(f"{title.rstrip('.')}. {summary_sentence(summary)}")
    _print_rows(rows, received, args.action == "donor")
    return 0


def _plain(row: object) -> dict[str, object]:
    from warehouse_app.cli.output import plain

    found: dict[str, object] = plain(row)
    return found


HANDLERS: dict[str, Handler] = {"trace": cmd_trace}
