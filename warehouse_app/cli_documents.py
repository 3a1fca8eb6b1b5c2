"""Command-line printing of documents: a donor's receipt, a stock-count sheet, a scan sheet.

Each reads what it needs in one read-only unit of work, then writes the PDF under a
temporary name and renames it, so a refused command (exit 2/3/4, one line on stderr)
leaves no file behind. The truck's packing list and labels are wired with the trucks.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from warehouse_app.core.errors import BadInput
from warehouse_app.core.packing_data import WarehouseDetails

if TYPE_CHECKING:
    from warehouse_app.db.database import Database

Handler = Callable[["Database", argparse.Namespace], int]
RECEIPT_LANGUAGES = ("pl", "en", "uk")  # documents/donation_receipt_pdf.py; not imported: the parser stays light
LABEL_FORMATS = ("a6", "100x150", "a4")  # documents/labels_pdf.py, likewise


def add_donation_receipt_parser(donation_actions: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """``donation receipt D-2026-00042 --out F.pdf [--lang pl|en|uk]``, under the donation command."""
    p = donation_actions.add_parser("receipt", help="a thank-you receipt for the donor, as PDF")
    p.add_argument("number", help="the donation's number, e.g. D-2026-00042 (it must be closed)")
    p.add_argument("--out", required=True, help="the PDF file to write")
    p.add_argument("--lang", dest="receipt_lang", choices=RECEIPT_LANGUAGES, default="pl",
                   help="the language of the receipt (default pl)")


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    count = sub.add_parser("count-sheet", help="a stock-count sheet to count on paper, as PDF")
    count.add_argument("--location", help="count this place and everything in it (label code or name)")
    count.add_argument("--category", help="count this category and its subcategories (everywhere, or at --location)")
    count.add_argument("--out", required=True, help="the PDF file to write")
    scan = sub.add_parser("scan-sheet", help="an A4 sheet of barcodes to laminate, for goods without their own")
    scan.add_argument("entries", nargs="+", metavar="CODE=CAPTION",
                      help="an internal code (IT000012) or an EAN/GTIN, '=', and the text printed under it")
    scan.add_argument("--title", default="", help="a heading printed on every page")
    scan.add_argument("--out", required=True, help="the PDF file to write")
    labels = sub.add_parser("labels", help="labels for a box, a pallet or a whole truck, as PDF")
    labels.add_argument("ref", help="a box or pallet label code, or a truck number")
    labels.add_argument("--out", required=True, help="the PDF file to write")
    labels.add_argument("--format", dest="page", choices=LABEL_FORMATS, default="a6",
                        help="a6 (one label a page), 100x150 (thermal printer) or a4 (four a sheet)")


def add_packing_list_parser(truck_actions: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """``truck packing-list T-2026-0042 --out F.pdf``, under the truck command."""
    p = truck_actions.add_parser("packing-list", help="the packing list the truck carries over the border, as PDF")
    p.add_argument("truck", help="truck number, e.g. T-2026-0042")
    p.add_argument("--out", required=True, help="the PDF file to write")


def written(write: Callable[..., Path], *args: object, **kwargs: object) -> Path:
    """Run a document writer; a file that cannot be written is the user's bad path, one sentence."""
    try:
        return write(*args, **kwargs)
    except OSError as exc:
        raise BadInput("The file {path} cannot be written: {reason}.", path=str(args[1]),
                       reason=exc.strerror or exc.__class__.__name__) from None


def sender_details(session) -> WarehouseDetails:  # type: ignore[no-untyped-def]
    """The warehouse printed as the receipt's sender (``warehouse set``)."""
    from warehouse_app.core.warehouse_settings import warehouse_details

    return warehouse_details(session)


def cmd_donation_receipt(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.core.donation_receipt import donation_receipt
    from warehouse_app.documents.donation_receipt_pdf import write_donation_receipt

    with db.read() as session:
        data = donation_receipt(session, args.number)
        sender = sender_details(session)
    path = written(write_donation_receipt, data, args.out, lang=args.receipt_lang, sender=sender)
    print(f"Wrote the receipt of donation {data.number} ({len(data.lines)} lines) to {path}")
    return 0


def cmd_count_sheet(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.core.count_sheet import count_sheet
    from warehouse_app.documents.count_sheet_pdf import write_count_sheet

    with db.read() as session:
        data = count_sheet(session, location=args.location, category=args.category)
    path = written(write_count_sheet, data, args.out)
    print(f"Wrote a count sheet of {len(data.lines)} lines to {path}")
    return 0


def parse_entries(entries: list[str]) -> list[tuple[str, str]]:
    pairs = []
    for entry in entries:
        code, sep, caption = entry.partition("=")
        if not sep or not code.strip():
            raise BadInput("Write each scan-sheet entry as CODE=CAPTION, e.g. IT000012=Koc polarowy; got {entry}.",
                           entry=entry)
        pairs.append((code.strip(), caption.strip()))
    return pairs


def cmd_scan_sheet(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.documents.labels_pdf import write_scan_sheet

    entries = parse_entries(args.entries)
    path = written(write_scan_sheet, entries, args.out, title=args.title)
    print(f"Wrote a scan sheet of {len(entries)} codes to {path}")
    return 0


def cmd_packing_list(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.core.packing_list import packing_list
    from warehouse_app.documents.packing_list_pdf import write_packing_list

    with db.read() as session:
        data = packing_list(session, args.truck)
    path = written(write_packing_list, data, args.out)
    totals = data.totals
    print(f"Wrote the packing list of truck {data.truck.number} ({totals.packages} packages, "
          f"{totals.pieces.normalize():f} pieces, {totals.gross_kg.normalize():f} kg gross) to {path}")
    return 0


def cmd_labels(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.core.packing_list import label_packages
    from warehouse_app.documents.labels_pdf import write_labels

    with db.read() as session:
        truck, packages = label_packages(session, args.ref)
    if not packages:
        raise BadInput("{ref} holds nothing to label yet.", ref=args.ref)
    path = written(write_labels, packages, args.out, truck_number=truck.number if truck else None, page=args.page)
    print(f"Wrote {len(packages)} labels to {path}")
    return 0


HANDLERS: dict[str, Handler] = {"count-sheet": cmd_count_sheet, "scan-sheet": cmd_scan_sheet, "labels": cmd_labels}
