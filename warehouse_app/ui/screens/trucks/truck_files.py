"""The sender's two files of a dispatched truck (docs/truck-file.md): its truck file for the
receiving hub, and the hub's arrival confirmation imported back (the truck is then delivered).

It knows the screen only through what it is given: the context, the widget that owns its
dialogs and operations, the panel that says where a file went, and which truck is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from warehouse_app.core.shipping.delivered import Delivery
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.export_job import ExportPanel, ask_output_path, export_folder
from warehouse_app.ui.base.language import file_dialog_options
from warehouse_app.ui.operations import arrival as arrival_ops


class TruckFiles(QObject):
    delivered = Signal(object)  # the Delivery imported

    def __init__(self, ctx: AppContext, owner: QWidget, export_panel: ExportPanel,
                 current_number: Callable[[], str | None]) -> None:
        super().__init__(owner)
        self.ctx, self.owner, self.export_panel = ctx, owner, export_panel
        self.current_number = current_number

    def write_truck_file(self) -> None:
        number = self.current_number()
        if number is None:
            return
        out = ask_output_path(self.owner.window(), f"{number}.truck.json",
                              self.tr("Save the truck file of {number} for the receiving hub").format(number=number))
        if out is None:
            return
        arrival_ops.write_truck_file(self.owner, number, out).success(
            lambda path: self.export_panel.show_saved(self.tr("Truck file"), path)).failure(
            self.ctx.messages.error).run(self.ctx.runner)

    def ask_confirmation(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.owner.window(), self.tr("Choose the arrival confirmation"),
                                              export_folder(), self.tr("Arrival confirmations (*.json)"),
                                              options=file_dialog_options())
        if name:
            self.import_confirmation(Path(name))

    def import_confirmation(self, path: Path) -> None:
        def done(delivery: Delivery) -> None:
            text = self.tr("Truck {number} is delivered: {hub} received {received}, damaged {damaged}, missing "
                           "{missing} of %n package(s).", "", delivery.package_count).format(
                number=delivery.number, hub=delivery.hub_name or self.tr("the hub"), received=delivery.received,
                damaged=delivery.damaged, missing=delivery.missing)
            if delivery.extra:
                text += " " + self.tr("The hub also found packages not on this truck's list: {codes}.").format(
                    codes=", ".join(delivery.extra))
            self.ctx.messages.success(text)
            self.delivered.emit(delivery)

        arrival_ops.import_confirmation(self.owner, self.ctx.actor, path).success(done).failure(
            self.ctx.messages.error).run(self.ctx.runner)
