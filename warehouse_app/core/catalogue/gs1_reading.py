"""Read a GS1 element string or GS1 Digital Link URI into what intake uses, or one sentence.

biip parses; this module validates what biip returns and never lets biip's own wording
(a regular expression, a Python repr) reach a volunteer: every failure becomes a
`BadInput` sentence naming the code, and where it can, the part of it that is wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal
from typing import TYPE_CHECKING

from warehouse_app.kernel.errors import BadInput

if TYPE_CHECKING:  # biip itself loads at the first GS1 code (it reads GS1's tables: ~0.1 s at start)
    from biip.gs1_element_strings import GS1ElementStrings

__all__ = ["GS1Data", "coupon", "read_digital_link", "read_element_string", "unknown"]

_UNKNOWN = (
    "The code {code} is not a barcode this warehouse knows: not an EAN/UPC/GTIN, "
    "a GS1-128 code or an internal label."
)
_COUPON = "The code {code} is a coupon, not goods; put it aside."

_DATE_AIS = frozenset({"11", "12", "13", "15", "16", "17"})  # all YYMMDD (DD 00: end of month)
_DATETIME_AIS = frozenset({"7003"})  # YYMMDDhhmm: expiry date and time (medicines)
_COUPON_AIS = frozenset({"255", "8110", "8111", "8112"})  # coupon number, coupon data, points
_COUNT_AIS = ("37", "30")  # count of trade items in a case (with 02), variable count (with 01)
_LB_IN_KG = Decimal("0.45359237")  # exact, by definition
_GRAM = Decimal("0.001")  # quantities are stored in thousandths
_MATCH_RE = re.compile(r"Failed to match '([0-9A-Za-z]*)' with GS1 AI \((\d{2,4})\)")
_HRI_RE = re.compile(r"(?:\([0-9]{2,4}\)[^()]+)+")  # biip's HRI parser skips junk


def unknown(raw: str) -> BadInput:
    """The sentence for text that is no code at all."""
    return BadInput(_UNKNOWN, code=raw)


def coupon(raw: str) -> BadInput:
    """The sentence for a coupon, wherever its number was found."""
    return BadInput(_COUPON, code=raw)


@dataclass(frozen=True)
class GS1Data:
    """The parts of a GS1 code intake acts on; the trade item's GTIN-14 is always set."""

    gtin: str
    contained: bool  # AI 02: the goods inside a case, not the case
    expiry: date | None
    best_before: date | None
    lot: str | None
    count: int | None
    net_weight_kg: Decimal | None
    net_volume_l: Decimal | None


def _failure(raw: str, exc: Exception, explicit: bool) -> BadInput:
    """biip's error as a sentence: the date, or the AI whose data is malformed."""
    match = _MATCH_RE.search(str(exc))
    if not explicit:
        return BadInput(_UNKNOWN, code=raw)
    if match is not None:
        value, ai = match.groups()
        if ai in _DATE_AIS or ai in _DATETIME_AIS:
            return _bad_date(raw, ai, value[len(ai):])
        return BadInput("The barcode {code} has data in AI {ai} that is not in the form the GS1 "
                        "standard gives it ({value}).", code=raw, ai=ai, value=value[len(ai):] or "-")
    return BadInput("The GS1 code {code} could not be read: it holds data the GS1 standard "
                    "does not define.", code=raw)


def _bad_date(raw: str, ai: str, value: str) -> BadInput:
    return BadInput("The date {value} (AI {ai}) in the barcode {code} is not a valid date.",
                    value=value or "-", ai=ai, code=raw)


def read_element_string(raw: str, body: str, separators: str, *, hri: bool, explicit: bool) -> GS1Data:
    """A GS1-128/DataMatrix/QR element string (or its (AI) printed form); `explicit` says
    the scan claimed to be GS1, so a failure is a GS1 sentence rather than 'unknown'."""
    from biip import BiipException, ParseConfig
    from biip.gs1_messages import GS1Message

    config = ParseConfig(separator_chars=tuple(separators), gs1_element_strings_verify_date=False)
    try:
        if hri and _HRI_RE.fullmatch("".join(body.split())) is None:
            raise ValueError("expected the form (AI)data(AI)data")
        message = GS1Message.parse_hri(body, config=config) if hri else GS1Message.parse(body, config=config)
    except (BiipException, ValueError, ArithmeticError) as exc:
        raise _failure(raw, exc, explicit) from None
    return _read(raw, message.element_strings, explicit=explicit)


def read_digital_link(raw: str, uri: str) -> GS1Data:
    """A GS1 Digital Link URI (any domain, http or https, AIs in the path and the query)."""
    from biip import BiipException, ParseConfig
    from biip.gs1_digital_link_uris import GS1DigitalLinkURI

    config = ParseConfig(gs1_element_strings_verify_date=False)
    try:
        link = GS1DigitalLinkURI.parse(uri, config=config)
    except (BiipException, ValueError, ArithmeticError) as exc:
        if _MATCH_RE.search(str(exc)):
            raise _failure(raw, exc, True) from None
        raise BadInput("The web address {code} is not a GS1 Digital Link that names a product by "
                       "its GTIN (…/01/GTIN, then 22, 10, 21 in that order).", code=raw) from None
    return _read(raw, link.element_strings, explicit=True)


def _read(raw: str, elements: GS1ElementStrings, *, explicit: bool) -> GS1Data:
    for element in elements:
        if element.ai.ai in _COUPON_AIS:
            raise BadInput(_COUPON, code=raw)
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
        if element.ai.ai in ("00", "410", "411", "412", "413", "414", "415") and \
                element.sscc is None and element.gln is None:
            raise BadInput("The number {value} (AI {ai}) in the barcode {code} has a wrong check "
                           "digit.", value=element.value, ai=element.ai.ai, code=raw)
        if element.ai.ai in _DATE_AIS and element.date is None:
            raise _bad_date(raw, element.ai.ai, element.value)
        if element.ai.ai in _DATETIME_AIS and element.datetime is None:
            raise _bad_date(raw, element.ai.ai, element.value)

    best_before = bb.date if (bb := elements.get(ai="15")) is not None else None
    expiry = ex.date if (ex := elements.get(ai="17")) is not None else None
    if expiry is None and (exact := elements.get(ai="7003")) is not None and exact.datetime is not None:
        expiry = exact.datetime.date()  # a medicine's expiry hour: the day is what stock keeps
    lot = elements.get(ai="10")
    return GS1Data(
        gtin=item.gtin.as_gtin_14(),
        contained=item.ai.ai == "02",
        expiry=expiry or best_before,  # a best-before date is the only expiry we have
        best_before=best_before,
        lot=None if lot is None else lot.value,
        count=_count(raw, elements),
        net_weight_kg=_weight_kg(elements),
        net_volume_l=_decimal(elements, "315"),  # 315x: net volume in litres
    )


def _count(raw: str, elements: GS1ElementStrings) -> int | None:
    for ai in _COUNT_AIS:
        element = elements.get(ai=ai)
        if element is None:
            continue
        if not element.value.isdigit() or int(element.value) == 0:
            raise BadInput("The count {value} (AI {ai}) in the barcode {code} is not a number of "
                           "items: it must be 1 or more.", value=element.value or "-", ai=ai, code=raw)
        return int(element.value)
    return None


def _decimal(elements: GS1ElementStrings, ai: str) -> Decimal | None:
    element = elements.get(ai=ai)  # "310" matches 3100..3105: the last digit places the point
    if element is None or element.decimal is None:
        return None
    return element.decimal.quantize(_GRAM, rounding=ROUND_HALF_EVEN)


def _weight_kg(elements: GS1ElementStrings) -> Decimal | None:
    """Net weight in kg from AI 310x (kg) or 320x (pounds), to the gram."""
    kg = _decimal(elements, "310")
    if kg is not None:
        return kg
    pounds = elements.get(ai="320")
    if pounds is None or pounds.decimal is None:
        return None
    return (pounds.decimal * _LB_IN_KG).quantize(_GRAM, rounding=ROUND_HALF_EVEN)
