"""import items|donation read what the user sees (issue 17): the note before the rows, --sheet,
--encoding, and a question in one sentence when a CSV file's code page is not clear."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from tests.cli.helpers import Cli

ITEMS_UK = "Назва;Категорія;Одиниця\r\nКовдра вовняна;BEDDING.BLANKETS;pcs\r\nМило їжачок;HYGIENE;pcs\r\n"


def test_a_cp1251_list_is_read_as_cyrillic_and_said_so(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "items.csv"
    path.write_bytes(ITEMS_UK.encode("cp1251"))
    code, out, err = cli("import", "items", str(path), "--dry-run")
    assert (code, err) == (0, "")
    first, *rest = out.splitlines()
    assert first == "encoding Windows-1251 (Cyrillic) \u00b7 sample: Ковдра вовняна, Мило їжачок"
    assert "Мило їжачок" in "\n".join(rest) and "2 rows valid, 0 wrong." in out
    code, out, err = cli("import", "items", str(path))
    assert (code, out) == (0, "Imported 2 rows, skipped 0 wrong rows.\n")


def test_an_unclear_code_page_asks_for_encoding_and_encoding_forces(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "items.csv"
    path.write_bytes("Nazwa;Kategoria;J.m.\r\nPřehled čištění;HYGIENE;pcs\r\n".encode("cp1250"))
    code, out, err = cli("import", "items", str(path), "--dry-run")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "Cannot tell how items.csv is encoded" in err
    assert "Choose one with --encoding cp1250|cp1251|utf-8|utf-16." in err and "Přehled čištění" in err
    code, out, err = cli("import", "items", str(path), "--dry-run", "--encoding", "cp1250")
    assert code == 0 and out.splitlines()[0] == ("encoding Windows-1250 (Central European) \u00b7 "
                                                 "sample: Přehled čištění")
    code, out, err = cli("import", "items", str(path), "--encoding", "cp1250")
    assert (code, out) == (0, "Imported 1 rows, skipped 0 wrong rows.\n")


def test_the_visible_active_sheet_and_sheet_by_name(cli: Cli, tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    old = book.active
    old.title = "Stare"
    old.append(["Nazwa", "Kategoria", "J.m."])
    old.append(["Stary koc", "NOPE", "pcs"])
    old.sheet_state = "hidden"
    for title, name in (("Towary", "Koc polarowy"), ("Zapas", "Mydło")):
        sheet = book.create_sheet(title)
        sheet.append(["Nazwa", "Kategoria", "J.m."])
        sheet.append([name, "HYGIENE", "pcs"])
    book.active = 1
    path = tmp_path / "items.xlsx"
    book.save(path)
    code, out, err = cli("import", "items", str(path), "--dry-run")
    assert code == 0 and out.splitlines()[0] == "Read sheet 'Towary' \u00b7 sample: Koc polarowy"
    assert "Stary koc" not in out
    code, out, err = cli("import", "items", str(path), "--dry-run", "--sheet", "Zapas")
    assert code == 0 and out.startswith("Read sheet 'Zapas'") and "Mydło" in out
    code, out, err = cli("import", "items", str(path), "--sheet", "Stare")
    assert code == 3 and out == ""
    assert err.strip() == "warehouse-app: items.xlsx has no visible sheet named Stare; its sheets are: Towary, Zapas."
