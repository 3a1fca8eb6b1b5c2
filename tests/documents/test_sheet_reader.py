"""Reading spreadsheets as they arrive: xlsx, CSV from a Polish Excel, three languages of headers."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from warehouse_app.documents.sheet_reader import LINE, canonical_header, read_rows
from warehouse_app.kernel.errors import BadInput, NotFound

EXPECTED = [
    {LINE: "2", "name": "Koc polarowy", "category": "Textiles", "unit": "szt", "barcode": "5901234123457",
     "weight_kg": "1,2", "quantity": "10"},
    {LINE: "4", "name": "Mydło „Biały Jeleń”", "category": "HYGIENE", "unit": "pcs", "barcode": "",
     "weight_kg": "", "quantity": "3"},
]
HEADER_PL = "Nazwa;Kategoria;J.m.;Kod kreskowy;Waga kg;Ilość"
LINES = ["Koc polarowy;Textiles;szt;5901234123457;1,2;10", ";;;;;", "Mydło „Biały Jeleń”;HYGIENE;pcs;;;3"]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-8", "cp1250"])
def test_csv_from_polish_excel(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "lista.csv"
    text = "\r\n".join([HEADER_PL, *LINES]) + "\r\n"
    path.write_bytes(text.replace("„", '"').replace("”", '"').encode(encoding) if encoding == "cp1250"
                     else text.encode(encoding))
    rows = read_rows(path)
    expected = [dict(r) for r in EXPECTED]
    if encoding == "cp1250":
        expected[1]["name"] = 'Mydło "Biały Jeleń"'
    assert rows == expected


def test_csv_with_commas_and_quotes(tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text('name,category,unit,barcode,weight,qty\n"Rice, 1 kg",FOOD.DRY,pcs,,"1,02",5\n', encoding="utf-8")
    assert read_rows(path) == [{LINE: "2", "name": "Rice, 1 kg", "category": "FOOD.DRY", "unit": "pcs",
                                "barcode": "", "weight_kg": "1,02", "quantity": "5"}]


def test_xlsx_values_become_text(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Назва", "Штрихкод", "Кількість", "Термін придатності", "Партія", "Вага кг"])
    ws.append(["Консерва", 5901234123457, 12.0, datetime(2027, 3, 31), 778, 0.33])
    ws.append([None, None, None, None, None, None])
    ws.append(["Ryż", "05901234123457", 2, date(2027, 1, 1), "L-1", None])
    wb.save(tmp_path / "lista.xlsx")
    assert read_rows(tmp_path / "lista.xlsx") == [
        {LINE: "2", "name": "Консерва", "barcode": "5901234123457", "quantity": "12", "expiry": "2027-03-31",
         "lot": "778", "weight_kg": "0.33"},
        {LINE: "4", "name": "Ryż", "barcode": "05901234123457", "quantity": "2", "expiry": "2027-01-01",
         "lot": "L-1", "weight_kg": ""},
    ]


def test_header_aliases() -> None:
    assert {canonical_header(h) for h in ("Nazwa", "NAME", " назва ", "Item name", "Towar")} == {"name"}
    assert {canonical_header(h) for h in ("Data ważności", "data waznosci", "Expiry date", "Термін придатності")} == {"expiry"}
    assert canonical_header("Ilosc") == canonical_header("ilość") == "quantity"
    assert canonical_header("Uwagi (notes)") == "uwagi notes"


def test_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(NotFound):
        read_rows(tmp_path / "missing.xlsx")
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    with pytest.raises(BadInput, match="not an Excel workbook"):
        read_rows(tmp_path / "broken.xlsx")
    (tmp_path / "list.pdf").write_bytes(b"%PDF")
    with pytest.raises(BadInput, match="only .xlsx and .csv"):
        read_rows(tmp_path / "list.pdf")
    (tmp_path / "empty.csv").write_bytes(b"\xef\xbb\xbf\r\n;;\r\n")
    with pytest.raises(BadInput, match="empty"):
        read_rows(tmp_path / "empty.csv")
