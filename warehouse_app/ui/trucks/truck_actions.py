"""What the Trucks screen's buttons do: new/edit truck, dispatch, and the documents.

Documents are written by ``exports.Exporter`` off the GUI thread; the writer
functions here run in the worker: they read the truck's data in that unit of work
and hand it to the document writer, which reports progress and may be cancelled.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.orm import Session

from warehouse_app.core.errors import BadInput
from warehouse_app.core.packing_data import TruckInfo
from warehouse_app.core.packing_list import label_packages, packing_list
from warehouse_app.core.quantities import format_quantity
from warehouse_app.core.shipments import create_truck, dispatch, update_truck
from warehouse_app.documents.labels_pdf import write_labels
from warehouse_app.documents.manifest_xlsx import write_truck_manifest
from warehouse_app.documents.packing_list_pdf import write_packing_list
from warehouse_app.documents.progress import Progress
from warehouse_app.ui.lifetime import while_alive
from warehouse_app.ui.trucks.rows_model import kg
from warehouse_app.ui.trucks.state import ScreenState, screen_state
from warehouse_app.ui.trucks.truck_dialog import TruckDialog

if TYPE_CHECKING:
    from warehouse_app.ui.trucks.screen import TrucksScreen


def packing_list_writer(number: str):  # type: ignore[no-untyped-def]
    def write(s: Session, out: Path, progress: Progress) -> Path:
        return write_packing_list(packing_list(s, number), out, progress=progress)
    return write


def manifest_writer(number: str):  # type: ignore[no-untyped-def]
    def write(s: Session, out: Path, progress: Progress) -> Path:
        return write_truck_manifest(packing_list(s, number), out, progress=progress)
    return write


def labels_writer(ref: str, page: str):  # type: ignore[no-untyped-def]
    def write(s: Session, out: Path, progress: Progress) -> Path:
        truck, packages = label_packages(s, ref)
        if not packages:
            raise BadInput("There is nothing on {ref} to print a label for yet.", ref=ref)
        return write_labels(packages, out, truck_number=truck.number if truck else None, page=page, progress=progress)
    return write


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
            "{packages} packages, {pieces} pieces, {net} kg net ({gross} kg gross) will leave the stock.\n\n"
            "After this nothing can be loaded, unloaded or edited on this truck.").format(
            number=truck.number, city=truck.city, packages=totals.packages, pieces=format_quantity(totals.pieces),
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

    # -- documents -----------------------------------------------------------------------------------

    def _number(self) -> str | None:
        view = self.screen.pane.view
        return view.number if view else None

    def print_packing_list(self) -> None:
        if number := self._number():
            self._export(self.tr("Packing list"), f"{number}-packing-list.pdf", self.tr("PDF files (*.pdf)"),
                         packing_list_writer(number))

    def export_manifest(self) -> None:
        if number := self._number():
            self._export(self.tr("Truck manifest"), f"{number}-manifest.xlsx", self.tr("Excel files (*.xlsx)"),
                         manifest_writer(number))

    def print_labels(self, page: str) -> None:
        if number := self._number():
            self._export(self.tr("Labels"), f"{number}-labels-{page}.pdf", self.tr("PDF files (*.pdf)"),
                         labels_writer(number, page))

    def print_container_label(self, code: str) -> None:
        self._export(self.tr("Label"), f"{code}-label.pdf", self.tr("PDF files (*.pdf)"), labels_writer(code, "a6"))

    def _export(self, what: str, default_name: str, file_filter: str, writer) -> None:  # type: ignore[no-untyped-def]
        exporter = self.screen.exporter
        path = exporter.ask_path(self.tr("Save {what}").format(what=what.lower()), default_name, file_filter)
        if path is not None:
            exporter.run(what, path, writer)
