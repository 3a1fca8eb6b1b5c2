"""What the Catalogue screen and the item dialog ask for and do: items, barcodes, categories."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from warehouse_app.core.catalogue.categories import CategoryInfo, list_categories
from warehouse_app.core.catalogue.categories import add_category as core_add_category
from warehouse_app.core.catalogue.categories import edit_category as core_edit_category
from warehouse_app.core.catalogue.item_edits import edit_item_and_barcodes, restates_stock
from warehouse_app.core.catalogue.items import ItemChanges, ItemInfo, edit_item, find_item, get_item, item_infos
from warehouse_app.core.catalogue.items import add_item as core_add_item
from warehouse_app.core.catalogue.search import PAGE_SIZE, ItemPage, search_page
from warehouse_app.ui.base.tasks import Change, Op

Work = Callable[[Session], Any]  # a unit of work a caller composes around an item (intake: add and receive)


def categories(owner: QObject | None, *, include_archived: bool = True) -> Op[list[CategoryInfo]]:
    """The category tree, depth first."""
    return Op(owner, lambda s: list_categories(s, include_archived=include_archived))


def search(owner: QObject, text: str, *, category_id: int | None, include_archived: bool, lang: str,
           limit: int = PAGE_SIZE) -> Op[ItemPage]:
    """The first page of items matching what is typed, and how many match in all."""
    return Op(owner, lambda s: search_page(s, text, category_id=category_id, include_archived=include_archived,
                                           limit=limit, lang=lang))


def item_by_code(owner: QObject, code: str, lang: str) -> Op[ItemInfo]:
    """The item a scanned or typed code names; fails with UnknownBarcode for a code nobody knows."""
    return Op(owner, lambda s: item_infos(s, [find_item(s, code).id], lang)[0])


def item(owner: QObject, item_id: int, lang: str) -> Op[ItemInfo]:
    """One item as it is now (to edit it against)."""
    return Op(owner, lambda s: item_infos(s, [get_item(s, item_id).id], lang)[0])


def add_item(owner: QObject, values: Mapping[str, Any]) -> Op[ItemInfo]:
    """A new item with its barcodes (``values`` as ``ItemDialog.values()`` gives them)."""
    fields = dict(values)
    return Op(owner, lambda s: core_add_item(s, **fields), write=True, changes=Change.CATALOGUE)


def save_item(owner: QObject, before: ItemInfo, fields: ItemChanges,
              attach: Sequence[tuple[str, Decimal]], detach: Sequence[str]) -> Op[ItemInfo]:
    """An edited item: its fields and barcode changes in one transaction."""
    changes = Change.CATALOGUE | (Change.STOCK if restates_stock(before, fields) else Change.NONE)
    item_id, edited, on, off = before.id, ItemChanges(**fields), list(attach), list(detach)
    return Op(owner, lambda s: edit_item_and_barcodes(s, item_id, edited, on, off), write=True, changes=changes)


def save_with(owner: QObject, work: Work, changes: Change = Change.CATALOGUE) -> Op[Any]:
    """A caller's own unit of work around a new item (intake adds the item and receives it)."""
    return Op(owner, work, write=True, changes=changes)


def set_archived(owner: QObject, item_id: int, archived: bool) -> Op[ItemInfo]:
    """Archive an item (no longer offered at intake; stock and history stay) or restore it."""
    return Op(owner, lambda s: edit_item(s, item_id, archived=archived), write=True, changes=Change.CATALOGUE)


def add_category(owner: QObject, code: str, parent_code: str | None,
                 names: Mapping[str, str | None]) -> Op[CategoryInfo]:
    """A new category under ``parent_code`` (None: at the top); ``names`` by language (pl, en, uk)."""
    pl, en, uk = names.get("pl"), names.get("en"), names.get("uk")
    return Op(owner, lambda s: core_add_category(s, code=code, parent=parent_code, name_pl=pl, name_en=en,
                                                 name_uk=uk),
              write=True, changes=Change.CATALOGUE)


def edit_category(owner: QObject, category_id: int, changes: Mapping[str, Any]) -> Op[CategoryInfo]:
    """Change what differs (see core.catalogue.categories.edit_category). A new parent or an
    archived category restates the stock totals of the tree as well."""
    given = dict(changes)
    what = Change.CATALOGUE | (Change.STOCK if {"parent", "archived"} & set(given) else Change.NONE)
    return Op(owner, lambda s: core_edit_category(s, category_id, **given), write=True, changes=what)
