"""The ledger rows the History screen shows, as a spreadsheet in the user's language.

Names, places and reasons are people's text and are written as text, never formulas."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from warehouse_app.core.stock.history import LedgerRow
from warehouse_app.documents.progress import Progress, atomic_output, report
from warehouse_app.documents.xlsx_table import Column, Table, streamed_workbook
from warehouse_app.documents.xlsx_texts import say

_COLUMNS = (
    ("row_number", 9, "int"), ("time", 17, "text"), ("kind", 14, "text"), ("item", 36, "text"),
    ("expiry", 12, "date"), ("lot", 12, "text"), ("quantity", 11, "qty"), ("unit", 7, "text"),
    ("source_place", 18, "text"), ("target_place", 18, "text"), ("donation", 14, "text"), ("donor", 24, "text"),
    ("truck", 12, "text"), ("operator", 18, "text"), ("station", 14, "text"), ("reason", 30, "text"),
    ("reverses", 10, "int"), ("reversed_by", 10, "int"),
)


def write_history(rows: Sequence[LedgerRow], out: str | os.PathLike[str], *, lang: str = "en",
                  filters: str = "", progress: Progress | None = None) -> Path:
    """Write ``rows`` (newest first) to ``out`` (atomically); ``filters`` says what was chosen."""
    with atomic_output(out) as temp, streamed_workbook(temp) as wb:
        table = Table(wb, None, say("history", lang),
                      tuple(Column(say(key, lang), width, kind) for key, width, kind in _COLUMNS),
                      [(say("filters", lang), filters or say("all_rows", lang))], heading=say("history", lang))
        total = len(rows)
        for r in rows:
            table.row((r.id, r.time.astimezone().strftime("%Y-%m-%d %H:%M"), say(f"kind_{r.kind}", lang), r.item,
                       r.expiry, r.lot_code, r.quantity, r.unit, r.from_location, r.to_location, r.donation, r.donor,
                       r.truck, r.operator, r.station, r.reason, r.reverses, r.reversed_by))
            if table.rows % 1000 == 0:
                report(progress, table.rows, total)
        table.finish()
        table.totals(say("total_rows", lang, n=total), {})
        report(progress, total, total)
        return Path(out)
