"""The Catalogue screen on a real database: search, scan, add, edit, archive, categories."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from tests.ui.keyboard import type_text
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.catalogue.categories import list_categories, resolve_category
from warehouse_app.core.catalogue.search import search_page
from warehouse_app.db.database import Database
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.tasks import Change, ChangeNotice
from warehouse_app.ui.screens.catalogue import CatalogueScreen
from warehouse_app.ui.screens.catalogue import items_tab as items_tab_module
from warehouse_app.ui.screens.catalogue.items_model import ItemsTableModel

SOAP, RICE, RICE_CASE = "5901234123457", "4006381333931", "15901234123454"
NEW_EAN = "96385074"


def catalogue_notice(notice: ChangeNotice) -> bool:
    return notice.touches(Change.CATALOGUE)


@pytest.fixture
def stocked(db: Database) -> dict[str, catalogue.ItemInfo]:
    with db.write() as s:
        return {
            "soap": catalogue.add_item(s, name="Mydło w kostce", category="HYGIENE.PERSONAL", unit="pcs",
                                       barcodes_=[SOAP]),
            "rice": catalogue.add_item(s, name="Ryż biały 1 kg", category="FOOD.DRY", unit="pcs",
                                       barcodes_=[RICE, (RICE_CASE, 12)], tracks_expiry=True),
            "tuna": catalogue.add_item(s, name="Tuńczyk w oleju 170 g", category="FOOD.CANNED", unit="pcs",
                                       unit_weight_kg="0.17", min_stock="48"),
        }


@pytest.fixture
def screen(qtbot: QtBot, ctx: AppContext, stocked) -> CatalogueScreen:  # type: ignore[no-untyped-def]
    widget = CatalogueScreen(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    widget.activated()
    qtbot.waitUntil(lambda: widget.items.model.rowCount() == 3 and bool(widget.categories.categories))
    return widget


def names(screen: CatalogueScreen) -> list[str]:
    return [screen.items.model.item_at(r).name for r in range(screen.items.model.rowCount())]


def test_the_table_model_passes_the_model_tester(qtmodeltester, db: Database, stocked) -> None:  # type: ignore[no-untyped-def]
    model = ItemsTableModel()
    with db.read() as s:
        model.set_page(search_page(s, lang="pl"))
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "Higiena i środki czystości \u203a Higiena osobista"
    rice = model.row_of(stocked["rice"].id)
    assert [model.index(rice, c).data() for c in range(8)] == ["Ryż biały 1 kg", "Żywność \u203a Makaron, ryż, kasze i mąka",
                                                             "pcs", "", "\u2713", "", "2", ""]


def test_search_as_you_type_and_the_category_filter(qtbot: QtBot, screen: CatalogueScreen) -> None:
    items = screen.items
    assert names(screen) == ["Mydło w kostce", "Ryż biały 1 kg", "Tuńczyk w oleju 170 g"]
    assert items.status.text() == "3 items"
    type_text(items.search, "ry")
    qtbot.waitUntil(lambda: names(screen) == ["Ryż biały 1 kg"])
    items.search.clear()
    qtbot.waitUntil(lambda: len(names(screen)) == 3)
    items.category.setCurrentIndex(items.category.findText("Food", Qt.MatchFlag.MatchContains))
    qtbot.waitUntil(lambda: names(screen) == ["Ryż biały 1 kg", "Tuńczyk w oleju 170 g"])
    type_text(items.search, "xyz")
    qtbot.waitUntil(lambda: items.status.text() == "No items match \u201cxyz\u201d.")


def test_only_the_first_page_is_loaded_and_the_total_is_told(qtbot: QtBot, screen: CatalogueScreen, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(items_tab_module, "PAGE_SIZE", 2)
    screen.items.refresh()
    qtbot.waitUntil(lambda: screen.items.status.text() == "Showing 2 of 3 matches \u2014 type more to narrow")
    assert names(screen) == ["Mydło w kostce", "Ryż biały 1 kg"]


def test_a_scan_finds_and_selects_the_item(qtbot: QtBot, screen: CatalogueScreen, stocked) -> None:  # type: ignore[no-untyped-def]
    screen.tabs.setCurrentWidget(screen.categories)
    screen.handle_scan(RICE_CASE)
    qtbot.waitUntil(lambda: screen.items.selected_id() == stocked["rice"].id)
    assert screen.tabs.currentWidget() is screen.items
    assert screen.items.status.text() == "Found by scan: Ryż biały 1 kg"


def test_an_unknown_scan_offers_a_new_item_with_that_barcode(qtbot: QtBot, ctx: AppContext, db: Database,
                                                             screen: CatalogueScreen) -> None:
    screen.handle_scan(NEW_EAN)
    qtbot.waitUntil(lambda: screen.items.offer.isVisible())
    assert screen.items.offer_label.text() == "The barcode 96385074 is not in the catalogue yet."
    qtbot.mouseClick(screen.items.offer_button, Qt.MouseButton.LeftButton)
    dialog = screen.items.dialog
    assert dialog is not None and dialog.isVisible()
    screen.handle_scan(SOAP)  # a scan while the dialog is open goes into it
    assert [code for code, _ in dialog.barcodes.codes()] == ["00000096385074", "05901234123457"]
    dialog.barcodes.table.selectRow(1)
    qtbot.keyClick(dialog.barcodes.table, Qt.Key.Key_Delete)
    type_text(dialog.name, "Świeczka tealight 10 szt.")
    type_text(dialog.picker.filter, "świece")
    dialog.unit.setCurrentIndex(dialog.unit.findData("pack"))
    with qtbot.waitSignal(ctx.runner.changed, check_params_cb=catalogue_notice):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    with db.read() as s:
        added = catalogue.find_item(s, NEW_EAN)
    assert added.name == "Świeczka tealight 10 szt." and added.category_code == "HOUSEHOLD.CANDLES"
    qtbot.waitUntil(lambda: screen.items.selected_id() == added.id)
    assert ctx.messages.label.text() == "Saved: \u201cŚwieczka tealight 10 szt.\u201d."
    assert screen.items.dialog is None


def test_edit_from_the_table_saves_fields_and_barcodes(qtbot: QtBot, db: Database, screen: CatalogueScreen, stocked) -> None:  # type: ignore[no-untyped-def]
    rice = stocked["rice"]
    screen.items.table.selectRow(screen.items.model.row_of(rice.id))
    qtbot.keyClick(screen.items.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: screen.items.dialog is not None and screen.items.dialog.isVisible())
    dialog = screen.items.dialog
    assert dialog.name.text() == "Ryż biały 1 kg" and dialog.expiry.isChecked()
    dialog.name.setText("Ryż długoziarnisty 1 kg")
    type_text(dialog.picker.filter, "kasze")
    dialog.min_stock.setText("100")
    dialog.barcodes.table.selectRow(0)
    dialog.barcodes.remove_selected()
    dialog.add_scanned_barcode(NEW_EAN)
    dialog.submit()
    qtbot.waitUntil(lambda: screen.items.dialog is None)
    with db.read() as s:
        edited = catalogue.get_item(s, rice.id)
    assert edited.name == "Ryż długoziarnisty 1 kg" and edited.min_stock == Decimal(100)
    assert [(b.gtin, b.pack_qty) for b in edited.barcodes] == [("15901234123454", 12), ("00000096385074", 1)]
    qtbot.waitUntil(lambda: "Ryż długoziarnisty 1 kg" in names(screen))


def test_double_click_opens_the_item_and_escape_leaves_it_unchanged(qtbot: QtBot, screen: CatalogueScreen, stocked) -> None:  # type: ignore[no-untyped-def]
    table = screen.items.table
    row = screen.items.model.row_of(stocked["tuna"].id)
    table.selectRow(row)
    rect = table.visualRect(screen.items.model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a view wants the press first
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: screen.items.dialog is not None and screen.items.dialog.isVisible())
    dialog = screen.items.dialog
    assert dialog.weight.text() == "0.17" and dialog.min_stock.text() == "48" and dialog.windowTitle() == "Edit item"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: screen.items.dialog is None)
    assert screen.ctx.messages.text() == ""


def test_archive_and_restore_ask_first(qtbot: QtBot, monkeypatch, db: Database, screen: CatalogueScreen, stocked) -> None:  # type: ignore[no-untyped-def]
    soap = stocked["soap"]
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: answers.pop(0))
    screen.items.table.selectRow(screen.items.model.row_of(soap.id))
    qtbot.mouseClick(screen.items.archive_button, Qt.MouseButton.LeftButton)  # "No": nothing happens
    screen.ctx.runner.wait()
    with db.read() as s:
        assert not catalogue.get_item(s, soap.id).archived
    qtbot.mouseClick(screen.items.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Mydło w kostce" not in names(screen))
    with db.read() as s:
        assert catalogue.get_item(s, soap.id).archived
    screen.items.show_archived.setChecked(True)
    qtbot.waitUntil(lambda: "Mydło w kostce" in names(screen))
    row = screen.items.model.row_of(soap.id)
    assert screen.items.model.index(row, 7).data() == "archived"
    screen.items.table.selectRow(row)
    assert screen.items.archive_button.text() == "Restore"
    qtbot.mouseClick(screen.items.archive_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screen.ctx.messages.label.text() == "Restored: \u201cMydło w kostce\u201d.")
    with db.read() as s:
        assert not catalogue.get_item(s, soap.id).archived


def test_category_names_rules_and_parent_are_saved(qtbot: QtBot, ctx: AppContext, db: Database, screen: CatalogueScreen) -> None:
    tab = screen.categories
    screen.tabs.setCurrentWidget(tab)
    type_text(tab.picker.filter, "konserwy")
    assert tab.code_label.text() == "FOOD.CANNED" and not tab.save_button.isEnabled()
    tab.names["pl"].setText("Konserwy mięsne i rybne")
    tab.names["uk"].setText("М'ясні та рибні консерви")
    tab.hs_code.setText("1604")
    tab.shelf_life.setText("120")
    with qtbot.waitSignal(ctx.runner.changed, check_params_cb=catalogue_notice):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    with db.read() as s:
        canned = resolve_category(s, "FOOD.CANNED")
    assert (canned.name_pl, canned.name_uk, canned.name_en) == ("Konserwy mięsne i rybne", "М'ясні та рибні консерви",
                                                                 "Canned food")
    assert canned.hs_code == "1604" and canned.min_shelf_life_days == 120
    qtbot.waitUntil(lambda: tab.current is not None and tab.current.name_pl == "Konserwy mięsne i rybne")

    tab.hs_code.setText("123")  # not an HS code: refused, nothing changes
    tab.shelf_life.clear()
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.messages.kind == "error")
    assert ctx.messages.label.text() == "123 is not an HS code (2 to 10 digits, in pairs)."
    with db.read() as s:
        assert resolve_category(s, "FOOD.CANNED").min_shelf_life_days == 120

    tab.hs_code.setText("")
    tab.parent_combo.setCurrentIndex(tab.parent_combo.findData("OTHER"))
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.messages.kind == "success")
    with db.read() as s:
        moved = resolve_category(s, "FOOD.CANNED")
        other = resolve_category(s, "OTHER")
    assert moved.parent_id == other.id and moved.hs_code is None and moved.min_shelf_life_days is None
    assert tab.parent_combo.findData("FOOD.CANNED") == -1  # never under itself


def test_add_a_subcategory_with_a_suggested_code(qtbot: QtBot, ctx: AppContext, db: Database, screen: CatalogueScreen) -> None:
    tab = screen.categories
    before = len(tab.categories)
    type_text(tab.picker.filter, "konserwy")
    qtbot.mouseClick(tab.add_sub_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.code.text() == "FOOD.CANNED."
    type_text(dialog.names["pl"], "Ryby")
    type_text(dialog.names["en"], "Fish")
    assert dialog.code.text() == "FOOD.CANNED.FISH"
    dialog.code.setText("FOOD.CANNED")  # exists already: refused inline
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.error_text() != "")
    assert dialog.error_text() == "A category with the code FOOD.CANNED already exists." and dialog.isVisible()
    dialog.code.setText("FOOD.CANNED.FISH")
    with qtbot.waitSignal(ctx.runner.changed, check_params_cb=catalogue_notice):
        qtbot.keyClick(dialog.names["en"], Qt.Key.Key_Return)
    with db.read() as s:
        fish = resolve_category(s, "FOOD.CANNED.FISH")
        assert fish.name_uk == "Fish" and fish.parent_id == resolve_category(s, "FOOD.CANNED").id
        assert len(list_categories(s)) == before + 1
    qtbot.waitUntil(lambda: tab.current is not None and tab.current.code == "FOOD.CANNED.FISH")
