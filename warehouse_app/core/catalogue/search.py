"""One page of catalogue search results plus how many items match in all.

The catalogue screen shows the first couple of hundred matches of what was typed
and says how many there are, so a hub with 100,000 items never loads them all:
the page and the count are two indexed-or-scanned queries, never a full fetch.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from warehouse_app.core.catalogue.categories import category_subtree_ids
from warehouse_app.core.catalogue.items import ItemInfo, item_infos
from warehouse_app.core.text_search import ends_with, holds
from warehouse_app.db.models import Barcode, Item

PAGE_SIZE = 200


@dataclass(frozen=True)
class ItemPage:
    """The first matches, sorted by name, and the number of all matches."""

    items: tuple[ItemInfo, ...]
    total: int

    @property
    def truncated(self) -> bool:
        return self.total > len(self.items)


def _matching(query: Select[int], text: str, category_id: int | None, include_archived: bool,
              session: Session) -> Select[int]:
    """Every word typed must be in the name, or be the label code, or end a barcode."""
    if not include_archived:
        query = query.where(Item.archived.is_(False))
    if category_id is not None:
        query = query.where(Item.category_id.in_(category_subtree_ids(session, category_id)))
    for word in text.split():
        query = query.where(
            or_(
                holds(Item.name, word),
                Item.internal_code == word.upper(),
                Item.id.in_(select(Barcode.item_id).where(ends_with(Barcode.gtin, word))),
            )
        )
    return query


def count_items(session: Session, text: str = "", *, category_id: int | None = None,
                include_archived: bool = False) -> int:
    """How many items match, without loading any of them."""
    query = _matching(select(func.count()).select_from(Item), text, category_id, include_archived, session)
    return int(session.scalar(query) or 0)


def search_page(session: Session, text: str = "", *, category_id: int | None = None,
                include_archived: bool = False, limit: int = PAGE_SIZE, lang: str = "en") -> ItemPage:
    """The first ``limit`` matches sorted by name (category paths in ``lang``) and the total."""
    ids_query = _matching(select(Item.id), text, category_id, include_archived, session)
    ids = session.scalars(ids_query.order_by(func.lower(Item.name), Item.id).limit(limit)).all()
    items = item_infos(session, ids, lang)
    total = len(items) if len(items) < limit else count_items(
        session, text, category_id=category_id, include_archived=include_archived)
    return ItemPage(tuple(items), total)
