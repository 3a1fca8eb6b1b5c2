"""A new (sub)category: a code and its names in Polish, English and Ukrainian.

Like the item dialog it saves through the task runner and shows a refusal
inline (a code that exists already, a bad code), keeping what was typed.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from warehouse_app.core.catalogue.categories import CategoryInfo
from warehouse_app.kernel.station import LANGUAGES
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.operations import catalogue as ops
from warehouse_app.ui.widgets.category_picker import fold


def suggest_code(parent_code: str | None, name: str) -> str:
    """FOOD.FISH for "Fish" under FOOD: a code people need not invent (Latin letters only)."""
    slug = re.sub(r"[^A-Z0-9]+", "_", fold(name).upper()).strip("_")[:30]
    if not slug:
        return f"{parent_code}." if parent_code else ""
    return f"{parent_code}.{slug}" if parent_code else slug


class NewCategoryDialog(QDialog):
    """Code and names of a category under ``parent`` (or at the top when None)."""

    def __init__(self, ctx: AppContext, parent_category: CategoryInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newCategoryDialog")
        self.ctx, self.parent_category = ctx, parent_category
        self.result_value: CategoryInfo | None = None
        self._saving = False
        self.setWindowTitle(self.tr("Add subcategory") if parent_category else self.tr("Add category"))
        where = QLabel(self)
        where.setWordWrap(True)
        where.setText(self.tr("Under: {path}").format(path=parent_category.path(ctx.lang).replace("/", " \u203a "))
                      if parent_category else self.tr("A new top-level category."))
        self.code = QLineEdit(self)
        self.code.setObjectName("categoryCode")
        self.code.setPlaceholderText(self.tr("e.g. FOOD.FISH: capitals, digits, dots"))
        self.code.setToolTip(self.tr("Made from the English or Polish name; type your own if you like"))
        if parent_category:
            self.code.setText(f"{parent_category.code}.")
        self.names = {lang: QLineEdit(self) for lang in LANGUAGES}
        for lang, field in self.names.items():
            field.setObjectName(f"newName_{lang}")
        self.problem = QLabel(self)
        self.problem.setObjectName("dialogError")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color:#8a1c13; font-weight:bold;")
        self.problem.hide()
        form = QFormLayout()
        form.addRow(self.tr("Name in &Polish"), self.names["pl"])
        form.addRow(self.tr("Name in &English"), self.names["en"])
        form.addRow(self.tr("Name in &Ukrainian"), self.names["uk"])
        form.addRow(self.tr("&Code"), self.code)
        hint = QLabel(self.tr("One name is enough; the others start as a copy of it."), self)
        hint.setStyleSheet("color:#555;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Add"))
        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self._code_typed = False
        self.code.textEdited.connect(self._mark_code_typed)
        for field in (self.code, *self.names.values()):
            field.textChanged.connect(self._refresh)
        for field in self.names.values():
            field.textChanged.connect(self._suggest_code)
        self._refresh()
        self.names["pl"].setFocus()

    def submit(self) -> None:
        if self._saving or not self.ok_button.isEnabled():
            return
        code = self.code.text()
        names = {lang: field.text().strip() or None for lang, field in self.names.items()}
        parent_code = self.parent_category.code if self.parent_category else None
        self._saving = True
        self.problem.hide()
        ops.add_category(self, code, parent_code, names).success(self._saved).failure(self._refused).run(
            self.ctx.runner)

    def _saved(self, category: CategoryInfo) -> None:
        self._saving = False
        self.result_value = category
        self.accept()

    def _refused(self, message: str) -> None:
        self._saving = False
        self.problem.setText(message)
        self.problem.show()

    def error_text(self) -> str:
        return self.problem.text() if not self.problem.isHidden() else ""

    def reject(self) -> None:
        if not self._saving:
            super().reject()

    def _mark_code_typed(self) -> None:
        self._code_typed = True

    def _suggest_code(self) -> None:
        """Until the code is typed by hand it follows the English (else Polish) name."""
        if self._code_typed:
            return
        name = self.names["en"].text().strip() or self.names["pl"].text().strip()
        self.code.setText(suggest_code(self.parent_category.code if self.parent_category else None, name))

    def _refresh(self) -> None:
        code = self.code.text().strip()
        has_code = bool(code) and not (self.parent_category and code.upper() == f"{self.parent_category.code}.")
        self.ok_button.setEnabled(has_code and any(f.text().strip() for f in self.names.values()))
