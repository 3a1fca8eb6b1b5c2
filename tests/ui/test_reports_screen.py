"""The Reports screen as a user works it: pick options, press the button, get a real file
(read back with openpyxl / pypdf); import a spreadsheet only after its preview is clean."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from tests.stock_fixtures import ean
from tests.ui.print_preview import assert_same_pages, open_preview, print_to_file
from warehouse_app.core.catalogue.items import add_item, list_items
from warehouse_app.core.intake.donations import close_donation, open_donation
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.shipping.warehouse import set_warehouse_details
from warehouse_app.core.stock.query import stock_by_category
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.tasks import Change
from warehouse_app.ui.screens.reports.export_cards import ExportCard, parse_scan_lines
from warehouse_app.ui.screens.reports.import_dialog import ImportDialog
from warehouse_app.ui.screens.reports.preview_model import BAD_TEXT
from warehouse_app.ui.screens.reports.screen import ReportsScreen

RICE = "5901234123457"
FORMULA_DONOR = '=HYPERLINK("http://evil.example","Click me")'


def seed(ctx: AppContext) -> str:
    """A blanket without a barcode, rice with one, and a donation of rice from a formula-looking donor."""
    with ctx.runner.db.write() as s:
        add_item(s, name="Blanket, wool", category="BEDDING.BLANKETS", unit="pcs")
        add_item(s, name="Rice 1 kg", category="FOOD", unit="pcs", barcodes_=[RICE], unit_weight_kg="1",
                 tracks_expiry=True)
        donation = open_donation(s, ctx.actor, donor=FORMULA_DONOR)
        receive(s, ctx.actor, RICE, qty=12, expiry=date.today() + timedelta(days=200), donation=donation.id)
        close_donation(s, donation.id)
        open_donation(s, ctx.actor, donor="Still Scanning Sp. z o.o.")
        return donation.number


def open_screen(ctx: AppContext, qtbot: QtBot) -> ReportsScreen:  # type: ignore[no-untyped-def]
    """The seeded screen, shown and with its pickers filled, as after pressing F6."""
    seed(ctx)
    page = ReportsScreen(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    with qtbot.waitSignal(ctx.runner.busy_changed, check_params_cb=lambda busy: not busy):
        page.activated()
    return page


@pytest.fixture
def screen(ctx: AppContext, qtbot: QtBot) -> ReportsScreen:  # type: ignore[no-untyped-def]
    return open_screen(ctx, qtbot)


def export(screen: ReportsScreen, card: ExportCard, out: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Path:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(out), "")))
    with qtbot.waitSignal(screen.panel.finished, timeout=30_000) as finished:
        card.button.click()
    assert screen.panel.state == "done", screen.panel.label.text()
    assert finished.args[0] == out and out.exists()
    return out


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def test_stock_sheet_for_everyone(screen: ReportsScreen, qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert not screen.ctx.is_manager and screen.stock.button.isEnabled()
    path = export(screen, screen.stock, tmp_path / "stock.xlsx", qtbot, monkeypatch)
    sheet = openpyxl.load_workbook(path)["Stock"]
    cells = [c.value for row in sheet.iter_rows() for c in row]
    assert "Rice 1 kg" in cells and 12 in cells


def test_donations_report_keeps_a_formula_looking_donor_as_text(screen: ReportsScreen, qtbot: QtBot, tmp_path: Path,
                                                                 monkeypatch) -> None:  # type: ignore[no-untyped-def]
    card = screen.donations
    today = date.today()
    assert card.date_from.date().toPython() == today.replace(day=1)
    assert card.date_to.date().toPython() >= today
    path = export(screen, card, tmp_path / "donations.xlsx", qtbot, monkeypatch)
    book = openpyxl.load_workbook(path)
    donor_cells = [c for sheet in book.worksheets for row in sheet.iter_rows() for c in row
                   if c.value == FORMULA_DONOR]
    assert donor_cells and all(c.data_type == "s" for c in donor_cells)  # a string, never a formula


def test_donation_receipt_in_ukrainian(screen: ReportsScreen, qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    with screen.ctx.runner.db.write() as s:  # the sender, as a manager sets it in the settings
        set_warehouse_details(s, name="Magazyn Pomocy Przemyśl", address="ul. Lwowska 12")
    card = screen.receipt
    labels = [card.donation.itemText(i) for i in range(card.donation.count())]
    assert len(labels) == 2 and "(still open)" in labels[0] and "Still Scanning" in labels[0]
    assert card.donation.currentIndex() == 1  # the newest closed donation, not the one still being scanned
    card.language.setCurrentIndex(card.language.findData("uk"))
    number = card.donation.currentData()
    path = export(screen, card, tmp_path / "receipt.pdf", qtbot, monkeypatch)
    text = pdf_text(path)
    assert number in text and "Rice 1 kg" in text and "HYPERLINK" in text
    assert "Magazyn Pomocy Przemyśl" in text and "ul. Lwowska 12" in text
    assert any("\u0400" <= ch <= "\u04ff" for ch in text)  # Ukrainian headings


def test_receipt_of_an_open_donation_is_refused_in_one_sentence(screen: ReportsScreen, qtbot: QtBot, tmp_path: Path,
                                                                 monkeypatch) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "open.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(out), "")))
    screen.receipt.donation.setCurrentIndex(0)
    with qtbot.waitSignal(screen.panel.finished):
        screen.receipt.button.click()
    assert screen.panel.state == "failed" and "still open" in screen.panel.label.text()
    assert not out.exists()


def test_count_sheet_for_a_category(screen: ReportsScreen, qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    card = screen.count
    card.category.setCurrentIndex(card.category.findData("FOOD"))
    card.by_category.setChecked(True)
    request = card.request()
    assert not isinstance(request, str) and request.default_name.startswith("count-FOOD-")
    path = export(screen, card, tmp_path / "count.pdf", qtbot, monkeypatch)
    text = pdf_text(path)
    assert "Rice 1 kg" in text and "Blanket" not in text


def test_an_upside_down_period_is_refused_before_any_dialog(screen: ReportsScreen, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: pytest.fail("no dialog")))
    screen.donations.date_to.setDate(screen.donations.date_from.date().addDays(-1))
    assert not screen.export(screen.donations)
    assert "ends before it starts" in screen.ctx.messages.text()


def test_scan_sheet_of_goods_without_barcodes(screen: ReportsScreen, qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    items = screen.scan_sheet.items
    captions = [items.item(row).text() for row in range(items.count())]
    assert len(captions) == 1 and captions[0].endswith("Blanket, wool")  # rice has its own barcode
    items.item(0).setCheckState(Qt.CheckState.Checked)
    screen.scan_sheet.lines.setPlainText(f"{RICE}=Rice, loose\n\n")
    path = export(screen, screen.scan_sheet, tmp_path / "scan.pdf", qtbot, monkeypatch)
    text = pdf_text(path)
    assert "Blanket, wool" in text and "Rice, loose" in text


def test_every_pdf_card_prints_beside_save_pdf(screen: ReportsScreen, qtbot: QtBot, tmp_path: Path,
                                              monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Receipt, count sheet, scan sheet, donor report: "Print…" opens the preview of the same
    pages "Save PDF…" writes; Qt's printer prints them (here to a file) page for page."""
    screen.scan_sheet.items.item(0).setCheckState(Qt.CheckState.Checked)
    screen.count.category.setCurrentIndex(screen.count.category.findData("FOOD"))
    screen.count.by_category.setChecked(True)
    pdf_cards = [card for card in screen.cards if card.print_button is not None]
    assert [card.objectName() for card in pdf_cards] == ["receiptCard", "countCard", "scanSheetCard",
                                                         "donorReportCard"]
    for card in pdf_cards[:3]:  # the donor report needs a donor: tests/ui/test_trace_view.py prints it
        assert card.button.text() == "Save PDF\u2026" and card.print_button.text() == "Print\u2026"
        assert card.print_button.objectName() == f"{card.objectName()}Print"
        saved = export(screen, card, tmp_path / f"{card.objectName()}.pdf", qtbot, monkeypatch)
        preview = open_preview(qtbot, screen.panel,
                               lambda card=card: qtbot.mouseClick(card.print_button, Qt.MouseButton.LeftButton))
        printed = tmp_path / f"{card.objectName()}-printed.pdf"
        print_to_file(qtbot, screen.panel, preview, printed)
        assert_same_pages(saved, printed)


def test_scans_pick_the_place_to_count_and_tick_items(screen: ReportsScreen) -> None:
    screen.count.by_category.setChecked(True)
    screen.handle_scan("LC000003")
    assert screen.count.by_place.isChecked() and screen.count.place.currentData() == "LC000003"
    assert "Storage chosen" in screen.ctx.messages.text()
    code = screen.scan_sheet.items.item(0).data(Qt.ItemDataRole.UserRole)[0]
    screen.handle_scan(code.lower())
    assert screen.scan_sheet.ticked() == [(code, "Blanket, wool")]
    assert screen.scan_sheet.ticked_label.text() == "1 ticked"
    screen.handle_scan(RICE)
    assert "Intake (F2)" in screen.ctx.messages.text()


def test_scan_lines_are_checked_before_writing() -> None:
    assert parse_scan_lines("IT000001=Blanket\n IT000002 \n") == [("IT000001", "Blanket"), ("IT000002", "IT000002")]
    assert parse_scan_lines("=Blanket") == "Line 1 has no code before the = sign."


def test_a_bad_scan_code_fails_in_one_sentence_and_writes_nothing(screen: ReportsScreen, qtbot: QtBot, tmp_path: Path,
                                                                   monkeypatch) -> None:  # type: ignore[no-untyped-def]
    screen.scan_sheet.lines.setPlainText("12345=Not a barcode")
    out = tmp_path / "bad.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(out), "")))
    with qtbot.waitSignal(screen.panel.finished):
        screen.scan_sheet.button.click()
    assert screen.panel.state == "failed" and "12345" in screen.panel.label.text()
    assert not out.exists()


# --- imports ---


def write_csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def open_import(screen: ReportsScreen, button, path: Path, qtbot: QtBot, monkeypatch) -> ImportDialog:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *args, **kwargs: (str(path), "")))
    button.click()
    dialog = screen.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.file is not None, timeout=10_000)
    return dialog


def item_names(ctx: AppContext) -> set[str]:
    with ctx.runner.db.read() as s:
        return {item.name for item in list_items(s)}


def test_staff_cannot_import(screen: ReportsScreen) -> None:
    for button in (screen.import_items_button, screen.import_donation_button):
        assert not button.isEnabled() and "manager" in button.toolTip()


@pytest.fixture
def manager_screen(manager_ctx: AppContext, qtbot: QtBot) -> ReportsScreen:  # type: ignore[no-untyped-def]
    return open_screen(manager_ctx, qtbot)


def test_item_import_shows_the_bad_row_and_imports_nothing_until_it_is_skipped(
        manager_screen: ReportsScreen, qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctx = manager_screen.ctx
    path = write_csv(tmp_path / "items.csv", [
        "Nazwa;Kategoria;Jednostka;Kod kreskowy",
        "Pasta 500 g;FOOD;pcs;5900000000015",
        "Soap;HYGIENE;pcs;5900000000021",  # wrong check digit
        "Towel;HYGIENE;pcs;",
    ])
    dialog = open_import(manager_screen, manager_screen.import_items_button, path, qtbot, monkeypatch)
    model = dialog.model
    assert model.rowCount() == 3
    problem = model.index(1, model.problem_column)
    assert "5900000000011" in model.data(problem) or "check digit" in model.data(problem).lower()
    assert model.data(problem, Qt.ItemDataRole.ForegroundRole).color() == BAD_TEXT
    assert model.data(model.index(0, model.problem_column)) == ""
    assert "2 rows can be imported; 1 have a problem" in dialog.counts.text()
    assert not dialog.import_button.isEnabled()
    dialog.start_import()  # even a stray call imports nothing
    ctx.runner.wait()
    assert "Pasta 500 g" not in item_names(ctx)

    dialog.only_bad.setChecked(True)
    assert dialog.table.isRowHidden(0) and not dialog.table.isRowHidden(1)
    dialog.skip.setChecked(True)
    assert dialog.import_button.isEnabled()
    with qtbot.waitSignal(ctx.runner.changed, check_params_cb=lambda notice: notice.changes == Change.CATALOGUE):
        dialog.import_button.click()
    assert dialog.outcome.text() == "Items imported: 2. Rows skipped: 1."
    assert ctx.messages.text() == dialog.outcome.text()
    assert not dialog.import_button.isEnabled()  # one file, one import
    names = item_names(ctx)
    assert {"Pasta 500 g", "Towel"} <= names and "Soap" not in names


def test_donation_list_import_receives_stock(manager_screen: ReportsScreen, qtbot: QtBot, tmp_path: Path,
                                             monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctx = manager_screen.ctx
    expiry = (date.today() + timedelta(days=300)).isoformat()
    path = tmp_path / "list.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["EAN", "Ilość", "Data ważności"])
    book.active.append([RICE, 30, expiry])
    book.save(path)
    dialog = open_import(manager_screen, manager_screen.import_donation_button, path, qtbot, monkeypatch)
    assert "All 1 rows can be imported." in dialog.counts.text() and dialog.import_button.isEnabled()
    dialog.donor.setText("Caritas Kraków")
    with qtbot.waitSignal(ctx.runner.changed,
                          check_params_cb=lambda notice: notice.touches(Change.STOCK) and notice.touches(Change.DONATIONS)):
        dialog.import_button.click()
    assert dialog.outcome.text().startswith("Lines received into donation D-") and ": 1." in dialog.outcome.text()
    with ctx.runner.db.read() as s:
        food = next(c for c in stock_by_category(s) if c.code == "FOOD")
    assert food.quantity == 42


def test_expired_goods_in_a_donation_list_come_in_only_when_ticked(manager_screen: ReportsScreen, qtbot: QtBot,
                                                                   tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctx = manager_screen.ctx
    path = tmp_path / "old.xlsx"
    book = openpyxl.Workbook()
    book.active.append(["EAN", "Ilość", "Data ważności"])
    book.active.append([RICE, 5, (date.today() - timedelta(days=10)).isoformat()])
    book.save(path)
    dialog = open_import(manager_screen, manager_screen.import_donation_button, path, qtbot, monkeypatch)
    assert dialog.allow_expired.isVisible() and not dialog.allow_expired.isChecked()
    assert dialog.file is not None and dialog.file.preview.invalid == 1 and not dialog.import_button.isEnabled()
    assert "expired" in (dialog.file.preview.rows[0].error or "")
    dialog.allow_expired.setChecked(True)  # a deliberate tick: the rows are checked again
    qtbot.waitUntil(lambda: dialog.file is not None, timeout=10_000)
    assert dialog.file.preview.invalid == 0 and dialog.import_button.isEnabled()
    with qtbot.waitSignal(ctx.runner.changed, check_params_cb=lambda notice: notice.touches(Change.STOCK)):
        dialog.import_button.click()
    with ctx.runner.db.read() as s:
        food = next(c for c in stock_by_category(s) if c.code == "FOOD")
    assert food.quantity == 12 + 5  # the rice already on the shelves, and the five expired bags


def test_donor_address_and_nip_are_set_from_the_receipt_card(screen: ReportsScreen, qtbot: QtBot, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                            monkeypatch) -> None:
    from warehouse_app.core.intake.donors import get_donor
    from warehouse_app.ui.widgets.donor_dialog import DonorDialog

    card = screen.receipt
    assert card.donor_button.isEnabled()
    card.edit_donor()
    dialog = card.findChild(DonorDialog)
    qtbot.waitUntil(lambda: not screen.ctx.runner.busy)
    dialog.address.setPlainText("ul. Długa 5\n00-001 Warszawa")
    dialog.tax_id.setText("526-000-12-47")  # a wrong check digit: refused inline
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.problem.isHidden())
    assert "NIP" in dialog.problem.text() and dialog.isVisible()
    dialog.tax_id.setText("526-000-12-46")
    with qtbot.waitSignal(dialog.accepted):
        dialog.submit()
    with screen.ctx.runner.db.read() as s:
        donor = get_donor(s, FORMULA_DONOR)
    assert (donor.address, donor.tax_id) == ("ul. Długa 5\n00-001 Warszawa", "5260001246")
    text = pdf_text(export(screen, card, tmp_path / "receipt.pdf", qtbot, monkeypatch))
    assert "00-001 Warszawa" in text and "5260001246" in text


def big_item_csv(path: Path, n: int) -> Path:
    return write_csv(path, ["Nazwa;Kategoria;Jednostka;Kod kreskowy"] + [
        f"Towar {i};FOOD;szt;{ean(f'59{i:010d}')}" for i in range(n)])


def test_a_big_import_shows_its_progress_and_stop_leaves_nothing(
        manager_screen: ReportsScreen, qtbot: QtBot, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctx = manager_screen.ctx
    before = item_names(ctx)
    dialog = open_import(manager_screen, manager_screen.import_items_button,
                         big_item_csv(tmp_path / "items.csv", 3_000), qtbot, monkeypatch)
    assert "All 3000 rows can be imported." in dialog.counts.text() and dialog.bar.isHidden()
    values: list[int] = []
    dialog.bar.valueChanged.connect(values.append)

    dialog.import_button.click()
    assert dialog.bar.isVisible() and dialog.stop_button.isVisible() and not dialog.close_button.isEnabled()
    with qtbot.waitSignal(dialog.settled, timeout=30_000):
        dialog.stop_button.click()  # at once: while the rows are still being checked
    assert dialog.outcome.text() == "The import was cancelled; nothing was imported."
    assert dialog.bar.isHidden() and dialog.stop_button.isHidden() and dialog.close_button.isEnabled()
    assert item_names(ctx) == before
    assert dialog.import_button.isEnabled()  # nothing happened: it may be run again

    with qtbot.waitSignal(dialog.settled, timeout=60_000):
        dialog.import_button.click()
    assert dialog.outcome.text() == "Items imported: 3000. Rows skipped: 0."
    assert len(item_names(ctx)) == len(before) + 3_000
    assert values and values == sorted(values) and values[-1] == dialog.bar.maximum() == 6_000


def test_closing_the_dialog_stops_the_check(manager_screen: ReportsScreen, qtbot: QtBot, tmp_path: Path,
                                            monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(big_item_csv(tmp_path / "i.csv", 20_000)), "")))
    manager_screen.import_items_button.click()
    dialog = manager_screen.import_dialog
    assert dialog is not None and dialog.relay is not None
    relay = dialog.relay
    dialog.close_button.click()
    assert relay.cancelled and not dialog.isVisible()
    manager_screen.ctx.runner.wait()
    qtbot.wait(50)  # the answer (cancelled) comes back to nobody: no sentence anywhere
    assert manager_screen.ctx.messages.text() == ""
