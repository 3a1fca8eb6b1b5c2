"""Donation receipt and count sheet, from a real database (SQLite and PostgreSQL) to a PDF read back."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from tests.documents.pdf_reading import decoded_codes, embedded_fonts, page_texts, render_pages
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.catalogue.barcodes import gtin_check_digit
from warehouse_app.core.context import Actor
from warehouse_app.core.intake import donations
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.reports.count_sheet import count_sheet
from warehouse_app.core.reports.donation_receipt import donation_receipt
from warehouse_app.core.shipping.packing_data import WarehouseDetails
from warehouse_app.core.stock.changes import move, reverse
from warehouse_app.db.database import Database
from warehouse_app.documents.count_sheet_pdf import write_count_sheet
from warehouse_app.documents.donation_receipt_pdf import RECEIPT_TEXTS, plural, write_donation_receipt
from warehouse_app.documents.progress import Cancelled
from warehouse_app.kernel.errors import BadInput, Conflict, NotFound

WATER = "5901234123457"
SOAP = "590000000014" + gtin_check_digit("590000000014")
SENDER = WarehouseDetails(name="Magazyn Pomocy Przemyśl", address="ul. Źródlana 7, Przemyśl", tax_id="7952345678")


@pytest.fixture
def donation(db: Database, actor: Actor) -> str:
    """D-…: 10 + 5 water, 8 soap, a scan of 2 soap undone, and a blanket with only an internal code."""
    with db.write() as s:
        catalogue.add_item(s, name="Woda źródlana 1,5 l", category="FOOD", unit="pcs", barcodes_=[WATER],
                           tracks_expiry=True, unit_weight_kg="1.5")
        catalogue.add_item(s, name="Mydło w kostce", category="HYGIENE", unit="pcs", barcodes_=[SOAP])
        blanket = catalogue.add_item(s, name="Koc polarowy", category="HYGIENE", unit="pcs")
        info = donations.open_donation(s, actor, donor="Szkoła Podstawowa nr 3 w Łodzi")
        receive(s, actor, WATER, qty=10, expiry="2027-01-31", donation=info.number)
        receive(s, actor, WATER, qty=5, expiry="2026-12-31", donation=info.number)
        receive(s, actor, SOAP, qty=8, donation=info.number)
        undone = receive(s, actor, SOAP, qty=2, donation=info.number)
        reverse(s, actor, undone.movement_id, "scanned twice")
        receive(s, actor, blanket.internal_code, qty=3, donation=info.number)
        move(s, actor, SOAP, 3, "Receiving", "Storage")
        donations.close_donation(s, info.number)
    return info.number


@pytest.mark.parametrize("lang,expected", [
    ("pl", ("Potwierdzenie przyjęcia darowizny", "Darczyńca", "Serdecznie dziękujemy", "4 pozycje")),
    ("en", ("Donation receipt", "Donor", "Thank you very much", "4 lines")),
    ("uk", ("Підтвердження отримання пожертви", "Благодійник", "Щиро дякуємо", "4 позиції")),
])
def test_receipt_lists_what_arrived_in_the_donors_language(db: Database, donation: str, tmp_path: Path,
                                                         lang: str, expected: tuple[str, ...]) -> None:
    with db.read() as s:
        data = donation_receipt(s, donation)
    assert sorted((x.item_name, x.quantity) for x in data.lines) == [
        ("Koc polarowy", 3), ("Mydło w kostce", 8), ("Woda źródlana 1,5 l", 5), ("Woda źródlana 1,5 l", 10)]
    assert data.pieces == 26 and data.net_kg == Decimal("22.5")
    out = write_donation_receipt(data, tmp_path / "receipt.pdf", lang=lang, sender=SENDER)
    text = " ".join(" ".join(page_texts(out)).split())
    for phrase in expected + (donation, "Szkoła Podstawowa nr 3 w Łodzi", "Magazyn Pomocy Przemyśl", "7952345678",
                              "Woda źródlana 1,5 l", "2026-12-31", "26", "22,50"):
        assert phrase in text, phrase
    assert all(embedded_fonts(out).values())


def test_receipt_refuses_open_unknown_and_bad_language(db: Database, actor: Actor, donation: str,
                                                      tmp_path: Path) -> None:
    with db.write() as s:
        open_one = donations.open_donation(s, actor, donor="Ktoś").number
    with db.read() as s:
        with pytest.raises(Conflict, match="still open"):
            donation_receipt(s, open_one)
        with pytest.raises(NotFound):
            donation_receipt(s, "D-1999-00001")
        data = donation_receipt(s, donation)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(BadInput):
        write_donation_receipt(data, folder / "r.pdf", lang="de")
    assert list(folder.iterdir()) == []


def test_count_sheet_for_a_place_with_scannable_codes(db: Database, donation: str, tmp_path: Path) -> None:
    with db.read() as s:
        data = count_sheet(s, location="Receiving")
        blanket = catalogue.find_item(s, "Koc polarowy").internal_code
    assert [(x.stock.item_name, x.stock.expected) for x in data.lines] == [
        ("Koc polarowy", 3), ("Mydło w kostce", 5), ("Woda źródlana 1,5 l", 5), ("Woda źródlana 1,5 l", 10)]
    assert {x.code for x in data.lines} == {blanket, SOAP, WATER}
    water = data.lines[3]
    data = replace(data, lines=data.lines[:3] + (replace(water, stock=replace(water.stock, lot_code="LOT-7Ż")),))
    out = write_count_sheet(data, tmp_path / "count.pdf")
    text = " ".join(page_texts(out)[0].split())
    for phrase in ("Arkusz spisu z natury / Stock count sheet / Аркуш інвентаризації", "Receiving",
                   "Woda źródlana 1,5 l", "Policzono", "Пораховано", "Liczył(a)", "Page 1 of 1",
                   "Partia Lot Партія", "Ważne do Expiry Придатне до", "LOT-7Ż 2027-01-31", "2026-12-31"):
        assert phrase in text, phrase
    # blind: the quantities the ledger expects (3, 5, 5, 10) are nowhere on the sheet
    assert not {"3", "5", "10"} & set(text.split()) and "Stan" not in text
    (image,) = render_pages(out, tmp_path, dpi=200)
    # the two water lots print the same code one above the other; zxing reports them as one symbol
    assert set(decoded_codes(image)) == {blanket, SOAP, WATER}


def test_count_sheet_for_a_category_everywhere(db: Database, donation: str, tmp_path: Path) -> None:
    with db.read() as s:
        data = count_sheet(s, category="HYGIENE")
        with pytest.raises(BadInput):
            count_sheet(s)
        with pytest.raises(NotFound):
            count_sheet(s, category="NO-SUCH")
    assert sorted((x.stock.item_name, x.stock.location_name, x.stock.expected) for x in data.lines) == [
        ("Koc polarowy", "Receiving", 3), ("Mydło w kostce", "Receiving", 5), ("Mydło w kostce", "Storage", 3)]
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(Cancelled):  # let the first report through, stop at the next
        write_count_sheet(data, folder / "count.pdf", progress=lambda done, total: done == 0)
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("n,pl,uk,en", [
    (1, "pozycja", "позиція", "line"), (3, "pozycje", "позиції", "lines"), (5, "pozycji", "позицій", "lines"),
    (12, "pozycji", "позицій", "lines"), (21, "pozycji", "позиція", "lines"), (22, "pozycje", "позиції", "lines"),
])
def test_line_count_is_worded_by_each_languages_plural_rules(n: int, pl: str, uk: str, en: str) -> None:
    assert [plural(n, RECEIPT_TEXTS[lang]["positions"], lang) for lang in ("pl", "uk", "en")] == [pl, uk, en]
