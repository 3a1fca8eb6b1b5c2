"""The import dialog with the repairs of issue 16: a restored code said in blue, names given
twice refused until the manager chooses to merge them, unknown goods of a donation list
listed as new items before the manager presses Import."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from warehouse_app.core.catalogue.items import list_items
from warehouse_app.core.stock.query import stock_by_item
from warehouse_app.db.models import Barcode, Item
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.screens.reports.import_dialog import ImportDialog
from warehouse_app.ui.screens.reports.preview_model import BAD_TEXT, NOTE_TEXT


def workbook(tmp_path: Path, *rows: list[object]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    path = tmp_path / "sheet.xlsx"
    book.save(path)
    return path


def open_dialog(ctx: AppContext, qtbot: QtBot, path: Path, kind: str) -> ImportDialog:
    dialog = ImportDialog(ctx, kind, path)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.file is not None, timeout=10_000)
    return dialog


def click(qtbot: QtBot, dialog: ImportDialog, widget) -> None:  # type: ignore[no-untyped-def]
    dialog.file = None
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().topLeft() + widget.rect().center() / 4)
    qtbot.waitUntil(lambda: dialog.file is not None, timeout=10_000)


def test_a_name_twice_is_refused_until_merged(manager_ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    path = workbook(tmp_path, ["Name", "Category", "Unit", "Barcode"],
                    ["Blankets", "BEDDING.BLANKETS", "Each", 36000291452],
                    ["Blankets", "BEDDING.BLANKETS", "Each", "5901234123457"])
    dialog = open_dialog(manager_ctx, qtbot, path, "items")
    model, column = dialog.model, dialog.model.problem_column
    assert model.data(model.index(0, column)) == ("The leading zeros of the code 36000291452 were restored: "
                                                  "036000291452 (its check digit proves it).")
    assert model.data(model.index(0, column), Qt.ItemDataRole.ForegroundRole).color() == NOTE_TEXT
    assert model.data(model.index(1, column)).startswith("The name Blankets is also on line 2")
    assert model.data(model.index(1, column), Qt.ItemDataRole.ForegroundRole).color() == BAD_TEXT
    assert not dialog.import_button.isEnabled() and dialog.merge.isVisible() and not dialog.create.isVisible()
    click(qtbot, dialog, dialog.merge)
    assert dialog.merge.isChecked() and "All 2 rows can be imported." in dialog.counts.text()
    assert model.data(model.index(1, column)) == "Merged into line 2: this line's barcodes go on that item."
    with qtbot.waitSignal(dialog.settled, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    with manager_ctx.runner.db.read() as s:
        codes = s.execute(select(Item.name, Barcode.gtin).join(Barcode)).all()
    assert sorted(codes) == [("Blankets", "00036000291452"), ("Blankets", "05901234123457")]


def test_unknown_goods_are_listed_then_created(manager_ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    path = workbook(tmp_path, ["Nazwa", "Kategoria", "J.m.", "Ilość"],
                    ["Koc wełniany", "koce", "szt.", 5], ["Latawiec", "", "op.", 2])
    dialog = open_dialog(manager_ctx, qtbot, path, "donation")
    assert "0 rows can be imported; 2 have a problem" in dialog.counts.text()
    assert not dialog.new_items.isVisible() and not dialog.default_category.isEnabled()
    click(qtbot, dialog, dialog.create)
    qtbot.waitUntil(lambda: dialog.default_category.count() > 1, timeout=10_000)
    assert dialog.default_category.isEnabled()
    assert [dialog.new_items.item(i).text() for i in range(dialog.new_items.count())] == [
        "Koc wełniany \u00b7 Bedding and sleeping gear/Blankets \u00b7 pcs \u00b7 lines 2"]
    assert "1 rows can be imported; 1 have a problem" in dialog.counts.text()
    dialog.file = None
    dialog.default_category.setCurrentIndex(dialog.default_category.findData("OTHER.MISC"))
    qtbot.waitUntil(lambda: dialog.file is not None, timeout=10_000)
    assert dialog.new_items.count() == 2 and "lines 3" in dialog.new_items.item(1).text()
    assert dialog.new_items_label.text() == "New items to create: 2 (nothing is written before you press Import)"
    assert dialog.import_button.text() == "Import and create 2 items" and dialog.import_button.isEnabled()
    with manager_ctx.runner.db.read() as s:
        assert list_items(s) == []  # the preview wrote nothing
    dialog.donor.setText("Caritas")
    with qtbot.waitSignal(dialog.settled, timeout=10_000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome.text().endswith("Rows skipped: 0. New items created: 2.")
    with manager_ctx.runner.db.read() as s:
        assert {r.name: r.quantity for r in stock_by_item(s)} == {"Koc wełniany": 5, "Latawiec": 2}


def test_the_notes_and_the_new_items_read_in_ukrainian(manager_ctx: AppContext, qtbot: QtBot, tmp_path: Path,
                                                       qapp) -> None:  # type: ignore[no-untyped-def]
    from warehouse_app.ui.base.language import install_translators

    path = workbook(tmp_path, ["Nazwa", "Kod kreskowy", "Ilość"], ["Koc", 36000291452, 5])
    install_translators(qapp, "uk")
    try:
        dialog = open_dialog(manager_ctx, qtbot, path, "donation")
        click(qtbot, dialog, dialog.create)
        qtbot.waitUntil(lambda: dialog.default_category.count() > 1, timeout=10_000)
        dialog.file = None
        dialog.default_category.setCurrentIndex(dialog.default_category.findData("OTHER.MISC"))
        qtbot.waitUntil(lambda: dialog.file is not None, timeout=10_000)
        problem = dialog.model.data(dialog.model.index(0, dialog.model.problem_column))
        assert problem == ("Відновлено початкові нулі коду 36000291452: 036000291452 (це підтверджує контрольна "
                           "цифра). Для цього рядка буде створено новий товар: Koc.")
        assert dialog.import_button.text() == "Імпортувати й створити 1 товар"
        assert dialog.new_items_label.text().startswith("Нові товари для створення: 1")
    finally:
        install_translators(qapp, "en")
