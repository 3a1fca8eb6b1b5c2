"""The item dialog: name the goods, pick the category and unit, Enter; refusals stay inline."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.ui.keyboard import type_text
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.catalogue.categories import CategoryInfo, list_categories
from warehouse_app.db.database import Database
from warehouse_app.db.models import Barcode, Item
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.widgets.item_dialog import ItemDialog

EAN = "5901234123457"
OTHER_EAN = "4006381333931"
THIRD_EAN = "96385074"  # EAN-8


@pytest.fixture
def categories(db: Database) -> list[CategoryInfo]:
    with db.read() as s:
        return list_categories(s)


def open_dialog(qtbot: QtBot, ctx: AppContext, categories: list[CategoryInfo], **kwargs) -> ItemDialog:  # type: ignore[no-untyped-def]
    dialog = ItemDialog(ctx, categories, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def counts(db: Database) -> tuple[int, int]:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Item)), s.scalar(select(func.count()).select_from(Barcode))


def test_unknown_barcode_named_by_keyboard_alone_is_saved(qtbot: QtBot, ctx: AppContext, db: Database,
                                                           categories: list[CategoryInfo]) -> None:
    dialog = open_dialog(qtbot, ctx, categories, barcode=EAN)
    dialog.save_on_ok()
    assert dialog.focusWidget() is dialog.name and EAN in dialog.intro.text()
    assert not dialog.ok_button.isEnabled()
    type_text(dialog.name, "Konserwa rybna w oleju 170 g")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # not complete yet: Enter moves on to the category
    assert dialog.focusWidget() is dialog.picker.filter and dialog.isVisible()
    type_text(dialog.picker.filter, "konserw")
    qtbot.keyClick(dialog.picker.filter, Qt.Key.Key_Return)  # chooses Konserwy, moves to the unit
    assert dialog.focusWidget() is dialog.unit
    assert dialog.expiry.isChecked()  # food has an expiry date
    assert dialog.category_label.text() == "Food \u203a Canned food"
    qtbot.keyClick(dialog.unit, Qt.Key.Key_Down)
    assert dialog.unit.currentData() == "pcs" and dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.unit, Qt.Key.Key_Return)
    saved = dialog.result_value
    assert saved.name == "Konserwa rybna w oleju 170 g" and saved.category_code == "FOOD.CANNED"
    with db.read() as s:
        found = catalogue.find_item(s, EAN)
    assert found.id == saved.id and found.unit == "pcs" and found.tracks_expiry
    assert [b.pack_qty for b in found.barcodes] == [Decimal(1)]


def test_duplicate_barcode_is_refused_inline_and_nothing_is_written(qtbot: QtBot, ctx: AppContext, db: Database,
                                                                     categories: list[CategoryInfo]) -> None:
    with db.write() as s:
        catalogue.add_item(s, name="Mydło w kostce", category="HYGIENE.PERSONAL", unit="pcs", barcodes_=[EAN])
    before = counts(db)
    dialog = open_dialog(qtbot, ctx, categories, barcode=EAN)
    dialog.save_on_ok()
    type_text(dialog.name, "Mydło inne")
    type_text(dialog.picker.filter, "higiena osob")
    dialog.unit.setCurrentIndex(dialog.unit.findData("pcs"))
    type_text(dialog.weight, "0,1")
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error_text() != "")
    assert dialog.error_text() == "The barcode 5901234123457 already belongs to Mydło w kostce."
    assert dialog.isVisible() and dialog.name.text() == "Mydło inne" and dialog.weight.text() == "0,1"
    assert dialog.ok_button.isEnabled()
    assert counts(db) == before


def test_a_bad_number_is_refused_inline(qtbot: QtBot, ctx: AppContext, db: Database, categories: list[CategoryInfo]) -> None:
    dialog = open_dialog(qtbot, ctx, categories)
    dialog.save_on_ok()
    type_text(dialog.name, "Ryż 1 kg")
    type_text(dialog.picker.filter, "ryz")
    dialog.unit.setCurrentIndex(dialog.unit.findData("pcs"))
    type_text(dialog.weight, "1,0,0")
    assert dialog.weight.styleSheet()  # marked before saving
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error_text() != "")
    assert "weight" in dialog.error_text() and dialog.isVisible()
    assert counts(db) == (0, 0)


def test_a_pasted_name_too_long_is_refused_whole_never_cut(qtbot: QtBot, ctx: AppContext, db: Database,
                                                           categories: list[CategoryInfo]) -> None:
    """The field takes what was pasted; the rule in core says it is too long, and nothing is
    saved (a name cut at 200 characters would no longer say what was typed)."""
    dialog = open_dialog(qtbot, ctx, categories)
    dialog.save_on_ok()
    dialog.name.setText("Koc " * 60)  # a paste: 240 characters
    assert len(dialog.name.text()) == 240
    type_text(dialog.picker.filter, "ryz")
    dialog.unit.setCurrentIndex(dialog.unit.findData("pcs"))
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error_text() != "")
    assert dialog.error_text() == "An item name can be at most 200 characters long." and dialog.isVisible()
    assert counts(db) == (0, 0)


def test_edit_saves_fields_and_barcode_changes_in_one_transaction(qtbot: QtBot, ctx: AppContext, db: Database,
                                                                   categories: list[CategoryInfo]) -> None:
    with db.write() as s:
        item = catalogue.add_item(s, name="Kasza", category="FOOD.DRY", unit="pcs", barcodes_=[EAN, OTHER_EAN])
        catalogue.add_item(s, name="Woda 1,5 l", category="FOOD.WATER", unit="pcs", barcodes_=["5900000000008"])
    dialog = open_dialog(qtbot, ctx, categories, item=item)
    dialog.save_on_ok()
    assert dialog.unit.currentData() == "pcs" and dialog.picker.selected().code == "FOOD.DRY"
    dialog.name.setText("Kasza gryczana 1 kg")
    type_text(dialog.picker.filter, "konserwy")
    dialog.min_stock.setText("24")
    dialog.barcodes.table.selectRow(0)
    dialog.barcodes.remove_selected()
    dialog.add_scanned_barcode(THIRD_EAN)
    dialog.add_scanned_barcode("5900000000008")  # belongs to the water: the whole save must fail
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error_text() != "")
    assert "already belongs to Woda 1,5 l" in dialog.error_text()
    with db.read() as s:
        unchanged = catalogue.get_item(s, item.id)
    assert unchanged.name == "Kasza" and len(unchanged.barcodes) == 2 and unchanged.min_stock is None

    dialog.barcodes.table.selectRow(2)
    dialog.barcodes.remove_selected()
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with db.read() as s:
        edited = catalogue.get_item(s, item.id)
    assert edited.name == "Kasza gryczana 1 kg" and edited.category_code == "FOOD.CANNED"
    assert edited.min_stock == Decimal(24)
    assert [b.gtin for b in edited.barcodes] == ["04006381333931", "00000096385074"]


def test_scans_and_typed_codes_are_checked_before_saving(qtbot: QtBot, ctx: AppContext, categories: list[CategoryInfo]) -> None:
    dialog = open_dialog(qtbot, ctx, categories)
    dialog.add_scanned_barcode("5901234123458")
    assert dialog.error_text() == "The barcode 5901234123458 has a wrong check digit."
    dialog.add_scanned_barcode("BX000042")
    assert "warehouse label" in dialog.error_text()
    dialog.add_scanned_barcode(EAN)
    assert dialog.error_text() == ""
    dialog.add_scanned_barcode(EAN)
    assert "already in the list" in dialog.error_text()
    type_text(dialog.barcodes.code_field, OTHER_EAN)
    dialog.barcodes.pack_field.setText("12")
    qtbot.keyClick(dialog.barcodes.code_field, Qt.Key.Key_Return)  # adds, does not close the dialog
    assert dialog.isVisible()
    assert dialog.values()["barcodes_"] == [("05901234123457", Decimal(1)), ("04006381333931", Decimal(12))]


def test_clothing_asks_for_size_and_who_it_is_for(qtbot: QtBot, ctx: AppContext, categories: list[CategoryInfo]) -> None:
    dialog = open_dialog(qtbot, ctx, categories)
    assert not dialog.size_field.isVisible()
    type_text(dialog.picker.filter, "zimowa")
    assert dialog.size_field.isVisible() and dialog.gender.isVisible() and not dialog.expiry.isChecked()
    dialog.size_field.setText("XL")
    dialog.gender.setCurrentIndex(dialog.gender.findData("female"))
    type_text(dialog.name, "Kurtka zimowa")
    dialog.unit.setCurrentIndex(dialog.unit.findData("pcs"))
    assert dialog.values() == {
        "name": "Kurtka zimowa", "category": "CLOTHING.WINTER", "unit": "pcs", "unit_weight_kg": None,
        "tracks_expiry": False, "min_stock": None, "size": "XL", "gender": "female", "barcodes_": [],
        "name_uk": None, "name_en": None, "hs_code": None, "origin_country": None, "unit_value": None,
        "value_currency": None,
    }
    dialog.expiry.click()  # the volunteer's own choice wins over the category's default
    dialog.picker.clear_filter()
    type_text(dialog.picker.filter, "leki")
    assert dialog.expiry.isChecked() is True and not dialog.size_field.isVisible()
    dialog.expiry.click()
    type_text(dialog.picker.filter, "x")
    assert not dialog.expiry.isChecked()


def test_other_names_customs_code_origin_and_value_are_saved_and_shown(qtbot: QtBot, ctx: AppContext, db: Database,
                                                                        categories: list[CategoryInfo]) -> None:
    with db.write() as s:
        item = catalogue.add_item(s, name="Kurtka zimowa", category="CLOTHING.WINTER", unit="pcs")
    dialog = open_dialog(qtbot, ctx, categories, item=item)
    dialog.save_on_ok()
    assert "62" in dialog.hs_code.placeholderText()  # the category's chapter, shown as the default
    type_text(dialog.name_uk, "Зимова куртка")
    type_text(dialog.name_en, "Winter jacket")
    type_text(dialog.hs_code, "62x")
    type_text(dialog.origin, "de")
    type_text(dialog.value, "120,50")
    dialog.currency.setCurrentIndex(dialog.currency.findData("EUR"))
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error_text() != "")
    assert "HS code" in dialog.error_text() and dialog.isVisible()
    dialog.hs_code.setText("6201")
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with db.read() as s:
        saved = catalogue.get_item(s, item.id)
    assert (saved.name_uk, saved.name_en, saved.hs_code, saved.origin_country, saved.unit_value,
            saved.value_currency) == ("Зимова куртка", "Winter jacket", "6201", "DE", Decimal("120.50"), "EUR")
    again = open_dialog(qtbot, ctx, categories, item=saved)
    assert (again.name_uk.text(), again.hs_code.text(), again.origin.text(), again.currency.currentData()) == (
        "Зимова куртка", "6201", "DE", "EUR")
    assert again.value.text() in ("120,5", "120.5", "120,50")
