"""What an offline station keeps of the catalogue: barcode -> item name, unit, expiry, pack count.

A station on a PostgreSQL server copies this while online (``station/offline_queue.py``)
so that, when the server cannot be reached, a scan can still be named, its quantity
checked and an expiry date asked for. Archived items are left out: they cannot be
received, so offline they read as unknown (put aside, scanned again later).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from warehouse_app.db.models import Barcode, Item


@dataclass(frozen=True)
class CatalogueEntry:
    gtin: str  # GTIN-14, as stored
    item_id: int
    name: str
    unit: str
    tracks_expiry: bool
    pack_qty: Decimal


def receivable_barcodes(session: Session, batch: int = 5000) -> Iterator[CatalogueEntry]:
    """Every barcode of an item that can be received, streamed in batches."""
    query = (
        select(Barcode.gtin, Item.id, Item.name, Item.unit, Item.tracks_expiry, Barcode.pack_qty)
        .join(Item, Item.id == Barcode.item_id)
        .where(Item.archived.is_(False))
        .order_by(Barcode.gtin)
        .execution_options(yield_per=batch)
    )
    for row in session.execute(query):
        yield CatalogueEntry(*row)
