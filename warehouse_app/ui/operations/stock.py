"""What the Stock screen asks for and does: browse, the overview, one item's lots, count, write off."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QObject

from warehouse_app.core.context import Actor
from warehouse_app.core.stock.browse import BrowseFilter, BrowseRow, browse_page, count_items
from warehouse_app.core.stock.changes import StockChange
from warehouse_app.core.stock.changes import write_off as core_write_off
from warehouse_app.core.stock.detail import ItemDetail, item_detail
from warehouse_app.core.stock.overview import StockOverview, stock_overview
from warehouse_app.core.stock.stocktake import CountedLine, ExpectedLine, ScannedGoods, expected_stock, identify_scan
from warehouse_app.core.stock.stocktake import record_count as core_record_count
from warehouse_app.ui.base.tasks import Change, Op


def overview(owner: QObject, lang: str, place_code: str | None) -> Op[StockOverview]:
    """Category totals, the weight chart and the place list (under one place, or everywhere)."""
    return Op(owner, lambda s: stock_overview(s, lang, place_code))


def first_page(owner: QObject, flt: BrowseFilter, size: int, lang: str) -> Op[tuple[int, list[BrowseRow]]]:
    """How many items a filter selects, and its first page, read together."""
    return Op(owner, lambda s: (count_items(s, flt), browse_page(s, flt, offset=0, limit=size, lang=lang)))


def recount(owner: QObject, flt: BrowseFilter) -> Op[int]:
    return Op(owner, lambda s: count_items(s, flt))


def page(owner: QObject, flt: BrowseFilter, number: int, size: int, lang: str) -> Op[list[BrowseRow]]:
    return Op(owner, lambda s: browse_page(s, flt, offset=number * size, limit=size, lang=lang))


def item_lots(owner: QObject, item_id: int, lang: str) -> Op[ItemDetail | None]:
    """The item in full with every lot and place (None if it is gone)."""
    return Op(owner, lambda s: item_detail(s, item_id, lang))


def identify(owner: QObject, code: str, separators: str) -> Op[ScannedGoods]:
    """The goods a scan names, and how many units one scan of it counts."""
    return Op(owner, lambda s: identify_scan(s, code, separators))


def expected_at(owner: QObject, place_code: str, category_id: int | None) -> Op[list[ExpectedLine]]:
    """What the ledger expects at a place (one category's subtree, or everything) before a count."""
    return Op(owner, lambda s: expected_stock(s, place_code, category_id=category_id))


def record_stocktake(owner: QObject, actor: Actor, lines: Sequence[CountedLine], reason: str) -> Op[int]:
    """Every counted difference as one adjustment, all in one transaction; answers how many."""
    counted = list(lines)
    return Op(owner, lambda s: len(core_record_count(s, actor, counted, reason)), write=True, changes=Change.STOCK)


def write_off(owner: QObject, actor: Actor, item_id: int, qty: str | Decimal, reason: str, *,
              place_code: str | None = None, expiry: date | None = None,
              lot_code: str | None = None) -> Op[StockChange]:
    """Goods leave the stock for good (first expiry first, unless a place or lot is chosen)."""
    return Op(owner, lambda s: core_write_off(s, actor, f"#{item_id}", qty, reason, location=place_code,
                                              expiry=expiry, lot_code=lot_code),
              write=True, changes=Change.STOCK)
