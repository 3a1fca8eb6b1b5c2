"""Catalogue items and their barcodes: add, edit, archive, find by code or text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Required, TypedDict, TypeVar, Unpack, cast

from sqlalchemy import ColumnElement, Select, Table, bindparam, func, insert, or_, select
from sqlalchemy.orm import Session

from warehouse_app.core import lengths
from warehouse_app.core.catalogue import barcodes, instore
from warehouse_app.core.catalogue.categories import (
    CategoryInfo,
    category_subtree_ids,
    list_categories,
    resolve_category,
)
from warehouse_app.core.catalogue.unit_words import unit_of
from warehouse_app.core.ledger import restate_item_totals
from warehouse_app.core.quantities import parse_count, parse_quantity, parse_weight, valid_id
from warehouse_app.core.text_search import ends_with, holds
from warehouse_app.db.dialect import reserve_ids
from warehouse_app.db.models import Barcode, Item
from warehouse_app.db.prepared import Prepared
from warehouse_app.db.types import utcnow
from warehouse_app.kernel.errors import BadInput, Conflict, NotFound, UnknownBarcode

GENDERS = ("male", "female", "unisex", "child")
CURRENCIES = ("PLN", "EUR")
_HS = re.compile(r"^\d{2}(\d{2}){0,4}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_MONEY = Decimal("0.01")
T = TypeVar("T")


@dataclass(frozen=True)
class BarcodeInfo:
    gtin: str
    pack_qty: Decimal


@dataclass(frozen=True)
class ItemInfo:
    id: int
    name: str
    category_id: int
    category_code: str
    category_path: str
    unit: str
    unit_weight_kg: Decimal | None
    tracks_expiry: bool
    min_stock: Decimal | None
    size: str | None
    gender: str | None
    internal_code: str | None
    archived: bool
    barcodes: tuple[BarcodeInfo, ...] = ()
    name_uk: str | None = None
    name_en: str | None = None
    hs_code: str | None = None  # the item's own; ``customs_code`` falls back to the category's
    origin_country: str | None = None
    unit_value: Decimal | None = None
    value_currency: str | None = None
    category_hs_code: str | None = None

    @property
    def customs_code(self) -> str | None:
        return self.hs_code or self.category_hs_code

    def name_in(self, lang: str) -> str:
        """The name in ``lang`` where one is given, else the name as the goods say."""
        return {"uk": self.name_uk, "en": self.name_en}.get(lang) or self.name


def item_infos(session: Session, item_ids: Sequence[int], lang: str = "en") -> list[ItemInfo]:
    """Plain data for these items, in the order given."""
    if not item_ids:
        return []
    cats = {c.id: c for c in list_categories(session)}
    items = {i.id: i for i in session.scalars(select(Item).where(Item.id.in_(item_ids)))}
    codes: dict[int, list[BarcodeInfo]] = {}
    for bc in session.scalars(select(Barcode).where(Barcode.item_id.in_(item_ids)).order_by(Barcode.id)):
        codes.setdefault(bc.item_id, []).append(BarcodeInfo(bc.gtin, bc.pack_qty))
    result = []
    for item_id in item_ids:
        it = items[item_id]
        cat = cats[it.category_id]
        result.append(
            ItemInfo(
                id=it.id, name=it.name, category_id=it.category_id, category_code=cat.code,
                category_path=cat.path(lang), unit=it.unit, unit_weight_kg=it.unit_weight_kg,
                tracks_expiry=it.tracks_expiry, min_stock=it.min_stock, size=it.size,
                gender=it.gender, internal_code=it.internal_code, archived=it.archived,
                barcodes=tuple(codes.get(it.id, ())), name_uk=it.name_uk, name_en=it.name_en,
                hs_code=it.hs_code, origin_country=it.origin_country, unit_value=it.unit_value,
                value_currency=it.value_currency, category_hs_code=cat.hs_code,
            )
        )
    return result


def get_item(session: Session, item_id: int) -> ItemInfo:
    if not valid_id(item_id) or session.get(Item, item_id) is None:
        raise NotFound("There is no item number {id}.", id=item_id)
    return item_infos(session, [item_id])[0]


def _clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise BadInput("An item needs a name.")
    if len(cleaned) > 200:
        raise BadInput("An item name can be at most 200 characters long.")
    return cleaned


def _clean_size(size: str | None) -> str | None:
    return lengths.at_most((size or "").strip(), lengths.ITEM_SIZE,
                           template="A size can be at most {n} characters long (this one has {length}).") or None


clean_name = _clean_name  # public for importers that check a row before adding it


def clean_other_name(name: str | None) -> str | None:
    """An optional name in another language: blank is none."""
    return _clean_name(name) if name and name.strip() else None


def clean_hs_code(hs_code: str | None) -> str | None:
    text = "".join((hs_code or "").split()).replace(".", "")
    if not text:
        return None
    if not _HS.match(text):
        raise BadInput("{hs} is not an HS code (2 to 10 digits, in pairs).", hs=hs_code)
    return text


def clean_country(country: str | None) -> str | None:
    text = (country or "").strip().upper()
    if not text:
        return None
    if not _COUNTRY.match(text):
        raise BadInput("{country} is not a two-letter country code such as PL or DE.", country=country)
    return text


def clean_value(value: str | Decimal | None, currency: str | None) -> tuple[Decimal | None, str | None]:
    """A declared value per unit and its currency (PLN unless EUR is said); blank is none."""
    if value is None or str(value).strip() == "":
        return None, None
    text = str(value).strip().replace(",", ".").replace(" ", "")
    try:
        amount = Decimal(text)
    except ArithmeticError:
        raise BadInput("{value} is not an amount of money.", value=value) from None
    if not amount.is_finite() or amount < 0 or amount != amount.quantize(_MONEY) or amount >= 10**12:
        raise BadInput("{value} is not an amount of money.", value=value)
    code = (currency or "PLN").strip().upper() or "PLN"
    if code not in CURRENCIES:
        raise BadInput("{currency} is not one of: {all}.", currency=currency, all=", ".join(CURRENCIES))
    return amount.quantize(_MONEY), code


def _clean_gender(gender: str | None) -> str | None:
    if not gender:
        return None
    value = gender.strip().lower()
    if value not in GENDERS:
        raise BadInput("{gender} is not one of: {all}.", gender=gender, all=", ".join(GENDERS))
    return value


def _parse_barcode_spec(spec: str | tuple[str, int | str | Decimal]) -> tuple[str, Decimal]:
    """'5901234123457' or '15901234123454:12' (a case of 12) or a (code, pack) pair."""
    if isinstance(spec, tuple):
        code, pack = spec
    else:
        code, _, pack_text = spec.partition(":")
        pack = pack_text or 1
    return barcodes.normalise_gtin(code), parse_quantity(pack, "pcs")


def _attach(session: Session, item_id: int, gtin: str, pack_qty: Decimal) -> None:
    gtin = instore.catalogue_key(session, gtin)  # a weighed bag's code: kept without its weight
    owner = session.execute(
        select(Item.name).join(Barcode, Barcode.item_id == Item.id).where(Barcode.gtin == gtin)
    ).scalar_one_or_none()
    if owner is not None:
        raise Conflict("The barcode {gtin} already belongs to {item}.", gtin=barcodes.display_gtin(gtin), item=owner)
    session.add(Barcode(item_id=item_id, gtin=gtin, pack_qty=pack_qty))
    session.flush()


class _ItemFields(TypedDict, total=False):
    """The optional fields of an item, typed as ``add_item`` and ``edit_item`` take them."""

    unit_weight_kg: str | Decimal | None
    tracks_expiry: bool
    min_stock: str | Decimal | None
    size: str | None
    gender: str | None
    name_uk: str | None
    name_en: str | None
    hs_code: str | None
    origin_country: str | None
    unit_value: str | Decimal | None
    value_currency: str | None


class NewItem(_ItemFields, total=False):
    """The fields of a new item, as ``add_item`` takes them (name, category and unit required)."""

    name: Required[str]
    category: Required[str]
    unit: Required[str]
    barcodes_: Iterable[str | tuple[str, int | str | Decimal]]


def _new_item(
    category_of: Callable[[str], CategoryInfo],
    *,
    name: str,
    category: str,
    unit: str,
    barcodes_: Iterable[str | tuple[str, int | str | Decimal]] = (),
    unit_weight_kg: str | Decimal | None = None,
    tracks_expiry: bool = False,
    min_stock: str | Decimal | None = None,
    size: str | None = None,
    gender: str | None = None,
    name_uk: str | None = None,
    name_en: str | None = None,
    hs_code: str | None = None,
    origin_country: str | None = None,
    unit_value: str | Decimal | None = None,
    value_currency: str | None = None,
) -> tuple[dict[str, Any], list[tuple[str, Decimal]]]:
    """A new item's checked column values and its barcodes: every rule of a new item, in
    one place for ``add_item`` and ``add_items``."""
    unit = unit_of(unit, default=unit)  # "szt.", "Each", "Stück" as well as pcs; blank is no unit
    value, currency = clean_value(unit_value, value_currency)
    specs = [_parse_barcode_spec(s) for s in barcodes_]  # validate everything before writing
    if len({gtin for gtin, _ in specs}) != len(specs):
        raise BadInput("The same barcode is given twice.")
    values = {
        "name": _clean_name(name),
        "category_id": category_of(category).id,
        "unit": unit,
        "unit_weight_kg": parse_weight(unit_weight_kg) if unit_weight_kg not in (None, "") else None,
        "tracks_expiry": bool(tracks_expiry),
        "min_stock": parse_count(min_stock, unit) if min_stock not in (None, "") else None,
        "size": _clean_size(size),
        "gender": _clean_gender(gender),
        "archived": False,
        "name_uk": clean_other_name(name_uk),
        "name_en": clean_other_name(name_en),
        "hs_code": clean_hs_code(hs_code),
        "origin_country": clean_country(origin_country),
        "unit_value": value,
        "value_currency": currency,
    }
    return values, specs


def add_item(session: Session, **fields: Unpack[NewItem]) -> ItemInfo:
    """A new kind of goods; it gets an internal code (IT…) for printing on scan sheets."""
    values, specs = _new_item(lambda ref: resolve_category(session, ref), **fields)
    item = Item(**values)
    session.add(item)
    session.flush()
    item.internal_code = barcodes.make_internal_code(barcodes.InternalKind.ITEM, item.id)
    for gtin, pack in specs:
        _attach(session, item.id, gtin, pack)
    return get_item(session, item.id)


_ITEM = cast(Table, Item.__table__)
_BARCODE = cast(Table, Barcode.__table__)
CHUNK = 500  # values per IN list or multi-row INSERT: far under SQLite's variable limit (999 in old builds)


def chunks(values: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def barcode_owners(session: Session, gtins: Iterable[str]) -> dict[str, str]:
    """The name of the item each of these (normalised) barcodes is on, for those on one:
    a few IN queries for any number of codes."""
    wanted = sorted(set(gtins))
    owners: dict[str, str] = {}
    for part in chunks(wanted):
        query = select(Barcode.gtin, Item.name).join(Item, Item.id == Barcode.item_id).where(Barcode.gtin.in_(part))
        owners.update((gtin, name) for gtin, name in session.execute(query))
    return owners


def _refuse_given_or_taken(session: Session, gtins: Sequence[str]) -> None:
    if len(set(gtins)) != len(gtins):
        raise BadInput("The same barcode is given twice.")
    owners = barcode_owners(session, gtins)
    if owners:
        gtin, owner = min(owners.items())
        raise Conflict("The barcode {gtin} already belongs to {item}.", gtin=barcodes.display_gtin(gtin), item=owner)


def add_items(session: Session, new: Sequence[NewItem],
              written: Callable[[int], None] | None = None) -> list[int]:
    """Many new items at once, each checked as ``add_item`` checks it, written with a few
    multi-row statements; their ids in the order given. ``written(n)`` is told how many
    are in so far (an import's progress bar; it may raise to stop, which the caller's
    rollback then undoes). Refuses the lot if any barcode is given twice or is on an item."""
    categories: dict[str, CategoryInfo] = {}

    def category_of(ref: str) -> CategoryInfo:
        if ref not in categories:
            categories[ref] = resolve_category(session, ref)
        return categories[ref]

    checked = [_new_item(category_of, **fields) for fields in new]
    _refuse_given_or_taken(session, [gtin for _, specs in checked for gtin, _ in specs])
    conn = session.connection()
    now = utcnow()
    ids = reserve_ids(session, _ITEM, len(checked))
    kind = barcodes.InternalKind.ITEM
    rows = [{**values, "id": i, "internal_code": barcodes.make_internal_code(kind, i), "created_at": now}
            for i, (values, _) in zip(ids, checked, strict=True)]
    for done, part in enumerate(chunks(rows, 2000), 1):
        conn.execute(insert(_ITEM), part)
        if written is not None:
            written(min(done * 2000, len(rows)))
    codes = [{"item_id": i, "gtin": gtin, "pack_qty": pack} for i, (_, specs) in zip(ids, checked, strict=True)
             for gtin, pack in specs]
    if codes:
        conn.execute(insert(_BARCODE), codes)
    return ids


def add_barcodes(session: Session, codes: Sequence[tuple[int, str, Decimal]]) -> None:
    """Put these (item id, normalised GTIN, pack count) codes on items already in the catalogue,
    in a few statements; refuses them all if any is given twice or is on an item already."""
    _refuse_given_or_taken(session, [gtin for _, gtin, _ in codes])
    conn = session.connection()
    for part in chunks([{"item_id": i, "gtin": g, "pack_qty": p} for i, g, p in codes]):
        conn.execute(insert(_BARCODE), part)


class ItemChanges(_ItemFields, total=False):
    """The fields ``edit_item`` changes, typed as ``add_item`` takes them."""

    name: str
    category: str
    unit: str
    archived: bool


_FIELDS = frozenset(ItemChanges.__annotations__)


def edit_item(session: Session, item_id: int, **changes: Unpack[ItemChanges]) -> ItemInfo:
    """Change the given fields (those of ``ItemChanges``); a field left out stays as it
    is, and an optional one given as None or "" is cleared. ``unit_value`` alone keeps the
    currency the item had (PLN for a first value).

    A new category or unit weight moves the item's stock in the category totals
    in the same transaction. The row is read locked (PostgreSQL) and fresh, so
    the totals are restated from the values they were really kept under.
    """
    item = session.get(Item, item_id, with_for_update=True, populate_existing=True)
    if item is None:
        raise NotFound("There is no item number {id}.", id=item_id)
    unknown = set(changes) - _FIELDS
    if unknown:
        raise BadInput("Unknown item fields: {fields}.", fields=", ".join(sorted(unknown)))
    totals_key = (item.category_id, item.unit_weight_kg)
    if "name" in changes:
        item.name = _clean_name(str(changes["name"]))
    if "category" in changes:
        item.category_id = resolve_category(session, str(changes["category"])).id
    if "unit" in changes:
        item.unit = unit_of(str(changes["unit"]), default=str(changes["unit"]))
    if "unit_weight_kg" in changes:
        weight = changes["unit_weight_kg"]
        item.unit_weight_kg = parse_weight(weight) if weight not in (None, "") else None
    if "tracks_expiry" in changes:
        item.tracks_expiry = bool(changes["tracks_expiry"])
    if "min_stock" in changes:
        minimum = changes["min_stock"]
        item.min_stock = parse_count(minimum, item.unit) if minimum not in (None, "") else None
    if "size" in changes:
        item.size = _clean_size(str(changes["size"] or ""))
    if "gender" in changes:
        item.gender = _clean_gender(changes["gender"])
    if "archived" in changes:
        item.archived = bool(changes["archived"])
    if "name_uk" in changes:
        item.name_uk = clean_other_name(changes["name_uk"])
    if "name_en" in changes:
        item.name_en = clean_other_name(changes["name_en"])
    if "hs_code" in changes:
        item.hs_code = clean_hs_code(changes["hs_code"])
    if "origin_country" in changes:
        item.origin_country = clean_country(changes["origin_country"])
    if "unit_value" in changes or "value_currency" in changes:
        value = changes["unit_value"] if "unit_value" in changes else item.unit_value
        currency = changes.get("value_currency") or item.value_currency
        item.unit_value, item.value_currency = clean_value(value, currency)
    session.flush()
    restate_item_totals(session, item_id, totals_key, (item.category_id, item.unit_weight_kg))
    return get_item(session, item_id)


def attach_barcode(session: Session, item_id: int, code: str, pack_qty: int | str | Decimal = 1) -> ItemInfo:
    get_item(session, item_id)
    gtin, pack = _parse_barcode_spec((code, pack_qty))
    _attach(session, item_id, gtin, pack)
    return get_item(session, item_id)


def detach_barcode(session: Session, item_id: int, code: str) -> ItemInfo:
    gtin = instore.catalogue_key(session, barcodes.normalise_gtin(code))
    row = session.scalar(select(Barcode).where(Barcode.item_id == item_id, Barcode.gtin == gtin))
    if row is None:
        raise NotFound("The barcode {code} is not attached to this item.", code=code)
    session.delete(row)
    session.flush()
    return get_item(session, item_id)


@dataclass(frozen=True)
class ScanTarget:
    """The little a scan needs to know about its item, fetched in one query."""

    id: int
    name: str
    unit: str
    tracks_expiry: bool
    archived: bool
    unit_weight_kg: Decimal | None  # None: the truck papers cannot weigh it (intake says so)


_TARGET_COLUMNS = (Item.id, Item.name, Item.unit, Item.tracks_expiry, Item.archived, Item.unit_weight_kg)
_BY_LABEL = Prepared(select(*_TARGET_COLUMNS).where(Item.internal_code == bindparam("code")))
_BY_GTIN = Prepared(
    select(*_TARGET_COLUMNS, Barcode.pack_qty)
    .join(Barcode, Barcode.item_id == Item.id)
    .where(Barcode.gtin == bindparam("gtin"))
)


Targets = Mapping[str, tuple[ScanTarget, Decimal]]  # by GTIN-14: what ``scan_targets`` found


def scan_target(session: Session, scan: barcodes.Scan, known: Targets | None = None) -> tuple[ScanTarget, Decimal]:
    """The item a scan names and how many units one scan of it means (the pack count).
    ``known``: the targets of every GTIN a file names, read beforehand by ``scan_targets``
    (a GTIN not in it is on no item)."""
    if known is not None and scan.internal_kind != barcodes.InternalKind.ITEM and scan.gtin is not None:
        if scan.gtin not in known:
            raise UnknownBarcode(scan.gtin, barcodes.display_gtin(scan.gtin))
        return known[scan.gtin]
    read = target_read(scan)
    row = read[0].first(session, read[1]) if read is not None else None
    return target_of(scan, alternative_row(session, scan, row))


def alternative_row(session: Session, scan: barcodes.Scan, row: tuple[Any, ...] | None) -> tuple[Any, ...] | None:
    """The row of the scan's other reading when its first found nothing (8 digits that are
    both an EAN-8 and a UPC-E: the catalogue decides)."""
    if row is None and scan.gtin is not None and scan.alternative_gtin is not None:
        found: tuple[Any, ...] | None = _BY_GTIN.first(session, {"gtin": scan.alternative_gtin})
        return found
    return row


def target_read(scan: barcodes.Scan) -> tuple[Prepared, dict[str, str | None]] | None:
    """The statement that finds a scan's item (None: the scan names no goods), to run
    alone or with other reads in one round trip; ``target_of`` judges its row."""
    if scan.internal_kind == barcodes.InternalKind.ITEM:
        return _BY_LABEL, {"code": scan.internal_code}
    if scan.gtin is None:
        return None
    return _BY_GTIN, {"gtin": scan.gtin}


def target_item_id(by_label: bool) -> ColumnElement[int]:
    """``target_read`` as a subquery giving the item's id, for a read that needs it too
    (its parameter: ``target_key``)."""
    if by_label:
        return select(Item.id).where(Item.internal_code == bindparam("label")).scalar_subquery()
    return select(Barcode.item_id).where(Barcode.gtin == bindparam("gtin")).scalar_subquery()


def target_key(scan: barcodes.Scan) -> tuple[bool, dict[str, str | None]] | None:
    """Whether a scan names its item by label, and ``target_item_id``'s parameter (None:
    the scan names no goods)."""
    if scan.internal_kind == barcodes.InternalKind.ITEM:
        return True, {"label": scan.internal_code}
    return None if scan.gtin is None else (False, {"gtin": scan.gtin})


def target_of(scan: barcodes.Scan, row: tuple[Any, ...] | None) -> tuple[ScanTarget, Decimal]:
    """``scan_target``'s rule on the row ``target_read`` found."""
    if scan.internal_kind == barcodes.InternalKind.ITEM:
        if row is None:
            raise NotFound("No item has the label code {code}.", code=scan.internal_code)
        return ScanTarget(*row), Decimal(1)
    if scan.gtin is None:
        raise BadInput("{code} is a {kind} label, not goods.", code=scan.raw, kind=scan.internal_kind)
    if row is None:
        raise UnknownBarcode(scan.gtin, barcodes.display_gtin(scan.gtin))
    return ScanTarget(*row[:6]), row[6]


def scan_targets(session: Session, gtins: Iterable[str]) -> dict[str, tuple[ScanTarget, Decimal]]:
    """``scan_target`` for many GTIN-14s at once (a few IN queries), for those on an item."""
    found: dict[str, tuple[ScanTarget, Decimal]] = {}
    for part in chunks(sorted(set(gtins))):
        query = (select(*_TARGET_COLUMNS, Barcode.pack_qty, Barcode.gtin)
                 .join(Barcode, Barcode.item_id == Item.id).where(Barcode.gtin.in_(part)))
        found.update((row[7], (ScanTarget(*row[:6]), row[6])) for row in session.execute(query))
    return found


def find_by_scan(session: Session, scan: barcodes.Scan) -> tuple[ItemInfo, Decimal]:
    target, pack_qty = scan_target(session, scan)
    return get_item(session, target.id), pack_qty


def find_item(session: Session, ref: str) -> ItemInfo:
    """An item named by a barcode, its label code, its number (#12) or its exact name."""
    text = ref.strip()
    if text.startswith("#") and text[1:].isdigit():
        return get_item(session, int(text[1:]))
    try:
        return find_by_scan(session, barcodes.interpret(text))[0]
    except BadInput:
        pass
    matches = session.scalars(select(Item.id).where(func.lower(Item.name) == text.lower())).all()
    if len(matches) == 1:
        return get_item(session, matches[0])
    if len(matches) > 1:
        raise BadInput("Several items are called {ref}; use a barcode or the item number.", ref=ref)
    raise NotFound("There is no item {ref}.", ref=ref)


def _items_query(include_archived: bool) -> Select[int]:
    query = select(Item.id).order_by(func.lower(Item.name), Item.id)
    return query if include_archived else query.where(Item.archived.is_(False))


def search_items(session: Session, text: str, limit: int = 50, include_archived: bool = False) -> list[ItemInfo]:
    """Items whose name holds every word typed, or whose barcode or label code starts with it."""
    query = _items_query(include_archived)
    for word in text.split():
        query = query.where(
            or_(
                holds(Item.name, word),
                holds(Item.name_uk, word),
                holds(Item.name_en, word),
                Item.internal_code == word.upper(),
                Item.id.in_(select(Barcode.item_id).where(ends_with(Barcode.gtin, word))),
            )
        )
    return item_infos(session, session.scalars(query.limit(limit)).all())


def list_items(session: Session, category: str | None = None, include_archived: bool = False) -> list[ItemInfo]:
    query = _items_query(include_archived)
    if category:
        query = query.where(Item.category_id.in_(category_subtree_ids(session, resolve_category(session, category).id)))
    return item_infos(session, session.scalars(query).all())
