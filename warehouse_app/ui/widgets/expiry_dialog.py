"""Ask for an expiry date the fast way: 311226, 12/2026 or 2026-12-31, then Enter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from warehouse_app.core.dates import parse_expiry_text
from warehouse_app.kernel.errors import WarehouseError
from warehouse_app.ui.base.texts import error_text


class ExpiryDialog(QDialog):
    """Shows what the typed text means as a date before it is accepted."""

    def __init__(self, item_name: str, suggestion: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Expiry date"))
        self.value: date | None = None
        layout = QVBoxLayout(self)
        question = QLabel(self.tr("{item} needs an expiry date. Type it as printed on the goods:").format(item=item_name))
        question.setWordWrap(True)
        layout.addWidget(question)
        self.field = QLineEdit(self)
        self.field.setObjectName("expiryField")
        self.field.setPlaceholderText(self.tr("e.g. 311226, 31.12.2026 or 12/2026"))
        font = self.field.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        self.field.setFont(font)
        # the example must show whole in every language (Ukrainian's is the longest)
        self.field.setMinimumWidth(self.field.fontMetrics().horizontalAdvance(self.field.placeholderText()) + 24)
        layout.addWidget(self.field)
        self.meaning = QLabel(self)
        self.meaning.setObjectName("expiryMeaning")
        self.meaning.setWordWrap(True)
        layout.addWidget(self.meaning)
        hint = QLabel(self.tr("A month alone (12/2026) means its last day."))
        hint.setStyleSheet("color:#555;")
        layout.addWidget(hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.field.textChanged.connect(self._interpret)
        if suggestion is not None:
            self.field.setText(suggestion.isoformat())
            self.field.selectAll()
        self._interpret(self.field.text())
        self.setMinimumWidth(460)

    def _interpret(self, text: str) -> None:
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.value = None
        if not text.strip():
            self.meaning.setText("")
            ok_button.setEnabled(False)
            return
        try:
            self.value = parse_expiry_text(text)
        except WarehouseError as exc:
            self.meaning.setStyleSheet("color:#8a1c13;")
            self.meaning.setText(error_text(exc))
        else:
            shown = QLocale().toString(self.value, QLocale.FormatType.LongFormat)
            self.meaning.setStyleSheet("color:#0d5223; font-weight:bold;")
            self.meaning.setText(self.tr("= {date}").format(date=shown))
            if self.value < date.today():
                self.meaning.setStyleSheet("color:#8a4b00; font-weight:bold;")
                self.meaning.setText(self.tr("= {date} (already past)").format(date=shown))
        ok_button.setEnabled(self.value is not None)

    def accept(self) -> None:
        if self.value is not None:
            super().accept()
