"""Goods in three languages, customs and value data per item, donor address and tax id,
HS codes for the default categories that had none, and donation sources as codes.

- ``item``: ``name_uk``, ``name_en`` (the name as the goods say stays in ``name``),
  ``hs_code`` and ``origin_country`` (override the category's), ``unit_value`` with
  ``value_currency`` (PLN or EUR) for customs forms and donors' receipts.
- ``donor``: ``address`` and ``tax_id`` (NIP), printed on the donor's receipt.
- ``category.hs_code``: the chapters of resources/categories.json, set only where a
  default category still has none (a manager's own code stays).
- ``donation.source``: the English sentence "spreadsheet import" becomes the code
  ``import``, which documents print in the reader's language.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05
"""
from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

from warehouse_app.kernel.paths import resource_path

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

category = sa.table("category", sa.column("code", sa.String), sa.column("hs_code", sa.String))
donation = sa.table("donation", sa.column("source", sa.String))


def _default_hs_codes(nodes: list[dict[str, Any]]) -> dict[str, str]:
    codes: dict[str, str] = {}
    for node in nodes:
        if node.get("hs_code"):
            codes[node["code"]] = node["hs_code"]
        codes.update(_default_hs_codes(node.get("children", [])))
    return codes


def upgrade() -> None:
    with op.batch_alter_table("item", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_uk", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("name_en", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("hs_code", sa.String(length=10), nullable=True))
        batch_op.add_column(sa.Column("origin_country", sa.String(length=2), nullable=True))
        batch_op.add_column(sa.Column("unit_value", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("value_currency", sa.String(length=3), nullable=True))
        batch_op.create_check_constraint(op.f("ck_item_unit_value"), "unit_value IS NULL OR unit_value >= 0")
        batch_op.create_check_constraint(op.f("ck_item_value_currency"), "value_currency IS NULL OR value_currency IN ('PLN', 'EUR')")
    with op.batch_alter_table("donor", schema=None) as batch_op:
        batch_op.add_column(sa.Column("address", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("tax_id", sa.String(length=20), nullable=True))
    conn = op.get_bind()
    tree = json.loads(resource_path("categories.json").read_text(encoding="utf-8"))
    for code, hs in _default_hs_codes(tree["categories"]).items():
        conn.execute(category.update().where(category.c.code == code, category.c.hs_code.is_(None)).values(hs_code=hs))
    conn.execute(donation.update().where(donation.c.source == "spreadsheet import").values(source="import"))


def downgrade() -> None:
    op.execute(donation.update().where(donation.c.source == "import").values(source="spreadsheet import"))
    with op.batch_alter_table("donor", schema=None) as batch_op:
        batch_op.drop_column("tax_id")
        batch_op.drop_column("address")
    with op.batch_alter_table("item", schema=None) as batch_op:
        batch_op.drop_constraint(op.f("ck_item_value_currency"), type_="check")
        batch_op.drop_constraint(op.f("ck_item_unit_value"), type_="check")
        for column in ("value_currency", "unit_value", "origin_country", "hs_code", "name_en", "name_uk"):
            batch_op.drop_column(column)
