"""What the Trucks screen's truck buttons do: new truck, edit truck, dispatch (the
documents are in truck_papers.py)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.orm import Session

from warehouse_app.core.shipping.packing_data import TruckInfo
from warehouse_app.core.shipping.shipments import create_truck, dispatch, update_truck
from warehouse_app.ui.base.formats import show_qty
from warehouse_app.ui.base.lifetime import while_alive
from warehouse_app.ui.screens.trucks.rows_model import kg
from warehouse_app.ui.screens.trucks.state import ScreenState, screen_state
from warehouse_app.ui.screens.trucks.truck_dialog import TruckDialog

if TYPE_CHECKING:
    from warehouse_app.ui.screens.trucks.screen import TrucksScreen


class TruckActions(QObject):
    def __init__(self, screen: TrucksScreen) -> None:
        super().__init__(screen)
        self.screen = screen
        self.ctx = screen.ctx
        self.dialog: TruckDialog | None = None

    # -- the truck's fields ---------------------------------------------------------------------

    def new_truck(self) -> None:
        self._open_dialog(None)

    def edit_truck(self) -> None:
        view = self.screen.pane.view
        if view is not None and view.editable:
            self._open_dialog(view.load.truck)

    def _open_dialog(self, truck: TruckInfo | None) -> None:
        dialog = TruckDialog(truck, self.screen)
        dialog.submitted.connect(lambda values: self._save(dialog, truck, values))
        self.dialog = dialog
        dialog.open()

    def _save(self, dialog: TruckDialog, truck: TruckInfo | None, values: dict[str, object]) -> None:
        actor = self.ctx.actor

        def work(s: Session) -> ScreenState:
            info = (update_truck(s, actor, truck.number, **values) if truck
                    else create_truck(s, actor, **values))  # type: ignore[arg-type]
            return screen_state(s, info.number, info)

        def done(state: ScreenState) -> None:
            dialog.accept()
            self.screen.tabs.setCurrentWidget(self.screen.pane)
            self.screen.show_state(state)
            info: TruckInfo = state.result  # type: ignore[assignment]
            text = self.tr("Truck {number} saved.") if truck else self.tr(
                "Truck {number} is ready for loading: scan box labels or goods.")
            self.ctx.messages.success(text.format(number=info.number))

        self.ctx.runner.write(work, while_alive(self, done), while_alive(dialog, dialog.show_error))

    # -- dispatch ------------------------------------------------------------------------------------

    def dispatch(self) -> None:
        view = self.screen.pane.view
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
        answer = QMessageBox.question(self.screen, self.tr("Dispatch truck"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        actor, number = self.ctx.actor, truck.number

        def work(s: Session) -> ScreenState:
            return screen_state(s, number, dispatch(s, actor, number))

        def done(state: ScreenState) -> None:
            self.screen.show_state(state)
            self.ctx.messages.success(self.tr("Truck {number} is dispatched; its load has left the stock.")
                                      .format(number=number))
            self.screen._announce()

        self.ctx.runner.write(work, while_alive(self, done), self.ctx.messages.error)
