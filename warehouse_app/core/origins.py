"""Provenance: every unit in stock is attributable to the ledger row it came in with.

A *source* is a ledger row that brings goods into the warehouse from outside: a receipt
(whose donation names the donor) or a count that found more than the shelf held. Each
stock level carries its units split by source (``stock_origin``); goods that move carry
their split along, and every row that is not a source records the split it took or put
back (``movement_origin``), so a donation can be followed to the box, the truck and the
hub, exactly.

The rule a take follows, wherever goods of several donations lie in one lot at one place:
**first received, first out** — the oldest source first (ledger order). Two exceptions
keep a correction exact:

- the reversal of a source (a receipt undone) takes that source's own units and no
  other: if they are no longer all where they were received, the reversal is refused;
- the reversal of any other row takes the units that row moved first (the same
  donations back), then first received, first out for any that have gone on since;
  the reversal of a row that took goods out (a write-off, a dispatch, a count) puts the
  very same split back.

All origin changes of a level happen after its ``stock_level`` row was updated in the
same transaction, so that row's lock serialises them on PostgreSQL as it does the level.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Dialect, Table, bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import ReturnsRows

from warehouse_app.core.quantities import format_quantity
from warehouse_app.db.dialect import insert_for
from warehouse_app.db.models import Movement, MovementOrigin, StockLevel, StockOrigin
from warehouse_app.db.prepared import Prepared
from warehouse_app.db.types import Qty
from warehouse_app.kernel.errors import NotEnoughStock

Split = tuple[tuple[int, Decimal], ...]  # (source ledger row, quantity), oldest source first

_ORIGIN = cast(Table, StockOrigin.__table__)
_MOVEMENT_ORIGIN = cast(Table, MovementOrigin.__table__)
_QTY = bindparam("qty", type_=Qty)
_OF_LEVEL = Prepared(
    select(_ORIGIN.c.source_id, _ORIGIN.c.quantity)
    .where(_ORIGIN.c.level_id == bindparam("level"), _ORIGIN.c.quantity > 0)
    .order_by(_ORIGIN.c.source_id)
)
_TAKE = Prepared(
    update(_ORIGIN)
    .where(_ORIGIN.c.level_id == bindparam("level"), _ORIGIN.c.source_id == bindparam("source"),
           _ORIGIN.c.quantity >= _QTY)
    .values(quantity=_ORIGIN.c.quantity - _QTY)
    .returning(_ORIGIN.c.quantity)
)
_TAKE_DEFERRED = Prepared(
    update(_ORIGIN)
    .where(_ORIGIN.c.level_id == bindparam("level"), _ORIGIN.c.source_id == bindparam("source"))
    .values(quantity=_ORIGIN.c.quantity - _QTY)
)
_DROP_EMPTY = Prepared(delete(_ORIGIN).where(_ORIGIN.c.level_id == bindparam("level"), _ORIGIN.c.quantity == 0))
_SPLIT_OF = Prepared(
    select(_MOVEMENT_ORIGIN.c.source_id, _MOVEMENT_ORIGIN.c.quantity)
    .where(_MOVEMENT_ORIGIN.c.movement_id == bindparam("movement"))
    .order_by(_MOVEMENT_ORIGIN.c.source_id)
)
_RECORD = insert(_MOVEMENT_ORIGIN)
_RECORD_ONE = Prepared(insert(_MOVEMENT_ORIGIN), column_keys=("movement_id", "source_id", "quantity"))


def _record_of_last(dialect: Dialect) -> ReturnsRows:
    """A split part of the ledger row this connection inserted last (its id not yet known
    to the caller: the row went out deferred). SQLite runs one writer at a time, so there
    it is the newest row."""
    movement = cast(Table, Movement.__table__)
    last = (func.currval(func.pg_get_serial_sequence("movement", "id")) if dialect.name == "postgresql"
            else select(func.max(movement.c.id)).scalar_subquery())
    return insert(_MOVEMENT_ORIGIN).values(movement_id=last, source_id=bindparam("source"), quantity=_QTY)


_RECORD_OF_LAST = Prepared(_record_of_last)


def _upsert(dialect: Dialect) -> ReturnsRows:
    add = insert_for(dialect, _ORIGIN).values(level_id=bindparam("level"), source_id=bindparam("source"), quantity=_QTY)
    return add.on_conflict_do_update(
        index_elements=["level_id", "source_id"], set_={"quantity": _ORIGIN.c.quantity + add.excluded.quantity}
    )


_ADD = Prepared(_upsert)


def _upsert_at(dialect: Dialect) -> ReturnsRows:
    """``_upsert`` with the level named by (item, lot, place) rather than by its id."""
    level = cast(Table, StockLevel.__table__)
    add = insert_for(dialect, _ORIGIN).from_select(
        ["level_id", "source_id", "quantity"],
        select(level.c.id, bindparam("source"), _QTY).where(
            level.c.item_id == bindparam("item"), level.c.lot_id == bindparam("lot"),
            level.c.location_id == bindparam("place"),
        ),
    )
    return add.on_conflict_do_update(
        index_elements=["level_id", "source_id"], set_={"quantity": _ORIGIN.c.quantity + add.excluded.quantity}
    )


_ADD_AT = Prepared(_upsert_at)


class ReceiptMovedOn(NotEnoughStock):
    """Undoing a receipt takes back that receipt's own goods, which have partly gone on."""

    def __init__(self, source_id: int, place: str, available: Decimal, asked: Decimal, unit: str) -> None:
        super().__init__(
            "Only {available} {unit} of the goods of ledger row {id} are still at {place} ({asked} would be "
            "taken back); move them back there first, or write off or adjust instead.",
            id=source_id, place=place, available=format_quantity(available), asked=format_quantity(asked), unit=unit,
        )


def split_of(session: Session, movement_id: int) -> Split:
    """The split a ledger row that is not a source took or put back."""
    return tuple((int(source), qty) for source, qty in _SPLIT_OF.rows(session, {"movement": movement_id}))


def plan_take(available: Sequence[tuple[int, Decimal]], qty: Decimal, prefer: Split = ()) -> Split:
    """Which sources a take of ``qty`` consumes: ``prefer`` first (as far as it is there),
    then first received, first out. Takes what is there if the level holds less."""
    left = dict(available)
    plan: dict[int, Decimal] = {}
    wanted = qty
    for source, part in (*prefer, *sorted(left.items())):
        take = min(part, left.get(source, Decimal(0)), wanted)
        if take > 0:
            plan[source] = plan.get(source, Decimal(0)) + take
            left[source] -= take
            wanted -= take
        if wanted == 0:
            break
    return tuple(sorted(plan.items()))


def take_origins(session: Session, level_id: int, qty: Decimal, *, prefer: Split = (),
                 only_source: int | None = None, place: str = "", unit: str = "") -> Split:
    """Consume ``qty`` of a level's origins (the level itself was already taken from).

    ``only_source``: the take must come from that source alone (a receipt undone), or it
    is refused with ``ReceiptMovedOn``. Otherwise ``prefer`` first, then first in first out.
    """
    available = origins_of(session, level_id)
    if only_source is not None:
        have = dict(available).get(only_source, Decimal(0))
        if have < qty:
            raise ReceiptMovedOn(only_source, place, have, qty, unit)
        plan: Split = ((only_source, qty),)
    else:
        plan = plan_take(available, qty, prefer)
    emptied = False
    for source, part in plan:
        remaining = _TAKE.scalar(session, {"level": level_id, "source": source, "qty": part})
        assert remaining is not None, "the level's row lock keeps its origins from changing under us"
        emptied = emptied or remaining == 0
    if emptied:
        _DROP_EMPTY.run(session, {"level": level_id})
    return plan


ORIGINS_OF = _OF_LEVEL  # a level's origins, oldest source first: read with other statements (core/ledger.py)


def origins_of(session: Session, level_id: int) -> list[tuple[int, Decimal]]:
    return available_from(_OF_LEVEL.rows(session, {"level": level_id}))


def available_from(rows: Sequence[tuple[Any, ...]]) -> list[tuple[int, Decimal]]:
    return [(int(source), have) for source, have in rows]


def take_planned(session: Session, level_id: int, available: Sequence[tuple[int, Decimal]], qty: Decimal) -> Split:
    """``take_origins`` without a preference, on the origins read already under the level's
    row lock, its writes deferred (db/pipeline.py): first received, first out. A part that
    is not there (it cannot be, under the lock) would break the table's CHECK at the commit."""
    plan = plan_take(available, qty)
    have = dict(available)
    for source, part in plan:
        _TAKE_DEFERRED.defer(session, {"level": level_id, "source": source, "qty": part})
    if any(part == have[source] for source, part in plan):
        _DROP_EMPTY.defer(session, {"level": level_id})
    return plan


def add_origins(session: Session, level_id: int, split: Split, *, deferred: bool = False) -> None:
    for source, part in split:
        params = {"level": level_id, "source": source, "qty": part}
        _ADD.defer(session, params) if deferred else _ADD.run(session, params)


def add_source(session: Session, level: Mapping[str, Any], source_id: int) -> None:
    """A source's own units (``level``: item, lot, place, qty) at its level, deferred to
    travel with the other statements of a receipt (core/ledger.py ``receive_ahead``)."""
    _ADD_AT.defer(session, {**level, "source": source_id})


def record_split_of_last(session: Session, split: Split) -> None:
    """``record_split`` (deferred) for the ledger row just queued on this connection."""
    for source, part in split:
        _RECORD_OF_LAST.defer(session, {"source": source, "qty": part})


def record_split(session: Session, movement_id: int, split: Split, *, deferred: bool = False) -> None:
    if deferred:
        for source, part in split:
            _RECORD_ONE.defer(session, {"movement_id": movement_id, "source_id": source, "quantity": part})
    elif split:
        session.connection().execute(
            _RECORD, [{"movement_id": movement_id, "source_id": source, "quantity": part} for source, part in split]
        )


__all__ = ["ORIGINS_OF", "ReceiptMovedOn", "Split", "add_origins", "add_source", "available_from",
           "origins_of", "take_planned", "plan_take", "record_split", "record_split_of_last", "split_of", "take_origins"]
