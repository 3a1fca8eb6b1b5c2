"""item --name-uk/--hs-code/--value, donor set, and exports following --lang on the command line."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from tests.cli.helpers import MARTA_PIN, Cli, add_person


def test_goods_languages_donor_details_and_translated_manifest(cli: Cli, tmp_path: Path) -> None:
    code, out, err = cli("item", "add", "--name", "Kurtka zimowa", "--category", "CLOTHING.WINTER", "--unit", "pcs",
                         "--name-uk", "Зимова куртка", "--name-en", "Winter jacket", "--origin", "de",
                         "--value", "120", "--currency", "eur")
    assert code == 0, err
    code, out, err = cli("item", "edit", "Kurtka zimowa", "--hs-code", "6201", "--name-en", "")
    assert code == 0, err
    item = cli.json("item", "show", "Kurtka zimowa")["item"]  # type: ignore[index]
    assert (item["name_uk"], item["name_en"], item["hs_code"], item["origin_country"], item["value_currency"]) == (
        "Зимова куртка", None, "6201", "DE", "EUR")
    code, _, err = cli("item", "edit", "Kurtka zimowa", "--hs-code", "62x")
    assert code == 2 and "is not an HS code" in err

    code, out, err = cli("donor", "set", "Piekarnia", "--address", "ul. Długa 5\\n00-001 Warszawa",
                         "--tax-id", "526-000-12-46")
    assert code == 0 and "5260001246" in out and "ul. Długa 5, 00-001 Warszawa" in out
    code, _, err = cli("donor", "set", "Piekarnia", "--tax-id", "5260001247")
    assert code == 2 and "NIP" in err

    assert cli("receive", "IT000001", "--qty", "3", "--donor", "Piekarnia")[0] == 0
    assert cli("donation", "close")[0] == 0
    number = cli.json("donation", "list")[0]["number"]  # type: ignore[index]
    code, _, err = cli("donation", "receipt", number, "--out", str(tmp_path / "r.pdf"), "--lang", "uk")
    assert code == 0, err
    text = " ".join(PdfReader(tmp_path / "r.pdf").pages[0].extract_text().split())
    assert "Зимова куртка" in text and "5260001246" in text and "360,00 EUR" in text

    assert cli("truck", "create", "--destination", "Lviv", "--plate", "WX 1")[0] == 0
    truck = cli.json("truck", "list")[0]["truck"]["number"]  # type: ignore[index]
    code, _, err = cli("truck", "load", truck, "IT000001", "--qty", "3")
    assert code == 0, err
    code, _, err = cli("export", "truck", truck, "--out", str(tmp_path / "m.xlsx"), "--lang", "uk")  # after, too
    assert code == 0, err
    ws = openpyxl.load_workbook(tmp_path / "m.xlsx").worksheets[0]
    cells = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
    assert "Kurtka zimowa / Зимова куртка" in cells and "6201" in cells and "Зимовий одяг" in cells
    assert "Canned food" not in cells and "Package" not in cells and "Місце" in cells


def test_a_new_truck_goes_to_ukraine_in_the_language_and_stock_places_are_named_so(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    url = str(tmp_path / "uk.sqlite3")
    cli = Cli(url, capsys)
    assert cli("db", "upgrade")[0] == 0  # a new database, then its manager (as conftest's cli does)
    add_person(f"sqlite:///{url}", "Marta", "manager", MARTA_PIN)
    monkeypatch.setenv("WAREHOUSE_PIN", MARTA_PIN)
    assert cli("item", "add", "--name", "Koc", "--category", "BEDDING.BLANKETS", "--unit", "pcs")[0] == 0
    assert cli("receive", "IT000001", "--qty", "2")[0] == 0
    assert cli("--lang", "uk", "export", "stock", "--out", str(tmp_path / "s.xlsx"))[0] == 0
    cells = [c.value for row in openpyxl.load_workbook(tmp_path / "s.xlsx").worksheets[0].iter_rows() for c in row]
    assert "Приймання" in cells and "Receiving" not in cells
    code, out, err = cli("--lang", "uk", "truck", "create", "--destination", "Lviv", "--plate", "WX 1")
    assert code == 0, err
    assert cli.json("truck", "list")[0]["truck"]["country"] == "Україна"  # type: ignore[index]
