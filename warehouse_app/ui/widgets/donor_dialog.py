"""A donor's details for their receipts: postal address and tax id (NIP).

Opened from the receipt card for the donor of the chosen donation. It loads what is
known, saves through ``operations.donations.save_donor_details`` (the NIP is checked
there), and a refusal stays inline with everything typed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.core.intake.donors import DonorInfo
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.operations import donations as ops


class DonorDialog(QDialog):
    def __init__(self, ctx: AppContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("donorDialog")
        self.ctx, self.name = ctx, name
        self.saved: DonorInfo | None = None
        self.setWindowTitle(self.tr("Donor details"))
        self.address = QPlainTextEdit(self)
        self.address.setObjectName("donorAddress")
        self.address.setPlaceholderText(self.tr("Street and number\nPostcode and town"))
        self.address.setFixedHeight(80)
        self.address.setTabChangesFocus(True)
        self.tax_id = QLineEdit(self)
        self.tax_id.setObjectName("donorTaxId")
        self.tax_id.setPlaceholderText(self.tr("NIP, e.g. 526-000-12-46 (or a foreign tax id)"))
        self.problem = QLabel(self)
        self.problem.setObjectName("dialogError")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color:#8a1c13; font-weight:bold;")
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Donor:"), QLabel(name, self))
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&Tax id (NIP):"), self.tax_id)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Printed on this donor's receipts."), self))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        ops.donor_details(self, name).success(self._loaded).failure(lambda _sentence: None).run(ctx.runner)

    def _loaded(self, info: DonorInfo) -> None:
        if not self.address.toPlainText() and not self.tax_id.text():  # typing already begun wins
            self.address.setPlainText(info.address or "")
            self.tax_id.setText(info.tax_id or "")

    def submit(self) -> None:
        ops.save_donor_details(self, self.name, self.address.toPlainText(), self.tax_id.text()).success(
            self._done).failure(self._refused).run(self.ctx.runner)

    def _done(self, info: DonorInfo) -> None:
        self.saved = info
        self.accept()

    def _refused(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.show()
