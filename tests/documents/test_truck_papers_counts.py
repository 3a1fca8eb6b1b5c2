"""The issue-13 truck's papers read back: the packing list (pypdf) and the manifest
(openpyxl) show the same golden counts and weights as the core data, every column adds
up to its total, and a weight nobody entered is "?" or an empty cell, never 0 kg."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from tests.documents.pdf_reading import page_texts
from tests.documents.xlsx_helpers import find_row, load, table
from tests.shipping_fixtures import Goods, border_truck
from warehouse_app.core.context import Actor
from warehouse_app.db.database import Database
from warehouse_app.documents.jobs import manifest_job, packing_list_job, run_job
from warehouse_app.documents.manifest_xlsx import NOTE_COLUMN
from warehouse_app.documents.xlsx_texts import say

# category HS, packages, loose pieces, pieces, net kg, gross kg, as printed in the summary
SUMMARY = [
    ("6301", "2", "0", "10", "12,50", "13,40"),
    ("16", "1", "0", "17", "6,80", "6,93"),
    ("11", "1", "0", "0 (+ 5,5 kg/l)", "5,50", "5,70"),  # rice: HS chapter 11 since every default category has one
    ("8502", "1", "30", "33", "?", "41,50 + ?"),
]
TOTAL = ("5", "30", "60", "24,80 + ?", "67,53 + ?")


def _number(text: str) -> Decimal:
    return Decimal(text.split(" ")[0].replace(",", ".")) if text[0].isdigit() else Decimal(0)


def test_packing_list_pdf_counts_and_weights(db: Database, actor: Actor, goods: Goods, tmp_path: Path) -> None:
    codes = border_truck(db, actor)
    out = run_job(db, packing_list_job(codes["truck"]), tmp_path / "list.pdf").path
    text = "\n".join(page_texts(out))
    summary = text[text.index("Zestawienie według kategorii"):]
    for row in SUMMARY:
        assert "\n".join(row) in summary, row
    assert "Razem / Total / Разом\n" + "\n".join(TOTAL) in summary
    for column in range(1, 6):  # every column adds up to its total, read off the page
        assert sum(_number(row[column]) for row in SUMMARY) == _number(TOTAL[column - 1]), column
    assert "5 × Opak./Pkg/Місце + 30 × Szt. luzem/Loose\npcs/Шт. без упак." in text
    assert "Agregat prądotwórczy 3 kW / Генератори\n30\npcs\n?" in text  # never 0 kg (Polish / Ukrainian name)
    assert "0,00" not in text.split("\n")
    assert "? weight unknown" in text and "counted once, under its main category" in text
    assert "Придатне\nдо\nPartia" in text  # the Ukrainian expiry heading wraps in its own column


def test_manifest_counts_and_weights(db: Database, actor: Actor, goods: Goods, tmp_path: Path) -> None:
    codes = border_truck(db, actor)
    wb = load(run_job(db, manifest_job(codes["truck"]), tmp_path / "m.xlsx").path)
    ws = wb["Packages"]
    title_row = find_row(ws, "Package")
    _titles, rows = table(ws, title_row)
    generators = [r for r in rows if str(r[3].value).startswith("Agregat prądotwórczy 3 kW")]
    no_weight, not_covered = say("no_weight_note", "en"), say("not_covered_note", "en")
    assert [(r[0].value, r[7].value, r[NOTE_COLUMN].value) for r in generators] == [
        ("4/5", None, no_weight), ("5/5", None, no_weight), ("loose", None, no_weight)]
    assert [r[NOTE_COLUMN].value for r in rows if r[0].value == "5/5"][0] == not_covered  # the open box: gross unknown
    totals = ws[title_row + len(rows) + 1]
    assert totals[0].value == "Total: 5 packages + 30 loose pieces"
    assert sum(r[7].value or 0 for r in rows) == pytest.approx(totals[7].value) == pytest.approx(24.8)
    assert sum(r[8].value or 0 for r in rows) == pytest.approx(totals[8].value) == pytest.approx(67.533)
    assert totals[NOTE_COLUMN].value.startswith("weights incomplete")

    ws = wb["By category"]
    title_row = find_row(ws, "Category")
    _titles, rows = table(ws, title_row)
    totals = ws[title_row + len(rows) + 1]
    assert [c.value for c in totals][2:5] == [5, 30, 60]
    for column in (2, 3, 4, 6, 7):
        assert sum(r[column].value or 0 for r in rows) == pytest.approx(totals[column].value), column
    assert [(r[0].value, r[2].value, r[3].value) for r in rows] == [
        ("Blankets", 2, 0), ("Canned food", 1, 0), ("Pasta, rice, groats and flour", 1, 0), ("Generators", 1, 30)]


def test_stock_sheet_flags_items_without_weight(db: Database, actor: Actor, goods: Goods, tmp_path: Path) -> None:
    from warehouse_app.documents.jobs import stock_sheet_job
    border_truck(db, actor)
    ws = load(run_job(db, stock_sheet_job(lang="en", operator="Ola"), tmp_path / "s.xlsx").path)["Stock"]
    titles, rows = table(ws, find_row(ws, "Category"))
    weight, flags = titles.index("Weight kg"), titles.index("Flags")
    generators = [r for r in rows if r[1].value == "Agregat prądotwórczy 3 kW"]
    assert generators and all(r[weight].value is None and say("flag_no_weight", "en") in r[flags].value for r in generators)
    assert all(r[weight].value for r in rows if r[1].value == "Koc polarowy")
