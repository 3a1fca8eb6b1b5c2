"""Labels straight to the station's thermal printer: the labels (or the warehouse's name for
the test label) are read in a read transaction, then drawn and sent in the worker, so a slow
or absent printer never holds the window or a database connection."""

from __future__ import annotations

from PySide6.QtCore import QObject

from warehouse_app.kernel.station import LabelPrinter
from warehouse_app.station.label_printer import print_item_labels, print_labels, print_test_label
from warehouse_app.ui.base.tasks import Op


def send_labels(owner: QObject | None, ref: str, printer: LabelPrinter) -> Op[int]:
    """The labels of a box, a pallet or a truck to ``printer``; answers how many were sent."""
    from warehouse_app.core.shipping.packing_list import label_packages

    return Op(owner, lambda s: label_packages(s, ref)).after(lambda data: print_labels(data, printer, ref=ref))


def send_test_label(owner: QObject | None, printer: LabelPrinter, station: str) -> Op[str]:
    """The test label to ``printer`` (with the warehouse's name); answers the code of its barcode."""
    from warehouse_app.core.shipping.warehouse import warehouse_details

    return Op(owner, lambda s: warehouse_details(s).name).after(
        lambda name: print_test_label(printer, warehouse=name, station=station))


def send_item_labels(owner: QObject | None, entries: list[tuple[str, str]], printer: LabelPrinter) -> Op[int]:
    """The scan sheet's (code, caption) entries as one label each (no database work)."""
    return Op.detached_from_db(owner, lambda: print_item_labels(entries, printer))
