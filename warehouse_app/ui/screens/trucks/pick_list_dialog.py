"""Pick list…: what the truck should carry, one "item = quantity" line each (typed, pasted
from the hub's request, or scanned: a scan adds its code with 1, never keys into the text),
written as the PDF ``warehouse-app truck pick-list`` writes: where to pick each, by place
then item, first expiry first, with what the shelves are short of."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from warehouse_app.core.shipping.pick_list import parse_wanted
from warehouse_app.documents.jobs import pick_list_job
from warehouse_app.kernel.errors import WarehouseError
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.export_job import ExportPanel
from warehouse_app.ui.base.texts import error_text


class PickListDialog(QDialog):
    def __init__(self, ctx: AppContext, number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.number = ctx, number
        self.setObjectName("pickListDialog")
        self.setWindowTitle(self.tr("Pick list for {truck}").format(truck=number))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        intro = QLabel(self.tr("What should this truck carry? One line per item: a barcode, label code or name, "
                               "then = and the quantity. Scanning goods adds a line. What is on the truck "
                               "already counts."), self)
        intro.setWordWrap(True)
        self.lines = QPlainTextEdit(self)
        self.lines.setObjectName("wantedLines")
        self.lines.setPlaceholderText("5901234123457 = 40\nKoc polarowy = 12")
        self.problem = QLabel(self)
        self.problem.setObjectName("pickListProblem")
        self.problem.setStyleSheet("color:#b00020;")
        self.problem.setWordWrap(True)
        self.export_panel = ExportPanel(ctx, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = QPushButton(self.tr("Save PDF\u2026"), self)
        self.save_button.setObjectName("savePickList")
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.export_panel)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def take_scan(self, code: str) -> bool:
        """The scan hub's question (ScanTaker): a scan is one more line, quantity 1 to edit."""
        text = self.lines.toPlainText().rstrip("\n")
        self.lines.setPlainText(f"{text}\n{code} = 1" if text else f"{code} = 1")
        return True

    def save(self) -> bool:
        try:
            wanted = parse_wanted(self.lines.toPlainText().splitlines())
        except WarehouseError as exc:
            self.problem.setText(error_text(exc))
            return False
        self.problem.setText("")
        return self.export_panel.export(self.tr("Pick list"), f"{self.number}-pick-list.pdf",
                                        pick_list_job(self.number, wanted))


def open_pick_list(ctx: AppContext, parent: QWidget, number: str | None) -> PickListDialog | None:
    if not number:
        return None
    dialog = PickListDialog(ctx, number, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
