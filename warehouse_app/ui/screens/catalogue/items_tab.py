"""The items of the catalogue: search as you type, scan to find, add, edit, archive.

A hub may hold 100,000 items, so the table shows the first page of matches of
what is typed (sorted by name) and says how many match in all; typing more
narrows it. Every read and write is an operation (ui/operations/catalogue.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.core.catalogue.categories import CategoryInfo
from warehouse_app.core.catalogue.items import ItemInfo
from warehouse_app.core.catalogue.search import PAGE_SIZE, ItemPage
from warehouse_app.kernel.errors import UnknownBarcode
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.operations import catalogue as ops
from warehouse_app.ui.screens.catalogue.items_model import CATEGORY, NAME, ItemsTableModel
from warehouse_app.ui.widgets.barcode_list import display_code
from warehouse_app.ui.widgets.item_dialog import ItemDialog

SEARCH_DELAY_MS = 250  # wait for a pause in typing before asking the database
_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _ElideLeft(QStyledItemDelegate):
    """A long category path loses its start, not the subcategory that tells the goods apart."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


class ItemsTab(QWidget):
    """Search field, category filter, the table of matches, and the actions on one item."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.categories: list[CategoryInfo] = []
        self.dialog: ItemDialog | None = None
        self._generation = 0  # answers to older searches are dropped
        self._select_after: int | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("itemSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search by name, barcode or label code (Ctrl+F) \u2014 or scan"))
        self.category = QComboBox(self)
        self.category.setObjectName("itemCategoryFilter")
        self.category.setMinimumWidth(260)
        self.show_archived = QCheckBox(self.tr("Show archived"), self)
        self.new_button = QPushButton(self.tr("New item (Ctrl+N)"), self)
        self.edit_button = QPushButton(self.tr("Edit (Enter)"), self)
        self.archive_button = QPushButton(self.tr("Archive"), self)
        self.archive_button.setObjectName("archiveItem")

        self.offer = QFrame(self)
        self.offer.setObjectName("unknownBarcodeOffer")
        self.offer.setStyleSheet("#unknownBarcodeOffer {background:#fff4ce; border:1px solid #d9a400; border-radius:4px;}")
        self.offer_label = QLabel(self.offer)
        self.offer_label.setWordWrap(True)
        self.offer_button = QPushButton(self.tr("New item with this barcode"), self.offer)
        self.offer_button.setObjectName("offerNewItem")
        offer_layout = QHBoxLayout(self.offer)
        offer_layout.addWidget(self.offer_label, 1)
        offer_layout.addWidget(self.offer_button)
        self.offer.hide()
        self._offered_code = ""

        self.model = ItemsTableModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("itemsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CATEGORY, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(CATEGORY, 330)
        self.table.setItemDelegateForColumn(CATEGORY, _ElideLeft(self.table))
        self.status = QLabel(self)
        self.status.setObjectName("itemsStatus")

        top = QHBoxLayout()
        top.addWidget(self.search, 2)
        top.addWidget(self.category, 1)
        top.addWidget(self.show_archived)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.edit_button)
        actions.addWidget(self.archive_button)
        actions.addStretch(1)
        actions.addWidget(self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.offer)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS, timeout=self.refresh)
        self.search.textChanged.connect(self._typed)
        self.search.installEventFilter(self)
        self.table.installEventFilter(self)
        self.category.currentIndexChanged.connect(self.refresh)
        self.show_archived.toggled.connect(self.refresh)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self.new_button.clicked.connect(lambda: self.new_item())
        self.edit_button.clicked.connect(self.edit_selected)
        self.archive_button.clicked.connect(self.archive_selected)
        self.offer_button.clicked.connect(lambda: self.new_item(self._offered_code))
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self._focus_search)
        QShortcut(QKeySequence("Ctrl+N"), self, activated=lambda: self.new_item())
        self._update_buttons()

    # -- data -----------------------------------------------------------------------------------

    def set_categories(self, categories: list[CategoryInfo]) -> None:
        """Fill the category filter (keeping the choice) from a freshly read tree."""
        self.categories = categories
        keep = self.category.currentData()
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("All categories"), None)
        for cat in categories:
            if not cat.archived:
                self.category.addItem("\u2003" * cat.depth + cat.name(self.ctx.lang), cat.id)
        self.category.setCurrentIndex(max(0, self.category.findData(keep)))
        self.category.blockSignals(False)

    def refresh(self) -> None:
        """Ask for the first page of what the fields say; a newer request makes older answers moot."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        text, category_id = self.search.text(), self.category.currentData()
        ops.search(self, text, category_id=category_id, include_archived=self.show_archived.isChecked(),
                   lang=self.ctx.lang, limit=PAGE_SIZE).success(lambda page: self._show_page(generation, page)).failure(
            self.ctx.messages.error).run(self.ctx.runner)

    def _show_page(self, generation: int, page: ItemPage) -> None:
        if generation != self._generation:
            return
        keep = self._select_after if self._select_after is not None else self.selected_id()
        self._select_after = None
        self.model.set_page(page)
        self._select(keep)
        text = self.search.text().strip()
        if page.truncated:
            self.status.setText(self.tr("Showing {shown} of {total} matches \u2014 type more to narrow").format(
                shown=len(page.items), total=page.total))
        elif page.total == 0:
            self.status.setText(self.tr("No items match \u201c{text}\u201d.").format(text=text) if text
                                else self.tr("No items."))
        else:
            self.status.setText(self.tr("%n item(s)", "", page.total))

    def selected(self) -> ItemInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.item_at(rows[0].row()) if rows else None

    def selected_id(self) -> int | None:
        item = self.selected()
        return item.id if item else None

    def _select(self, item_id: int | None) -> None:
        row = self.model.row_of(item_id) if item_id is not None else -1
        if row >= 0:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
        else:
            self.table.clearSelection()

    # -- scans ----------------------------------------------------------------------------------

    def handle_scan(self, code: str) -> None:
        """A scan goes into an open item dialog; otherwise it finds the item or offers a new one."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.add_scanned_barcode(code)
            return
        ops.item_by_code(self, code, self.ctx.lang).success(self._found).failure_with(self._not_found).run(
            self.ctx.runner)

    def _not_found(self, exc: BaseException, message: str) -> None:
        if not isinstance(exc, UnknownBarcode):
            self.ctx.messages.error(message)
            return
        self._offered_code = exc.gtin
        self.offer_label.setText(self.tr("The barcode {code} is not in the catalogue yet.").format(
            code=display_code(exc.gtin)))
        self.offer.show()
        self.offer_button.setFocus()

    def _found(self, item: ItemInfo) -> None:
        self._timer.stop()
        self._generation += 1  # a search still under way must not replace this
        self.offer.hide()
        self.search.blockSignals(True)
        self.search.setText(display_code(item.barcodes[0].gtin) if item.barcodes else item.name)
        self.search.blockSignals(False)
        self.model.set_page(ItemPage((item,), 1))
        self._select(item.id)
        self.table.setFocus()
        self.status.setText(self.tr("Found by scan: {name}").format(name=item.name))

    # -- actions --------------------------------------------------------------------------------

    def new_item(self, barcode: str | None = None) -> None:
        self.offer.hide()
        self._open_dialog(ItemDialog(self.ctx, self.categories, barcode=barcode or None, parent=self))

    def edit_selected(self) -> None:
        item_id = self.selected_id()
        if item_id is None:
            return
        # read it fresh: the dialog saves differences against it
        ops.item(self, item_id, self.ctx.lang).success(
            lambda item: self._open_dialog(ItemDialog(self.ctx, self.categories, item=item, parent=self))).failure(
            self.ctx.messages.error).run(self.ctx.runner)

    def _open_dialog(self, dialog: ItemDialog) -> None:
        self.dialog = dialog
        dialog.save_on_ok()
        dialog.saved.connect(self._item_saved)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: ItemDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.table.setFocus()

    def _item_saved(self, item: ItemInfo) -> None:
        self.ctx.messages.success(self.tr("Saved: \u201c{name}\u201d.").format(name=item.name))
        self._select_after = item.id  # the screen hears the change and reloads categories and this table

    def archive_selected(self) -> None:
        item = self.selected()
        if item is None:
            return
        archive = not item.archived
        if archive:
            question = self.tr("Archive {name}? It will no longer be offered for intake; its stock and history stay.")
        else:
            question = self.tr("Restore {name} to the active catalogue?")
        answer = QMessageBox.question(self, self.tr("Archive item") if archive else self.tr("Restore item"),
                                      question.format(name=item.name))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(info: ItemInfo) -> None:
            text = self.tr("Archived: \u201c{name}\u201d.") if info.archived else self.tr("Restored: \u201c{name}\u201d.")
            self.ctx.messages.success(text.format(name=info.name))
            self._select_after = info.id  # the screen hears the change and reloads

        ops.set_archived(self, item.id, archive).success(done).failure(self.ctx.messages.error).run(self.ctx.runner)

    def _update_buttons(self, *_: object) -> None:
        item = self.selected()
        self.edit_button.setEnabled(item is not None)
        self.archive_button.setEnabled(item is not None)
        self.archive_button.setText(self.tr("Restore") if item and item.archived else self.tr("Archive"))

    # -- keys -----------------------------------------------------------------------------------

    def _typed(self) -> None:
        self.offer.hide()
        self._timer.start()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in the search searches now, Down goes to the table; Enter in the table edits."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.search and event.key() in _ENTER:
                self.refresh()
                return True
            if watched is self.search and event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.table.setFocus()
                if self.selected_id() is None:
                    self.table.selectRow(0)
                return True
            if watched is self.table and event.key() in _ENTER:
                self.edit_selected()
                return True
        return super().eventFilter(watched, event)
