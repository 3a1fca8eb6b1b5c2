"""The stock sheet read back with openpyxl: values, types, formats, layout, totals = database."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl.worksheet._writer import ALL_TEMP_FILES
from sqlalchemy import func, select

from tests.documents.xlsx_helpers import INJECTIONS, assert_table_layout, find_row, load, table
from tests.stock_fixtures import TODAY, ean, setup_stock
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.reports.stock_export import stock_sheet_data
from warehouse_app.core.stock.query import stock_by_category
from warehouse_app.db.database import Database
from warehouse_app.db.models import StockLevel
from warehouse_app.documents.progress import Cancelled
from warehouse_app.documents.stock_xlsx import STOCK_COLUMNS, SUMMARY_COLUMNS, write_stock_sheet


def write(db: Database, out: Path, **kwargs: object) -> Path:
    with db.read() as s:
        return write_stock_sheet(stock_sheet_data(s, today=TODAY, warehouse="Magazyn Przemyśl", operator="Ola"), out,
                                 **kwargs)  # type: ignore[arg-type]


def test_stock_sheet_rows_types_and_flags(db: Database, actor: Actor, tmp_path: Path) -> None:
    setup_stock(db, actor)
    ws = load(write(db, tmp_path / "stock.xlsx"))["Stock"]
    assert [ws.cell(r, 1).value for r in range(1, 5)] == ["Stock", "Warehouse", "Date", "Operator"]
    assert ws["B2"].value == "Magazyn Przemyśl" and ws["B3"].value == datetime(2026, 11, 23)
    title_row = find_row(ws, "Category")
    titles, rows = table(ws, title_row)
    assert titles == [c.title for c in STOCK_COLUMNS]
    with db.read() as s:
        levels = s.scalar(select(func.count()).select_from(StockLevel).where(StockLevel.quantity > 0))
    assert len(rows) == levels == 6
    assert_table_layout(ws, title_row, len(STOCK_COLUMNS), len(rows))

    meat = [r for r in rows if r[1].value == "Konserwa mięsna 300 g"]
    assert [r[4].value.date() for r in meat] == [TODAY - timedelta(days=1), TODAY + timedelta(days=10),
                                                TODAY + timedelta(days=200)]
    expired, soon, later = meat
    assert expired[0].value == "Food/Canned food"
    assert expired[2].value == ean("590000000011") and expired[2].data_type == "s"
    assert expired[4].is_date and expired[4].number_format == "yyyy-mm-dd"
    assert (expired[6].value, expired[6].data_type, expired[6].number_format) == (3, "n", "#,##0.###")
    assert (expired[8].value, expired[8].number_format) == (pytest.approx(0.99), "#,##0.000")
    assert expired[9].value == "below minimum; expired" and expired[9].fill.fgColor.rgb.endswith("FFC7CE")
    assert soon[9].value == "below minimum; expires within 30 days"
    assert later[9].value == "below minimum"
    sugar = next(r for r in rows if r[1].value == "Cukier luzem")
    assert (sugar[6].value, sugar[7].value, sugar[4].value, sugar[9].value) == (12.5, "kg", None, None)
    rice = next(r for r in rows if r[1].value == "Ryż 1 kg")
    assert rice[9].value == "expires within 90 days"

    totals = ws[title_row + len(rows) + 1]
    assert totals[0].value == "Total: 6 rows" and totals[0].font.b
    with db.read() as s:
        all_kg = sum(c.weight_kg for c in stock_by_category(s, today=TODAY) if c.depth == 0)
    assert Decimal(str(totals[8].value)) == all_kg == sum(Decimal(str(r[8].value)) for r in rows)


def test_summary_sheet_equals_stock_by_category(db: Database, actor: Actor, tmp_path: Path) -> None:
    setup_stock(db, actor)
    ws = load(write(db, tmp_path / "stock.xlsx"))["By category"]
    title_row = find_row(ws, "Category")
    titles, rows = table(ws, title_row)
    assert titles == [c.title for c in SUMMARY_COLUMNS]
    assert_table_layout(ws, title_row, len(SUMMARY_COLUMNS), len(rows))
    with db.read() as s:
        expected = stock_by_category(s, today=TODAY, include_empty=False)
    assert [r[1].value for r in rows] == [c.code for c in expected]
    canned = next(r for r in rows if r[1].value == "FOOD.CANNED")
    assert canned[0].value == "    Canned food"
    assert [c.value for c in canned[3:]] == [1, 33, pytest.approx(10.89), 1, 3, 13, 13]
    food = next(r for r in rows if r[1].value == "FOOD")
    totals = ws[title_row + len(rows) + 1]
    top = [c for c in expected if c.depth == 0]
    assert totals[0].value == "Total"
    assert Decimal(str(totals[5].value)) == sum(c.weight_kg for c in top)
    assert totals[4].value == pytest.approx(float(sum(c.quantity for c in top)))
    assert food[6].value == 1 and totals[6].value == sum(c.below_minimum for c in top) == 2


def test_user_text_is_never_a_formula(db: Database, actor: Actor, tmp_path: Path) -> None:
    with db.write() as s:
        for n, name in enumerate(INJECTIONS):
            code = ean(f"59000000010{n}")
            catalogue.add_item(s, name=name, category="HYGIENE", unit="pcs", barcodes_=[code])
            receive(s, actor, code, qty=1, lot_code=name)
    ws = load(write(db, tmp_path / "stock.xlsx"))["Stock"]
    _, rows = table(ws, find_row(ws, "Category"))
    by_name = {r[1].value: r for r in rows}
    assert set(by_name) == set(INJECTIONS)
    for name, row in by_name.items():
        assert (row[1].data_type, row[3].data_type, row[3].value) == ("s", "s", name)
    assert by_name["=1+1"][1].quotePrefix and by_name["@SUM(1)"][1].quotePrefix


def test_cancel_leaves_no_file(db: Database, actor: Actor, tmp_path: Path) -> None:
    setup_stock(db, actor)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "stock.xlsx"
    seen: list[tuple[int, int]] = []
    temp_files = list(ALL_TEMP_FILES)  # openpyxl's own record of its streamed sheet files
    with pytest.raises(Cancelled):
        write(db, out, progress=lambda done, total: (seen.append((done, total)), False)[1])
    assert seen == [(0, 6)] and list(out.parent.iterdir()) == []
    assert ALL_TEMP_FILES == temp_files
    write(db, out, progress=lambda done, total: seen.append((done, total)) or True)
    assert seen[-1] == (6, 6) and out.exists()
