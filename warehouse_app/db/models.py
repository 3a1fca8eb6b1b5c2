"""The data model. The movement ledger is the truth; stock_level is its running sum.

Rows of ``movement`` are never updated or deleted: a mistake is undone by a
reversal row. ``stock_level`` is kept in the same transaction as each movement
and can always be recomputed from the ledger (``warehouse-app db check``).
``item_total`` and ``category_expiry_total`` are running sums of stock_level,
kept in the same transaction too, so the stock roll-up by category reads a few
thousand rows instead of grouping every stock level (also checked by ``db check``).
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from warehouse_app.db.types import Qty, UTCDateTime, utcnow

# Named constraints let Alembic's batch mode on SQLite find and alter them.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# A BIGINT primary key that is still SQLite's auto-incrementing rowid.
BigId = BigInteger().with_variant(Integer, "sqlite")

UNITS = ("pcs", "kg", "l", "pack", "pair", "set")
LOCATION_KINDS = ("warehouse", "zone", "bin", "box", "pallet", "truck")
MOVEMENT_KINDS = ("receive", "move", "adjust", "write_off", "dispatch", "reversal")
# What happens to a box or pallet as a whole (its goods do not move line by line): audit_event.
EVENT_KINDS = ("seal", "reopen", "on_pallet", "off_pallet", "load", "unload", "override")
ROLES = ("staff", "loader", "manager")
SHIPMENT_STATUSES = ("planning", "loading", "dispatched")
# What the receiving hub found of each package (package_confirmation, at the sender).
CONFIRMED_STATUSES = ("received", "damaged", "missing")
ARRIVAL_STATUSES = ("checking", "closed")  # incoming_truck, at the hub
CHECK_IN_STATUSES = ("expected", "received", "damaged")  # incoming_package, at the hub


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Setting(Base):
    """Warehouse-wide settings shared by every station (one row per key)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Counter(Base):
    """Yearly document counters (D-2026-00042): one UPDATE serialises concurrent stations."""

    __tablename__ = "counter"
    name: Mapped[str] = mapped_column(String(32), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(Integer, default=0)


class Category(Base):
    __tablename__ = "category"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"), index=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name_pl: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    name_uk: Mapped[str] = mapped_column(String(120))
    hs_code: Mapped[str | None] = mapped_column(String(10))
    min_shelf_life_days: Mapped[int | None] = mapped_column(Integer)
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))


class Item(Base):
    __tablename__ = "item"
    __table_args__ = (
        CheckConstraint(f"unit IN ({', '.join(repr(u) for u in UNITS)})", name="unit"),
        CheckConstraint("unit_weight_kg IS NULL OR unit_weight_kg >= 0", name="weight"),
        CheckConstraint("min_stock IS NULL OR min_stock >= 0", name="min_stock"),
        CheckConstraint("unit_value IS NULL OR unit_value >= 0", name="unit_value"),
        CheckConstraint("value_currency IS NULL OR value_currency IN ('PLN', 'EUR')", name="value_currency"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)  # as the goods say (Polish, usually)
    name_uk: Mapped[str | None] = mapped_column(String(200))
    name_en: Mapped[str | None] = mapped_column(String(200))
    category_id: Mapped[int] = mapped_column(ForeignKey("category.id"), index=True)
    unit: Mapped[str] = mapped_column(String(8))
    unit_weight_kg: Mapped[Decimal | None] = mapped_column(Qty)
    tracks_expiry: Mapped[bool] = mapped_column(Boolean, default=False)
    min_stock: Mapped[Decimal | None] = mapped_column(Qty)
    size: Mapped[str | None] = mapped_column(String(16))
    gender: Mapped[str | None] = mapped_column(String(16))
    internal_code: Mapped[str | None] = mapped_column(String(16), unique=True)
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    hs_code: Mapped[str | None] = mapped_column(String(10))  # overrides the category's
    origin_country: Mapped[str | None] = mapped_column(String(2))  # ISO 3166 alpha-2
    unit_value: Mapped[Decimal | None] = mapped_column(Qty)  # declared value of one unit
    value_currency: Mapped[str | None] = mapped_column(String(3))  # PLN | EUR


class Barcode(Base):
    """A GTIN (stored as GTIN-14) that names an item; a case code carries its pack count."""

    __tablename__ = "barcode"
    __table_args__ = (CheckConstraint("pack_qty > 0", name="pack_qty"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), index=True)
    gtin: Mapped[str] = mapped_column(String(14), unique=True)
    pack_qty: Mapped[Decimal] = mapped_column(Qty, default=Decimal(1))


# The lot table's partial unique indexes and their condition. SQLite's spelling is given in the
# model; PostgreSQL's (postgresql_where) is added by ``spell_partial_indexes_for_postgresql`` when a
# PostgreSQL database is opened (db/database.py): naming it here would make SQLAlchemy load its whole
# PostgreSQL dialect, and asyncio with it, at every start on SQLite. The migrations give both.
PARTIAL_INDEXES = {"uq_lot_item_expiry_code": "expiry IS NOT NULL", "uq_lot_item_code_no_expiry": "expiry IS NULL"}


class Lot(Base):
    """Item + expiry + lot code. Goods without either share one lot per item."""

    __tablename__ = "lot"
    __table_args__ = (
        Index("uq_lot_item_expiry_code", "item_id", "expiry", "lot_code", unique=True,
              sqlite_where=text(PARTIAL_INDEXES["uq_lot_item_expiry_code"])),
        Index("uq_lot_item_code_no_expiry", "item_id", "lot_code", unique=True,
              sqlite_where=text(PARTIAL_INDEXES["uq_lot_item_code_no_expiry"])),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    expiry: Mapped[date | None] = mapped_column(Date)
    lot_code: Mapped[str] = mapped_column(String(64), default="", server_default="")


class Location(Base):
    """A place in the tree warehouse > zone > bin, or a container (box, pallet, truck load).

    ``path`` is the chain of ids ("/1/2/7/") so a subtree is one prefix match.
    """

    __tablename__ = "location"
    __table_args__ = (
        CheckConstraint(
            f"kind IN ({', '.join(repr(k) for k in LOCATION_KINDS)})", name="kind"
        ),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    path: Mapped[str] = mapped_column(String(400), index=True, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)


class Operator(Base):
    __tablename__ = "operator"
    __table_args__ = (
        CheckConstraint(f"role IN ({', '.join(repr(r) for r in ROLES)})", name="role"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    role: Mapped[str] = mapped_column(String(12), default="staff")
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=text("true"))
    pin_hash: Mapped[str | None] = mapped_column(String(200))
    # Wrong PINs in a row and when the next try is heard (core/access/pin_tries.py).
    pin_failures: Mapped[int] = mapped_column(Integer, default=0, server_default=text("0"))
    pin_wait_until: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Donor(Base):
    __tablename__ = "donor"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str | None] = mapped_column(String(20))
    city: Mapped[str | None] = mapped_column(String(120))
    contact: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    address: Mapped[str | None] = mapped_column(Text)
    tax_id: Mapped[str | None] = mapped_column(String(20))  # NIP, for the donor's receipt


class Donation(Base):
    """An intake batch (D-2026-00042): what one donor brought, scanned in one go."""

    __tablename__ = "donation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    donor_id: Mapped[int | None] = mapped_column(ForeignKey("donor.id"), index=True)
    source: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(8), default="open")
    station: Mapped[str] = mapped_column(String(64))
    operator_id: Mapped[int] = mapped_column(ForeignKey("operator.id"))
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Shipment(Base):
    """A truck (T-2026-0042). Its load is a location of kind truck: boxes and pallets
    loaded onto it are re-parented under that location, loose goods moved into it."""

    __tablename__ = "shipment"
    __table_args__ = (
        CheckConstraint(f"status IN ({', '.join(repr(s) for s in SHIPMENT_STATUSES)})", name="status"),
        CheckConstraint("max_payload_kg IS NULL OR max_payload_kg > 0", name="max_payload"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(20), unique=True)
    status: Mapped[str] = mapped_column(String(12), default="planning")
    load_location_id: Mapped[int] = mapped_column(ForeignKey("location.id"), unique=True)
    recipient: Mapped[str] = mapped_column(String(200), default="")
    recipient_address: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(80), default="")
    contact: Mapped[str] = mapped_column(String(200), default="")
    driver: Mapped[str] = mapped_column(String(120), default="")
    driver_phone: Mapped[str] = mapped_column(String(40), default="")
    vehicle_plate: Mapped[str] = mapped_column(String(20), default="")
    trailer_plate: Mapped[str] = mapped_column(String(20), default="")
    seal_number: Mapped[str] = mapped_column(String(40), default="")
    planned_departure: Mapped[date | None] = mapped_column(Date)
    aid_registration_code: Mapped[str] = mapped_column(String(64), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    max_payload_kg: Mapped[Decimal | None] = mapped_column(Qty)  # None: the warehouse setting
    created_by: Mapped[int] = mapped_column(ForeignKey("operator.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    dispatched_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    dispatched_at: Mapped[datetime | None] = mapped_column(UTCDateTime)


class Container(Base):
    """What a box or pallet location needs beyond being a place: its category, seal, weight."""

    __tablename__ = "container"
    __table_args__ = (CheckConstraint("gross_kg IS NULL OR gross_kg > 0", name="gross_kg"),)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"), primary_key=True, autoincrement=False)
    category_id: Mapped[int | None] = mapped_column(ForeignKey("category.id"))
    mixed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    sealed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    gross_kg: Mapped[Decimal | None] = mapped_column(Qty)
    created_by: Mapped[int] = mapped_column(ForeignKey("operator.id"))


class Movement(Base):
    """One line of the append-only ledger."""

    __tablename__ = "movement"
    __table_args__ = (
        CheckConstraint("quantity > 0", name="quantity_positive"),
        CheckConstraint(
            "from_location_id IS NOT NULL OR to_location_id IS NOT NULL", name="has_place"
        ),
        CheckConstraint(
            f"kind IN ({', '.join(repr(k) for k in MOVEMENT_KINDS)})", name="kind"
        ),
        Index("ix_movement_item_created", "item_id", "created_at"),
    )
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"))
    quantity: Mapped[Decimal] = mapped_column(Qty)
    from_location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"))
    to_location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"))
    donation_id: Mapped[int | None] = mapped_column(ForeignKey("donation.id"), index=True)
    shipment_id: Mapped[int | None] = mapped_column(ForeignKey("shipment.id"), index=True)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operator.id"))
    station: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    reason: Mapped[str | None] = mapped_column(Text)
    reverses_id: Mapped[int | None] = mapped_column(
        BigId, ForeignKey("movement.id"), unique=True
    )
    # A scan's own id (a UUID made by the station when the scan was acknowledged): a scan
    # queued while the server was unreachable and sent again later is written once.
    scan_uid: Mapped[str | None] = mapped_column(String(36), unique=True, index=True)


class AuditEvent(Base):
    """Append-only, like the ledger: a box or pallet sealed, reopened, put on a pallet or a
    truck or taken off, and a manager's shelf-life override with its reason; who, where, when."""

    __tablename__ = "audit_event"
    __table_args__ = (
        CheckConstraint(f"kind IN ({', '.join(repr(k) for k in EVENT_KINDS)})", name="kind"),
    )
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"), index=True)
    from_location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"))
    to_location_id: Mapped[int | None] = mapped_column(ForeignKey("location.id"))
    shipment_id: Mapped[int | None] = mapped_column(ForeignKey("shipment.id"), index=True)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operator.id"))
    station: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow, index=True)
    reason: Mapped[str | None] = mapped_column(Text)


class StockLevel(Base):
    """How much of one lot of one item lies at one location, never below zero."""

    __tablename__ = "stock_level"
    __table_args__ = (
        CheckConstraint("quantity >= 0", name="quantity_not_negative"),
        UniqueConstraint("item_id", "lot_id", "location_id", name="uq_stock_level_item_lot_location"),
    )
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"))
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"), index=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"), index=True)
    quantity: Mapped[Decimal] = mapped_column(Qty, default=Decimal(0))


# The expiry under which category_expiry_total keeps goods that have none: a key
# column must not be NULL (NULLs never conflict in a unique key, so an upsert would
# add a row each time), and a date later than any real one sorts and compares right.
NO_EXPIRY = date(9999, 12, 31)


class ItemTotal(Base):
    """All the stock of one item, wherever it lies: the sum of its stock_level rows.

    Kept by the ledger in the same transaction as each movement. No row means
    nothing was ever received. The row is also what serialises a change of the
    item's category or unit weight with movements of it (see core/ledger.py).
    """

    __tablename__ = "item_total"
    item_id: Mapped[int] = mapped_column(ForeignKey("item.id"), primary_key=True, autoincrement=False)
    quantity: Mapped[Decimal] = mapped_column(Qty)


class CategoryExpiryTotal(Base):
    """The stock of one category's items with one expiry date: quantity and weight.

    ``expiry`` is NO_EXPIRY for goods without a date. ``weight_mg`` is the sum of
    quantity x unit weight, both in thousandths, so milligrams, exact as integers.
    """

    __tablename__ = "category_expiry_total"
    category_id: Mapped[int] = mapped_column(ForeignKey("category.id"), primary_key=True, autoincrement=False)
    expiry: Mapped[date] = mapped_column(Date, primary_key=True)
    quantity: Mapped[Decimal] = mapped_column(Qty)
    weight_mg: Mapped[int] = mapped_column(BigInteger)


class StockOrigin(Base):
    """Provenance: how much of one stock level came in with which receipt.

    ``source_id`` is the ledger row that brought the units into the warehouse (a receipt,
    or a count that found goods), so its donation says whose gift they are. Per level the
    quantities add up to the level (``db check``). Goods that move carry their origins
    along; a take consumes them first received, first out (core/origins.py).
    """

    __tablename__ = "stock_origin"
    __table_args__ = (CheckConstraint("quantity >= 0", name="quantity_not_negative"),)
    level_id: Mapped[int] = mapped_column(BigId, ForeignKey("stock_level.id"), primary_key=True, autoincrement=False)
    source_id: Mapped[int] = mapped_column(BigId, ForeignKey("movement.id"), primary_key=True, autoincrement=False,
                                           index=True)
    quantity: Mapped[Decimal] = mapped_column(Qty)


class MovementOrigin(Base):
    """Provenance of a ledger row that is not a source itself: which receipts' units it
    took (a move, a dispatch, a write-off) or put back (the reversal of one). The parts
    add up to the row's quantity."""

    __tablename__ = "movement_origin"
    __table_args__ = (CheckConstraint("quantity > 0", name="quantity_positive"),)
    movement_id: Mapped[int] = mapped_column(BigId, ForeignKey("movement.id"), primary_key=True, autoincrement=False)
    source_id: Mapped[int] = mapped_column(BigId, ForeignKey("movement.id"), primary_key=True, autoincrement=False,
                                           index=True)
    quantity: Mapped[Decimal] = mapped_column(Qty)


class TruckConfirmation(Base):
    """At the sender: the receiving hub's confirmation of a dispatched truck, imported from
    its arrival confirmation file (docs/truck-file.md). The truck is *delivered* from then on;
    ``shipment.status`` stays 'dispatched'."""

    __tablename__ = "truck_confirmation"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipment.id"), unique=True)
    hub_name: Mapped[str] = mapped_column(String(200), default="")
    arrived_on: Mapped[date] = mapped_column(Date)
    closed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    imported_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    operator_id: Mapped[int] = mapped_column(ForeignKey("operator.id"))
    station: Mapped[str] = mapped_column(String(64))
    file_sha256: Mapped[str] = mapped_column(String(64), unique=True)


class PackageConfirmation(Base):
    """At the sender: what the hub found of one package of a confirmed truck; label_code ""
    stands for the truck's loose goods."""

    __tablename__ = "package_confirmation"
    __table_args__ = (
        CheckConstraint(f"status IN ({', '.join(repr(s) for s in CONFIRMED_STATUSES)})", name="status"),
        UniqueConstraint("shipment_id", "label_code", name="uq_package_confirmation_shipment_label"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    shipment_id: Mapped[int] = mapped_column(ForeignKey("shipment.id"))
    label_code: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(8))
    note: Mapped[str | None] = mapped_column(Text)


class IncomingTruck(Base):
    """At the receiving hub: a truck registered from its truck file, checked package by
    package, then closed (its goods received under ``donation_id``)."""

    __tablename__ = "incoming_truck"
    __table_args__ = (
        CheckConstraint(f"status IN ({', '.join(repr(s) for s in ARRIVAL_STATUSES)})", name="status"),
        UniqueConstraint("sender_uid", "sender_number", name="uq_incoming_truck_sender_uid_number"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[str] = mapped_column(String(24), unique=True)  # the local handle: the sender's number, or -2…
    sender_number: Mapped[str] = mapped_column(String(20))
    sender_name: Mapped[str] = mapped_column(String(200), default="")
    sender_uid: Mapped[str] = mapped_column(String(36))
    file_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    body: Mapped[str] = mapped_column(Text)  # the truck file's body, canonical JSON (its sha256 is file_sha256)
    status: Mapped[str] = mapped_column(String(8), default="checking")
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    registered_by: Mapped[int] = mapped_column(ForeignKey("operator.id"))
    station: Mapped[str] = mapped_column(String(64))
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    donation_id: Mapped[int | None] = mapped_column(ForeignKey("donation.id"))


class IncomingPackage(Base):
    """At the receiving hub: one package of an incoming truck, as expected by its file or
    found extra, and what the check-in found (who, where, when)."""

    __tablename__ = "incoming_package"
    __table_args__ = (
        CheckConstraint(f"status IN ({', '.join(repr(s) for s in CHECK_IN_STATUSES)})", name="status"),
        UniqueConstraint("incoming_truck_id", "label_code", name="uq_incoming_package_truck_label"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    incoming_truck_id: Mapped[int] = mapped_column(ForeignKey("incoming_truck.id"))
    label_code: Mapped[str] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(12))  # box | pallet
    seq: Mapped[int | None] = mapped_column(Integer)  # None for an extra package
    expected: Mapped[bool] = mapped_column(Boolean)  # False: not on the truck's list (extra)
    status: Mapped[str] = mapped_column(String(8), default="expected")
    note: Mapped[str | None] = mapped_column(Text)
    checked_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    operator_id: Mapped[int | None] = mapped_column(ForeignKey("operator.id"))
    station: Mapped[str | None] = mapped_column(String(64))


def spell_partial_indexes_for_postgresql() -> None:
    """Give the partial indexes their PostgreSQL condition too (once; see PARTIAL_INDEXES)."""
    for index in Base.metadata.tables["lot"].indexes:
        where = PARTIAL_INDEXES.get(str(index.name))
        if where is not None and index.dialect_options["postgresql"]["where"] is None:
            index.dialect_options["postgresql"]["where"] = text(where)
