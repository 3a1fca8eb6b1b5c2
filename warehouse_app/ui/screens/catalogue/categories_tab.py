"""The category tree and a form for the selected category: names in three languages,
HS code for customs summaries, minimum shelf life at dispatch, parent, archive."""

from __future__ import annotations

from PySide6.QtGui import QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.core.catalogue.categories import CategoryInfo
from warehouse_app.kernel.station import LANGUAGES
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.operations import catalogue as ops
from warehouse_app.ui.screens.catalogue.category_dialog import NewCategoryDialog
from warehouse_app.ui.widgets.category_picker import CategoryPicker


class CategoriesTab(QWidget):
    """Edits one category at a time; every save is one write, announced as a catalogue change."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.categories: list[CategoryInfo] = []
        self.current: CategoryInfo | None = None
        self.dialog: NewCategoryDialog | None = None
        self._select_after_reload: int | None = None

        self.picker = CategoryPicker(self, show_archived=True)
        self.picker.setObjectName("categoriesTree")
        self.add_top_button = QPushButton(self.tr("Add top-level category"), self)
        self.add_sub_button = QPushButton(self.tr("Add subcategory"), self)
        self.add_sub_button.setObjectName("addSubcategory")

        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.code_label = QLabel(self)
        self.names = {lang: QLineEdit(self) for lang in LANGUAGES}
        for lang, field in self.names.items():
            field.setObjectName(f"categoryName_{lang}")
        self.hs_code = QLineEdit(self)
        self.hs_code.setObjectName("hsCode")
        self.hs_code.setPlaceholderText(self.tr("optional, e.g. 1604 (for the customs summary)"))
        self.shelf_life = QLineEdit(self)
        self.shelf_life.setObjectName("minShelfLife")
        self.shelf_life.setValidator(QIntValidator(0, 99999, self))
        self.shelf_life.setPlaceholderText(self.tr("optional: days still needed when a truck leaves"))
        self.parent_combo = QComboBox(self)
        self.parent_combo.setObjectName("parentCategory")
        self.archived = QCheckBox(self.tr("Archived (hidden when choosing a category)"), self)
        self.archived.setObjectName("categoryArchived")
        self.save_button = QPushButton(self.tr("Save changes (Ctrl+S)"), self)
        self.save_button.setObjectName("saveCategory")
        self.revert_button = QPushButton(self.tr("Undo changes"), self)

        form = QFormLayout()
        form.addRow(self.tr("Code"), self.code_label)
        form.addRow(self.tr("Name in &Polish"), self.names["pl"])
        form.addRow(self.tr("Name in &English"), self.names["en"])
        form.addRow(self.tr("Name in &Ukrainian"), self.names["uk"])
        form.addRow(self.tr("&HS code"), self.hs_code)
        form.addRow(self.tr("Minimum &shelf life (days)"), self.shelf_life)
        form.addRow(self.tr("&Parent"), self.parent_combo)
        form.addRow("", self.archived)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        self.form_box = QGroupBox(self)
        box_layout = QVBoxLayout(self.form_box)
        box_layout.addWidget(self.heading)
        box_layout.addLayout(form)
        box_layout.addStretch(1)
        box_layout.addLayout(buttons)

        left = QVBoxLayout()
        left.addWidget(self.picker, 1)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_top_button)
        add_row.addWidget(self.add_sub_button)
        left.addLayout(add_row)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 2)
        layout.addWidget(self.form_box, 3)

        self.picker.selection_changed.connect(self._selection_changed)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(lambda: self._fill(self.current))
        self.add_top_button.clicked.connect(lambda: self.add_category(None))
        self.add_sub_button.clicked.connect(lambda: self.add_category(self.current))
        for field in (*self.names.values(), self.hs_code, self.shelf_life):
            field.textChanged.connect(self._update_buttons)
        self.parent_combo.currentIndexChanged.connect(self._update_buttons)
        self.archived.toggled.connect(self._update_buttons)
        QShortcut(QKeySequence("Ctrl+S"), self, activated=self.save)
        self._fill(None)

    def set_categories(self, categories: list[CategoryInfo]) -> None:
        """A freshly read tree: keep the selection, show the selected category as it is now."""
        self.categories = categories
        self.picker.set_categories(categories, self.ctx.lang)
        if self._select_after_reload is not None:
            self.picker.select(self._select_after_reload)
            self._select_after_reload = None
        self._selection_changed()

    def _selection_changed(self) -> None:
        self._fill(self.picker.selected())

    def _fill(self, category: CategoryInfo | None) -> None:
        self.current = category
        self.form_box.setEnabled(category is not None)
        self.add_sub_button.setEnabled(category is not None and not category.archived)
        if category is None:
            self.heading.setText(self.tr("Choose a category on the left."))
            for field in (*self.names.values(), self.hs_code, self.shelf_life):
                field.clear()
            self.code_label.clear()
            self.parent_combo.clear()
            self._update_buttons()
            return
        self.heading.setText(category.path(self.ctx.lang).replace("/", " \u203a "))
        self.code_label.setText(category.code)
        for lang, field in self.names.items():
            field.setText(category.name(lang))
        self.hs_code.setText(category.hs_code or "")
        self.shelf_life.setText("" if category.min_shelf_life_days is None else str(category.min_shelf_life_days))
        self._fill_parents(category)
        self.archived.setChecked(category.archived)
        self._update_buttons()

    def _fill_parents(self, category: CategoryInfo) -> None:
        """Every category it may move under: not itself, nor anything below it."""
        below = {category.id}
        for cat in self.categories:  # depth first: parents before children
            if cat.parent_id in below:
                below.add(cat.id)
        self.parent_combo.blockSignals(True)
        self.parent_combo.clear()
        self.parent_combo.addItem(self.tr("(top level)"), None)
        for cat in self.categories:
            if cat.id not in below and not cat.archived:
                self.parent_combo.addItem("\u2003" * cat.depth + cat.name(self.ctx.lang), cat.code)
        parent_code = next((c.code for c in self.categories if c.id == category.parent_id), None)
        self.parent_combo.setCurrentIndex(max(0, self.parent_combo.findData(parent_code)))
        self.parent_combo.blockSignals(False)

    def _changes(self) -> dict[str, object]:
        """Keyword arguments for core.categories.edit_category: only what differs from the category."""
        cat = self.current
        if cat is None:
            return {}
        changes: dict[str, object] = {}
        names = {lang: field.text().strip() for lang, field in self.names.items()}
        if any(names[lang] != cat.name(lang) for lang in names):
            changes["names"] = names
        if self.hs_code.text().strip() != (cat.hs_code or ""):
            changes["hs_code"] = self.hs_code.text().strip()
        days = self.shelf_life.text().strip()
        if days != ("" if cat.min_shelf_life_days is None else str(cat.min_shelf_life_days)):
            changes["min_shelf_life_days"] = int(days) if days else -1
        old_parent = next((c.code for c in self.categories if c.id == cat.parent_id), None)
        if self.parent_combo.currentData() != old_parent:
            changes["parent"] = self.parent_combo.currentData() or ""
        if self.archived.isChecked() != cat.archived:
            changes["archived"] = self.archived.isChecked()
        return changes

    def save(self) -> None:
        changes = self._changes()
        if self.current is None or not changes:
            return
        category_id = self.current.id

        def done(category: CategoryInfo) -> None:
            # the screen hears the change and reloads the tree
            self.ctx.messages.success(self.tr("Saved: \u201c{name}\u201d.").format(name=category.name(self.ctx.lang)))

        self.save_button.setEnabled(False)
        ops.edit_category(self, category_id, changes).success(done).failure(self._refused).run(self.ctx.runner)

    def _refused(self, message: str) -> None:
        self.ctx.messages.error(message)
        self._update_buttons()

    def add_category(self, parent_category: CategoryInfo | None) -> None:
        dialog = NewCategoryDialog(self.ctx, parent_category, self)
        self.dialog = dialog

        def closed(result: int) -> None:
            if dialog.result_value is not None:
                self.ctx.messages.success(self.tr("Added: \u201c{name}\u201d.").format(
                    name=dialog.result_value.name(self.ctx.lang)))
                self.picker.clear_filter()
                self._select_after_reload = dialog.result_value.id  # the screen hears the change and reloads
            if self.dialog is dialog:
                self.dialog = None
            dialog.deleteLater()

        dialog.finished.connect(closed)
        dialog.open()

    def _update_buttons(self, *_: object) -> None:
        dirty = bool(self._changes())
        self.save_button.setEnabled(dirty)
        self.revert_button.setEnabled(dirty)
