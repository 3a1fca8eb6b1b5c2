"""Intake: scan donated goods in, one committed movement per scan, no save button to forget."""

from __future__ import annotations

import time
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.core.intake.donations import DonationInfo, DonationLine
from warehouse_app.core.intake.receiving import ExpiredOnReceipt, ReceiveResult
from warehouse_app.core.intake.scanning import IntakeView, NewItemNeedsExpiry, NewItemOutcome, ScanOutcome
from warehouse_app.core.quantities import WHOLE_UNITS
from warehouse_app.kernel.errors import ExpiryNeeded, UnknownBarcode, WarehouseError
from warehouse_app.station.reachability import is_unreachable
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.formats import place_name, show_date, show_qty
from warehouse_app.ui.base.sounds import Feedback
from warehouse_app.ui.base.tasks import Change
from warehouse_app.ui.base.texts import error_text
from warehouse_app.ui.base.units import unit_label
from warehouse_app.ui.operations.donations import close_donation, edit_header, find_donors
from warehouse_app.ui.operations.intake import correct_quantity, current_intake, receive_scan, undo_scan
from warehouse_app.ui.screens.intake.donation_header import DonationHeader
from warehouse_app.ui.screens.intake.lines_model import DonationLinesModel
from warehouse_app.ui.screens.intake.new_item import UnknownScan, offer_new_item
from warehouse_app.ui.screens.screen import Screen
from warehouse_app.ui.widgets.camera_view import CameraButton
from warehouse_app.ui.widgets.expiry_dialog import ExpiryDialog
from warehouse_app.ui.widgets.last_scan import LastScanPanel
from warehouse_app.ui.widgets.scan_undo import ScanUndoKeys

if TYPE_CHECKING:  # opened on request: where a donation went (its reads, its letter) loads then
    from warehouse_app.ui.widgets.trace_view import TraceView


class IntakeScreen(Screen):
    received = Signal(object)  # ReceiveResult, once the scan is committed
    refused = Signal(str)  # the sentence shown for a scan that changed nothing
    kept = Signal(str)  # offline: the id of a scan saved on this laptop, to be sent later

    def __init__(self, ctx: AppContext, feedback: Feedback | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("intake")
        self.feedback = feedback or Feedback(ctx.settings.sound, self)
        self.undo_stack: list[ReceiveResult] = []
        self.last_expiry: dict[int, date] = {}
        self.expiry_dialog: ExpiryDialog | None = None  # open while a date is asked for
        self.last_kept: str | None = None  # offline: the id of the last scan, kept on this laptop
        self._shown = 0  # counts answers shown and writes sent, so a late refresh cannot show older data

        self.header = DonationHeader(self)
        self.header.edited.connect(self._save_header)
        self.header.close_requested.connect(self._close_donation)
        self.header.donor_search.connect(self._search_donors)
        self.header.trace_requested.connect(self.trace_donation)
        self.trace_view: TraceView | None = None  # the last one opened (tests look at it)
        self.panel = LastScanPanel(self)

        self.qty = QLineEdit(self)
        self.qty.setObjectName("quantityField")
        self.qty.setPlaceholderText("1")
        self.qty.setMaximumWidth(160)
        self.qty.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.qty.returnPressed.connect(self._quantity_entered)
        self.code = QLineEdit(self)
        self.code.setObjectName("codeField")
        self.code.setPlaceholderText(self.tr("Type a barcode or label code and press Enter"))
        self.code.returnPressed.connect(self._code_entered)
        for field, factor in ((self.qty, 2.0), (self.code, 1.5)):
            font = field.font()
            font.setPointSizeF(font.pointSizeF() * factor)
            field.setFont(font)
        self.undo_button = QPushButton(self.tr("Undo last scan (Ctrl+Z)"), self)
        self.undo_button.setObjectName("undoScan")
        self.undo_button.clicked.connect(self.undo_last)
        self.undo_button.setEnabled(False)

        entry = QGridLayout()
        entry.addWidget(QLabel(self.tr("Quantity:")), 0, 0)
        entry.addWidget(self.qty, 0, 1)
        entry.addWidget(self.undo_button, 0, 3)
        entry.addWidget(CameraButton(ctx, self), 0, 2, Qt.AlignmentFlag.AlignRight)
        entry.setColumnStretch(2, 1)
        entry.addWidget(QLabel(self.tr("Code:")), 1, 0)
        entry.addWidget(self.code, 1, 1, 1, 3)
        hint = QLabel(self.tr("Type a number and then scan to receive that many. Type a number and press Enter "
                              "to correct the last scan."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#555;")

        self.lines_model = DonationLinesModel(self)
        self.lines_view = QTableView(self)
        self.lines_view.setObjectName("donationLines")
        self.lines_view.setModel(self.lines_model)
        self.lines_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.lines_view.verticalHeader().hide()
        self.lines_view.setWordWrap(False)
        self.lines_view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = self.lines_view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._fit_columns(header)
        self.lines_title = QLabel(self.tr("This donation"), self)
        lines_box = QWidget(self)
        lines_layout = QVBoxLayout(lines_box)
        lines_layout.setContentsMargins(0, 0, 0, 0)
        lines_layout.addWidget(self.lines_title)
        lines_layout.addWidget(self.lines_view)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.panel, 1)
        left_layout.addLayout(entry)
        left_layout.addWidget(hint)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(lines_box)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([560, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(split, 1)
        # Ctrl+Z is the last scan's, in the quantity and code fields too; the notes keep their text undo.
        ScanUndoKeys(self, self.undo_last, keep_text_undo=[self.header.notes])
        ctx.watch(self, Change.STOCK | Change.CATALOGUE | Change.DONATIONS, self._changed_elsewhere)

    def title(self) -> str:
        return self.tr("Intake")

    def _fit_columns(self, header: QHeaderView) -> None:
        """Widths for what the short columns can hold, measured once. A column sized to its
        contents measures its rows after every change, and every scan changes a row: on a
        long donation that cost more than the scan itself."""
        font = self.lines_view.font()
        font.setBold(True)  # the scanned item's line is bold
        metrics = QFontMetrics(font)
        samples = {1: [show_qty(Decimal("99999.999"))], 2: [unit_label(unit) for unit in (*WHOLE_UNITS, "kg", "l")],
                   3: [show_date(date(2026, 12, 31))], 4: ["LOT-2026-00000"]}
        for column, texts in samples.items():
            title = str(self.lines_model.headerData(column, Qt.Orientation.Horizontal))
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, max(metrics.horizontalAdvance(text) for text in [*texts, title]) + 24)

    # -- the scan --------------------------------------------------------------------------------

    def activated(self) -> None:
        current_intake(self, self.ctx.actor).success(self._show_view).run(self.ctx.runner)
        self.qty.setFocus()

    def handle_scan(self, code: str) -> None:
        qty = self.qty.text().strip()
        self.qty.clear()
        self.receive_code(code, qty)

    def receive_code(self, code: str, qty: str = "", expiry: date | None = None, allow_expired: bool = False) -> None:
        offline, scanned_ns = self.ctx.offline, time.time_ns()
        if offline is not None and offline.active:  # the server is away, or earlier scans still wait
            self._keep_offline(code, qty, expiry, allow_expired, offline.new_uid(), scanned_ns)
            return
        uid = offline.new_uid() if offline is not None else None  # a server station's scans carry an id

        def failed(exc: BaseException, sentence: str) -> None:
            if uid is not None and is_unreachable(exc):  # perhaps committed, its answer lost: the id tells
                self._keep_offline(code, qty, expiry, allow_expired, uid, scanned_ns)
            else:
                self._refused(code, qty, exc, sentence)

        self._writing()
        receive_scan(self, self.ctx.actor, code, donation_id=self._donation_id(), qty=qty or None, expiry=expiry,
                     separators=self.ctx.settings.gs1_separators, allow_expired=allow_expired, scan_uid=uid) \
            .success(self._received).failure_with(failed).run(self.ctx.runner)

    def _keep_offline(self, code: str, qty: str, expiry: date | None, allow_expired: bool, uid: str,
                      scanned_ns: int) -> None:
        """The server is away: check the scan against this laptop's copy of the catalogue and keep
        it on disk to be sent later; a distinct blue panel and sound, never "received"."""
        offline = self.ctx.offline
        assert offline is not None
        separators = self.ctx.settings.gs1_separators
        try:
            check = offline.check(code, qty=qty or None, expiry=expiry, allow_expired=allow_expired,
                                  separators=separators)
            offline.keep(check, uid=uid, scanned_ns=scanned_ns, code=code, qty=qty or None,
                         allow_expired=allow_expired, donation_id=self._donation_id(), actor=self.ctx.actor,
                         separators=separators)
        except ExpiryNeeded as exc:  # the expiry dialog works offline; its answer comes back here
            self._ask_expiry(code, qty, exc.item_id, str(exc.params["item"]))
            return
        except ExpiredOnReceipt as exc:
            self._ask_expired(code, qty, exc, error_text(exc))
            return
        except WarehouseError as exc:  # unknown here, a wrong quantity, the laptop's disk: nothing kept
            self._show_refusal(error_text(exc), code)
            return
        self.last_kept = uid
        self.undo_stack.clear()  # Ctrl+Z now means this scan; scans sent before it stay as they are
        self.undo_button.setEnabled(True)
        self.panel.show_queued(check.item.name, self.tr("+{qty} {unit} kept").format(
            qty=show_qty(check.units), unit=unit_label(check.item.unit)))
        self.ctx.messages.clear_error()
        self.feedback.queued()
        self.kept.emit(uid)

    def _received(self, outcome: ScanOutcome) -> None:
        result = outcome.receipt
        self.last_kept = None
        self.undo_stack.append(result)
        if result.expiry:
            self.last_expiry[result.item_id] = result.expiry
        self._show_result(result, corrected=False)
        self.ctx.messages.clear_error()  # green now: an older red sentence is not about this scan
        if not result.weight_known:  # one line, not a block: the scan itself went through
            self.ctx.messages.show_message(
                self.tr("{item} has no unit weight: add it in the Catalogue (F4), or the truck papers "
                        "cannot weigh it.").format(item=result.item_name), "warning")
        self.feedback.ok()
        self._show_outcome(outcome)
        self.received.emit(result)

    def _show_result(self, result: ReceiveResult, corrected: bool) -> None:
        parts = []
        if result.expiry:
            parts.append(self.tr("expiry {date}").format(date=show_date(result.expiry)))
        if result.lot_code:
            parts.append(self.tr("lot {lot}").format(lot=result.lot_code))
        parts.append(self.tr("now {qty} {unit} at {place}").format(
            qty=show_qty(result.level_at_location), unit=unit_label(result.unit), place=place_name(result.location)))
        self.panel.show_ok(
            result.item_name,
            (self.tr("+{qty} {unit} (corrected)") if corrected else self.tr("+{qty} {unit} received")).format(
                qty=show_qty(result.quantity), unit=unit_label(result.unit)),
            " \u00b7 ".join(parts),
        )
        self.undo_button.setEnabled(True)

    def _refused(self, code: str, qty: str, exc: BaseException, sentence: str) -> None:
        if isinstance(exc, ExpiryNeeded):
            self._ask_expiry(code, qty, exc.item_id, str(exc.params["item"]))
        elif isinstance(exc, ExpiredOnReceipt):
            self._ask_expired(code, qty, exc, sentence)
        elif isinstance(exc, UnknownBarcode):
            offer_new_item(self, self.ctx, UnknownScan(code, exc.gtin, qty, self._donation_id()),
                           lambda outcome: self._new_item_answered(code, qty, outcome))
        else:
            self._show_refusal(sentence, code)

    def _ask_expired(self, code: str, qty: str, exc: ExpiredOnReceipt, sentence: str) -> None:
        """Expired goods come in only on Yes (the default is No; a scan never answers)."""
        answer = QMessageBox.question(
            self, self.tr("Expired goods"), sentence + "\n\n" + self.tr("Receive them anyway?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # Enter refuses: expired goods are received on purpose only
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.receive_code(code, qty, exc.expiry, allow_expired=True)
        else:
            self._show_refusal(self.tr("The goods are expired and were not received."), code)

    def _show_refusal(self, sentence: str, code: str = "") -> None:
        self.panel.show_error(sentence, code)
        self.feedback.error()
        self.ctx.messages.error(sentence)
        self.refused.emit(sentence)

    def _ask_expiry(self, code: str, qty: str, item_id: int, item_name: str) -> None:
        """Window-modal, answered by signal: the receipt with the date is asked for the moment
        the dialog closes, before the scan hub hands on a scan made in it (the next goods)."""
        dialog = ExpiryDialog(item_name, self.last_expiry.get(item_id), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._expiry_answered(code, qty, result, dialog.value))
        self.expiry_dialog = dialog
        dialog.open()

    def _expiry_answered(self, code: str, qty: str, result: int, value: date | None) -> None:
        self.expiry_dialog = None
        if result and value is not None:
            self.receive_code(code, qty, value)
        else:
            self._show_refusal(self.tr("No expiry date was given, so nothing was received."), code)

    def _new_item_answered(self, code: str, qty: str, outcome: NewItemOutcome | None) -> None:
        """The answer of the new-item form (see new_item.py) for an unknown barcode."""
        if outcome is None:
            self._show_refusal(self.tr("The new item was not added, so nothing was received."), code)
        elif isinstance(outcome, NewItemNeedsExpiry):
            self._ask_expiry(code, qty, outcome.item.id, outcome.item.name)
        else:
            self._received(outcome.scan)

    # -- corrections --------------------------------------------------------------------------------

    def _code_entered(self) -> None:
        code = self.code.text().strip()
        if code:
            self.code.clear()
            self.handle_scan(code)
            self.qty.setFocus()

    def _quantity_entered(self) -> None:
        text = self.qty.text().strip()
        if not text:
            return
        if self.last_kept is not None:
            self.qty.clear()
            self._show_refusal(self.tr("The last scan is kept on this laptop until the server is back, so its "
                                       "quantity cannot be changed: undo it (Ctrl+Z) and scan again with the "
                                       "quantity typed first."))
            return
        if not self.undo_stack:
            self.ctx.messages.show_message(self.tr("Now scan the goods: the quantity {qty} is used for the next scan.")
                                           .format(qty=text), "info")
            return
        self.qty.clear()
        self._writing()
        correct_quantity(self, self.ctx.actor, self.undo_stack[-1], text) \
            .success(self._corrected).failure(self._show_refusal).run(self.ctx.runner)

    def _corrected(self, outcome: ScanOutcome) -> None:
        self.undo_stack[-1] = outcome.receipt
        self._show_result(outcome.receipt, corrected=True)
        self.feedback.ok()
        self._show_outcome(outcome)

    def undo_last(self) -> None:
        if self.last_kept is not None and self.ctx.offline is not None:
            uid, self.last_kept = self.last_kept, None
            self.undo_button.setEnabled(False)
            if self.ctx.offline.withdraw(uid):
                self.panel.show_undo(self.tr("Undone: the last kept scan"),
                                     self.tr("It was taken off this laptop and will not be sent."))
            else:
                self._show_refusal(self.tr("The last scan has been sent to the server already, so it cannot be "
                                           "undone here."))
            return
        if not self.undo_stack:
            self.ctx.messages.show_message(self.tr("There is no scan to undo."), "info")
            return
        last = self.undo_stack.pop()
        self.undo_button.setEnabled(bool(self.undo_stack))

        def done(line: DonationLine) -> None:
            self.panel.show_undo(
                self.tr("Undone: {item}").format(item=last.item_name),
                self.tr("{qty} {unit} taken back off the donation.").format(
                    qty=show_qty(last.quantity), unit=unit_label(last.unit)),
            )
            if last.donation_id == self._donation_id():  # else that donation is no longer on screen
                self._show_line(line)

        def failed(sentence: str) -> None:
            self.undo_stack.append(last)
            self.undo_button.setEnabled(True)
            self._show_refusal(sentence)

        self._writing()
        undo_scan(self, self.ctx.actor, last).success(done).failure(failed).run(self.ctx.runner)

    # -- the donation -------------------------------------------------------------------------------

    def _donation_id(self) -> int | None:
        return self.header.donation.id if self.header.donation else None

    def _show_view(self, view: IntakeView, highlight: int | None = None) -> None:
        self._shown += 1
        self.header.show_donation(view.donation)
        self.lines_model.set_lines(list(view.lines), highlight)
        self._count_lines()
        if highlight is not None and (row := self.lines_model.row_of_item(highlight)) is not None:
            self.lines_view.scrollTo(self.lines_model.index(row, 0))

    def _show_outcome(self, outcome: ScanOutcome) -> None:
        """A scan's answer: its one line into the donation on screen, or the whole donation it went into."""
        highlight = outcome.receipt.item_id
        if outcome.view is not None:
            self._show_view(outcome.view, highlight)
        elif outcome.receipt.donation_id == self._donation_id():
            self._show_line(outcome.line, highlight)
        else:  # the screen went on to another donation meanwhile: show what it is now
            self._writing()
            current_intake(self, self.ctx.actor).success(self._show_view).run(self.ctx.runner)

    def _show_line(self, line: DonationLine, highlight: int | None = None) -> None:
        """One line changed (a scan, a correction, an undo): that row, not the whole table."""
        self._shown += 1
        row = self.lines_model.apply_line(line, highlight)
        self._count_lines()
        if row is not None:
            self.lines_view.scrollTo(self.lines_model.index(row, 0))

    def _count_lines(self) -> None:
        self.lines_title.setText(self.tr("This donation: %n line(s)", "", self.lines_model.rowCount()))

    def _writing(self) -> None:
        """A write of this screen is on its way: a refresh read before it answers is out of date."""
        self._shown += 1

    def _changed_elsewhere(self) -> None:
        """Another window changed items, stock or donations: show the donation as it now is
        (a hidden screen reloads when it is next shown). An answer overtaken by this
        screen's own writes is dropped: their answers carry the newer state."""
        if not self.isVisible():
            return
        asked = self._shown

        def show(view: IntakeView) -> None:
            if self._shown == asked:
                self._show_view(view)

        current_intake(self, self.ctx.actor).success(show).run(self.ctx.runner)

    def _save_header(self, field: str, text: str) -> None:
        self._writing()
        edit_header(self, self.ctx.actor, self._donation_id(), field, text).success(self._show_view) \
            .run(self.ctx.runner)

    def trace_donation(self, number: str) -> TraceView:
        """"Where did it go?": the donation's goods by state, in a window of their own."""
        from warehouse_app.ui.widgets.trace_view import TraceView

        self.trace_view = TraceView.open_donation(self.ctx, self.window(), number)
        return self.trace_view

    def _search_donors(self, text: str) -> None:
        find_donors(self, text).success(self.header.set_donor_matches).run(self.ctx.runner)

    def _close_donation(self) -> None:
        donation = self.header.donation
        if donation is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Close donation"),
            self.tr("Close donation {number}? Its lines stay in the stock; the next scan opens a new donation.")
            .format(number=donation.number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # Enter keeps the donation open: closing is a write
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(info: DonationInfo) -> None:
            self.undo_stack.clear()
            self.undo_button.setEnabled(False)
            self._show_view(IntakeView(None))
            self.panel.show_idle()
            self.ctx.messages.success(self.tr("Donation {number} is closed.").format(number=info.number))

        self._writing()
        close_donation(self, donation.id).success(done).run(self.ctx.runner)
