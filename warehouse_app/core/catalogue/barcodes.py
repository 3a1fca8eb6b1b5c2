"""Turn what a barcode scanner sends into a `Scan` the warehouse can act on.

Three kinds of code arrive at the intake desk: retail EAN/UPC/GTIN codes,
GS1-128 (or DataBar/DataMatrix/QR) element strings on cases and pallets, and
the warehouse's own labels (``BX000042``). biip does the GS1 work; this module
decides which kind a scan is and turns every failure into one `BadInput`
sentence, because a misread code must be rescanned, never guessed at.
Pure Python: no Qt here, so the CLI and tests can use it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from biip import BiipException, ParseConfig
from biip.checksums import gs1_standard_check_digit
from biip.gs1_messages import GS1Message
from biip.gtin import Gtin

from warehouse_app.core.access.badges import BADGE_PREFIX
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
# Symbology identifiers (ISO/IEC 15424) whose data is a GS1 element string.
_GS1_SYMBOLOGIES = frozenset({"]C1", "]e0", "]d2", "]Q3"})
_SYMBOLOGY_RE = re.compile(r"\][A-Za-z][0-9A-Za-z]")
_DIGITS_RE = re.compile(r"[0-9]+")  # ASCII only: str.isdigit() accepts other scripts
_INTERNAL_RE = re.compile(r"([A-Za-z]{2})([0-9]{1,12})")  # 12 digits keeps int() cheap
_DATE_AIS = frozenset({"11", "12", "13", "15", "16", "17"})  # all YYMMDD
_HRI_RE = re.compile(r"(?:\([0-9]{2,4}\)[^()]+)+")  # biip's HRI parser skips junk

_UNKNOWN = (
    "The code {code} is not a barcode this warehouse knows: not an EAN/UPC/GTIN, "
    "a GS1-128 code or an internal label."
)


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

    @property
    def is_internal(self) -> bool:
        """True for the warehouse's own labels (boxes, pallets, locations...)."""
        return self.internal_kind is not None


def _is_digits(code: str) -> bool:
    return _DIGITS_RE.fullmatch(code) is not None


def gtin_check_digit(body: str) -> str:
    """GS1 mod-10 check digit of `body` (the GTIN without its last digit)."""
    if not _is_digits(body):
        raise BadInput("A check digit can only be computed for digits, not {body}.", body=body)
    return str(gs1_standard_check_digit(body))


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
    try:
        gtin = Gtin.parse(code).as_gtin_14()
    except (BiipException, ValueError):
        # The only way a well-formed digit string fails is its check digit.
        raise BadInput("The barcode {code} has a wrong check digit.", code=code) from None
    if len(_NORMALISED) >= _NORMALISED_MAX:
        _NORMALISED.clear()
    _NORMALISED[code] = _NORMALISED[gtin] = gtin
    return gtin


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
    """(kind, number) for an internal label in any case and padding, else None."""
    match = _INTERNAL_RE.fullmatch(code.strip())
    if match is None or match.group(1).upper() not in INTERNAL_PREFIXES:
        return None
    return INTERNAL_PREFIXES[match.group(1).upper()], int(match.group(2))


def interpret(raw: str, separators: str = DEFAULT_SEPARATORS) -> Scan:
    """Classify and decode one scan; raise `BadInput` for anything unusable."""
    raw = raw.strip()  # also drops CR/LF/TAB that scanners append
    if not raw:
        raise BadInput("Nothing was scanned.")
    body, gs1 = raw, False
    if _SYMBOLOGY_RE.match(body):
        gs1 = body[:3] in _GS1_SYMBOLOGIES
        body = body[3:]
    # A leading separator is FNC1 in first position: it marks a GS1 string.
    stripped = body.lstrip(separators)
    gs1 = gs1 or stripped != body or any(sep in stripped for sep in separators)
    body = stripped.rstrip(separators)
    if not body:
        raise BadInput(_UNKNOWN, code=raw)

    if not gs1 and _is_digits(body) and len(body) in GTIN_LENGTHS:
        return Scan(raw=raw, gtin=normalise_gtin(body))
    if body.startswith("("):  # human-readable form: (01)05901234123457(10)LOT
        explicit = gs1 or re.match(r"\(\d", body) is not None
        return _from_gs1(raw, body, separators, hri=True, explicit=explicit)
    if not gs1 and (internal := parse_internal_code(body)) is not None:
        kind, number = internal
        return Scan(raw=raw, internal_kind=kind, internal_code=make_internal_code(kind, number))
    return _from_gs1(raw, body, separators, hri=False, explicit=gs1)


def _from_gs1(raw: str, body: str, separators: str, *, hri: bool, explicit: bool) -> Scan:
    """Decode a GS1 element string; `explicit` says the scan claimed to be GS1."""
    config = ParseConfig(separator_chars=tuple(separators),
                         gs1_element_strings_verify_date=False)  # dates checked below
    try:
        if hri and _HRI_RE.fullmatch("".join(body.split())) is None:
            raise ValueError("expected the form (AI)data(AI)data")
        message = GS1Message.parse_hri(body, config=config) if hri else \
            GS1Message.parse(body, config=config)
    except (BiipException, ValueError, ArithmeticError) as exc:
        if explicit:
            raise BadInput("The GS1 code {code} could not be read ({detail}).",
                           code=raw, detail=str(exc)) from None
        raise BadInput(_UNKNOWN, code=raw) from None

    elements = message.element_strings
    item = elements.get(ai="01")
    if item is None:
        item = elements.get(ai="02")
    if item is None:
        # Unmarked text that merely happens to parse (e.g. "10ABC") is junk, not GS1.
        if explicit or len(elements) > 1 or elements.get(ai="00") is not None:
            raise BadInput("The GS1 code {code} names no trade item (it has no GTIN in "
                           "AI 01 or 02).", code=raw)
        raise BadInput(_UNKNOWN, code=raw)
    if item.gtin is None:  # biip reports a bad check digit here, it does not raise
        raise BadInput("The GTIN {gtin} in the barcode {code} has a wrong check digit.",
                       gtin=item.value, code=raw)

    for element in elements:  # biip was told not to raise, to give our own sentence
        if element.ai.ai in _DATE_AIS and element.date is None:
            raise BadInput("The date {value} (AI {ai}) in the barcode {code} is not a valid "
                           "date.", value=element.value, ai=element.ai.ai, code=raw)

    best_before = bb.date if (bb := elements.get(ai="15")) is not None else None
    expiry = ex.date if (ex := elements.get(ai="17")) is not None else None
    lot, count = elements.get(ai="10"), elements.get(ai="37")
    weight = elements.get(ai="310")  # matches 3100..3105
    return Scan(
        raw=raw,
        gtin=item.gtin.as_gtin_14(),
        contained=item.ai.ai == "02",
        expiry=expiry or best_before,  # a best-before date is the only expiry we have
        best_before=best_before,
        lot=None if lot is None else lot.value,
        count=None if count is None else int(count.value),
        net_weight_kg=None if weight is None else weight.decimal,  # 310x: x decimals, kg
    )
