"""movement.scan_uid: a scan's own id, so a scan replayed after the network came back is
written once (offline-tolerant stations). Existing rows have none.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A column and a unique index: no table rebuild on SQLite, instant at a million rows.
    op.add_column("movement", sa.Column("scan_uid", sa.String(length=36), nullable=True))
    op.create_index(op.f("ix_movement_scan_uid"), "movement", ["scan_uid"], unique=True)


def downgrade() -> None:
    op.drop_index(op.f("ix_movement_scan_uid"), table_name="movement")
    with op.batch_alter_table("movement") as batch:
        batch.drop_column("scan_uid")
