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
import os
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

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


def _rows_to_dicts(rows: Iterable[tuple[int, list[str]]]) -> list[dict[str, str]]:
    header: list[str] | None = None
    out: list[dict[str, str]] = []
    for line, cells in rows:
        if not any(cells):
            continue
        if header is None:
            header = [canonical_header(c) for c in cells]
            continue
        if len(out) >= MAX_ROWS:
            raise BadInput("The file has more than {n} rows; split it.", n=MAX_ROWS)
        row = {LINE: str(line)}
        for index, value in enumerate(cells):
            key = header[index] if index < len(header) and header[index] else f"column {index + 1}"
            if value or key not in row:
                row[key] = value
        out.append(row)
    if header is None:
        raise BadInput("The file is empty: it needs a header row and rows below it.")
    return out


def _xlsx_rows(path: Path) -> list[dict[str, str]]:
    from openpyxl import load_workbook  # only when a workbook is read: not at start-up

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise BadInput("{file} is not an Excel workbook that can be read ({why}).", file=path.name, why=exc) from None
    try:
        ws = wb.worksheets[0]
        return _rows_to_dicts(
            (line, [cell_text(v) for v in values]) for line, values in enumerate(ws.iter_rows(values_only=True), 1)
        )
    finally:
        wb.close()


def _decode(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1250", errors="replace")  # what Polish Windows saves as "CSV"


def _csv_rows(path: Path) -> list[dict[str, str]]:
    text = _decode(path.read_bytes()).replace("\x00", "")
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((";", ",", "\t"), key=first.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        return _rows_to_dicts((reader.line_num, [c.strip() for c in cells]) for cells in reader)
    except csv.Error as exc:
        raise BadInput("{file} is not a CSV file that can be read ({why}).", file=path.name, why=exc) from None


def read_rows(path: str | os.PathLike[str]) -> list[dict[str, str]]:
    """The rows under the header row, keyed by canonical column names, plus ``LINE``."""
    source = check_path(path)
    if not source.is_file():
        raise NotFound("There is no file {file}.", file=str(source))
    suffix = source.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx_rows(source)
    if suffix in (".csv", ".txt"):
        return _csv_rows(source)
    raise BadInput("{file}: only .xlsx and .csv files can be imported.", file=source.name)
