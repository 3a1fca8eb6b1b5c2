"""``warehouse-app receive`` and ``donation``: goods coming in, scan by scan, in donations."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from warehouse_app.cli import documents as cli_documents
from warehouse_app.cli.output import print_json, print_table
from warehouse_app.cli.runtime import actor as command_actor
from warehouse_app.cli.stock import add_lot_options
from warehouse_app.kernel.errors import NotFound

if TYPE_CHECKING:  # the parser is built for every command; the services load only when these run
    from warehouse_app.cli.runtime import Handler
    from warehouse_app.db.database import Database


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rec = sub.add_parser("receive", help="receive donated goods by their barcode")
    rec.add_argument("code", help="EAN/UPC/GTIN, GS1-128 (expiry, lot, count are read from it) or a label code")
    rec.add_argument("--qty", help="how many of this code (default 1)")
    add_lot_options(rec)
    rec.add_argument("--donor", help="who gave it; a new donor is added")
    rec.add_argument("--donation", help="donation number (default: this station's open donation)")
    rec.add_argument("--location", help="where it goes (default: Receiving)")
    rec.add_argument("--allow-expired", action="store_true", help="receive goods whose expiry date has passed")
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

    donor = sub.add_parser("donor", help="donors' details for their receipts, and where their gifts went").add_subparsers(
        dest="action", required=True, metavar="ACTION")
    dset = donor.add_parser("set", help="a donor's address and tax id (NIP), printed on their receipts")
    dset.add_argument("name", help="the donor's name (a new donor is added)")
    dset.add_argument("--address", help='street, postcode and town; "\\n" or a new line between lines; "" clears it')
    dset.add_argument("--tax-id", help='NIP (checked) or a foreign tax id; "" clears it')
    dset.add_argument("--city")
    dset.add_argument("--contact")
    dset.add_argument("--json", action="store_true")
    donor.add_parser("list").add_argument("--json", action="store_true")
    dshow_donor = donor.add_parser("show")
    dshow_donor.add_argument("name")
    dshow_donor.add_argument("--json", action="store_true")
    cli_documents.add_donor_report_parser(donor)


def cmd_receive(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.core.intake.receiving import receive

    with db.write() as session:
        result = receive(
            session, command_actor(session, args, may_add=True), args.code, qty=args.qty, expiry=args.expiry, lot_code=args.lot_code,
            donation=args.donation, donor=args.donor, location=args.location, separators=args.separator,
            allow_expired=args.allow_expired,
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
    from warehouse_app.core.intake import donations

    if args.action == "receipt":
        return cli_documents.cmd_donation_receipt(db, args)
    if args.action in ("open", "close"):
        with db.write() as session:
            if args.action == "open":
                info = donations.open_donation(session, command_actor(session, args, may_add=True), donor=args.donor,
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


def cmd_donor(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.core.intake import donors

    if args.action == "report":
        return cli_documents.cmd_donor_report(db, args)
    if args.action == "set":
        with db.write() as session:
            address = args.address.replace("\\n", "\n") if args.address is not None else None
            found = [donors.set_donor_details(session, args.name, address=address, tax_id=args.tax_id,
                                              city=args.city, contact=args.contact)]
    else:
        with db.read() as session:
            found = donors.list_donors(session) if args.action == "list" else [donors.get_donor(session, args.name)]
    if args.json:
        print_json(found if args.action == "list" else found[0])
        return 0
    print_table(["name", "address", "tax id", "city", "contact"],
                [(d.name, (d.address or "").replace("\n", ", "), d.tax_id, d.city, d.contact) for d in found])
    return 0


HANDLERS: dict[str, Handler] = {"receive": cmd_receive, "donation": cmd_donation, "donor": cmd_donor}
