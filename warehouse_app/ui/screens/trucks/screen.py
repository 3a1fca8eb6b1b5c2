"""Trucks (F5): plan a truck, load it by scanning, watch the totals, print its papers, dispatch;
at a receiving hub, check an arriving truck in.

Left: the trucks. Right: where the next scan goes (and Load / Unload), the big
last-scan panel, then three tabs: the selected truck (header, load, totals, buttons),
Boxes & pallets, and Arrival (arrival_panel.py). A scan goes to the tab in front: onto
the truck, into the active box, or checked in on the chosen arriving truck. Every action
is one operation (ui/operations/trucks.py, boxes.py, arrival.py); a load or pack scan's
write answers with what moved (the feedback comes at once) and the lists are read after
it committed, so the write holds the database's writer lock only for itself. The screen,
its tabs and its buttons are one initiator: the operations they start are owned by the
screen, which refreshes only for what other screens changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.core.access import roles
from warehouse_app.core.shipping.shelf_life import LotOnHand
from warehouse_app.core.shipping.shipments import LoadResult, ShelfLifeTooShort
from warehouse_app.core.shipping.truck_loading import ScanTarget, TrucksState, TruckView, scan_target
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.export_job import ExportPanel
from warehouse_app.ui.base.formats import show_qty
from warehouse_app.ui.base.lifetime import Newest
from warehouse_app.ui.base.sounds import Feedback
from warehouse_app.ui.base.tasks import Change
from warehouse_app.ui.base.texts import notice_text
from warehouse_app.ui.base.units import unit_label
from warehouse_app.ui.operations import trucks as truck_ops
from warehouse_app.ui.screens.screen import Screen
from warehouse_app.ui.screens.trucks.arrival_panel import ArrivalPanel
from warehouse_app.ui.screens.trucks.boxes_panel import BoxesPanel, DoneScan
from warehouse_app.ui.screens.trucks.load_rows import truck_rows
from warehouse_app.ui.screens.trucks.lot_dialog import LotDialog
from warehouse_app.ui.screens.trucks.pick_list_dialog import open_pick_list
from warehouse_app.ui.screens.trucks.rows_model import KEY_ROLE, RowsModel, kg
from warehouse_app.ui.screens.trucks.scan_bar import ScanBar
from warehouse_app.ui.screens.trucks.truck_actions import TruckActions
from warehouse_app.ui.screens.trucks.truck_files import TruckFiles
from warehouse_app.ui.screens.trucks.truck_pane import TruckPane, table
from warehouse_app.ui.screens.trucks.truck_papers import TruckPapers
from warehouse_app.ui.widgets.camera_view import CameraButton
from warehouse_app.ui.widgets.scan_undo import ScanUndoKeys
from warehouse_app.ui.widgets.trace_view import TraceView


class TrucksScreen(Screen):
    loaded = Signal(object)  # LoadResult, once committed (load or unload)
    refused = Signal(str)  # the sentence shown for a scan that changed nothing
    shown = Signal()  # a state read from the database is on screen

    def __init__(self, ctx: AppContext, feedback: Feedback | None = None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("trucks")
        self.feedback = feedback or Feedback(ctx.settings.sound, self)
        self.selected: str | None = None
        self._selecting = False
        self.undo_stack: list[DoneScan] = []  # committed scans, newest last (Ctrl+Z takes one back)
        self.override_dialog: QInputDialog | None = None  # open while a manager is asked why
        self.lot_dialog: LotDialog | None = None  # open while the loader chooses a lot

        self.trucks_model = RowsModel([self.tr("Truck"), self.tr("Destination"), self.tr("Status"),
                                       self.tr("Packages"), self.tr("Gross kg")], {3, 4}, self)
        self.trucks_view = table(self.trucks_model, self, "truckList", 1)
        self.trucks_view.selectionModel().selectionChanged.connect(self._truck_picked)
        self.new_button = QPushButton(self.tr("New truck\u2026"), self)
        self.new_button.setObjectName("newTruck")
        self.new_button.setMinimumHeight(36)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(QLabel(self.tr("Trucks"), self))
        left_layout.addWidget(self.trucks_view, 1)
        left_layout.addWidget(self.new_button)

        self.scan_bar = ScanBar(self)
        self.scan_bar.code_entered.connect(self.handle_scan)
        self.scan_bar.mode_changed.connect(self._update_target)
        self.scan_bar.add_tool(CameraButton(ctx, self.scan_bar))
        self.pane = TruckPane(ctx.lang, self, may_plan=ctx.may(roles.PLAN_TRUCKS),
                              may_dispatch=ctx.may(roles.DISPATCH))
        self.boxes = BoxesPanel(ctx, self, self, initiator=self)
        self.boxes.active_changed.connect(self._update_target)
        self.boxes.scan_done.connect(self.undo_stack.append)
        self.export_panel = ExportPanel(ctx, self)
        self.arrival = ArrivalPanel(ctx, self, self.export_panel, self, initiator=self)
        self.arrival.changed.connect(self._update_target)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.pane, self.tr("Load truck"))
        self.tabs.addTab(self.boxes, self.tr("Boxes && pallets"))
        self.tabs.addTab(self.arrival, self.tr("Arrival"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self._newest = Newest()
        self.actions = TruckActions(ctx, self, self._current_view)
        self.actions.saved.connect(self._truck_saved)
        self.actions.dispatched.connect(self.show_state)
        self.new_button.clicked.connect(self.actions.new_truck)
        self.pane.edit_requested.connect(self.actions.edit_truck)
        self.pane.dispatch_requested.connect(self.actions.dispatch)
        self.papers = TruckPapers(ctx, self.export_panel, self._current_number, self)
        self.pane.packing_list_requested.connect(self.papers.print_packing_list)
        self.pane.labels_requested.connect(self.papers.print_labels)
        self.pane.manifest_requested.connect(self.papers.export_manifest)
        self.pane.cmr_requested.connect(self.papers.print_cmr)
        self.boxes.print_label_requested.connect(self.papers.print_container_label)
        self.pane.donors_requested.connect(self.show_donors)
        self.pane.pick_list_requested.connect(lambda: open_pick_list(ctx, self, self._current_number()))
        self.files = TruckFiles(ctx, self, self.export_panel, self._current_number)
        self.pane.truck_file_requested.connect(self.files.write_truck_file)
        self.pane.confirmation_requested.connect(self.files.ask_confirmation)
        self.files.delivered.connect(self.refresh)
        self.trace_view: TraceView | None = None  # the last one opened (tests look at it)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.scan_bar)
        right_layout.addWidget(self.tabs, 1)
        right_layout.addWidget(self.export_panel)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([390, 970])
        layout = QHBoxLayout(self)
        layout.addWidget(split)
        self._refresh_timer = QTimer(self, singleShot=True, interval=100, timeout=self.refresh)
        ctx.watch(self, Change.STOCK | Change.TRUCKS, self._changed_elsewhere)
        ScanUndoKeys(self, self.undo_last)  # Ctrl+Z is the last scan's, in the quantity field too
        self._update_target()

    def title(self) -> str:
        return self.tr("Trucks")

    # -- reading and showing ---------------------------------------------------------------------

    def activated(self) -> None:
        self.refresh()
        self.boxes.refresh()
        self.scan_bar.qty.setFocus()

    def refresh(self) -> None:
        truck_ops.trucks(self, self.selected).success(self._newest.refresh(self.show_state)).failure(
            self.ctx.messages.error).run(self.ctx.runner)
        if self.tabs.currentWidget() is self.arrival:  # check-ins made elsewhere show here too
            self.arrival.refresh()

    def _read_after_scan(self, highlight: str = "", then: Callable[[], None] | None = None) -> None:
        """After a scan committed: the trucks and the selected truck's load, in a read of their
        own (one a later answer has overtaken is not shown), then ``then``."""
        show = self._newest.refresh(lambda state: self.show_state(state, highlight))

        def answer(state: TrucksState) -> None:
            show(state)
            if then is not None:
                then()

        truck_ops.trucks(self, self.selected).success(answer).failure(self.ctx.messages.error).run(self.ctx.runner)

    def _current_view(self) -> TruckView | None:
        return self.pane.view

    def _current_number(self) -> str | None:
        return self.pane.view.number if self.pane.view else None

    def show_donors(self) -> None:
        """"Donors on this truck…": the donations and donors its load came from."""
        if number := self._current_number():
            self.trace_view = TraceView.open_truck(self.ctx, self.window(), number)

    def show_state(self, state: TrucksState, highlight: str = "") -> None:
        self._selecting = True
        try:
            self.trucks_model.set_rows(truck_rows(state.trucks, state.delivered))
            self.selected = state.view.number if state.view else None
            row = self.trucks_model.row_of(self.selected or "")
            if row is not None:
                self.trucks_view.selectionModel().select(
                    self.trucks_model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._selecting = False
        self.pane.show_view(state.view, highlight)
        self._update_target()
        self.shown.emit()

    def select_truck(self, number: str | None) -> None:
        self.selected = number
        self.refresh()

    def _truck_picked(self, selected: QItemSelection, _old: QItemSelection) -> None:
        if self._selecting or not selected.indexes():
            return
        number = str(selected.indexes()[0].data(KEY_ROLE))
        if number != self.selected:
            self.tabs.setCurrentWidget(self.pane)
            self.select_truck(number)

    def _tab_changed(self, _index: int) -> None:
        self.scan_bar.load_button.setChecked(True)  # a new tab starts adding, never silently taking away
        if self.tabs.currentWidget() is self.boxes:
            self.boxes.refresh()
        if self.tabs.currentWidget() is self.arrival:
            self.arrival.refresh()
        self._update_target()

    def _update_target(self) -> None:
        on_arrival = self.tabs.currentWidget() is self.arrival
        self.scan_bar.use_quantity(not on_arrival)
        if on_arrival:
            self.scan_bar.name_modes(self.tr("Received"), self.tr("Damaged"))
            self.scan_bar.set_target(*self.arrival.target(self.scan_bar.unloading))
            return
        on_boxes = self.tabs.currentWidget() is self.boxes
        self.scan_bar.name_modes(*((self.tr("Pack"), self.tr("Take out")) if on_boxes
                                   else (self.tr("Load"), self.tr("Unload"))))
        if not self.ctx.may(roles.PACK if on_boxes else roles.LOAD):  # said before a scan, not after it
            self.scan_bar.set_target(self.tr("Only a loader or a manager can pack boxes or load trucks: a scan "
                                             "here is refused.") if on_boxes else
                                     self.tr("Only a loader or a manager can load or unload trucks: a scan here "
                                             "is refused."), "locked", False)
            return
        if on_boxes:
            self.scan_bar.set_target(self.boxes.target_text(self.scan_bar.unloading),
                                     "unload" if self.scan_bar.unloading else "box", self.boxes.active is not None)
            return
        view = self.pane.view
        target = scan_target(view, self.scan_bar.unloading)
        if view is None or target is ScanTarget.NO_TRUCK:
            self.scan_bar.set_target(self.tr("Choose a truck on the left before scanning."), target.value, False)
        elif target is ScanTarget.LEFT:
            self.scan_bar.set_target(self.tr("Truck {number} has left: nothing can be loaded or unloaded.")
                                     .format(number=view.number), target.value, False)
        elif target is ScanTarget.UNLOAD:
            self.scan_bar.set_target(self.tr("Next scan is UNLOADED from truck {number}.")
                                     .format(number=view.number), target.value, True)
        else:
            self.scan_bar.set_target(self.tr("Next scan is LOADED onto truck {number} ({city}).")
                                     .format(number=view.number, city=view.load.truck.city), target.value, True)

    def _changed_elsewhere(self) -> None:
        """Another screen moved stock or changed a truck: read again (once, shortly) if in sight."""
        if self.isVisible():
            self._refresh_timer.start()

    def _truck_saved(self, state: TrucksState) -> None:
        self.tabs.setCurrentWidget(self.pane)
        self.show_state(state)

    # -- scans -------------------------------------------------------------------------------------

    def handle_scan(self, code: str) -> None:
        qty = self.scan_bar.take_quantity()
        if self.tabs.currentWidget() is self.arrival:
            damaged = self.scan_bar.unloading
            self.scan_bar.load_button.setChecked(True)  # Damaged is for one package: a slip never marks the next
            self.arrival.handle_scan(code, damaged)
            return
        if self.tabs.currentWidget() is self.boxes:
            self.boxes.handle_scan(code, qty, taking_out=self.scan_bar.unloading)
            return
        view = self.pane.view
        target = scan_target(view, self.scan_bar.unloading)
        if view is None or target is ScanTarget.NO_TRUCK:
            self.scan_refused(self.tr("Choose a truck on the left first, or press \u201cNew truck\u201d."), code)
        elif target is ScanTarget.LEFT:
            self.scan_refused(self.tr("Truck {number} has been dispatched; nothing can be loaded or unloaded.")
                              .format(number=view.number), code)
        elif target is ScanTarget.UNLOAD or not self.scan_bar.ask_lot.isChecked():
            self.load_code(view.number, code, qty, unload_=target is ScanTarget.UNLOAD)
        else:
            self._choose_lot(view.number, code, qty)

    def _choose_lot(self, number: str, code: str, qty: str) -> None:
        """The loader asked to choose: with two or more lots that may go, ask which."""

        def lots_known(lots: tuple[LotOnHand, ...]) -> None:
            if len(lots) < 2:
                self.load_code(number, code, qty)
                return
            dialog = LotDialog(lots[0].item_name or code, lots, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.finished.connect(lambda result: self._lot_chosen(number, code, qty,
                                                                    dialog.chosen() if result else None))
            self.lot_dialog = dialog
            dialog.open()

        truck_ops.lot_choice(self, number, code).success(lots_known) \
            .failure(lambda sentence: self.scan_refused(sentence, code)).run(self.ctx.runner)

    def _lot_chosen(self, number: str, code: str, qty: str, lot: LotOnHand | None) -> None:
        self.lot_dialog = None
        if lot is None:
            self.scan_refused(self.tr("No lot was chosen; nothing was loaded."), code)
        else:
            self.load_code(number, code, qty, lot_id=lot.lot_id)

    def load_code(self, number: str, code: str, qty: str, *, unload_: bool = False,
                  override_reason: str | None = None, lot_id: int | None = None) -> None:
        actor = self.ctx.actor
        op = (truck_ops.unload_scan(self, actor, number, code, qty) if unload_ else
              truck_ops.load_scan(self, actor, number, code, qty, override_reason=override_reason, lot_id=lot_id))

        def refused(exc: BaseException, sentence: str) -> None:
            if isinstance(exc, ShelfLifeTooShort) and not unload_ and self.ctx.is_manager:
                self._ask_override(sentence, number, code, qty)
            else:
                self.scan_refused(sentence, code)

        def loaded(result: LoadResult) -> None:
            self._loaded(result, unload_)
            self.undo_stack.append(DoneScan("truck", number, code, qty, unload_, self._headline(result)))

        op.success(self._newest.action(loaded)).failure_with(refused).run(self.ctx.runner)

    def _ask_override(self, sentence: str, number: str, code: str, qty: str) -> None:
        """A manager may load goods with too short a shelf life, with a reason. Window-modal and
        answered by signal: a scan meanwhile is held by the scan hub (it never becomes the
        reason nor presses OK) and is loaded after this question is answered, in order."""
        dialog = QInputDialog(self)
        dialog.setObjectName("overrideDialog")
        dialog.setWindowTitle(self.tr("Shelf life too short"))
        dialog.setLabelText(self.tr("{sentence}\n\nAs a manager you may load it anyway. Why? (kept in the record)")
                            .format(sentence=sentence))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(
            lambda result: self._override_answered(sentence, number, code, qty,
                                                   dialog.textValue().strip() if result else ""))
        self.override_dialog = dialog
        dialog.open()

    def _override_answered(self, sentence: str, number: str, code: str, qty: str, reason: str) -> None:
        self.override_dialog = None
        if reason:
            self.load_code(number, code, qty, override_reason=reason)
        else:
            self.scan_refused(sentence, code)

    def _loaded(self, result: LoadResult, unloaded: bool) -> None:
        if result.quantity is not None:
            amount = f"{show_qty(result.quantity)} {unit_label(result.unit or '')}".strip()
            line = (self.tr("\u2212{amount} unloaded") if unloaded else self.tr("+{amount} loaded")).format(
                amount=amount)
        else:
            line = {(True, True): self.tr("Pallet unloaded"), (True, False): self.tr("Pallet loaded"),
                    (False, True): self.tr("Box unloaded"), (False, False): self.tr("Box loaded")}[
                (result.what == "pallet", unloaded)]  # whole sentences: Polish and Ukrainian agree in gender
        totals = result.totals
        details = self.tr("Truck now: %n package(s), {gross} kg gross", "", totals.packages).format(
            gross=kg(totals.gross_kg))
        if result.warnings:
            details += "\n" + "\n".join(notice_text(w) for w in result.warnings)
        self.scan_bar.panel.show_ok(self._headline(result), line, details)
        self.ctx.messages.clear_error()  # green now: an older red sentence is not about this scan
        self.feedback.ok()

        def shown() -> None:
            if totals.over_payload:
                self.ctx.messages.show_message(self.pane.total_line.text(), "warning")
            self.loaded.emit(result)

        self._read_after_scan(result.code, shown)

    def _headline(self, result: LoadResult) -> str:
        """What was scanned, without the amount the line below already gives in large type."""
        if result.item_name is None:
            kind = self.tr("Pallet") if result.what == "pallet" else self.tr("Box")
            return f"{kind} {result.code}"
        if not result.expiries:
            return result.item_name
        dates = ", ".join(QLocale().toString(e, QLocale.FormatType.ShortFormat) for e in result.expiries)
        return self.tr("{item} (expiry {dates})").format(item=result.item_name, dates=dates)

    # -- undo ----------------------------------------------------------------------------------------

    def undo_last(self) -> None:
        """Ctrl+Z: the last scan that moved goods here, taken back the other way (load ->
        unload, pack -> take out, onto a pallet -> off it), with the same code and quantity."""
        if self.tabs.currentWidget() is self.arrival:
            self.arrival.undo_last()
            return
        if not self.undo_stack:
            self.ctx.messages.show_message(self.tr("There is no scan to undo."), "info")
            return
        last = self.undo_stack.pop()

        def done() -> None:
            self.scan_bar.panel.show_undo(self.tr("Undone: {what}").format(what=last.name),
                                          self.tr("The last scan on {target} was taken back.").format(
                                              target=last.target))
            self._update_target()

        def failed(sentence: str) -> None:
            self.undo_stack.append(last)
            self.scan_refused(sentence, last.code)

        if last.where != "truck":
            self.boxes.undo_scan(last, done, failed)
            return
        actor = self.ctx.actor
        op = (truck_ops.load_scan(self, actor, last.target, last.code, last.qty or None) if last.reverse else
              truck_ops.unload_scan(self, actor, last.target, last.code, last.qty or None))

        def shown(_result: LoadResult) -> None:
            done()
            self._read_after_scan()

        op.success(self._newest.action(shown)).failure(failed).run(self.ctx.runner)

    # -- feedback shared with the boxes tab ---------------------------------------------------------

    def scan_ok(self, headline: str, quantity: str, details: str) -> None:
        self.scan_bar.panel.show_ok(headline, quantity, details)
        self.ctx.messages.clear_error()
        self.feedback.ok()
        self._update_target()

    def scan_refused(self, sentence: str, code: str = "") -> None:
        headline = self.tr("Not taken out") if self.scan_bar.unloading else self.tr("Not packed")
        if self.tabs.currentWidget() is self.pane:
            headline = self.tr("Not unloaded") if self.scan_bar.unloading else self.tr("Not loaded")
        elif self.tabs.currentWidget() is self.arrival:
            headline = self.tr("Not checked in")
        self.scan_bar.panel.show_refused(headline, sentence, code)
        self.feedback.error()
        self.ctx.messages.error(sentence)
        self.refused.emit(sentence)
