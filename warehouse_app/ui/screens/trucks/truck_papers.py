"""The truck's papers from the Trucks screen: packing list, CMR, labels, manifest, a box's label.

Labels go to the station's thermal printer as ZPL when Settings › Label printer names one:
a box's or pallet's label always, a truck's when "Label printer" is picked in its menu.

Every paper is one of the shared document jobs (documents/jobs.py), the same the
command line runs. The ``ExportPanel`` (ui/base/export_job.py) writes it off the GUI
thread with progress and cancel: the job reads the truck's data, then renders it. The
PDF papers open in the print preview (Print, and Save PDF… for a file); the manifest is
saved as an Excel file.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from warehouse_app.documents.jobs import DocumentJob, cmr_job, labels_job, manifest_job, packing_list_job
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.export_job import ExportPanel
from warehouse_app.ui.operations.label_printing import send_labels

#: The labels menu's choice of the station's label printer (beside the PDF label formats).
LABEL_PRINTER = "printer"


class TruckPapers(QObject):
    def __init__(self, ctx: AppContext, export_panel: ExportPanel, current_number: Callable[[], str | None],
                 parent: QObject | None = None) -> None:
        """``current_number`` answers the truck shown now (None when none is chosen)."""
        super().__init__(parent)
        self.ctx = ctx
        self.export_panel = export_panel
        self.current_number = current_number

    def print_packing_list(self) -> None:
        if number := self.current_number():
            self._print(self.tr("Packing list"), "packing-list", f"{number}-packing-list.pdf", packing_list_job(number))

    def print_cmr(self) -> None:
        if number := self.current_number():
            self._print(self.tr("CMR consignment note"), "cmr", f"{number}-cmr.pdf", cmr_job(number))

    def export_manifest(self) -> None:
        if number := self.current_number():
            self.export_panel.export(self.tr("Truck manifest"), f"{number}-manifest.xlsx",
                                     manifest_job(number, lang=self.ctx.lang))

    def print_labels(self, page: str) -> None:
        """``page`` a PDF label format, or LABEL_PRINTER: the station's label printer."""
        if number := self.current_number():
            if page == LABEL_PRINTER:
                self._send(number)
            else:
                self._print(self.tr("Labels"), f"labels-{page}", f"{number}-labels-{page}.pdf", labels_job(number, page))

    def print_container_label(self, code: str) -> None:
        """To this station's label printer when it has one, else the print preview in its label format (Settings)."""
        if self.ctx.settings.label_printer.zpl:
            self._send(code)
        else:
            page = self.ctx.settings.label_format
            self._print(self.tr("Label"), f"labels-{page}", f"{code}-label.pdf", labels_job(code, page))

    def _send(self, ref: str) -> None:
        printer = self.ctx.settings.label_printer
        if not printer.zpl:
            self.ctx.messages.error(self.tr("This station prints labels as PDF; choose a label printer in "
                                            "Settings › Label printer to print them directly."))
            return
        self.ctx.messages.show_message(self.tr("Sending the labels of {ref} to the label printer…").format(ref=ref))
        send_labels(self, ref, printer).success(
            lambda count: self.ctx.messages.success(
                self.tr("Sent %n label(s) of {ref} to the label printer.", "", count).format(ref=ref))).failure(
            self.ctx.messages.error).run(self.ctx.runner)

    def _print(self, what: str, kind: str, default_name: str, job: DocumentJob[Any]) -> None:
        self.export_panel.print_document(what, kind, default_name, job)
