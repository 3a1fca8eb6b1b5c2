"""The stock sheet managers hand on: every item, lot and place, and a summary by category.

Written in openpyxl's write-only mode from ``core.stock_export.StockSheetData``, whose
rows stream from the database, so 50,000 rows take seconds and little memory (see
bench/bench_stock_sheet.py). Items below their minimum and lots expiring within 30 or
90 days (or expired) are named in a "Flags" column and coloured.
"""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

from warehouse_app.core.reports.stock_export import EXPIRED, WITHIN_30, WITHIN_90, StockSheetData
from warehouse_app.documents.progress import Progress, atomic_output, report
from warehouse_app.documents.xlsx_table import Column, Table, streamed_workbook

NO_WEIGHT = "no unit weight: weight unknown"
STOCK_COLUMNS = (
    Column("Category", 34), Column("Item", 40), Column("Barcode", 16), Column("Lot", 14),
    Column("Expiry", 12, "date"), Column("Location", 20), Column("Quantity", 11, "qty"), Column("Unit", 7),
    Column("Weight kg", 12, "kg"), Column("Flags", 34),
)
FLAGS_COLUMN = 9
SUMMARY_COLUMNS = (
    Column("Category", 40), Column("Code", 18), Column("HS code", 10), Column("Items in stock", 10, "int"),
    Column("Quantity", 12, "qty"), Column("Weight kg", 13, "kg"), Column("Items below minimum", 11, "int"),
    Column("Expired", 11, "qty"), Column("Expiring within 30 days", 12, "qty"),
    Column("Expiring within 90 days", 12, "qty"),
)
_EXPIRY_TEXT = {EXPIRED: "expired", WITHIN_30: "expires within 30 days", WITHIN_90: "expires within 90 days"}
_EXPIRY_FILL = {EXPIRED: "red", WITHIN_30: "orange", WITHIN_90: "yellow"}
_PROGRESS_EVERY = 1_000


def write_stock_sheet(data: StockSheetData, out: str | os.PathLike[str], *, progress: Progress | None = None) -> Path:
    """Write the sheet to ``out`` (atomically); ``data.rows`` is consumed as it is written."""
    header = [("Warehouse", data.warehouse), ("Date", data.today), ("Operator", data.operator)]
    header = [(label, value) for label, value in header if value]
    with atomic_output(out) as temp, streamed_workbook(temp) as wb:
        table = Table(wb, None, "Stock", STOCK_COLUMNS, header, heading="Stock")
        total_kg = Decimal(0)
        flagged = 0
        report(progress, 0, data.row_count)
        for row in data.rows:
            flags = [_EXPIRY_TEXT[row.expiry_flag]] if row.expiry_flag else []
            if row.below_minimum:
                flags.insert(0, "below minimum")
            if row.weight_kg is None:
                flags.append(NO_WEIGHT)
            fill = _EXPIRY_FILL.get(row.expiry_flag) or ("blue" if row.below_minimum else None)
            table.row(
                (row.category, row.item, row.barcode, row.lot_code, row.expiry, row.location, row.quantity,
                 row.unit, row.weight_kg, "; ".join(flags)),
                fills={FLAGS_COLUMN: fill} if fill else None,
            )
            total_kg += row.weight_kg or 0  # the known part; the rows without are flagged
            flagged += bool(flags)
            if table.rows % _PROGRESS_EVERY == 0:
                report(progress, table.rows, max(data.row_count, table.rows))
        table.finish()
        table.totals(f"Total: {table.rows} rows", {8: total_kg, FLAGS_COLUMN: f"{flagged} flagged"})
        _write_summary(wb, table, data)
        report(progress, table.rows, table.rows)
        return Path(out)


def _write_summary(wb: Workbook, stock: Table, data: StockSheetData) -> None:
    """Per category (subtrees rolled up, indented by depth); the totals are the top level's."""
    summary = Table(wb, stock.styles, "By category", SUMMARY_COLUMNS, [("Date", data.today)], heading="Stock by category")
    sums: list[Decimal | int] = [0, Decimal(0), Decimal(0), 0, Decimal(0), Decimal(0), Decimal(0)]
    for cat in data.summary:
        figures: tuple[Decimal | int, ...] = (cat.items_in_stock, cat.quantity, cat.weight_kg, cat.below_minimum,
                                              cat.expired, cat.expiring_30d, cat.expiring_90d)
        summary.row(("    " * cat.depth + cat.category.rsplit("/", 1)[-1], cat.code, cat.hs_code or "", *figures))
        if cat.depth == 0:
            sums = [a + b for a, b in zip(sums, figures)]
    summary.finish()
    summary.totals("Total", dict(enumerate(sums, 3)))
