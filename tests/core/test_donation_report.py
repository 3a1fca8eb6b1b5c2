"""The donations report: received goods by donor and category, corrected scans counted once."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from tests.documents.xlsx_helpers import assert_table_layout, find_row, load, table
from tests.stock_fixtures import ean
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.donations import close_donation, open_donation
from warehouse_app.core.intake.receiving import correct_receipt, receive
from warehouse_app.core.reports.donation_report import NO_DONOR, donation_report
from warehouse_app.db.database import Database
from warehouse_app.documents.donations_xlsx import LINE_COLUMNS, write_donations_report
from warehouse_app.kernel.errors import BadInput

TODAY = date.today()
EVIL = '=HYPERLINK("http://x","y")'


def receive_some(db: Database, actor: Actor) -> None:
    with db.write() as s:
        catalogue.add_item(s, name="Konserwa", category="FOOD.CANNED", unit="pcs", barcodes_=[ean("590000000021")],
                           unit_weight_kg="0.330", tracks_expiry=True)
        catalogue.add_item(s, name="Cukier", category="FOOD.DRY", unit="kg", barcodes_=[ean("590000000022")],
                           unit_weight_kg="1")
        catalogue.add_item(s, name="Mydło", category="HYGIENE", unit="pcs", barcodes_=[ean("590000000023")],
                           unit_weight_kg="0.110")
        first = open_donation(s, actor, donor=EVIL)
        receive(s, actor, ean("590000000021"), qty=10, expiry="2027-05-31", lot_code="A1", donation=first.id)
        wrong = receive(s, actor, ean("590000000022"), qty="3", donation=first.id)
        correct_receipt(s, actor, wrong.movement_id, "2.5")
        close_donation(s, first.id)
        second = open_donation(s, actor, donor="Caritas")
        receive(s, actor, ean("590000000023"), qty=20, donation=second.id)
        receive(s, actor, ean("590000000021"), qty=6, expiry="2027-01-31", donation=second.id)
        close_donation(s, second.id)
        third = open_donation(s, actor)
        receive(s, actor, ean("590000000023"), qty=4, donation=third.id)


def test_report_by_donor_and_category(db: Database, actor: Actor) -> None:
    receive_some(db, actor)
    with db.read() as s:
        report = donation_report(s, TODAY, TODAY)
        assert donation_report(s, TODAY + timedelta(days=1), TODAY + timedelta(days=9)).lines == ()
        with pytest.raises(BadInput):
            donation_report(s, TODAY, TODAY - timedelta(days=1))
    assert len(report.lines) == 5  # the corrected scan once, at its corrected quantity
    donors = {t.name: t for t in report.by_donor}
    assert list(donors) == [NO_DONOR, EVIL, "Caritas"]
    assert (donors[EVIL].donations, donors[EVIL].lines, donors[EVIL].pieces, donors[EVIL].measured,
            donors[EVIL].weight_kg) == (1, 2, 10, Decimal("2.5"), Decimal("5.800"))
    assert (donors["Caritas"].pieces, donors["Caritas"].weight_kg) == (26, Decimal("4.180"))
    cats = {t.name: t for t in report.by_category}
    assert cats["Food/Canned food"].pieces == 16 and cats["Food/Canned food"].donations == 2
    assert cats["Hygiene and cleaning"].pieces == 24
    assert (report.total.lines, report.total.pieces, report.total.measured, report.total.weight_kg) == (
        5, 40, Decimal("2.5"), Decimal("10.420"))


def test_report_sheets(db: Database, actor: Actor, tmp_path: Path) -> None:
    receive_some(db, actor)
    with db.read() as s:
        report = donation_report(s, TODAY, TODAY)
    (tmp_path / "out").mkdir()
    wb = load(write_donations_report(report, tmp_path / "out" / "d.xlsx"))
    assert wb.sheetnames == ["By donor", "By category", "Lines"]
    ws = wb["By donor"]
    title_row = find_row(ws, "Donor")
    _, rows = table(ws, title_row)
    assert_table_layout(ws, title_row, 6, 3)
    evil = rows[1]
    assert (evil[0].value, evil[0].data_type) == (EVIL, "s")
    assert [c.value for c in evil[1:]] == [1, 2, 10, 2.5, pytest.approx(5.8)]
    totals = ws[title_row + 4]
    assert [c.value for c in totals] == ["Total", 3, 5, 40, 2.5, pytest.approx(10.42)]
    assert ws.cell(find_row(ws, "From"), 2).value.date() == TODAY

    ws = wb["Lines"]
    title_row = find_row(ws, "Received")
    titles, rows = table(ws, title_row)
    assert titles == [c.title for c in LINE_COLUMNS] and len(rows) == 5
    assert_table_layout(ws, title_row, len(LINE_COLUMNS), 5)
    first = rows[0]
    assert first[0].value.date() == TODAY and first[0].number_format == "yyyy-mm-dd"
    assert (first[2].value, first[2].data_type, first[3].value, first[5].value) == (EVIL, "s", "Konserwa", 10)
    assert first[8].value.date() == date(2027, 5, 31) and first[9].value == "A1"
    assert ws[title_row + 6][7].value == pytest.approx(10.42)
