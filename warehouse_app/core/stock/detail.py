"""One item in full for the Stock screen: its catalogue entry and every lot with its place."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from warehouse_app.core.catalogue.items import ItemInfo, item_infos
from warehouse_app.core.stock.query import LotStock, item_lots
from warehouse_app.db.models import Item


@dataclass(frozen=True)
class ItemDetail:
    item: ItemInfo
    lots: tuple[LotStock, ...]  # first expiry first


def item_detail(session: Session, item_id: int, lang: str = "en") -> ItemDetail | None:
    """The item and where it lies; None if it is gone (deleted meanwhile)."""
    if not item_id or session.get(Item, item_id) is None:
        return None
    return ItemDetail(item_infos(session, [item_id], lang)[0], tuple(item_lots(session, item_id)))
