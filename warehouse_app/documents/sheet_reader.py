"""Read a donor's or a manager's spreadsheet (.xlsx or .csv) into rows of text by column name.

Files arrive as people make them: Excel workbooks, or CSV saved by a Polish Excel
(semicolons, UTF-8 with a BOM, or Windows-1250 without), headers in Polish, English or
Ukrainian, under title rows, or from another system. The header row is found among the
first twenty rows and each of its columns matched to a field (``nazwa``, ``name`` and
``назва`` all become ``name``; other systems' headers, a remembered mapping and the
user's ``--map`` too: ``sheet_columns``); unknown columns are kept under their normalised
titles and listed, never dropped.
Every value comes back as text (numbers without a spurious ".0", dates as YYYY-MM-DD),
because the importers validate text the same way whatever the file was; each row also
carries its line in the file under ``LINE`` for the error messages.
"""

from __future__ import annotations

import csv
import io
import itertools
import os
import zipfile
from collections.abc import Callable, Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from warehouse_app.documents import sheet_columns
from warehouse_app.documents.sheet_columns import SAVED, UNKNOWN, Column, normalise_header
from warehouse_app.documents.text_encoding import LABELS, decode, sample_of
from warehouse_app.kernel.errors import BadInput, NotFound
from warehouse_app.kernel.paths import check_path

LINE = "_line"
MAX_ROWS = 100_000

_ALIASES: dict[str, tuple[str, ...]] = {
    "name": ("name", "item", "item name", "nazwa", "nazwa towaru", "towar", "produkt", "artykuł", "nazwa produktu",
             "nazwa artykułu", "назва", "назва товару",
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
    "barcode": ("barcode", "barcodes", "ean", "gtin", "ean13", "ean 13", "kod ean", "kod ean13", "upc", "kod kreskowy", "kody kreskowe", "штрихкод",
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
    "quantity": ("quantity", "qty", "amount", "count", "ilość", "liczba", "sztuk", "кількість", "ile", "ile sztuk",
                 "liczba sztuk", "ilość sztuk", "ilość szt", "szt", "liczba szt", "к-сть", "кількість штук",
                 "кількість шт"),
    "expiry": ("expiry", "expiry date", "best before", "use by", "data ważności", "termin ważności", "ważne do",
               "termin", "data przydatności", "najlepiej spożyć przed",
               "термін придатності", "придатний до"),
    "lot": ("lot", "lot code", "batch", "partia", "numer partii", "seria", "партія"),
    "donor": ("donor", "darczyńca", "ofiarodawca", "донор", "благодійник"),
}


_CANONICAL = {normalise_header(alias): name for name, aliases in _ALIASES.items() for alias in (name, *aliases)}


def canonical_header(text: str) -> str:
    key = normalise_header(text)
    return _CANONICAL.get(key, key)


def cell_text(value: object) -> str:
    """A cell's value as the text a person would type for it."""
    if value.__class__ is str:  # most cells: the shared strings
        return value.strip()
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
Body = list[tuple[int, list[str]]]  # the rows under the header: (line in the file, cell texts)


@dataclass(frozen=True)
class _Table:
    header_line: int
    header: list[str]
    found: bool  # the header row names at least one column we (or another system) know
    body: Body


def _header_words(given: Iterable[str] = ()) -> frozenset[str]:
    """Every normalised header that says a row is the header row: ours, other systems', the user's."""
    return frozenset(_CANONICAL).union(*(s.headers for s in sheet_columns.known_systems()), given)


def _split_header(rows: Iterable[tuple[int, list[str]]], given: Iterable[str] = ()) -> _Table:
    """The header row and the rows under it. The header is the row, among the first twenty
    non-empty ones, that names the most known columns (title rows, a date and blank lines
    above it are skipped); when none names any, the first of the fullest rows (a merged
    title cell fills one cell) is taken, and the table says it was not found."""
    source = iter(rows)
    first: list[tuple[int, list[str]]] = []
    for line, cells in source:
        if any(cells):
            first.append((line, cells))
            if len(first) >= HEADER_SEARCH_ROWS:
                break
    if not first:
        raise BadInput("The file is empty: it needs a header row and rows below it.")
    words = _header_words(given)
    scores = [sum(1 for cell in cells if cell and normalise_header(cell) in words) for _line, cells in first]
    found = max(scores) > 0
    if not found:
        scores = [sum(1 for cell in cells if cell) for _line, cells in first]
    at = scores.index(max(scores))
    body: Body = []
    for line, cells in itertools.chain(first[at + 1:], source):
        if not any(cells):
            continue
        if len(body) >= MAX_ROWS:
            raise BadInput("The file has more than {n} rows; split it.", n=MAX_ROWS)
        body.append((line, cells))
    return _Table(first[at][0], first[at][1], found, body)


def _build_rows(body: Body, columns: Sequence[Column]) -> list[dict[str, str]]:
    """Each row as text by column: a field's values under the field, the others under their
    normalised title; where two columns land on one key, the first non-empty value counts."""
    keys = [c.row_key for c in columns]
    width = len(keys)
    unique = len(set(keys)) == width
    out: list[dict[str, str]] = []
    for line, cells in body:
        if unique and len(cells) <= width:  # the usual row: one key per cell, built in C
            row = dict(zip(keys, cells))
            row[LINE] = str(line)
            out.append(row)
            continue
        row = {LINE: str(line)}
        for index, value in enumerate(cells):
            key = keys[index] if index < width else f"column {index + 1}"
            if value or key not in row:
                row[key] = value
        out.append(row)
    return out


def _xlsx_rows(path: Path, *, direct: bool = True, sheet: str | None = None) -> list[dict[str, str]]:
    """The rows of a workbook, each column under what our own names make of it (the tests
    compare the direct reading with openpyxl's by it)."""
    table = _xlsx_read(path, direct=direct, sheet=sheet)[0]
    return _build_rows(table.body, sheet_columns.match_columns(table.header, _CANONICAL)[0])


def _xlsx_read(path: Path, *, direct: bool = True, sheet: str | None = None,
               given: Iterable[str] = ()) -> tuple[_Table, str]:
    """The header and rows of the sheet the user sees, and its name. ``direct``: the cells read by
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
            return _split_header(fast, given), ws.title
        return _split_header(
            ((line, [cell_text(v) for v in values]) for line, values in enumerate(ws.iter_rows(values_only=True), 1)),
            given), ws.title
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
            found: list[tuple[int, str]] = []
            column = 0
            for cell in row:
                ref = cell.get("r")
                column = (_COLUMNS.get(ref.rstrip(_DIGITS)) or _column(ref)) if ref else column + 1
                kind = cell.get("t")  # most cells are text: read here, without _cell_value's round
                if kind == "s":  # a shared string (Excel)
                    index = cell.findtext(_VALUE)
                    found.append((column, shared[int(index)].strip() if index else ""))
                    continue
                if kind == "inlineStr" and len(cell) == 1 and cell[0].tag == _INLINE and len(cell[0]) == 1 \
                        and cell[0][0].tag == _TEXT:
                    found.append((column, (cell[0][0].text or "").strip()))  # <is><t>text</t></is> (openpyxl)
                    continue
                value = _cell_value(cell, shared, epoch, dates, durations)
                found.append((column, "" if value is None else cell_text(value)))  # an empty cell's text at once
            wide = width or (found[-1][0] if found else 0)
            cells = [""] * wide  # padded to the sheet's width, as openpyxl pads with None
            for column, text in found:
                if column <= wide:
                    cells[column - 1] = text
            row.clear(keep_tail=True)
            while row.getprevious() is not None:  # what has been read goes, as in openpyxl
                del row.getparent()[0]
            yield line, cells


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
    short sample of the text, so the user sees that it is what they meant to import; the
    header row taken and what each of its columns became (``sheet_columns``)."""

    rows: list[dict[str, str]]
    sheet: str | None = None
    encoding: str | None = None  # a key of text_encoding.LABELS
    sample: str = ""
    header_line: int | None = None  # the line of the header row taken
    titles_known: bool = True  # False: no row names a known column; the fullest first row was taken
    columns: tuple[Column, ...] = ()
    system: str | None = None  # the other system whose sheet this is, by its headers ("Odoo")
    signature: str = ""  # what a mapping for these headers is remembered by
    body: Body = field(default_factory=list, repr=False, compare=False)
    saved: dict[str, str] = field(default_factory=dict, repr=False, compare=False)
    given: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    @property
    def encoding_label(self) -> str:
        return LABELS.get(self.encoding, self.encoding) if self.encoding else ""

    @property
    def header_found(self) -> bool:
        """The header row was recognised by its titles, or the user (now or before) said what its columns are."""
        return self.titles_known or any(c.field for c in self.columns)

    @property
    def unknown(self) -> tuple[Column, ...]:
        """The columns no name, system, mapping or user choice says anything about."""
        return tuple(c for c in self.columns if c.how == UNKNOWN)

    def chosen(self) -> dict[str, str]:
        """The mapping to remember for these headers: the user's choices and what was remembered."""
        return {c.key: c.field or "" for c in self.columns if c.how in (SAVED, sheet_columns.GIVEN)}

    def note(self) -> str:
        """One English line, as the CLI prints it before the rows."""
        parts = [f"Read sheet '{self.sheet}'"] if self.sheet is not None else []
        if self.encoding:
            parts.append(f"encoding {self.encoding_label}")
        if self.sample:
            parts.append(f"sample: {self.sample}")
        return " \u00b7 ".join(parts) if parts else ""

    def remap(self, given: Mapping[str, str] | None = None, saved: Mapping[str, str] | None = None) -> SheetRead:
        """The same sheet with its columns matched again: ``given`` (normalised header ->
        field or IGNORE: the user's say now) over ``saved`` (what was remembered for these
        headers); None keeps what the sheet was read with."""
        given = dict(self.given if given is None else given)
        saved = dict(self.saved if saved is None else saved)
        columns, system = sheet_columns.match_columns([c.header for c in self.columns], _CANONICAL, saved=saved,
                                                      given=given)
        rows = _build_rows(self.body, columns)
        return replace(self, rows=rows, columns=columns, system=system.name if system else None, saved=saved,
                       given=given, sample=self.sample if self.encoding else _rows_sample(rows))

    def header_note(self) -> str:
        """One English line: the header row taken (or that none was found) and the system recognised."""
        if not self.header_found:
            return (f"No header found: no row among the first {HEADER_SEARCH_ROWS} names a column the import knows; "
                    f"row {self.header_line} was taken as the header.")
        system = f" (a {self.system} sheet)" if self.system else ""
        return f"Header: row {self.header_line}{system}."

    def columns_note(self) -> str:
        """One English line: each column and the field it fills, or why it is not imported."""
        parts = []
        for c in self.columns:
            title = f"{c.letter} {c.header}".strip()
            parts.append(f"{title} -> {c.field}" if c.field else f"{title}: not imported ({c.how})")
        return "Columns: " + " \u00b7 ".join(parts)


def check_header(read: SheetRead, file: str) -> None:
    """Refuse a sheet none of whose columns the import can use (no header was found, or its
    titles are all unknown, and the user has not said which column is which): one sentence,
    naming the row taken and its titles, instead of every row refused."""
    if not any(c.field for c in read.columns):
        titles = [c.header or c.letter for c in read.columns]
        raise BadInput("No column of {file} is one the import reads (name, barcode, quantity…): row {line} was taken "
                       "as the column titles ({titles}); say which column is which, e.g. --map \"{example}=name\".",
                       file=file, line=read.header_line, titles=", ".join(titles[:12]),
                       example=titles[0] if titles else "A")


FIELDS = tuple(_ALIASES)  # the fields the importers read, as a mapping names them


def parse_map(texts: Iterable[str]) -> list[tuple[str, str]]:
    """``--map`` options ("Nazwa=name", "C=barcode", "Uwagi=ignore") as (column, field) pairs."""
    return sheet_columns.parse_mapping(texts, _CANONICAL)


def _csv_table(path: Path, encoding: str | None, given: Iterable[str]) -> tuple[_Table, str, str]:
    """The header and rows of a CSV file, the encoding it was read in, and a sample of its text."""
    decoded = decode(path.read_bytes(), path.name, encoding)
    text = decoded.text.replace("\x00", "")
    delimiters = (";", ",", "\t")
    first = next((line for line in text.splitlines() if any(d in line for d in delimiters)), "")  # not a title line
    delimiter = max(delimiters, key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        table = _split_header(((reader.line_num, [c.strip() for c in cells]) for cells in reader), given)
    except csv.Error as exc:
        raise BadInput("{file} is not a CSV file that can be read ({why}).", file=path.name, why=exc) from None
    return table, decoded.encoding, sample_of(text)


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


Remembered = Callable[[str], Mapping[str, str]]  # a header signature -> the mapping remembered for it


def read_sheet(path: str | os.PathLike[str], *, sheet: str | None = None, encoding: str | None = None,
               mapping: Iterable[tuple[str, str]] = (), remembered: Remembered | None = None) -> SheetRead:
    """The rows under the header row, keyed by field (or, for the columns not imported, by
    their normalised titles), plus ``LINE``; with the sheet or encoding they were read in,
    the header row and its columns. ``sheet`` picks a visible sheet of a workbook by name;
    ``encoding`` (cp1250, cp1251, utf-8, utf-16) forces a CSV file's encoding; ``mapping``
    (``sheet_columns.parse_mapping``'s pairs) says which column is which, over what
    ``remembered`` answers for these headers and over the names the columns are known by."""
    source = check_path(path)
    if not source.is_file():
        raise NotFound("There is no file {file}.", file=str(source))
    pairs = list(mapping)
    given = [normalise_header(name) for name, _field in pairs]
    suffix = source.suffix.lower()
    sample = ""
    if suffix in (".xlsx", ".xlsm"):
        table, title = _xlsx_read(source, sheet=sheet, given=given)
        read = SheetRead([], sheet=title)
    elif suffix in (".csv", ".txt"):
        table, code, sample = _csv_table(source, encoding, given)
        read = SheetRead([], encoding=code, sample=sample)
    else:
        raise BadInput("{file}: only .xlsx and .csv files can be imported.", file=source.name)
    keys = [sheet_columns.column_key(i, h) for i, h in enumerate(table.header)]
    stamp = sheet_columns.signature(keys)
    columns = tuple(Column(i, h.strip(), k, None, UNKNOWN) for i, (h, k) in enumerate(zip(table.header, keys, strict=True)))
    read = replace(read, header_line=table.header_line, titles_known=table.found, columns=columns, signature=stamp,
                   body=table.body, sample=sample)
    saved = dict(remembered(stamp)) if remembered is not None else {}
    return read.remap(sheet_columns.resolve_mapping(pairs, table.header), saved)


def read_rows(path: str | os.PathLike[str], *, sheet: str | None = None,
              encoding: str | None = None) -> list[dict[str, str]]:
    """``read_sheet``'s rows alone."""
    return read_sheet(path, sheet=sheet, encoding=encoding).rows
