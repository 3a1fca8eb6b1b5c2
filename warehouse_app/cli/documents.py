"""Command-line printing of documents: a donor's receipt, a stock-count sheet, a scan sheet.

Each reads what it needs in one read-only unit of work, then writes the PDF under a
temporary name and renames it, so a refused command (exit 2/3/4, one line on stderr)
leaves no file behind. The truck's packing list and labels are wired with the trucks.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING

from warehouse_app.kernel.station import LABEL_FORMATS, LANGUAGES, ZPL_DPIS, ZPL_SIZES

if TYPE_CHECKING:
    from warehouse_app.db.database import Database

Handler = Callable[["Database", argparse.Namespace], int]


def add_donation_receipt_parser(donation_actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``donation receipt D-2026-00042 --out F.pdf [--lang pl|en|uk]``, under the donation command."""
    p = donation_actions.add_parser("receipt", help="a thank-you receipt for the donor, as PDF")
    p.add_argument("number", help="the donation's number, e.g. D-2026-00042 (it must be closed)")
    p.add_argument("--out", required=True, help="the PDF file to write")
    p.add_argument("--lang", dest="receipt_lang", choices=LANGUAGES, default="pl",
                   help="the language of the receipt (default pl)")


def add_donor_report_parser(donor_actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``donor report NAME [--from D --to D] --out F.pdf [--lang pl|en|uk]``, under the donor command."""
    p = donor_actions.add_parser("report", help="where a donor's gifts went (left, delivered, waiting, written off), "
                                                "as a PDF letter in their language")
    p.add_argument("name", help="the donor's name")
    p.add_argument("--from", dest="date_from", help="first day, YYYY-MM-DD (default: their first donation)")
    p.add_argument("--to", dest="date_to", help="last day, YYYY-MM-DD (default: today)")
    p.add_argument("--out", required=True, help="the PDF file to write")
    p.add_argument("--lang", dest="report_lang", choices=LANGUAGES, default="pl",
                   help="the language of the report (default pl)")


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    count = sub.add_parser("count-sheet", help="a stock-count sheet to count on paper, as PDF")
    count.add_argument("--location", help="count this place and everything in it (label code or name)")
    count.add_argument("--category", help="count this category and its subcategories (everywhere, or at --location)")
    count.add_argument("--out", required=True, help="the PDF file to write")
    scan = sub.add_parser("scan-sheet", help="an A4 sheet of barcodes to laminate, for goods without their own")
    scan.add_argument("entries", nargs="+", metavar="CODE=CAPTION",
                      help="an internal code (IT000012) or an EAN/GTIN, '=', and the text printed under it")
    scan.add_argument("--title", default="", help="a heading printed on every page")
    _zpl_outputs(scan, "the PDF file to write", "one thermal label per code")
    labels = sub.add_parser("labels", help="labels for a box, a pallet or a whole truck: a PDF, a ZPL file, "
                                           "or straight to this station's label printer")
    labels.add_argument("ref", help="a box or pallet label code, or a truck number")
    _zpl_outputs(labels, "the PDF file to write", "the labels")
    labels.add_argument("--format", dest="page", choices=LABEL_FORMATS, default="a6",
                        help="the PDF's: a6 (one label a page), 100x150 (thermal printer) or a4 (four a sheet)")
    test = sub.add_parser("label-printer-test", help="print a test label on the label printer chosen in Settings")
    test.add_argument("--zpl", metavar="FILE", help="write the test label to this file instead of printing it")


def _zpl_outputs(p: argparse.ArgumentParser, pdf_help: str, contents: str) -> None:
    """``--out F.pdf``, or ``--zpl F [--dpi --size]``, or ``--printer``: one of them."""
    where = p.add_mutually_exclusive_group(required=True)
    where.add_argument("--out", help=pdf_help)
    where.add_argument("--zpl", metavar="FILE", help=f"write {contents} as ZPL for a thermal printer to this file")
    where.add_argument("--printer", action="store_true",
                       help=f"send {contents} as ZPL to the label printer chosen in Settings (a queue or host:port)")
    p.add_argument("--dpi", type=int, choices=ZPL_DPIS, help="the ZPL's resolution (default: the label printer's in Settings)")
    p.add_argument("--size", choices=ZPL_SIZES, help="the ZPL's label size (default: the label printer's in Settings)")


def add_packing_list_parser(truck_actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``truck packing-list T-2026-0042 --out F.pdf`` and ``truck cmr T --out F.pdf``, under the truck command."""
    p = truck_actions.add_parser("packing-list", help="the packing list the truck carries over the border, as PDF")
    p.add_argument("truck", help="truck number, e.g. T-2026-0042")
    p.add_argument("--out", required=True, help="the PDF file to write")
    cmr = truck_actions.add_parser("cmr", help="the CMR consignment note (three copies), as PDF")
    cmr.add_argument("truck", help="truck number, e.g. T-2026-0042")
    cmr.add_argument("--out", required=True, help="the PDF file to write")


def cmd_donation_receipt(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.documents.jobs import donation_receipt_job, run_job

    written = run_job(db, donation_receipt_job(args.number, lang=args.receipt_lang), args.out)
    receipt, _sender = written.data
    print(f"Wrote the receipt of donation {receipt.number} ({len(receipt.lines)} lines) to {written.path}")
    return 0


def cmd_donor_report(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.core.quantities import parse_date
    from warehouse_app.documents.jobs import donor_impact_job, run_job

    start = parse_date(args.date_from, "start date") if args.date_from else None
    end = parse_date(args.date_to, "end date") if args.date_to else None
    written = run_job(db, donor_impact_job(args.name, start, end, lang=args.report_lang), args.out)
    trace, _sender = written.data
    count = len(trace.donations)
    print(f"Wrote the impact report of {trace.donor} ({count} "
          f"donation{'' if count == 1 else 's'}, {trace.summary.share_left}% left) to {written.path}")
    return 0


def cmd_count_sheet(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.documents.jobs import count_sheet_job, run_job

    written = run_job(db, count_sheet_job(location=args.location, category=args.category), args.out)
    print(f"Wrote a count sheet of {len(written.data.lines)} lines to {written.path}")
    return 0


def cmd_scan_sheet(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.documents.jobs import parse_scan_entries, render_job, scan_sheet_job

    entries = parse_scan_entries(args.entries)
    if args.printer or args.zpl:
        from warehouse_app.station.label_printer import describe, print_item_labels
        from warehouse_app.station.store import load_label_printer

        printer = load_label_printer()
        if args.printer:
            count = print_item_labels(entries, printer)
            print(f"Sent {_labels_word(count)} to {describe(printer)}")
            return 0
        from warehouse_app.documents.jobs import save_file
        from warehouse_app.documents.labels_zpl import ZplPage, item_labels_zpl

        page = ZplPage(size=args.size or printer.size, dpi=args.dpi or printer.dpi)
        path = save_file(item_labels_zpl(entries, page), args.zpl)
        print(f"Wrote {_labels_word(len(entries))} to {path}")
        return 0
    job = scan_sheet_job(entries, title=args.title)
    written = render_job(job, entries, args.out)  # nothing to read: no database work
    print(f"Wrote a scan sheet of {len(entries)} codes to {written.path}")
    return 0


def missing_weight_line(count: int) -> str:
    """The one line a loader reads before the papers go out (empty when every weight is known)."""
    if not count:
        return ""
    lines = "1 line has" if count == 1 else f"{count} lines have"
    return f"{lines} no weight: enter them or state the gross weight (the papers print '?', never 0)."


def cmd_packing_list(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.documents.jobs import packing_list_job, run_job

    written = run_job(db, packing_list_job(args.truck), args.out)
    data, totals = written.data, written.data.totals
    loose = f" + {totals.loose_pieces.normalize():f} loose pieces" if totals.loose_pieces else ""
    unknown = " + ?" if totals.gross_incomplete else ""
    if warning := missing_weight_line(len(data.missing_weight)):
        print(warning)
    print(f"Wrote the packing list of truck {data.truck.number} ({totals.packages} packages{loose}, "
          f"{totals.pieces.normalize():f} pieces, {totals.gross_kg.normalize():f}{unknown} kg gross) to {written.path}")
    return 0


def cmd_cmr(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.documents.jobs import cmr_job, run_job

    written = run_job(db, cmr_job(args.truck), args.out)
    if warning := missing_weight_line(len(written.data.missing_weight)):
        print(warning)
    print(f"Wrote the CMR consignment note of truck {written.data.truck.number} (3 copies) to {written.path}")
    return 0


def _labels_word(count: int) -> str:
    return f"{count} label{'' if count == 1 else 's'}"


def cmd_labels(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.documents.jobs import labels_job, run_job, zpl_labels_job

    if args.printer:
        from warehouse_app.core.shipping.packing_list import label_packages
        from warehouse_app.station.label_printer import describe, print_labels
        from warehouse_app.station.store import load_label_printer

        printer = load_label_printer()
        with db.read() as session:
            data = label_packages(session, args.ref)
        count = print_labels(data, printer, ref=args.ref)
        print(f"Sent {_labels_word(count)} to {describe(printer)}")
        return 0
    if args.zpl:
        from warehouse_app.station.store import load_label_printer

        printer = load_label_printer()
        job = zpl_labels_job(args.ref, size=args.size or printer.size, dpi=args.dpi or printer.dpi)
        written = run_job(db, job, args.zpl)
    else:
        written = run_job(db, labels_job(args.ref, args.page), args.out)
    print(f"Wrote {_labels_word(len(written.data[1]))} to {written.path}")
    return 0


def cmd_label_printer_test(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.core.shipping.warehouse import warehouse_details
    from warehouse_app.station.label_printer import describe, print_test_label, test_label_bytes
    from warehouse_app.station.store import load_label_printer, stored_station

    printer = load_label_printer()
    with db.read() as session:
        warehouse = warehouse_details(session).name
    station = stored_station() or "cli"
    if args.zpl:
        from warehouse_app.documents.jobs import save_file

        path = save_file(test_label_bytes(printer, warehouse=warehouse, station=station), args.zpl)
        print(f"Wrote the test label to {path}")
        return 0
    code = print_test_label(printer, warehouse=warehouse, station=station)
    print(f"Sent the test label ({code}) to {describe(printer)}")
    return 0


HANDLERS: dict[str, Handler] = {"count-sheet": cmd_count_sheet, "scan-sheet": cmd_scan_sheet, "labels": cmd_labels,
                                "label-printer-test": cmd_label_printer_test}
