"""Put away: scan a place's label, then goods, and they move there, one committed ledger
row per scan (core.intake.putaway); the Places tab manages the places themselves.

A place label (LC…) becomes the target, shown big ("Putting away to: Storage › Rack A");
every scan of goods after it moves one unit, the scanned pack's units or the number typed
first, from Receiving (or the one place the goods lie; in several, a question, first expiry
first) to the target, with the intake's feedback: a beep, a flash, the last scan big.
Ctrl+Z takes back the last put-away by reversal rows. "Move all from Receiving…" moves a
donation's goods still at Receiving in one go. A box or pallet label is refused with a
sentence: containers stand where packing and loading put them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.core.intake.putaway import (
    DonationPutAway,
    PutAway,
    PutAwayScan,
    SeveralPlaces,
    Undone,
    scan_kind,
)
from warehouse_app.core.stock.places import Target
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.formats import place_name, show_date, show_qty
from warehouse_app.ui.base.sounds import Feedback
from warehouse_app.ui.base.units import unit_label
from warehouse_app.ui.operations.putaway import move_donation, put_away, target_place, undo_put_away
from warehouse_app.ui.screens.putaway.donation_dialog import DonationDialog
from warehouse_app.ui.screens.putaway.places_tab import PlacesTab
from warehouse_app.ui.screens.putaway.source_dialog import SourceDialog
from warehouse_app.ui.screens.screen import Screen
from warehouse_app.ui.widgets.last_scan import LastScanPanel
from warehouse_app.ui.widgets.scan_undo import ScanUndoKeys

RECENT = 50  # put-aways listed on screen


class PutAwayScreen(Screen):
    moved = Signal(object)  # PutAway or DonationPutAway, once committed
    refused = Signal(str)  # the sentence shown for a scan that changed nothing

    def __init__(self, ctx: AppContext, feedback: Feedback | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("putaway")
        self.feedback = feedback or Feedback(ctx.settings.sound, self)
        self.target: Target | None = None
        self.undo_stack: list[tuple[str, tuple[int, ...]]] = []  # (what it was, its ledger rows)
        self.source_dialog: SourceDialog | None = None
        self.donation_dialog: DonationDialog | None = None

        self.target_label = QLabel(self)
        self.target_label.setObjectName("putawayTarget")
        self.target_label.setWordWrap(True)
        self.target_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.target_label.font()
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.target_label.setFont(font)
        self.target_label.setMinimumHeight(90)
        self.panel = LastScanPanel(self)
        self.qty = self._field("quantityField", "1", 2.0)
        self.qty.setMaximumWidth(160)
        self.qty.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.qty.returnPressed.connect(self._quantity_entered)
        self.code = self._field("codeField", self.tr("Type a barcode or label code and press Enter"), 1.5)
        self.code.returnPressed.connect(self._code_entered)
        self.undo_button = QPushButton(self.tr("Undo last put-away (Ctrl+Z)"), self)
        self.undo_button.setObjectName("undoPutAway")
        self.undo_button.clicked.connect(self.undo_last)
        self.undo_button.setEnabled(False)
        self.all_button = QPushButton(self.tr("Move all from Receiving\u2026"), self)
        self.all_button.setObjectName("moveAllFromReceiving")
        self.all_button.clicked.connect(self.move_all)
        entry = QFormLayout()
        top = QHBoxLayout()
        top.addWidget(self.qty)
        top.addStretch(1)
        top.addWidget(self.undo_button)
        entry.addRow(self.tr("Quantity:"), top)
        entry.addRow(self.tr("Code:"), self.code)
        hint = QLabel(self.tr("Scan a place label first, then the goods: each scan moves one (or the scanned pack, "
                              "or the number typed first) from Receiving to that place."), self)
        hint.setWordWrap(True)
        hint.setStyleSheet("color:#555;")

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.target_label)
        left_layout.addWidget(self.panel, 1)
        left_layout.addLayout(entry)
        left_layout.addWidget(hint)
        self.recent = QListWidget(self)
        self.recent.setObjectName("recentPutAways")
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent.setWordWrap(True)  # the whole line, never scrolled sideways
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.all_button)
        right_layout.addWidget(QLabel(self.tr("Put away at this station"), self))
        right_layout.addWidget(self.recent, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.work = split
        self.places = PlacesTab(ctx, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("putawayTabs")
        self.tabs.addTab(split, self.tr("Put away"))
        self.tabs.addTab(self.places, self.tr("Places"))
        self.tabs.currentChanged.connect(lambda index: self.places.refresh() if index == 1 else None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        ScanUndoKeys(self, self.undo_last)
        self._show_target()

    def _field(self, name: str, placeholder: str, scale: float) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setPlaceholderText(placeholder)
        font = field.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        field.setFont(font)
        return field

    def title(self) -> str:
        return self.tr("Put away")

    def activated(self) -> None:
        if self.tabs.currentIndex() == 1:
            self.places.refresh()
        else:
            self.qty.setFocus()

    # -- the scan --------------------------------------------------------------------------------

    def handle_scan(self, code: str) -> None:
        self.tabs.setCurrentIndex(0)  # a scan is put-away work: show its answer
        qty = self.qty.text().strip()
        self.qty.clear()
        kind = scan_kind(code)
        if kind is PutAwayScan.PLACE:
            target_place(self, code).success(self._new_target) \
                .failure(lambda sentence: self._show_refusal(sentence, code)).run(self.ctx.runner)
        elif kind is PutAwayScan.CONTAINER:
            self._show_refusal(self.tr("{code} is a box, pallet or truck label. Boxes and pallets stand where packing "
                                       "and loading put them (the Trucks screen); here, scan loose goods.")
                               .format(code=code), code)
        elif self.target is None:
            self._show_refusal(self.tr("Scan a place label (LC\u2026) first: it says where the goods go."), code)
        else:
            self.put_away(code, qty)

    def put_away(self, code: str, qty: str = "", source: str | None = None) -> None:
        assert self.target is not None
        put_away(self, self.ctx.actor, code, self.target.place.code, qty=qty or None, source=source) \
            .success(self._moved).failure_with(lambda exc, sentence: self._failed(code, qty, exc, sentence)) \
            .run(self.ctx.runner)

    def _new_target(self, target: Target) -> None:
        self.target = target
        self._show_target()
        self.panel.show_ok(self.tr("Putting away to"), self._trail(target), self.tr("Now scan the goods."))
        self.ctx.messages.clear_error()
        self.feedback.ok()

    @staticmethod
    def _trail(target: Target) -> str:
        return " \u203a ".join(place_name(name) for name in target.trail)

    def _show_target(self) -> None:
        if self.target is None:
            self.target_label.setText(self.tr("Scan a place label (LC\u2026) to choose where the goods go"))
            self.target_label.setStyleSheet("color:#7a4b00; background:#fff4e0; border-radius:8px; padding:8px;")
        else:
            self.target_label.setText(self.tr("Putting away to: {place}").format(place=self._trail(self.target)))
            self.target_label.setStyleSheet("color:#0b3d6b; background:#e4eefb; border-radius:8px; padding:8px;")
        self.all_button.setEnabled(self.target is not None)

    def _moved(self, done: PutAway) -> None:
        self.undo_stack.append((done.item_name, done.movement_ids))
        self.undo_button.setEnabled(True)
        expiries = sorted({line.expiry for line in done.lines if line.expiry is not None})
        details = [self.tr("from {place}").format(place=place_name(done.source))]
        if expiries:
            details.append(self.tr("expiry {date}").format(date=", ".join(show_date(e) for e in expiries)))
        details.append(self.tr("now {qty} {unit} at {place}").format(
            qty=show_qty(done.at_target), unit=unit_label(done.unit), place=place_name(done.target.place.name)))
        moved = self.tr("{qty} {unit} put away").format(qty=show_qty(done.quantity), unit=unit_label(done.unit))
        self.panel.show_ok(done.item_name, moved, " \u00b7 ".join(details))
        self._remember(f"{done.item_name}: {moved} \u2192 {place_name(done.target.place.name)}")
        self.ctx.messages.clear_error()
        self.feedback.ok()
        self.moved.emit(done)

    def _remember(self, line: str) -> None:
        self.recent.insertItem(0, line)
        while self.recent.count() > RECENT:
            self.recent.takeItem(self.recent.count() - 1)

    def _failed(self, code: str, qty: str, exc: BaseException, sentence: str) -> None:
        if isinstance(exc, SeveralPlaces):
            self._ask_source(code, qty, exc)
        else:
            self._show_refusal(sentence, code)

    def _ask_source(self, code: str, qty: str, exc: SeveralPlaces) -> None:
        """Window-modal, answered by signal: a scan made while it is open is held by the scan
        hub and handed on after the answer, so this put-away is asked for first."""
        dialog = SourceDialog(str(exc.params["item"]), exc.places, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._source_answered(code, qty, result, dialog.chosen().place.code))
        self.source_dialog = dialog
        dialog.open()

    def _source_answered(self, code: str, qty: str, result: int, source: str) -> None:
        self.source_dialog = None
        if result:
            self.put_away(code, qty, source)
        else:
            self._show_refusal(self.tr("No place was chosen, so nothing was moved."), code)

    def _show_refusal(self, sentence: str, code: str = "") -> None:
        self.panel.show_error(sentence, code, self.tr("Not moved"))
        self.feedback.error()
        self.ctx.messages.error(sentence)
        self.refused.emit(sentence)

    def _quantity_entered(self) -> None:
        """A number and Enter: it waits for the next scan (the intake's own sentence)."""
        if text := self.qty.text().strip():
            self.ctx.messages.show_message(QCoreApplication.translate(
                "IntakeScreen", "Now scan the goods: the quantity {qty} is used for the next scan.").format(qty=text),
                "info")

    def _code_entered(self) -> None:
        """A code typed by hand and Enter: as a scan; the quantity field is next."""
        code = self.code.text().strip()
        self.code.clear()
        self.qty.setFocus()
        if code:
            self.handle_scan(code)

    # -- undo and a whole donation ---------------------------------------------------------------

    def undo_last(self) -> None:
        if not self.undo_stack:
            self.ctx.messages.show_message(self.tr("There is no put-away to undo."), "info")
            return
        what, rows = self.undo_stack.pop()
        self.undo_button.setEnabled(bool(self.undo_stack))

        def done(_undone: Undone) -> None:
            self.panel.show_undo(self.tr("Undone: {item}").format(item=what),
                                 self.tr("The goods are back where they were."))
            self._remember(self.tr("Undone: {item}").format(item=what))

        def failed(sentence: str) -> None:
            self.undo_stack.append((what, rows))
            self.undo_button.setEnabled(True)
            self._show_refusal(sentence)

        undo_put_away(self, self.ctx.actor, rows).success(done).failure(failed).run(self.ctx.runner)

    def move_all(self) -> DonationDialog | None:
        """Pick a donation and move everything of it still at Receiving to the target."""
        if self.target is None:
            return None
        target = self.target
        dialog = DonationDialog(self.ctx, self._trail(target), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: self._donation_answered(result, dialog.number, target))
        self.donation_dialog = dialog
        dialog.open()
        return dialog

    def _donation_answered(self, result: int, number: str | None, target: Target) -> None:
        self.donation_dialog = None
        if result and number:
            move_donation(self, self.ctx.actor, number, target.place.code).success(self._donation_moved) \
                .failure(self._show_refusal).run(self.ctx.runner)

    def _donation_moved(self, done: DonationPutAway) -> None:
        what = self.tr("donation {number}").format(number=done.number)
        self.undo_stack.append((what, done.movement_ids))
        self.undo_button.setEnabled(True)
        lines = self.tr("%n line(s) moved", "", len(done.lines))
        self.panel.show_ok(what, lines, self.tr("now at {place}").format(place=self._trail(done.target)))
        self._remember(f"{what}: {lines} \u2192 {place_name(done.target.place.name)}")
        self.feedback.ok()
        self.moved.emit(done)
