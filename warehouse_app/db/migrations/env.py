"""Alembic environment: run programmatically by warehouse_app.db.migrate on a given connection."""

from __future__ import annotations

from alembic import context

from warehouse_app.db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - only via warehouse_app.db.migrate
    raise RuntimeError("Run migrations through 'warehouse-app db upgrade'.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
