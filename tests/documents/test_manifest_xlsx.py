"""The truck manifest from a hand-made PackingList, read back with openpyxl."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from tests.documents.xlsx_helpers import INJECTIONS, assert_table_layout, find_row, load, table
from warehouse_app.core.shipping.packing_data import (
    CategoryName,
    CategorySummary,
    Package,
    PackingLine,
    PackingList,
    Totals,
    TruckInfo,
    WarehouseDetails,
)
from warehouse_app.documents.manifest_xlsx import LINE_COLUMNS, SUMMARY_COLUMNS, write_truck_manifest

FOOD = CategoryName("FOOD.CANNED", "Konserwy", "Canned food", "Консерви", "1602")
HYGIENE = CategoryName("HYGIENE", "Higiena", "Hygiene", "Гігієна", "3401")
D = Decimal


def line(name: str, cat: CategoryName, qty: str, unit: str, net: str, expiry: date | None = None) -> PackingLine:
    return PackingLine(1, name, cat, D(qty), unit, D(net), expiry, "L1" if expiry else "")


def packing_list(name: str = "Konserwa mięsna") -> PackingList:
    box1 = Package(1, 2, "BX000001", "box", "Box 1",
                   (line(name, FOOD, "24", "pcs", "7.920", date(2027, 3, 31)),
                    line("Gulasz", FOOD, "12", "pcs", "6.000", date(2027, 1, 31))), D("13.920"), D("14.500"), True)
    box2 = Package(2, 2, "BX000002", "box", "Box 2", (line("Mydło", HYGIENE, "50", "pcs", "5.500"),),
                   D("5.500"), D("6.000"), True, on_pallet="PL000001")
    loose = (line("Cukier", FOOD, "20.5", "kg", "20.500"),)
    return PackingList(
        truck=TruckInfo("T-2026-0042", "loading", recipient="Fundacja =Dobro", recipient_address="вул. Шевченка 1",
                        city="Lwów", country="UA", driver="Jan Kowalski", driver_phone="+48 600 100 200",
                        vehicle_plate="RP 12345", trailer_plate="RP 6789", seal_number="S-991",
                        planned_departure=date(2026, 11, 25), aid_registration_code="UA-HUM-7781"),
        sender=WarehouseDetails("Magazyn Pomocy", "ul. Długa 1, Przemyśl", "PL7951234567"),
        document_date=date(2026, 11, 24), packages=(box1, box2), loose=loose,
        summary=(CategorySummary(FOOD, 1, D("36"), D("20.5"), D("34.420"), D("35.000")),
                 CategorySummary(HYGIENE, 1, D("50"), D("0"), D("5.500"), D("6.000"))),
        totals=Totals(2, D("86"), D("39.920"), D("41.000")), pallets=("PL000001",),
    )


def test_manifest_sheets(tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    out = write_truck_manifest(packing_list(), tmp_path / "m.xlsx", progress=lambda d, t: seen.append((d, t)) or True)
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)
    wb = load(out)
    assert wb.sheetnames == ["Packages", "By category"]
    ws = wb["Packages"]
    header = {ws.cell(r, 1).value: ws.cell(r, 2) for r in range(2, find_row(ws, "Package"))}
    assert header["Truck"].value == "T-2026-0042"
    assert header["Recipient"].value == "Fundacja =Dobro, вул. Шевченка 1, Lwów, UA"
    assert header["Vehicle / trailer"].value == "RP 12345 / RP 6789"
    assert header["Driver"].value == "Jan Kowalski, +48 600 100 200"
    assert (header["Seal"].value, header["Aid registration code"].value) == ("S-991", "UA-HUM-7781")
    assert header["Departure"].value == datetime(2026, 11, 25) and header["Departure"].number_format == "yyyy-mm-dd"
    assert header["Sender"].value == "Magazyn Pomocy, ul. Długa 1, Przemyśl"
    title_row = find_row(ws, "Package")
    titles, rows = table(ws, title_row)
    assert titles == [c.title for c in LINE_COLUMNS] and len(rows) == 4
    assert_table_layout(ws, title_row, len(LINE_COLUMNS), 4)
    assert [[c.value for c in r[:7]] for r in rows] == [
        ["1/2", "BX000001", "box", "Konserwa mięsna", "Canned food", 24, "pcs"],
        ["1/2", "BX000001", "box", "Gulasz", "Canned food", 12, "pcs"],
        ["2/2", "BX000002", "box", "Mydło", "Hygiene", 50, "pcs"],
        ["loose", None, None, "Cukier", "Canned food", 20.5, "kg"],
    ]
    assert [r[8].value for r in rows] == [14.5, None, 6, 20.5]  # a package's gross once
    assert rows[0][9].value == datetime(2027, 3, 31) and rows[0][9].number_format == "yyyy-mm-dd"
    assert rows[0][7].number_format == "#,##0.000" and rows[0][5].number_format == "#,##0.###"
    totals = ws[title_row + 5]
    assert [totals[i].value for i in (0, 5, 7, 8)] == ["Total: 2 packages", 86, pytest.approx(39.92), 41]
    assert sum(r[8].value or 0 for r in rows) == totals[8].value

    ws = wb["By category"]
    title_row = find_row(ws, "Category")
    titles, rows = table(ws, title_row)
    assert titles == [c.title for c in SUMMARY_COLUMNS]
    assert_table_layout(ws, title_row, len(SUMMARY_COLUMNS), 2)
    assert [[c.value for c in r] for r in rows] == [
        ["Canned food", "1602", 1, 0, 36, 20.5, pytest.approx(34.42), 35, None],
        ["Hygiene", "3401", 1, 0, 50, 0, 5.5, 6, None],
    ]
    assert [c.value for c in ws[title_row + 3]][:8] == ["Total", None, 2, 0, 86, None, pytest.approx(39.92), 41]


@pytest.mark.parametrize("name", INJECTIONS)
def test_manifest_names_stay_text(tmp_path: Path, name: str) -> None:
    ws = load(write_truck_manifest(packing_list(name), tmp_path / "m.xlsx"))["Packages"]
    cell = ws.cell(find_row(ws, "Package") + 1, 4)
    assert (cell.value, cell.data_type) == (name, "s")
    recipient = ws.cell(find_row(ws, "Recipient"), 2)
    assert recipient.data_type == "s" and recipient.value.startswith("Fundacja =Dobro")
