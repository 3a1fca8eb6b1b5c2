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
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy.orm import Session

from warehouse_app.core.access import roles
from warehouse_app.core.catalogue import barcodes, instore
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.catalogue.categories import CategoryInfo, list_categories, resolve_category
from warehouse_app.core.catalogue.item_names import items_named, name_key
from warehouse_app.core.catalogue.unit_words import unit_of
from warehouse_app.core.context import Actor
from warehouse_app.core.intake import cell_repair, new_goods
from warehouse_app.core.intake.donations import close_donation, open_donation
from warehouse_app.core.intake.receiving import refuse_expired
from warehouse_app.core.ledger import get_or_create_lot, transfer
from warehouse_app.core.quantities import format_quantity, parse_count, parse_date, parse_quantity, parse_weight
from warehouse_app.core.stock.locations import receive_location
from warehouse_app.kernel.errors import BadInput, NotFound, Notice, WarehouseError

LINE = "_line"
T = TypeVar("T")
_YES = {"yes", "y", "true", "1", "x", "tak", "t", "так", "+"}
_NO = {"no", "n", "false", "0", "nie", "ні", "-", ""}
_BARCODE_SPLIT = re.compile(r"[\s,;|]+")


Progress = Callable[[int, int], bool]  # (done, total) -> go on?
_EVERY = 200  # rows between progress reports


class ImportCancelled(WarehouseError):
    """The user stopped the import (or its preview): the transaction rolls back."""

    def __init__(self) -> None:
        super().__init__("The import was cancelled; nothing was imported.")


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise ImportCancelled()


@dataclass(frozen=True)
class PreviewRow:
    line: int  # the line in the file (the header is line 1)
    values: dict[str, str]
    error: str | None
    notes: tuple[str, ...] = ()  # Notices: what was repaired in the row, or what importing it also does


@dataclass(frozen=True)
class ImportPreview:
    rows: tuple[PreviewRow, ...]
    valid: int
    invalid: int
    new_items: tuple[new_goods.NewGoods, ...] = ()  # the items a donation list creates (when asked to)


@dataclass(frozen=True)
class ImportResult:
    imported: int
    skipped: int
    donation: str | None = None  # the donation number a donation list went into
    created: int = 0  # new items a donation list created


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
        self.named: dict[str, list[tuple[int, str]]] = {}  # by name_key: items a new item must not repeat
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


def _item_codes(row: Mapping[str, Any], column: str = "barcode") -> list[str]:
    text = _text(row, column)
    return [c for c in _BARCODE_SPLIT.split(text) if c] if text else []


_CODE_COLUMNS = ("barcode", "case_barcode")  # an item's own codes, and its cases' (with the pack count)


def _case_codes(row: Mapping[str, Any]) -> list[tuple[str, Decimal]]:
    """The case barcodes of a row with the pack count (units in one case) they carry."""
    if not row.get("case_barcode") and not row.get("pack_count"):
        return []  # the usual row: no case code
    codes = [barcodes.normalise_gtin(code) for code in _item_codes(row, "case_barcode")]
    count = _text(row, "pack_count")
    if codes and not count:
        raise BadInput("Give the pack count (how many units one case holds) for the case barcode.")
    if count and not codes:
        raise BadInput("A pack count needs the case barcode it belongs to.")
    pack = parse_quantity(count, "pcs") if count else Decimal(1)
    return [(code, pack) for code in codes]


def _item_fields(known: _Catalogue, row: Mapping[str, Any], seen: dict[str, int]) -> catalogue.NewItem:
    """The add_item arguments for one row; raises the row's error. ``seen`` holds the
    barcodes of earlier rows, so a file cannot give one barcode to two items."""
    name = catalogue.clean_name(_text(row, "name"))
    if not _text(row, "category"):
        raise BadInput("The category is missing.")
    category = known.category(_text(row, "category"))
    unit = unit_of(_text(row, "unit"))
    gtins = [barcodes.normalise_gtin(code) for code in _item_codes(row)]
    cases = _case_codes(row)
    every = gtins + [code for code, _ in cases]
    if len(set(every)) != len(every):
        raise BadInput("The same barcode is given twice.")
    for gtin in every:
        if gtin in seen:
            raise BadInput("The barcode {code} is also on line {line}.", code=barcodes.display_gtin(gtin), line=seen[gtin])
        owner = known.owners.get(gtin)
        if owner is not None:
            raise BadInput("The barcode {code} already belongs to {item}.", code=barcodes.display_gtin(gtin), item=owner)
    weight = _text(row, "weight_kg")
    minimum = _text(row, "min_stock")
    codes: list[str | tuple[str, int | str | Decimal]] = [*gtins, *cases]
    fields: catalogue.NewItem = {
        "name": name, "category": category.code, "unit": unit, "barcodes_": codes,
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
    return fields


def _specs(fields: catalogue.NewItem) -> list[tuple[str, Decimal]]:
    """A checked row's codes as (GTIN-14, pack count)."""
    return [(spec, Decimal(1)) if isinstance(spec, str) else (spec[0], Decimal(spec[1]))
            for spec in fields.get("barcodes_", ())]


class _ItemSheet:
    """One item sheet being checked: what it names in the catalogue, and each name's first
    row. Two rows (or a row and the catalogue) never make two items of one name: the row is
    refused, or, when the user chose to merge by barcode, its barcodes go on that item."""

    def __init__(self, known: _Catalogue, named: dict[str, list[tuple[int, str]]], merge: bool) -> None:
        self.known, self.named, self.merge = known, named, merge
        self.seen: dict[str, int] = {}  # barcode -> the line that gives it
        self.firsts: dict[str, tuple[int, catalogue.NewItem]] = {}  # name -> its first valid row
        self.onto_existing: list[tuple[int, str, Decimal]] = []  # (item id, GTIN-14, pack) merged into the catalogue

    def check(self, row: Mapping[str, Any], line: int, notes: list[Notice]) -> catalogue.NewItem | None:
        """The row's new item, or None when it merges into another's (its barcodes added)."""
        fields = _item_fields(self.known, row, self.seen)
        name, key, specs = fields["name"], name_key(fields["name"]), _specs(fields)
        existing = self.named.get(key, [])
        first = self.firsts.get(key)
        if existing:
            if not self.merge:
                raise BadInput("There is already an item called {item} in the catalogue; give this one another "
                               "name, or merge rows of the same name by barcode.", item=existing[0][1])
            if len(existing) > 1:
                raise BadInput("Several items are called {ref}; use a barcode or the item number.", ref=name)
            self.onto_existing.extend((existing[0][0], gtin, pack) for gtin, pack in specs)
            notes.append(Notice("{item} is already in the catalogue: only this line's barcodes are added to it.",
                                item=existing[0][1]))
        elif first is not None:
            first_line, first_fields = first
            if not self.merge:
                raise BadInput("The name {item} is also on line {line}; each item needs a name of its own (or merge "
                               "rows of the same name by barcode).", item=name, line=first_line)
            if (fields["category"], fields["unit"]) != (first_fields["category"], first_fields["unit"]):
                raise BadInput("The name {item} is also on line {line}, with another category or unit; rows are "
                               "merged only when both agree.", item=name, line=first_line)
            first_fields["barcodes_"] = [*first_fields.get("barcodes_", ()), *fields.get("barcodes_", ())]
            notes.append(Notice("Merged into line {line}: this line's barcodes go on that item.", line=first_line))
        else:
            self.firsts[key] = (line, fields)
        for gtin, _pack in specs:
            self.seen[gtin] = line
        return None if existing or first is not None else fields


def _repaired(rows: Sequence[Mapping[str, Any]]) -> list[cell_repair.RepairedRow]:
    """Every row with what spreadsheet programs did to its codes undone (or its sentence)."""
    return [cell_repair.repair_row(row) for row in rows]


def _check_all(
    rows: Sequence[cell_repair.RepairedRow], check: Callable[[Mapping[str, Any], int, list[Notice]], T],
    progress: Progress | None = None, total: int | None = None,
) -> tuple[ImportPreview, list[T]]:
    """Run ``check`` on every row; the preview, and what it made of each valid row.
    Progress is reported as rows checked of ``total`` (default: the rows)."""
    preview: list[PreviewRow] = []
    made: list[T] = []
    whole = len(rows) if total is None else total
    for index, repaired in enumerate(rows):
        if index % _EVERY == 0:
            _report(progress, index, whole)
        row = repaired.row
        line = _line(row, index)
        values = {k: v.strip() if v.__class__ is str else _text(row, k) for k, v in row.items() if k != LINE}
        notes = list(repaired.notes)
        try:
            if repaired.error is not None:
                raise repaired.error
            made.append(check(row, line, notes))
            preview.append(PreviewRow(line, values, None, tuple(notes)))
        except WarehouseError as exc:  # as a Notice: English text that the GUI still translates
            preview.append(PreviewRow(line, values, Notice(exc.template, **exc.params), tuple(repaired.notes)))
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
                 total: int | None = None, merge: bool = False) -> tuple[ImportPreview, list[catalogue.NewItem], _ItemSheet]:
    repaired = _repaired(rows)
    known = _Catalogue(session)
    known.owners = catalogue.barcode_owners(session, _gtins(
        c for r in repaired if r.error is None for column in _CODE_COLUMNS for c in _item_codes(r.row, column)))
    sheet = _ItemSheet(known, items_named(session, (_text(r.row, "name") for r in repaired)), merge)
    preview, made = _check_all(repaired, sheet.check, progress, total)
    return preview, [fields for fields in made if fields is not None], sheet


def preview_items(session: Session, rows: Sequence[Mapping[str, Any]], *, merge_names: bool = False,
                  progress: Progress | None = None) -> ImportPreview:
    """Every row with its error (None when it would import); writes nothing. A name given
    twice, or already in the catalogue, is an error unless ``merge_names``: then the row's
    barcodes go on the item of that name."""
    return _check_items(session, rows, progress, merge=merge_names)[0]


def import_items(
    session: Session, actor: Actor, rows: Sequence[Mapping[str, Any]], *, skip_invalid: bool = False,
    merge_names: bool = False, progress: Progress | None = None,
) -> ImportResult:
    """Add the items of the file in the caller's transaction; refuses while rows are wrong."""
    roles.require(session, actor, roles.IMPORT)
    total = 2 * len(rows)  # checking, then writing
    preview, fields, sheet = _check_items(session, rows, progress, total, merge_names)
    _refuse_unless_valid(preview, skip_invalid)
    catalogue.add_items(session, fields,
                        lambda n: _report(progress, len(rows) + n * len(rows) // max(len(fields), 1), total))
    catalogue.add_barcodes(session, sheet.onto_existing)
    _report(progress, total, total)
    return ImportResult(imported=preview.valid, skipped=preview.invalid)


# ---- donation lists ------------------------------------------------------------------------


@dataclass(frozen=True)
class _Line:
    item_id: int
    units: Decimal  # the quantity times the pack (and the count a GS1 code carries), as receive counts it
    expiry: date | None
    lot: str
    donor: str
    new: str | None = None  # the name key of the new item it receives (item_id is then 0)


@dataclass(frozen=True)
class NewGoodsChoice:
    """Create the unknown goods of a donation list: ``default_category`` (a code, a path or
    a name) for lines whose category column is empty or names no category."""

    default_category: str | None = None


@dataclass(frozen=True)
class _Goods:
    """What a line receives: the item (or the key of a new one) and how it is counted."""

    item_id: int
    unit: str
    tracks: bool
    archived: bool
    name: str
    new: str | None = None


def _goods(known: _Catalogue, planner: new_goods.Planner | None, row: Mapping[str, Any],
           scan: barcodes.Scan | None) -> tuple[_Goods, Decimal]:
    """The goods a line names and the units one of its codes counts (the pack); an unknown
    item is a new one to plan when ``planner`` (create the missing goods) is given."""
    name = _text(row, "name")
    try:
        if scan is not None:
            target, pack = catalogue.scan_target(known.session, scan, known.targets)
            return _Goods(target.id, target.unit, target.tracks_expiry, target.archived, target.name), pack
        found = known.item(name)
    except NotFound:
        if planner is None or (scan is not None and scan.gtin is None):  # an unknown label is no new goods
            raise
        key = planner.key_of_code(scan.gtin) if scan is not None and scan.gtin is not None else None
        if key is None and not name:
            raise BadInput("The barcode {code} is not in the catalogue yet; give the item's name to create it.",
                           code=scan.raw if scan is not None else "") from None
        if key is None and scan is not None and name:
            _refuse_known_name(known, name)
        same = known.named.get(name_key(name), []) if key is None and scan is None else []
        if len(same) == 1:  # the catalogue's item of this name, written otherwise ("ŁYŻKA" for "Łyżka")
            found = known.item(f"#{same[0][0]}")
            return _Goods(found.id, found.unit, found.tracks_expiry, found.archived, found.name), Decimal(1)
        shown = name or key or ""
        return _Goods(0, planner.unit_for(shown, _text(row, "unit")), False, False, shown, key or name_key(name)), \
            Decimal(1)
    if not found.internal_code:
        raise BadInput("{item} has no label code to receive it by; give its barcode.", item=found.name)
    return _Goods(found.id, found.unit, found.tracks_expiry, found.archived, found.name), Decimal(1)


def _refuse_known_name(known: _Catalogue, name: str) -> None:
    """An unknown code beside the name of an item the catalogue has: no second item of that name."""
    same = known.named.get(name_key(name))
    if same:
        raise BadInput("The barcode on this line is not on {item}, which the catalogue has; add the barcode to the "
                       "item first.", item=same[0][1])


def _donation_line(known: _Catalogue, row: Mapping[str, Any], allow_expired: bool,
                   planner: new_goods.Planner | None = None, line: int = 0,
                   notes: list[Notice] | None = None) -> _Line:
    """One donation line checked as ``receive`` checks a scan (the same rule functions), and
    what it receives."""
    code, name = _text(row, "barcode"), _text(row, "name")
    if not code and not name:
        raise BadInput("Give a barcode or an item name.")
    # a GS1 code may carry its expiry, lot, a count or a weight, as at the scanner
    scan = instore.read_goods(known.session, code) if code else None
    goods, pack = _goods(known, planner, row, scan)
    pack = _line_pack(pack, _text(row, "pack_count"))
    if scan is not None:
        pack = barcodes.units_per_scan(scan, goods.unit, pack)
    if goods.archived:
        raise BadInput("The item on this line is archived.")
    quantity = parse_quantity(_text(row, "quantity") or "1", goods.unit)
    units = parse_quantity(quantity * pack, goods.unit)
    expiry_text = _text(row, "expiry")
    expiry = parse_date(expiry_text) if expiry_text else (scan.expiry if scan is not None else None)
    if goods.tracks and expiry is None:
        raise BadInput("This item needs an expiry date.")
    refuse_expired(goods.name, expiry, allow_expired)
    # the lot column, else the lot (AI 10) in the code
    lot = _text(row, "lot") or (scan.lot or "" if scan is not None else "").strip()
    if len(lot) > 64:
        raise BadInput("A lot code can be at most 64 characters long.")
    if goods.new is not None and planner is not None:  # every other check passed: the new item is planned
        key, _unit = planner.plan(line, goods.name, _text(row, "category"), _text(row, "unit"),
                                  scan.gtin if scan is not None else None, expiry is not None)
        if notes is not None:
            notes.append(Notice("A new item is created for this line: {item}.", item=goods.name))
        return _Line(0, units, expiry, lot, " ".join(_text(row, "donor").split()), new=key)
    return _Line(goods.item_id, units, expiry, lot, " ".join(_text(row, "donor").split()))


def _line_pack(pack: Decimal, count_text: str) -> Decimal:
    """The units one of the line's quantity is: the pack count column ("10" cases of "12"),
    which a case code's own count must agree with."""
    if not count_text:
        return pack
    count = parse_quantity(count_text, "pcs")
    if pack != 1 and pack != count:
        raise BadInput("The case barcode on this line holds {pack} units, but its pack count says {count}.",
                       pack=format_quantity(pack), count=format_quantity(count))
    return count


def _planner(session: Session, create: NewGoodsChoice | None) -> new_goods.Planner | None:
    if create is None:
        return None
    default = resolve_category(session, create.default_category) if create.default_category else None
    return new_goods.Planner(lambda: list_categories(session, include_archived=False), default)


def _check_donation(session: Session, rows: Sequence[Mapping[str, Any]], allow_expired: bool,
                    progress: Progress | None, total: int | None = None,
                    create: NewGoodsChoice | None = None) -> tuple[ImportPreview, list[_Line]]:
    repaired = _repaired(rows)
    known = _Catalogue(session)
    gtins = []
    for r in repaired:
        try:
            gtin = barcodes.interpret(_text(r.row, "barcode")).gtin
        except BadInput:
            continue
        if gtin is not None:
            gtins.append(gtin)
    known.targets = catalogue.scan_targets(session, gtins)
    planner = _planner(session, create)
    if planner is not None:
        known.named = items_named(session, (_text(r.row, "name") for r in repaired))
    preview, lines = _check_all(
        repaired, lambda row, line, notes: _donation_line(known, row, allow_expired, planner, line, notes),
        progress, total)
    if planner is not None:
        valid = {p.line for p in preview.rows if p.error is None}
        preview = replace(preview, new_items=planner.planned(valid.__contains__))
    return preview, lines


def preview_donation(session: Session, rows: Sequence[Mapping[str, Any]], *,
                     allow_expired: bool = False, create_missing: NewGoodsChoice | None = None,
                     progress: Progress | None = None) -> ImportPreview:
    """Every line with its error (None when it would be received); writes nothing. A line of
    goods already expired is an error unless ``allow_expired``. With ``create_missing``,
    goods not in the catalogue are new items, listed in ``new_items``."""
    return _check_donation(session, rows, allow_expired, progress, create=create_missing)[0]


def import_donation(
    session: Session, actor: Actor, rows: Sequence[Mapping[str, Any]], *, donor: str | None = None,
    skip_invalid: bool = False, allow_expired: bool = False, create_missing: NewGoodsChoice | None = None,
    progress: Progress | None = None,
) -> ImportResult:
    """Receive the file's lines into one new donation (closed at the end) in the caller's
    transaction. The donor is ``donor``, else the file's donor column (one name only). With
    ``create_missing``, the goods the catalogue lacks are created first (``preview_donation``
    listed them)."""
    roles.require(session, actor, roles.IMPORT)
    total = 2 * len(rows)  # checking, then receiving
    preview, lines = _check_donation(session, rows, allow_expired, progress, total, create_missing)
    _refuse_unless_valid(preview, skip_invalid)
    if preview.new_items:
        ids = catalogue.add_items(session, [goods.as_new_item() for goods in preview.new_items])
        made = {name_key(goods.name): item_id for goods, item_id in zip(preview.new_items, ids, strict=True)}
        lines = [replace(line, item_id=made[line.new]) if line.new is not None else line for line in lines]
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
    return ImportResult(imported=len(lines), skipped=preview.invalid, donation=donation.number,
                        created=len(preview.new_items))
