"""The import dialog says what it read (issue 17): the sheet or the encoding and a sample; when
a CSV file's code page is not clear it shows both readings and reads the file again as chosen."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from pytestqt.qtbot import QtBot

from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.screens.reports.import_dialog import ImportDialog


def open_dialog(ctx: AppContext, qtbot: QtBot, path: Path, kind: str = "items") -> ImportDialog:
    dialog = ImportDialog(ctx, kind, path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_cp1251_list_shows_its_encoding_and_sample(manager_ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "dary.csv"
    path.write_bytes("Назва;Кількість\r\nКовдра;3\r\nМило;2\r\n".encode("cp1251"))
    dialog = open_dialog(manager_ctx, qtbot, path, "donation")
    qtbot.waitUntil(lambda: dialog.file is not None, timeout=10_000)
    assert dialog.source.text() == "encoding Windows-1251 (Cyrillic) \u00b7 sample: Ковдра, Мило"
    assert dialog.model.rowCount() == 2 and dialog.encoding.isVisibleTo(dialog)


def test_the_workbook_s_visible_active_sheet_is_named(manager_ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    book.active.title = "Stare"
    book.active.append(["Nazwa", "Kategoria", "J.m."])
    book.active.append(["Old", "NOPE", "pcs"])
    book.active.sheet_state = "hidden"
    gifts = book.create_sheet("Darowizny")
    gifts.append(["Nazwa", "Kategoria", "J.m."])
    gifts.append(["Ковдра", "BEDDING.BLANKETS", "pcs"])
    book.active = 1
    path = tmp_path / "dary.xlsx"
    book.save(path)
    dialog = open_dialog(manager_ctx, qtbot, path)
    qtbot.waitUntil(lambda: dialog.file is not None, timeout=10_000)
    assert dialog.source.text() == "Read sheet \u2018Darowizny\u2019 \u00b7 sample: Ковдра"
    assert not dialog.encoding.isVisibleTo(dialog)
    assert "All 1 rows can be imported." in dialog.counts.text()


def test_an_unclear_code_page_is_asked_and_read_again_as_chosen(manager_ctx: AppContext, qtbot: QtBot,
                                                                tmp_path: Path) -> None:
    path = tmp_path / "items.csv"
    path.write_bytes("Nazwa;Kategoria;J.m.\r\nPřehled čištění;HYGIENE;pcs\r\n".encode("cp1250"))
    dialog = open_dialog(manager_ctx, qtbot, path)
    qtbot.waitUntil(lambda: "not clear" in dialog.source.text(), timeout=10_000)
    assert "\u201cPřehled čištění\u201d" in dialog.source.text() and "\u201cPшehled иiљtмnн\u201d" in dialog.source.text()
    assert dialog.file is None and not dialog.import_button.isEnabled()
    dialog.encoding.setCurrentIndex(dialog.encoding.findData("cp1250"))
    qtbot.waitUntil(lambda: dialog.file is not None, timeout=10_000)
    assert dialog.file is not None and dialog.file.rows[0]["name"] == "Přehled čištění"
    assert dialog.source.text().startswith("encoding Windows-1250 (Central European)")
    assert dialog.import_button.isEnabled()
