"""Settings › Label printer: box and pallet labels as a PDF (as any document), or as ZPL
straight to a thermal printer through a printer queue or a network printer's raw port, at
203 or 300 dpi on 100 × 150 mm or A6 labels; a test label checks the choice before saving.
Stored on this computer only (station/store.py, keys under ``label_printer/``)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QVBoxLayout, QWidget

from warehouse_app.kernel.errors import WarehouseError
from warehouse_app.kernel.station import LabelPrinter
from warehouse_app.station.label_printer import parse_address
from warehouse_app.station.store import save_label_printer
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.texts import error_text
from warehouse_app.ui.operations.label_printing import send_test_label
from warehouse_app.ui.screens.settings.common import button, message_and_buttons, note


class LabelPrinterPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelPrinterPage")
        self.ctx = ctx
        current = ctx.settings.label_printer
        layout = QVBoxLayout(self)
        group = QGroupBox(self.tr("Box and pallet labels on this computer"), self)
        form = QFormLayout(group)
        self.kind = QComboBox(group)
        self.kind.setObjectName("labelPrinterKind")
        for code, text in (("pdf", self.tr("PDF: save it and print it like any document")),
                           ("queue", self.tr("Thermal printer (ZPL) through a printer queue")),
                           ("network", self.tr("Thermal printer (ZPL) on the network (raw port)"))):
            self.kind.addItem(text, code)
        form.addRow(self.tr("Print labels as:"), self.kind)
        self.queue = QLineEdit(current.queue, group)
        self.queue.setObjectName("labelPrinterQueue")
        self.queue.setPlaceholderText(self.tr("the queue's name, e.g. Zebra_ZD421"))
        form.addRow(self.tr("Printer queue:"), self.queue)
        self.address = QLineEdit(current.address, group)
        self.address.setObjectName("labelPrinterAddress")
        self.address.setPlaceholderText(self.tr("e.g. 192.168.1.50 or zebra-1:9100"))
        form.addRow(self.tr("Network address:"), self.address)
        self.dpi = QComboBox(group)
        self.dpi.setObjectName("labelPrinterDpi")
        self.dpi.addItem(self.tr("203 dpi (8 dots per mm)"), 203)
        self.dpi.addItem(self.tr("300 dpi (12 dots per mm)"), 300)
        form.addRow(self.tr("Resolution:"), self.dpi)
        self.label_size = QComboBox(group)
        self.label_size.setObjectName("labelPrinterSize")
        self.label_size.addItem("100 \u00d7 150 mm", "100x150")  # the same in every language
        self.label_size.addItem("A6 (105 \u00d7 148 mm)", "a6")
        form.addRow(self.tr("Label size:"), self.label_size)
        for combo, value in ((self.kind, current.kind), (self.dpi, current.dpi), (self.label_size, current.size)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        layout.addWidget(group)
        layout.addWidget(note(self.tr(
            "A thermal printer prints each label as it is sent: no PDF, no print dialog. The queue is the printer's "
            "name in this computer's printers (on Windows it needs pywin32); a network printer takes labels on its "
            "raw port, 9100 unless you write another after a colon. Resolution and size must match the printer and "
            "its labels: print a test label to check before saving."), self))
        layout.addStretch(1)
        self.test_button = button(self, self.tr("Print a test label"), "printTestLabel", self.print_test)
        self.save_button = button(self, self.tr("Save the label printer"), "saveLabelPrinter", self.save)
        self.messages = message_and_buttons(self, layout, self.test_button, self.save_button)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = str(self.kind.currentData())
        self.queue.setEnabled(kind == "queue")
        self.address.setEnabled(kind == "network")
        self.dpi.setEnabled(kind != "pdf")
        self.label_size.setEnabled(kind != "pdf")
        self.test_button.setEnabled(kind != "pdf")

    def chosen(self) -> LabelPrinter | None:
        """What the page shows, checked; None (and the reason shown) when it cannot be used."""
        printer = LabelPrinter(kind=str(self.kind.currentData()), queue=self.queue.text().strip(),
                               address=self.address.text().strip(), dpi=int(self.dpi.currentData()),
                               size=str(self.label_size.currentData()))
        if printer.kind == "queue" and not printer.queue:
            self.messages.error(self.tr("Enter the name of the printer queue the labels go to."))
            self.queue.setFocus()
            return None
        if printer.kind == "network":
            try:
                parse_address(printer.address)
            except WarehouseError as exc:
                self.messages.error(error_text(exc))
                self.address.setFocus()
                return None
        return printer

    def print_test(self) -> None:
        printer = self.chosen()
        if printer is None:
            return
        self.test_button.setEnabled(False)
        self.messages.show_message(self.tr("Sending the test label\u2026"))
        send_test_label(self, printer, self.ctx.settings.station).success(self._test_sent).failure(
            self._test_failed).run(self.ctx.runner)

    def _test_sent(self, code: str) -> None:
        self._kind_changed()
        self.messages.success(self.tr("The test label was sent. Check that its texts are sharp and inside the "
                                      "label, and that its barcode scans as {code}.").format(code=code))

    def _test_failed(self, sentence: str) -> None:
        self._kind_changed()
        self.messages.error(sentence)

    def save(self) -> None:
        printer = self.chosen()
        if printer is None:
            return
        save_label_printer(printer)
        self.ctx.apply_settings(replace(self.ctx.settings, label_printer=printer))
        self.messages.success(self.tr("Saved; labels are printed this way from now on."))
