"""Move all from Receiving: pick a donation, see its goods still at Receiving, and move them
all to the place being filled, in one go (``core.intake.putaway.move_donation``).

The move is a write, so the default button is Close: Enter never moves a donation. A scan
while the dialog is open is held by the scan hub and used by the screen after it closes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.core.intake.putaway import Waiting, WaitingDonation
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.formats import place_name, show_date, show_qty
from warehouse_app.ui.base.units import unit_label
from warehouse_app.ui.operations.putaway import waiting, waiting_donations


class DonationDialog(QDialog):
    def __init__(self, ctx: AppContext, target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("donationDialog")
        self.setWindowTitle(self.tr("Move all from Receiving"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.number: str | None = None
        intro = QLabel(self.tr("Choose a donation: everything of it still at Receiving moves to {place}.")
                       .format(place=target), self)
        intro.setWordWrap(True)
        self.donations = QComboBox(self)
        self.donations.setObjectName("donationChoice")
        self.donations.currentIndexChanged.connect(self._chosen)
        self.lines = QTableWidget(0, 3, self)
        self.lines.setObjectName("waitingLines")
        self.lines.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Quantity"), self.tr("Expiry")])
        self.lines.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines.verticalHeader().hide()
        self.lines.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.move_button = QPushButton(self.tr("Move all to {place}").format(place=target), self)
        self.move_button.setObjectName("moveAll")
        self.move_button.setAutoDefault(False)
        self.move_button.setEnabled(False)
        buttons.addButton(self.move_button, QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setDefault(True)  # Enter closes; moving is a click on purpose
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.donations)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(640, 420)
        waiting_donations(self).success(self._show_donations).run(ctx.runner)

    def _show_donations(self, found: tuple[WaitingDonation, ...]) -> None:
        self.donations.blockSignals(True)
        for donation in found:
            text = self.tr("{number} \u00b7 {donor} \u00b7 %n line(s)", "", donation.lines).format(
                number=donation.number, donor=donation.donor or self.tr("no donor named"))
            self.donations.addItem(text, donation.number)
        self.donations.blockSignals(False)
        if found:
            self._chosen(0)
        else:
            self.summary.setText(self.tr("No donation has goods waiting at Receiving."))

    def _chosen(self, index: int) -> None:
        number = self.donations.itemData(index)
        self.move_button.setEnabled(False)
        if number:
            waiting(self, str(number)).success(self._show_lines).run(self.ctx.runner)

    def _show_lines(self, found: Waiting) -> None:
        if found.number != self.donations.currentData():
            return  # another donation was chosen meanwhile
        self.lines.setRowCount(len(found.lines))
        for row, line in enumerate(found.lines):
            cells = (line.item_name, f"{show_qty(line.quantity)} {unit_label(line.unit)}",
                     show_date(line.expiry) if line.expiry else "")
            for column, text in enumerate(cells):
                self.lines.setItem(row, column, QTableWidgetItem(text))
        self.summary.setText(self.tr("%n line(s) at {place}", "", len(found.lines)).format(
            place=place_name(found.place)))
        self.number = found.number
        self.move_button.setEnabled(bool(found.lines))
