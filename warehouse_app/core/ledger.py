"""The ledger's primitives: write a movement and keep stock_level in step, atomically.

Every service that changes stock goes through ``transfer``. A take is one
conditional UPDATE (``quantity = quantity - :q WHERE quantity >= :q``): zero rows
updated means not enough stock, on SQLite and PostgreSQL alike, with no lock
held while a person thinks. An add is an upsert on (item, lot, location).

``transfer`` also keeps the running totals (``item_total``, ``category_expiry_total``)
when goods come in or leave; a move changes neither. Both are additive upserts
(``quantity = quantity + excluded.quantity``, negative for a take), so concurrent
stations never lose an update.

A change of an item's category or unit weight (``restate_item_totals``) must not
interleave with a movement of that item on PostgreSQL, or the movement's total could
land under the old category after the restatement moved the rest. Two locks see to
it, each sufficient alone (tests/db/test_concurrency.py takes both away to show it):
``edit_item`` reads the item FOR UPDATE, which the foreign-key check of every new
movement row waits on; and the item_total row: a movement writes it *before* it
reads the item's category and weight, a restatement before it reads the stock.
Whichever comes second waits for the first to commit, then sees what it did.
(SQLite runs one writer at a time anyway.)
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple, TypedDict, TypeVar, Unpack, cast

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Date,
    Dialect,
    Select,
    Table,
    bindparam,
    func,
    insert,
    literal,
    select,
    update,
)
from sqlalchemy.orm import QueryableAttribute, Session
from sqlalchemy.sql.expression import ReturnsRows

from warehouse_app.core.context import Actor
from warehouse_app.core.origins import (
    ORIGINS_OF,
    Split,
    add_origins,
    add_source,
    available_from,
    record_split,
    record_split_of_last,
    split_of,
    take_origins,
    take_planned,
)
from warehouse_app.core.quantities import format_quantity
from warehouse_app.db.dialect import insert_for
from warehouse_app.db.models import (
    NO_EXPIRY,
    AuditEvent,
    CategoryExpiryTotal,
    Item,
    ItemTotal,
    Location,
    Lot,
    Movement,
    StockLevel,
)
from warehouse_app.db.prepared import Prepared, batch
from warehouse_app.db.types import Qty, raw_from_qty, raw_qty, utcnow
from warehouse_app.kernel.errors import NotEnoughStock

if TYPE_CHECKING:  # built through db/dialect.insert_for, which imports the dialect in use
    from sqlalchemy.dialects import postgresql, sqlite

# The hot path (one scan = these few statements) uses statements built once, with
# bound parameters, and runs them as ``Prepared`` statements on the driver's cursor:
# SQLAlchemy's per-statement machinery cost more than the SQL (db/prepared.py).
# (Declarative types ``__table__`` as any FromClause; a mapped class's is its Table.)
_LOT = cast(Table, Lot.__table__)
_LEVEL = cast(Table, StockLevel.__table__)
_ITEM = cast(Table, Item.__table__)
_ITEM_TOTAL = cast(Table, ItemTotal.__table__)
_CATEGORY_TOTAL = cast(Table, CategoryExpiryTotal.__table__)
_MOVEMENT = cast(Table, Movement.__table__)


def find_lot(item: ColumnElement[int], no_expiry: bool) -> Select[tuple[int]]:
    """The lot of (item, expiry, code): ``item`` a bound parameter or a subquery."""
    expiry = _LOT.c.expiry.is_(None) if no_expiry else _LOT.c.expiry == bindparam("expiry")
    return select(_LOT.c.id).where(_LOT.c.item_id == item, expiry, _LOT.c.lot_code == bindparam("code"))


FIND_LOT = {no_expiry: find_lot(bindparam("item"), no_expiry) for no_expiry in (True, False)}  # by "expiry is None"
_TAKE = Prepared(
    update(_LEVEL)
    .where(
        _LEVEL.c.item_id == bindparam("item"),
        _LEVEL.c.lot_id == bindparam("lot"),
        _LEVEL.c.location_id == bindparam("place"),
        _LEVEL.c.quantity >= bindparam("qty", type_=Qty),
    )
    .values(quantity=_LEVEL.c.quantity - bindparam("qty", type_=Qty))
    .returning(_LEVEL.c.id, _LEVEL.c.quantity)
)
_MOVEMENT_COLUMNS = (
    "kind", "item_id", "lot_id", "quantity", "from_location_id", "to_location_id", "donation_id", "shipment_id",
    "operator_id", "station", "created_at", "reason", "reverses_id", "scan_uid",
)
_RECORD = Prepared(insert(_MOVEMENT).returning(_MOVEMENT.c.id), column_keys=_MOVEMENT_COLUMNS)
_RECORD_AS = Prepared(insert(_MOVEMENT), column_keys=("id", *_MOVEMENT_COLUMNS))  # its id drawn beforehand
# The category total of a movement, read from its lot and item in the same statement
# (no round trip): category, expiry (NO_EXPIRY for none), quantity and quantity x unit
# weight, both raw thousandths, so the weight is in milligrams.
_RAW = bindparam("raw", type_=BigInteger)
_CATEGORY_DELTA = (
    select(
        _ITEM.c.category_id,
        func.coalesce(_LOT.c.expiry, literal(NO_EXPIRY, Date)),
        _RAW,
        _RAW * func.coalesce(raw_qty(_ITEM.c.unit_weight_kg), 0),
    )
    .select_from(_LOT.join(_ITEM, _ITEM.c.id == _LOT.c.item_id))
    .where(_LOT.c.id == bindparam("lot"))
)
_STOCK_BY_EXPIRY = (
    select(_LOT.c.expiry, func.sum(raw_qty(_LEVEL.c.quantity)))
    .join(_LOT, _LOT.c.id == _LEVEL.c.lot_id)
    .where(_LEVEL.c.item_id == bindparam("item"))
    .group_by(_LOT.c.expiry)
)


def _upsert_level(dialect: Dialect) -> ReturnsRows:
    add = insert_for(dialect, _LEVEL).values(
        item_id=bindparam("item"), lot_id=bindparam("lot"), location_id=bindparam("place"),
        quantity=bindparam("qty", type_=Qty),
    )
    return add.on_conflict_do_update(
        index_elements=["item_id", "lot_id", "location_id"],
        set_={"quantity": _LEVEL.c.quantity + add.excluded.quantity},
    ).returning(_LEVEL.c.id, _LEVEL.c.quantity)


def _upsert_item_total(dialect: Dialect) -> ReturnsRows:
    item_total = insert_for(dialect, _ITEM_TOTAL).values(item_id=bindparam("item"), quantity=_RAW)
    return item_total.on_conflict_do_update(
        index_elements=["item_id"], set_={"quantity": _ITEM_TOTAL.c.quantity + item_total.excluded.quantity}
    )


def _category_upsert(dialect: Dialect) -> tuple[postgresql.Insert | sqlite.Insert, dict[str, ColumnElement[int]]]:
    category_total = insert_for(dialect, _CATEGORY_TOTAL)
    return category_total, {
        "quantity": _CATEGORY_TOTAL.c.quantity + category_total.excluded.quantity,
        "weight_mg": _CATEGORY_TOTAL.c.weight_mg + category_total.excluded.weight_mg,
    }


def _upsert_category_total(dialect: Dialect) -> ReturnsRows:
    """The category total of a movement's lot (INSERT ... SELECT ... WHERE: SQLite needs the
    WHERE to parse the ON CONFLICT after it)."""
    category_total, category_set = _category_upsert(dialect)
    return category_total.from_select(
        ["category_id", "expiry", "quantity", "weight_mg"], _CATEGORY_DELTA
    ).on_conflict_do_update(index_elements=["category_id", "expiry"], set_=category_set)


def _upsert_category_values(dialect: Dialect) -> postgresql.Insert | sqlite.Insert:
    category_total, category_set = _category_upsert(dialect)
    return category_total.values(
        category_id=bindparam("category"), expiry=bindparam("expiry"), quantity=_RAW,
        weight_mg=bindparam("weight", type_=BigInteger),
    ).on_conflict_do_update(index_elements=["category_id", "expiry"], set_=category_set)


def _insert_lot(dialect: Dialect) -> ReturnsRows:
    return (
        insert_for(dialect, _LOT)
        .values(item_id=bindparam("item"), expiry=bindparam("expiry"), lot_code=bindparam("code"))
        .on_conflict_do_nothing()
    )


_PREPARED_LOT = {no_expiry: Prepared(query) for no_expiry, query in FIND_LOT.items()}
_ADD = Prepared(_upsert_level)
_ADD_LOT = Prepared(_insert_lot)
_ADD_ITEM_TOTAL = Prepared(_upsert_item_total)
_ADD_CATEGORY_TOTAL = Prepared(_upsert_category_total)
_CATEGORY_VALUES: dict[str, postgresql.Insert | sqlite.Insert] = {}  # by dialect name; executemany, so through SQLAlchemy


def _category_values(dialect: Dialect) -> postgresql.Insert | sqlite.Insert:
    if dialect.name not in _CATEGORY_VALUES:
        _CATEGORY_VALUES[dialect.name] = _upsert_category_values(dialect)
    return _CATEGORY_VALUES[dialect.name]


def get_or_create_lot(session: Session, item_id: int, expiry: date | None, lot_code: str = "") -> int:
    """The lot for item + expiry + lot code, made on first use (safe under concurrency)."""
    params = {"item": item_id, "expiry": expiry, "code": lot_code or ""}
    query = _PREPARED_LOT[expiry is None]
    lot_id: int | None = query.scalar(session, params)
    if lot_id is None:
        _ADD_LOT.run(session, params)
        made: int = query.scalar(session, params)  # by this insert or by a concurrent station's
        return made
    return lot_id


def add_stock(session: Session, item_id: int, lot_id: int, location_id: int, qty: Decimal) -> tuple[int, Decimal]:
    """Add ``qty``; the level's id and its new quantity."""
    level_id, added = _ADD.first(session, {"item": item_id, "lot": lot_id, "place": location_id, "qty": qty}) or (0, 0)
    return int(level_id), added


def level(session: Session, item_id: int, lot_id: int, location_id: int) -> Decimal:
    found = session.execute(
        select(StockLevel.quantity).where(
            StockLevel.item_id == item_id,
            StockLevel.lot_id == lot_id,
            StockLevel.location_id == location_id,
        )
    ).scalar_one_or_none()
    return found if found is not None else Decimal(0)


def take_stock(session: Session, item_id: int, lot_id: int, location_id: int, qty: Decimal) -> tuple[int, Decimal]:
    """Remove ``qty`` or raise NotEnoughStock; never lets a level go below zero. The
    level's id and what is left."""
    taken = _TAKE.first(session, {"item": item_id, "lot": lot_id, "place": location_id, "qty": qty})
    if taken is None:
        item_name, unit = session.execute(select(Item.name, Item.unit).where(Item.id == item_id)).one()
        place = session.execute(select(Location.name).where(Location.id == location_id)).scalar_one()
        available = level(session, item_id, lot_id, location_id)
        raise not_enough(item_name, place, available, unit, qty, lost=True)
    return int(taken[0]), taken[1]


SHORTAGE = "Not enough {item} at {place}: {available} {unit} left, {asked} asked."


def not_enough(item: str, place: str, available: Decimal, unit: str, asked: Decimal, *,
               lost: bool = False) -> NotEnoughStock:
    """The shortage sentence; ``lost``: a take's conditional UPDATE found too little (a
    ``LostTake``, which ``replanned`` answers by planning again)."""
    fields = {"item": item, "place": place, "available": format_quantity(available), "unit": unit,
              "asked": format_quantity(asked)}
    if lost:  # each class called by name: tools/error_templates.py finds the template for translation
        return LostTake(SHORTAGE, **fields)
    return NotEnoughStock(SHORTAGE, **fields)


class LostTake(NotEnoughStock):
    """A planned take whose conditional UPDATE found too little: another station took the
    units between the plan's read and the take. The stock may still lie elsewhere."""


# A lost take means another station's take committed after this plan was read, so with up
# to 8 stations taking at once every take ends taken or truly short.
REPLAN_ATTEMPTS = 8
_T = TypeVar("_T")


def replanned(session: Session, attempt: Callable[[], _T], *, attempts: int = REPLAN_ATTEMPTS) -> _T:
    """Run ``attempt`` (read a plan from the levels as they are, then take each part with
    ``transfer``) inside a SAVEPOINT. When one of its takes loses a race (``LostTake``),
    only this attempt is undone and it runs again from fresh levels, at most ``attempts``
    times; a shortage the fresh plan itself finds (a plain ``NotEnoughStock``, with the
    fresh figures) is raised at once. Any other error undoes the attempt and goes on up.

    On PostgreSQL the SAVEPOINT and its RELEASE are queued like the BEGIN (db/database.py),
    so an attempt that wins costs no extra round trip; the ROLLBACK TO SAVEPOINT of one that
    lost waits, after the queue (this attempt's deferred writes, undone with it)."""
    for attempt_no in range(1, attempts + 1):
        try:
            with session.begin_nested():
                return attempt()
        except LostTake:
            if attempt_no == attempts:
                raise
    raise AssertionError("unreachable: the last attempt returns or raises")


class MovementDetails(TypedDict, total=False):
    """What a ledger row may say besides what moved where (``record``'s keywords)."""

    donation_id: int | None
    shipment_id: int | None
    reason: str | None
    reverses_id: int | None
    scan_uid: str | None  # a scan's own id (receive): its replay from an offline queue is written once


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
    scan_uid: str | None = None,
) -> int:
    """Append one ledger row (never updated afterwards) and return its id."""
    movement_id: int = _RECORD.scalar(session, _row(
        actor, kind, item_id, lot_id, qty, from_location_id, to_location_id,
        donation_id=donation_id, shipment_id=shipment_id, reason=reason, reverses_id=reverses_id,
        scan_uid=scan_uid,
    ))
    return movement_id


def _row(actor: Actor, kind: str, item_id: int, lot_id: int, qty: Decimal, from_location_id: int | None,
         to_location_id: int | None, **details: Unpack[MovementDetails]) -> dict[str, object]:
    return {
        "kind": kind, "item_id": item_id, "lot_id": lot_id, "quantity": qty,
        "from_location_id": from_location_id, "to_location_id": to_location_id,
        "donation_id": details.get("donation_id"), "shipment_id": details.get("shipment_id"),
        "operator_id": actor.operator_id, "station": actor.station, "created_at": utcnow(),
        "reason": details.get("reason"), "reverses_id": details.get("reverses_id"),
        "scan_uid": details.get("scan_uid"),
    }


def transfer(
    session: Session,
    actor: Actor,
    kind: str,
    item_id: int,
    lot_id: int,
    qty: Decimal,
    from_location_id: int | None,
    to_location_id: int | None,
    *,
    prefer: Split = (),
    **details: Unpack[MovementDetails],
) -> tuple[int, Decimal | None]:
    """Take from one place, add to the other, write the ledger row and its provenance:
    all or nothing (see core/origins.py for which donations' units a take consumes;
    ``prefer``: these sources' units first, as when one donation's goods are put away).

    Returns the movement id and the new level at the destination (or at the
    source when goods leave the warehouse).
    """
    reverses = details.get("reverses_id")
    if reverses is None and from_location_id is not None and not prefer:
        return _take_and_move(session, actor, kind, item_id, lot_id, qty, from_location_id, to_location_id,
                              **details)
    new_level: Decimal | None = None
    split: Split | None = None
    undone = _undone(session, reverses) if reverses is not None else None
    if from_location_id is not None:
        level_id, new_level = take_stock(session, item_id, lot_id, from_location_id, qty)
        split = _take_origins(session, level_id, qty, undone, item_id, from_location_id, prefer)
    movement_id = record(
        session, actor, kind, item_id, lot_id, qty, from_location_id, to_location_id, **details
    )
    if to_location_id is not None:
        level_id, new_level = add_stock(session, item_id, lot_id, to_location_id, qty)
        if split is None:  # goods from outside: a source, or a take put back
            split = undone.split if undone is not None else ((movement_id, qty),)
        add_origins(session, level_id, split)
    if from_location_id is not None or undone is not None:
        assert split is not None
        record_split(session, movement_id, split)
    if from_location_id is None:
        add_to_totals(session, item_id, lot_id, qty)
    elif to_location_id is None:
        add_to_totals(session, item_id, lot_id, -qty)
    return movement_id, new_level


def _take_and_move(
    session: Session, actor: Actor, kind: str, item_id: int, lot_id: int, qty: Decimal, from_location_id: int,
    to_location_id: int | None, **details: Unpack[MovementDetails],
) -> tuple[int, Decimal | None]:
    """``transfer`` of a take that undoes nothing (a move, a load, a write-off, a dispatch):
    the same statements, but those that wait for nothing travel together: the take (its
    answer says whether there was enough), then the level's origins, the ledger row and the
    destination level in one batch, then the rest deferred (db/pipeline.py). Locks come in
    the same order: the source level, the row's keys, the destination level; origin rows
    change only under their level's lock."""
    level_id, left = take_stock(session, item_id, lot_id, from_location_id, qty)
    reads: list[tuple[Prepared, Mapping[str, object]]] = [
        (ORIGINS_OF, {"level": level_id}),
        (_RECORD, _row(actor, kind, item_id, lot_id, qty, from_location_id, to_location_id, **details)),
    ]
    if to_location_id is not None:
        reads.append((_ADD, {"item": item_id, "lot": lot_id, "place": to_location_id, "qty": qty}))
    found = batch(session, reads)
    split = take_planned(session, level_id, available_from(found[0]), qty)
    movement_id = int(found[1][0][0])
    new_level: Decimal = left
    if to_location_id is not None:
        to_level_id, new_level = found[2][0]
        add_origins(session, int(to_level_id), split, deferred=True)
    record_split(session, movement_id, split, deferred=True)
    if to_location_id is None:
        add_to_totals(session, item_id, lot_id, -qty, deferred=True)
    return movement_id, new_level


class Ahead(NamedTuple):
    """What a receipt read before writing, on PostgreSQL: the id its ledger row will take
    (drawn from the sequence) and the level it lands on, read FOR UPDATE (so no other
    station changes it before this transaction ends)."""

    movement_id: int
    level: Decimal


# Read with a receipt's other facts (core/intake/receiving.py), in the same round trip.
NEXT_MOVEMENT_ID = func.nextval(func.pg_get_serial_sequence("movement", "id"))


def locked_level(item: ColumnElement[int], lot: ColumnElement[int],
                 place: ColumnElement[int] | QueryableAttribute[int]) -> ColumnElement[Decimal]:
    """The quantity at (item, lot, place), its row locked until the transaction ends."""
    return (
        select(_LEVEL.c.quantity)
        .where(_LEVEL.c.item_id == item, _LEVEL.c.lot_id == lot, _LEVEL.c.location_id == place)
        .with_for_update()
        .scalar_subquery()
    )


def receive_ahead(
    session: Session, actor: Actor, item_id: int, lot_id: int, qty: Decimal, to_location_id: int, ahead: Ahead,
    **details: Unpack[MovementDetails],
) -> tuple[int, Decimal]:
    """``transfer`` of goods from outside (a source, not a reversal) to a level that exists
    and was locked when read (``ahead``): the same statements in the same order (the ledger
    row, the level, its origin, the item's and the category's totals), deferred so that on
    PostgreSQL they travel with the COMMIT (db/pipeline.py). Returns what ``transfer`` would."""
    assert details.get("reverses_id") is None
    row = _row(actor, "receive", item_id, lot_id, qty, None, to_location_id, **details)
    _RECORD_AS.defer(session, {"id": ahead.movement_id, **row})
    params = {"item": item_id, "lot": lot_id, "place": to_location_id, "qty": qty}
    _ADD.defer(session, params)
    add_source(session, params, ahead.movement_id)
    add_to_totals(session, item_id, lot_id, qty, deferred=True)
    return ahead.movement_id, ahead.level + qty


class Locked(NamedTuple):
    """A level a take planned ahead read FOR UPDATE, with its origins read after the lock
    (so no other station changes either before this transaction ends)."""

    level_id: int
    origins: list[tuple[int, Decimal]]


# The take of a locked level (its answer is not needed: the level's CHECK refuses a
# negative quantity at the commit, which under the lock cannot happen).
_TAKE_LOCKED = Prepared(
    update(_LEVEL).where(_LEVEL.c.id == bindparam("level"))
    .values(quantity=_LEVEL.c.quantity - bindparam("qty", type_=Qty))
)


def move_ahead(
    session: Session, actor: Actor, kind: str, item_id: int, lot_id: int, qty: Decimal, from_location_id: int,
    to_location_id: int, locked: Locked, **details: Unpack[MovementDetails],
) -> Split:
    """``transfer`` of a move between two places that undoes nothing, from a level read
    FOR UPDATE beforehand (``locked``): the same statements in the same order as
    ``_take_and_move`` (the take, the ledger row, the destination level, the origins taken,
    the destination's origins, the split), all deferred so that on PostgreSQL they travel
    with the COMMIT (db/pipeline.py). Returns the split the move carried."""
    assert details.get("reverses_id") is None
    _TAKE_LOCKED.defer(session, {"level": locked.level_id, "qty": qty})
    _RECORD.defer(session, _row(actor, kind, item_id, lot_id, qty, from_location_id, to_location_id, **details))
    params = {"item": item_id, "lot": lot_id, "place": to_location_id, "qty": qty}
    _ADD.defer(session, params)
    split = take_planned(session, locked.level_id, locked.origins, qty)
    for source, part in split:
        add_source(session, {**params, "qty": part}, source)
    record_split_of_last(session, split)
    return split


class _Undone(NamedTuple):
    """The row a reversal undoes: its id, whether it was a source, the split it moved."""

    id: int
    was_source: bool
    split: Split


def _undone(session: Session, movement_id: int) -> _Undone:
    was_source = session.execute(
        select(Movement.from_location_id.is_(None)).where(Movement.id == movement_id)
    ).scalar_one()
    return _Undone(movement_id, bool(was_source), split_of(session, movement_id))


def _take_origins(session: Session, level_id: int, qty: Decimal, undone: _Undone | None,
                  item_id: int, place_id: int, prefer: Split = ()) -> Split:
    if undone is None:
        return take_origins(session, level_id, qty, prefer=prefer)
    if not undone.was_source:
        return take_origins(session, level_id, qty, prefer=undone.split)
    place = session.execute(select(Location.name).where(Location.id == place_id)).scalar_one()
    unit = session.execute(select(Item.unit).where(Item.id == item_id)).scalar_one()
    return take_origins(session, level_id, qty, only_source=undone.id, place=place, unit=unit)


def add_to_totals(session: Session, item_id: int, lot_id: int, qty: Decimal, *, deferred: bool = False) -> None:
    """Add ``qty`` (negative: take) of this lot to the item's and its category's running totals.

    item_total first: it is the lock a concurrent ``restate_item_totals`` waits on (two
    statements even when deferred, so the category is read after that lock is held).
    """
    params = {"item": item_id, "lot": lot_id, "raw": raw_from_qty(qty)}
    for statement in (_ADD_ITEM_TOTAL, _ADD_CATEGORY_TOTAL):
        if deferred:
            statement.defer(session, params)
        else:
            statement.run(session, params)


def restate_item_totals(
    session: Session, item_id: int, old: tuple[int, Decimal | None], new: tuple[int, Decimal | None]
) -> None:
    """Move the item's stock in the category totals from its old (category, unit weight)
    to its new one; call it in the transaction that changes the item."""
    if old == new:
        return
    conn = session.connection()
    _ADD_ITEM_TOTAL.run(session, {"item": item_id, "raw": 0})  # lock first (see the module notes)
    by_expiry: dict[object, int] = {}
    for expiry, raw in conn.execute(_STOCK_BY_EXPIRY, {"item": item_id}):
        key = NO_EXPIRY if expiry is None else expiry
        by_expiry[key] = by_expiry.get(key, 0) + int(raw or 0)
    rows = []
    for sign, (category_id, weight) in ((-1, old), (1, new)):
        per_unit = raw_from_qty(weight) if weight is not None else 0
        rows += [
            {"category": category_id, "expiry": expiry, "raw": sign * raw, "weight": sign * raw * per_unit}
            for expiry, raw in by_expiry.items() if raw
        ]
    if rows:
        # One lock order (category, then expiry, as FEFO takes go) so restatements do not deadlock.
        rows.sort(key=lambda r: (r["category"], r["expiry"]))
        conn.execute(_category_values(conn.dialect), rows)


def record_event(
    session: Session, actor: Actor, kind: str, location_id: int, *, from_location_id: int | None = None,
    to_location_id: int | None = None, shipment_id: int | None = None, reason: str | None = None,
) -> int:
    """An audit row for a box or pallet changed as a whole (sealed, moved onto a pallet or a
    truck, overridden): who, at which station, when; in the caller's transaction."""
    row = AuditEvent(kind=kind, location_id=location_id, from_location_id=from_location_id,
                     to_location_id=to_location_id, shipment_id=shipment_id, operator_id=actor.operator_id,
                     station=actor.station, created_at=utcnow(), reason=reason)
    session.add(row)
    session.flush()
    return row.id
