"""Exact quantities: parsing what a user types, and the rules per unit of measure."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, InvalidOperation

from warehouse_app.core.dates import parse_expiry_text
from warehouse_app.db.models import UNITS
from warehouse_app.kernel.errors import BadInput
from warehouse_app.kernel.safe_text import shown

WHOLE_UNITS = frozenset({"pcs", "pack", "pair", "set"})
MAX_QUANTITY = Decimal(1_000_000)  # more than this is a barcode typed into the quantity field
MAX_NUMBER = Decimal(10) ** 12  # no number a person types here is this large; beyond it, exact thousandths overflow
MAX_TYPED = 40  # characters: longer is not a number a person typed
MAX_ID = 2**63 - 1  # the largest row number either database stores


def valid_id(number: int) -> bool:
    """Whether a record number can exist at all (a larger one would overflow the database)."""
    return 0 < number <= MAX_ID


def parse_decimal(value: str | int | Decimal, what: str = "quantity", most: Decimal = MAX_NUMBER) -> Decimal:
    """Read a number as a person types it: '12', '1.5' or the Polish '1,5'."""
    if isinstance(value, bool):
        raise BadInput("The {what} must be a number.", what=what)
    if isinstance(value, (int, Decimal)):
        number = Decimal(value)
    else:
        text = str(value).strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
        value = shown(str(value))[:MAX_TYPED]
        try:
            number = Decimal(text) if len(text) <= MAX_TYPED and text.isascii() else Decimal("NaN")
        except InvalidOperation:
            raise BadInput("The {what} must be a number, not \u201c{value}\u201d.", what=what, value=value) from None
    if not number.is_finite():
        raise BadInput("The {what} must be a number, not \u201c{value}\u201d.", what=what, value=value)
    if number.copy_abs() > most:  # (copy_abs: no rounding, so no Overflow for 1E+999999999)
        if what == "quantity":
            raise BadInput("The quantity {value} is too large: the most is {most}. "
                           "Was a barcode typed into the quantity field?", value=value, most=format_quantity(most))
        raise BadInput("The {what} {value} is too large: the most is {most}.", what=what, value=value,
                       most=format_quantity(most))
    if number != number.quantize(Decimal("0.001")):
        raise BadInput("The {what} {value} has more than three decimal places.", what=what, value=value)
    return number


def parse_quantity(value: str | int | Decimal, unit: str = "kg") -> Decimal:
    """A positive amount of an item, whole for counted units (pcs, pack, pair, set)."""
    number = parse_decimal(value, most=MAX_QUANTITY)
    if number <= 0:
        raise BadInput("The quantity must be more than zero, not {value}.", value=value)
    if unit in WHOLE_UNITS and number != number.to_integral_value():
        raise BadInput("{unit} are counted whole; {value} is not a whole number.", unit=unit, value=value)
    return number


def parse_count(value: str | int | Decimal, unit: str = "kg") -> Decimal:
    """A counted quantity for a stocktake: like parse_quantity, but zero is allowed."""
    if parse_decimal(value, most=MAX_QUANTITY) == 0:
        return Decimal(0)
    return parse_quantity(value, unit)


def parse_weight(value: str | int | Decimal) -> Decimal:
    weight = parse_decimal(value, "weight")
    if weight < 0:
        raise BadInput("The weight cannot be negative ({value}).", value=value)
    if weight > 10_000:
        raise BadInput("A unit weight of {value} kg is not plausible.", value=value)
    return weight


def check_unit(unit: str) -> str:
    cleaned = unit.strip().lower()
    if cleaned not in UNITS:
        raise BadInput("{unit} is not a unit; use one of: {units}.", unit=unit, units=", ".join(UNITS))
    return cleaned


def parse_date(value: str | date, what: str = "expiry date") -> date:
    """A date as the CLI, files or a person at a scan station give it (see core.dates)."""
    return parse_expiry_text(value, what)


def format_quantity(value: Decimal) -> str:
    """12.000 -> '12', 1.500 -> '1.5': how people write quantities."""
    normal = value.normalize()
    return f"{normal:f}"
