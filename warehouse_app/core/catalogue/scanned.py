"""Goods named by a scan or a typed reference, read as intake reads them: packing, loading
and putting away all ask this one function what a scan of goods means."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from warehouse_app.core.catalogue import barcodes, instore
from warehouse_app.core.catalogue.items import ItemInfo, find_item, get_item, scan_target
from warehouse_app.core.quantities import parse_date, parse_quantity
from warehouse_app.kernel.errors import BadInput


@dataclass(frozen=True)
class Scanned:
    """Goods named by a scan or typed reference, and how many units were meant."""

    item: ItemInfo
    units: Decimal | None  # None: no quantity given (the caller decides what that means)
    expiry: date | None
    lot_code: str | None


def scanned_goods(session: Session, code: str, qty: str | int | Decimal | None, expiry: str | date | None, *,
                  default_one: bool) -> Scanned:
    """Read a scan as intake does: ``qty`` counts scans of the code (a 12-pack case code
    scanned twice is 24 units), GS1 data supplies expiry and lot unless given. Names and
    #numbers work too (one unit each)."""
    try:
        scan = instore.read_goods(session, code)
    except BadInput:
        scan = None
    if scan is not None and scan.internal_kind not in (None, barcodes.InternalKind.ITEM):
        raise BadInput("{code} is a {kind} label, not goods.", code=scan.raw, kind=scan.internal_kind)
    if scan is not None:
        target, per_scan = scan_target(session, scan)
        item, per_scan = get_item(session, target.id), barcodes.units_per_scan(scan, target.unit, per_scan)
    else:
        item, per_scan = find_item(session, code), Decimal(1)
    units = scanned_units(qty, item.unit, per_scan, default_one=default_one)
    when = parse_date(expiry) if expiry not in (None, "") else (scan.expiry if scan else None)
    return Scanned(item, units, when, scan.lot if scan else None)


def scanned_units(qty: str | int | Decimal | None, unit: str, per_scan: Decimal, *,
                  default_one: bool) -> Decimal | None:
    """How many units ``qty`` scans (None: one, or None with ``default_one`` False) are."""
    if qty in (None, "") and not default_one:
        return None
    scans = parse_quantity(qty, unit) if qty not in (None, "") else Decimal(1)
    return parse_quantity(scans * per_scan, unit)
