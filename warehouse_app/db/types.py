"""Column types that keep quantities exact on SQLite and PostgreSQL alike.

SQLite has no exact decimal type (NUMERIC is stored as a float), so quantities
and weights are stored as whole thousandths in a BIGINT: 12.5 kg is 12500.
Arithmetic in SQL (``quantity - :q``) then stays exact and integer on both.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import BigInteger, ColumnElement, ColumnExpressionArgument, DateTime, type_coerce
from sqlalchemy.types import TypeDecorator

SCALE = 1000
DECIMALS = 3


class Qty(TypeDecorator[Decimal]):
    """An exact decimal with up to three places, stored as integer thousandths."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | int | None, dialect: object) -> int | None:
        if value is None:
            return None
        return raw_from_qty(value)

    def process_result_value(self, value: int | None, dialect: object) -> Decimal | None:
        if value is None:
            return None
        return Decimal(int(value)).scaleb(-DECIMALS)


class UTCDateTime(TypeDecorator[datetime]):
    """A moment in time, stored as naive UTC and returned timezone-aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware one")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


def raw_qty(column: ColumnExpressionArgument[Any]) -> ColumnElement[int]:
    """A Qty column as its stored integer thousandths, for SUMs and arithmetic in SQL."""
    return type_coerce(column, BigInteger)


def raw_from_qty(value: Decimal | int) -> int:
    """An exact quantity as the integer thousandths it is stored as (12.5 -> 12500)."""
    scaled = Decimal(value) * SCALE
    if scaled != scaled.to_integral_value():
        raise ValueError(f"{value} has more than {DECIMALS} decimal places")
    return int(scaled)


def qty_from_raw(value: int | None) -> Decimal:
    """Integer thousandths from SQL (a SUM over raw_qty) back to an exact Decimal."""
    return Decimal(int(value or 0)).scaleb(-DECIMALS)
