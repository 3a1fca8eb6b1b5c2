"""The Reports screen's cards for "where did the donations go": the impact sheet of a
period (every donor, Excel) and one donor's impact report (a PDF letter in their language)."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QComboBox, QSizePolicy, QWidget

from warehouse_app.core.reports.choices import ReportChoices
from warehouse_app.documents.jobs import donor_impact_job, impact_sheet_job
from warehouse_app.kernel.station import LANGUAGE_NAMES
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.screens.reports.export_cards import ExportCard, ExportRequest, select_data

MONTHS_BACK = 2  # the period offered first: this month and the two before (goods take weeks to leave)


class ImpactCard(ExportCard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(ctx, parent)
        self.describe("impactCard", self.tr("Where the donations went (Excel)"),
                      self.tr("For every donor of a period: what they gave, how much has left and for where, "
                              "what was delivered, what still waits here and what was written off."),
                      self.tr("Export impact sheet\u2026"))
        self.add_period("impact", today, MONTHS_BACK)

    def request(self) -> ExportRequest | str:
        period = self.period()
        if isinstance(period, str):
            return period
        start, end = period
        return ExportRequest(self.tr("impact sheet"), f"impact-{start.isoformat()}-to-{end.isoformat()}.xlsx",
                             impact_sheet_job(start, end, lang=self.ctx.lang))


class DonorReportCard(ExportCard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(ctx, parent)
        self.describe("donorReportCard", self.tr("Donor impact report (PDF)"),
                      self.tr("A letter for one donor, in their language: where their gifts of a period went, "
                              "what still waits and what was written off, and a thank-you."))
        self.enable_printing("donor-report")
        self.donor = QComboBox(self)
        self.donor.setObjectName("donorReportDonor")
        self.donor.setMinimumContentsLength(24)
        self.donor.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.language = QComboBox(self)
        self.language.setObjectName("donorReportLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.form.addRow(self.tr("Donor:"), self.donor)
        self.add_period("donorReport", today, MONTHS_BACK)
        self.form.addRow(self.tr("Language:"), self.language)

    def set_choices(self, choices: ReportChoices, lang: str) -> None:
        kept = self.donor.currentData()
        self.donor.clear()
        for name in choices.donors:
            self.donor.addItem(name, name)
        select_data(self.donor, kept)

    def choose_donor(self, name: str) -> bool:
        return select_data(self.donor, name)

    def request(self) -> ExportRequest | str:
        donor = self.donor.currentData()
        if donor is None:
            return self.tr("Choose the donor first.")
        period = self.period()
        if isinstance(period, str):
            return period
        start, end = period
        lang = str(self.language.currentData())
        stem = "".join(c if c.isalnum() else "-" for c in str(donor))[:40] or "no-donor"
        return ExportRequest(self.tr("donor report"), f"impact-{stem}-{start.isoformat()}-{lang}.pdf",
                             donor_impact_job(str(donor), start, end, lang=lang))
