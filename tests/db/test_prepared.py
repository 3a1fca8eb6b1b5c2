"""Prepared statements run on the driver's cursor but keep SQLAlchemy's types and the
session's transaction, on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Date, bindparam, func, insert, literal, select

from warehouse_app.db.database import Database
from warehouse_app.db.models import Category, Item, Lot
from warehouse_app.db.prepared import Prepared

_ITEM = Prepared(
    select(Item.id, Item.unit_weight_kg, Item.tracks_expiry, Item.created_at, literal(date(2030, 1, 31), Date))
    .where(Item.name == bindparam("name"))
)
_NEW_LOT = Prepared(
    insert(Lot.__table__).returning(Lot.__table__.c.id, Lot.__table__.c.expiry),
    column_keys=("item_id", "expiry", "lot_code"),
)


def _add_item(db: Database, name: str) -> int:
    with db.write() as s:
        category = s.scalars(select(Category.id).limit(1)).one()
        item = Item(name=name, category_id=category, unit="kg", unit_weight_kg=Decimal("12.345"), tracks_expiry=True)
        s.add(item)
        s.flush()
        return item.id


def test_types_convert_both_ways(db: Database) -> None:
    item_id = _add_item(db, "Mąka pszenna 1 kg")
    with db.read() as s:
        row = _ITEM.first(s, {"name": "Mąka pszenna 1 kg"})
    assert row is not None
    found_id, weight, tracks, created, constant = row
    assert found_id == item_id
    assert weight == Decimal("12.345") and isinstance(weight, Decimal)  # Qty: thousandths back to a Decimal
    assert tracks is True
    assert created.tzinfo is not None  # UTCDateTime comes back aware
    assert constant == date(2030, 1, 31)  # a literal's own value is bound
    with db.read() as s:
        assert _ITEM.first(s, {"name": "no such item"}) is None


def test_runs_inside_the_sessions_transaction(db: Database) -> None:
    item_id = _add_item(db, "Konserwa rybna")

    class Abort(Exception):
        pass

    with pytest.raises(Abort), db.write() as s:
        lot_id, expiry = _NEW_LOT.first(s, {"item_id": item_id, "expiry": date(2027, 5, 1), "lot_code": "L1"})  # type: ignore[misc]
        assert expiry == date(2027, 5, 1)
        # the ORM session sees the row written on the driver cursor: one transaction
        assert s.get(Lot, lot_id) is not None
        raise Abort
    with db.read() as s:  # rolled back with the unit of work
        assert s.scalar(select(func.count()).select_from(Lot).where(Lot.item_id == item_id)) == 0


def test_refuses_a_statement_that_leaves_columns_to_defaults() -> None:
    from sqlalchemy.dialects import sqlite

    partial = Prepared(insert(Item.__table__), column_keys=("name", "category_id", "unit"))
    with pytest.raises(ValueError, match="every column"):
        partial._plan(sqlite.dialect())
