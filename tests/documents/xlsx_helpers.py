"""Reading written workbooks back with openpyxl (normal mode: an independent reader path)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import openpyxl
from openpyxl.worksheet.worksheet import Worksheet

INJECTIONS = ('=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(1)", "-2+3", "#N/A", "=1+1")


def load(path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(path)


def find_row(ws: Worksheet, first: str) -> int:
    """The row whose first cell is ``first`` (the column-title row, a totals row...)."""
    for row in ws.iter_rows(min_col=1, max_col=1):
        if row[0].value == first:
            return row[0].row
    raise AssertionError(f"no row starting {first!r} in {ws.title}")


def table(ws: Worksheet, title_row: int) -> tuple[list[str], list[list[Any]]]:
    """The titles and the data cells under them, down to an empty or totals row."""
    titles = [c.value for c in ws[title_row] if c.value is not None]
    rows = []
    for row in ws.iter_rows(min_row=title_row + 1, max_col=len(titles)):
        if all(c.value is None for c in row) or str(row[0].value).startswith("Total"):
            break
        rows.append(list(row))
    return titles, rows


def assert_table_layout(ws: Worksheet, title_row: int, n_columns: int, n_rows: int) -> None:
    last = openpyxl.utils.get_column_letter(n_columns)
    assert ws.freeze_panes == f"A{title_row + 1}"
    assert ws.auto_filter.ref == f"A{title_row}:{last}{title_row + n_rows}"
    assert all(ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width > 5 for i in range(1, n_columns + 1))
    assert all(c.font.b for c in ws[title_row][:n_columns])
    # it prints: A4, one page wide (landscape when wide), titles repeated, "page / pages" below
    widths = sum(ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width for i in range(1, n_columns + 1))
    assert int(ws.page_setup.paperSize) == 9 and (ws.page_setup.fitToWidth, ws.page_setup.fitToHeight) == (1, 0)
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.orientation == ("landscape" if widths > 95 else "portrait")
    assert ws.print_title_rows == f"${title_row}:${title_row}"
    assert ws.oddFooter.right.text == "&P / &N" and ws.oddFooter.left.text
