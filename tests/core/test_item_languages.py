"""Goods in three languages with their own customs and value data, from every door."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from tests.shipping_fixtures import BLANKET, TINS, Goods
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.imports import import_items, preview_items
from warehouse_app.core.shipping.packing_list import packing_list
from warehouse_app.core.shipping.shipments import create_truck, load
from warehouse_app.db.database import Database
from warehouse_app.documents.sheet_reader import read_rows
from warehouse_app.kernel.errors import BadInput


def test_names_customs_and_value_are_kept_and_cleared(db: Database) -> None:
    with db.write() as s:
        coat = catalogue.add_item(s, name="Kurtka zimowa", category="CLOTHING.WINTER", unit="pcs",
                                  name_uk="Зимова куртка", name_en=" Winter  jacket ", hs_code="6201.40",
                                  origin_country="de", unit_value="120,50", value_currency="eur")
    assert (coat.name_uk, coat.name_en, coat.hs_code, coat.origin_country) == (
        "Зимова куртка", "Winter jacket", "620140", "DE")
    assert (coat.unit_value, coat.value_currency, coat.customs_code) == (Decimal("120.50"), "EUR", "620140")
    assert coat.name_in("uk") == "Зимова куртка" and coat.name_in("pl") == "Kurtka zimowa"
    with db.write() as s:
        edited = catalogue.edit_item(s, coat.id, hs_code="", name_en=None, unit_value="99")
    assert edited.hs_code is None and edited.customs_code == "62"  # the category's chapter
    assert edited.name_en is None and edited.name_in("en") == "Kurtka zimowa"
    assert (edited.unit_value, edited.value_currency) == (Decimal("99.00"), "EUR")
    with db.write() as s:
        assert catalogue.edit_item(s, coat.id, unit_value="").value_currency is None
    with db.read() as s:
        assert [i.id for i in catalogue.search_items(s, "куртка")] == [coat.id]


@pytest.mark.parametrize("field, value", [
    ("hs_code", "123"), ("hs_code", "62ab"), ("origin_country", "Poland"), ("unit_value", "-1"),
    ("unit_value", "1.234"), ("unit_value", "ten"), ("value_currency", "USD"),
])
def test_bad_customs_and_value_data_are_refused(sqlite_db: Database, field: str, value: str) -> None:
    fields = {"unit_value": "5", field: value}
    with pytest.raises(BadInput), sqlite_db.write() as s:
        catalogue.add_item(s, name="Koc", category="BEDDING.BLANKETS", unit="pcs", **fields)


def test_import_reads_polish_and_ukrainian_headers(db: Database, actor: Actor, tmp_path: Path) -> None:
    sheet = tmp_path / "katalog.csv"
    sheet.write_text(
        "Nazwa;Kategoria;Jednostka;Назва українською;Nazwa po angielsku;Kod HS;Kraj pochodzenia;Wartość;Waluta\n"
        "Koc polarowy;BEDDING.BLANKETS;szt;Флісовий плед;Fleece blanket;6301;PL;25;PLN\n"
        "Śpiwór;BEDDING.SLEEPING_BAGS;szt;;;94;Polska;;\n", encoding="utf-8")
    rows = read_rows(sheet)
    with db.read() as s:
        preview = preview_items(s, rows)
    assert [r.error is None for r in preview.rows] == [True, False]
    with db.write() as s:
        assert import_items(s, actor, rows, skip_invalid=True).imported == 1
        blanket = catalogue.find_item(s, "Koc polarowy")
    assert (blanket.name_uk, blanket.name_en, blanket.hs_code, blanket.origin_country, blanket.unit_value,
            blanket.value_currency) == ("Флісовий плед", "Fleece blanket", "6301", "PL", Decimal("25.00"), "PLN")


def test_truck_lines_carry_both_names_customs_code_and_value(db: Database, actor: Actor, goods: Goods) -> None:
    with db.write() as s:
        catalogue.edit_item(s, goods.tins, name_uk="Рибні консерви", hs_code="1604", origin_country="PL",
                            unit_value="4.20")
        truck = create_truck(s, actor, destination="Kharkiv").number
        load(s, actor, truck, TINS, qty=10)
        load(s, actor, truck, BLANKET, qty=2)
    with db.read() as s:
        lines = {line.item_id: line for line in packing_list(s, truck).loose}
    tins, blanket = lines[goods.tins], lines[goods.blanket]
    assert tins.bilingual_name == "Konserwa rybna / Рибні консерви"
    assert (tins.hs_code, tins.origin_country, tins.value, tins.value_currency) == ("1604", "PL", Decimal("42.00"), "PLN")
    # no Ukrainian name of its own: the category's, and the category's HS code
    assert blanket.bilingual_name == "Koc polarowy / Пледи та вовняні ковдри" and blanket.hs_code == "6301"
    assert blanket.value is None
