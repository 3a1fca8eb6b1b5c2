"""Type a manager PIN, or choose a new one (typed twice). The dialog only checks the form;
whether the PIN is right is the caller's question to the database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from warehouse_app.core.access.pins import check_pin_format
from warehouse_app.kernel.errors import BadInput
from warehouse_app.ui.base.texts import error_text


class PinDialog(QDialog):
    """``choosing=False``: enter your PIN. ``choosing=True``: a new PIN, typed twice."""

    def __init__(self, name: str, *, choosing: bool = False, intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choosing = choosing
        self.setWindowTitle(self.tr("New PIN for {name}").format(name=name) if choosing
                            else self.tr("PIN for {name}").format(name=name))
        layout = QVBoxLayout(self)
        text = intro or (self.tr("Choose a PIN of 4 to 8 digits for {name} (not 1234, 0000 or the like).") if choosing
                         else self.tr("{name} is a manager. Type your PIN:")).format(name=name)
        self.intro = QLabel(text, self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        form = QFormLayout()
        self.pin_field = self._field("pinField")
        form.addRow(self.tr("New PIN:") if choosing else self.tr("PIN:"), self.pin_field)
        self.repeat_field = self._field("pinRepeat")
        if choosing:
            form.addRow(self.tr("The same PIN again:"), self.repeat_field)
        else:
            self.repeat_field.hide()
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setObjectName("pinProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color:#8a1c13;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(380, 0)

    def _field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMaxLength(8 if self.choosing else 12)  # a PIN stored under the old rule (up to 12) still works
        field.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly | Qt.InputMethodHint.ImhSensitiveData)
        return field

    def pin(self) -> str:
        return self.pin_field.text().strip()

    def show_problem(self, sentence: str) -> None:
        """Say what was wrong and let the person try again (the fields are emptied)."""
        self.problem.setText(sentence)
        self.pin_field.clear()
        self.repeat_field.clear()
        self.pin_field.setFocus()

    def accept(self) -> None:
        if not self.pin():
            self.show_problem(self.tr("Type the PIN first."))
            return
        if self.choosing:
            try:
                check_pin_format(self.pin())
            except BadInput as exc:  # too short, too long or too easy: core's sentence, translated
                self.show_problem(error_text(exc))
                return
            if self.repeat_field.text().strip() != self.pin():
                self.show_problem(self.tr("The two PINs differ; type the same PIN twice."))
                return
        super().accept()
