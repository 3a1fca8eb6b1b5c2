"""The rows of a spreadsheet about to be imported, each with its problem in red."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from warehouse_app.core.intake.imports import ImportPreview, PreviewRow
from warehouse_app.ui.base.texts import notice_text

Index = QModelIndex | QPersistentModelIndex
HIDDEN = {"_line"}
BAD_ROW = QColor("#fdecea")
BAD_TEXT = QColor("#a1281b")
NOTE_TEXT = QColor("#1a3c6e")  # what was repaired in a good row, or what importing it also does


_TITLES = {  # the importers' canonical columns (documents.sheet_reader), as the preview titles them
    "name": QT_TRANSLATE_NOOP("PreviewModel", "Name"), "category": QT_TRANSLATE_NOOP("PreviewModel", "Category"),
    "unit": QT_TRANSLATE_NOOP("PreviewModel", "Unit"), "barcode": QT_TRANSLATE_NOOP("PreviewModel", "Barcode"),
    "weight_kg": QT_TRANSLATE_NOOP("PreviewModel", "Weight (kg)"),
    "tracks_expiry": QT_TRANSLATE_NOOP("PreviewModel", "Has expiry date"),
    "min_stock": QT_TRANSLATE_NOOP("PreviewModel", "Minimum"), "size": QT_TRANSLATE_NOOP("PreviewModel", "Size"),
    "gender": QT_TRANSLATE_NOOP("PreviewModel", "Gender"), "quantity": QT_TRANSLATE_NOOP("PreviewModel", "Quantity"),
    "expiry": QT_TRANSLATE_NOOP("PreviewModel", "Expiry"), "lot": QT_TRANSLATE_NOOP("PreviewModel", "Lot"),
    "donor": QT_TRANSLATE_NOOP("PreviewModel", "Donor"), "code": QT_TRANSLATE_NOOP("PreviewModel", "Code"),
    "item": QT_TRANSLATE_NOOP("PreviewModel", "Item"),
    "name_uk": QT_TRANSLATE_NOOP("PreviewModel", "Name in Ukrainian"),
    "name_en": QT_TRANSLATE_NOOP("PreviewModel", "Name in English"),
    "hs_code": QT_TRANSLATE_NOOP("PreviewModel", "HS code"),
    "origin_country": QT_TRANSLATE_NOOP("PreviewModel", "Country of origin"),
    "unit_value": QT_TRANSLATE_NOOP("PreviewModel", "Value per unit"),
    "value_currency": QT_TRANSLATE_NOOP("PreviewModel", "Currency"),
    "case_barcode": QT_TRANSLATE_NOOP("PreviewModel", "Case barcode"),
    "pack_count": QT_TRANSLATE_NOOP("PreviewModel", "Units per case"),
}


def column_title(key: str) -> str:
    return QCoreApplication.translate("PreviewModel", str(_TITLES[key])) if key in _TITLES else key


class PreviewModel(QAbstractTableModel):
    """Line number, the file's columns as read, then the problem (empty when the row is fine;
    in blue, what was repaired in it or what importing it also does)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: tuple[PreviewRow, ...] = ()
        self.keys: list[str] = []
        self.titles: dict[str, str] = {}

    def set_preview(self, preview: ImportPreview, titles: dict[str, str] | None = None) -> None:
        """``titles``: the sheet's own titles of the columns that are not imported, by row key."""
        self.beginResetModel()
        self.rows = preview.rows
        self.titles = dict(titles or {})
        keys: dict[str, None] = {}
        for row in preview.rows:
            keys.update((k, None) for k in row.values if k not in HIDDEN)
        self.keys = list(keys)
        self.endResetModel()

    @property
    def problem_column(self) -> int:
        return len(self.keys) + 1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.keys) + 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return self.tr("Line")
        if section == self.problem_column:
            return self.tr("Problem")
        key = self.keys[section - 1]
        return self.titles.get(key) or column_title(key)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return str(row.line) if role == Qt.ItemDataRole.DisplayRole else None
            if column == self.problem_column:
                return notice_text(row.error) if row.error else " ".join(notice_text(n) for n in row.notes)
            return str(row.values.get(self.keys[column - 1], "") or "")
        if role == Qt.ItemDataRole.BackgroundRole and row.error:
            return QBrush(BAD_ROW)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.problem_column and (row.error or row.notes):
            return QBrush(BAD_TEXT if row.error else NOTE_TEXT)
        return None
