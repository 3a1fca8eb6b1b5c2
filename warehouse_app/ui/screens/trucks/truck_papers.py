"""The truck's papers from the Trucks screen: packing list, labels, manifest.

Documents are written by the screen's ``ExportPanel`` (ui/export_job.py) off the GUI thread; the writer
functions here run in the worker: they read the truck's data in that unit of work
and hand it to the document writer, which reports progress and may be cancelled.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from warehouse_app.core.shipping.packing_list import label_packages, packing_list
from warehouse_app.documents.labels_pdf import write_labels
from warehouse_app.documents.manifest_xlsx import write_truck_manifest
from warehouse_app.documents.packing_list_pdf import write_packing_list
from warehouse_app.documents.progress import Progress
from warehouse_app.ui.base.export_job import Build as Writer

if TYPE_CHECKING:
    from warehouse_app.ui.screens.trucks.screen import TrucksScreen


def packing_list_writer(number: str) -> Writer:
    def write(s: Session, out: Path, progress: Progress) -> Path:
        return write_packing_list(packing_list(s, number), out, progress=progress)
    return write


def manifest_writer(number: str) -> Writer:
    def write(s: Session, out: Path, progress: Progress) -> Path:
        return write_truck_manifest(packing_list(s, number), out, progress=progress)
    return write


def labels_writer(ref: str, page: str) -> Writer:
    def write(s: Session, out: Path, progress: Progress) -> Path:
        truck, packages = label_packages(s, ref)
        return write_labels(packages, out, truck_number=truck.number if truck else None, page=page, progress=progress)
    return write


class TruckPapers(QObject):
    def __init__(self, screen: TrucksScreen) -> None:
        super().__init__(screen)
        self.screen = screen

    def _number(self) -> str | None:
        view = self.screen.pane.view
        return view.number if view else None

    def print_packing_list(self) -> None:
        if number := self._number():
            self._export(self.tr("Packing list"), f"{number}-packing-list.pdf", packing_list_writer(number))

    def export_manifest(self) -> None:
        if number := self._number():
            self._export(self.tr("Truck manifest"), f"{number}-manifest.xlsx", manifest_writer(number))

    def print_labels(self, page: str) -> None:
        if number := self._number():
            self._export(self.tr("Labels"), f"{number}-labels-{page}.pdf", labels_writer(number, page))

    def print_container_label(self, code: str) -> None:
        self._export(self.tr("Label"), f"{code}-label.pdf", labels_writer(code, self.screen.ctx.settings.label_format))

    def _export(self, what: str, default_name: str, writer: Writer) -> None:
        self.screen.export_panel.export(what, default_name, writer)
