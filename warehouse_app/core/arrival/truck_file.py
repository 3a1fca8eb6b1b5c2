"""The truck file: what left on a dispatched truck, as one checksummed JSON file that the
receiving hub registers (docs/truck-file.md describes the format).

The envelope is ``{"format", "version", "body", "sha256"}``; ``sha256`` is taken over the
body's canonical JSON (keys sorted, no spaces, UTF-8), so a file damaged on a USB stick
or edited by hand is refused. It is not a signature: anyone who edits the body can
compute a new checksum. Quantities and weights are decimal strings (never floats), dates
ISO. The same envelope carries the hub's arrival confirmation (``core/arrival/confirmation.py``).

Building reads the truck's packing list (``core/shipping/packing_list.py``), so the file
always equals what left the stock; reading turns a file into plain frozen data and refuses,
in one sentence, anything that is not a complete version-1 file.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from warehouse_app.core.quantities import MAX_NUMBER
from warehouse_app.core.shipping.packing_data import CategoryName, Package, PackingLine, TruckInfo, WarehouseDetails
from warehouse_app.core.shipping.packing_list import packing_list
from warehouse_app.core.shipping.warehouse import warehouse_uid
from warehouse_app.db.models import UNITS, Barcode, Item
from warehouse_app.db.types import utcnow
from warehouse_app.kernel.errors import BadInput, Conflict
from warehouse_app.kernel.paths import check_path

TRUCK_FORMAT = "aid-warehouse-truck"
ARRIVAL_FORMAT = "aid-warehouse-arrival"
VERSION = 1
MAX_FILE_BYTES = 64 * 1024 * 1024  # a full truck of 2,000 lines is well under 2 MB

T = TypeVar("T")


# --- the envelope ---------------------------------------------------------------------------

def canonical(body: Mapping[str, Any]) -> bytes:
    """The bytes the checksum is taken over: keys sorted, no spaces, UTF-8 (not escaped)."""
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def checksum(body: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical(body)).hexdigest()


def seal_envelope(kind: str, body: Mapping[str, Any]) -> tuple[bytes, str]:
    """The file's bytes (indented for a person to read) and its checksum."""
    sha = checksum(body)
    envelope = {"format": kind, "version": VERSION, "body": body, "sha256": sha}
    return (json.dumps(envelope, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8"), sha


def _refusal(kind: str, problem: str, **params: object) -> BadInput:
    """One sentence per kind of file and problem (whole sentences, so each translates whole)."""
    return _truck_refusal(problem, **params) if kind == TRUCK_FORMAT else _arrival_refusal(problem, **params)


def _truck_refusal(problem: str, **params: object) -> BadInput:
    if problem == "json":
        return BadInput("The truck file is damaged or incomplete: it is not readable JSON.")
    if problem == "other":
        return BadInput("This is an arrival confirmation file, not a truck file.")
    if problem == "format":
        return BadInput("This is not a truck file of Aid Warehouse.")
    if problem == "version":
        return BadInput("This truck file has version {version}; this app reads version {known}: update the app.",
                        **params)
    if problem == "parts":
        return BadInput("The truck file is damaged or incomplete: its body or checksum is missing.")
    return BadInput("The truck file is damaged or was changed after it was written: its checksum does not match.")


def _arrival_refusal(problem: str, **params: object) -> BadInput:
    if problem == "json":
        return BadInput("The arrival confirmation file is damaged or incomplete: it is not readable JSON.")
    if problem == "other":
        return BadInput("This is a truck file, not an arrival confirmation file.")
    if problem == "format":
        return BadInput("This is not an arrival confirmation file of Aid Warehouse.")
    if problem == "version":
        return BadInput("This arrival confirmation file has version {version}; this app reads version {known}: "
                        "update the app.", **params)
    if problem == "parts":
        return BadInput("The arrival confirmation file is damaged or incomplete: its body or checksum is missing.")
    return BadInput("The arrival confirmation file is damaged or was changed after it was written: its checksum "
                    "does not match.")


def open_envelope(data: bytes, kind: str) -> tuple[dict[str, Any], str]:
    """The body of a file of ``kind`` and its checksum, after checking both; else one sentence."""
    try:
        envelope = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _refusal(kind, "json") from None
    if not isinstance(envelope, dict) or not isinstance(envelope.get("format"), str):
        raise _refusal(kind, "format")
    if envelope["format"] != kind:
        raise _refusal(kind, "other" if envelope["format"] in (TRUCK_FORMAT, ARRIVAL_FORMAT) else "format")
    if envelope.get("version") != VERSION:
        raise _refusal(kind, "version", version=str(envelope.get("version")), known=VERSION)
    body, sha = envelope.get("body"), envelope.get("sha256")
    if not isinstance(body, dict) or not isinstance(sha, str):
        raise _refusal(kind, "parts")
    if checksum(body) != sha.lower():
        raise _refusal(kind, "checksum")
    return body, sha.lower()


def read_file(path: str | os.PathLike[str], what: str = "file") -> bytes:
    """The bytes of a file the user named, or one sentence (no file, unreadable, too big)."""
    checked = check_path(path, what)
    try:
        if checked.stat().st_size > MAX_FILE_BYTES:
            raise BadInput("The file {name} is too big to be a truck or arrival file.", name=checked.name)
        return checked.read_bytes()
    except FileNotFoundError:
        raise BadInput("There is no file {path}.", path=str(checked)) from None
    except OSError as exc:
        raise BadInput("The file {name} cannot be read: {reason}.", name=checked.name,
                       reason=exc.strerror or exc.__class__.__name__) from None


# --- reading a body's fields ----------------------------------------------------------------

def _bad(field: str) -> BadInput:
    return BadInput("The file is not a valid truck or arrival file: {field} is missing or wrong.", field=field)


def _get(obj: Mapping[str, Any], key: str, where: str, kind: type[T] | tuple[type, ...]) -> Any:
    value = obj.get(key) if isinstance(obj, Mapping) else None
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is int):
        raise _bad(f"{where}.{key}" if where else key)
    return value


def text(obj: Mapping[str, Any], key: str, where: str, longest: int = 200) -> str:
    value: str = _get(obj, key, where, str)
    if len(value) > longest:
        raise _bad(f"{where}.{key}")
    return value


def optional_text(obj: Mapping[str, Any], key: str, where: str, longest: int = 200) -> str | None:
    return None if obj.get(key) is None else text(obj, key, where, longest)


def decimal(obj: Mapping[str, Any], key: str, where: str, *, positive: bool = False) -> Decimal:
    raw: str = _get(obj, key, where, str)
    try:
        value = Decimal(raw)
    except InvalidOperation:
        raise _bad(f"{where}.{key}") from None
    if (not value.is_finite() or value < 0 or (positive and value == 0) or value >= MAX_NUMBER
            or value != value.quantize(Decimal("0.001"))):
        raise _bad(f"{where}.{key}")
    return value


def optional_decimal(obj: Mapping[str, Any], key: str, where: str) -> Decimal | None:
    return None if obj.get(key) is None else decimal(obj, key, where)


def day(obj: Mapping[str, Any], key: str, where: str, *, optional: bool = True) -> date | None:
    if obj.get(key) is None and optional:
        return None
    try:
        return date.fromisoformat(_get(obj, key, where, str))
    except ValueError:
        raise _bad(f"{where}.{key}") from None


def moment(obj: Mapping[str, Any], key: str, where: str) -> datetime:
    try:
        value = datetime.fromisoformat(_get(obj, key, where, str))
    except ValueError:
        raise _bad(f"{where}.{key}") from None
    return value if value.tzinfo is not None else value.replace(tzinfo=UTC)


def items_of(obj: Mapping[str, Any], key: str, where: str, read: Callable[[Any, str], T]) -> tuple[T, ...]:
    values: list[Any] = _get(obj, key, where, list)
    return tuple(read(value, f"{where}.{key}[{n}]") for n, value in enumerate(values))


def dec_text(value: Decimal) -> str:
    """An exact decimal as the file writes it: "12", "2.5", "0.333" (never a float, never 1E+1)."""
    return f"{value.normalize():f}"


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
        raise _bad(f"{where}.unit")
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
    return FileLine(item=_item(_get(obj, "item", where, dict), f"{where}.item"),
                    category=_category(_get(obj, "category", where, dict), f"{where}.category"),
                    quantity=decimal(obj, "quantity", where, positive=True),
                    net_kg=optional_decimal(obj, "net_kg", where), expiry=day(obj, "expiry", where),
                    lot_code=text(obj, "lot_code", where, 64))


def _package(obj: Any, where: str) -> FilePackage:
    kind = text(obj, "kind", where, 12)
    if kind not in ("box", "pallet"):
        raise _bad(f"{where}.kind")
    return FilePackage(label_code=text(obj, "label_code", where, 32), kind=kind, seq=_get(obj, "seq", where, int),
                       of=_get(obj, "of", where, int), name=text(obj, "name", where, 120),
                       on_pallet=optional_text(obj, "on_pallet", where, 32), gross_kg=decimal(obj, "gross_kg", where),
                       weighed=_get(obj, "weighed", where, bool), lines=items_of(obj, "lines", where, read_line))


def parse_truck_file(data: bytes) -> TruckFile:
    """A truck file's content as plain data, after its envelope and checksum are checked."""
    body, sha = open_envelope(data, TRUCK_FORMAT)
    sender, truck = _get(body, "sender", "", dict), _get(body, "truck", "", dict)
    packages = items_of(body, "packages", "", _package)
    codes = [p.label_code for p in packages]
    if len(set(codes)) != len(codes):
        raise _bad("packages.label_code")
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
        raise _bad(where)
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
