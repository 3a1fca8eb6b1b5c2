"""What a person types into a search box, matched literally: ``%``, ``_`` and ``\\`` are
characters they mean, never LIKE wildcards or escapes (a lone backslash is an error on
PostgreSQL; ``%`` would match everything). Every search by typed text goes through here."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, func
from sqlalchemy.orm import InstrumentedAttribute

Column = InstrumentedAttribute[Any]  # a text column of a model: Item.name, Donor.name, Barcode.gtin

ESCAPE = "\\"


def literal(word: str) -> str:
    """``word`` with LIKE's special characters escaped (with ``ESCAPE``)."""
    return word.replace(ESCAPE, ESCAPE * 2).replace("%", ESCAPE + "%").replace("_", ESCAPE + "_")


def holds(column: Column, word: str) -> ColumnElement[bool]:
    """Case-blind: ``column`` contains ``word`` (lowered by the database's or the app's lower)."""
    return func.lower(column).like(f"%{literal(word.lower())}%", escape=ESCAPE)


def holds_as_typed(column: Column, word: str) -> ColumnElement[bool]:
    """``column`` contains ``word`` with the database's own LIKE casing (SQLite: ASCII only)."""
    return column.like(f"%{literal(word)}%", escape=ESCAPE)


def ends_with(column: Column, word: str) -> ColumnElement[bool]:
    """``column`` ends with ``word`` (a barcode typed by its last digits)."""
    return column.like(f"%{literal(word)}", escape=ESCAPE)
