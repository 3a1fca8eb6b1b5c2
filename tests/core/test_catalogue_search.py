"""Catalogue search pages: the first matches sorted by name and how many match in all."""

from __future__ import annotations

from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.catalogue.categories import resolve_category
from warehouse_app.core.catalogue.search import count_items, search_page
from warehouse_app.db.database import Database


def _fill(db: Database) -> None:
    with db.write() as s:
        for n in range(30):
            catalogue.add_item(s, name=f"Konserwa rybna {n:02d}", category="FOOD.CANNED", unit="pcs")
        catalogue.add_item(s, name="Mydło w kostce", category="HYGIENE.PERSONAL", unit="pcs",
                           barcodes_=["5901234123457"])
        old = catalogue.add_item(s, name="Konserwa stara", category="FOOD.CANNED", unit="pcs")
        catalogue.edit_item(s, old.id, archived=True)


def test_a_page_is_sorted_by_name_and_counts_every_match(db: Database) -> None:
    _fill(db)
    with db.read() as s:
        page = search_page(s, "konserwa", limit=10, lang="pl")
        assert [i.name for i in page.items] == [f"Konserwa rybna {n:02d}" for n in range(10)]
        assert page.total == 30 and page.truncated
        assert page.items[0].category_path == "Żywność/Konserwy"
        assert count_items(s, "konserwa", include_archived=True) == 31
        assert search_page(s, "", limit=500).total == 31 and not search_page(s, "", limit=500).truncated


def test_category_filter_takes_the_subtree_and_barcodes_match_by_ending(db: Database) -> None:
    _fill(db)
    with db.read() as s:
        food = resolve_category(s, "FOOD").id
        hygiene = resolve_category(s, "HYGIENE").id
        assert count_items(s, category_id=food) == 30
        assert [i.name for i in search_page(s, category_id=hygiene).items] == ["Mydło w kostce"]
        assert [i.name for i in search_page(s, "5901234123457").items] == ["Mydło w kostce"]
        assert search_page(s, "mydło", category_id=food).total == 0
