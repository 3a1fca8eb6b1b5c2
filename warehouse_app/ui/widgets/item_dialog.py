"""Add or edit a catalogue item, quickly and by keyboard alone.

Used at intake when a barcode is not known yet (the volunteer names the goods,
picks the category and the unit, presses Enter) and on the Catalogue screen.
The dialog never writes by itself: the caller decides what one unit of work
saves (Intake adds the item and receives it together) and hands it to
``save_with``; a refusal then shows inline as one sentence, and the dialog stays
open with everything that was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.core.catalogue.categories import CategoryInfo
from warehouse_app.core.catalogue.items import CURRENCIES, GENDERS, ItemInfo
from warehouse_app.core.quantities import parse_count, parse_weight
from warehouse_app.kernel.errors import BadInput
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.formats import show_qty
from warehouse_app.ui.base.tasks import Change, Op
from warehouse_app.ui.operations import catalogue as ops
from warehouse_app.ui.operations.catalogue import Work
from warehouse_app.ui.widgets.barcode_list import BarcodeListEditor
from warehouse_app.ui.widgets.category_picker import CategoryPicker, root_code

EXPIRING_ROOTS = frozenset({"FOOD", "MEDICAL", "BABY"})  # goods that usually carry a date
SIZED_ROOTS = frozenset({"CLOTHING", "BEDDING"})  # goods that come in sizes
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_INVALID = "border: 2px solid #c62828;"


class ItemDialog(QDialog):
    """The fields of one item. ``values()`` gives the kwargs for ``core.catalogue.add_item``."""

    saved = Signal(object)  # what the unit of work returned, just before the dialog closes

    def __init__(self, ctx: AppContext, categories: list[CategoryInfo], *, item: ItemInfo | None = None,
                 barcode: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("itemDialog")
        self.ctx, self.item, self.categories = ctx, item, categories
        self.result_value: Any = None  # what save_with's work returned
        self._make_save: Callable[[], Work | Op[Any]] | None = None
        self._save_changes = Change.CATALOGUE
        self._saving = False
        self._expiry_touched = item is not None  # an existing item keeps its setting
        self.setWindowTitle(self.tr("Edit item") if item else self.tr("New item"))

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(barcode) and item is None)
        self.name = QLineEdit(self)
        self.name.setObjectName("itemName")
        self.name.setPlaceholderText(self.tr("What the goods are, e.g. Tuna in oil 170 g"))
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.name.setFont(font)
        self.name_uk = QLineEdit(self)
        self.name_uk.setObjectName("itemNameUk")
        self.name_uk.setPlaceholderText(self.tr("optional; printed on the border papers beside the name"))
        self.name_en = QLineEdit(self)
        self.name_en.setObjectName("itemNameEn")
        self.name_en.setPlaceholderText(self.tr("optional"))
        self.picker = CategoryPicker(self)
        self.picker.tree.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # arrows in the filter move through it
        self.category_label = QLabel(self)
        self.category_label.setObjectName("chosenCategory")
        self.category_label.setWordWrap(True)
        self.category_label.setStyleSheet("font-weight:bold;")
        self.unit = QComboBox(self)
        self.unit.setObjectName("unitCombo")
        for code, label in self._unit_labels().items():
            self.unit.addItem(label, code)
        self.unit.setPlaceholderText(self.tr("Choose the unit (\u2193)"))
        self.unit.setCurrentIndex(-1)
        self.weight = QLineEdit(self)
        self.weight.setObjectName("unitWeight")
        self.weight.setPlaceholderText(self.tr("optional, e.g. 0,45"))
        self.expiry = QCheckBox(self.tr("Has an expiry date (asked for at intake)"), self)
        self.expiry.setObjectName("tracksExpiry")
        self.min_stock = QLineEdit(self)
        self.min_stock.setObjectName("minStock")
        self.min_stock.setPlaceholderText(self.tr("optional: warn when stock falls below"))
        self.size_field = QLineEdit(self)
        self.size_field.setMaxLength(16)
        self.size_field.setPlaceholderText(self.tr("e.g. M, 42, 110\u2013116"))
        self.gender = QComboBox(self)
        for code, label in self._gender_labels().items():
            self.gender.addItem(label, code)
        self.hs_code = QLineEdit(self)
        self.hs_code.setObjectName("itemHsCode")
        self.hs_code.setMaxLength(13)
        self.origin = QLineEdit(self)
        self.origin.setObjectName("itemOrigin")
        self.origin.setMaxLength(2)
        self.origin.setPlaceholderText(self.tr("optional, two letters: PL, DE"))
        self.value = QLineEdit(self)
        self.value.setObjectName("itemValue")
        self.value.setPlaceholderText(self.tr("optional, one unit, e.g. 12,50"))
        self.currency = QComboBox(self)
        self.currency.setObjectName("itemCurrency")
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        self.barcodes = BarcodeListEditor(self)
        self.problem = QLabel(self)
        self.problem.setObjectName("dialogError")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color:#8a1c13; font-weight:bold;")
        self.problem.hide()
        hint = QLabel(self.tr("Enter saves \u00b7 Esc cancels \u00b7 Tab moves to the next field"), self)
        hint.setStyleSheet("color:#555;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Save"))
        self._build_layout(hint)

        self.name.textChanged.connect(self._refresh)
        self.picker.selection_changed.connect(self._category_changed)
        self.picker.chosen.connect(lambda _id: self.unit.setFocus())
        self.unit.currentIndexChanged.connect(self._refresh)
        self.expiry.clicked.connect(self._mark_expiry_touched)
        for field in (self.weight, self.min_stock):
            field.textChanged.connect(self._check_numbers)
        self.barcodes.problem.connect(self.show_error)
        self.barcodes.changed.connect(self.clear_error)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        self.picker.set_categories(categories, ctx.lang)
        if item is not None:
            self._fill(item)
        else:
            self.picker.select(None)
        if barcode:
            self.barcodes.add_code(barcode)
            shown = self.barcodes.table.item(0, 0).text() if self.barcodes.table.rowCount() else barcode
            self.intro.setText(self.tr(
                "New goods with the barcode {code}: type what they are, choose the category and the unit, "
                "then press Enter.").format(code=shown))
        self._category_changed()
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()))
        self.name.setFocus()

    # -- what the caller reads ------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """Keyword arguments for ``core.catalogue.add_item`` (``barcodes_`` included)."""
        return {**self.field_values(), "barcodes_": list(self.barcodes.codes())}

    def field_values(self) -> dict[str, Any]:
        """Keyword arguments for ``core.catalogue.edit_item``: every field, barcodes aside."""
        category = self.picker.selected()
        sized = self._root() in SIZED_ROOTS
        return {
            "name": self.name.text().strip(),
            "category": category.code if category else "",
            "unit": self.unit.currentData() or "",
            "unit_weight_kg": self.weight.text().strip() or None,
            "tracks_expiry": self.expiry.isChecked(),
            "min_stock": self.min_stock.text().strip() or None,
            "size": (self.size_field.text().strip() or None) if sized else None,
            "gender": (self.gender.currentData() or None) if sized else None,
            "name_uk": self.name_uk.text().strip() or None,
            "name_en": self.name_en.text().strip() or None,
            "hs_code": self.hs_code.text().strip() or None,
            "origin_country": self.origin.text().strip() or None,
            "unit_value": self.value.text().strip() or None,
            "value_currency": self.currency.currentData() if self.value.text().strip() else None,
        }

    def barcode_changes(self) -> tuple[list[tuple[str, Decimal]], list[str]]:
        """(codes to attach with their pack counts, codes to detach) compared with the item as loaded."""
        before = {b.gtin: b.pack_qty for b in (self.item.barcodes if self.item else ())}
        now = dict(self.barcodes.codes())
        added = [(g, p) for g, p in now.items() if before.get(g) != p]
        removed = [g for g, p in before.items() if now.get(g) != p]
        return added, removed

    def save_op(self) -> Op[ItemInfo]:
        """The operation that saves this dialog as it is now: a new item with its barcodes, or
        the edited fields plus barcode removals and additions, all in one transaction."""
        if self.item is None:
            return ops.add_item(self, self.values())
        added, removed = self.barcode_changes()
        return ops.save_item(self, self.item, self.field_values(), added, removed)

    # -- saving ---------------------------------------------------------------------------------

    def save_on_ok(self, make_work: Callable[[], Work | Op[Any]] | None = None, *,
                   changes: Change = Change.CATALOGUE) -> None:
        """From now on Save (or Enter) saves through ``save_with``: the item itself (``save_op``)
        without an argument, else what ``make_work()`` gives (an Op owned by this dialog, or a
        unit of work that changes ``changes``: intake adds the item and receives it together)."""
        self._make_save = make_work or self.save_op
        self._save_changes = changes

    def save_with(self, work: Work | Op[Any], changes: Change = Change.CATALOGUE) -> None:
        """Run ``work`` as one write; close on success, or show the refusal here and stay open."""
        self._saving = True
        self.clear_error()
        self._refresh()
        op = work if isinstance(work, Op) else ops.save_with(self, work, changes)
        op.success(self._saved).failure(self._refused).run(self.ctx.runner)

    def _saved(self, result: Any) -> None:
        self._saving = False
        self.result_value = result
        self.saved.emit(result)
        self.accept()

    def _refused(self, message: str) -> None:
        self._saving = False
        self.show_error(message)
        self._refresh()

    def submit(self) -> None:
        """Save (or Enter): close when nobody asked for saving, else save first."""
        if not self._ready() or self._saving:
            return
        if self._make_save is None:
            self.accept()
        else:
            self.save_with(self._make_save(), self._save_changes)

    def reject(self) -> None:
        if not self._saving:  # the write is under way: its answer decides
            super().reject()

    # -- scans and errors -----------------------------------------------------------------------

    def add_scanned_barcode(self, code: str) -> None:
        """A scan while the dialog is open belongs to this item."""
        if self.barcodes.add_code(code):
            self.clear_error()

    def take_scan(self, code: str) -> bool:
        """The scan hub's question (ScanTaker): a scan here is another barcode of this item,
        whichever field has the focus; it never becomes the name nor presses Save. While the
        save is under way the list is already on its way to the database: the scan waits
        and is used after the dialog closes."""
        if self._saving:
            return False
        self.add_scanned_barcode(code)
        return True

    def show_error(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()

    def clear_error(self) -> None:
        self.problem.clear()
        self.problem.hide()

    def error_text(self) -> str:
        return self.problem.text() if not self.problem.isHidden() else ""

    # -- behaviour ------------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter saves when the dialog is complete, otherwise it moves to what is still missing."""
        if event.key() in _ENTER:
            if self._ready():
                self.submit()
            else:
                self._focus_missing()
            event.accept()
            return
        super().keyPressEvent(event)

    def _ready(self) -> bool:
        return bool(self.name.text().strip()) and self.picker.selected_id() is not None and self.unit.currentIndex() >= 0

    def _focus_missing(self) -> None:
        if not self.name.text().strip():
            self.name.setFocus()
        elif self.picker.selected_id() is None:
            self.picker.filter.setFocus()
        elif self.unit.currentIndex() < 0:
            self.unit.setFocus()

    def _refresh(self) -> None:
        self.ok_button.setEnabled(self._ready() and not self._saving)

    def _root(self) -> str | None:
        return root_code(self.categories, self.picker.selected_id())

    def _category_changed(self) -> None:
        category = self.picker.selected()
        self.category_label.setText(
            category.path(self.ctx.lang).replace("/", " \u203a ") if category else self.tr("No category chosen yet"))
        self.hs_code.setPlaceholderText(
            self.tr("the category's: {code}").format(code=category.hs_code) if category and category.hs_code
            else self.tr("optional, e.g. 6201"))
        root = self._root()
        if not self._expiry_touched and category is not None:
            self.expiry.setChecked(root in EXPIRING_ROOTS)
        sized = root in SIZED_ROOTS
        for field in (self.size_field, self.gender):
            self.form.setRowVisible(field, sized)
        self._refresh()

    def _mark_expiry_touched(self) -> None:
        self._expiry_touched = True

    def _check_numbers(self) -> None:
        """Mark a number that will be refused before Save is pressed (the service still decides)."""
        unit = self.unit.currentData() or "kg"
        for field, parse in ((self.weight, parse_weight), (self.min_stock, lambda v: parse_count(v, unit))):
            text = field.text().strip()
            try:
                if text:
                    parse(text)
            except BadInput:
                field.setStyleSheet(_INVALID)
            else:
                field.setStyleSheet("")

    def _fill(self, item: ItemInfo) -> None:
        self.name.setText(item.name)
        self.picker.select(item.category_id)
        self.unit.setCurrentIndex(self.unit.findData(item.unit))
        self.weight.setText(show_qty(item.unit_weight_kg) if item.unit_weight_kg is not None else "")
        self.expiry.setChecked(item.tracks_expiry)
        self.min_stock.setText(show_qty(item.min_stock) if item.min_stock is not None else "")
        self.size_field.setText(item.size or "")
        self.gender.setCurrentIndex(max(0, self.gender.findData(item.gender or "")))
        self.barcodes.set_codes([(b.gtin, b.pack_qty) for b in item.barcodes])
        self.name_uk.setText(item.name_uk or "")
        self.name_en.setText(item.name_en or "")
        self.hs_code.setText(item.hs_code or "")
        self.origin.setText(item.origin_country or "")
        self.value.setText(show_qty(item.unit_value) if item.unit_value is not None else "")
        self.currency.setCurrentIndex(max(0, self.currency.findData(item.value_currency or "PLN")))

    def _build_layout(self, hint: QLabel) -> None:
        left = QVBoxLayout()
        name_label = QLabel(self.tr("&Name"), self)
        name_label.setBuddy(self.name)
        left.addWidget(name_label)
        left.addWidget(self.name)
        other_names = QFormLayout()
        other_names.addRow(self.tr("In &Ukrainian"), self.name_uk)
        other_names.addRow(self.tr("In &English"), self.name_en)
        left.addLayout(other_names)
        category_label = QLabel(self.tr("&Category"), self)
        category_label.setBuddy(self.picker.filter)
        left.addWidget(category_label)
        left.addWidget(self.picker, 1)
        left.addWidget(self.category_label)
        self.form = QFormLayout()
        self.form.addRow(self.tr("&Unit"), self.unit)
        self.form.addRow(self.tr("Unit &weight (kg)"), self.weight)
        self.form.addRow("", self.expiry)
        self.form.addRow(self.tr("&Minimum stock"), self.min_stock)
        self.form.addRow(self.tr("Si&ze"), self.size_field)
        self.form.addRow(self.tr("&For"), self.gender)
        self.form.addRow(self.tr("&HS code"), self.hs_code)
        self.form.addRow(self.tr("Country of &origin"), self.origin)
        value_row = QHBoxLayout()
        value_row.addWidget(self.value, 1)
        value_row.addWidget(self.currency)
        value_label = QLabel(self.tr("&Value per unit"), self)
        value_label.setBuddy(self.value)  # a row of two widgets has no buddy of its own: the & would show
        self.form.addRow(value_label, value_row)
        right = QVBoxLayout()
        right.addLayout(self.form)
        right.addWidget(QLabel(self.tr("Barcodes"), self))
        right.addWidget(self.barcodes, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(columns, 1)
        layout.addWidget(self.problem)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.buttons)
        layout.addLayout(bottom)
        self.setMinimumSize(820, 600)
        self.setTabOrder(self.name, self.picker.filter)
        self.setTabOrder(self.picker.filter, self.unit)

    def _unit_labels(self) -> dict[str, str]:
        """Every unit the core knows (core.quantities), spelled out for the combo box."""
        labels = {
            "pcs": self.tr("pieces (pcs)"), "kg": self.tr("kilograms (kg)"), "l": self.tr("litres (l)"),
            "pack": self.tr("packs"), "pair": self.tr("pairs"), "set": self.tr("sets"),
        }
        return labels

    def _gender_labels(self) -> dict[str, str]:
        labels = {"male": self.tr("men"), "female": self.tr("women"), "unisex": self.tr("unisex"),
                  "child": self.tr("children")}
        return {"": self.tr("anyone"), **{g: labels.get(g, g) for g in GENDERS}}
