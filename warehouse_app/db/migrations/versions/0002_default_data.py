"""Default data for a new database: the humanitarian-aid category tree and the main locations.

The category tree comes from resources/categories.json. Locations: the main
warehouse with a receiving zone (where scans land) and a storage zone.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""
from __future__ import annotations

import json
from typing import Any

import sqlalchemy as sa
from alembic import op

from warehouse_app.kernel.paths import resource_path

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

category = sa.table(
    "category",
    sa.column("id", sa.Integer),
    sa.column("parent_id", sa.Integer),
    sa.column("code", sa.String),
    sa.column("name_pl", sa.String),
    sa.column("name_en", sa.String),
    sa.column("name_uk", sa.String),
    sa.column("hs_code", sa.String),
    sa.column("min_shelf_life_days", sa.Integer),
    sa.column("archived", sa.Boolean),
)
location = sa.table(
    "location",
    sa.column("id", sa.Integer),
    sa.column("parent_id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("code", sa.String),
    sa.column("name", sa.String),
    sa.column("path", sa.String),
    sa.column("archived", sa.Boolean),
    sa.column("created_at", sa.DateTime),
)
setting = sa.table("setting", sa.column("key", sa.String), sa.column("value", sa.String))


def _insert_categories(conn: sa.Connection, nodes: list[dict[str, Any]], parent_id: int | None) -> None:
    """Add the default categories whose code is not there yet (user-made ones stay as they are)."""
    for node in nodes:
        new_id = conn.execute(sa.select(category.c.id).where(category.c.code == node["code"])).scalar()
        if new_id is not None:
            _insert_categories(conn, node.get("children", []), new_id)
            continue
        new_id = conn.execute(
            category.insert()
            .values(
                parent_id=parent_id,
                code=node["code"],
                name_pl=node["name_pl"],
                name_en=node["name_en"],
                name_uk=node["name_uk"],
                hs_code=node.get("hs_code"),
                min_shelf_life_days=node.get("min_shelf_life_days"),
                archived=False,
            )
            .returning(category.c.id)
        ).scalar_one()
        _insert_categories(conn, node.get("children", []), new_id)


def _insert_location(conn: sa.Connection, kind: str, name: str, parent: tuple[int, str] | None) -> tuple[int, str]:
    from datetime import datetime, timezone

    now = datetime.now(timezone.utc).replace(tzinfo=None)
    new_id = conn.execute(
        location.insert()
        .values(parent_id=parent[0] if parent else None, kind=kind, code="", name=name,
                path="", archived=False, created_at=now)
        .returning(location.c.id)
    ).scalar_one()
    path = f"{parent[1] if parent else '/'}{new_id}/"
    conn.execute(
        location.update().where(location.c.id == new_id).values(code=f"LC{new_id:06d}", path=path)
    )
    return new_id, path


def upgrade() -> None:
    conn = op.get_bind()
    tree = json.loads(resource_path("categories.json").read_text(encoding="utf-8"))
    _insert_categories(conn, tree["categories"], None)
    if conn.execute(sa.select(sa.func.count()).select_from(location)).scalar_one() == 0:
        main = _insert_location(conn, "warehouse", "Main warehouse", None)
        receiving = _insert_location(conn, "zone", "Receiving", main)
        _insert_location(conn, "zone", "Storage", main)
        op.bulk_insert(setting, [{"key": "receive_location_id", "value": str(receiving[0])}])


def downgrade() -> None:
    op.execute(setting.delete().where(setting.c.key == "receive_location_id"))
    # Categories and locations may already be referenced by items and stock: keep them.
