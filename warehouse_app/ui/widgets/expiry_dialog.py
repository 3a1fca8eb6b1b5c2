"""Ask for an expiry date the fast way: 311226, 12/2026 or 2026-12-31, then Enter.

Volunteers often type the date and scan the next goods straight away. That scan is
the next item's, never the date's: a date the volunteer typed and that makes sense is
taken as if Enter had been pressed, and the scan is handed on after the dialog closed
(the scan hub keeps it meanwhile). Anything else keeps the dialog open with the reason,
and the scan waits until the dialog closes, accepted or cancelled.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, QTimer
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
        self._problem = ""  # why the text is not a date
        self._typed = False  # the volunteer edited the field (a suggestion alone is not an answer)
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
        self.field.textEdited.connect(self._mark_typed)
        if suggestion is not None:
            self.field.setText(suggestion.isoformat())
            self.field.selectAll()
        self._interpret(self.field.text())
        self.setMinimumWidth(460)

    def _interpret(self, text: str) -> None:
        ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.value = None
        self._problem = ""
        if not text.strip():
            self.meaning.setText("")
            ok_button.setEnabled(False)
            return
        try:
            self.value = parse_expiry_text(text)
        except WarehouseError as exc:
            self._problem = error_text(exc)
            self.meaning.setStyleSheet("color:#8a1c13;")
            self.meaning.setText(self._problem)
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

    def take_scan(self, code: str) -> bool:
        """The scan hub's question (ScanTaker). A scan here is the next goods, so it is
        never used in this dialog (False: the hub holds it and hands it on once this
        dialog has closed, in order). If the volunteer typed a valid date, the scan
        confirms it; otherwise the reason shows and the dialog stays open."""
        if self.value is not None and self._typed:
            # After the hub has taken the scan: closing then hands it on.
            QTimer.singleShot(0, self, self.accept)
            return False
        if self.value is None and self.field.text().strip():
            self._warn(self.tr("{reason}\nThe scan waits: correct the date and press Enter, "
                               "or Esc to receive nothing.").format(reason=self._problem))
        elif self.value is None:
            self._warn(self.tr("Type the expiry date first and press Enter: the scan waits until then."))
        else:
            self._warn(self.tr("Check the date and press Enter (or type another one): the scan waits until then."))
        self.field.setFocus()
        return False

    def _warn(self, text: str) -> None:
        self.meaning.setStyleSheet("color:#8a1c13; font-weight:bold;")
        self.meaning.setText(text)

    def _mark_typed(self) -> None:
        self._typed = True
