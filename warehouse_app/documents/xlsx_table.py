"""Streaming Excel tables shared by every xlsx writer (openpyxl write-only mode, lxml).

Why one module: the stock sheet, donations report and truck manifest all need the same
things done the same way: a few header lines (what, when, who), a bold column-title row
that stays frozen, autofilter over the data, number and date formats, widths, a totals
row, and user text that can never become a formula. openpyxl turns any string starting
with "=" into a formula and "#N/A" into an error value; ``text_cell`` forces such strings
to stay text (data type "s", with Excel's quote prefix for = + - @ so editing the cell
later does not turn it into a formula either).

Styles are made once per workbook and copied onto cells as their small style arrays:
assigning font/fill/format objects cell by cell is what makes styled openpyxl slow.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from copy import copy
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.styles.cell_style import StyleArray
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

QTY_FORMAT = "#,##0.###"
KG_FORMAT = "#,##0.000"
DATE_FORMAT = "yyyy-mm-dd"
INT_FORMAT = "#,##0"
MONEY_FORMAT = "#,##0.00"
MAX_TEXT = 32_767  # Excel's limit for one cell
_RISKY_START = ("=", "+", "-", "@", "\t", "\r")

FILLS = {  # flag colours (light, so the text stays readable when printed)
    "red": "FFC7CE",
    "orange": "FFD8A8",
    "yellow": "FFF2AB",
    "blue": "DDEBF7",
}

_SPECS: dict[str, dict[str, Any]] = {
    "title": {"font": Font(bold=True, size=14)},
    "label": {"font": Font(bold=True)},
    "head": {"font": Font(bold=True), "fill": PatternFill("solid", fgColor="D9D9D9"),
             "alignment": Alignment(wrap_text=True, vertical="top")},
    "qty": {"number_format": QTY_FORMAT},
    "kg": {"number_format": KG_FORMAT},
    "int": {"number_format": INT_FORMAT},
    "money": {"number_format": MONEY_FORMAT},
    "date": {"number_format": DATE_FORMAT},
    "total_label": {"font": Font(bold=True)},
    "total_qty": {"font": Font(bold=True), "number_format": QTY_FORMAT},
    "total_kg": {"font": Font(bold=True), "number_format": KG_FORMAT},
    "total_int": {"font": Font(bold=True), "number_format": INT_FORMAT},
    "total_money": {"font": Font(bold=True), "number_format": MONEY_FORMAT},
    **{f"fill_{name}": {"fill": PatternFill("solid", fgColor=rgb)} for name, rgb in FILLS.items()},
}


def clean_text(value: object) -> str:
    """User text as Excel can hold it: no control characters, at most 32,767 characters."""
    return ILLEGAL_CHARACTERS_RE.sub("", str(value))[:MAX_TEXT]


def _is_risky(text: str) -> bool:
    """Text openpyxl would store as a formula or an error, or Excel treat as one on edit."""
    return text.startswith(_RISKY_START) or text in ERROR_CODES


class _ReusedCell(Cell):
    """One styled cell object that carries a column's value row after row.

    Write-only mode writes an appended row out before ``append`` returns, so the cell
    is free again for the next row: no new cell, style copy or style lookup per value
    (the style id is found once here; openpyxl otherwise hashes the style per cell).
    """

    style_id = 0  # a plain attribute in place of StyleableObject's lookup property

    def __init__(self, ws: WriteOnlyWorksheet, style: Any, data_type: str) -> None:
        super().__init__(ws)  # type: ignore[call-arg]  # types-openpyxl makes row and column required
        self._style = copy(style)
        self.style_id = ws.parent._cell_styles.add(self._style)  # type: ignore[union-attr]  # openpyxl internals: not in stubs
        self.data_type = data_type

    def __repr__(self) -> str:  # openpyxl formats it into an error it then catches
        return "<cell>"

    def hold(self, value: object) -> _ReusedCell:
        self._value = value
        return self


class Styles:
    """The workbook's cell styles, each made once and copied onto cells by name."""

    def __init__(self, ws: WriteOnlyWorksheet) -> None:
        self._ws = ws
        self._arrays = {}
        for name, spec in _SPECS.items():
            probe = WriteOnlyCell(ws)
            for attr, value in spec.items():
                setattr(probe, attr, value)
            self._arrays[name] = probe._style  # type: ignore[attr-defined]  # openpyxl's private style array
            quoted = WriteOnlyCell(ws)
            quoted._style = copy(probe._style)  # type: ignore[attr-defined]  # (same)
            quoted.quotePrefix = True
            self._arrays[f"{name}+quoted"] = quoted._style  # type: ignore[attr-defined]  # (same)
        quoted = WriteOnlyCell(ws)
        quoted.quotePrefix = True
        self._arrays["quoted"] = quoted._style  # type: ignore[attr-defined]  # (same)

    def cell(self, value: object, style: str | None = None) -> Cell:
        """A cell holding a number or date, with the named style."""
        made = WriteOnlyCell(self._ws, value)  # type: ignore[arg-type]  # types-openpyxl leaves out Decimal and date
        if style is not None:
            made._style = copy(self._arrays[style])  # type: ignore[attr-defined]  # openpyxl's private style array
        return made

    def text(self, value: object, style: str | None = None) -> str | Cell:
        """User text that stays text: a plain string when openpyxl would keep it one anyway
        (the cheap path for the many ordinary names), else a cell forced to type "s"."""
        text = clean_text(value)
        risky = _is_risky(text)
        if not risky and style is None:
            return text
        made = WriteOnlyCell(self._ws)
        made._value = text  # type: ignore[attr-defined]  # set as is: the value setter would guess a type
        made.data_type = "s"
        key = (f"{style}+quoted" if style else "quoted") if risky else style
        if key is not None:
            made._style = copy(self._arrays[key])  # type: ignore[attr-defined]  # openpyxl's private style array
        return made

    def reused(self, ws: WriteOnlyWorksheet, style: str | None, data_type: str) -> _ReusedCell:
        return _ReusedCell(ws, self._arrays[style] if style else StyleArray(), data_type)


@dataclass(frozen=True)
class Column:
    """One column of a table: title, width in characters and what kind of value it holds."""

    title: str
    width: float
    kind: str = "text"  # text | qty | kg | int | money | date


PORTRAIT_WIDTH = 95  # column width units that fit across a portrait A4 page at a readable size


class Table:
    """One sheet: header lines, a frozen title row, data rows, autofilter and totals.

    Everything that Excel stores before the rows (widths, frozen pane) is set on creation;
    the autofilter, which comes after them, once the rows are known.
    """

    def __init__(
        self, wb: Workbook, styles: Styles | None, title: str, columns: Sequence[Column],
        header: Sequence[tuple[str, object]] = (), heading: str = "",
    ) -> None:
        self.ws: WriteOnlyWorksheet = wb.create_sheet(clean_text(title)[:31])
        self.styles = styles or Styles(self.ws)
        self.columns = tuple(columns)
        self._kinds = tuple(c.kind for c in self.columns)
        for index, column in enumerate(self.columns, 1):
            self.ws.column_dimensions[get_column_letter(index)].width = column.width
        self.header_rows = (1 if heading else 0) + len(header) + (1 if heading or header else 0)
        self.title_row = self.header_rows + 1
        self.ws.freeze_panes = f"A{self.title_row + 1}"
        self._page_setup(title)
        if heading:
            self.ws.append([self.styles.text(heading, "title")])
        for label, value in header:
            self.ws.append([self.styles.text(label, "label"), self._header_value(value)])
        if self.header_rows:
            self.ws.append([])
        self.ws.append([self.styles.text(c.title, "head") for c in self.columns])
        self.rows = 0
        self._reused: dict[tuple[int, str | None], _ReusedCell] = {}

    def _page_setup(self, title: str) -> None:
        """So the sheet prints as people expect: A4, as wide as one page (landscape when the
        columns are wide), the column titles repeated on every page, "page / pages" below."""
        sheet: Any = self.ws  # types-openpyxl leaves these off write-only sheets; openpyxl has them
        setup = sheet.page_setup
        setup.paperSize = "9"  # A4
        setup.orientation = "landscape" if sum(c.width for c in self.columns) > PORTRAIT_WIDTH else "portrait"
        setup.fitToWidth, setup.fitToHeight = 1, 0  # one page wide, as many pages down as it takes
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_title_rows = f"{self.title_row}:{self.title_row}"
        sheet.oddFooter.left.text = clean_text(title).replace("&", "&&")
        sheet.oddFooter.right.text = "&P / &N"

    def _header_value(self, value: object) -> object:
        if isinstance(value, (date, datetime)):
            return self.styles.cell(value, "date")
        if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
            return value
        return self.styles.text("" if value is None else value)

    def _cell(self, index: int, style: str | None, data_type: str) -> _ReusedCell:
        key = (index, style)
        cell = self._reused.get(key)
        if cell is None:
            cell = self._reused[key] = self.styles.reused(self.ws, style, data_type)
        return cell

    def row(self, values: Sequence[object], fills: dict[int, str] | None = None) -> None:
        """One data row; ``fills`` colours some cells (column index -> FILLS name).

        Ordinary text goes in as plain strings (openpyxl keeps them text); numbers, dates,
        coloured and risky text go in the column's reused styled cells."""
        out: list[object] = []
        for index, (value, kind) in enumerate(zip(values, self._kinds)):
            if value is None or value.__class__ is str and not value:
                out.append(None)
            elif kind == "text":
                text = clean_text(value)
                fill = f"fill_{fills[index]}" if fills and index in fills else None
                if _is_risky(text):
                    out.append(self._cell(index, f"{fill}+quoted" if fill else "quoted", "s").hold(text))
                else:
                    out.append(self._cell(index, fill, "s").hold(text) if fill else text)
            else:
                out.append(self._cell(index, kind, "d" if kind == "date" else "n").hold(value))
        self.ws.append(out)
        self.rows += 1

    def totals(self, label: str, values: dict[int, object]) -> None:
        """The totals row, below the filtered range so sorting leaves it at the bottom."""
        out: list[object] = [self.styles.text(label, "total_label")]
        for index in range(1, len(self.columns)):
            value = values.get(index)
            kind = self._kinds[index]
            out.append(None if value is None else self.styles.cell(value, f"total_{kind}") if kind in ("qty", "kg", "int", "money")
                       else self.styles.text(value, "total_label"))
        self.ws.append(out)

    def finish(self) -> None:
        """The autofilter over the title row and the data rows."""
        last = get_column_letter(len(self.columns))
        ref = f"A{self.title_row}:{last}{self.title_row + max(self.rows, 1)}"
        self.ws.auto_filter.ref = ref  # type: ignore[attr-defined]  # types-openpyxl: not on write-only sheets


@contextmanager
def streamed_workbook(path: Path) -> Iterator[Workbook]:
    """A write-only workbook (rows streamed to temporary files, memory flat however long
    the sheet) saved to ``path`` at the end; on an error or a cancel its temporary
    files are closed and removed instead of being left behind in the temp folder."""
    wb = Workbook(write_only=True)
    try:
        yield wb
    except BaseException:
        for ws in wb.worksheets:
            if ws._writer is not None:  # type: ignore[attr-defined]  # openpyxl's private temp-file writer
                with suppress(Exception):
                    ws.close()
                with suppress(OSError, ValueError):
                    ws._writer.cleanup()  # type: ignore[attr-defined]  # (same)
        raise
    wb.save(path)

