"""The import dialog's column step (issue 16): which row holds the titles, each column with what it
is imported as, unknown ones marked; choosing by keyboard checks the rows again; the choices are
remembered for the next sheet with those titles."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from warehouse_app.core.catalogue.items import add_item
from warehouse_app.core.intake.donations import list_donations
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.tasks import Change
from warehouse_app.ui.screens.reports.column_map import UNKNOWN_ROW
from warehouse_app.ui.screens.reports.import_dialog import ImportDialog


def open_dialog(ctx: AppContext, qtbot: QtBot, path: Path, kind: str = "donation") -> ImportDialog:
    dialog = ImportDialog(ctx, kind, path)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 700)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.file is not None, timeout=10_000)
    return dialog


def donor_sheet(path: Path, header: list[str], rows: list[list[object]]) -> Path:
    """A donor's sheet: a merged title cell, a blank row, then the titles."""
    book = openpyxl.Workbook()
    ws = book.active
    ws["A1"] = "Dary – Fundacja Pomoc, grudzień"
    ws.merge_cells("A1:C1")
    ws.append([])
    ws.append(header)
    for row in rows:
        ws.append(row)
    book.save(path)
    return path


def choose(dialog: ImportDialog, qtbot: QtBot, letter: str, field: str) -> QComboBox:
    """Arrow keys on the column's box, as a person picks a field, until it shows ``field``."""
    box = dialog.findChild(QComboBox, f"importColumn{letter}")
    assert box is not None
    box.setFocus()
    for _ in range(box.count()):
        if box.currentData() == field:
            break
        QTest.keyClick(box, Qt.Key.Key_Down)
    assert box.currentData() == field
    qtbot.waitUntil(lambda: dialog.file is not None, timeout=10_000)
    return box


def test_unknown_titles_are_marked_mapped_by_keyboard_and_remembered(manager_ctx: AppContext, qtbot: QtBot,
                                                                     tmp_path: Path) -> None:
    with manager_ctx.runner.db.write() as s:
        add_item(s, name="Koc polarowy", category="BEDDING.BLANKETS", unit="pcs")
    path = donor_sheet(tmp_path / "dary.xlsx", ["Rzecz", "Razem", "Kolor"], [["Koc polarowy", 4, "szary"],
                                                                          ["Koc polarowy", 2, "zielony"]])
    dialog = open_dialog(manager_ctx, qtbot, path)
    assert dialog.header_note.text().startswith("No row among the first 20 has column titles the import knows; "
                                                "row 3 was taken as the titles.")
    table = dialog.columns
    assert table.rowCount() == 3 and [table.item(r, 1).text() for r in range(3)] == ["Rzecz", "Razem", "Kolor"]
    assert all(table.item(r, 3).text().startswith("Unknown title") for r in range(3))
    assert table.item(0, 1).background().color() == UNKNOWN_ROW
    assert "No column is one the import reads" in dialog.counts.text() and not dialog.import_button.isEnabled()

    first = choose(dialog, qtbot, "A", "name")
    choose(dialog, qtbot, "B", "quantity")
    assert dialog.columns.boxes[0] is first and first.currentData() == "name"  # rechecked in place, not rebuilt
    assert dialog.given == {"rzecz": "name", "razem": "quantity"}
    assert "All 2 rows can be imported." in dialog.counts.text() and dialog.import_button.isEnabled()
    assert [table.item(r, 3).text() for r in range(3)][:2] == ["Your choice", "Your choice"]
    assert table.item(2, 3).text().startswith("Unknown title")  # Kolor stays shown, not imported
    assert dialog.model.headerData(3, Qt.Orientation.Horizontal) == "Kolor"
    assert "remembered for sheets with these titles when you import" in dialog.header_note.text()
    dialog.donor.setText("Fundacja Pomoc")
    with qtbot.waitSignal(manager_ctx.runner.changed,
                          check_params_cb=lambda notice: notice.touches(Change.STOCK)):
        QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome.text().startswith("Lines received into donation D-")
    with manager_ctx.runner.db.read() as s:
        assert [d.donor for d in list_donations(s)] == ["Fundacja Pomoc"]
    dialog.close()

    # next month: the same titles in another order; the dialog remembers them for every station
    path = donor_sheet(tmp_path / "dary-styczen.xlsx", ["Kolor", "Rzecz", "Razem"], [["czarny", "Koc polarowy", 1]])
    again = open_dialog(manager_ctx, qtbot, path)
    assert again.header_note.text().startswith("Column titles: row 3. Unknown columns, not imported: Kolor.")
    assert [again.columns.item(r, 3).text() for r in range(3)][1:] == ["Remembered for sheets with these titles"] * 2
    assert again.columns.item(0, 3).text().startswith("Unknown title")  # left alone: still shown as unknown
    assert "All 1 rows can be imported." in again.counts.text() and again.import_button.isEnabled()


def test_a_sheet_from_another_system_says_so(manager_ctx: AppContext, qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "items_export.csv"
    path.write_text("Name,Barcodes,Base Item,Quantity\nKoc,2,Blankets,12\n", encoding="utf-8")
    dialog = open_dialog(manager_ctx, qtbot, path)
    assert dialog.header_note.text() == ("Column titles: row 1. A sheet from Human Essentials: its columns are read "
                                         "as Human Essentials means them.")
    hows = [dialog.columns.item(r, 3).text() for r in range(4)]
    assert hows == ["Human Essentials column", "Human Essentials column, not used here",
                    "Human Essentials column, not used here", "Human Essentials column"]
    assert [box.currentData() for box in dialog.columns.boxes] == ["name", "", "", "quantity"]
