"""import items|donation with the repairs of issue 16: the restored zeros said in the dry run,
scientific notation refused in one sentence, --merge-names, --create-missing, --json."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from tests.cli.helpers import Cli

UPC = "036000291452"


def sheet(tmp_path: Path, name: str, *rows: list[object]) -> Path:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def test_lost_zeros_are_said_and_scientific_notation_refused(cli: Cli, tmp_path: Path) -> None:
    good = sheet(tmp_path, "items.xlsx", ["Name", "Category", "Unit", "Barcode"], ["Soup", "FOOD.CANNED", "Each", 36000291452])
    code, out, err = cli("import", "items", str(good), "--dry-run")
    assert (code, err) == (0, "")
    assert f"ok: The leading zeros of the code 36000291452 were restored: {UPC} (its check digit proves it)." in out
    code, out, err = cli("import", "items", str(good), "--dry-run", "--json")
    [row] = json.loads(out)["rows"]
    assert (code, row["values"]["barcode"], row["error"]) == (0, UPC, None) and len(row["notes"]) == 1
    bad = tmp_path / "items.csv"
    bad.write_text("Nazwa;Kategoria;EAN\nFasola;FOOD.CANNED;5,90123E+12\n", encoding="utf-8")
    code, out, err = cli("import", "items", str(bad))
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "line 2: The code “5,90123E+12” is in scientific notation: a spreadsheet program turned it" in err
    code, out, err = cli("import", "items", str(bad), "--json")
    assert code == 2 and "scientific notation" in json.loads(err)["error"]
    code, out, err = cli("import", "items", str(good), "--json")
    result = json.loads(out)
    assert code == 0 and {k: result[k] for k in ("imported", "skipped", "donation", "created")} == {
        "imported": 1, "skipped": 0, "donation": None, "created": 0}


def test_names_twice_are_refused_or_merged(cli: Cli, tmp_path: Path) -> None:
    path = sheet(tmp_path, "items.xlsx", ["Name", "Category", "Unit", "Barcode"],
                 ["Blankets", "BEDDING.BLANKETS", "Each", "5901234123457"],
                 ["Blankets", "BEDDING.BLANKETS", "Each", UPC])
    code, out, err = cli("import", "items", str(path))
    assert code == 2 and "line 3: The name Blankets is also on line 2" in err
    code, out, err = cli("import", "items", str(path), "--merge-names")
    assert (code, out) == (0, "Imported 2 rows, skipped 0 wrong rows.\n")
    code, out, err = cli("item", "show", "Blankets")
    assert code == 0 and "5901234123457" in out and UPC[1:] in out


def test_a_donation_list_creates_its_unknown_goods_when_asked(cli: Cli, tmp_path: Path) -> None:
    path = sheet(tmp_path, "dary.xlsx", ["Nazwa", "Kategoria", "J.m.", "Ilość"],
                 ["Koc wełniany", "koce", "szt.", 5], ["Latawiec", "", "op.", 2])
    code, out, err = cli("import", "donation", str(path), "--donor", "Caritas")
    assert code == 2 and "There is no item Koc wełniany" in err
    code, out, err = cli("import", "donation", str(path), "--default-category", "OTHER.MISC")
    assert code == 2 and err.endswith("--default-category is the category of goods --create-missing creates; give both.\n")
    code, out, err = cli("import", "donation", str(path), "--create-missing", "--dry-run")
    assert code == 2 and "Latawiec is not in the catalogue; choose a default category for new items" in out
    code, out, err = cli("import", "donation", str(path), "--create-missing", "--default-category", "Miscellaneous",
                         "--dry-run", "--json")
    assert code == 0
    assert [(g["name"], g["category"], g["unit"], g["lines"]) for g in json.loads(out)["new_items"]] == [
        ("Koc wełniany", "BEDDING.BLANKETS", "pcs", [2]), ("Latawiec", "OTHER.MISC", "pack", [3])]
    code, out, err = cli("item", "show", "Latawiec")
    assert code == 3  # the dry run wrote nothing
    code, out, err = cli("import", "donation", str(path), "--create-missing", "--default-category", "Miscellaneous",
                         "--donor", "Caritas")
    assert code == 0 and out.startswith("Imported 2 rows into donation D-") and "created 2 new items" in out
    code, out, err = cli("item", "show", "Latawiec")
    assert code == 0 and "pack" in out


def test_item_add_takes_a_unit_word(cli: Cli) -> None:
    code, out, err = cli("item", "add", "--name", "Mydło", "--category", "HYGIENE", "--unit", "Stück")
    assert code == 0
    code, out, err = cli("item", "show", "Mydło")
    assert code == 0 and " pcs " in out
    code, out, err = cli("item", "add", "--name", "Beczka", "--category", "HYGIENE", "--unit", "barrel")
    assert code == 2 and err.endswith("barrel is not a unit; use one of: pcs, kg, l, pack, pair, set.\n")
