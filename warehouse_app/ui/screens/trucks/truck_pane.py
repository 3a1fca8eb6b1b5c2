"""The selected truck: its papers' header, the load table, totals by category, buttons."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.core.shipping.truck_loading import TruckView
from warehouse_app.kernel.station import LABEL_FORMAT_NAMES
from warehouse_app.ui.base.formats import show_date, show_qty
from warehouse_app.ui.screens.trucks.load_rows import load_rows, status_text, totals_rows
from warehouse_app.ui.screens.trucks.rows_model import RowsModel, kg


def table(model: RowsModel, parent: QWidget, name: str, stretch: int) -> QTableView:
    view = QTableView(parent)
    view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the scan fields
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def push_button(parent: QWidget, text: str, name: str, slot: Callable[[], object] | SignalInstance) -> QPushButton:
    button = QPushButton(text, parent)
    button.setObjectName(name)
    button.clicked.connect(slot)
    return button


class TruckPane(QWidget):
    edit_requested = Signal()
    dispatch_requested = Signal()
    packing_list_requested = Signal()
    labels_requested = Signal(str)  # label format
    manifest_requested = Signal()
    cmr_requested = Signal()
    donors_requested = Signal()  # "Donors on this truck…": whose gifts it carries
    truck_file_requested = Signal()  # "Truck file…": what left, for the receiving hub
    confirmation_requested = Signal()  # "Import arrival confirmation…": the hub's answer
    pick_list_requested = Signal()  # "Pick list…": where to pick what the truck should carry

    def __init__(self, lang: str, parent: QWidget | None = None, *, may_plan: bool = True,
                 may_dispatch: bool = True) -> None:
        super().__init__(parent)
        self.lang = lang
        self.may_plan, self.may_dispatch = may_plan, may_dispatch
        self.view: TruckView | None = None
        self.header = QLabel(self)
        self.header.setObjectName("truckHeader")
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.load_model = RowsModel(
            [self.tr("#"), self.tr("Label"), self.tr("Contents"), self.tr("Category"), self.tr("Pieces"),
             self.tr("Net kg"), self.tr("Gross kg"), self.tr("Expiry")], {4, 5, 6}, self)
        self.load_table = table(self.load_model, self, "truckLoad", 2)
        self.totals_model = RowsModel(
            [self.tr("Category"), self.tr("Packages"), self.tr("Pieces"), self.tr("Net kg"), self.tr("Gross kg")],
            {1, 2, 3, 4}, self)
        self.totals_table = table(self.totals_model, self, "truckTotals", 0)
        self.total_line = QLabel(self)
        self.total_line.setObjectName("truckTotal")
        self.total_line.setWordWrap(True)

        self.edit_button = push_button(self, self.tr("Edit truck\u2026"), "editTruck", self.edit_requested)
        self.dispatch_button = push_button(self, self.tr("Dispatch\u2026"), "dispatchTruck", self.dispatch_requested)
        self.dispatch_button.setStyleSheet("font-weight:bold;")
        if not may_plan:
            self.edit_button.setToolTip(self.tr("Only a loader or a manager can change a truck."))
        if not may_dispatch:
            self.dispatch_button.setToolTip(self.tr("Only a loader or a manager can dispatch a truck."))
        self.packing_button = push_button(self, self.tr("Print packing list"), "printPackingList",
                                           self.packing_list_requested)
        self.truck_file_button = push_button(self, self.tr("Truck file\u2026"), "writeTruckFile",
                                             self.truck_file_requested)
        self.truck_file_button.setToolTip(self.tr("The file the receiving hub registers the truck with: save it "
                                                  "and send it with the driver's papers."))
        self.confirm_button = push_button(self, self.tr("Import arrival confirmation\u2026"), "importConfirmation",
                                          self.confirmation_requested)
        self.confirm_button.setToolTip(self.tr("The file the receiving hub wrote when it closed the arrival: the "
                                               "truck is then delivered."))
        self.cmr_button = push_button(self, self.tr("Print CMR"), "printCmr", self.cmr_requested)
        self.labels_button = QPushButton(self.tr("Print labels"), self)
        self.labels_button.setObjectName("printLabels")
        menu = QMenu(self.labels_button)
        for code, text in LABEL_FORMAT_NAMES.items():
            menu.addAction(text, lambda c=code: self.labels_requested.emit(c))
        menu.addAction(self.tr("Label printer (Settings)"), lambda: self.labels_requested.emit("printer"))
        self.labels_button.setMenu(menu)
        self.manifest_button = push_button(self, self.tr("Export manifest (Excel)"), "exportManifest",
                                            self.manifest_requested)
        self.donors_button = push_button(self, self.tr("Donors on this truck\u2026"), "truckDonors",
                                         self.donors_requested)
        self.donors_button.setToolTip(self.tr("Which donations and donors the goods on this truck came from."))
        self.pick_button = push_button(self, self.tr("Pick list…"), "pickList", self.pick_list_requested)

        # Three rows (the truck, its papers, its way to the hub): in fewer, Ukrainian and Polish
        # labels left the truck list on the left squeezed to a sliver at 1366 pixels.
        buttons = QVBoxLayout()
        for row in ((self.edit_button, self.pick_button, self.dispatch_button),
                    (self.packing_button, self.cmr_button, self.labels_button, self.manifest_button),
                    (self.truck_file_button, self.confirm_button, self.donors_button)):
            line = QHBoxLayout()
            for button in row:
                line.addWidget(button)
            line.addStretch(1)
            buttons.addLayout(line)
        totals_box = QWidget(self)
        totals_layout = QVBoxLayout(totals_box)
        totals_layout.setContentsMargins(0, 0, 0, 0)
        legend = QLabel(self.tr("Totals by category  (* = box not weighed: its net weight is counted)"), self)
        legend.setStyleSheet("color:#333;")
        totals_layout.addWidget(legend)
        totals_layout.addWidget(self.totals_table, 1)
        totals_layout.addWidget(self.total_line)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.load_table)
        split.addWidget(totals_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.show_view(None)

    def show_view(self, view: TruckView | None, highlight: str = "") -> None:
        self.view = view
        if view is None:
            self.header.setText(self.tr("No truck chosen. Pick one on the left, or press \u201cNew truck\u201d."))
            self.load_model.set_rows([])
            self.totals_model.set_rows([])
            self.total_line.hide()
        else:
            self.header.setText(self._header_html(view))
            self.load_model.set_rows(load_rows(view, self.lang), highlight)
            if (row := self.load_model.row_of(highlight)) is not None:
                self.load_table.scrollTo(self.load_model.index(row, 0))
            self.totals_model.set_rows(totals_rows(view.totals, self.lang))
            self._show_totals(view)
        editable = view is not None and view.editable
        self.edit_button.setEnabled(editable and self.may_plan)
        self.dispatch_button.setEnabled(editable and self.may_dispatch)
        gone = view is not None and not view.editable  # a dispatched truck: its files instead of edit/dispatch
        self.edit_button.setVisible(not gone)
        self.dispatch_button.setVisible(not gone)
        self.truck_file_button.setVisible(gone)
        self.confirm_button.setVisible(gone)
        self.confirm_button.setEnabled(gone and view is not None and view.delivery is None and self.may_dispatch)
        self.pick_button.setEnabled(editable)
        for button in (self.packing_button, self.cmr_button, self.labels_button, self.manifest_button,
                       self.donors_button):
            button.setEnabled(view is not None)

    def _show_totals(self, view: TruckView) -> None:
        """The grand total always in sight, in red with what to do when above the payload."""
        totals = view.totals
        text = self.tr("Total: %n package(s), {pieces} pieces, {net} kg net, {gross} kg gross", "",
                       totals.packages).format(pieces=show_qty(totals.pieces), net=kg(totals.net_kg),
                                               gross=kg(totals.gross_kg))
        style = "background:#e8f0fe; color:#1a3c6e;"
        if totals.max_payload_kg is not None and totals.over_payload:
            text = self.tr("\u26a0 OVERLOADED: {gross} kg gross, above the maximum payload of {max} kg. "
                           "Unload {over} kg before dispatch.").format(
                gross=kg(totals.gross_kg), max=kg(totals.max_payload_kg),
                over=kg(totals.gross_kg - totals.max_payload_kg))
            style = "background:#c0392b; color:white;"
        elif totals.max_payload_kg is not None:
            text += self.tr(" (maximum payload {max} kg)").format(max=kg(totals.max_payload_kg))
        if totals.loose_pieces:
            text += self.tr(", and {pieces} loose pieces").format(pieces=show_qty(totals.loose_pieces))
        if totals.missing_weight and not totals.over_payload:
            text += "\n" + self.tr("\u26a0 %n line(s) have no weight: enter them or state the gross weight "
                                    "(the papers print \u201c?\u201d, never 0).", "", totals.missing_weight)
            style = "background:#fdebd0; color:#7a4a00;"
        self.total_line.setText(text)
        self.total_line.setStyleSheet(f"{style} font-weight:bold; padding:6px; border-radius:4px;")
        self.total_line.show()

    def _header_html(self, view: TruckView) -> str:
        def cell(label: str, value: str) -> str:
            shown = escape(value) or "\u2013"
            return (f"<td style='color:#555; padding-right:6px'>{escape(label)}</td>"
                    f"<td style='padding-right:18px'><b>{shown}</b></td>")

        truck, delivery = view.load.truck, view.delivery
        place = ", ".join(p for p in (truck.city, truck.country) if p)
        status = status_text(truck.status, delivery is not None)
        title = (f"<span style='font-size:16pt; font-weight:bold'>{escape(truck.number)}</span>"
                 f"&nbsp;&nbsp;<span style='font-size:13pt'>{escape(place)}</span>"
                 f"&nbsp;&nbsp;<span style='font-size:12pt; color:#1a3c6e'>[{escape(status)}]</span>")
        driver = " ".join(p for p in (truck.driver, truck.driver_phone) if p)
        plates = " / ".join(p for p in (truck.vehicle_plate, truck.trailer_plate) if p)
        departure = show_date(truck.planned_departure) if truck.planned_departure else ""
        recipient = ", ".join(p for p in (truck.recipient, truck.recipient_address) if p)
        rows = [
            cell(self.tr("Recipient"), recipient) + cell(self.tr("Contact"), truck.contact),
            cell(self.tr("Driver"), driver) + cell(self.tr("Plates"), plates),
            cell(self.tr("Departure"), departure) + cell(self.tr("Seal"), truck.seal_number),
            cell(self.tr("Aid reg."), truck.aid_registration_code) + cell(self.tr("Notes"), truck.notes),
        ]
        if delivery is not None:
            rows.append(cell(self.tr("Delivered"), self.tr(
                "{hub}, {day}: {received} received, {damaged} damaged, {missing} missing").format(
                hub=delivery.hub_name or "?", day=show_date(delivery.arrived_on), received=delivery.received,
                damaged=delivery.damaged, missing=delivery.missing)))
        return title + "<table>" + "".join(f"<tr>{r}</tr>" for r in rows) + "</table>"
