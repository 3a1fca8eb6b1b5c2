"""The truck manifest as a spreadsheet: the packing list's data for partners' systems.

Same content as the printed packing list (``core.packing_data.PackingList``): a sheet of
packages and their lines (n/N, label code, item, category, quantity, unit, net and gross
kg, expiry), loose goods after them, and a summary by category with HS codes; the truck
and sender on top of both. Never touches the database.

Counts and weights follow the packing list's rules (core/shipping/packing_data.py): each
package once, loose goods as loose pieces, and an unknown weight is an empty cell with a
note, never 0, so every column still adds up to its total (the known part).
"""

from __future__ import annotations

import os
from pathlib import Path

from warehouse_app.core.shipping.packing_data import PackingLine, PackingList
from warehouse_app.documents.progress import Progress, atomic_output, report
from warehouse_app.documents.xlsx_table import Column, Table, streamed_workbook

LINE_COLUMNS = (
    Column("Package", 9), Column("Label code", 13), Column("Kind", 8), Column("Item", 40), Column("Category", 28),
    Column("Quantity", 11, "qty"), Column("Unit", 7), Column("Net kg", 11, "kg"), Column("Gross kg", 11, "kg"),
    Column("Expiry", 12, "date"), Column("Lot", 14), Column("Weight note", 34),
)
SUMMARY_COLUMNS = (
    Column("Category", 32), Column("HS code", 10), Column("Packages", 10, "int"), Column("Loose pieces", 10, "qty"),
    Column("Pieces", 11, "qty"), Column("Goods in kg or l", 12, "qty"), Column("Net kg", 12, "kg"),
    Column("Gross kg", 12, "kg"), Column("Weight note", 30),
)
NO_WEIGHT = "no unit weight: net weight unknown"
NOT_COVERED = "gross weight incomplete: weigh the box or enter unit weights"
INCOMPLETE = "weights incomplete: some goods have no weight"


def manifest_header(data: PackingList) -> list[tuple[str, object]]:
    """The truck, recipient and sender lines printed above both sheets (empty ones left out)."""
    truck, sender = data.truck, data.sender
    recipient = ", ".join(p for p in (truck.recipient, truck.recipient_address, truck.city, truck.country) if p)
    plates = " / ".join(p for p in (truck.vehicle_plate, truck.trailer_plate) if p)
    driver = ", ".join(p for p in (truck.driver, truck.driver_phone) if p)
    lines: list[tuple[str, object]] = [
        ("Truck", truck.number), ("Document date", data.document_date), ("Recipient", recipient),
        ("Contact", truck.contact), ("Vehicle / trailer", plates), ("Driver", driver), ("Seal", truck.seal_number),
        ("Departure", truck.planned_departure), ("Aid registration code", truck.aid_registration_code),
        ("Sender", ", ".join(p for p in (sender.name, sender.address) if p)), ("Sender tax id", sender.tax_id),
    ]
    return [(label, value) for label, value in lines if value]


def _line_values(seq: str, code: str, kind: str, line: PackingLine, gross: object, note: str = "") -> tuple[object, ...]:
    note = note or (NO_WEIGHT if line.net_kg is None else "")
    return (seq, code, kind, line.item_name, line.category.en, line.quantity, line.unit, line.net_kg, gross,
            line.expiry, line.lot_code, note)


def write_truck_manifest(data: PackingList, out: str | os.PathLike[str], *, progress: Progress | None = None) -> Path:
    """Write the manifest to ``out`` (atomically). A package's gross weight stands on its
    first line only, so the column adds up to the truck's gross weight."""
    header = manifest_header(data)
    total = sum(len(p.lines) for p in data.packages) + len(data.loose)
    with atomic_output(out) as temp, streamed_workbook(temp) as wb:
        lines = Table(wb, None, "Packages", LINE_COLUMNS, header, heading=f"Truck manifest {data.truck.number}")
        report(progress, 0, total)
        for package in data.packages:
            for index, line in enumerate(package.lines):
                gross = package.gross_kg if index == 0 else None
                note = NOT_COVERED if index == 0 and not package.gross_known else ""
                lines.row(_line_values(f"{package.seq}/{package.of}", package.label_code, package.kind, line, gross,
                                       note))
            report(progress, lines.rows, total)
        for line in data.loose:
            lines.row(_line_values("loose", "", "", line, line.net_kg))
        lines.finish()
        totals = data.totals
        count = f"Total: {totals.packages} packages" + (
            f" + {totals.loose_pieces.normalize():f} loose pieces" if totals.loose_pieces else "")
        note = INCOMPLETE if totals.net_incomplete else ""
        lines.totals(count, {5: totals.pieces, 7: totals.net_kg, 8: totals.gross_kg, 11: note or None})

        summary = Table(wb, lines.styles, "By category", SUMMARY_COLUMNS, header, heading="Summary by category")
        for cat in data.summary:
            summary.row((cat.category.en, cat.category.hs_code or "", cat.packages, cat.loose_pieces, cat.pieces,
                         cat.kg_goods, cat.net_kg, cat.gross_kg, INCOMPLETE if cat.net_incomplete else ""))
        summary.finish()
        summary.totals("Total", {2: totals.packages, 3: totals.loose_pieces, 4: totals.pieces, 6: totals.net_kg,
                                 7: totals.gross_kg, 8: note or None})
        report(progress, total, total)
        return Path(out)
