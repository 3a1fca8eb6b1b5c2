"""import items|donation on sheets as they come (issue 16): the header row wherever it is, said;
other systems' headers understood; --map; a mapping remembered per source; unknown columns named."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl

from tests.cli.helpers import Cli
from warehouse_app.launch import main


def titled_sheet(path: Path) -> Path:
    """A donor's list: a merged title cell, a date, a blank row, then the header on row 4."""
    book = openpyxl.Workbook()
    ws = book.active
    ws["A1"] = "Lista darów – Parafia św. Jana, Przemyśl"
    ws.merge_cells("A1:D1")
    ws["A2"] = "Przekazano: 2026-12-01"
    ws.append([])
    ws.append(["Lp.", "Nazwa towaru", "Ilość", "Uwagi"])
    ws.append([1, "Koc polarowy", 3, "nowe"])
    ws.append([2, "Mydło", 10, None])
    book.save(path)
    return path


def catalogue(cli: Cli) -> None:
    for name, category in (("Koc polarowy", "BEDDING"), ("Mydło", "HYGIENE")):
        assert cli("item", "add", "--name", name, "--category", category, "--unit", "pcs")[0] == 0


def test_the_header_row_below_a_title_is_named_and_unknown_columns_listed(cli: Cli, tmp_path: Path) -> None:
    catalogue(cli)
    path = titled_sheet(tmp_path / "dary.xlsx")
    code, out, err = cli("import", "donation", str(path), "--dry-run")
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[1] == "Header: row 4."
    assert lines[2] == ("Columns: A Lp.: not imported (unknown) \u00b7 B Nazwa towaru -> name \u00b7 "
                        "C Ilość -> quantity \u00b7 D Uwagi: not imported (unknown)")
    assert "2 rows valid, 0 wrong." in out
    report = cli.json("import", "donation", str(path), "--dry-run")
    assert isinstance(report, dict)
    assert (report["header_row"], report["header_found"], report["system"]) == (4, True, None)
    assert report["unknown"] == ["Lp.", "Uwagi"] and report["valid"] == 2
    assert report["columns"][1] == {"column": "B", "header": "Nazwa towaru", "field": "name", "how": "ours"}
    assert [row["line"] for row in report["rows"]] == [5, 6]
    code, out, err = cli("import", "donation", str(path), "--dry-run", "--map", "Ilość=ignore")
    assert code == 0 and out.splitlines()[3] == "No column gives the quantity: each line is received as 1."
    code, out, err = cli("import", "donation", str(path), "--donor", "Parafia")
    assert code == 0 and out.startswith("Imported 2 rows into donation D-")
    assert out.splitlines()[1] == "Not imported, unknown columns: A Lp., D Uwagi"


def test_a_sheet_without_a_known_header_is_refused_in_one_sentence_then_mapped_and_remembered(
        cli: Cli, tmp_path: Path) -> None:
    catalogue(cli)
    path = tmp_path / "od-darczyncy.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerows([["Dary dla Ukrainy"], ["Rzecz", "Razem", "Notatka"], ["Koc polarowy", "4", "x"],
                          ["Mydło", "6", ""]])
    code, out, err = cli("import", "donation", str(path), "--dry-run")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert err == ("warehouse-app: No column of od-darczyncy.csv is one the import reads (name, barcode, quantity…): "
                   "row 2 was taken as the column titles (Rzecz, Razem, Notatka); say which column is which, "
                   'e.g. --map "Rzecz=name".\n')
    mapped = ("--map", "Rzecz=name", "--map", "B=quantity", "--map", "Notatka=ignore")
    code, out, err = cli("import", "donation", str(path), "--dry-run", *mapped)
    assert code == 0, err
    assert out.splitlines()[1] == "Header: row 2."
    assert out.splitlines()[2] == ("Columns: A Rzecz -> name \u00b7 B Razem -> quantity \u00b7 "
                                   "C Notatka: not imported (given)")
    code, out, err = cli("import", "donation", str(path), "--donor", "Anna", *mapped)
    assert code == 0 and out.splitlines()[-1] == "The column mapping is remembered for sheets with these headers."
    # next month's sheet from the same donor, columns moved, another station: no --map needed
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f, delimiter=";").writerows([["Notatka", "Razem", "Rzecz"], ["", "2", "Mydło"]])
    assert main(["--db", cli.url, "--operator", "Marta", "--station", "intake-2", "import", "donation", str(path),
                 "--dry-run", "--json"]) == 0
    report = json.loads(cli.capsys.readouterr().out)
    assert isinstance(report, dict) and report["valid"] == 1 and report["unknown"] == []
    assert [(c["header"], c["field"], c["how"]) for c in report["columns"]] == [
        ("Notatka", None, "saved"), ("Razem", "quantity", "saved"), ("Rzecz", "name", "saved")]
    report = cli.json("import", "donation", str(path), "--donor", "Anna")
    assert isinstance(report, dict) and report["imported"] == 1 and report["mapping_remembered"] is False
    # a --map on top of the remembered one wins for that column only
    report = cli.json("import", "donation", str(path), "--dry-run", "--map", "Notatka=lot")
    assert isinstance(report, dict)
    assert [c["how"] for c in report["columns"]] == ["given", "saved", "saved"]


def test_a_wrong_map_is_one_sentence(cli: Cli, tmp_path: Path) -> None:
    path = titled_sheet(tmp_path / "dary.xlsx")
    for option, words in (("Nazwa towaru", "is not a column mapping; write it as COLUMN=FIELD"),
                          ("Uwagi=colour", "“colour” is not a field the import reads; use one of: barcode, case_barcode, category"),
                          ("Cena=unit_value", "The sheet has no column “Cena”; its columns are: Lp., Nazwa towaru, "
                                              "Ilość, Uwagi.")):
        code, out, err = cli("import", "donation", str(path), "--dry-run", "--map", option)
        assert code == 2 and out == "" and err.count("\n") == 1 and words in err, err
    code, out, err = cli("import", "donation", str(path), "--dry-run", "--map", "Cena=unit_value", "--json")
    assert code == 2 and json.loads(err)["error"].startswith("The sheet has no column")


def test_human_essentials_item_export_is_a_donation_list(cli: Cli, tmp_path: Path) -> None:
    """Human Essentials' item export: "Barcodes" there is how many barcodes an item has, not codes."""
    catalogue(cli)
    path = tmp_path / "items_export.csv"
    path.write_text("Name,Barcodes,Base Item,Quantity\nKoc polarowy,2,Blankets,12\nMydło,0,Soap,30\n",
                    encoding="utf-8")
    report = cli.json("import", "donation", str(path), "--dry-run")
    assert isinstance(report, dict) and report["system"] == "Human Essentials" and report["valid"] == 2
    assert [(c["header"], c["field"], c["how"]) for c in report["columns"]] == [
        ("Name", "name", "system"), ("Barcodes", None, "ignored"), ("Base Item", None, "ignored"),
        ("Quantity", "quantity", "system")]
    code, out, err = cli("import", "donation", str(path), "--donor", "Diaper Bank")
    assert code == 0 and out == out.splitlines()[0] + "\n"  # nothing unknown, nothing remembered


def test_an_odoo_product_template_imports_items(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "product_template.csv"
    path.write_text("Name,Internal Reference,Barcode,Product Category,Unit of Measure,Sales Price,Weight\n"
                    "Konserwa rybna,FISH-01,5901234123457,FOOD.CANNED,pcs,7.5,0.2\n"
                    "Mydło,SOAP-02,,HYGIENE,pcs,3,0.1\n", encoding="utf-8")
    report = cli.json("import", "items", str(path), "--dry-run")
    assert isinstance(report, dict) and report["system"] == "Odoo" and report["valid"] == 2 and report["unknown"] == []
    code, out, err = cli("import", "items", str(path))
    assert (code, out) == (0, "Imported 2 rows, skipped 0 wrong rows.\n")
    shown = json.loads(cli("item", "show", "5901234123457", "--json")[1])
    assert shown["item"]["name"] == "Konserwa rybna" and shown["item"]["unit_weight_kg"] == 0.2


def test_a_sahana_eden_inventory_sheet_is_a_donation_list_with_its_donor(cli: Cli, tmp_path: Path) -> None:
    catalogue(cli)
    header = ["Warehouse", "Category", "Item Name", "Unit of Measure", "Quantity", "Expiry Date", "Unit Value",
              "Currency", "Supplier/Donor", "Tracking Number ", "Bin", "Comments"]
    path = tmp_path / "inv_item.csv"
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows([header, ["Przemyśl", "Bedding", "Koc polarowy", "pc", "5", "", "", "", "UNHCR",
                                          "TN-1", "A1", ""]])
    code, out, err = cli("import", "donation", str(path), "--dry-run")
    assert code == 0, out + err
    assert out.splitlines()[1] == "Header: row 1 (a Sahana Eden sheet)."
    code, out, err = cli("import", "donation", str(path), "--json")
    assert code == 0 and json.loads(out)["imported"] == 1
    donation = json.loads(cli("donation", "list", "--json")[1])
    assert [d["donor"] for d in donation] == ["UNHCR"]
