"""The catalogue: items, barcodes and categories, with every bad input refused."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from warehouse_app.core.catalogue import categories
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.db.database import Database
from warehouse_app.db.models import Barcode, Category, Item
from warehouse_app.kernel.errors import BadInput, Conflict, NotFound
from warehouse_app.kernel.paths import resource_path

EAN = "5901234123457"


def item_count(db: Database) -> tuple[int, int]:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Item)), s.scalar(select(func.count()).select_from(Barcode))


def test_new_database_holds_the_default_tree(db: Database) -> None:
    tree = json.loads(resource_path("categories.json").read_text(encoding="utf-8"))["categories"]

    def count(nodes: list[dict]) -> int:
        return sum(1 + count(n.get("children", [])) for n in nodes)

    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Category)) == count(tree)
        cats = categories.list_categories(s)
    assert {c.code for c in cats if c.depth == 0} == {n["code"] for n in tree}
    assert all(c.name_pl and c.name_en and c.name_uk for c in cats)


def test_add_item_by_path_in_any_language(db: Database) -> None:
    with db.read() as s:
        canned = categories.resolve_category(s, "FOOD.CANNED")
        assert categories.resolve_category(s, canned.path_pl) == canned
        assert categories.resolve_category(s, canned.path_uk.replace("/", " › ")) == canned
        assert categories.resolve_category(s, canned.path_en.upper()) == canned
    with db.write() as s:
        item = catalogue.add_item(s, name="  Gulasz   angielski 300 g ", category=canned.path_en, unit="PCS",
                                  barcodes_=[EAN], unit_weight_kg="0,33", tracks_expiry=True, min_stock="50")
    assert item.name == "Gulasz angielski 300 g" and item.unit == "pcs"
    assert item.unit_weight_kg == Decimal("0.33") and item.min_stock == 50
    assert item.barcodes[0].gtin == "0" + EAN and item.internal_code == f"IT{item.id:06d}"


@pytest.mark.parametrize(
    ("kwargs", "error", "words"),
    [
        ({"category": "Food/Nonsense"}, NotFound, "no category"),
        ({"unit": "box"}, BadInput, "not a unit"),
        ({"barcodes_": ["5901234123458"]}, BadInput, "check digit"),
        ({"barcodes_": ["12345"]}, BadInput, "not a GTIN"),
        ({"barcodes_": [EAN, EAN]}, BadInput, "twice"),
        ({"name": "   "}, BadInput, "needs a name"),
        ({"unit_weight_kg": "-1"}, BadInput, "negative"),
        ({"unit_weight_kg": "heavy"}, BadInput, "must be a number"),
        ({"min_stock": "2.5"}, BadInput, "whole"),
        ({"gender": "robot"}, BadInput, "not one of"),
    ],
)
def test_bad_item_changes_nothing(db: Database, kwargs, error, words) -> None:
    args = {"name": "Test", "category": "FOOD.CANNED", "unit": "pcs"} | kwargs
    before = item_count(db)
    with pytest.raises(error, match=words):
        with db.write() as s:
            catalogue.add_item(s, **args)
    assert item_count(db) == before


def test_a_barcode_belongs_to_one_item(db: Database) -> None:
    with db.write() as s:
        catalogue.add_item(s, name="A", category="FOOD.CANNED", unit="pcs", barcodes_=[EAN])
        other = catalogue.add_item(s, name="B", category="FOOD.CANNED", unit="pcs")
    with pytest.raises(Conflict, match="already belongs to A"):
        with db.write() as s:
            catalogue.attach_barcode(s, other.id, EAN)


def test_find_edit_archive_and_search(db: Database) -> None:
    with db.write() as s:
        item = catalogue.add_item(s, name="Łyżka stołowa", category="HOUSEHOLD", unit="pcs", barcodes_=[EAN])
        catalogue.add_item(s, name="Ręcznik kąpielowy", category="HOUSEHOLD", unit="pcs")
    with db.read() as s:
        assert catalogue.find_item(s, EAN).id == item.id
        assert catalogue.find_item(s, item.internal_code).id == item.id
        assert catalogue.find_item(s, f"#{item.id}").id == item.id
        assert catalogue.find_item(s, "łyżka STOŁOWA").id == item.id
        assert [i.name for i in catalogue.search_items(s, "łyż")] == ["Łyżka stołowa"]
        assert [i.name for i in catalogue.search_items(s, "23457")] == ["Łyżka stołowa"]
        with pytest.raises(NotFound):
            catalogue.find_item(s, "Widelec")
    with db.write() as s:
        changed = catalogue.edit_item(s, item.id, name="Łyżka", min_stock=10, archived=True)
    assert changed.name == "Łyżka" and changed.archived and changed.min_stock == 10
    with db.read() as s:
        assert [i.name for i in catalogue.list_items(s, "HOUSEHOLD")] == ["Ręcznik kąpielowy"]
        assert len(catalogue.list_items(s, "HOUSEHOLD", include_archived=True)) == 2


def test_categories_can_be_added_and_edited(db: Database) -> None:
    with db.write() as s:
        cat = categories.add_category(s, code="food.soup", parent="FOOD", name_en="Instant soup",
                                      name_pl="Zupy instant", name_uk="Супи швидкого приготування",
                                      hs_code="2104", min_shelf_life_days=60)
    assert cat.code == "FOOD.SOUP" and cat.depth == 1 and cat.path_pl.endswith("/Zupy instant")
    with db.write() as s:
        changed = categories.edit_category(s, cat.id, names={"en": "Soups"}, hs_code="", min_shelf_life_days=-1)
    assert (changed.name_en, changed.hs_code, changed.min_shelf_life_days) == ("Soups", None, None)
    for kwargs, words in [({"code": "FOOD.SOUP", "name_en": "x"}, "already exists"),
                          ({"code": "BAD CODE!", "name_en": "x"}, "not a category code"),
                          ({"code": "X1", "name_en": "x", "hs_code": "12a"}, "not an HS code"),
                          ({"code": "X2"}, "needs a name")]:
        with pytest.raises((BadInput, Conflict), match=words):
            with db.write() as s:
                categories.add_category(s, **kwargs)
    with pytest.raises(BadInput, match="under itself"):
        with db.write() as s:
            categories.edit_category(s, cat.id, parent="FOOD.SOUP")
    with db.write() as s:
        catalogue.add_item(s, name="Zupa", category="FOOD.SOUP", unit="pcs")
    with pytest.raises(Conflict, match="still has items"):
        with db.write() as s:
            categories.edit_category(s, cat.id, archived=True)
