"""Command line for the Excel exports and the spreadsheet imports.

    export stock --out F.xlsx
    export donations --from D --to D --out F.xlsx
    export impact [--from D] [--to D] --out F.xlsx
    import items F [--merge-names] [--skip-invalid] [--dry-run] [--sheet NAME] [--encoding cp1250|cp1251|utf-8|utf-16]
                   [--map "COLUMN=FIELD" …] [--json]
    import donation F [--donor NAME] [--create-missing [--default-category CAT]] [--skip-invalid] [--dry-run]
                      [--sheet NAME] [--encoding …] [--map …] [--json]

An import first reads and checks the whole file; a dry run prints the header row taken,
what each column became, every row with its error, and writes nothing; a real run with
wrong rows (and no --skip-invalid) refuses with exit code 2 and writes nothing either.
``--map`` says which column is which (over our own names, other systems' headers and a
mapping remembered for sheets with these headers); a real import with ``--map`` remembers
the mapping in the database for the next such sheet, on every station.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warehouse_app.kernel.station import LANGUAGES

if TYPE_CHECKING:  # the parser is built for every command; the services load only when these run
    from sqlalchemy.orm import Session

    from warehouse_app.core.intake.imports import ImportPreview
    from warehouse_app.db.database import Database
    from warehouse_app.documents.sheet_reader import SheetRead

Handler = Callable[["Database", argparse.Namespace], int]


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    export = sub.add_parser("export", help="Excel sheets for managers and donors").add_subparsers(
        dest="action", required=True, metavar="WHAT")
    stock = export.add_parser("stock", help="every item, lot and place in stock, and a summary by category")
    stock.add_argument("--out", required=True, help="the .xlsx file to write")
    stock.add_argument("--warehouse", help="the warehouse name printed on top (default: `warehouse set --name`)")
    truck = export.add_parser("truck", help="a truck's manifest: packages and lines, a summary by category")
    truck.add_argument("truck", help="truck number, e.g. T-2026-0042")
    truck.add_argument("--out", required=True, help="the .xlsx file to write")
    truck.add_argument("--trilingual", action="store_true", help="column titles in Polish, English and Ukrainian")
    don = export.add_parser("donations", help="goods received in a period, by donor and by category")
    don.add_argument("--from", dest="date_from", required=True, help="first day, YYYY-MM-DD")
    don.add_argument("--to", dest="date_to", required=True, help="last day, YYYY-MM-DD")
    don.add_argument("--out", required=True, help="the .xlsx file to write")
    impact = export.add_parser("impact", help="where every donor's gifts went: left, delivered, waiting, written off")
    impact.add_argument("--from", dest="date_from", help="first day, YYYY-MM-DD (default: the first donation)")
    impact.add_argument("--to", dest="date_to", help="last day, YYYY-MM-DD (default: today)")
    impact.add_argument("--out", required=True, help="the .xlsx file to write")
    for sheet in (stock, truck, don, impact):  # also after the command, as `donation receipt` takes it
        sheet.add_argument("--lang", choices=LANGUAGES, default=argparse.SUPPRESS,
                           help="the sheet's language (pl, en or uk; default en, or warehouse-app --lang)")

    imp = sub.add_parser("import", help="import the catalogue or a donation list from .xlsx or .csv")
    what = imp.add_subparsers(dest="action", required=True, metavar="WHAT")
    items = what.add_parser("items", help="items: name, category, unit, barcode, weight kg, tracks expiry, min stock")
    donation = what.add_parser("donation", help="a donation list: barcode or item name, quantity, expiry, lot")
    donation.add_argument("--donor", help="who gave it (default: the file's donor column)")
    donation.add_argument("--allow-expired", action="store_true", help="receive lines whose expiry date has passed")
    donation.add_argument("--create-missing", action="store_true",
                          help="create the goods the catalogue does not have (name, category, unit from the line); "
                               "--dry-run lists them first")
    donation.add_argument("--default-category", metavar="CAT",
                          help="with --create-missing: the category of new goods whose line names none that matches")
    items.add_argument("--merge-names", action="store_true",
                       help="rows of one name become one item with all their barcodes (a name the catalogue has "
                            "gets the rows' barcodes); without it such rows are refused")
    for p in (items, donation):
        p.add_argument("file", help="the .xlsx or .csv file")
        p.add_argument("--skip-invalid", action="store_true", help="import the valid rows, leave out the wrong ones")
        p.add_argument("--dry-run", action="store_true", help="only show each row and its error; import nothing")
        p.add_argument("--sheet", metavar="NAME", help="the workbook's sheet to read (default: the active one, if visible)")
        p.add_argument("--encoding", choices=("cp1250", "cp1251", "utf-8", "utf-16"),
                       help="a CSV file's encoding (default: detected; asked for when unclear)")
        p.add_argument("--map", action="append", default=[], metavar="COLUMN=FIELD",
                       help="which column is which: a header or column letter = a field (name, category, unit, "
                            "barcode, weight_kg, tracks_expiry, min_stock, name_uk, name_en, hs_code, "
                            "origin_country, unit_value, value_currency, case_barcode, pack_count, quantity, expiry, lot, "
                            "donor) or ignore; "
                            "repeat for each column; remembered for sheets with these headers by a real import")
        p.add_argument("--json", action="store_true", help="the header, the columns, the rows and their problems, "
                                                           "and the result as JSON")


def cmd_export(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.cli.runtime import actor_names
    from warehouse_app.core.quantities import parse_date
    from warehouse_app.documents import jobs

    if args.action == "stock":
        stock = jobs.run_job(db, jobs.stock_sheet_job(lang=args.lang, operator=actor_names(args)[0],
                                                      warehouse=args.warehouse), args.out)
        print(f"Wrote {stock.data.row_count} stock rows to {stock.path}")
        return 0
    if args.action == "truck":
        manifest = jobs.run_job(db, jobs.manifest_job(args.truck, lang=args.lang, trilingual=args.trilingual), args.out)
        print(f"Wrote the manifest of truck {manifest.data.truck.number} ({manifest.data.totals.packages} packages) "
              f"to {manifest.path}")
        return 0
    if args.action == "impact":
        since = parse_date(args.date_from, "start date") if args.date_from else None
        until = parse_date(args.date_to, "end date") if args.date_to else None
        impact = jobs.run_job(db, jobs.impact_sheet_job(since, until, lang=args.lang), args.out)
        donations, donors = sum(len(d.donations) for d in impact.data), len(impact.data)
        print(f"Wrote where {donations} donation{'' if donations == 1 else 's'} of {donors} "
              f"donor{'' if donors == 1 else 's'} went to {impact.path}")
        return 0
    start, end = parse_date(args.date_from, "start date"), parse_date(args.date_to, "end date")
    report = jobs.run_job(db, jobs.donations_report_job(start, end, lang=args.lang), args.out)
    print(f"Wrote {len(report.data.lines)} received lines from {len(report.data.by_donor)} donors to {report.path}")
    return 0


def _print_preview(preview: ImportPreview) -> None:
    from warehouse_app.cli.output import print_table

    columns = sorted({key for row in preview.rows for key in row.values})
    print_table(["line", *columns, "error"],
                [(row.line, *(row.values.get(c, "") for c in columns),
                  row.error or " ".join(["ok:", *row.notes] if row.notes else ["ok"])) for row in preview.rows])
    if preview.new_items:
        print(f"New items to create ({len(preview.new_items)}):")
        print_table(["name", "category", "unit", "barcodes", "lines"],
                    [(g.name, g.category.path_en, g.unit, " ".join(g.barcodes), " ".join(map(str, g.lines)))
                     for g in preview.new_items])
    print(f"{preview.valid} rows valid, {preview.invalid} wrong.")


def _preview_json(preview: ImportPreview) -> dict[str, object]:
    return {"valid": preview.valid, "invalid": preview.invalid,
            "rows": [{"line": r.line, "values": r.values, "error": r.error, "notes": list(r.notes)}
                     for r in preview.rows],
            "new_items": [{"name": g.name, "category": g.category.code, "unit": g.unit, "barcodes": list(g.barcodes),
                           "tracks_expiry": g.tracks_expiry, "lines": list(g.lines)} for g in preview.new_items]}


def _sheet_json(read: SheetRead) -> dict[str, Any]:
    """The header row taken and what each column became, for --json."""
    return {
        "read": read.note(), "sheet": read.sheet, "encoding": read.encoding, "header_row": read.header_line,
        "header_found": read.header_found, "system": read.system,
        "columns": [{"column": c.letter, "header": c.header, "field": c.field, "how": c.how} for c in read.columns],
        "unknown": [c.header or c.letter for c in read.unknown],
    }


def _read(args: argparse.Namespace, session: Session | None = None) -> SheetRead:
    from warehouse_app.core.intake.column_mapping import saved_mapping
    from warehouse_app.documents.sheet_reader import parse_map, read_sheet

    remembered = (lambda stamp: saved_mapping(session, stamp)) if session is not None else None
    return read_sheet(args.file, sheet=args.sheet, encoding=args.encoding, mapping=parse_map(args.map),
                      remembered=remembered)


def cmd_import(db: Database, args: argparse.Namespace) -> int:
    from warehouse_app.cli.output import print_json
    from warehouse_app.cli.runtime import actor as runtime_actor
    from warehouse_app.core.intake import imports
    from warehouse_app.core.intake.column_mapping import remember_mapping, saved_mapping
    from warehouse_app.documents.sheet_reader import check_header
    from warehouse_app.kernel.errors import BadInput

    donation = args.action == "donation"
    if donation and args.default_category and not args.create_missing:
        raise BadInput("--default-category is the category of goods --create-missing creates; give both.")
    create = imports.NewGoodsChoice(args.default_category) if donation and args.create_missing else None
    merge = not donation and args.merge_names
    if args.dry_run:
        with db.read() as session:
            read = _read(args, session)
            check_header(read, Path(args.file).name)
            preview = (imports.preview_items(session, read.rows, merge_names=merge) if not donation
                       else imports.preview_donation(session, read.rows, allow_expired=args.allow_expired,
                                                     create_missing=create))
        if args.json:
            print_json({**_sheet_json(read), **_preview_json(preview)})
            return 2 if preview.invalid else 0
        quantity = not donation or any(c.field == "quantity" for c in read.columns)
        for line in (read.note(), read.header_note(), read.columns_note(),
                     "" if quantity else "No column gives the quantity: each line is received as 1."):
            if line:
                print(line)  # what was read, before the rows: the sheet or encoding, the header, the columns
        _print_preview(preview)
        return 2 if preview.invalid else 0
    read = _read(args)  # the file is read before the write lock is taken
    with db.write() as session:
        actor = runtime_actor(session, args)
        saved = saved_mapping(session, read.signature)
        if saved:
            read = read.remap(saved=saved)
        check_header(read, Path(args.file).name)
        if not donation:
            result = imports.import_items(session, actor, read.rows, skip_invalid=args.skip_invalid, merge_names=merge)
        else:
            result = imports.import_donation(session, actor, read.rows, donor=args.donor,
                                             skip_invalid=args.skip_invalid, allow_expired=args.allow_expired,
                                             create_missing=create)
        remembered = bool(args.map)
        if remembered:
            remember_mapping(session, actor, read.signature, read.chosen())
    if args.json:
        print_json({**_sheet_json(read), "imported": result.imported, "skipped": result.skipped,
                    "donation": result.donation, "created": result.created, "mapping_remembered": remembered})
        return 0
    into = f" into donation {result.donation}" if result.donation else ""
    created = f", created {result.created} new items" if result.created else ""
    print(f"Imported {result.imported} rows{into}{created}, skipped {result.skipped} wrong rows.")
    if read.unknown:
        print("Not imported, unknown columns: " + ", ".join(f"{c.letter} {c.header}".strip() for c in read.unknown))
    if remembered:
        print("The column mapping is remembered for sheets with these headers.")
    return 0


HANDLERS: dict[str, Handler] = {"export": cmd_export, "import": cmd_import}
