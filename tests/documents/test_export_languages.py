"""Every xlsx export read back in Polish and Ukrainian holds no English word of ours:
titles, header lines, sheet names, flags, totals and category names follow the language."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook

from tests.documents.factory import packing_list
from tests.documents.xlsx_helpers import load
from tests.stock_fixtures import TODAY, setup_stock
from warehouse_app.core.context import Actor
from warehouse_app.core.reports.donation_report import donation_report
from warehouse_app.core.reports.stock_export import stock_sheet_data
from warehouse_app.db.database import Database
from warehouse_app.documents.donations_xlsx import write_donations_report
from warehouse_app.documents.manifest_xlsx import write_truck_manifest
from warehouse_app.documents.stock_xlsx import write_stock_sheet
from warehouse_app.documents.xlsx_texts import TEXTS
from warehouse_app.kernel.paths import resource_path

# Words that are the same in every language or are data, not our words: units and codes.
ALLOWED = {"pcs", "kg", "l", "pack", "pair", "set", "PLN", "EUR", "Operator"}


def _english_words() -> set[str]:
    words = {en for _pl, en, _uk in TEXTS.values()}
    tree = json.loads(resource_path("categories.json").read_text(encoding="utf-8"))["categories"]
    stack = list(tree)
    while stack:
        node = stack.pop()
        words.add(node["name_en"])
        stack.extend(node.get("children", []))
    words |= {"Canned food", "Hygiene", "Blankets"}  # the hand-made packing list's categories
    return {w for w in words if "{" not in w} - ALLOWED


def _english_found(wb: Workbook, location_column: str | None = None) -> list[str]:
    english = _english_words()
    found = [name for name in wb.sheetnames if name in english]
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if not isinstance(cell.value, str):
                    continue
                parts = {cell.value.strip(), *(p.strip() for p in cell.value.split(";")),
                         *(p.strip() for p in cell.value.split("/"))}
                found += [f"{ws.title}!{cell.coordinate}: {cell.value}" for p in parts if p in english]
                if cell.value.startswith(("Total", "Truck manifest")):
                    found.append(f"{ws.title}!{cell.coordinate}: {cell.value}")
    return found


@pytest.mark.parametrize("lang", ["pl", "uk"])
def test_stock_sheet_and_donations_report_speak_the_language(db: Database, actor: Actor, tmp_path: Path,
                                                               lang: str) -> None:
    setup_stock(db, actor)
    with db.read() as s:
        stock = write_stock_sheet(stock_sheet_data(s, today=TODAY, lang=lang, warehouse="Magazyn", operator="Ola"),
                                  tmp_path / "stock.xlsx")
        report = donation_report(s, TODAY - timedelta(days=400), TODAY + timedelta(days=400), lang=lang)
    donations = write_donations_report(report, tmp_path / "donations.xlsx", lang=lang)
    stock_wb = load(stock)
    assert _english_found(stock_wb) == []
    flags = {c.value for row in stock_wb.worksheets[0].iter_rows(min_col=10, max_col=10) for c in row if c.value}
    expected = {"pl": "poniżej minimum", "uk": "нижче мінімуму"}[lang]
    assert any(expected in str(f) for f in flags), flags
    assert _english_found(load(donations)) == []


@pytest.mark.parametrize("lang", ["pl", "uk"])
def test_manifest_speaks_the_language(tmp_path: Path, lang: str) -> None:
    wb = load(write_truck_manifest(packing_list(), tmp_path / "m.xlsx", lang=lang))
    assert _english_found(wb) == []
    category = {"pl": "Żywność w puszkach", "uk": "Консерви"}[lang]
    assert any(c.value == category for row in wb.worksheets[0].iter_rows() for c in row)


def test_manifest_titles_in_three_languages(tmp_path: Path) -> None:
    ws = load(write_truck_manifest(packing_list(), tmp_path / "m.xlsx", lang="uk", trilingual=True)).worksheets[0]
    titles = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str) and "\n" in c.value]
    assert "Kod HS\nHS code\nКод УКТ ЗЕД" in titles and "Towar\nItem\nТовар" in titles
