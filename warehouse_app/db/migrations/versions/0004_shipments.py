"""Trucks: the shipment table, containers (boxes and pallets) and the ledger's real
foreign key from movement.shipment_id to shipment.

A truck's load is a location of kind truck (``shipment.load_location_id``); a box or
pallet is a location with a ``container`` row for its category, seal and gross weight.
``movement.shipment_id`` existed since 0001 without a foreign key, so no ledger row
changes here; batch mode copies the movement table on SQLite to add the constraint.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "shipment",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("load_location_id", sa.Integer(), nullable=False),
        sa.Column("recipient", sa.String(length=200), nullable=False),
        sa.Column("recipient_address", sa.Text(), nullable=False),
        sa.Column("city", sa.String(length=120), nullable=False),
        sa.Column("country", sa.String(length=80), nullable=False),
        sa.Column("contact", sa.String(length=200), nullable=False),
        sa.Column("driver", sa.String(length=120), nullable=False),
        sa.Column("driver_phone", sa.String(length=40), nullable=False),
        sa.Column("vehicle_plate", sa.String(length=20), nullable=False),
        sa.Column("trailer_plate", sa.String(length=20), nullable=False),
        sa.Column("seal_number", sa.String(length=40), nullable=False),
        sa.Column("planned_departure", sa.Date(), nullable=True),
        sa.Column("aid_registration_code", sa.String(length=64), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("max_payload_kg", sa.BigInteger(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("dispatched_by", sa.Integer(), nullable=True),
        sa.Column("dispatched_at", sa.DateTime(), nullable=True),
        sa.CheckConstraint("status IN ('planning', 'loading', 'dispatched')", name=op.f("ck_shipment_status")),
        sa.CheckConstraint("max_payload_kg IS NULL OR max_payload_kg > 0", name=op.f("ck_shipment_max_payload")),
        sa.ForeignKeyConstraint(["created_by"], ["operator.id"], name=op.f("fk_shipment_created_by_operator")),
        sa.ForeignKeyConstraint(["dispatched_by"], ["operator.id"], name=op.f("fk_shipment_dispatched_by_operator")),
        sa.ForeignKeyConstraint(["load_location_id"], ["location.id"],
                                name=op.f("fk_shipment_load_location_id_location")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_shipment")),
        sa.UniqueConstraint("load_location_id", name=op.f("uq_shipment_load_location_id")),
        sa.UniqueConstraint("number", name=op.f("uq_shipment_number")),
    )
    op.create_table(
        "container",
        sa.Column("location_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("category_id", sa.Integer(), nullable=True),
        sa.Column("mixed", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("sealed_at", sa.DateTime(), nullable=True),
        sa.Column("gross_kg", sa.BigInteger(), nullable=True),
        sa.Column("created_by", sa.Integer(), nullable=False),
        sa.CheckConstraint("gross_kg IS NULL OR gross_kg > 0", name=op.f("ck_container_gross_kg")),
        sa.ForeignKeyConstraint(["category_id"], ["category.id"], name=op.f("fk_container_category_id_category")),
        sa.ForeignKeyConstraint(["created_by"], ["operator.id"], name=op.f("fk_container_created_by_operator")),
        sa.ForeignKeyConstraint(["location_id"], ["location.id"], name=op.f("fk_container_location_id_location")),
        sa.PrimaryKeyConstraint("location_id", name=op.f("pk_container")),
    )
    with op.batch_alter_table("movement", schema=None) as batch_op:
        batch_op.create_foreign_key(batch_op.f("fk_movement_shipment_id_shipment"), "shipment", ["shipment_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("movement", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_movement_shipment_id_shipment"), type_="foreignkey")
    op.drop_table("container")
    op.drop_table("shipment")
