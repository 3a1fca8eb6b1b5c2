"""Stocktake: count a place (or one category there), then record every difference at once.

Managers only. The list shows what the ledger expects per item, lot and place;
counts come from scans (each scan adds one pack) or are typed into the Counted
column. "Record differences" writes one adjustment per differing line, all in
one transaction, with the reason the manager gave.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.core.stock.locations import LocationInfo
from warehouse_app.core.stock.stocktake import ExpectedLine, ScannedGoods
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.message_bar import MessageBar
from warehouse_app.ui.base.units import unit_label
from warehouse_app.ui.operations import stock as ops
from warehouse_app.ui.screens.stock.count_model import CountModel
from warehouse_app.ui.widgets.camera_view import CameraButton


class StocktakeDialog(QDialog):
    recorded = Signal(int)  # how many lines differed
    list_loaded = Signal()
    scan_counted = Signal(int)  # the row a scan was counted on

    def __init__(self, ctx: AppContext, places: list[tuple[LocationInfo, str]], categories: list[tuple[int, str]],
                 place_id: int | None = None, category_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("stocktakeDialog")
        self.setWindowTitle(self.tr("Stocktake"))
        self.resize(900, 600)
        self.messages = MessageBar(self)
        self.model = CountModel(self)
        self.model.rejected.connect(self.messages.error)
        self.model.counts_changed.connect(self._update_summary)

        self.place = QComboBox(self)
        self.place.setObjectName("stocktakePlace")
        for info, label in places:
            self.place.addItem(label, info)
        self.category = QComboBox(self)
        self.category.setObjectName("stocktakeCategory")
        self.category.addItem(self.tr("All categories"), None)
        for cat_id, label in categories:
            self.category.addItem(label, cat_id)
        self.place.setPlaceholderText(self.tr("Choose the place you count…"))
        self.place.setCurrentIndex(next((n for n, (p, _) in enumerate(places) if p.id == place_id), -1))
        if category_id is not None:
            self.category.setCurrentIndex(max(0, self.category.findData(category_id)))
        self.place.currentIndexChanged.connect(self.load)
        self.category.currentIndexChanged.connect(self.load)

        self.code = QLineEdit(self)
        self.code.setObjectName("stocktakeCode")
        self.code.setPlaceholderText(self.tr("Scan a barcode here, or type it and press Enter"))
        self.code.returnPressed.connect(lambda: self.handle_scan(self.code.text()))

        self.table = QTableView(self)
        self.table.setObjectName("stocktakeTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CountModel.ITEM, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)

        self.reason = QLineEdit(self)
        self.reason.setObjectName("stocktakeReason")
        self.reason.setPlaceholderText(self.tr("Required, e.g. monthly count of the racks"))
        self.record_button = QPushButton(self.tr("Record differences"), self)
        self.record_button.setObjectName("recordDifferences")
        self.record_button.clicked.connect(self.record)
        self.record_button.setAutoDefault(False)  # recording writes: a click, never an Enter in a field
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("Place:"), self.place)
        form.addRow(self.tr("Category:"), self.category)
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.code, 1)
        scan_row.addWidget(CameraButton(ctx, self))
        form.addRow(self.tr("Scan:"), scan_row)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Reason:"), self))
        bottom.addWidget(self.reason, 1)
        bottom.addWidget(self.record_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(bottom)
        self.code.setFocus()

    def current_place(self) -> LocationInfo | None:
        return self.place.currentData()

    def load(self) -> None:
        """(Re)load what the system expects at the chosen place."""
        place = self.current_place()
        if place is None:
            return
        ops.expected_at(self, place.code, self.category.currentData()).success(self._loaded).failure(
            self.messages.error).run(self.ctx.runner)

    def _loaded(self, lines: list[ExpectedLine]) -> None:
        self.model.set_expected(lines)
        self.list_loaded.emit()

    def take_scan(self, code: str) -> bool:
        """The scan hub's question (ScanTaker): a scan counts, whichever field has the focus
        (it never lands in the reason, nor presses "Record differences"). While the
        differences are being recorded it waits, and is used after the dialog closes."""
        if not self.record_button.isEnabled():
            return False
        self.handle_scan(code)
        return True

    def handle_scan(self, code: str) -> None:
        """A scan counts one pack of the goods (a case code counts the whole case)."""
        self.code.clear()
        text = code.strip()
        if not text:
            return
        place = self.current_place()
        if place is None:
            self.messages.error(self.tr("Choose the place you count first: {code} was not counted.").format(code=text))
            return
        ops.identify(self, text, self.ctx.settings.gs1_separators).success(
            lambda goods: self._counted(goods, place)).failure(self.messages.error).run(self.ctx.runner)

    def _counted(self, goods: ScannedGoods, place: LocationInfo) -> None:
        row = self.model.add_scan(goods, place.code, place.name)
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        line = self.model.lines[row]
        self.messages.show_message(self.tr("{item}: counted {n} {unit}").format(
            item=goods.item_name, n=self.model.data(self.model.index(row, CountModel.COUNTED)), unit=unit_label(line.lot.unit)), "info")
        self.scan_counted.emit(row)

    def _update_summary(self) -> None:
        counted = self.model.counted_count()
        self.place.setEnabled(counted == 0)
        self.category.setEnabled(counted == 0)
        hint = self.tr("Record or close the count to choose another place.") if counted else ""
        self.place.setToolTip(hint)
        self.summary.setText(self.tr("Lines: {lines} \u00b7 counted: {counted} \u00b7 different: {diff}").format(
            lines=self.model.rowCount(), counted=counted, diff=len(self.model.changed_lines())))

    def record(self) -> None:
        if not self.ctx.is_manager:
            self.messages.error(self.tr("Only a manager can record a stocktake."))
            return
        lines = self.model.changed_lines()
        if not lines:
            self.messages.show_message(self.tr("Every counted line matches the stock; there is nothing to record."))
            return
        place = self.current_place()
        self.record_button.setEnabled(False)
        ops.record_stocktake(self, self.ctx.actor, lines, self.reason.text()).success(
            lambda n: self._recorded(n, place)).failure(self._failed).run(self.ctx.runner)

    def _failed(self, message: str) -> None:
        self.record_button.setEnabled(True)
        self.messages.error(message)

    def _recorded(self, differences: int, place: LocationInfo | None) -> None:
        text = self.tr("Stocktake of {place} recorded: %n line(s) corrected.", "", differences)
        self.ctx.messages.success(text.format(place=place.name if place else ""))
        self.recorded.emit(differences)
        self.accept()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if not self.model.lines:
            self.load()
        self.code.setFocus(Qt.FocusReason.OtherFocusReason)
