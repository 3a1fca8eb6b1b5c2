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
from warehouse_app.documents.xlsx_texts import say

_TOTALS = (("donations", 11, "int"), ("lines", 9, "int"), ("pieces", 12, "qty"), ("goods_kg_l", 13, "qty"),
           ("weight_kg", 13, "kg"))
_LINES = (
    ("received", 12, "date"), ("donation", 14, "text"), ("donor", 30, "text"), ("item", 40, "text"),
    ("category", 30, "text"), ("quantity", 11, "qty"), ("unit", 7, "text"), ("weight_kg", 12, "kg"),
    ("expiry", 12, "date"), ("lot", 14, "text"),
)


def _columns(spec: tuple[tuple[str, int, str], ...], lang: str) -> tuple[Column, ...]:
    return tuple(Column(say(key, lang), width, kind) for key, width, kind in spec)


LINE_COLUMNS = _columns(_LINES, "en")


def _totals_sheet(wb: Workbook, styles: Styles | None, sheet: str, first: str, rows: tuple[ReportTotal, ...],
                  data: DonationReport, lang: str) -> Table:
    header = [(say("from", lang), data.date_from), (say("to", lang), data.date_to)]
    table = Table(wb, styles, say(f"by_{sheet}", lang), (Column(say(first, lang), 36), *_columns(_TOTALS, lang)),
                  header, heading=say(f"donations_by_{sheet}", lang))
    for row in rows:
        table.row((row.name, row.donations, row.lines, row.pieces, row.measured, row.weight_kg))
    table.finish()
    t = data.total
    table.totals(say("total", lang), {1: t.donations, 2: t.lines, 3: t.pieces, 4: t.measured, 5: t.weight_kg})
    return table


def write_donations_report(data: DonationReport, out: str | os.PathLike[str], *, lang: str = "en",
                           progress: Progress | None = None) -> Path:
    """Write the report to ``out`` (atomically) in ``lang``: sheets by donor, by category, lines."""
    with atomic_output(out) as temp, streamed_workbook(temp) as wb:
        by_donor = _totals_sheet(wb, None, "donor", "donor", data.by_donor, data, lang)
        _totals_sheet(wb, by_donor.styles, "category", "category", data.by_category, data, lang)
        lines = Table(wb, by_donor.styles, say("lines", lang), _columns(_LINES, lang),
                      [(say("from", lang), data.date_from), (say("to", lang), data.date_to)],
                      heading=say("donations_received", lang))
        total = len(data.lines)
        for line in data.lines:
            lines.row((line.received_at.date(), line.donation, line.donor, line.item, line.category, line.quantity,
                       line.unit, line.weight_kg, line.expiry, line.lot_code))
            if lines.rows % 1000 == 0:
                report(progress, lines.rows, total)
        lines.finish()
        lines.totals(say("total_lines", lang, n=total), {7: data.total.weight_kg})
        report(progress, total, total)
        return Path(out)
