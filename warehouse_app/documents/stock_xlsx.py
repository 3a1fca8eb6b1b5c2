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
from warehouse_app.documents.xlsx_texts import say

_STOCK = (
    ("category", 34, "text"), ("item", 40, "text"), ("barcode", 16, "text"), ("lot", 14, "text"),
    ("expiry", 12, "date"), ("location", 20, "text"), ("quantity", 11, "qty"), ("unit", 7, "text"),
    ("weight_kg", 12, "kg"), ("flags", 34, "text"),
)
FLAGS_COLUMN = 9
_SUMMARY = (
    ("category", 40, "text"), ("code", 18, "text"), ("hs_code", 10, "text"), ("items_in_stock", 10, "int"),
    ("quantity", 12, "qty"), ("weight_kg", 13, "kg"), ("below_minimum_count", 11, "int"), ("expired", 11, "qty"),
    ("expiring_30", 12, "qty"), ("expiring_90", 12, "qty"),
)


def _columns(spec: tuple[tuple[str, int, str], ...], lang: str) -> tuple[Column, ...]:
    return tuple(Column(say(key, lang), width, kind) for key, width, kind in spec)


STOCK_COLUMNS = _columns(_STOCK, "en")
SUMMARY_COLUMNS = _columns(_SUMMARY, "en")
_EXPIRY_TEXT = {EXPIRED: "flag_expired", WITHIN_30: "flag_30", WITHIN_90: "flag_90"}
_EXPIRY_FILL = {EXPIRED: "red", WITHIN_30: "orange", WITHIN_90: "yellow"}
_PROGRESS_EVERY = 1_000


def write_stock_sheet(data: StockSheetData, out: str | os.PathLike[str], *, progress: Progress | None = None) -> Path:
    """Write the sheet to ``out`` (atomically) in ``data.lang``; ``data.rows`` is consumed
    as it is written."""
    lang = data.lang
    header = [(say("warehouse", lang), data.warehouse), (say("date", lang), data.today),
              (say("operator", lang), data.operator)]
    header = [(label, value) for label, value in header if value]
    with atomic_output(out) as temp, streamed_workbook(temp) as wb:
        table = Table(wb, None, say("stock", lang), _columns(_STOCK, lang), header, heading=say("stock", lang))
        total_kg = Decimal(0)
        flagged = 0
        expiry_text = {flag: say(key, lang) for flag, key in _EXPIRY_TEXT.items()}
        below_minimum, no_weight = say("below_minimum", lang), say("flag_no_weight", lang)
        report(progress, 0, data.row_count)
        for row in data.rows:
            flags = [expiry_text[row.expiry_flag]] if row.expiry_flag else []
            if row.below_minimum:
                flags.insert(0, below_minimum)
            if row.weight_kg is None:
                flags.append(no_weight)
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
        table.totals(say("total_rows", lang, n=table.rows), {8: total_kg, FLAGS_COLUMN: say("flagged", lang, n=flagged)})
        _write_summary(wb, table, data)
        report(progress, table.rows, table.rows)
        return Path(out)


def _write_summary(wb: Workbook, stock: Table, data: StockSheetData) -> None:
    """Per category (subtrees rolled up, indented by depth); the totals are the top level's."""
    lang = data.lang
    summary = Table(wb, stock.styles, say("by_category", lang), _columns(_SUMMARY, lang),
                    [(say("date", lang), data.today)], heading=say("stock_by_category", lang))
    sums: list[Decimal | int] = [0, Decimal(0), Decimal(0), 0, Decimal(0), Decimal(0), Decimal(0)]
    for cat in data.summary:
        figures: tuple[Decimal | int, ...] = (cat.items_in_stock, cat.quantity, cat.weight_kg, cat.below_minimum,
                                              cat.expired, cat.expiring_30d, cat.expiring_90d)
        summary.row(("    " * cat.depth + cat.category.rsplit("/", 1)[-1], cat.code, cat.hs_code or "", *figures))
        if cat.depth == 0:
            sums = [a + b for a, b in zip(sums, figures)]
    summary.finish()
    summary.totals(say("total", lang), dict(enumerate(sums, 3)))
