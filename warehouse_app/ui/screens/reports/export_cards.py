"""One box per document the warehouse can produce: a sentence on what it is for, its few
options and one button. A card turns its options into an ``ExportRequest``; the screen
hands that to its ExportPanel, which asks where to save and runs it off the GUI thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.core.reports.choices import ReportChoices
from warehouse_app.documents.jobs import (
    DocumentJob,
    count_sheet_job,
    donation_receipt_job,
    donations_report_job,
    parse_scan_entries,
    scan_sheet_job,
    stock_sheet_job,
)
from warehouse_app.kernel.errors import BadInput
from warehouse_app.kernel.station import LANGUAGE_NAMES, StationSettings
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.export_job import default_file_name
from warehouse_app.ui.base.formats import date_pattern, place_name
from warehouse_app.ui.base.texts import error_text
from warehouse_app.ui.operations.label_printing import send_item_labels
from warehouse_app.ui.widgets.donor_dialog import DonorDialog


@dataclass(frozen=True)
class ExportRequest:
    what: str  # "Stock sheet", for the progress line and the save dialog's title
    default_name: str
    job: DocumentJob[Any]  # the same job the command line runs


def select_data(combo: QComboBox, *wanted: object) -> bool:
    """Select the first of ``wanted`` the combo holds as item data (after a reload, or a scan)."""
    for data in wanted:
        if data is not None and (index := combo.findData(data)) >= 0:
            combo.setCurrentIndex(index)
            return True
    return False


class ExportCard(QGroupBox):
    """Title, what it is for, options, one button."""

    requested = Signal()
    print_requested = Signal()  # "Print…" of a PDF card (enable_printing)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = ""  # a PDF card's kind of paper: the printer remembered for it
        self.print_button: QPushButton | None = None
        self.purpose = QLabel(self)
        self.purpose.setWordWrap(True)
        self.purpose.setStyleSheet("color:#444;")
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.button = QPushButton(self)
        self.button.setMinimumHeight(32)
        self.button.clicked.connect(self.requested)
        self.buttons = row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.purpose)
        layout.addLayout(self.form)
        layout.addLayout(row)

    def describe(self, name: str, title: str, purpose: str, button_text: str = "") -> None:
        """Called by each card once built: its object name (for tests), heading, purpose and button
        (a PDF card's buttons are named by ``enable_printing``)."""
        self.setObjectName(name)
        self.setTitle(title)
        self.purpose.setText(purpose)
        self.button.setText(button_text)

    def enable_printing(self, kind: str) -> None:
        """A PDF card: "Print…" (the print preview) beside its save button, which says "Save PDF…"."""
        self.kind = kind
        self.button.setText(self.tr("Save PDF\u2026"))
        self.print_button = QPushButton(self.tr("Print\u2026"), self)
        self.print_button.setObjectName(f"{self.objectName()}Print")
        self.print_button.setMinimumHeight(32)
        self.print_button.clicked.connect(self.print_requested)
        self.buttons.insertWidget(1, self.print_button)

    def add_period(self, prefix: str, today: date | None = None, months_back: int = 0) -> None:
        """"Period:" with two dates (``date_from``, ``date_to``, named ``<prefix>From``/``To``):
        from the first day of the month ``months_back`` months ago to the end of this month."""
        today = today or date.today()
        first = today.replace(day=1)
        back = first.year * 12 + first.month - 1 - months_back
        last = (first.replace(year=first.year + first.month // 12, month=first.month % 12 + 1)).toordinal() - 1
        self.date_from = date_edit(self, date(back // 12, back % 12 + 1, 1))
        self.date_from.setObjectName(f"{prefix}From")
        self.date_to = date_edit(self, date.fromordinal(last))
        self.date_to.setObjectName(f"{prefix}To")
        dates = QHBoxLayout()
        dates.addWidget(self.date_from)
        dates.addWidget(QLabel(self.tr("to"), self))
        dates.addWidget(self.date_to)
        dates.addStretch(1)
        self.form.addRow(self.tr("Period:"), dates)

    def period(self) -> tuple[date, date] | str:
        """The two dates of ``add_period``, or the sentence saying they are upside down."""
        start, end = cast(date, self.date_from.date().toPython()), cast(date, self.date_to.date().toPython())
        if end < start:
            return self.tr("The period ends before it starts: check the two dates.")
        return start, end

    def set_choices(self, choices: ReportChoices, lang: str) -> None:
        """Fill the pickers (called after every reload)."""

    def request(self) -> ExportRequest | str:
        """What to write, or one sentence saying which option is missing."""
        raise NotImplementedError


class StockCard(ExportCard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.describe("stockCard", self.tr("Stock sheet (Excel)"),
                      self.tr("Everything in stock by category and item, with lots, expiry dates and places; "
                              "low stock and goods expiring soon are marked."),
                      self.tr("Export stock sheet\u2026"))

    def request(self) -> ExportRequest:
        return ExportRequest(self.tr("stock sheet"), default_file_name("stock", ".xlsx"),
                             stock_sheet_job(lang=self.ctx.lang, operator=self.ctx.operator.name))


def date_edit(parent: QWidget, value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(date_pattern())
    return edit


class DonationsCard(ExportCard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(ctx, parent)
        self.describe("donationsCard", self.tr("Donations report (Excel)"),
                      self.tr("What came in during a period, by donor and by category."),
                      self.tr("Export donations report\u2026"))
        self.add_period("donations", today)

    def request(self) -> ExportRequest | str:
        period = self.period()
        if isinstance(period, str):
            return period
        start, end = period
        return ExportRequest(self.tr("donations report"), f"donations-{start.isoformat()}-to-{end.isoformat()}.xlsx",
                             donations_report_job(start, end, lang=self.ctx.lang))


class ReceiptCard(ExportCard):
    trace_requested = Signal(str)  # "Where did it go?" for the chosen donation's number

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.describe("receiptCard", self.tr("Donation receipt (PDF)"),
                      self.tr("A thank-you receipt for a donor: what we received from them and when."))
        self.enable_printing("receipt")
        self.donation = QComboBox(self)
        self.donation.setObjectName("receiptDonation")
        self.donation.setMinimumContentsLength(24)
        self.donation.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.language = QComboBox(self)
        self.language.setObjectName("receiptLanguage")
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.donor_button = QPushButton(self.tr("Donor's address and NIP\u2026"), self)
        self.donor_button.setObjectName("receiptDonorDetails")
        self.donor_button.clicked.connect(self.edit_donor)
        self.trace_button = QPushButton(self.tr("Where did it go?"), self)
        self.trace_button.setObjectName("receiptTrace")
        self.trace_button.setToolTip(self.tr("Where every item of the chosen donation is now."))
        self.trace_button.clicked.connect(self._trace)
        self.donation.currentIndexChanged.connect(self._donor_changed)
        self.donors: dict[str, str | None] = {}
        self.form.addRow(self.tr("Donation:"), self.donation)
        self.form.addRow(self.tr("Language:"), self.language)
        extra = QHBoxLayout()
        extra.addWidget(self.donor_button)
        extra.addWidget(self.trace_button)
        extra.addStretch(1)
        self.form.addRow("", extra)

    def set_choices(self, choices: ReportChoices, lang: str) -> None:
        kept = self.donation.currentData()
        self.donation.clear()
        self.donors = {info.number: info.donor for info in choices.donations}
        for info in choices.donations:
            donor = info.donor or self.tr("(no donor named)")
            label = f"{info.number} \u2013 {donor} \u2013 {info.opened_at:%Y-%m-%d}"
            if info.status == "open":
                label += " " + self.tr("(still open)")
            self.donation.addItem(label, info.number)
        closed = next((info.number for info in choices.donations if info.status != "open"), None)
        select_data(self.donation, kept, closed)  # the one picked before, else the newest that can have a receipt
        self._donor_changed()

    def _donor_changed(self) -> None:
        self.donor_button.setEnabled(bool(self.donors.get(self.donation.currentData())))
        self.trace_button.setEnabled(self.donation.currentData() is not None)

    def _trace(self) -> None:
        if (number := self.donation.currentData()) is not None:
            self.trace_requested.emit(str(number))

    def edit_donor(self) -> None:
        """The address and NIP of the chosen donation's donor, printed on the receipt."""
        name = self.donors.get(self.donation.currentData())
        if name:
            DonorDialog(self.ctx, name, self).open()

    def request(self) -> ExportRequest | str:
        number = self.donation.currentData()
        if number is None:
            return self.tr("There is no donation yet to make a receipt for.")
        lang = str(self.language.currentData())
        return ExportRequest(self.tr("donation receipt"), f"receipt-{number}-{lang}.pdf",
                             donation_receipt_job(str(number), lang=lang))


class CountSheetCard(ExportCard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.describe("countCard", self.tr("Stock-count sheet (PDF)"),
                      self.tr("A printed list with barcodes to count one place or one category on paper."))
        self.enable_printing("count-sheet")
        self.by_place = QRadioButton(self.tr("Place:"), self)
        self.by_place.setChecked(True)
        self.by_category = QRadioButton(self.tr("Category:"), self)
        group = QButtonGroup(self)
        group.addButton(self.by_place)
        group.addButton(self.by_category)
        self.place = QComboBox(self)
        self.place.setObjectName("countPlace")
        self.category = QComboBox(self)
        self.category.setObjectName("countCategory")
        for combo in (self.place, self.category):
            combo.setMinimumContentsLength(20)
            combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.place.activated.connect(lambda _: self.by_place.setChecked(True))
        self.category.activated.connect(lambda _: self.by_category.setChecked(True))
        self.form.addRow(self.by_place, self.place)
        self.form.addRow(self.by_category, self.category)

    def set_choices(self, choices: ReportChoices, lang: str) -> None:
        place, category = self.place.currentData(), self.category.currentData()
        self.place.clear()
        for info in choices.places:
            self.place.addItem("\u2003" * max(0, info.path.count("/") - 2) + place_name(info.name), info.code)
        self.category.clear()
        for cat in choices.categories:
            self.category.addItem("\u2003" * cat.depth + cat.name(lang), cat.code)
        select_data(self.place, place)
        select_data(self.category, category)

    def choose_place(self, code: str) -> str | None:
        """A scanned place label picks that place; its name, or None when it is not a place here."""
        if not select_data(self.place, code):
            return None
        self.by_place.setChecked(True)
        return self.place.currentText().strip()

    def request(self) -> ExportRequest | str:
        combo = self.place if self.by_place.isChecked() else self.category
        code = combo.currentData()
        if code is None:
            return self.tr("Choose the place or the category to count.")
        place = str(code) if combo is self.place else None
        category = None if place else str(code)
        return ExportRequest(self.tr("count sheet"), default_file_name(f"count-{code}", ".pdf"),
                             count_sheet_job(location=place, category=category))


def parse_scan_lines(text: str) -> list[tuple[str, str]] | str:
    """``CODE=Caption`` lines (a bare code is its own caption); a sentence on the first bad line."""
    try:
        return list(parse_scan_entries(text.splitlines(), lines=True))
    except BadInput as exc:
        return error_text(exc)


class ScanSheetCard(ExportCard):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.describe("scanSheetCard", self.tr("Scan sheet (PDF)"),
                      self.tr("Barcodes to scan from a laminated sheet, for goods without their own "
                              "(blankets, T-shirt sizes). Tick items, or type CODE=caption lines."))
        self.enable_printing("scan-sheet")
        self.find = QLineEdit(self)
        self.find.setObjectName("scanSheetFind")
        self.find.setPlaceholderText(self.tr("Find an item\u2026"))
        self.find.setClearButtonEnabled(True)
        self.find.textChanged.connect(self._filter)
        self.items = QListWidget(self)
        self.items.setObjectName("scanSheetItems")
        self.items.setMinimumHeight(90)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.items.itemChanged.connect(lambda _: self._count())
        self.ticked_label = QLabel(self)
        self.ticked_label.setObjectName("scanSheetTicked")
        clear = QPushButton(self.tr("Untick all"), self)
        clear.clicked.connect(self.untick_all)
        self.to_printer = QPushButton(self.tr("One label each on the label printer"), self)
        self.to_printer.setObjectName("itemLabelsToPrinter")
        self.to_printer.setToolTip(self.tr("To stick on the goods: the label printer of Settings \u203a Label printer."))
        self.to_printer.clicked.connect(self.send_to_printer)
        ctx.settings_changed.connect(self._printer_changed)  # a bound slot: let go when the card goes
        self._printer_changed(ctx.settings)
        under = QHBoxLayout()
        under.addWidget(self.ticked_label, 1)
        under.addWidget(clear)
        self.lines = QPlainTextEdit(self)
        self.lines.setObjectName("scanSheetLines")
        self.lines.setPlaceholderText(self.tr("One per line, e.g. IT000123=Blanket, wool"))
        self.lines.setMaximumHeight(60)
        self.form.addRow(self.tr("Items:"), self.find)
        self.form.addRow("", self.items)
        self.form.addRow("", under)
        self.form.addRow(self.tr("More lines:"), self.lines)
        self.form.addRow("", self.to_printer)
        self._count()

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.items.count()):
            entry = self.items.item(row)
            entry.setHidden(bool(needle) and needle not in entry.text().casefold())

    def _count(self) -> None:
        self.ticked_label.setText(self.tr("{n} ticked").format(n=len(self.ticked())))

    def untick_all(self) -> None:
        for row in range(self.items.count()):
            if self.items.item(row).flags() & Qt.ItemFlag.ItemIsUserCheckable:
                self.items.item(row).setCheckState(Qt.CheckState.Unchecked)

    def set_choices(self, choices: ReportChoices, lang: str) -> None:
        ticked = {code for code, _ in self.ticked()}
        self.items.clear()
        for code, caption in choices.unlabelled:
            entry = QListWidgetItem(f"{code}  {caption}", self.items)
            entry.setToolTip(caption)
            entry.setData(Qt.ItemDataRole.UserRole, (code, caption))
            entry.setCheckState(Qt.CheckState.Checked if code in ticked else Qt.CheckState.Unchecked)
        if not choices.unlabelled:
            QListWidgetItem(self.tr("No items with an internal code only."), self.items).setFlags(
                Qt.ItemFlag.NoItemFlags)
        self._filter(self.find.text())
        self._count()

    def tick(self, code: str) -> str | None:
        """A scanned internal item code ticks that item; its caption, or None when it is not listed."""
        for row in range(self.items.count()):
            entry = self.items.item(row)
            data = entry.data(Qt.ItemDataRole.UserRole)
            if data and data[0] == code:
                entry.setCheckState(Qt.CheckState.Checked)
                self.items.scrollToItem(entry)
                return str(data[1])
        return None

    def ticked(self) -> list[tuple[str, str]]:
        entries = []
        for row in range(self.items.count()):
            entry = self.items.item(row)
            if entry.checkState() == Qt.CheckState.Checked and entry.data(Qt.ItemDataRole.UserRole):
                entries.append(tuple(entry.data(Qt.ItemDataRole.UserRole)))
        return entries

    def entries(self) -> list[tuple[str, str]] | str:
        """The ticked items and the typed lines, or why there are none to print."""
        typed = parse_scan_lines(self.lines.toPlainText())
        if isinstance(typed, str):
            return typed
        entries = self.ticked() + typed
        return entries or self.tr("Tick at least one item or type a CODE=caption line.")

    def _printer_changed(self, settings: StationSettings) -> None:
        self.to_printer.setVisible(settings.label_printer.zpl)

    def send_to_printer(self) -> None:
        entries = self.entries()
        if isinstance(entries, str):
            self.ctx.messages.error(entries)
            return
        send_item_labels(self, entries, self.ctx.settings.label_printer).success(
            lambda count: self.ctx.messages.success(self.tr("Sent %n item label(s) to the label printer.", "", count))
        ).failure(self.ctx.messages.error).run(self.ctx.runner)

    def request(self) -> ExportRequest | str:
        entries = self.entries()
        if isinstance(entries, str):
            return entries
        return ExportRequest(self.tr("scan sheet"), default_file_name("scan-sheet", ".pdf"),
                             scan_sheet_job(entries, title=self.tr("Scan sheet")))
