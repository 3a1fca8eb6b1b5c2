"""The donations report for a period as a spreadsheet: by donor, by category, every line.

Donor and item names are the donors' own text and are written as text, never formulas.
"""

from __future__ import annotations

import os
from pathlib import Path

from openpyxl import Workbook

from warehouse_app.core.reports.donation_report import DonationReport, ReportTotal
from warehouse_app.documents.progress import Progress, atomic_output, report
from warehouse_app.documents.xlsx_table import Column, Styles, Table, streamed_workbook

_TOTAL_COLUMNS = (
    Column("Donations", 11, "int"), Column("Lines", 9, "int"), Column("Pieces", 12, "qty"),
    Column("Goods in kg or l", 13, "qty"), Column("Weight kg", 13, "kg"),
)
LINE_COLUMNS = (
    Column("Received", 12, "date"), Column("Donation", 14), Column("Donor", 30), Column("Item", 40),
    Column("Category", 30), Column("Quantity", 11, "qty"), Column("Unit", 7), Column("Weight kg", 12, "kg"),
    Column("Expiry", 12, "date"), Column("Lot", 14),
)


def _totals_sheet(wb: Workbook, styles: Styles | None, title: str, first: str, rows: tuple[ReportTotal, ...],
                  data: DonationReport) -> Table:
    header = [("From", data.date_from), ("To", data.date_to)]
    table = Table(wb, styles, title, (Column(first, 36), *_TOTAL_COLUMNS), header, heading=f"Donations {title.lower()}")
    for row in rows:
        table.row((row.name, row.donations, row.lines, row.pieces, row.measured, row.weight_kg))
    table.finish()
    t = data.total
    table.totals("Total", {1: t.donations, 2: t.lines, 3: t.pieces, 4: t.measured, 5: t.weight_kg})
    return table


def write_donations_report(data: DonationReport, out: str | os.PathLike[str], *, progress: Progress | None = None) -> Path:
    """Write the report to ``out`` (atomically): sheets "By donor", "By category", "Lines"."""
    with atomic_output(out) as temp, streamed_workbook(temp) as wb:
        by_donor = _totals_sheet(wb, None, "By donor", "Donor", data.by_donor, data)
        _totals_sheet(wb, by_donor.styles, "By category", "Category", data.by_category, data)
        lines = Table(wb, by_donor.styles, "Lines", LINE_COLUMNS, [("From", data.date_from), ("To", data.date_to)],
                      heading="Donations received")
        total = len(data.lines)
        for line in data.lines:
            lines.row((line.received_at.date(), line.donation, line.donor, line.item, line.category, line.quantity,
                       line.unit, line.weight_kg, line.expiry, line.lot_code))
            if lines.rows % 1000 == 0:
                report(progress, lines.rows, total)
        lines.finish()
        lines.totals(f"Total: {total} lines", {7: data.total.weight_kg})
        report(progress, total, total)
        return Path(out)
