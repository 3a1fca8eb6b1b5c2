"""Import the catalogue or a donation list from a spreadsheet, all or nothing.

A file from outside is checked row by row first (``preview_*``): each row gets the one
sentence that says what is wrong with it (unknown category, wrong check digit, barcode
already on another item, not a number, not a date, unknown item), and nothing is
written. ``import_*`` refuses while any row is wrong unless told to skip those rows,
then writes the valid rows in the caller's one transaction: the items, or one donation
whose lines, checked by the rule functions ``receive`` checks a scan with, are received
through ``core.ledger.transfer`` into the receiving zone (so the ledger, stock levels,
provenance and running totals are kept exactly as for a scan).

Rows are dicts of text keyed by the canonical column names of ``documents.sheet_reader``
(``name``, ``category``, ``unit``, ``barcode``, ``weight_kg``, ``tracks_expiry``,
``min_stock``, ``name_uk``, ``name_en``, ``hs_code``, ``origin_country``, ``unit_value``,
``value_currency``; ``quantity``, ``expiry``, ``lot``, ``donor``) with the file line under
``_line``.

A sheet of 30,000 rows is checked and written in seconds: what the rows name is read
beforehand for the whole sheet in a few IN queries (barcodes and their items, chunked
under SQLite's variable limit), categories are resolved once per distinct text, and new
items go in with multi-row INSERTs (``catalogue.add_items``), still through the same
rule functions a single item or scan uses. ``progress(done, total)`` hears how far the
work is (checking is the first half of an import, writing the second) and stops it by
answering False: ``ImportCancelled`` is raised, and the caller's transaction rolls
everything back.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from warehouse_app.core.access import roles
from warehouse_app.core.catalogue import barcodes, instore
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.catalogue.categories import CategoryInfo, resolve_category
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.donations import close_donation, open_donation
from warehouse_app.core.intake.receiving import refuse_expired
from warehouse_app.core.ledger import get_or_create_lot, transfer
from warehouse_app.core.quantities import check_unit, parse_count, parse_date, parse_quantity, parse_weight
from warehouse_app.core.stock.locations import receive_location
from warehouse_app.kernel.errors import BadInput, Notice, WarehouseError

LINE = "_line"
T = TypeVar("T")
_YES = {"yes", "y", "true", "1", "x", "tak", "t", "так", "+"}
_NO = {"no", "n", "false", "0", "nie", "ні", "-", ""}
_BARCODE_SPLIT = re.compile(r"[\s,;|]+")
_UNIT_WORDS = {  # how Polish and Ukrainian sheets write the units
    "szt": "pcs", "sztuk": "pcs", "sztuki": "pcs", "шт": "pcs", "кг": "kg", "л": "l", "litr": "l",
    "opak": "pack", "opakowanie": "pack", "уп": "pack", "para": "pair", "pary": "pair", "пара": "pair",
    "kpl": "set", "komplet": "set", "zestaw": "set", "компл": "set", "набір": "set",
}


Progress = Callable[[int, int], bool]  # (done, total) -> go on?
_EVERY = 200  # rows between progress reports


class ImportCancelled(WarehouseError):
    """The user stopped the import (or its preview): the transaction rolls back."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was imported.")


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ImportCancelled()


def _unit(text: str) -> str:
    word = text.strip().casefold().rstrip(".")
    return check_unit(_UNIT_WORDS.get(word, word) or "pcs")


@dataclass(frozen=True)
class PreviewRow:
    line: int  # the line in the file (the header is line 1)
    values: dict[str, str]
    error: str | None


@dataclass(frozen=True)
class ImportPreview:
    rows: tuple[PreviewRow, ...]
    valid: int
    invalid: int


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped: int
    donation: str | None = None  # the donation number a donation list went into


def _text(row: Mapping[str, Any], key: str) -> str:
    value = row.get(key)
    if value.__class__ is str:  # a sheet's cells: read as text already
        return str(value).strip()
    return "" if value is None else str(value).strip()


def _line(row: Mapping[str, Any], index: int) -> int:
    text = _text(row, LINE)
    return int(text) if text.isdecimal() else index + 2


def _flag(text: str) -> bool:
    value = text.strip().casefold()
    if value in _YES:
        return True
    if value in _NO:
        return False
    raise BadInput("“{value}” is not yes or no.", value=text)


# ---- items -------------------------------------------------------------------------------


class _Catalogue:
    """What the rows of one sheet name, read once for the whole sheet."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.owners: dict[str, str] = {}  # barcode (GTIN-14) -> the item it is on
        self.targets: catalogue.Targets = {}
        self._categories: dict[str, CategoryInfo | WarehouseError] = {}
        self._items: dict[str, catalogue.ItemInfo | WarehouseError] = {}

    def item(self, ref: str) -> catalogue.ItemInfo:
        """``find_item``, once per distinct text (its error too)."""
        return _once(self._items, ref, lambda: catalogue.find_item(self.session, ref))

    def category(self, ref: str) -> CategoryInfo:
        """``resolve_category``, once per distinct text (its error too)."""
        return _once(self._categories, ref, lambda: resolve_category(self.session, ref))


def _once(answers: dict[str, T | WarehouseError], ref: str, find: Callable[[], T]) -> T:
    """``find()``'s answer for ``ref``, remembered; a remembered error is raised again."""
    found = answers.get(ref)
    if found is None:
        try:
            found = find()
        except WarehouseError as exc:
            found = exc
        answers[ref] = found
    if isinstance(found, WarehouseError):
        raise found.with_traceback(None)  # the same sentence for every row that names it
    return found


def _gtins(texts: Iterable[str]) -> list[str]:
    """The valid GTINs among these barcode texts (the wrong ones get their sentence later)."""
    found = []
    for code in texts:
        try:
            found.append(barcodes.normalise_gtin(code))
        except BadInput:
            pass
    return found


def _item_codes(row: Mapping[str, Any]) -> list[str]:
    return [c for c in _BARCODE_SPLIT.split(_text(row, "barcode")) if c]


def _item_fields(known: _Catalogue, row: Mapping[str, Any], seen: dict[str, int], line: int) -> catalogue.NewItem:
    """The add_item arguments for one row; raises the row's error. ``seen`` holds the
    barcodes of earlier rows, so a file cannot give one barcode to two items."""
    name = catalogue.clean_name(_text(row, "name"))
    if not _text(row, "category"):
        raise BadInput("The category is missing.")
    category = known.category(_text(row, "category"))
    unit = _unit(_text(row, "unit"))
    gtins = [barcodes.normalise_gtin(code) for code in _item_codes(row)]
    if len(set(gtins)) != len(gtins):
        raise BadInput("The same barcode is given twice.")
    for gtin in gtins:
        if gtin in seen:
            raise BadInput("The barcode {code} is also on line {line}.", code=barcodes.display_gtin(gtin), line=seen[gtin])
        owner = known.owners.get(gtin)
        if owner is not None:
            raise BadInput("The barcode {code} already belongs to {item}.", code=barcodes.display_gtin(gtin), item=owner)
    weight = _text(row, "weight_kg")
    minimum = _text(row, "min_stock")
    fields: catalogue.NewItem = {
        "name": name, "category": category.code, "unit": unit, "barcodes_": gtins,
        "unit_weight_kg": parse_weight(weight) if weight else None,
        "tracks_expiry": _flag(_text(row, "tracks_expiry")),
        "min_stock": parse_count(minimum, unit) if minimum else None,
        "name_uk": catalogue.clean_other_name(_text(row, "name_uk")),
        "name_en": catalogue.clean_other_name(_text(row, "name_en")),
        "hs_code": catalogue.clean_hs_code(_text(row, "hs_code")),
        "origin_country": catalogue.clean_country(_text(row, "origin_country")),
    }
    fields["unit_value"], fields["value_currency"] = catalogue.clean_value(
        _text(row, "unit_value"), _text(row, "value_currency"))
    for gtin in gtins:
        seen[gtin] = line
    return fields


def _check_all(
    rows: Sequence[Mapping[str, Any]], check: Callable[[Mapping[str, Any], int], T],
    progress: Progress | None = None, total: int | None = None,
) -> tuple[ImportPreview, list[T]]:
    """Run ``check`` on every row; the preview, and what it made of each valid row.
    Progress is reported as rows checked of ``total`` (default: the rows)."""
    preview: list[PreviewRow] = []
    made: list[T] = []
    whole = len(rows) if total is None else total
    for index, row in enumerate(rows):
        if index % _EVERY == 0:
            _report(progress, index, whole)
        line = _line(row, index)
        values = {k: v.strip() if v.__class__ is str else _text(row, k) for k, v in row.items() if k != LINE}
        try:
            made.append(check(row, line))
            preview.append(PreviewRow(line, values, None))
        except WarehouseError as exc:  # as a Notice: English text that the GUI still translates
            preview.append(PreviewRow(line, values, Notice(exc.template, **exc.params)))
    _report(progress, len(rows), whole)
    invalid = sum(1 for p in preview if p.error)
    return ImportPreview(tuple(preview), len(preview) - invalid, invalid), made


def _refuse_unless_valid(preview: ImportPreview, skip_invalid: bool) -> None:
    if not preview.rows:
        raise BadInput("The file has no rows to import.")
    if preview.invalid and not skip_invalid:
        bad = [p for p in preview.rows if p.error][:3]
        raise BadInput(
            "{n} of {total} rows are wrong, nothing was imported: {first}.",
            n=preview.invalid, total=len(preview.rows),
            first="; ".join(f"line {p.line}: {(p.error or '').rstrip('.')}" for p in bad),
        )


def _check_items(session: Session, rows: Sequence[Mapping[str, Any]], progress: Progress | None,
                 total: int | None = None) -> tuple[ImportPreview, list[catalogue.NewItem]]:
    known = _Catalogue(session)
    known.owners = catalogue.barcode_owners(session, _gtins(c for row in rows for c in _item_codes(row)))
    seen: dict[str, int] = {}
    return _check_all(rows, lambda row, line: _item_fields(known, row, seen, line), progress, total)


def preview_items(session: Session, rows: Sequence[Mapping[str, Any]], *,
                  progress: Progress | None = None) -> ImportPreview:
    """Every row with its error (None when it would import); writes nothing."""
    return _check_items(session, rows, progress)[0]


def import_items(
    session: Session, actor: Actor, rows: Sequence[Mapping[str, Any]], *, skip_invalid: bool = False,
    progress: Progress | None = None,
) -> ImportResult:
    """Add the items of the file in the caller's transaction; refuses while rows are wrong."""
    roles.require(session, actor, roles.IMPORT)
    total = 2 * len(rows)  # checking, then writing
    preview, fields = _check_items(session, rows, progress, total)
    _refuse_unless_valid(preview, skip_invalid)
    catalogue.add_items(session, fields, lambda n: _report(progress, len(rows) + n * len(rows) // len(fields), total))
    _report(progress, total, total)
    return ImportResult(imported=len(fields), skipped=preview.invalid)


# ---- donation lists ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    item_id: int
    units: Decimal  # the quantity times the pack (and the count a GS1 code carries), as receive counts it
    expiry: date | None
    lot: str
    donor: str


def _donation_line(known: _Catalogue, row: Mapping[str, Any], allow_expired: bool) -> _Line:
    """One donation line checked as ``receive`` checks a scan (the same rule functions), and
    what it receives."""
    code, name = _text(row, "barcode"), _text(row, "name")
    if not code and not name:
        raise BadInput("Give a barcode or an item name.")
    scanned_expiry, scanned_lot = None, ""
    if code:  # a GS1 code may carry its expiry, lot, a count or a weight, as at the scanner
        scan = instore.read_goods(known.session, code)
        target, pack = catalogue.scan_target(known.session, scan, known.targets)
        item_id, unit, tracks, archived, item_name = (target.id, target.unit, target.tracks_expiry, target.archived,
                                                      target.name)
        pack, scanned_expiry, scanned_lot = barcodes.units_per_scan(scan, unit, pack), scan.expiry, scan.lot or ""
    else:
        found = known.item(name)
        item_id, unit, tracks, archived, item_name = found.id, found.unit, found.tracks_expiry, found.archived, found.name
        pack = Decimal(1)
        if not found.internal_code:
            raise BadInput("{item} has no label code to receive it by; give its barcode.", item=found.name)
    if archived:
        raise BadInput("The item on this line is archived.")
    quantity = parse_quantity(_text(row, "quantity") or "1", unit)
    units = parse_quantity(quantity * pack, unit)
    expiry_text = _text(row, "expiry")
    expiry = parse_date(expiry_text) if expiry_text else scanned_expiry
    if tracks and expiry is None:
        raise BadInput("This item needs an expiry date.")
    refuse_expired(item_name, expiry, allow_expired)
    lot = _text(row, "lot") or scanned_lot.strip()  # the lot column, else the lot (AI 10) in the code
    if len(lot) > 64:
        raise BadInput("A lot code can be at most 64 characters long.")
    return _Line(item_id, units, expiry, lot, " ".join(_text(row, "donor").split()))


def _check_donation(session: Session, rows: Sequence[Mapping[str, Any]], allow_expired: bool,
                    progress: Progress | None, total: int | None = None) -> tuple[ImportPreview, list[_Line]]:
    known = _Catalogue(session)
    gtins = []
    for row in rows:
        try:
            gtin = barcodes.interpret(_text(row, "barcode")).gtin
        except BadInput:
            continue
        if gtin is not None:
            gtins.append(gtin)
    known.targets = catalogue.scan_targets(session, gtins)
    return _check_all(rows, lambda row, line: _donation_line(known, row, allow_expired), progress, total)


def preview_donation(session: Session, rows: Sequence[Mapping[str, Any]], *,
                     allow_expired: bool = False, progress: Progress | None = None) -> ImportPreview:
    """Every line with its error (None when it would be received); writes nothing. A line of
    goods already expired is an error unless ``allow_expired``."""
    return _check_donation(session, rows, allow_expired, progress)[0]


def import_donation(
    session: Session, actor: Actor, rows: Sequence[Mapping[str, Any]], *, donor: str | None = None,
    skip_invalid: bool = False, allow_expired: bool = False, progress: Progress | None = None,
) -> ImportResult:
    """Receive the file's lines into one new donation (closed at the end) in the caller's
    transaction. The donor is ``donor``, else the file's donor column (one name only)."""
    roles.require(session, actor, roles.IMPORT)
    total = 2 * len(rows)  # checking, then receiving
    preview, lines = _check_donation(session, rows, allow_expired, progress, total)
    _refuse_unless_valid(preview, skip_invalid)
    if not donor:
        named = sorted({line.donor for line in lines if line.donor}, key=str.casefold)
        if len(named) > 1:
            raise BadInput("The file names several donors ({names}); import one donor's list at a time.",
                           names=", ".join(named[:5]))
        donor = named[0] if named else None
    donation = open_donation(session, actor, donor=donor, source="import")  # a code: documents word it
    place = receive_location(session)  # where a scan lands; the lines were checked above as receive checks a scan
    lots: dict[tuple[int, date | None, str], int] = {}
    for index, line in enumerate(lines):
        if index % _EVERY == 0:
            _report(progress, len(rows) + index * len(rows) // len(lines), total)
        key = (line.item_id, line.expiry, line.lot)
        if key not in lots:
            lots[key] = get_or_create_lot(session, *key)
        transfer(session, actor, "receive", line.item_id, lots[key], line.units, None, place.id,
                 donation_id=donation.id)
    close_donation(session, donation.id)
    _report(progress, total, total)
    return ImportResult(imported=len(lines), skipped=preview.invalid, donation=donation.number)
