"""The Reports screen (F6): every sheet and document the warehouse can produce, and the
spreadsheet imports.

Each export is a card with its few options and one button; the file is written off the
GUI thread by the shared ExportPanel (progress, Cancel, then Open / Show in folder).
Exports are for everyone; imports change the catalogue or the stock, so only managers
may start them (the buttons stay visible, disabled, with the reason as a tooltip).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.core.reports.choices import ReportChoices
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.export_job import ExportPanel, export_folder
from warehouse_app.ui.base.language import file_dialog_options
from warehouse_app.ui.operations.reports import CHOICES_CHANGE, report_choices
from warehouse_app.ui.screens.reports.export_cards import (
    CountSheetCard,
    DonationsCard,
    ExportCard,
    ExportRequest,
    ReceiptCard,
    ScanSheetCard,
    StockCard,
)
from warehouse_app.ui.screens.reports.impact_cards import DonorReportCard, ImpactCard
from warehouse_app.ui.screens.reports.import_dialog import ImportDialog
from warehouse_app.ui.screens.screen import Screen
from warehouse_app.ui.widgets.trace_view import TraceView


class ReportsScreen(Screen):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("reports")
        self.import_dialog: ImportDialog | None = None
        self.panel = ExportPanel(ctx, self)
        self.stock = StockCard(ctx, self)
        self.donations = DonationsCard(ctx, self)
        self.receipt = ReceiptCard(ctx, self)
        self.count = CountSheetCard(ctx, self)
        self.scan_sheet = ScanSheetCard(ctx, self)
        self.impact = ImpactCard(ctx, self)
        self.donor_report = DonorReportCard(ctx, self)
        self.cards: list[ExportCard] = [self.stock, self.donations, self.receipt, self.count, self.scan_sheet,
                                        self.impact, self.donor_report]
        self.trace_view: TraceView | None = None  # the last one opened (tests look at it)
        self.receipt.trace_requested.connect(self.trace_donation)
        for card in self.cards:
            card.requested.connect(lambda card=card: self.export(card))
            card.print_requested.connect(lambda card=card: self.export(card, printing=True))
        self.panel.running_changed.connect(self._running)
        imports = self._build_imports()

        page = QWidget(self)
        grid = QGridLayout(page)
        grid.setContentsMargins(0, 0, 0, 0)
        columns = ((self.stock, self.donations, self.receipt), (self.impact, self.donor_report, self.count),
                   (self.scan_sheet, imports))
        for column, cards in enumerate(columns):
            box = QVBoxLayout()
            for card in cards:
                box.addWidget(card)
            box.addStretch(1)
            grid.addLayout(box, 0, column)
            grid.setColumnStretch(column, 1)
        scroll = QScrollArea(self)
        scroll.setWidget(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(scroll, 1)
        ctx.watch(self, CHOICES_CHANGE, self._changed)

    def title(self) -> str:
        return self.tr("Reports")

    def _build_imports(self) -> QGroupBox:
        box = QGroupBox(self.tr("Import from a spreadsheet (xlsx or csv)"), self)
        box.setObjectName("importsCard")
        self.import_items_button = QPushButton(self.tr("Import items\u2026"), box)
        self.import_items_button.setObjectName("importItems")
        self.import_items_button.clicked.connect(lambda: self.start_import("items"))
        self.import_donation_button = QPushButton(self.tr("Import donation list\u2026"), box)
        self.import_donation_button.setObjectName("importDonation")
        self.import_donation_button.clicked.connect(lambda: self.start_import("donation"))
        items_text = QLabel(self.tr("New kinds of goods for the catalogue. Columns: name, category, unit, "
                                    "barcode, weight_kg, tracks_expiry, min_stock."), box)
        donation_text = QLabel(self.tr("A donor's list of what they bring; it is received as one donation. "
                                       "Columns: barcode (or internal code), quantity, expiry, lot, donor."), box)
        after = QLabel(self.tr("You see every row and its problem first; nothing is imported until you press Import."),
                       box)
        layout = QVBoxLayout(box)
        for widget in (items_text, self.import_items_button, donation_text, self.import_donation_button, after):
            if isinstance(widget, QLabel):
                widget.setWordWrap(True)
                widget.setStyleSheet("color:#444;")
            else:
                widget.setMinimumHeight(32)
            layout.addWidget(widget)
        if not self.ctx.is_manager:
            only = QLabel(self.tr("Only a manager can import: it changes the catalogue and stock."), box)
            only.setObjectName("importsManagerOnly")
            only.setWordWrap(True)
            only.setStyleSheet("color:#6b4400; font-weight:bold;")
            layout.insertWidget(0, only)
            for button in (self.import_items_button, self.import_donation_button):
                button.setEnabled(False)
                button.setToolTip(self.tr("Only a manager can import: it changes the catalogue and stock."))
        return box

    # --- choices ---

    def activated(self) -> None:
        self.reload()

    def reload(self) -> None:
        report_choices(self).success(self._choices_loaded).failure(self.ctx.messages.error).run(self.ctx.runner)

    def _changed(self) -> None:
        if self.isVisible():
            self.reload()

    def _choices_loaded(self, choices: ReportChoices) -> None:
        for card in self.cards:
            card.set_choices(choices, self.ctx.lang)

    def handle_scan(self, code: str) -> None:
        """A place label picks the place to count; an item's internal code ticks it for the scan sheet."""
        text = code.strip().upper()
        if (place := self.count.choose_place(text)) is not None:
            self.ctx.messages.show_message(
                self.tr("Count sheet: {place} chosen; now press Print… or Save PDF…").format(place=place), "info")
        elif (caption := self.scan_sheet.tick(text)) is not None:
            self.ctx.messages.show_message(self.tr("{item} ticked for the scan sheet.").format(item=caption), "info")
        else:
            self.ctx.messages.show_message(
                self.tr("Here a scan picks a place to count (its label) or an item without a barcode "
                        "for the scan sheet (its IT code). To receive goods, go to Intake (F2)."), "warning")

    def trace_donation(self, number: str) -> None:
        """"Where did it go?" for the donation chosen on the receipt card."""
        self.trace_view = TraceView.open_donation(self.ctx, self.window(), number)

    # --- exports ---

    def export(self, card: ExportCard, *, printing: bool = False) -> bool:
        """Save the card's document, or (``printing``) open it in the print preview."""
        request = card.request()
        if isinstance(request, str):
            self.ctx.messages.show_message(request, "warning")
            return False
        assert isinstance(request, ExportRequest)
        if printing:
            return self.panel.print_document(request.what, card.kind, request.default_name, request.job)
        return self.panel.export(request.what, request.default_name, request.job)

    def _running(self, running: bool) -> None:
        for card in self.cards:
            for button in (card.button, card.print_button):
                if button is not None:
                    button.setEnabled(not running)

    # --- imports ---

    def start_import(self, kind: str) -> None:
        if not self.ctx.is_manager:
            return
        title = self.tr("Choose the items file") if kind == "items" else self.tr("Choose the donation list")
        name, _ = QFileDialog.getOpenFileName(self.window(), title, export_folder(), self.tr("Spreadsheets (*.xlsx *.csv)"),
                                              options=file_dialog_options())
        if not name:
            return
        self.import_dialog = ImportDialog(self.ctx, kind, Path(name), self.window())
        self.import_dialog.finished.connect(self._import_closed)
        self.import_dialog.open()

    def _import_closed(self) -> None:
        dialog, self.import_dialog = self.import_dialog, None
        if dialog is None:
            return
        if dialog.importing:  # closed while importing: its answer still reaches the message bar
            dialog.settled.connect(dialog.deleteLater)
        else:
            dialog.deleteLater()
