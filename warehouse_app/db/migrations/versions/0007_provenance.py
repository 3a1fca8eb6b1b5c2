"""Provenance: stock_origin and movement_origin, filled by replaying the ledger.

Every unit in stock becomes attributable to the ledger row it came in with (a receipt,
whose donation names the donor, or a count that found goods). The backfill replays the
existing ledger in order with the rule the app follows from now on (core/origins.py):
a take consumes first received, first out; the reversal of a receipt takes that receipt's
own units; the reversal of another row takes the units that row moved first and puts
back what it took out. This copy of the rule is frozen as of this revision.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

BigId = sa.BigInteger().with_variant(sa.Integer(), "sqlite")
Split = list[tuple[int, int]]  # (source ledger row, raw thousandths)


def _plan(available: dict[int, int], qty: int, prefer: Split) -> Split:
    plan: dict[int, int] = defaultdict(int)
    for source, part in (*prefer, *sorted(available.items())):
        take = min(part, available.get(source, 0), qty)
        if take > 0:
            plan[source] += take
            available[source] -= take
            qty -= take
        if qty == 0:
            break
    return sorted(plan.items())


def _replay(rows: Iterable[tuple[int, int, int, int, int | None, int | None, int | None]]) -> tuple[dict[tuple[int, int, int], dict[int, int]], dict[int, Split]]:
    """(item, lot, place) -> {source: raw qty}, and each non-source row's split."""
    origins: dict[tuple[int, int, int], dict[int, int]] = defaultdict(dict)
    splits: dict[int, Split] = {}
    sources: set[int] = set()
    for movement_id, item, lot, qty, from_place, to_place, reverses in rows:
        undone = splits.get(reverses, []) if reverses is not None else []
        split: Split | None = None
        if from_place is not None:
            here = origins[(item, lot, from_place)]
            if reverses in sources:
                split = _plan(here, qty, [(reverses, qty)]) if here.get(reverses, 0) >= qty else _plan(here, qty, [])
            else:
                split = _plan(here, qty, undone)
        if to_place is not None:
            if split is None:
                split = undone if reverses is not None else [(movement_id, qty)]
            there = origins[(item, lot, to_place)]
            for source, part in split:
                there[source] = there.get(source, 0) + part
        if from_place is None and reverses is None:
            sources.add(movement_id)
        else:
            splits[movement_id] = split or []
    return origins, splits


def upgrade() -> None:
    op.create_table(
        "stock_origin",
        sa.Column("level_id", BigId, autoincrement=False, nullable=False),
        sa.Column("source_id", BigId, autoincrement=False, nullable=False),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("quantity >= 0", name=op.f("ck_stock_origin_quantity_not_negative")),
        sa.ForeignKeyConstraint(["level_id"], ["stock_level.id"], name=op.f("fk_stock_origin_level_id_stock_level")),
        sa.ForeignKeyConstraint(["source_id"], ["movement.id"], name=op.f("fk_stock_origin_source_id_movement")),
        sa.PrimaryKeyConstraint("level_id", "source_id", name=op.f("pk_stock_origin")),
    )
    op.create_index(op.f("ix_stock_origin_source_id"), "stock_origin", ["source_id"])
    op.create_table(
        "movement_origin",
        sa.Column("movement_id", BigId, autoincrement=False, nullable=False),
        sa.Column("source_id", BigId, autoincrement=False, nullable=False),
        sa.Column("quantity", sa.BigInteger(), nullable=False),
        sa.CheckConstraint("quantity > 0", name=op.f("ck_movement_origin_quantity_positive")),
        sa.ForeignKeyConstraint(["movement_id"], ["movement.id"], name=op.f("fk_movement_origin_movement_id_movement")),
        sa.ForeignKeyConstraint(["source_id"], ["movement.id"], name=op.f("fk_movement_origin_source_id_movement")),
        sa.PrimaryKeyConstraint("movement_id", "source_id", name=op.f("pk_movement_origin")),
    )
    op.create_index(op.f("ix_movement_origin_source_id"), "movement_origin", ["source_id"])
    backfill(op.get_bind())


def backfill(conn: sa.Connection) -> None:
    """Fill both (empty) tables from the ledger (tests/core/test_provenance.py runs it again
    on a database the app wrote, to show the replay and the app agree)."""
    origins, splits = _replay(tuple(row) for row in conn.execute(sa.text(
        "SELECT id, item_id, lot_id, quantity, from_location_id, to_location_id, reverses_id FROM movement ORDER BY id"
    )))
    levels = {(item, lot, place): level_id for level_id, item, lot, place in conn.execute(
        sa.text("SELECT id, item_id, lot_id, location_id FROM stock_level"))}
    stock_rows = [
        {"level": levels[key], "source": source, "qty": qty}
        for key, parts in origins.items() if key in levels
        for source, qty in parts.items() if qty > 0
    ]
    split_rows = [
        {"movement": movement_id, "source": source, "qty": qty}
        for movement_id, split in splits.items() for source, qty in split if qty > 0
    ]
    if stock_rows:
        conn.execute(sa.text("INSERT INTO stock_origin (level_id, source_id, quantity) VALUES (:level, :source, :qty)"),
                     stock_rows)
    if split_rows:
        conn.execute(sa.text(
            "INSERT INTO movement_origin (movement_id, source_id, quantity) VALUES (:movement, :source, :qty)"
        ), split_rows)


def downgrade() -> None:
    op.drop_table("movement_origin")
    op.drop_table("stock_origin")
