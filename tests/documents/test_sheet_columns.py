"""Which column is which (issue 16): other systems' headers out of the box, the header row found
under titles, blank rows and merged cells, a mapping given or remembered, unknown columns kept."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from warehouse_app.documents.sheet_columns import GIVEN, IGNORED, OURS, SAVED, SYSTEM, UNKNOWN, known_systems
from warehouse_app.documents.sheet_reader import FIELDS, LINE, SheetRead, parse_map, read_sheet

# Header rows as the systems write them (see resources/import_headers.json for where each comes from).
SYSTEM_SHEETS = {
    "Human Essentials": [
        (["Name", "Barcodes", "Base Item", "Quantity"], ["name", None, None, "quantity"]),  # item export
        (["Name", "Barcodes", "Quantity"], ["name", None, "quantity"]),  # item export, newer
        (["Quantity", "DO NOT CHANGE ANYTHING IN THIS COLUMN"], ["quantity", "name"]),  # inventory import template
        (["Item Type", "Quantity in the Box", "Barcode"], ["name", None, "barcode"]),  # barcode items export
    ],
    "InvenTree": [
        (["Name", "Description", "Category", "IPN", "Units", "Minimum Stock", "Default Expiry"],
         ["name", None, "category", None, "unit", "min_stock", None]),  # the data importer's part template
        (["Part ID", "Part Name", "Part Description", "IPN", "Revision", "Keywords", "Units", "Category ID",
          "Category Name", "Minimum Stock", "Active", "In Stock"],
         [None, "name", None, None, None, None, "unit", None, "category", "min_stock", None, None]),  # part export
        (["Stock Item ID", "Part ID", "Part Name", "Quantity", "Serial", "Batch", "Status", "Location Name",
          "Expiry Date"], [None, None, "name", "quantity", None, "lot", None, None, "expiry"]),  # stock export
    ],
    "Sahana Eden": [
        (["Warehouse", "Catalog", "Category", "Category Code", "Item Name", "Item Code", "Brand", "Model", "Year",
          "Unit of Measure", "Pack", "Pack Quantity", "Weight", "Length", "Width", "Height", "Volume", "Quantity",
          "Expiry Date", "Unit", "Unit Value", "Currency", "Supplier/Donor", "Organisation/Department",
          "Tracking Number ", "Bin", "Comments"],
         [None, None, "category", None, "name", None, None, None, None, "unit", None, None, "weight_kg", None, None,
          None, None, "quantity", "expiry", None, "unit_value", "value_currency", "donor", None, None, None, None]),
    ],
    "Odoo": [
        (["Name", "Internal Reference", "Barcode", "Product Category", "Unit of Measure", "Sales Price", "Cost",
          "Weight", "Product Type"], ["name", None, "barcode", "category", "unit", None, None, "weight_kg", None]),
        (["id", "name", "default_code", "barcode", "categ_id", "uom_id", "list_price", "weight", "qty_available"],
         [None, "name", None, "barcode", "category", "unit", None, "weight_kg", "quantity"]),
    ],
}


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as f:
        csv.writer(f).writerows(rows)
    return path


@pytest.mark.parametrize(("system", "header", "fields"),
                         [(s, h, f) for s, sheets in SYSTEM_SHEETS.items() for h, f in sheets])
def test_other_systems_headers_are_understood(tmp_path: Path, system: str, header: list[str],
                                              fields: list[str | None]) -> None:
    read = read_sheet(write_csv(tmp_path / "export.csv", [header, ["x"] * len(header)]))
    assert read.system == system and read.header_line == 1
    assert [c.field for c in read.columns] == fields
    assert all(c.how in (SYSTEM, OURS, IGNORED) for c in read.columns) and not read.unknown
    assert set(read.rows[0]) - {LINE} >= {f for f in fields if f}


def test_the_table_maps_only_to_fields_the_importers_read() -> None:
    assert {s.name for s in known_systems()} == set(SYSTEM_SHEETS)
    assert {f for s in known_systems() for f in s.headers.values() if f} <= set(FIELDS)


@pytest.mark.parametrize("header", [
    ["Name", "Barcode", "Quantity"],  # any small list
    ["Name", "Category", "Unit", "Barcodes", "Weight kg", "Tracks expiry", "Min stock"],  # our own template
    ["Nazwa", "Kategoria", "Jednostka", "Kod kreskowy"],
])
def test_our_own_sheets_are_not_taken_for_another_system(tmp_path: Path, header: list[str]) -> None:
    read = read_sheet(write_csv(tmp_path / "ours.csv", [header, ["x"] * len(header)]))
    assert read.system is None and all(c.how == OURS for c in read.columns)


def test_title_rows_blank_rows_and_a_merged_title_cell_above_the_header(tmp_path: Path) -> None:
    book = openpyxl.Workbook()
    ws = book.active
    ws["A1"] = "Lista darów – Parafia św. Jana"
    ws.merge_cells("A1:E1")
    ws.append([])
    ws.append(["Data: 2026-12-01", None, "Kontakt: 600 100 200"])
    ws.append([])
    ws.append(["Lp.", "EAN", "Nazwa", "Ilość", "Kolor"])
    ws.append([1, "5901234123457", "Fasola", 4, "czerwony"])
    path = tmp_path / "dary.xlsx"
    book.save(path)
    read = read_sheet(path)
    assert (read.header_line, read.header_found, read.system) == (5, True, None)
    assert [(c.letter, c.field, c.how) for c in read.columns] == [
        ("A", None, UNKNOWN), ("B", "barcode", OURS), ("C", "name", OURS), ("D", "quantity", OURS),
        ("E", None, UNKNOWN)]
    assert [c.header for c in read.unknown] == ["Lp.", "Kolor"]
    assert read.rows == [{LINE: "6", "lp": "1", "barcode": "5901234123457", "name": "Fasola", "quantity": "4",
                          "kolor": "czerwony"}]
    assert read.header_note() == "Header: row 5."


def test_the_usual_polish_shop_headers_are_known(tmp_path: Path) -> None:
    """What a Polish shop's or donor's list calls its columns (a volunteer's first try)."""
    path = write_csv(tmp_path / "dary.csv", [["Kod EAN", "Nazwa produktu", "Ilość szt.", "Termin"],
                                             ["5901234123457", "Fasola", "4", "2027-03-31"]])
    read = read_sheet(path)
    assert read.header_found and [c.field for c in read.columns] == ["barcode", "name", "quantity", "expiry"]


def test_no_known_header_takes_the_fullest_row_and_says_so(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "odd.csv", [["Spis"], ["Rzecz", "Razem", "Notatka"], ["Koc", "2", ""]])
    read = read_sheet(path)
    assert (read.header_found, read.header_line) == (False, 2)
    assert [c.how for c in read.columns] == [UNKNOWN] * 3
    assert read.header_note().startswith("No header found: no row among the first 20 names a column the import "
                                         "knows; row 2 was taken as the header.")
    mapped = read_sheet(path, mapping=parse_map(["Rzecz=name", "B=quantity", "Notatka=-"]))
    assert [(c.field, c.how) for c in mapped.columns] == [("name", GIVEN), ("quantity", GIVEN), (None, GIVEN)]
    assert mapped.rows == [{LINE: "3", "name": "Koc", "quantity": "2", "notatka": ""}]
    assert mapped.chosen() == {"rzecz": "name", "razem": "quantity", "notatka": ""}


def test_a_given_header_finds_the_header_row_and_the_field_may_be_named_in_polish(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "odd.csv", [["Spis darów", "z dnia", "2026-12-01"], ["Rzecz", "Sztuk"], ["Koc", "2"]])
    assert read_sheet(path).header_line == 2  # "Sztuk" is one of our names for the quantity
    read = read_sheet(path, mapping=parse_map(["Rzecz=Nazwa"]))
    assert [c.field for c in read.columns] == ["name", "quantity"]


def test_a_remembered_mapping_is_looked_up_by_the_headers_in_any_order(tmp_path: Path) -> None:
    first = read_sheet(write_csv(tmp_path / "a.csv", [["Rzecz", "Razem"], ["Koc", "2"]]))
    moved = read_sheet(write_csv(tmp_path / "b.csv", [["Razem", "Rzecz", ""], ["3", "Mydło", ""]]))
    other = read_sheet(write_csv(tmp_path / "c.csv", [["Rzecz", "Razem", "Uwagi"], ["Koc", "2", ""]]))
    assert first.signature == moved.signature != other.signature
    asked: list[str] = []

    def remembered(stamp: str) -> dict[str, str]:
        asked.append(stamp)
        return {"rzecz": "name", "razem": "quantity"}

    read: SheetRead = read_sheet(tmp_path / "b.csv", remembered=remembered)
    assert asked == [first.signature]
    assert [(c.field, c.how) for c in read.columns] == [("quantity", SAVED), ("name", SAVED), (None, UNKNOWN)]
    assert read.rows == [{LINE: "2", "quantity": "3", "name": "Mydło", "column 3": ""}]
    assert read.remap(given={"razem": ""}).rows == [{LINE: "2", "razem": "3", "name": "Mydło", "column 3": ""}]
