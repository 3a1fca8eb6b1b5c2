"""Who gave what: the header of the donation being scanned (donor, source, notes)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from warehouse_app.core.intake.donations import DonationInfo


class DonationHeader(QGroupBox):
    """Edits are reported by signal; the screen saves them (widgets never touch the database)."""

    edited = Signal(str, str)  # (field: donor | source | notes, new text)
    close_requested = Signal()
    trace_requested = Signal(str)  # "Where did it go?" for this donation's number
    donor_search = Signal(str)  # the donor text typed so far: the screen looks up matches

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.donation: DonationInfo | None = None
        grid = QGridLayout(self)
        self.title = QLabel(self)
        self.title.setObjectName("donationTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        grid.addWidget(self.title, 0, 0, 1, 5)

        self.donor = QComboBox(self)
        self.donor.setObjectName("donorField")
        self.donor.setEditable(True)
        self.donor.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.donor.lineEdit().setPlaceholderText(self.tr("Search or type a new donor (optional)"))
        self._matches = QStringListModel(self)
        completer = QCompleter(self._matches, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.donor.setCompleter(completer)
        self.source = QLineEdit(self)
        self.source.setObjectName("sourceField")
        self.source.setPlaceholderText(self.tr("e.g. parish collection, school, company"))
        self.notes = QLineEdit(self)
        self.notes.setObjectName("notesField")
        self.notes.setPlaceholderText(self.tr("Anything worth remembering about this delivery"))
        self.close_button = QPushButton(self.tr("Close donation"), self)
        self.close_button.setObjectName("closeDonation")
        self.close_button.clicked.connect(self.close_requested)
        self.trace_button = QPushButton(self.tr("Where did it go?"), self)
        self.trace_button.setObjectName("traceDonation")
        self.trace_button.setToolTip(self.tr("Where every item of this donation is now: on a shelf, packed, "
                                             "on a truck, delivered or written off."))
        self.trace_button.clicked.connect(self._trace)

        grid.addWidget(QLabel(self.tr("Donor:")), 1, 0)
        grid.addWidget(self.donor, 1, 1)
        grid.addWidget(QLabel(self.tr("Source:")), 1, 2)
        grid.addWidget(self.source, 1, 3)
        grid.addWidget(self.close_button, 1, 4)
        grid.addWidget(QLabel(self.tr("Notes:")), 2, 0)
        grid.addWidget(self.notes, 2, 1, 1, 3)
        grid.addWidget(self.trace_button, 2, 4)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 2)

        self._search_timer = QTimer(self, singleShot=True, interval=200)
        self._search_timer.timeout.connect(lambda: self.donor_search.emit(self.donor.currentText()))
        self.donor.lineEdit().textEdited.connect(lambda _text: self._search_timer.start())
        self.donor.lineEdit().editingFinished.connect(lambda: self._report("donor", self.donor.currentText()))
        self.donor.activated.connect(lambda _i: self._report("donor", self.donor.currentText()))
        self.source.editingFinished.connect(lambda: self._report("source", self.source.text()))
        self.notes.editingFinished.connect(lambda: self._report("notes", self.notes.text()))
        self.show_donation(None)

    def show_donation(self, donation: DonationInfo | None) -> None:
        self.donation = donation
        if donation is None:
            self.title.setText(self.tr("No donation open: the first scan opens a new one."))
        else:
            self.title.setText(self.tr("Donation {number}").format(number=donation.number))
        for widget, value in ((self.donor.lineEdit(), donation.donor if donation else ""),
                              (self.source, donation.source if donation else ""),
                              (self.notes, donation.notes if donation else "")):
            if not widget.hasFocus():
                widget.setText(value or "")
        self.close_button.setEnabled(donation is not None)
        self.trace_button.setEnabled(donation is not None)

    def _trace(self) -> None:
        if self.donation is not None:
            self.trace_requested.emit(self.donation.number)

    def set_donor_matches(self, names: list[str]) -> None:
        self._matches.setStringList(names)

    def current(self, field: str) -> str:
        if self.donation is None:
            return ""
        return getattr(self.donation, field) or ""

    def _report(self, field: str, text: str) -> None:
        if " ".join(text.split()) != " ".join(self.current(field).split()):
            self.edited.emit(field, text)
