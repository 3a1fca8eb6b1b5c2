"""What a truck carries, as plain data: the one shape the packing list (PDF), the truck
manifest (xlsx), labels and the Trucks screen all read.

``core/packing_list.py`` builds it from the ledger (``packing_list(session, truck)``);
the document writers take it and never touch the database. Quantities and weights are
exact decimals (kg for weights); dates are ``date`` objects; names are the user's text.

Counting rules, so that a border officer can add every column up by hand:

- a package (box, or pallet carrying goods itself) is counted once, under its **main
  category** (the one with the most net weight, then the most units, then the first
  code); a mixed box's other categories show their goods but no package;
- goods loaded loose are no package: their pieces are counted as **loose pieces**, a
  column of their own, beside the packages;
- a weight is never guessed: a line whose item has no unit weight has ``net_kg`` None;
  sums carry the known part and say that something is missing (``*_incomplete``), and
  the lines no weighed box covers are listed in ``PackingList.missing_weight``.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal


@dataclass(frozen=True)
class WarehouseDetails:
    """The sender printed on documents (kept in settings; empty strings when unset)."""

    name: str = ""
    address: str = ""
    tax_id: str = ""
    contact: str = ""


@dataclass(frozen=True)
class CategoryName:
    """A category in the three document languages, with its customs code."""

    code: str
    pl: str
    en: str
    uk: str
    hs_code: str | None = None

    def name(self, lang: str) -> str:
        return {"pl": self.pl, "uk": self.uk}.get(lang, self.en)


@dataclass(frozen=True)
class TruckInfo:
    number: str  # T-2026-0042; also the packing list's document number
    status: str  # planning | loading | dispatched
    recipient: str = ""  # organisation
    recipient_address: str = ""
    city: str = ""
    country: str = ""
    contact: str = ""
    driver: str = ""
    driver_phone: str = ""
    vehicle_plate: str = ""
    trailer_plate: str = ""
    seal_number: str = ""
    planned_departure: date | None = None
    aid_registration_code: str = ""  # the Ukrainian humanitarian-aid registration
    notes: str = ""
    dispatched_at: datetime | None = None
    max_payload_kg: Decimal | None = None


@dataclass(frozen=True)
class PackingLine:
    """One item and lot in a package (or loose on the truck)."""

    item_id: int
    item_name: str
    category: CategoryName
    quantity: Decimal  # in ``unit``
    unit: str  # pcs, kg, l, pack, pair, set
    net_kg: Decimal | None  # quantity x unit weight; None when the item has no unit weight
    expiry: date | None = None
    lot_code: str = ""
    item_name_uk: str = ""  # the item's Ukrainian name, else its category's
    hs_code: str | None = None  # the item's own, else its category's
    origin_country: str | None = None
    unit_value: Decimal | None = None  # declared value of one unit, in ``value_currency``
    value_currency: str | None = None

    @property
    def bilingual_name(self) -> str:
        """"Polish name / Ukrainian name", as a border officer on either side reads it."""
        if not self.item_name_uk or self.item_name_uk.casefold() == self.item_name.casefold():
            return self.item_name
        return f"{self.item_name} / {self.item_name_uk}"

    @property
    def value(self) -> Decimal | None:
        return None if self.unit_value is None else (self.quantity * self.unit_value).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class Package:
    """A box or pallet on the truck, numbered ``seq`` of ``of`` (1/N … N/N).

    Boxes are packages; a pallet is a package of its own only for goods put directly on
    it (a pallet that only carries boxes is named in ``on_pallet`` of each box instead).
    """

    seq: int
    of: int
    label_code: str  # the scannable internal code, e.g. B000042
    kind: str  # box | pallet
    name: str
    lines: tuple[PackingLine, ...]
    net_kg: Decimal  # of the lines with a weight (see ``net_complete``)
    gross_kg: Decimal  # as weighed when sealed; the (known) net weight when never weighed
    weighed: bool
    on_pallet: str | None = None  # label code of the pallet it stands on
    sealed: bool = True

    @property
    def categories(self) -> tuple[CategoryName, ...]:
        seen: dict[str, CategoryName] = {}
        for line in self.lines:
            seen.setdefault(line.category.code, line.category)
        return tuple(seen.values())

    @property
    def net_complete(self) -> bool:
        """Every line has a weight."""
        return all(line.net_kg is not None for line in self.lines)

    @property
    def gross_known(self) -> bool:
        """Weighed when sealed (which covers lines without a weight), or every line has one."""
        return self.weighed or self.net_complete

    @property
    def main_category(self) -> CategoryName | None:
        """The category this package is counted under: most net weight, then most units."""
        nets: dict[str, Decimal] = defaultdict(Decimal)
        units: dict[str, Decimal] = defaultdict(Decimal)
        for line in self.lines:
            nets[line.category.code] += line.net_kg or 0
            units[line.category.code] += line.quantity
        cats = sorted(self.categories, key=lambda c: c.code)
        return max(cats, key=lambda c: (nets[c.code], units[c.code])) if cats else None

    @property
    def earliest_expiry(self) -> date | None:
        dates = [line.expiry for line in self.lines if line.expiry is not None]
        return min(dates) if dates else None


@dataclass(frozen=True)
class CategorySummary:
    """One row of the customs summary: per category, packages, pieces and weights."""

    category: CategoryName
    packages: int  # packages counted under this category (their main one): each package once
    pieces: Decimal  # sum of quantities in counted units (pcs, pack, pair, set), loose ones included
    kg_goods: Decimal  # sum of quantities of goods counted in kg or l
    net_kg: Decimal  # of the lines with a weight
    gross_kg: Decimal  # package gross weight shared out by net weight; loose goods' net
    loose_pieces: Decimal = Decimal(0)  # of ``pieces``, those loaded loose (no package)
    net_incomplete: bool = False  # some line has no weight: ``net_kg`` is only the known part
    gross_incomplete: bool = False  # some such line is in no weighed box


@dataclass(frozen=True)
class Totals:
    packages: int
    pieces: Decimal
    net_kg: Decimal
    gross_kg: Decimal
    loose_pieces: Decimal = Decimal(0)
    net_incomplete: bool = False
    gross_incomplete: bool = False


@dataclass(frozen=True)
class MissingWeight:
    """A line with no weight that no weighed box covers: enter the item's unit weight, or
    seal its box with the gross weight."""

    label_code: str  # the package it is in; "" when loaded loose
    line: PackingLine


@dataclass(frozen=True)
class PackingList:
    truck: TruckInfo
    sender: WarehouseDetails
    document_date: date
    packages: tuple[Package, ...]
    loose: tuple[PackingLine, ...]  # goods loaded onto the truck outside any box or pallet
    summary: tuple[CategorySummary, ...]
    totals: Totals
    pallets: tuple[str, ...] = field(default=())  # label codes of the pallets on the truck
    missing_weight: tuple[MissingWeight, ...] = field(default=())


@dataclass(frozen=True)
class ContainerInfo:
    id: int  # its location id
    code: str  # the label code, e.g. BX000042
    kind: str  # box | pallet
    name: str
    parent_code: str | None  # the pallet or truck load it stands on
    truck_number: str | None
    category: CategoryName | None  # None while empty or when mixed
    mixed: bool
    sealed: bool
    gross_kg: Decimal | None
    net_kg: Decimal
    pieces: Decimal  # quantities in counted units (pcs, pack, pair, set)
    line_count: int
    boxes: int  # boxes on it (pallets only)


@dataclass(frozen=True)
class PackResult:
    box: ContainerInfo
    item_name: str
    unit: str
    quantity: Decimal
    expiry: date | None
    lot_code: str
