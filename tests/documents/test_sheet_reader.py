"""Reading spreadsheets as they arrive: xlsx, CSV from a Polish Excel, three languages of headers."""

from __future__ import annotations

import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from warehouse_app.documents import sheet_reader
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


# --- the sheet's cells read directly (lxml) give exactly what openpyxl gives ---

CELL = st.one_of(
    st.none(), st.booleans(), st.integers(-10**15, 10**15),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=12),
    st.sampled_from(["5901234123457", " ", "  tak ", "=1+1", "1,5", "#N/A", "Żółć", "Консерва", "0042"]),
    st.dates(date(1900, 3, 1), date(2100, 1, 1)),
    st.datetimes(datetime(1900, 3, 1), datetime(2100, 1, 1)),
)


def both_ways(path: Path) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    return sheet_reader._xlsx_rows(path, direct=True), sheet_reader._xlsx_rows(path, direct=False)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(CELL, max_size=7), min_size=1, max_size=6), write_only=st.booleans())
def test_direct_cells_equal_openpyxl(tmp_path_factory: pytest.TempPathFactory, rows: list[list[object]],
                                     write_only: bool) -> None:
    path = tmp_path_factory.mktemp("sheets") / "sheet.xlsx"
    book = openpyxl.Workbook(write_only=write_only)  # write-only: no size on top of the sheet
    sheet = book.create_sheet("S") if write_only else book.active
    sheet.append(["name", "barcode", "quantity", "expiry", "lot", "weight", "note"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    direct, by_openpyxl = both_ways(path)
    assert direct == by_openpyxl


def test_direct_cells_of_an_excel_file(tmp_path: Path) -> None:
    """What Excel writes and openpyxl does not: shared strings (rich text with a phonetic
    run), booleans, errors, formula text, ISO dates, a date style, cells and rows without
    their reference, a gap in the rows, a 1904 workbook."""
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sharedStrings+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.styles+xml"/></Types>'),
        "_rels/.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (
            f'<workbook xmlns="{main}" xmlns:r="{rel}"><workbookPr date1904="1"/>'
            '<sheets><sheet name="Lista" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
            f'<Relationship Id="rId3" Type="{rel}/styles" Target="styles.xml"/></Relationships>'),
        "xl/sharedStrings.xml": (
            f'<sst xmlns="{main}" count="5" uniqueCount="5"><si><t>Nazwa</t></si><si><t>EAN</t></si>'
            '<si><t>Ilość</t></si><si><t xml:space="preserve"> Ryż  </t></si>'
            '<si><r><t>Kon</t></r><r><rPr><b/></rPr><t>serwa</t></r><rPh sb="0" eb="1"><t>X</t></rPh></si>'
            '</sst>'),
        "xl/styles.xml": (
            f'<styleSheet xmlns="{main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/>'
            '</numFmts><fonts count="1"><font/></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1">'
            '<border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="3">'
            '<xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="14" applyNumberFormat="1"/>'
            '</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
            '</styleSheet>'),
        "xl/worksheets/sheet1.xml": (
            f'<worksheet xmlns="{main}"><dimension ref="A1:E6"/><sheetData>'
            '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
            '<c r="D1" t="inlineStr"><is><t>Data ważności</t></is></c><c r="E1" t="inlineStr"><is><r><t>Par</t>'
            '</r><r><t>tia</t></r></is></c></row>'
            '<row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2"><v>5901234123457</v></c><c r="C2"><v>12.0</v></c>'
            '<c r="D2" s="1"><v>45000</v></c><c r="E2" t="b"><v>1</v></c></row>'
            '<row><c t="s"><v>3</v></c><c t="e"><v>#N/A</v></c><c><v>2.5E1</v></c><c s="2"><v>45000.5</v></c>'
            '<c t="str"><f>A1</f><v>L-7</v></c></row>'
            '<row r="5"><c r="B5" t="d"><v>2027-03-31T00:00:00</v></c><c r="E5"/></row>'
            '<row r="6"><c r="A6" t="inlineStr"><is/></c><c r="C6"><v>0.1</v></c></row>'
            '</sheetData></worksheet>'),
    }
    path = tmp_path / "excel.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + text)
    direct, by_openpyxl = both_ways(path)
    assert direct == by_openpyxl
    assert [r["name"] for r in direct] == ["Konserwa", "Ryż", "", ""]
    assert direct[0]["expiry"] == "2027-03-16" and direct[0]["lot"] == "yes" and direct[1]["barcode"] == "#N/A"


def test_a_donors_sheet_with_title_rows_above_its_header(tmp_path: Path) -> None:
    """'Lista darów…' on row 1, a date on row 2, the header on row 4: the rows under the header
    are read with their own line numbers; the title rows are not taken for a header."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Lista darów – Parafia św. Jana, Przemyśl"])
    ws.append(["Przekazano: 2026-12-01"])
    ws.append([])
    ws.append(["Lp.", "Nazwa towaru", "Ilość", "Termin ważności"])
    ws.append([1, "Konserwa rybna", 12, "2027-03-31"])
    ws.append([2, "Koc polarowy", 3, None])
    path = tmp_path / "dary.xlsx"
    wb.save(path)
    rows = read_rows(path)
    assert [(r[LINE], r["name"], r["quantity"]) for r in rows] == [("5", "Konserwa rybna", "12"),
                                                                   ("6", "Koc polarowy", "3")]
    assert rows[0]["expiry"] == "2027-03-31"
    csv_path = tmp_path / "dary.csv"
    csv_path.write_text("Lista darów;;\n;;\nEAN;Ilość;Nazwa\n5901234123457;2;Fasola\n", encoding="utf-8")
    assert [(r[LINE], r["barcode"], r["quantity"]) for r in read_rows(csv_path)] == [("4", "5901234123457", "2")]


def test_a_sheet_whose_headers_are_all_unknown_keeps_its_first_row_as_the_header(tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Foo;Bar\n1;2\n", encoding="utf-8")
    assert read_rows(path) == [{LINE: "2", "foo": "1", "bar": "2"}]
