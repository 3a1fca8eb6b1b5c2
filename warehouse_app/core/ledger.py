"""The ledger's primitives: write a movement and keep stock_level in step, atomically.

Every service that changes stock goes through ``transfer``. A take is one
conditional UPDATE (``quantity = quantity - :q WHERE quantity >= :q``): zero rows
updated means not enough stock, on SQLite and PostgreSQL alike, with no lock
held while a person thinks. An add is an upsert on (item, lot, location).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from warehouse_app.core.context import Actor
from warehouse_app.core.errors import NotEnoughStock
from warehouse_app.core.quantities import format_quantity
from warehouse_app.db.dialect import insert_for
from warehouse_app.db.models import Item, Location, Lot, Movement, StockLevel
from warehouse_app.db.types import utcnow


def get_or_create_lot(session: Session, item_id: int, expiry: date | None, lot_code: str = "") -> int:
    """The lot for item + expiry + lot code, made on first use (safe under concurrency)."""
    lot_code = lot_code or ""
    expiry_match = Lot.expiry.is_(None) if expiry is None else Lot.expiry == expiry
    query = select(Lot.id).where(Lot.item_id == item_id, expiry_match, Lot.lot_code == lot_code)
    lot_id = session.execute(query).scalar_one_or_none()
    if lot_id is None:
        session.execute(
            insert_for(session, Lot)
            .values(item_id=item_id, expiry=expiry, lot_code=lot_code)
            .on_conflict_do_nothing()
        )
        lot_id = session.execute(query).scalar_one()
    return lot_id


def add_stock(session: Session, item_id: int, lot_id: int, location_id: int, qty: Decimal) -> Decimal:
    stmt = insert_for(session, StockLevel).values(
        item_id=item_id, lot_id=lot_id, location_id=location_id, quantity=qty
    )
    stmt = stmt.on_conflict_do_update(
        index_elements=["item_id", "lot_id", "location_id"],
        set_={"quantity": StockLevel.quantity + stmt.excluded.quantity},
    ).returning(StockLevel.quantity)
    return session.execute(stmt).scalar_one()


def level(session: Session, item_id: int, lot_id: int, location_id: int) -> Decimal:
    found = session.execute(
        select(StockLevel.quantity).where(
            StockLevel.item_id == item_id,
            StockLevel.lot_id == lot_id,
            StockLevel.location_id == location_id,
        )
    ).scalar_one_or_none()
    return found if found is not None else Decimal(0)


def take_stock(session: Session, item_id: int, lot_id: int, location_id: int, qty: Decimal) -> Decimal:
    """Remove ``qty`` or raise NotEnoughStock; never lets a level go below zero."""
    stmt = (
        update(StockLevel)
        .where(
            StockLevel.item_id == item_id,
            StockLevel.lot_id == lot_id,
            StockLevel.location_id == location_id,
            StockLevel.quantity >= qty,
        )
        .values(quantity=StockLevel.quantity - qty)
        .returning(StockLevel.quantity)
    )
    remaining = session.execute(stmt, execution_options={"synchronize_session": False}).scalar_one_or_none()
    if remaining is None:
        item_name, unit = session.execute(select(Item.name, Item.unit).where(Item.id == item_id)).one()
        place = session.execute(select(Location.name).where(Location.id == location_id)).scalar_one()
        available = level(session, item_id, lot_id, location_id)
        raise NotEnoughStock(
            "Not enough {item} at {place}: {available} {unit} left, {asked} asked.",
            item=item_name,
            place=place,
            available=format_quantity(available),
            unit=unit,
            asked=format_quantity(qty),
        )
    return remaining


def record(
    session: Session,
    actor: Actor,
    kind: str,
    item_id: int,
    lot_id: int,
    qty: Decimal,
    from_location_id: int | None,
    to_location_id: int | None,
    *,
    donation_id: int | None = None,
    shipment_id: int | None = None,
    reason: str | None = None,
    reverses_id: int | None = None,
) -> int:
    """Append one ledger row (never updated afterwards) and return its id."""
    return session.execute(
        insert(Movement)
        .values(
            kind=kind,
            item_id=item_id,
            lot_id=lot_id,
            quantity=qty,
            from_location_id=from_location_id,
            to_location_id=to_location_id,
            donation_id=donation_id,
            shipment_id=shipment_id,
            operator_id=actor.operator_id,
            station=actor.station,
            created_at=utcnow(),
            reason=reason,
            reverses_id=reverses_id,
        )
        .returning(Movement.id)
    ).scalar_one()


def transfer(
    session: Session,
    actor: Actor,
    kind: str,
    item_id: int,
    lot_id: int,
    qty: Decimal,
    from_location_id: int | None,
    to_location_id: int | None,
    **details: object,
) -> tuple[int, Decimal | None]:
    """Take from one place, add to the other, write the ledger row: all or nothing.

    Returns the movement id and the new level at the destination (or at the
    source when goods leave the warehouse).
    """
    new_level: Decimal | None = None
    if from_location_id is not None:
        new_level = take_stock(session, item_id, lot_id, from_location_id, qty)
    if to_location_id is not None:
        new_level = add_stock(session, item_id, lot_id, to_location_id, qty)
    movement_id = record(
        session, actor, kind, item_id, lot_id, qty, from_location_id, to_location_id, **details  # type: ignore[arg-type]
    )
    return movement_id, new_level
