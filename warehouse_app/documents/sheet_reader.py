"""Read a donor's or a manager's spreadsheet (.xlsx or .csv) into rows of text by column name.

Files arrive as people make them: Excel workbooks, or CSV saved by a Polish Excel
(semicolons, UTF-8 with a BOM, or Windows-1250 without), headers in Polish, English or
Ukrainian. Every header is normalised and mapped to one canonical name (``nazwa``,
``name`` and ``назва`` all become ``name``); unknown headers are kept, normalised.
Every value comes back as text (numbers without a spurious ".0", dates as YYYY-MM-DD),
because the importers validate text the same way whatever the file was; each row also
carries its line in the file under ``LINE`` for the error messages.
"""

from __future__ import annotations

import csv
import io
import itertools
import os
import re
import unicodedata
import zipfile
from collections.abc import Container, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from warehouse_app.documents.text_encoding import LABELS, decode, sample_of
from warehouse_app.kernel.errors import BadInput, NotFound
from warehouse_app.kernel.paths import check_path

LINE = "_line"
MAX_ROWS = 100_000

_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("name", "item", "item name", "nazwa", "nazwa towaru", "towar", "produkt", "artykuł", "назва",
             "товар", "найменування"),
    "name_uk": ("name uk", "ukrainian name", "name in ukrainian", "nazwa ukraińska", "nazwa po ukraińsku",
                "nazwa uk", "назва українською", "українська назва", "назва uk"),
    "name_en": ("name en", "english name", "name in english", "nazwa angielska", "nazwa po angielsku",
                "nazwa en", "назва англійською", "англійська назва", "назва en"),
    "hs_code": ("hs", "hs code", "cn code", "kod hs", "kod cn", "kod taryfy", "код уктзед", "код укт зед",
                "код hs"),
    "origin_country": ("origin", "country of origin", "origin country", "kraj pochodzenia", "pochodzenie",
                       "країна походження", "походження"),
    "unit_value": ("value", "unit value", "value per unit", "price", "wartość", "wartość jednostkowa", "cena",
                   "вартість", "вартість за одиницю", "ціна"),
    "value_currency": ("currency", "waluta", "валюта"),
    "category": ("category", "category code", "category path", "kategoria", "kod kategorii", "категорія"),
    "unit": ("unit", "jednostka", "jm", "j.m.", "jedn", "одиниця", "одиниця виміру", "од"),
    "barcode": ("barcode", "barcodes", "ean", "gtin", "ean13", "kod kreskowy", "kody kreskowe", "штрихкод",
                "штрих-код", "штрихкоди"),
    "case_barcode": ("case barcode", "case code", "case ean", "case gtin", "carton barcode", "outer barcode",
                     "kod kartonu", "kod zbiorczy", "ean zbiorczy", "kod opakowania zbiorczego", "штрихкод коробки",
                     "штрихкод ящика", "код коробки"),
    "pack_count": ("pack count", "pack size", "units per case", "per case", "case quantity", "case qty",
                   "items per case", "quantity per case", "w opakowaniu", "sztuk w opakowaniu", "ilość w opakowaniu",
                   "ilość w kartonie", "sztuk w kartonie", "в упаковці", "кількість в упаковці", "штук в упаковці",
                   "в коробці", "кількість в коробці", "stück pro karton", "packungsgröße"),
    "weight_kg": ("weight", "weight kg", "unit weight", "unit weight kg", "waga", "waga kg", "вага", "вага кг"),
    "tracks_expiry": ("tracks expiry", "expiry tracked", "needs expiry", "śledź ważność", "wymaga daty ważności",
                      "облік терміну"),
    "min_stock": ("min stock", "minimum stock", "minimum", "min", "stan minimalny", "мінімум",
                  "мінімальний запас"),
    "quantity": ("quantity", "qty", "amount", "count", "ilość", "liczba", "sztuk", "кількість"),
    "expiry": ("expiry", "expiry date", "best before", "use by", "data ważności", "termin ważności", "ważne do",
               "термін придатності", "придатний до"),
    "lot": ("lot", "lot code", "batch", "partia", "numer partii", "seria", "партія"),
    "donor": ("donor", "darczyńca", "ofiarodawca", "донор", "благодійник"),
}


def normalise_header(text: str) -> str:
    """Lower case, no accents (Polish ł too), punctuation and spaces collapsed."""
    folded = unicodedata.normalize("NFKD", text.casefold().replace("ł", "l"))
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w]+", " ", plain).replace("_", " ").split())


_CANONICAL = {normalise_header(alias): name for name, aliases in _ALIASES.items() for alias in (name, *aliases)}


def canonical_header(text: str) -> str:
    key = normalise_header(text)
    return _CANONICAL.get(key, key)


def cell_text(value: object) -> str:
    """A cell's value as the text a person would type for it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e16 else repr(value)
    if isinstance(value, (int, Decimal)):
        return str(value)
    return str(value).strip()


HEADER_SEARCH_ROWS = 20  # a donor's sheet may carry a title, a date and a blank line above its header
_KNOWN = frozenset(_ALIASES)


def _known_headers(cells: list[str]) -> int:
    return sum(1 for cell in cells if cell and canonical_header(cell) in _KNOWN)


def _rows_to_dicts(rows: Iterable[tuple[int, list[str]]]) -> list[dict[str, str]]:
    """The rows under the header row. The header is the row, among the first non-empty ones,
    that names the most known columns (title rows above it are skipped); when none names
    any, the first non-empty row."""
    source = iter(rows)
    first: list[tuple[int, list[str]]] = []
    for line, cells in source:
        if any(cells):
            first.append((line, cells))
            if len(first) >= HEADER_SEARCH_ROWS:
                break
    if not first:
        raise BadInput("The file is empty: it needs a header row and rows below it.")
    scores = [_known_headers(cells) for _line, cells in first]
    at = scores.index(max(scores)) if max(scores) > 0 else 0
    header = [canonical_header(c) for c in first[at][1]]
    out: list[dict[str, str]] = []
    for line, cells in itertools.chain(first[at + 1:], source):
        if not any(cells):
            continue
        if len(out) >= MAX_ROWS:
            raise BadInput("The file has more than {n} rows; split it.", n=MAX_ROWS)
        row = {LINE: str(line)}
        for index, value in enumerate(cells):
            key = header[index] if index < len(header) and header[index] else f"column {index + 1}"
            if value or key not in row:
                row[key] = value
        out.append(row)
    return out


def _xlsx_rows(path: Path, *, direct: bool = True, sheet: str | None = None) -> list[dict[str, str]]:
    return _xlsx_read(path, direct=direct, sheet=sheet)[0]


def _xlsx_read(path: Path, *, direct: bool = True, sheet: str | None = None) -> tuple[list[dict[str, str]], str]:
    """The rows of the sheet the user sees and its name. ``direct``: the cells read by
    ``_fast_sheet_rows`` where it can (False: by openpyxl alone, which the tests compare it with)."""
    from openpyxl import load_workbook  # only when a workbook is read: not at start-up

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise BadInput("{file} is not an Excel workbook that can be read ({why}).", file=path.name, why=exc) from None
    try:
        ws = _visible_sheet(wb, path.name, sheet)
        fast = _fast_sheet_rows(ws) if direct else None
        if fast is not None:
            return _rows_to_dicts(fast), ws.title
        return _rows_to_dicts(
            (line, [cell_text(v) for v in values]) for line, values in enumerate(ws.iter_rows(values_only=True), 1)
        ), ws.title
    finally:
        wb.close()


def _visible_sheet(wb: Any, file: str, name: str | None) -> Any:
    """The sheet named (if visible), else the active sheet if it is visible, else the first
    visible one: never a hidden or very hidden sheet (issue 17: a hidden first sheet of
    old data was imported instead of the one on screen)."""
    visible = [ws for ws in wb.worksheets if getattr(ws, "sheet_state", "visible") == "visible"]
    if name is not None:
        for ws in visible:
            if ws.title == name:
                return ws
        raise NotFound("{file} has no visible sheet named {sheet}; its sheets are: {sheets}.", file=file, sheet=name,
                       sheets=", ".join(ws.title for ws in visible))
    if not visible:
        raise BadInput("{file} has no visible sheet to import.", file=file)
    try:
        active = wb.active
    except (IndexError, AttributeError):
        active = None
    return active if active is not None and any(ws is active for ws in visible) else visible[0]


# ---- the sheet's XML read directly ---------------------------------------------------------------
# openpyxl's read-only rows cost ~100 µs a row of a dozen cells (a dict and a regex per cell,
# the stdlib parser): most of a 20,000-row preview. The workbook is still opened by openpyxl
# (shared strings, which styles are dates, the date system, the sheet's size); only the
# cells are read here, with lxml, turned into values exactly as openpyxl's read-only
# parser does (``WorkSheetParser.parse_cell`` with data_only) and padded to the sheet's
# width as ``ReadOnlyWorksheet._get_row``. A workbook without what this needs (no size
# in the sheet) is read by openpyxl itself. tests/documents/test_sheet_reader.py compares
# both on generated workbooks.

_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _VALUE, _INLINE, _TEXT, _RUN = f"{_MAIN}row", f"{_MAIN}v", f"{_MAIN}is", f"{_MAIN}t", f"{_MAIN}r"


_COLUMNS: dict[str, int] = {}  # "AB" -> 28
_DIGITS = "0123456789"


def _column(ref: str) -> int:
    """The column number of a cell reference such as "AB12" (28)."""
    letters = ref.rstrip(_DIGITS)
    number = _COLUMNS.get(letters)
    if number is None:
        number = 0
        for ch in letters:
            number = number * 26 + (ord(ch.upper()) - 64)
        _COLUMNS[letters] = number
    return number


def _fast_sheet_rows(ws: Any) -> Iterator[tuple[int, list[str]]] | None:
    """The sheet's rows as (line, cell texts), or None where openpyxl must read it itself."""
    try:
        source = ws.parent._archive.open(ws._worksheet_path)
        width, height = ws.max_column, ws.max_row
        shared, epoch = ws._shared_strings, ws.parent.epoch
        dates, durations = ws.parent._date_formats, ws.parent._timedelta_formats
    except (AttributeError, KeyError):
        return None
    if not isinstance(width, int | None) or not isinstance(height, int | None):
        source.close()
        return None
    return _sheet_rows(source, width, height, shared, epoch, dates, durations)


def _sheet_rows(source: IO[bytes], width: int | None, height: int | None, shared: Sequence[str], epoch: datetime,
                dates: Container[int], durations: Container[int]) -> Iterator[tuple[int, list[str]]]:
    """A sheet without its size (as openpyxl's write-only mode saves it) gives each row as
    wide as its last cell and reads to the end, as openpyxl does."""
    with source:
        from lxml import etree  # type: ignore[import-untyped]  # no stubs; used for iterparse alone

        parser = etree.iterparse(source, events=("end",), tag=_ROW, resolve_entities=False, no_network=True)
        line = 0
        for _, row in parser:
            number = row.get("r")
            line = int(float(number)) if number else line + 1
            if height is not None and line > height:
                break
            found: list[tuple[int, object]] = []
            column = 0
            for cell in row:
                ref = cell.get("r")
                column = _column(ref) if ref else column + 1
                found.append((column, _cell_value(cell, shared, epoch, dates, durations)))
            wide = width or (found[-1][0] if found else 0)
            cells: list[object] = [None] * wide
            for column, value in found:
                if column <= wide:
                    cells[column - 1] = value
            row.clear(keep_tail=True)
            while row.getprevious() is not None:  # what has been read goes, as in openpyxl
                del row.getparent()[0]
            yield line, [cell_text(v) for v in cells]


def _cell_value(cell: Any, shared: Sequence[str], epoch: datetime, dates: Container[int],
                durations: Container[int]) -> object:
    """openpyxl's ``WorkSheetParser.parse_cell`` (data_only) for one ``<c>`` element."""
    kind = cell.get("t", "n")
    if kind == "inlineStr":
        inline = cell.find(_INLINE)
        if inline is None:
            return None
        if len(inline) == 1 and inline[0].tag == _TEXT:  # the usual <is><t>text</t></is>
            return inline[0].text or ""
        plain = inline.findtext(_TEXT)
        return "".join([plain] if plain is not None else []) + "".join(
            t for run in inline.iterfind(_RUN) if (t := run.findtext(_TEXT)) is not None)
    text = cell.findtext(_VALUE) or None
    if text is None:
        return None
    if kind == "n":
        number: int | float = float(text) if ("." in text or "E" in text or "e" in text) else int(text)
        style = int(cell.get("s") or 0)
        if style in dates:
            from openpyxl.utils.datetime import from_excel

            try:
                return from_excel(number, epoch, timedelta=style in durations)
            except (OverflowError, ValueError):
                return "#VALUE!"
        return number
    if kind == "s":
        return shared[int(text)]
    if kind == "b":
        return bool(int(text))
    if kind == "d":
        from openpyxl.utils.datetime import from_ISO8601

        return from_ISO8601(text)  # type: ignore[no-untyped-call]  # openpyxl leaves it untyped
    return text  # "str" (a formula's text), "e" (an error such as #N/A)


@dataclass(frozen=True)
class SheetRead:
    """What was read, and how: the rows, the sheet (xlsx) or the encoding (csv) used, and a
    short sample of the text, so the user sees that it is what they meant to import."""

    rows: list[dict[str, str]]
    sheet: str | None = None
    encoding: str | None = None  # a key of text_encoding.LABELS
    sample: str = ""

    @property
    def encoding_label(self) -> str:
        return LABELS.get(self.encoding, self.encoding) if self.encoding else ""

    def note(self) -> str:
        """One English line, as the CLI prints it before the rows."""
        parts = [f"Read sheet '{self.sheet}'"] if self.sheet is not None else []
        if self.encoding:
            parts.append(f"encoding {self.encoding_label}")
        if self.sample:
            parts.append(f"sample: {self.sample}")
        return " \u00b7 ".join(parts) if parts else ""


def _csv_rows(path: Path, encoding: str | None = None) -> SheetRead:
    decoded = decode(path.read_bytes(), path.name, encoding)
    text = decoded.text.replace("\x00", "")
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((";", ",", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        rows = _rows_to_dicts((reader.line_num, [c.strip() for c in cells]) for cells in reader)
    except csv.Error as exc:
        raise BadInput("{file} is not a CSV file that can be read ({why}).", file=path.name, why=exc) from None
    return SheetRead(rows, encoding=decoded.encoding, sample=sample_of(text))


def _rows_sample(rows: list[dict[str, str]], limit: int = 3) -> str:
    """The first names (else the first words in any column), for the user to recognise."""
    values: list[str] = []
    for only_names in (True, False):
        for row in rows[:50]:
            for key in (("name",) if only_names else tuple(k for k in row if k != LINE)):
                value = row.get(key, "")
                if any(ch.isalpha() for ch in value) and value[:40] not in values:
                    values.append(value[:40])
        if values:
            break
    return ", ".join(values[:limit]) + ("\u2026" if len(values) > limit else "")


def read_sheet(path: str | os.PathLike[str], *, sheet: str | None = None, encoding: str | None = None) -> SheetRead:
    """The rows under the header row, keyed by canonical column names, plus ``LINE``; with
    the sheet or encoding they were read in. ``sheet`` picks a visible sheet of a workbook
    by name; ``encoding`` (cp1250, cp1251, utf-8, utf-16) forces a CSV file's encoding."""
    source = check_path(path)
    if not source.is_file():
        raise NotFound("There is no file {file}.", file=str(source))
    suffix = source.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        rows, title = _xlsx_read(source, sheet=sheet)
        return SheetRead(rows, sheet=title, sample=_rows_sample(rows))
    if suffix in (".csv", ".txt"):
        return _csv_rows(source, encoding)
    raise BadInput("{file}: only .xlsx and .csv files can be imported.", file=source.name)


def read_rows(path: str | os.PathLike[str], *, sheet: str | None = None,
              encoding: str | None = None) -> list[dict[str, str]]:
    """``read_sheet``'s rows alone."""
    return read_sheet(path, sheet=sheet, encoding=encoding).rows
