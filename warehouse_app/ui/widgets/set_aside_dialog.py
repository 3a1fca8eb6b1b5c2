"""Scans kept on this laptop while the server was away whose replay a rule refused (the item
was archived meanwhile, say): listed for a manager, with why, until someone has dealt with
them. Nothing here writes to the database: the goods are received again by scanning them
once the cause is fixed; removing a scan from the list only says it has been dealt with."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.station.offline_queue import QueuedScan
from warehouse_app.ui.base.formats import show_qty
from warehouse_app.ui.base.offline import OfflineStation
from warehouse_app.ui.base.texts import error_text
from warehouse_app.ui.base.units import unit_label


class SetAsideDialog(QDialog):
    def __init__(self, offline: OfflineStation, is_manager: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("setAsideScans")
        self.setWindowTitle(self.tr("Kept scans the server refused"))
        self.resize(900, 400)
        self.offline = offline
        self.scans: list[QueuedScan] = offline.queue.set_aside()
        intro = QLabel(self.tr("These scans were saved on this laptop while the server was away, and refused when "
                               "they were sent. Nothing of them was received: fix the cause (for example restore "
                               "the item), scan the goods again, then remove them from this list."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(len(self.scans), 5, self)
        self.table.setObjectName("setAsideTable")
        self.table.setHorizontalHeaderLabels([self.tr("Scanned"), self.tr("Item"), self.tr("Quantity"),
                                              self.tr("Code"), self.tr("Why it was refused")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for row, scan in enumerate(self.scans):
            why = error_text(scan.refusal) if scan.refusal is not None else ""
            cells = (scan.scanned_at.astimezone().strftime("%Y-%m-%d %H:%M"), scan.item_name,
                     f"{show_qty(scan.units)} {unit_label(scan.unit)}", scan.code, why)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.dismiss_button = buttons.addButton(self.tr("Dealt with: remove them from the list"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.dismiss_button.setObjectName("dismissSetAside")
        self.dismiss_button.setEnabled(is_manager and bool(self.scans))
        if not is_manager:
            self.dismiss_button.setToolTip(self.tr("Only a manager can remove them from the list."))
        self.dismiss_button.clicked.connect(self.dismiss)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def dismiss(self) -> None:
        self.offline.dismiss([scan.uid for scan in self.scans])
        self.accept()
