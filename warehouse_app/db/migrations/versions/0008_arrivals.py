"""Arrivals: the truck file's far end (docs/truck-file.md).

At a receiving hub, ``incoming_truck`` and ``incoming_package`` hold a truck registered
from its truck file and what the check-in found of each package. At the sender,
``truck_confirmation`` and ``package_confirmation`` hold the hub's arrival confirmation:
the truck is delivered, package by package (``shipment.status`` stays 'dispatched').
New tables only; existing data is untouched.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def _in(values: tuple[str, ...]) -> str:
    return ", ".join(repr(v) for v in values)


def upgrade() -> None:
    op.create_table(
        "truck_confirmation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shipment_id", sa.Integer(), nullable=False),
        sa.Column("hub_name", sa.String(length=200), nullable=False),
        sa.Column("arrived_on", sa.Date(), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=False),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("operator_id", sa.Integer(), nullable=False),
        sa.Column("station", sa.String(length=64), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["shipment_id"], ["shipment.id"], name=op.f("fk_truck_confirmation_shipment_id_shipment")),
        sa.ForeignKeyConstraint(["operator_id"], ["operator.id"], name=op.f("fk_truck_confirmation_operator_id_operator")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_truck_confirmation")),
        sa.UniqueConstraint("shipment_id", name=op.f("uq_truck_confirmation_shipment_id")),
        sa.UniqueConstraint("file_sha256", name=op.f("uq_truck_confirmation_file_sha256")),
    )
    op.create_table(
        "package_confirmation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("shipment_id", sa.Integer(), nullable=False),
        sa.Column("label_code", sa.String(length=32), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.CheckConstraint(f"status IN ({_in(('received', 'damaged', 'missing'))})",
                           name=op.f("ck_package_confirmation_status")),
        sa.ForeignKeyConstraint(["shipment_id"], ["shipment.id"], name=op.f("fk_package_confirmation_shipment_id_shipment")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_package_confirmation")),
        sa.UniqueConstraint("shipment_id", "label_code", name="uq_package_confirmation_shipment_label"),
    )
    op.create_table(
        "incoming_truck",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=24), nullable=False),
        sa.Column("sender_number", sa.String(length=20), nullable=False),
        sa.Column("sender_name", sa.String(length=200), nullable=False),
        sa.Column("sender_uid", sa.String(length=36), nullable=False),
        sa.Column("file_sha256", sa.String(length=64), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("registered_at", sa.DateTime(), nullable=False),
        sa.Column("registered_by", sa.Integer(), nullable=False),
        sa.Column("station", sa.String(length=64), nullable=False),
        sa.Column("closed_at", sa.DateTime(), nullable=True),
        sa.Column("closed_by", sa.Integer(), nullable=True),
        sa.Column("donation_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(f"status IN ({_in(('checking', 'closed'))})", name=op.f("ck_incoming_truck_status")),
        sa.ForeignKeyConstraint(["registered_by"], ["operator.id"], name=op.f("fk_incoming_truck_registered_by_operator")),
        sa.ForeignKeyConstraint(["closed_by"], ["operator.id"], name=op.f("fk_incoming_truck_closed_by_operator")),
        sa.ForeignKeyConstraint(["donation_id"], ["donation.id"], name=op.f("fk_incoming_truck_donation_id_donation")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incoming_truck")),
        sa.UniqueConstraint("number", name=op.f("uq_incoming_truck_number")),
        sa.UniqueConstraint("file_sha256", name=op.f("uq_incoming_truck_file_sha256")),
        sa.UniqueConstraint("sender_uid", "sender_number", name="uq_incoming_truck_sender_uid_number"),
    )
    op.create_table(
        "incoming_package",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("incoming_truck_id", sa.Integer(), nullable=False),
        sa.Column("label_code", sa.String(length=32), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=True),
        sa.Column("expected", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=8), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("checked_at", sa.DateTime(), nullable=True),
        sa.Column("operator_id", sa.Integer(), nullable=True),
        sa.Column("station", sa.String(length=64), nullable=True),
        sa.CheckConstraint(f"status IN ({_in(('expected', 'received', 'damaged'))})",
                           name=op.f("ck_incoming_package_status")),
        sa.ForeignKeyConstraint(["incoming_truck_id"], ["incoming_truck.id"],
                                name=op.f("fk_incoming_package_incoming_truck_id_incoming_truck")),
        sa.ForeignKeyConstraint(["operator_id"], ["operator.id"], name=op.f("fk_incoming_package_operator_id_operator")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incoming_package")),
        sa.UniqueConstraint("incoming_truck_id", "label_code", name="uq_incoming_package_truck_label"),
    )


def downgrade() -> None:
    op.drop_table("incoming_package")
    op.drop_table("incoming_truck")
    op.drop_table("package_confirmation")
    op.drop_table("truck_confirmation")
