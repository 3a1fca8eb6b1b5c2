"""operator.pin_failures, operator.pin_wait_until: wrong PINs in a row and when the next
try is heard, so guessing a manager's PIN slows down at every door and across restarts.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Two columns: no table rebuild on SQLite.
    op.add_column("operator", sa.Column("pin_failures", sa.Integer(), server_default=sa.text("0"), nullable=False))
    op.add_column("operator", sa.Column("pin_wait_until", sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("operator") as batch:
        batch.drop_column("pin_wait_until")
        batch.drop_column("pin_failures")
