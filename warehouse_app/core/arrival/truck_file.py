"""The truck file: what left on a dispatched truck, as one checksummed JSON file that the
receiving hub registers (docs/truck-file.md describes the format).

The file is the envelope of ``core/arrival/envelope.py`` (a checksum over the body; no
signature); the same envelope carries the hub's arrival confirmation (``confirmation.py``).

Building reads the truck's packing list (``core/shipping/packing_list.py``), so the file
always equals what left the stock; reading turns a file into plain frozen data and refuses,
in one sentence, anything that is not a complete version-1 file.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from warehouse_app.core.arrival.envelope import (
    TRUCK_FORMAT,
    bad_field,
    day,
    dec_text,
    decimal,
    field,
    items_of,
    moment,
    open_envelope,
    optional_decimal,
    optional_text,
    seal_envelope,
    text,
)
from warehouse_app.core.shipping.packing_data import CategoryName, Package, PackingLine, TruckInfo, WarehouseDetails
from warehouse_app.core.shipping.packing_list import packing_list
from warehouse_app.core.shipping.warehouse import warehouse_uid
from warehouse_app.db.models import UNITS, Barcode, Item
from warehouse_app.db.types import utcnow
from warehouse_app.kernel.errors import Conflict

# --- the truck file's data ------------------------------------------------------------------

@dataclass(frozen=True)
class FileItem:
    """The goods as the sender's catalogue describes them, for the hub to match or add."""

    name: str
    unit: str
    name_uk: str | None = None
    name_en: str | None = None
    internal_code: str | None = None  # the sender's own label code (IT000042): numbered per warehouse
    gtins: tuple[tuple[str, Decimal], ...] = ()  # (GTIN-14, units per scan)
    unit_weight_kg: Decimal | None = None
    tracks_expiry: bool = False
    hs_code: str | None = None
    origin_country: str | None = None


@dataclass(frozen=True)
class FileLine:
    item: FileItem
    category: CategoryName
    quantity: Decimal
    net_kg: Decimal | None
    expiry: date | None
    lot_code: str

    def packing_line(self) -> PackingLine:
        """As the packing list's counting rules take it (the sender's item id is meaningless here: 0)."""
        return PackingLine(0, self.item.name, self.category, self.quantity, self.item.unit, self.net_kg, self.expiry,
                           self.lot_code, item_name_uk=self.item.name_uk or self.category.uk,
                           hs_code=self.item.hs_code or self.category.hs_code)


@dataclass(frozen=True)
class FilePackage:
    label_code: str
    kind: str  # box | pallet
    seq: int
    of: int
    name: str
    on_pallet: str | None
    gross_kg: Decimal
    weighed: bool
    lines: tuple[FileLine, ...]

    def package(self) -> Package:
        lines = tuple(line.packing_line() for line in self.lines)
        net = sum((line.net_kg for line in lines if line.net_kg is not None), Decimal(0))
        return Package(self.seq, self.of, self.label_code, self.kind, self.name, lines, net, self.gross_kg,
                       self.weighed, self.on_pallet)


@dataclass(frozen=True)
class FileSender:
    """The sending warehouse: its id (``warehouse_uid``) and the details its papers print."""

    uid: str
    details: WarehouseDetails

    @property
    def name(self) -> str:
        return self.details.name


@dataclass(frozen=True)
class TruckFile:
    sha256: str
    sender: FileSender
    truck: TruckInfo  # status 'dispatched', with dispatched_at
    packages: tuple[FilePackage, ...]
    loose: tuple[FileLine, ...]
    pallets: tuple[str, ...]
    written_at: datetime

    def package(self, label_code: str) -> FilePackage | None:
        return next((p for p in self.packages if p.label_code == label_code), None)


@dataclass(frozen=True)
class WrittenTruckFile:
    """A truck file ready to save: its bytes, checksum and what it holds."""

    number: str
    content: bytes
    sha256: str
    packages: int
    loose_lines: int


# --- building ---------------------------------------------------------------------------------

_TRUCK_TEXTS = ("recipient", "recipient_address", "city", "country", "contact", "driver", "driver_phone",
                "vehicle_plate", "trailer_plate", "seal_number", "aid_registration_code")


def _item_details(session: Session, item_ids: set[int]) -> dict[int, dict[str, Any]]:
    codes: dict[int, list[list[str]]] = {}
    for item_id, gtin, pack in session.execute(
            select(Barcode.item_id, Barcode.gtin, Barcode.pack_qty).where(Barcode.item_id.in_(item_ids))
            .order_by(Barcode.id)):
        codes.setdefault(item_id, []).append([gtin, dec_text(pack)])
    found = {}
    for row in session.scalars(select(Item).where(Item.id.in_(item_ids))):
        found[row.id] = {
            "name": row.name, "name_uk": row.name_uk, "name_en": row.name_en, "internal_code": row.internal_code,
            "gtins": [{"gtin": g, "pack_qty": p} for g, p in codes.get(row.id, [])], "unit": row.unit,
            "unit_weight_kg": None if row.unit_weight_kg is None else dec_text(row.unit_weight_kg),
            "tracks_expiry": row.tracks_expiry, "hs_code": row.hs_code, "origin_country": row.origin_country,
        }
    return found


def _line(line: PackingLine, items: dict[int, dict[str, Any]]) -> dict[str, Any]:
    c = line.category
    return {"item": items[line.item_id], "category": {"code": c.code, "pl": c.pl, "en": c.en, "uk": c.uk,
                                                      "hs_code": c.hs_code},
            "quantity": dec_text(line.quantity), "net_kg": None if line.net_kg is None else dec_text(line.net_kg),
            "expiry": None if line.expiry is None else line.expiry.isoformat(), "lot_code": line.lot_code}


def truck_file(session: Session, truck: str, *, now: datetime | None = None) -> WrittenTruckFile:
    """The truck file of a dispatched truck (the file is what left, so only after dispatch).

    Writes only this warehouse's id, on first use: call it in a write transaction and save
    ``content`` after it commits (``documents/jobs.py`` ``save_file``)."""
    listing = packing_list(session, truck)
    t = listing.truck
    if t.status != "dispatched" or t.dispatched_at is None:
        raise Conflict("Truck {number} is not dispatched yet; its truck file says what left, so write it after "
                       "dispatch.", number=t.number)
    lines = [line for p in listing.packages for line in p.lines] + list(listing.loose)
    items = _item_details(session, {line.item_id for line in lines})
    sender = listing.sender
    body = {
        "sender": {"warehouse_uid": warehouse_uid(session), "name": sender.name, "address": sender.address,
                   "tax_id": sender.tax_id, "contact": sender.contact},
        "truck": {"number": t.number, "dispatched_at": t.dispatched_at.isoformat(),
                  **{name: getattr(t, name) for name in _TRUCK_TEXTS}},
        "packages": [{"label_code": p.label_code, "kind": p.kind, "seq": p.seq, "of": p.of, "name": p.name,
                      "on_pallet": p.on_pallet, "gross_kg": dec_text(p.gross_kg), "weighed": p.weighed,
                      "lines": [_line(line, items) for line in p.lines]} for p in listing.packages],
        "loose": [_line(line, items) for line in listing.loose],
        "pallets": list(listing.pallets),
        "written_at": (now or utcnow()).isoformat(),
    }
    content, sha = seal_envelope(TRUCK_FORMAT, body)
    return WrittenTruckFile(t.number, content, sha, len(listing.packages), len(listing.loose))


# --- reading ----------------------------------------------------------------------------------

def _item(obj: Any, where: str) -> FileItem:
    unit = text(obj, "unit", where, 8)
    if unit not in UNITS:
        raise bad_field(f"{where}.unit")
    gtins = items_of(obj, "gtins", where, lambda g, w: (text(g, "gtin", w, 14), decimal(g, "pack_qty", w, positive=True)))
    return FileItem(name=text(obj, "name", where), unit=unit, name_uk=optional_text(obj, "name_uk", where),
                    name_en=optional_text(obj, "name_en", where),
                    internal_code=optional_text(obj, "internal_code", where, 16), gtins=gtins,
                    unit_weight_kg=optional_decimal(obj, "unit_weight_kg", where),
                    tracks_expiry=bool(obj.get("tracks_expiry")), hs_code=optional_text(obj, "hs_code", where, 10),
                    origin_country=optional_text(obj, "origin_country", where, 2))


def _category(obj: Any, where: str) -> CategoryName:
    return CategoryName(text(obj, "code", where, 64), text(obj, "pl", where, 120), text(obj, "en", where, 120),
                        text(obj, "uk", where, 120), optional_text(obj, "hs_code", where, 10))


def read_line(obj: Any, where: str) -> FileLine:
    return FileLine(item=_item(field(obj, "item", where, dict), f"{where}.item"),
                    category=_category(field(obj, "category", where, dict), f"{where}.category"),
                    quantity=decimal(obj, "quantity", where, positive=True),
                    net_kg=optional_decimal(obj, "net_kg", where), expiry=day(obj, "expiry", where),
                    lot_code=text(obj, "lot_code", where, 64))


def _package(obj: Any, where: str) -> FilePackage:
    kind = text(obj, "kind", where, 12)
    if kind not in ("box", "pallet"):
        raise bad_field(f"{where}.kind")
    return FilePackage(label_code=text(obj, "label_code", where, 32), kind=kind, seq=field(obj, "seq", where, int),
                       of=field(obj, "of", where, int), name=text(obj, "name", where, 120),
                       on_pallet=optional_text(obj, "on_pallet", where, 32), gross_kg=decimal(obj, "gross_kg", where),
                       weighed=field(obj, "weighed", where, bool), lines=items_of(obj, "lines", where, read_line))


def parse_truck_file(data: bytes) -> TruckFile:
    """A truck file's content as plain data, after its envelope and checksum are checked."""
    body, sha = open_envelope(data, TRUCK_FORMAT)
    sender, truck = field(body, "sender", "", dict), field(body, "truck", "", dict)
    packages = items_of(body, "packages", "", _package)
    codes = [p.label_code for p in packages]
    if len(set(codes)) != len(codes):
        raise bad_field("packages.label_code")
    return TruckFile(
        sha256=sha,
        sender=FileSender(uid=text(sender, "warehouse_uid", "sender", 36), details=WarehouseDetails(
            name=text(sender, "name", "sender"), address=text(sender, "address", "sender", 500),
            tax_id=text(sender, "tax_id", "sender", 40), contact=text(sender, "contact", "sender"))),
        truck=_truck(truck),
        packages=packages, loose=items_of(body, "loose", "", read_line),
        pallets=items_of(body, "pallets", "", lambda v, w: _text_value(v, w)),
        written_at=moment(body, "written_at", ""),
    )


def _truck(obj: Any) -> TruckInfo:
    def t(name: str) -> str:
        return text(obj, name, "truck", 4000)

    return TruckInfo(number=text(obj, "number", "truck", 20), status="dispatched", recipient=t("recipient"),
                     recipient_address=t("recipient_address"), city=t("city"), country=t("country"),
                     contact=t("contact"), driver=t("driver"), driver_phone=t("driver_phone"),
                     vehicle_plate=t("vehicle_plate"), trailer_plate=t("trailer_plate"), seal_number=t("seal_number"),
                     aid_registration_code=t("aid_registration_code"), dispatched_at=moment(obj, "dispatched_at", "truck"))


def _text_value(value: Any, where: str) -> str:
    if not isinstance(value, str) or len(value) > 32:
        raise bad_field(where)
    return value


def body_of(truck_body_json: str) -> dict[str, Any]:
    """A stored body (canonical JSON) back as the dict it was read from."""
    loaded: dict[str, Any] = json.loads(truck_body_json)
    return loaded


def parse_body(body: Mapping[str, Any], sha: str) -> TruckFile:
    """A body already checked once (as stored at registration) as plain data."""
    data, _ = seal_envelope(TRUCK_FORMAT, body)
    parsed = parse_truck_file(data)
    return TruckFile(sha, parsed.sender, parsed.truck, parsed.packages, parsed.loose, parsed.pallets, parsed.written_at)
