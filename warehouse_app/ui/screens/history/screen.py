"""The History screen (issue 18): every ledger row, newest first, with filters; the rows shown
exported to Excel; a selected row reversed with a reason (managers), by the CLI's own rules."""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.core.access import roles
from warehouse_app.core.stock.changes import StockChange
from warehouse_app.core.stock.history import LedgerFilter
from warehouse_app.documents.jobs import history_job
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.export_job import ExportPanel, default_file_name
from warehouse_app.ui.base.formats import date_pattern
from warehouse_app.ui.base.tasks import Change
from warehouse_app.ui.operations import history as ops
from warehouse_app.ui.screens.history.ledger_model import LedgerModel, kind_label
from warehouse_app.ui.screens.screen import Screen

KINDS = ("receive", "move", "adjust", "write_off", "dispatch", "reversal")
NO_DAY = QDate(2000, 1, 1)  # a date edit at its minimum shows "any day"
TYPING_PAUSE_MS = 300


class HistoryScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("history")
        self.model = LedgerModel(ctx.runner, self)
        self.model.loaded.connect(self._show_count)
        self.model.load_failed.connect(ctx.messages.error)
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.apply_filter)

        self.item_edit, self.donor_edit, self.donation_edit = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.truck_edit, self.operator_edit, self.station_edit = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        self.item_edit.setPlaceholderText(self.tr("name or code"))
        self.donation_edit.setPlaceholderText(self.tr("e.g. D-2026-00042"))
        self.truck_edit.setPlaceholderText(self.tr("e.g. T-2026-0042"))
        self.kind_combo = QComboBox(self)
        self.kind_combo.addItem(self.tr("all kinds"), None)
        for kind in KINDS:
            self.kind_combo.addItem(kind_label(kind), kind)
        self.since_edit, self.until_edit = self._day_edit(), self._day_edit()
        fields: list[tuple[str, QWidget]] = [
            (self.tr("&Item"), self.item_edit), (self.tr("&Donor"), self.donor_edit),
            (self.tr("Do&nation"), self.donation_edit), (self.tr("&Truck"), self.truck_edit),
            (self.tr("O&perator"), self.operator_edit), (self.tr("&Station"), self.station_edit),
            (self.tr("&Kind"), self.kind_combo), (self.tr("&From day"), self.since_edit),
            (self.tr("To d&ay"), self.until_edit),
        ]
        grid = QGridLayout()
        for n, (text, field) in enumerate(fields):
            label = QLabel(text, self)
            label.setBuddy(field)
            grid.addWidget(label, (n // 3) * 2, n % 3)
            grid.addWidget(field, (n // 3) * 2 + 1, n % 3)
        for edit in (self.item_edit, self.donor_edit, self.donation_edit, self.truck_edit, self.operator_edit,
                     self.station_edit):
            edit.setClearButtonEnabled(True)
            edit.textEdited.connect(lambda _: self._typing.start())
            edit.returnPressed.connect(self.apply_filter)
        self.kind_combo.currentIndexChanged.connect(lambda _: self.apply_filter())
        self.since_edit.dateChanged.connect(lambda _: self.apply_filter())
        self.until_edit.dateChanged.connect(lambda _: self.apply_filter())
        self.clear_button = QPushButton(self.tr("C&lear filters"), self)
        self.clear_button.clicked.connect(self.clear_filters)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in ((LedgerModel.NUMBER, 50), (LedgerModel.TIME, 115), (LedgerModel.KIND, 100),
                              (LedgerModel.ITEM, 180), (LedgerModel.LOT, 125), (LedgerModel.QUANTITY, 80),
                              (LedgerModel.SOURCE, 140), (LedgerModel.TARGET, 140), (LedgerModel.DONATION, 175),
                              (LedgerModel.TRUCK, 90), (LedgerModel.OPERATOR, 110), (LedgerModel.STATION, 110)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.model.modelReset.connect(self._update_buttons)

        self.count_label = QLabel(self)
        self.more_button = QPushButton(self.tr("Load &more"), self)
        self.more_button.clicked.connect(lambda: self.model.fetchMore(QModelIndex()))
        self.export_button = QPushButton(self.tr("&Export to Excel\u2026"), self)
        self.export_button.clicked.connect(self.export)
        self.reverse_button = QPushButton(self.tr("&Reverse\u2026"), self)
        self.reverse_button.clicked.connect(self.ask_reverse)
        if not ctx.may(roles.REVERSE):
            self.reverse_button.setToolTip(self.tr("Only a manager can reverse a movement."))
        self.export_panel = ExportPanel(ctx, self)

        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.more_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.reverse_button)
        top = QHBoxLayout()
        top.addLayout(grid, 1)
        top.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.export_panel)

        # Out of sight it reads nothing (every scan at Intake is a stock change, and a ledger
        # page read per scan slowed the scans); it reads again when shown.
        self._stale = False
        ctx.watch(self, Change.STOCK, self._heard_change)
        self._update_buttons()
        self.apply_filter()

    def title(self) -> str:
        return self.tr("History")

    def activated(self) -> None:
        if self._stale:
            self._stale = False
            self.model.refresh()

    def _heard_change(self) -> None:
        if self.isVisible():
            self.model.refresh()
        else:
            self._stale = True

    def _day_edit(self) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(date_pattern())
        edit.setMinimumDate(NO_DAY)
        edit.setSpecialValueText(self.tr("any day"))
        edit.setDate(NO_DAY)
        return edit

    # --- filters ---

    def current_filter(self) -> LedgerFilter:
        def day(edit: QDateEdit) -> date | None:
            value = edit.date()
            return None if value == NO_DAY else date(value.year(), value.month(), value.day())

        return LedgerFilter(item=self.item_edit.text(), donor=self.donor_edit.text(),
                            donation=self.donation_edit.text(), truck=self.truck_edit.text(),
                            operator=self.operator_edit.text(), station=self.station_edit.text(),
                            kind=self.kind_combo.currentData(), since=day(self.since_edit),
                            until=day(self.until_edit), tz=date_zone())

    def apply_filter(self) -> None:
        self._typing.stop()
        filters = self.current_filter()
        if filters.since and filters.until and filters.since > filters.until:
            self.ctx.messages.error(self.tr("The first day is after the last one; change one of the dates."))
            return
        self.model.set_filter(filters)

    def clear_filters(self) -> None:
        for edit in (self.item_edit, self.donor_edit, self.donation_edit, self.truck_edit, self.operator_edit,
                     self.station_edit):
            edit.clear()
        for widget in (self.kind_combo, self.since_edit, self.until_edit):
            widget.blockSignals(True)
        self.kind_combo.setCurrentIndex(0)
        self.since_edit.setDate(NO_DAY)
        self.until_edit.setDate(NO_DAY)
        for widget in (self.kind_combo, self.since_edit, self.until_edit):
            widget.blockSignals(False)
        self.apply_filter()

    def _show_count(self) -> None:
        shown = self.model.rowCount()
        if self.model.more:
            self.count_label.setText(self.tr("%n newest row(s) shown; more match.", "", shown))
        else:
            self.count_label.setText(self.tr("%n row(s).", "", shown))
        self.more_button.setEnabled(self.model.more)
        self._update_buttons()

    # --- actions ---

    def selected_row(self) -> int | None:
        index = self.table.currentIndex()
        return index.row() if index.isValid() and self.table.selectionModel().isRowSelected(index.row()) else None

    def _update_buttons(self) -> None:
        self.reverse_button.setEnabled(self.ctx.may(roles.REVERSE) and self.selected_row() is not None)
        self.export_button.setEnabled(self.model.rowCount() > 0)

    def export(self) -> bool:
        filters = self.current_filter()
        return self.export_panel.export(self.tr("Ledger history"), default_file_name("history", ".xlsx"),
                                        history_job(filters, lang=self.ctx.lang, described=self.describe(filters)))

    def describe(self, f: LedgerFilter) -> str:
        """What was chosen, for the sheet's header line (the user's words, in their language)."""
        parts = [f"{label}: {value.strip()}" for label, value in (
            (self.tr("item"), f.item), (self.tr("donor"), f.donor), (self.tr("donation"), f.donation),
            (self.tr("truck"), f.truck), (self.tr("operator"), f.operator), (self.tr("station"), f.station))
            if value.strip()]
        kind, since, until = self.tr("kind"), self.tr("from"), self.tr("to")
        if f.kind:
            parts.append(f"{kind}: {kind_label(f.kind)}")
        if f.since:
            parts.append(f"{since} {self.since_edit.text()}")
        if f.until:
            parts.append(f"{until} {self.until_edit.text()}")
        return "; ".join(parts)

    def ask_reverse(self) -> None:
        row = self.selected_row()
        picked = self.model.row_data(row) if row is not None else None
        if picked is None or not self.ctx.may(roles.REVERSE):
            return
        reason, ok = QInputDialog.getText(
            self.window(), self.tr("Reverse movement {number}").format(number=picked.id),
            self.tr("Why is movement {number} ({kind}, {quantity} of {item}) being reversed?").format(
                number=picked.id, kind=kind_label(picked.kind),
                quantity=self.model.data(self.model.index(row or 0, LedgerModel.QUANTITY)), item=picked.item))
        if not ok:
            return
        if not reason.strip():
            self.ctx.messages.error(self.tr("Nothing was reversed: a reversal needs a reason."))
            return
        answer = QMessageBox.question(
            self.window(), self.tr("Reverse movement"),
            self.tr("Reverse movement {number}? A reversal row undoes it; the original stays in the history.").format(
                number=picked.id),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)  # Enter never reverses
        if answer != QMessageBox.StandardButton.Yes:
            return
        ops.reverse(self, self.ctx.actor, picked.id, reason.strip()).success(
            lambda change: self._reversed(picked.id, change)).failure(self.ctx.messages.error).run(self.ctx.runner)

    def _reversed(self, movement_id: int, change: StockChange) -> None:
        self.ctx.messages.success(self.tr("Movement {number} was reversed.").format(number=movement_id))
        self.model.refresh()


def date_zone() -> tzinfo:
    """This computer's time zone: the days the user picks are their own days."""
    return datetime.now().astimezone().tzinfo or UTC
