"""The import dialog's column step: each column of the sheet, what it is imported as, and why.

One row per column: its letter, its title as written, a box with the fields the import
reads (or "Not imported"), and how that came about (our own name for it, another
system's header, remembered for sheets with these headers, the user's choice). A column
nothing recognises is marked in orange, so an unknown column is seen, never silently
dropped. Choosing a field emits ``chosen(key, field)``; the dialog checks the rows again.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from warehouse_app.documents.sheet_columns import GIVEN, IGNORED, OURS, SAVED, SYSTEM, UNKNOWN, Column
from warehouse_app.ui.screens.reports.preview_model import column_title

UNKNOWN_ROW = QColor("#fff1d6")
UNKNOWN_TEXT = QColor("#8a4b00")
ROWS_SHOWN = 6  # the table scrolls beyond these, leaving room for the rows below


class ColumnMap(QTableWidget):
    """The columns of the sheet with a field box each."""

    chosen = Signal(str, str)  # a column's key, the field chosen for it ("" = not imported)

    def __init__(self, fields: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(0, 4, parent)
        self.fields = tuple(fields)
        self.setObjectName("importColumns")
        self.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Title in the file"), self.tr("Imported as"),
                                        self.tr("How")])
        self.verticalHeader().hide()
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        for section in (0, 1, 2):
            header.setSectionResizeMode(section, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.boxes: list[QComboBox] = []
        self.keys: list[str] = []  # the columns the boxes are for

    def show_columns(self, columns: Sequence[Column], system: str | None) -> None:
        """The columns as read now (after each check, so the "How" follows the user's choices).
        The same sheet again keeps its boxes, so the one in use keeps the keyboard."""
        keys = [c.key for c in columns]
        if keys != self.keys:
            self._build(columns)
        for row, column in enumerate(columns):
            box = self.boxes[row]
            if column.field and box.findData(column.field) < 0:  # read by the other kind of import
                box.addItem(column_title(column.field), column.field)
            box.setCurrentIndex(max(box.findData(column.field or ""), 0))
            unknown = column.how == UNKNOWN
            how = self._cell(self.how_text(column, system))
            font = how.font()
            font.setBold(unknown)
            how.setFont(font)
            if unknown:
                how.setForeground(QBrush(UNKNOWN_TEXT))
            self.setItem(row, 3, how)
            for cell in (0, 1, 3):
                item = self.item(row, cell)
                if item is not None:
                    item.setBackground(QBrush(UNKNOWN_ROW) if unknown else QBrush())
        self.resizeRowsToContents()
        shown = min(max(len(columns), 1), ROWS_SHOWN)
        height = self.horizontalHeader().height() + sum(self.rowHeight(r) for r in range(min(shown, self.rowCount())))
        self.setFixedHeight(height + 2 * self.frameWidth() + (0 if len(columns) <= ROWS_SHOWN else 4))

    def _build(self, columns: Sequence[Column]) -> None:
        """A row per column: its letter, its title, a box of the fields."""
        self.keys = [c.key for c in columns]
        self.setRowCount(len(columns))
        self.boxes = []
        for row, column in enumerate(columns):
            self.setItem(row, 0, self._cell(column.letter))
            self.setItem(row, 1, self._cell(column.header or self.tr("(no title)")))
            box = QComboBox(self)
            box.setObjectName(f"importColumn{column.letter}")
            box.addItem(self.tr("Not imported"), "")
            for field in self.fields:
                box.addItem(column_title(field), field)
            box.setAccessibleName(self.tr("Column {letter} imported as").format(letter=column.letter))
            box.activated.connect(lambda _index, key=column.key, b=box: self.chosen.emit(key, str(b.currentData())))
            self.setCellWidget(row, 2, box)
            self.boxes.append(box)

    def how_text(self, column: Column, system: str | None) -> str:
        if column.how == UNKNOWN:
            return self.tr("Unknown title: not imported. Choose what it is, if it should be.")
        if column.how == GIVEN:
            return self.tr("Your choice")
        if column.how == SAVED:
            return self.tr("Remembered for sheets with these titles")
        if column.how in (SYSTEM, IGNORED) and system:
            return (self.tr("{system} column").format(system=system) if column.field
                    else self.tr("{system} column, not used here").format(system=system))
        if column.how == OURS:
            return self.tr("Recognised by its title")
        return self.tr("Not used here")

    @staticmethod
    def _cell(text: str) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return item
