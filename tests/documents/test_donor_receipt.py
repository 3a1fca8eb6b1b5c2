"""A receipt good enough for a Polish donor's records: their address and NIP, the receipt
number, declared values, the source in the reader's language, headers never broken."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.documents.pdf_reading import page_texts
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.context import Actor
from warehouse_app.core.intake import donations
from warehouse_app.core.intake.donors import clean_tax_id, get_donor, set_donor_details
from warehouse_app.core.intake.imports import import_donation
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.reports.donation_receipt import donation_receipt
from warehouse_app.db.database import Database
from warehouse_app.documents.donation_receipt_pdf import write_donation_receipt
from warehouse_app.kernel.errors import BadInput

SOAP = "5901234123457"
DONOR = "Piekarnia Kowalski sp. z o.o."


@pytest.fixture
def valued_donation(db: Database, actor: Actor) -> str:
    with db.write() as s:
        catalogue.add_item(s, name="Mydło w kostce", category="HYGIENE", unit="pcs", barcodes_=[SOAP],
                           name_uk="Мило", unit_value="3.50")
        blanket = catalogue.add_item(s, name="Koc polarowy", category="BEDDING.BLANKETS", unit="pcs",
                                     unit_value="12", value_currency="EUR")
        set_donor_details(s, DONOR, address="ul. Długa 5\n00-001 Warszawa", tax_id="PL 526-000-12-46")
        info = donations.open_donation(s, actor, donor=DONOR)
        receive(s, actor, SOAP, qty=10, donation=info.number)
        receive(s, actor, blanket.internal_code, qty=2, donation=info.number)
        donations.close_donation(s, info.number)
    return info.number


def test_nip_is_checked_and_other_tax_ids_kept() -> None:
    assert clean_tax_id("PL 526-000-12-46") == "5260001246"
    assert clean_tax_id("DE123456789") == "DE123456789" and clean_tax_id("  ") is None
    for bad in ("5260001247", "PL52600012", "x" * 21):
        with pytest.raises(BadInput):
            clean_tax_id(bad)


@pytest.mark.parametrize("lang, words", [
    ("pl", ("Mydło w kostce", "Zadeklarowana wartość darowizny: 24,00 EUR, 35,00 PLN", "Wartość")),
    ("uk", ("Мило", "Задекларована вартість пожертви: 24,00 EUR, 35,00 PLN", "Кількість")),
])
def test_receipt_has_donor_details_number_and_values(db: Database, valued_donation: str, tmp_path: Path,
                                                    lang: str, words: tuple[str, ...]) -> None:
    with db.read() as s:
        data = donation_receipt(s, valued_donation)
        assert get_donor(s, DONOR).tax_id == "5260001246"
    assert data.values == {"PLN": Decimal("35.00"), "EUR": Decimal("24.00")}
    out = write_donation_receipt(data, tmp_path / "r.pdf", lang=lang)
    text = " ".join(" ".join(page_texts(out)).split())
    for phrase in (*words, valued_donation, DONOR, "ul. Długa 5", "00-001 Warszawa", "5260001246"):
        assert phrase in text, phrase
    lines = PdfReader(out).pages[0].extract_text().splitlines()
    assert not any(line.strip() in ("Кількіст", "ь", "Ilo", "ść") for line in lines)


def test_imported_donation_says_its_source_in_the_readers_language(db: Database, actor: Actor,
                                                                    tmp_path: Path) -> None:
    with db.write() as s:
        catalogue.add_item(s, name="Mydło", category="HYGIENE", unit="pcs", barcodes_=[SOAP])
        number = import_donation(s, actor, [{"barcode": SOAP, "quantity": "4"}], donor="Szkoła").donation
        assert donations.get_donation(s, str(number)).source == "import"
    with db.read() as s:
        data = donation_receipt(s, str(number))
    text = " ".join(page_texts(write_donation_receipt(data, tmp_path / "r.pdf", lang="uk")))
    assert "імпорт з таблиці" in text and "spreadsheet" not in text


def test_a_long_donor_address_goes_on_over_the_page(db: Database, valued_donation: str, tmp_path: Path) -> None:
    address = "\n".join(f"Budynek {n}" for n in range(45))  # within the 500 characters kept
    with db.write() as s:
        set_donor_details(s, DONOR, address=address)
    with db.read() as s:
        data = donation_receipt(s, valued_donation)
    text = " ".join(page_texts(write_donation_receipt(data, tmp_path / "r.pdf", lang="pl")))
    assert all(f"Budynek {n}" in text for n in range(45)) and "Mydło w kostce" in text
