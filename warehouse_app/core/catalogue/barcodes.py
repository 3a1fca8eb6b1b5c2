"""Turn what a barcode scanner sends into a `Scan` the warehouse can act on.

Three kinds of code arrive at the intake desk: retail EAN/UPC/GTIN codes,
GS1-128 (or DataBar/DataMatrix/QR) element strings on cases and pallets, and
the warehouse's own labels (``BX000042``). biip does the GS1 work (`gs1_reading`);
the scanner's symbology prefix is stripped in one place (`core.scan_prefix.read_scan`,
re-exported here, which every label and badge check goes through). This module decides
which kind a scan is and turns every failure into one `BadInput` sentence, because a
misread code must be rescanned, never guessed at. Shops' in-store codes need the warehouse's layout: `instore.read_goods`.
Pure Python: no Qt here, so the CLI and tests can use it.

A plain GTIN (most goods) needs only its mod-10 check digit, worked out here; biip,
whose import reads GS1's prefix tables (~0.1 s), loads at the first GS1 element string,
so neither the start of the app nor a command that never sees one waits for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from warehouse_app.core.access.badges import BADGE_PREFIX
from warehouse_app.core.catalogue import gs1_reading
from warehouse_app.core.scan_prefix import GS1_SYMBOLOGIES, label_text, read_scan
from warehouse_app.kernel.errors import BadInput

__all__ = [
    "DEFAULT_SEPARATORS",
    "INTERNAL_PREFIXES",
    "InternalKind",
    "Scan",
    "gtin_check_digit",
    "interpret",
    "is_valid_gtin",
    "make_internal_code",
    "normalise_gtin",
    "parse_internal_code",
    "read_scan",
    "refuse_non_goods",
    "units_per_scan",
]


class InternalKind(StrEnum):
    """What a warehouse-printed label is stuck on."""

    ITEM = "item"
    BOX = "box"
    PALLET = "pallet"
    LOCATION = "location"
    TRUCK = "truck"
    OPERATOR = "operator"  # a person's badge: logs them in at start, never goods


INTERNAL_PREFIXES: dict[str, InternalKind] = {
    "IT": InternalKind.ITEM,
    "BX": InternalKind.BOX,
    "PL": InternalKind.PALLET,
    "LC": InternalKind.LOCATION,
    "TR": InternalKind.TRUCK,
    BADGE_PREFIX: InternalKind.OPERATOR,
}
_PREFIX_OF: dict[InternalKind, str] = {kind: p for p, kind in INTERNAL_PREFIXES.items()}

DEFAULT_SEPARATORS = "\x1d"  # ASCII 29 group separator, what scanners send for FNC1

GTIN_LENGTHS = (8, 12, 13, 14)
_DIGITS_RE = re.compile(r"[0-9]+")  # ASCII only: str.isdigit() accepts other scripts
_INTERNAL_RE = re.compile(r"([A-Za-z]{2})([0-9]{1,12})")  # 12 digits keeps int() cheap
_UNMARKED_GS1_RE = re.compile(r"0[12][0-9]{14}")
_URI_RE = re.compile(r"https?://", re.IGNORECASE)
# Scanners (or their keyboard wedges) that cannot send ASCII 29 spell it out.
_SEPARATOR_WORDS_RE = re.compile(r"<GS>|\{GS\}|\[GS\]|\u241d", re.IGNORECASE)
_ADDON_SPACE_RE = re.compile(r"([0-9]{8}|[0-9]{12,13}) ([0-9]{2}|[0-9]{5})")  # main code, a space, add-on


@dataclass(frozen=True)
class Scan:
    """One interpreted scan; exactly one of `gtin` / `internal_code` is set."""

    raw: str
    gtin: str | None = None
    contained: bool = False
    internal_kind: InternalKind | None = None
    internal_code: str | None = None
    expiry: date | None = None
    best_before: date | None = None
    lot: str | None = None
    count: int | None = None
    net_weight_kg: Decimal | None = None
    net_volume_l: Decimal | None = None
    addon: str | None = None  # the 2- or 5-digit add-on beside an EAN/UPC
    alternative_gtin: str | None = None  # 8 digits valid as EAN-8 (gtin) and as UPC-E (this)
    price: Decimal | None = None  # an in-store code's price: no quantity in it

    @property
    def is_internal(self) -> bool:
        """True for the warehouse's own labels (boxes, pallets, locations...)."""
        return self.internal_kind is not None


def _is_digits(code: str) -> bool:
    return _DIGITS_RE.fullmatch(code) is not None


def gtin_check_digit(body: str) -> str:
    """GS1 mod-10 check digit of `body` (the GTIN without its last digit): the digits
    weighted 3, 1, 3, ... from the right (GS1 General Specifications 7.9.1)."""
    if not _is_digits(body):
        raise BadInput("A check digit can only be computed for digits, not {body}.", body=body)
    total = sum(int(digit) * (1 if i % 2 else 3) for i, digit in enumerate(reversed(body)))
    return str(-total % 10)


def display_gtin(gtin14: str) -> str:
    """A stored GTIN-14 as people read it off the goods: the EAN-13 when it is one."""
    return gtin14[1:] if len(gtin14) == 14 and gtin14.startswith("0") else gtin14


_NORMALISED: dict[str, str] = {}  # code -> its GTIN-14, and each GTIN-14 -> itself
_NORMALISED_MAX = 1 << 17


def normalise_gtin(code: str) -> str:
    """The GTIN-14 form of an 8/12/13/14-digit GTIN, so one item has one key. (Remembered,
    with each result as its own: an import checks every code of a sheet more than once,
    in both forms, and biip is slow.)"""
    code = code.strip()
    known = _NORMALISED.get(code)
    if known is not None:
        return known
    if not _is_digits(code) or len(code) not in GTIN_LENGTHS:
        raise BadInput("The code {code} is not a GTIN: it must have 8, 12, 13 or 14 digits.",
                       code=code)
    # Leading zeros weigh nothing, so a GTIN-8/12/13 padded to 14 digits keeps its check
    # digit: what biip's Gtin.parse(code).as_gtin_14() gives (tests/core/test_barcodes.py).
    if gtin_check_digit(code[:-1]) != code[-1]:
        if (upc_a := _upc_e(code)) is not None:  # 8 digits that are no EAN-8 but a UPC-E
            return upc_a
        raise BadInput("The barcode {code} has a wrong check digit.", code=code)
    gtin = code.zfill(14)
    if len(_NORMALISED) >= _NORMALISED_MAX:
        _NORMALISED.clear()
    _NORMALISED[code] = _NORMALISED[gtin] = gtin
    return gtin


def _upc_e(code: str) -> str | None:
    """The GTIN-14 of the UPC-A an 8-digit UPC-E (0 or 1 first, its check digit right)
    stands for, else None."""
    if len(code) != 8 or code[0] not in "01":
        return None
    from biip import BiipException
    from biip.upc import Upc, UpcFormat

    try:
        upc = Upc.parse(code)
    except (BiipException, ValueError):
        return None
    return upc.as_gtin_14() if upc.format == UpcFormat.UPC_E else None


def is_valid_gtin(code: str) -> bool:
    """Whether `code` is a GTIN-8/12/13/14 with a correct check digit."""
    try:
        normalise_gtin(code)
    except BadInput:
        return False
    return True


def make_internal_code(kind: InternalKind, number: int) -> str:
    """The printed label text, e.g. (BOX, 42) -> "BX000042"."""
    if number < 0:
        raise BadInput("A label number cannot be negative ({number}).", number=number)
    return f"{_PREFIX_OF[InternalKind(kind)]}{number:06d}"


def parse_internal_code(code: str) -> tuple[InternalKind, int] | None:
    """(kind, number) for an internal label in any case and padding, with or without the
    scanner's symbology prefix (``]C0BX000017``), else None."""
    body = label_text(code)
    match = _INTERNAL_RE.fullmatch(body) if body is not None else None
    if match is None or match.group(1).upper() not in INTERNAL_PREFIXES:
        return None
    return INTERNAL_PREFIXES[match.group(1).upper()], int(match.group(2))


def interpret(raw: str, separators: str = DEFAULT_SEPARATORS) -> Scan:
    """Classify and decode one scan; raise `BadInput` for anything unusable."""
    raw = raw.strip()
    if not raw:
        raise BadInput("Nothing was scanned.")
    symbology, body = read_scan(raw)
    separators = separators or DEFAULT_SEPARATORS
    body = _SEPARATOR_WORDS_RE.sub(separators[0], body)  # <GS>, {GS}, ␝: a separator spelled out
    if _URI_RE.match(body):  # a GS1 Digital Link: QR ]Q1/]Q3, DataMatrix ]d1, or none
        return _gs1_scan(raw, gs1_reading.read_digital_link(raw, body))
    gs1 = symbology in GS1_SYMBOLOGIES
    # A leading separator is FNC1 in first position: it marks a GS1 string.
    stripped = body.lstrip(separators)
    gs1 = gs1 or stripped != body or any(sep in stripped for sep in separators)
    body = stripped.rstrip(separators)
    if not body:
        raise gs1_reading.unknown(raw)

    if not gs1 and (retail := _retail(raw, symbology, body)) is not None:
        return retail
    if body.startswith("("):  # human-readable form: (01)05901234123457(10)LOT
        explicit = gs1 or re.match(r"\(\d", body) is not None
        return _gs1_scan(raw, gs1_reading.read_element_string(raw, body, separators, hri=True, explicit=explicit))
    if not gs1 and (internal := parse_internal_code(body)) is not None:
        kind, number = internal
        return Scan(raw=raw, internal_kind=kind, internal_code=make_internal_code(kind, number))
    # Without a prefix, a GTIN in AI 01/02 up front still says the text is GS1.
    explicit = gs1 or _UNMARKED_GS1_RE.match(body) is not None
    return _gs1_scan(raw, gs1_reading.read_element_string(raw, body, separators, hri=False, explicit=explicit))


def _gs1_scan(raw: str, data: gs1_reading.GS1Data) -> Scan:
    refuse_non_goods(raw, data.gtin)
    return Scan(raw=raw, gtin=data.gtin, contained=data.contained, expiry=data.expiry,
                best_before=data.best_before, lot=data.lot, count=data.count,
                net_weight_kg=data.net_weight_kg, net_volume_l=data.net_volume_l)


def refuse_non_goods(raw: str, gtin14: str) -> None:
    """Coupons and refund receipts carry GTIN-shaped numbers but are never goods:
    GS1 prefixes 99 and 981–989 (coupons), 980 (refund receipts), and UPC number
    system 5 (US coupons, 05 in GTIN-13 form). ISSN serials (977) and books (978/979)
    are goods."""
    if not gtin14.startswith("0"):
        return  # a case indicator: real trade items
    gtin13 = gtin14[1:]
    if gtin13.startswith("980"):
        raise BadInput("The code {code} is a refund receipt, not goods; put it aside.", code=raw)
    if gtin13.startswith(("98", "99", "05")):
        raise gs1_reading.coupon(raw)


def _retail(raw: str, symbology: str | None, body: str) -> Scan | None:
    """An EAN/UPC as printed on retail goods: GTIN-8/12/13/14, UPC-E, with or without an
    add-on; None when the text is not such a code (so GS1 or a label may read it)."""
    if (spaced := _ADDON_SPACE_RE.fullmatch(body)) is not None:  # where the main code ends is said
        main, addon = spaced.groups()
        if (gtin := _main_code(main)) is None:
            raise BadInput("The barcode {code} has a wrong check digit.", code=raw)
        return _goods(raw, gtin, addon=addon)
    if not _is_digits(body):
        return None
    if symbology in ("]E1", "]E2"):
        raise BadInput("Only the small add-on beside the barcode of {code} was read; scan the "
                       "main barcode.", code=raw)
    if len(body) == 8:
        return _eight_digits(raw, symbology, body)
    # 14 digits are a GTIN-14 (a case), 13 an EAN-13, unless the scanner says EAN/UPC +
    # add-on (]E3) or puts a space before it: a mistyped case code or EAN-13 is never
    # guessed into a UPC-A or UPC-E with an add-on. (8 + 2 digits have no other reading.)
    if len(body) in GTIN_LENGTHS and symbology != "]E3":
        return _goods(raw, normalise_gtin(body))
    for main in (13, 12, 8):  # EAN-13/UPC-A/UPC-E + a 2- or 5-digit add-on (books, magazines)
        addon = body[main:]
        if len(addon) in (2, 5) and (gtin := _main_code(body[:main])) is not None:
            # A 2-digit add-on is a periodical's issue number: kept as the lot. A 5-digit one
            # is a book's suggested price: not ours to keep.
            return _goods(raw, gtin, addon=addon)
    if len(body) in GTIN_LENGTHS:  # ]E3 with no add-on after all
        return _goods(raw, normalise_gtin(body))
    if symbology == "]E3" or (len(body) == 10 and body[0] in "01"):  # ]E3, or a UPC-E + 2 misread
        raise BadInput("The barcode {code} has a wrong check digit.", code=raw)
    return None  # other lengths: GS1 without a prefix (or nothing) may read it


def _main_code(code: str) -> str | None:
    """The GTIN-14 of the code an add-on stands beside: an EAN-13 or UPC-A, or a UPC-E (as
    its UPC-A: an add-on never goes with an EAN-8); None if its check digit is wrong."""
    if len(code) == 8:
        return _upc_e(code)
    return normalise_gtin(code) if len(code) in (12, 13) and is_valid_gtin(code) else None


def _goods(raw: str, gtin: str, addon: str | None = None) -> Scan:
    refuse_non_goods(raw, gtin)
    return Scan(raw=raw, gtin=gtin, addon=addon, lot=addon if addon is not None and len(addon) == 2 else None)


def _eight_digits(raw: str, symbology: str | None, body: str) -> Scan:
    """EAN-8, or UPC-E (0 or 1 first) expanded to its UPC-A. Both can hold for one text:
    ``]E4`` says EAN-8 and ``]E0`` says UPC-E (EAN-8 is always ``]E4``); without a prefix
    the EAN-8 reading comes first and the UPC-A is kept as `alternative_gtin`, so the
    catalogue decides (`items.scan_target` tries both)."""
    ean8 = body.zfill(14) if gtin_check_digit(body[:7]) == body[7] else None
    upc_a = _upc_e(body) if symbology != "]E4" else None
    if symbology == "]E0" and upc_a is not None:
        ean8 = None
    if ean8 is None and upc_a is None:
        raise BadInput("The barcode {code} has a wrong check digit.", code=raw)
    first = ean8 or upc_a
    assert first is not None
    refuse_non_goods(raw, first)
    return Scan(raw=raw, gtin=first, alternative_gtin=upc_a if ean8 is not None else None)


def units_per_scan(scan: Scan, unit: str, pack_qty: Decimal) -> Decimal:
    """How many of the item's units one scan of this code is.

    An item counted in kg takes the net weight in the code (AI 310x kg, 320x lb converted,
    or an in-store code's weight); one counted in litres the net volume (AI 315x). Any
    other item counts pieces: the pack count of the barcode times the count in the code
    (AI 37 or 30); a weight in the code of such an item says nothing about how many there
    are, and is ignored. A code without a measure counts its pack, as always.
    """
    if unit in ("kg", "l") and scan.price is not None and scan.net_weight_kg is None:
        raise BadInput("The in-store code {code} carries a price, not a weight; receive these goods by "
                       "their weight with the item's own barcode or label.", code=scan.raw)
    if unit == "kg" and scan.net_weight_kg is not None:
        return scan.net_weight_kg
    if unit == "l" and scan.net_volume_l is not None:
        return scan.net_volume_l
    return pack_qty * (scan.count or 1)
