"""Intake: scan donated goods in, one committed movement per scan, no save button to forget."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
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
from sqlalchemy.orm import Session

from warehouse_app.core.intake.donations import (
    DonationInfo,
    close_donation,
    current_donation,
    get_donation,
    open_donation,
    search_donors,
    update_donation,
)
from warehouse_app.core.intake.receiving import ReceiveResult, correct_receipt
from warehouse_app.core.stock.changes import reverse
from warehouse_app.kernel.errors import ExpiryNeeded, UnknownBarcode
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.formats import place_name, show_date, show_qty
from warehouse_app.ui.base.sounds import Feedback
from warehouse_app.ui.base.units import unit_label
from warehouse_app.ui.screens.intake.donation_header import DonationHeader
from warehouse_app.ui.screens.intake.last_scan import LastScanPanel
from warehouse_app.ui.screens.intake.lines_model import DonationLinesModel
from warehouse_app.ui.screens.intake.state import IntakeState, after_scan, intake_state, receive_into_current
from warehouse_app.ui.screens.screen import Screen
from warehouse_app.ui.widgets.expiry_dialog import ExpiryDialog


class IntakeScreen(Screen):
    received = Signal(object)  # ReceiveResult, once the scan is committed
    refused = Signal(str)  # the sentence shown for a scan that changed nothing

    def __init__(self, ctx: AppContext, feedback: Feedback | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("intake")
        self.feedback = feedback or Feedback(ctx.settings.sound, self)
        self.undo_stack: list[ReceiveResult] = []
        self.last_expiry: dict[int, date] = {}

        self.header = DonationHeader(self)
        self.header.edited.connect(self._save_header)
        self.header.close_requested.connect(self._close_donation)
        self.header.donor_search.connect(self._search_donors)
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
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo_last)

        entry = QGridLayout()
        entry.addWidget(QLabel(self.tr("Quantity:")), 0, 0)
        entry.addWidget(self.qty, 0, 1)
        entry.addWidget(self.undo_button, 0, 3)
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
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
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

    def title(self) -> str:
        return self.tr("Intake")

    # -- the scan --------------------------------------------------------------------------------

    def activated(self) -> None:
        actor = self.ctx.actor
        self.ctx.runner.read(lambda s: intake_state(s, current_donation(s, actor)), self._show_state)
        self.qty.setFocus()

    def handle_scan(self, code: str) -> None:
        qty = self.qty.text().strip()
        self.qty.clear()
        self.receive_code(code, qty)

    def receive_code(self, code: str, qty: str = "", expiry: date | None = None) -> None:
        actor, separators = self.ctx.actor, self.ctx.settings.gs1_separators
        donation_id = self.header.donation.id if self.header.donation else None

        def work(s: Session) -> IntakeState:
            result = receive_into_current(s, actor, code, donation_id=donation_id, qty=qty or None, expiry=expiry,
                                          separators=separators)
            return after_scan(s, result)

        self.ctx.runner.write(work, self._received, on_exception=lambda e, m: self._refused(code, qty, e, m))

    def _received(self, state: IntakeState) -> None:
        result = state.result
        assert result is not None
        self.undo_stack.append(result)
        if result.expiry:
            self.last_expiry[result.item_id] = result.expiry
        self._show_result(result, corrected=False)
        self.feedback.ok()
        self._show_state(state, highlight=result.item_id)
        self.ctx.stock_changed.emit()
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
            self._ask_expiry(code, qty, exc)
            return
        if isinstance(exc, UnknownBarcode) and self._offer_new_item(code, qty, exc):
            return
        self._show_refusal(sentence, code)

    def _show_refusal(self, sentence: str, code: str = "") -> None:
        self.panel.show_error(sentence, code)
        self.feedback.error()
        self.ctx.messages.error(sentence)
        self.refused.emit(sentence)

    def _ask_expiry(self, code: str, qty: str, exc: ExpiryNeeded) -> None:
        dialog = ExpiryDialog(str(exc.params["item"]), self.last_expiry.get(exc.item_id), self)
        if dialog.exec() and dialog.value is not None:
            self.receive_code(code, qty, dialog.value)
        else:
            self._show_refusal(self.tr("No expiry date was given, so nothing was received."), code)

    def _offer_new_item(self, code: str, qty: str, exc: UnknownBarcode) -> bool:
        """An unknown barcode: name the goods now and receive them (see new_item.py)."""
        from warehouse_app.ui.screens.intake.new_item import offer_new_item

        return offer_new_item(self, code, qty, exc.gtin)

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
        if not self.undo_stack:
            self.ctx.messages.show_message(self.tr("Now scan the goods: the quantity {qty} is used for the next scan.")
                                           .format(qty=text), "info")
            return
        self.qty.clear()
        last = self.undo_stack[-1]
        actor = self.ctx.actor

        def work(s: Session) -> IntakeState:
            return after_scan(s, correct_receipt(s, actor, last.movement_id, text))

        def done(state: IntakeState) -> None:
            assert state.result is not None
            self.undo_stack[-1] = state.result
            self._show_result(state.result, corrected=True)
            self.feedback.ok()
            self._show_state(state, highlight=state.result.item_id)
            self.ctx.stock_changed.emit()

        self.ctx.runner.write(work, done, self._show_refusal)

    def undo_last(self) -> None:
        if not self.undo_stack:
            self.ctx.messages.show_message(self.tr("There is no scan to undo."), "info")
            return
        last = self.undo_stack.pop()
        self.undo_button.setEnabled(bool(self.undo_stack))
        actor = self.ctx.actor

        def work(s: Session) -> IntakeState:
            reverse(s, actor, last.movement_id, "scan undone at intake")
            return intake_state(s, get_donation(s, last.donation_id))

        def done(state: IntakeState) -> None:
            self.panel.show_undo(
                self.tr("Undone: {item}").format(item=last.item_name),
                self.tr("{qty} {unit} taken back off the donation.").format(
                    qty=show_qty(last.quantity), unit=unit_label(last.unit)),
            )
            self._show_state(state)
            self.ctx.stock_changed.emit()

        def failed(sentence: str) -> None:
            self.undo_stack.append(last)
            self.undo_button.setEnabled(True)
            self._show_refusal(sentence)

        self.ctx.runner.write(work, done, failed)

    # -- the donation -------------------------------------------------------------------------------

    def _show_state(self, state: IntakeState, highlight: int | None = None) -> None:
        self.header.show_donation(state.donation)
        self.lines_model.set_lines(state.lines, highlight)
        count = len(state.lines)
        self.lines_title.setText(self.tr("This donation: %n line(s)", "", count))
        if highlight is not None and (row := self.lines_model.row_of_item(highlight)) is not None:
            self.lines_view.scrollTo(self.lines_model.index(row, 0))

    def _save_header(self, field: str, text: str) -> None:
        actor = self.ctx.actor
        donation = self.header.donation

        def work(s: Session) -> IntakeState:
            info = (update_donation(s, donation.id, **{field: text}) if donation
                    else open_donation(s, actor, **{field: text}))
            return intake_state(s, info)

        self.ctx.runner.write(work, self._show_state)

    def _search_donors(self, text: str) -> None:
        self.ctx.runner.read(lambda s: search_donors(s, text), self.header.set_donor_matches)

    def _close_donation(self) -> None:
        donation = self.header.donation
        if donation is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Close donation"),
            self.tr("Close donation {number}? Its lines stay in the stock; the next scan opens a new donation.")
            .format(number=donation.number),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(info: DonationInfo) -> None:
            self.undo_stack.clear()
            self.undo_button.setEnabled(False)
            self._show_state(IntakeState(None, []))
            self.panel.show_idle()
            self.ctx.messages.success(self.tr("Donation {number} is closed.").format(number=info.number))

        self.ctx.runner.write(lambda s: close_donation(s, donation.id), done)

