"""audit_event: what happens to a box or pallet as a whole, with who, where and when.

Sealing and reopening, putting a box on a pallet or taking it off, loading a container
onto a truck or unloading it, and a manager's shelf-life override (with its reason) wrote
no ledger row before: a container changes place by re-parenting, its goods do not move.
Existing data is untouched; the table starts empty.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

KINDS = ("seal", "reopen", "on_pallet", "off_pallet", "load", "unload", "override")


def upgrade() -> None:
    op.create_table(
        "audit_event",
        sa.Column("id", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("location_id", sa.Integer(), nullable=False),
        sa.Column("from_location_id", sa.Integer(), nullable=True),
        sa.Column("to_location_id", sa.Integer(), nullable=True),
        sa.Column("shipment_id", sa.Integer(), nullable=True),
        sa.Column("operator_id", sa.Integer(), nullable=False),
        sa.Column("station", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.CheckConstraint(f"kind IN ({', '.join(repr(k) for k in KINDS)})", name=op.f("ck_audit_event_kind")),
        sa.ForeignKeyConstraint(["location_id"], ["location.id"], name=op.f("fk_audit_event_location_id_location")),
        sa.ForeignKeyConstraint(["from_location_id"], ["location.id"],
                                name=op.f("fk_audit_event_from_location_id_location")),
        sa.ForeignKeyConstraint(["to_location_id"], ["location.id"], name=op.f("fk_audit_event_to_location_id_location")),
        sa.ForeignKeyConstraint(["shipment_id"], ["shipment.id"], name=op.f("fk_audit_event_shipment_id_shipment")),
        sa.ForeignKeyConstraint(["operator_id"], ["operator.id"], name=op.f("fk_audit_event_operator_id_operator")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_event")),
    )
    op.create_index(op.f("ix_audit_event_location_id"), "audit_event", ["location_id"])
    op.create_index(op.f("ix_audit_event_shipment_id"), "audit_event", ["shipment_id"])
    op.create_index(op.f("ix_audit_event_created_at"), "audit_event", ["created_at"])


def downgrade() -> None:
    op.drop_table("audit_event")
