"""The Stock screen: what is in the warehouse, what runs low, what expires.

Left: the category tree with totals per subtree and the weight chart. Right: the
item table (lazy, any size), and the selected item's lots below it. A place
filter at the top applies to all of it. Managers count stock and write goods
off from here.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QModelIndex, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.core.stock.browse import BrowseFilter
from warehouse_app.core.stock.locations import LocationInfo
from warehouse_app.core.stock.overview import StockOverview
from warehouse_app.core.stock.stocktake import ScannedGoods
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.formats import place_name
from warehouse_app.ui.base.tasks import Change
from warehouse_app.ui.operations import stock as ops
from warehouse_app.ui.screens.screen import Screen
from warehouse_app.ui.screens.stock.category_model import ALL, CATEGORY_ID_ROLE, CategoryTreeModel
from warehouse_app.ui.screens.stock.detail_pane import ItemDetailPane
from warehouse_app.ui.screens.stock.highlight import Alert, swatch_html
from warehouse_app.ui.screens.stock.item_model import ITEM_ID_ROLE, StockTableModel
from warehouse_app.ui.screens.stock.stocktake_dialog import StocktakeDialog
from warehouse_app.ui.screens.stock.weight_chart import WeightChart
from warehouse_app.ui.screens.stock.write_off_dialog import WriteOffDialog

SEARCH_DELAY_MS = 250
MIN_NAME_WIDTH = 200


def place_label(place: LocationInfo) -> str:
    depth = max(0, place.path.count("/") - 2)
    return "\u2003" * depth + place_name(place.name)


class StockScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("stock")
        self.places: list[LocationInfo] = []
        self.overview: StockOverview | None = None
        self.stocktake_dialog: StocktakeDialog | None = None
        self.write_off_dialog: WriteOffDialog | None = None
        self._table_started = False
        self._build()
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS, timeout=self.apply_filter)
        self._refresh_timer = QTimer(self, singleShot=True, interval=100, timeout=self.refresh)
        # Its own dialogs' writes (a stocktake, a write-off) are announced like everyone else's.
        ctx.watch(self, Change.STOCK | Change.CATALOGUE, self._heard_change)
        # A window shortcut on this screen is live only while the screen is the one shown.
        self.refresh_shortcut = QShortcut(QKeySequence("Ctrl+R"), self, self.refresh)  # F5 opens Trucks

    def title(self) -> str:
        return self.tr("Stock")

    # --- building ---

    def _build(self) -> None:
        self.place = QComboBox(self)
        self.place.setObjectName("placeFilter")
        self.place.addItem(self.tr("All places"), None)
        self.place.setMinimumContentsLength(14)
        self.place.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.place.currentIndexChanged.connect(self._place_changed)
        self.search = QLineEdit(self)
        self.search.setObjectName("stockSearch")
        self.search.setPlaceholderText(self.tr("Search item names\u2026"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self._search_timer.start())
        self.in_stock = QCheckBox(self.tr("Only items in stock"), self)
        self.in_stock.setObjectName("onlyInStock")
        self.in_stock.setChecked(True)
        self.in_stock.setToolTip(self.tr("Untick to see the whole catalogue, e.g. items at 0 below their minimum"))
        self.in_stock.toggled.connect(self.apply_filter)
        self.stocktake_button = QPushButton(self.tr("Stocktake\u2026"), self)
        self.stocktake_button.setObjectName("stocktakeButton")
        self.stocktake_button.clicked.connect(self.open_stocktake)
        if not self.ctx.is_manager:
            self.stocktake_button.setEnabled(False)
            self.stocktake_button.setToolTip(self.tr("Only a manager can record a stocktake."))
        self.refresh_button = QPushButton(self.tr("Refresh (Ctrl+R)"), self)
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.clicked.connect(self.refresh)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Place:"), self))
        bar.addWidget(self.place)
        bar.addWidget(self.search, 1)
        bar.addWidget(self.in_stock)
        bar.addWidget(self.stocktake_button)
        bar.addWidget(self.refresh_button)

        self.tree_model = CategoryTreeModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("categoryTree")
        self.tree.setModel(self.tree_model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CategoryTreeModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(36)
        self.tree.selectionModel().selectionChanged.connect(self._category_selected)
        self.chart = WeightChart(self)

        self.table_model = StockTableModel(self.ctx.runner, self.ctx.lang, self)
        self.table_model.count_changed.connect(self._show_count)
        self.table_model.load_failed.connect(self.ctx.messages.error)
        self.table = QTableView(self)
        self.table.setObjectName("stockTable")
        self.table.setModel(self.table_model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSortIndicator(StockTableModel.NAME, Qt.SortOrder.AscendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(StockTableModel.NAME, QHeaderView.ResizeMode.Stretch)
        header.sortIndicatorChanged.connect(self._sort_changed)
        self.table.setSortingEnabled(True)
        metrics = self.table.fontMetrics()
        samples = {StockTableModel.CATEGORY: "Canned food and", StockTableModel.QUANTITY: "12345.5",
                   StockTableModel.UNIT: "pack", StockTableModel.WEIGHT: "12345.67",
                   StockTableModel.MINIMUM: "1000", StockTableModel.EXPIRY: "2026-12-31",
                   StockTableModel.EXPIRING: "1000"}
        for column, sample in samples.items():  # the model is lazy: size from samples, not by reading rows
            title = str(self.table_model.headerData(column, Qt.Orientation.Horizontal))
            self.table.setColumnWidth(column, max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(title)
                                                  + 22) + 12)
        self.table.selectionModel().currentRowChanged.connect(self._item_selected)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("stockCount")
        legend = QLabel("\u2003".join([
            swatch_html(Alert.LOW, self.tr("below minimum")),
            swatch_html(Alert.SOON, self.tr("expires within 30 days")),
            swatch_html(Alert.EXPIRED, self.tr("expired")),
        ]), self)
        legend.setObjectName("stockLegend")
        self.detail = ItemDetailPane(self.ctx, self)
        self.detail.write_off_requested.connect(self.open_write_off)

        left = QSplitter(Qt.Orientation.Vertical, self)
        left.addWidget(self.tree)
        left.addWidget(self.chart)
        left.setStretchFactor(0, 3)
        left.setStretchFactor(1, 2)
        table_box = QWidget(self)
        table_layout = QVBoxLayout(table_box)
        table_layout.setContentsMargins(0, 0, 0, 0)
        table_layout.addWidget(self.table, 1)
        under = QHBoxLayout()
        under.addWidget(self.count_label)
        under.addStretch(1)
        under.addWidget(legend)
        table_layout.addLayout(under)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(table_box)
        right.addWidget(self.detail)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        main = QSplitter(Qt.Orientation.Horizontal, self)
        main.setObjectName("stockSplitter")
        main.addWidget(left)
        main.addWidget(right)
        main.setStretchFactor(0, 2)
        main.setStretchFactor(1, 3)
        main.setChildrenCollapsible(False)
        self.table.viewport().installEventFilter(self)
        self.splitters = (main, left, right)
        self._sized = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(main, 1)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if not self._sized:  # split by proportion once the real size is known; the user may drag later
            self._sized = True
            main, left, right = self.splitters
            width, height = max(self.width(), 800), max(self.height(), 500)
            main.setSizes([int(width * 0.36), int(width * 0.64)])
            left.setSizes([int(height * 0.55), int(height * 0.45)])
            right.setSizes([int(height * 0.6), int(height * 0.4)])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return False

    def _fit_columns(self) -> None:
        """On a narrow screen the item name needs the room more than the category (the tree shows it)."""
        others = sum(self.table.columnWidth(c) for c in range(self.table_model.columnCount())
                     if c not in (StockTableModel.NAME, StockTableModel.CATEGORY))
        room = self.table.viewport().width() - others - self.table.columnWidth(StockTableModel.CATEGORY)
        self.table.setColumnHidden(StockTableModel.CATEGORY, room < MIN_NAME_WIDTH)

    # --- loading ---

    def activated(self) -> None:
        self.refresh()

    def _heard_change(self) -> None:
        if self.isVisible():  # a hidden screen is refreshed by activated() when next shown
            self._refresh_timer.start()  # several changes in a row make one refresh

    def refresh(self) -> None:
        """Reload the totals, the chart, the visible table rows and the selected item."""
        self.refresh_totals()
        if self._table_started:
            self.table_model.refresh()
        else:
            self.apply_filter()
        self.detail.reload()

    def _overview_loaded(self, overview: StockOverview) -> None:
        self.overview = overview
        self._set_places(list(overview.places))
        first = self.tree_model.rowCount() == 0
        self.tree_model.set_overview(overview)
        if first or not self.tree.selectionModel().hasSelection():
            root = self.tree_model.root_index()
            self.tree.expand(root)
            self.tree.selectionModel().blockSignals(True)
            self.tree.setCurrentIndex(root)
            self.tree.selectionModel().blockSignals(False)
            if not first:  # the tree changed under the selection: show everything again
                self.apply_filter()
        self.chart.set_weights(list(overview.weights), overview.items_without_weight)

    def _set_places(self, places: list[LocationInfo]) -> None:
        if [p.id for p in places] == [p.id for p in self.places]:
            return
        current = self.current_place()
        self.places = places
        self.place.blockSignals(True)
        self.place.clear()
        self.place.addItem(self.tr("All places"), None)
        for info in places:
            self.place.addItem(place_label(info), info)
        if current is not None:
            self.place.setCurrentIndex(max(0, next((n + 1 for n, p in enumerate(places) if p.id == current.id), 0)))
        self.place.blockSignals(False)

    # --- filters ---

    def current_place(self) -> LocationInfo | None:
        return self.place.currentData()

    def current_category_id(self) -> int | None:
        index = self.tree.currentIndex()
        cat_id = index.data(CATEGORY_ID_ROLE) if index.isValid() else None
        return None if cat_id in (None, ALL) else cat_id

    def current_filter(self) -> BrowseFilter:
        place = self.current_place()
        old = self.table_model.filter
        return BrowseFilter(category_id=self.current_category_id(), location_id=place.id if place else None,
                            search=self.search.text().strip(), in_stock_only=self.in_stock.isChecked(),
                            sort=old.sort, descending=old.descending)

    def apply_filter(self) -> None:
        self._search_timer.stop()
        flt = self.current_filter()
        if self._table_started and flt == self.table_model.filter:
            return
        self._table_started = True
        self.count_label.setText(self.tr("Loading\u2026"))
        self.table_model.set_filter(flt)

    def _place_changed(self) -> None:
        self.refresh_totals()
        self.apply_filter()

    def refresh_totals(self) -> None:
        place = self.current_place()
        ops.overview(self, self.ctx.lang, place.code if place else None).success(self._overview_loaded).run(
            self.ctx.runner)

    def _category_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.apply_filter()

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column not in StockTableModel.SORT_KEYS:  # only some columns sort in SQL: show the sort in force
            flt = self.table_model.filter
            keep = next(c for c, key in StockTableModel.SORT_KEYS.items() if key == flt.sort)
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            order = Qt.SortOrder.DescendingOrder if flt.descending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(keep, order)
            header.blockSignals(False)

    def _show_count(self, count: int) -> None:
        self.count_label.setText(self.tr("%n item(s)", "", count))

    def _item_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item_id = current.siblingAtColumn(0).data(ITEM_ID_ROLE) if current.isValid() else None
        if item_id is not None and item_id != self.detail.item_id:
            self.detail.show_item(item_id)

    # --- scans and manager actions ---

    def handle_scan(self, code: str) -> None:
        """While counting, a scan counts; otherwise it shows the scanned item's stock."""
        if self.stocktake_dialog is not None and self.stocktake_dialog.isVisible():
            self.stocktake_dialog.handle_scan(code)
            return
        ops.identify(self, code.strip(), self.ctx.settings.gs1_separators).success(self._scanned).run(self.ctx.runner)

    def _scanned(self, goods: ScannedGoods) -> None:
        self.detail.show_item(goods.item_id)
        row = self.table_model.row_of_item(goods.item_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.table_model.index(row, 0))
        self.ctx.messages.show_message(self.tr("Showing {item}.").format(item=goods.item_name), "info", 4000)

    def open_stocktake(self) -> StocktakeDialog | None:
        if not self.ctx.is_manager:
            self.ctx.messages.error(self.tr("Only a manager can record a stocktake."))
            return None
        if not self.places or self.overview is None:
            return None
        place = self.current_place()
        categories = [(c.category_id, "\u2003" * c.depth + self.overview.name(c)) for c in self.overview.categories]
        dialog = StocktakeDialog(self.ctx, [(p, place_label(p)) for p in self.places], categories,
                                 place_id=place.id if place else None, category_id=self.current_category_id(),
                                 parent=self)
        dialog.finished.connect(lambda _: setattr(self, "stocktake_dialog", None))
        self.stocktake_dialog = dialog
        dialog.open()
        return dialog

    def open_write_off(self) -> WriteOffDialog | None:
        if not self.ctx.is_manager:
            self.ctx.messages.error(self.tr("Only a manager can write off goods."))
            return None
        if self.detail.detail is None:
            return None
        dialog = WriteOffDialog(self.ctx, self.detail.detail, self)
        dialog.finished.connect(lambda _: setattr(self, "write_off_dialog", None))
        self.write_off_dialog = dialog
        dialog.open()
        return dialog
