"""What the Stock screen shows at a glance: totals per category subtree, the whole
warehouse, the kilograms per top-level category, and the places to filter by.

One read composes it, so the tree, the chart and the place list always agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warehouse_app.core.catalogue.categories import list_categories
from warehouse_app.core.stock.locations import LocationInfo, list_locations
from warehouse_app.core.stock.query import CategoryStock, stock_by_category
from warehouse_app.db.models import Item, ItemTotal

WHOLE_WAREHOUSE = -1  # the category id of the total over every top-level category


@dataclass(frozen=True)
class StockOverview:
    categories: tuple[CategoryStock, ...]  # every category with its subtree's totals, in tree order
    names: Mapping[int, str]  # each category's own name (not its path) in the language asked for
    total: CategoryStock  # the whole warehouse (or place): the top-level categories added up
    weights: tuple[tuple[str, Decimal], ...]  # (name, kg) per top-level category, in tree order
    places: tuple[LocationInfo, ...]  # places stock can be filtered by: no containers, none archived
    items_without_weight: int = 0  # items in stock with no unit weight: their kilograms are unknown

    def name(self, category: CategoryStock) -> str:
        return self.names.get(category.category_id, category.category)


def _total(rows: list[CategoryStock]) -> CategoryStock:
    top = [r for r in rows if r.depth == 0]

    def add(attr: str) -> Decimal:
        return sum((getattr(r, attr) for r in top), Decimal(0))

    return CategoryStock(
        category_id=WHOLE_WAREHOUSE, parent_id=None, code="", category="", depth=-1, hs_code=None,
        quantity=add("quantity"), weight_kg=add("weight_kg"), items_in_stock=sum(r.items_in_stock for r in top),
        below_minimum=sum(r.below_minimum for r in top), expired=add("expired"),
        expiring_30d=add("expiring_30d"), expiring_90d=add("expiring_90d"),
    )


def stock_overview(session: Session, lang: str = "en", place_code: str | None = None,
                   today: date | None = None) -> StockOverview:
    """The rolled-up category tree (under ``place_code`` when given) and the places to filter by."""
    rows = stock_by_category(session, lang=lang, location=place_code, today=today)
    names = {c.id: c.name(lang) for c in list_categories(session)}
    return StockOverview(
        categories=tuple(rows),
        names=names,
        total=_total(rows),
        weights=tuple((names.get(r.category_id, r.category), r.weight_kg) for r in rows if r.parent_id is None),
        places=tuple(p for p in list_locations(session, include_containers=False) if not p.archived),
        items_without_weight=session.scalar(
            select(func.count()).select_from(ItemTotal).join(Item, Item.id == ItemTotal.item_id)
            .where(ItemTotal.quantity > 0, Item.unit_weight_kg.is_(None))) or 0,
    )
