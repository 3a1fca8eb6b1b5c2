"""New truck / edit truck: every field a truck's papers need, typed once.

The dialog never writes by itself: ``submitted`` carries the fields (the keyword
names of ``core.shipments.create_truck`` / ``update_truck``); the screen saves them
in one unit of work and either closes the dialog or shows the refusal inline, with
everything typed still there.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.core.shipping.packing_data import TruckInfo
from warehouse_app.ui.base.formats import date_pattern

NO_DATE = QDate(2000, 1, 1)  # the minimum of the date field, shown as "not set"


class TruckDialog(QDialog):
    submitted = Signal(dict)

    def __init__(self, truck: TruckInfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("truckDialog")
        self.truck = truck
        self.setMinimumWidth(560)
        self.setWindowTitle(self.tr("Edit truck {number}").format(number=truck.number) if truck
                            else self.tr("New truck"))
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for key, label, hint in (
            ("destination", self.tr("Destination city *"), self.tr("e.g. Lviv")),
            ("recipient", self.tr("Recipient organisation"), ""),
            ("recipient_address", self.tr("Recipient address"), ""),
            ("country", self.tr("Country"), ""),
            ("contact", self.tr("Contact at the recipient"), self.tr("name and phone")),
            ("driver", self.tr("Driver"), ""),
            ("driver_phone", self.tr("Driver's phone"), ""),
            ("plate", self.tr("Vehicle plate"), self.tr("e.g. WX 12345")),
            ("trailer_plate", self.tr("Trailer plate"), ""),
            ("seal_number", self.tr("Seal number"), ""),
            ("aid_registration_code", self.tr("Aid registration code (UA)"), ""),
        ):
            edit = QLineEdit(self)
            edit.setObjectName(f"truck_{key}")
            edit.setPlaceholderText(hint)
            self.fields[key] = edit
            form.addRow(label, edit)
            if key == "seal_number":
                self.departure = QDateEdit(self)
                self.departure.setObjectName("truck_planned_departure")
                self.departure.setCalendarPopup(True)
                self.departure.setDisplayFormat(date_pattern())
                self.departure.setMinimumDate(NO_DATE)
                self.departure.setSpecialValueText(self.tr("not set"))
                self.departure.setDate(NO_DATE)
                form.addRow(self.tr("Planned departure"), self.departure)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("truck_notes")
        self.notes.setFixedHeight(70)
        form.addRow(self.tr("Notes"), self.notes)
        self.fields["country"].setText(self.tr("Ukraine"))
        self.error = QLabel(self)
        self.error.setObjectName("truckDialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#a1281b; font-weight:bold;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if truck is not None:
            self._fill(truck)
        self.fields["destination"].setFocus()

    def _fill(self, truck: TruckInfo) -> None:
        values = {
            "destination": truck.city, "recipient": truck.recipient, "recipient_address": truck.recipient_address,
            "country": truck.country, "contact": truck.contact, "driver": truck.driver,
            "driver_phone": truck.driver_phone, "plate": truck.vehicle_plate, "trailer_plate": truck.trailer_plate,
            "seal_number": truck.seal_number, "aid_registration_code": truck.aid_registration_code,
        }
        for key, text in values.items():
            self.fields[key].setText(text)
        if truck.planned_departure:
            self.departure.setDate(QDate(truck.planned_departure))
        self.notes.setPlainText(truck.notes)

    def values(self) -> dict[str, object]:
        """The keyword arguments of create_truck / update_truck."""
        values: dict[str, object] = {key: edit.text().strip() for key, edit in self.fields.items()}
        chosen = self.departure.date()
        values["planned_departure"] = None if chosen == NO_DATE else date(chosen.year(), chosen.month(), chosen.day())
        values["notes"] = self.notes.toPlainText().strip()
        return values

    def show_error(self, sentence: str) -> None:
        self.error.setText(sentence)
        self.error.show()
        self.buttons.setEnabled(True)

    def _submit(self) -> None:
        if not self.fields["destination"].text().strip():
            self.show_error(self.tr("Type where the truck goes (the destination city)."))
            self.fields["destination"].setFocus()
            return
        self.buttons.setEnabled(False)  # one save at a time; re-enabled on a refusal
        self.submitted.emit(self.values())
