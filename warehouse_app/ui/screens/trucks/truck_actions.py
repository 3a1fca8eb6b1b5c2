"""What the Trucks screen's truck buttons do: new truck, edit truck, dispatch (the
documents are in truck_papers.py).

It knows the screen only through what it is given: the context, the widget that owns
its dialogs and operations, and which truck is shown. It answers with signals that
carry the trucks as committed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from warehouse_app.core.shipping.packing_data import TruckInfo
from warehouse_app.core.shipping.truck_loading import TruckOutcome, TruckView
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.formats import show_qty
from warehouse_app.ui.operations import trucks as truck_ops
from warehouse_app.ui.screens.trucks.rows_model import kg
from warehouse_app.ui.screens.trucks.truck_dialog import TruckDialog


class TruckActions(QObject):
    saved = Signal(object)  # TrucksState with the saved truck selected
    dispatched = Signal(object)  # TrucksState after the truck left

    def __init__(self, ctx: AppContext, owner: QWidget, current_view: Callable[[], TruckView | None]) -> None:
        """``owner`` parents the dialogs and owns the operations (the screen, one initiator)."""
        super().__init__(owner)
        self.ctx = ctx
        self.owner = owner
        self.current_view = current_view
        self.dialog: TruckDialog | None = None

    # -- the truck's fields ---------------------------------------------------------------------

    def new_truck(self) -> None:
        self._open_dialog(None)

    def edit_truck(self) -> None:
        view = self.current_view()
        if view is not None and view.editable:
            self._open_dialog(view.load.truck)

    def _open_dialog(self, truck: TruckInfo | None) -> None:
        dialog = TruckDialog(truck, self.owner)
        dialog.submitted.connect(lambda values: self._save(dialog, truck, values))
        self.dialog = dialog
        dialog.open()

    def _save(self, dialog: TruckDialog, truck: TruckInfo | None, values: dict[str, object]) -> None:
        def done(outcome: TruckOutcome[TruckInfo]) -> None:
            dialog.accept()
            self.saved.emit(outcome.state)
            text = self.tr("Truck {number} saved.") if truck else self.tr(
                "Truck {number} is ready for loading: scan box labels or goods.")
            self.ctx.messages.success(text.format(number=outcome.result.number))

        truck_ops.save_truck(self.owner, self.ctx.actor, truck.number if truck else None, values).success(
            done).failure(dialog.show_error).run(self.ctx.runner)

    # -- dispatch ------------------------------------------------------------------------------------

    def dispatch(self) -> None:
        view = self.current_view()
        if view is None or not view.editable:
            return
        totals, truck = view.totals, view.load.truck
        text = self.tr(
            "Dispatch truck {number} to {city}?\n\n"
            "{packages}, {pieces} pieces, {net} kg net ({gross} kg gross) will leave the stock.\n\n"
            "After this nothing can be loaded, unloaded or edited on this truck.").format(
            number=truck.number, city=truck.city, packages=self.tr("%n package(s)", "", totals.packages), pieces=show_qty(totals.pieces),
            net=kg(totals.net_kg), gross=kg(totals.gross_kg))
        if totals.over_payload:
            text += "\n\n" + self.tr("WARNING: the truck is above its maximum payload of {max} kg.").format(
                max=kg(totals.max_payload_kg))
        answer = QMessageBox.question(self.owner, self.tr("Dispatch truck"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        number, overweight = truck.number, totals.over_payload  # the question said so: the answer allows it

        def done(outcome: TruckOutcome[TruckInfo]) -> None:
            self.dispatched.emit(outcome.state)
            self.ctx.messages.success(self.tr("Truck {number} is dispatched; its load has left the stock.")
                                      .format(number=number))

        truck_ops.dispatch(self.owner, self.ctx.actor, number, allow_overweight=overweight).success(done).failure(
            self.ctx.messages.error).run(self.ctx.runner)
