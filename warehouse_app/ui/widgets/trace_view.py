""""Where did it go?": a donation followed to the shelf, the box, the truck and the hub,
or a truck's load traced back to the donations and donors it came from.

On top one plain sentence in large type ("84 % of this donation has left for Kharkiv,
Lviv on 3 trucks."); below it the goods by state, and per item a line whose parts add up
to what was received. The read is an operation (ui/operations/trace.py); the dialog only
shows plain data. "Donor report (PDF)…" (and "Print donor report…") hands the donor impact report's job to the
dialog's ExportPanel, in the document language chosen beside it. A scan made while it is
open is held by the scan hub until it closes (it has no ``take_scan``).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.core.trace.data import LEFT, DonationTrace, TraceRow, TruckTrace, TruckTraceRow
from warehouse_app.core.trace.rollup import WAITING, by_state_order, count_reason, fold, item_name, item_totals, share
from warehouse_app.documents.jobs import donor_impact_job
from warehouse_app.kernel.station import LANGUAGE_NAMES
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.export_job import ExportPanel
from warehouse_app.ui.base.formats import place_name, show_date, show_qty
from warehouse_app.ui.base.units import unit_label
from warehouse_app.ui.operations.trace import TRACE_CHANGE, trace_donation, trace_truck

STATE_COLOURS = {"in_stock": "#eef3fb", "packed": "#eef3fb", "loaded": "#fff4e0", "dispatched": "#e6f4ea",
                 "delivered": "#d4edda", "written_off": "#fdecea"}
NO_WEIGHT = "\u2013"


def _table(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(0, 0, parent)
    table.setObjectName(name)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    return table


def _columns(table: QTableWidget, headers: list[str], stretch: int) -> None:
    """The table's column titles; every column as wide as its contents but ``stretch``, which takes the rest."""
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def _fill(table: QTableWidget, rows: list[list[str]], numeric: set[int], colours: list[str | None] | None = None,
          bold_last: bool = False) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = QTableWidgetItem(value)
            if c in numeric:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if colours and colours[r]:
                cell.setBackground(QColor(colours[r]))
            if bold_last and r == len(rows) - 1:
                font = cell.font()
                font.setBold(True)
                cell.setFont(font)
            table.setItem(r, c, cell)


def _kg(value: Decimal | None) -> str:
    return NO_WEIGHT if value is None else show_qty(value.quantize(Decimal("0.01")))


class TraceView(QDialog):
    """Opened with ``show_donation(ref)`` or ``show_truck(number)``; reads again when goods move."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("traceView")
        self.setWindowTitle(self.tr("Where did it go?"))
        self.trace: DonationTrace | TruckTrace | None = None
        self._ask: tuple[str, str | int] | None = None
        self.summary = QLabel(self)
        self.summary.setObjectName("traceSummary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.summary.setFont(font)
        self.summary.setStyleSheet("color:#1a3c6e;")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QLabel(self)
        self.details.setObjectName("traceDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rows = _table(self, "traceRows")
        self.rows.itemSelectionChanged.connect(self._selection_changed)
        self.totals_title = QLabel(self.tr("Per item: left + still here + written off = received"), self)
        self.totals_title.setStyleSheet("font-weight:bold;")
        self.totals = _table(self, "traceTotals")
        _columns(self.totals, [self.tr("Item"), self.tr("Received"), self.tr("Left"), self.tr("of which delivered"),
                               self.tr("Still here"), self.tr("Written off")], 0)
        totals_box = QWidget(self)
        totals_layout = QVBoxLayout(totals_box)
        totals_layout.setContentsMargins(0, 0, 0, 0)
        totals_layout.addWidget(self.totals_title)
        totals_layout.addWidget(self.totals, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.rows)
        split.addWidget(totals_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)

        self.language = QComboBox(self)
        self.language.setObjectName("traceLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(ctx.lang)))
        self.report_button = QPushButton(self.tr("Donor report (PDF)\u2026"), self)
        self.report_button.setObjectName("traceDonorReport")
        self.report_button.setMinimumHeight(32)
        self.report_button.clicked.connect(self.export_report)
        self.report_button.setEnabled(False)
        self.print_button = QPushButton(self.tr("Print donor report\u2026"), self)
        self.print_button.setObjectName("traceDonorReportPrint")
        self.print_button.setMinimumHeight(32)
        self.print_button.clicked.connect(lambda: self.export_report(printing=True))
        self.print_button.setEnabled(False)
        self.panel = ExportPanel(ctx, self)
        self.panel.running_changed.connect(lambda running: self._update_button(running))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Report language:"), self))
        bottom.addWidget(self.language)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.report_button)
        bottom.addStretch(1)
        bottom.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addWidget(split, 1)
        layout.addWidget(self.panel)
        layout.addLayout(bottom)
        self.resize(1100, 640)
        ctx.watch(self, TRACE_CHANGE, self.reload)

    @classmethod
    def open_donation(cls, ctx: AppContext, parent: QWidget | None, ref: str | int) -> TraceView:
        """A new window on ``ref``'s goods, deleted when closed."""
        view = cls(ctx, parent)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.show_donation(ref)
        view.open()
        return view

    @classmethod
    def open_truck(cls, ctx: AppContext, parent: QWidget | None, number: str) -> TraceView:
        view = cls(ctx, parent)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.show_truck(number)
        view.open()
        return view

    # -- reading ------------------------------------------------------------------------------

    def show_donation(self, ref: str | int) -> None:
        self._ask = ("donation", ref)
        self.summary.setText(self.tr("Reading donation {number}\u2026").format(number=ref))
        self.reload()

    def show_truck(self, number: str) -> None:
        self._ask = ("truck", number)
        self.summary.setText(self.tr("Reading truck {number}\u2026").format(number=number))
        self.reload()

    def reload(self) -> None:
        if self._ask is None:
            return
        kind, ref = self._ask
        if kind == "donation":
            trace_donation(self, ref).success(self._show_donation).failure(self._failed).run(self.ctx.runner)
        else:
            trace_truck(self, str(ref)).success(self._show_truck).failure(self._failed).run(self.ctx.runner)

    def _failed(self, sentence: str) -> None:
        self.summary.setText(sentence)
        self.summary.setStyleSheet("color:#a61b1b;")

    # -- a donation ---------------------------------------------------------------------------

    def donation_sentence(self, trace: DonationTrace) -> str:
        """The one sentence on top, about the whole donation."""
        summary = trace.summary
        if not trace.received:
            return self.tr("Nothing of this donation is in the ledger (nothing received, or all undone).")
        if not summary.trucks:
            return self.tr("Nothing of this donation has left yet.")
        places = ", ".join(summary.destinations) or "?"
        if summary.measure == "kg":
            text = self.tr("{share} % of this donation has left for {places} on %n truck(s), by weight.", "",
                           len(summary.trucks))
        else:
            text = self.tr("{share} % of this donation has left for {places} on %n truck(s).", "",
                           len(summary.trucks))
        return text.format(share=summary.share_left, places=places)

    def _show_donation(self, trace: DonationTrace) -> None:
        self.trace = trace
        self.summary.setStyleSheet("color:#1a3c6e;")
        self.summary.setText(self.donation_sentence(trace))
        lang = self.ctx.lang
        summary = trace.summary
        donor = trace.donor or self.tr("(no donor)")
        parts = [self.tr("Donation {number} from {donor}, opened {date}.").format(
            number=trace.number, donor=donor, date=show_date(trace.opened_at.date()))]
        if trace.received:
            parts.append(self.tr("Delivered: {delivered} % \u00b7 still here: {here} % \u00b7 written off: {off} %")
                         .format(delivered=share(summary, "delivered"), here=share(summary, *WAITING),
                                 off=share(summary, "written_off")))
        self.details.setText("\n".join(parts))
        _columns(self.rows, [self.tr("State"), self.tr("Item"), self.tr("Quantity"), self.tr("Place / box"),
                             self.tr("Truck"), self.tr("Destination"), self.tr("Recipient"), self.tr("Date"),
                             self.tr("Reason")], 8)
        folded = fold(trace.rows, lambda r: (r.state, r.item_id, r.unit, r.place, r.package, r.truck, r.reason, r.counted,
                                             r.delivered_on, r.hub, r.arrival))
        folded.sort(key=lambda f: (by_state_order(f.first), item_name(f.first, lang).casefold()))
        _fill(self.rows, [[self.state_name(f.first.state), item_name(f.first, lang),
                           f"{show_qty(f.quantity)} {unit_label(f.first.unit)}", self._where(f.first),
                           f.first.truck or "", f.first.destination or "", f.first.recipient or "",
                           self._when(f.first), self._reason(f.first)] for f in folded],
              {2}, [STATE_COLOURS.get(f.first.state) for f in folded])
        totals = item_totals(trace.received, trace.rows)
        self.totals_title.show()
        self.totals.show()
        _fill(self.totals, [[t.name(lang), f"{show_qty(t.received)} {unit_label(t.unit)}",
                             show_qty(t.amount(*LEFT)), show_qty(t.amount("delivered")), show_qty(t.amount(*WAITING)),
                             show_qty(t.amount("written_off"))] for t in totals], {1, 2, 3, 4, 5})
        self._update_button()

    def state_name(self, state: str) -> str:
        return {"in_stock": self.tr("On a shelf"), "packed": self.tr("Packed"), "loaded": self.tr("Loaded"),
                "dispatched": self.tr("On the way"), "delivered": self.tr("Delivered"),
                "written_off": self.tr("Written off")}.get(state, state)

    def _where(self, row: TraceRow) -> str:
        """The shelf, or the box (its name and label code); on a truck its package (the truck has a column)."""
        if row.state == "in_stock":
            return place_name(row.place or "")
        if row.state == "packed" and row.place and row.package and row.place != row.package:
            return f"{row.place} ({row.package})"
        if row.state == "written_off":
            return ""
        return row.package or (row.place or "" if row.state == "packed" else self.tr("loose"))

    def _when(self, row: TraceRow) -> str:
        if row.state == "delivered" and row.delivered_on:
            return show_date(row.delivered_on)
        if row.state in LEFT and row.dispatched_at:
            return show_date(row.dispatched_at.date())
        return ""

    def _reason(self, row: TraceRow) -> str:
        if row.state == "written_off":
            counted, words = count_reason(row)
            if counted:
                return self.tr("missing at a stock count") + (f": {words}" if words else "")
            return words or self.tr("(no reason given)")
        if row.arrival == "missing":
            return self.tr("the hub reported it missing")
        if row.state == "delivered":
            hub = self.tr("confirmed by {hub}").format(hub=row.hub) if row.hub else self.tr("confirmed")
            return hub + (self.tr(", damaged") if row.arrival == "damaged" else "")
        return ""

    # -- a truck ------------------------------------------------------------------------------

    def truck_sentence(self, trace: TruckTrace) -> str:
        text = self.tr("Truck {number} to {destination} carries goods of %n donation(s).", "", len(trace.donations))
        return text.format(number=trace.number, destination=trace.destination or "?")

    def _show_truck(self, trace: TruckTrace) -> None:
        self.trace = trace
        self.summary.setStyleSheet("color:#1a3c6e;")
        self.summary.setText(self.truck_sentence(trace))
        donors = ", ".join(trace.donors) or self.tr("(no donor named)")
        parts = [self.tr("Donors: {donors}").format(donors=donors)]
        if trace.recipient:
            parts.append(self.tr("Recipient: {recipient}").format(recipient=trace.recipient))
        if trace.dispatched_at:
            parts.append(self.tr("Dispatched {date}").format(date=show_date(trace.dispatched_at.date())))
        self.details.setText(" \u00b7 ".join(parts))
        _columns(self.rows, [self.tr("Package"), self.tr("Donation"), self.tr("Donor"), self.tr("Item"),
                             self.tr("Quantity"), self.tr("Weight kg")], 3)
        found = self.tr("(found at a stock count)")

        def line(row: TruckTraceRow, unattributed: bool) -> list[str]:
            return [row.package or self.tr("loose"), "" if unattributed else row.donation,
                    found if unattributed else (row.donor or self.tr("(no donor)")), item_name(row, self.ctx.lang),
                    f"{show_qty(row.quantity)} {unit_label(row.unit)}", _kg(row.weight_kg)]

        ordered = sorted([(r, False) for r in trace.rows] + [(r, True) for r in trace.unattributed],
                         key=lambda pair: (pair[0].package or "~", pair[0].donation, pair[0].item.casefold()))
        _fill(self.rows, [line(r, u) for r, u in ordered], {4, 5})
        self.totals_title.hide()
        self.totals.hide()
        self._update_button()

    # -- the donor report -----------------------------------------------------------------------

    def report_donor(self) -> str | None:
        """Whose report the button writes: the donation's donor, or the donor of the truck row picked."""
        if isinstance(self.trace, DonationTrace):
            return self.trace.donor or None
        if isinstance(self.trace, TruckTrace):
            cell = self.rows.item(self.rows.currentRow(), 2) if self.rows.currentRow() >= 0 else None
            donor = cell.text() if cell is not None else ""
            return donor if donor in self.trace.donors else None
        return None

    def _selection_changed(self) -> None:
        self._update_button()

    def _update_button(self, running: bool = False) -> None:
        donor = self.report_donor()
        if isinstance(self.trace, TruckTrace) and donor is None:
            tip = self.tr("Pick a row with a donor first.")
        elif donor is None:
            tip = self.tr("This donation has no donor named.")
        else:
            tip = self.tr("Where {donor}'s gifts went, as a letter to them.").format(donor=donor)
        for button in (self.report_button, self.print_button):
            button.setEnabled(donor is not None and not running and not self.panel.running)
            button.setToolTip(tip)

    def export_report(self, printing: bool = False) -> bool:
        """The donor impact report: for a donation, of the day it was opened; for a truck's
        donor, of all their donations."""
        donor = self.report_donor()
        if donor is None:
            return False
        lang = str(self.language.currentData())
        if isinstance(self.trace, DonationTrace):
            day = self.trace.opened_at.date()
            job = donor_impact_job(donor, day, day, lang=lang)
            name = f"impact-{self.trace.number}-{lang}.pdf"
        else:
            job = donor_impact_job(donor, None, None, lang=lang)
            name = f"impact-{''.join(c if c.isalnum() else '-' for c in donor)[:40]}-{lang}.pdf"
        if printing:
            return self.panel.print_document(self.tr("donor report"), "donor-report", name, job)
        return self.panel.export(self.tr("donor report"), name, job)
