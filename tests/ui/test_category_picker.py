"""The category picker: type a few letters in Polish, Ukrainian or English and press Enter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from tests.ui.keyboard import type_text
from warehouse_app.core.catalogue.categories import CategoryInfo, edit_category, list_categories, resolve_category
from warehouse_app.db.database import Database
from warehouse_app.ui.widgets.category_picker import CategoryPicker, fold, root_code


@pytest.fixture
def categories(sqlite_db: Database) -> list[CategoryInfo]:
    with sqlite_db.write() as s:
        edit_category(s, resolve_category(s, "OTHER.MISC").id, archived=True)
        return list_categories(s)


def visible_names(picker: CategoryPicker) -> list[str]:
    names: list[str] = []

    def walk(parent: QModelIndex) -> None:
        for row in range(picker.proxy.rowCount(parent)):
            index = picker.proxy.index(row, 0, parent)
            names.append(index.data())
            walk(index)

    walk(QModelIndex())
    return names


@pytest.mark.parametrize(("typed", "lang", "expected"), [
    ("konserw", "pl", ["Żywność", "Konserwy"]),
    ("консерв", "uk", ["Продукти харчування", "Консерви", "Овочеві та фруктові консерви"]),
    ("canned", "en", ["Food", "Canned food"]),
    ("CANNED", "uk", ["Продукти харчування", "Консерви"]),  # English typed, Ukrainian shown
    ("zywnosc dla niem", "pl", ["Żywność", "Żywność dla niemowląt i dzieci"]),  # without Polish letters
    ("food.baby", "en", ["Food", "Baby food"]),  # the code
])
def test_typing_filters_the_tree_and_selects_the_best_match(
        qtbot: QtBot, categories: list[CategoryInfo], typed: str, lang: str, expected: list[str]) -> None:
    picker = CategoryPicker()
    qtbot.addWidget(picker)
    picker.set_categories(categories, lang)
    type_text(picker.filter, typed)
    assert visible_names(picker) == expected
    canned = next(c for c in categories if c.code in ("FOOD.CANNED", "FOOD.BABY") and fold(typed) in fold(
        " ".join([c.name_en, c.name_pl, c.name_uk, c.code])))
    assert picker.selected_id() == canned.id
    assert picker.tree.isExpanded(picker.proxy.index(0, 0))
    with qtbot.waitSignal(picker.chosen) as chosen:
        qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    assert chosen.args == [canned.id]


def test_the_filtered_tree_passes_the_model_tester(qtbot: QtBot, qtmodeltester, categories: list[CategoryInfo]) -> None:
    picker = CategoryPicker()
    qtbot.addWidget(picker)
    picker.set_categories(categories, "pl")
    type_text(picker.filter, "ko")
    qtmodeltester.check(picker.proxy)


def test_arrow_keys_in_the_filter_move_through_the_matches(qtbot: QtBot, categories: list[CategoryInfo]) -> None:
    picker = CategoryPicker()
    qtbot.addWidget(picker)
    picker.set_categories(categories, "en")
    type_text(picker.filter, "консерв")
    assert picker.selected().code == "FOOD.CANNED"
    qtbot.keyClick(picker.filter, Qt.Key.Key_Down)
    assert picker.selected().code == "FOOD.PRESERVES"
    qtbot.keyClick(picker.filter, Qt.Key.Key_Up)
    assert picker.selected().code == "FOOD.CANNED"
    assert picker.filter.text() == "консерв"  # the keys did not type into the field


def test_nothing_matches_says_so_and_selects_nothing(qtbot: QtBot, categories: list[CategoryInfo]) -> None:
    picker = CategoryPicker()
    qtbot.addWidget(picker)
    picker.set_categories(categories, "en")
    type_text(picker.filter, "xyzzy")
    assert picker.selected_id() is None and visible_names(picker) == []
    assert not picker.empty_label.isHidden() and "xyzzy" in picker.empty_label.text()


def test_archived_categories_are_hidden_unless_asked_for(qtbot: QtBot, categories: list[CategoryInfo]) -> None:
    misc = next(c for c in categories if c.code == "OTHER.MISC")
    picker = CategoryPicker()
    qtbot.addWidget(picker)
    picker.set_categories(categories, "en")
    picker.select(misc.id)
    assert picker.selected_id() is None
    full = CategoryPicker(show_archived=True)
    qtbot.addWidget(full)
    full.set_categories(categories, "en")
    full.select(misc.id)
    assert full.selected_id() == misc.id
    assert "Miscellaneous (archived)" in visible_names(full)


def test_select_clears_a_filter_that_hides_the_category(qtbot: QtBot, categories: list[CategoryInfo]) -> None:
    picker = CategoryPicker()
    qtbot.addWidget(picker)
    picker.set_categories(categories, "pl")
    type_text(picker.filter, "koce")
    blankets = picker.selected()
    assert blankets is not None and blankets.code == "BEDDING.BLANKETS"
    water = next(c for c in categories if c.code == "FOOD.WATER")
    picker.select(water.id)
    assert picker.filter.text() == "" and picker.selected_id() == water.id
    picker.set_categories(categories, "uk")  # a reload keeps the choice
    assert picker.selected_id() == water.id and picker.tree.currentIndex().data() == "Вода"
    assert root_code(categories, water.id) == "FOOD" and root_code(categories, None) is None
