"""Importing the catalogue and donation lists: every row's error first, then all or nothing."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from tests.stock_fixtures import ean
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.donations import get_donation
from warehouse_app.core.intake.imports import import_donation, import_items, preview_donation, preview_items
from warehouse_app.core.stock.query import stock_by_item
from warehouse_app.db.database import Database
from warehouse_app.db.models import Item, Movement
from warehouse_app.documents.sheet_reader import LINE, read_rows
from warehouse_app.kernel.errors import BadInput

GOOD = ean("590000000031")
TAKEN = ean("590000000032")
BAD_CHECK = GOOD[:-1] + str((int(GOOD[-1]) + 1) % 10)


def item_rows() -> list[dict[str, str]]:
    return [
        {LINE: "2", "name": "Koc polarowy", "category": "Bedding and sleeping gear / Blankets", "unit": "szt",
         "barcode": GOOD, "weight_kg": "1,2", "tracks_expiry": "nie", "min_stock": "10"},
        {LINE: "3", "name": "Zupa", "category": "NO.SUCH", "unit": "pcs"},
        {LINE: "4", "name": "Zupa 2", "category": "FOOD.CANNED", "unit": "pcs", "barcode": BAD_CHECK},
        {LINE: "5", "name": "Zupa 3", "category": "FOOD.CANNED", "unit": "pcs", "barcode": TAKEN},
        {LINE: "6", "name": "Zupa 4", "category": "FOOD.CANNED", "unit": "pcs", "weight_kg": "ciężka"},
        {LINE: "7", "name": "Zupa 5", "category": "FOOD.CANNED", "unit": "pcs", "barcode": GOOD},
        {LINE: "8", "name": "=HYPERLINK(\"x\")", "category": "FOOD.CANNED", "unit": "kg", "tracks_expiry": "tak",
         "min_stock": "2,5"},
    ]


def with_taken(db: Database) -> None:
    with db.write() as s:
        catalogue.add_item(s, name="Stara zupa", category="FOOD.CANNED", unit="pcs", barcodes_=[TAKEN])


def count_items(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Item)) or 0


def test_items_preview_names_each_error(db: Database) -> None:
    with_taken(db)
    with db.read() as s:
        preview = preview_items(s, item_rows())
    assert [(p.line, p.error) for p in preview.rows] == [
        (2, None),
        (3, "There is no category NO.SUCH."),
        (4, f"The barcode {BAD_CHECK} has a wrong check digit."),
        (5, f"The barcode {TAKEN} already belongs to Stara zupa."),
        (6, "The weight must be a number, not “ciężka”."),
        (7, f"The barcode {GOOD} is also on line 2."),
        (8, None),
    ]
    assert (preview.valid, preview.invalid) == (2, 5) and count_items(db) == 1


def test_items_import_all_or_skip(db: Database, actor: Actor) -> None:
    with_taken(db)
    with pytest.raises(BadInput, match="5 of 7 rows are wrong, nothing was imported: line 3: There is no category"):
        with db.write() as s:
            import_items(s, actor, item_rows())
    assert count_items(db) == 1
    with db.write() as s:
        result = import_items(s, actor, item_rows(), skip_invalid=True)
    assert (result.imported, result.skipped) == (2, 5) and count_items(db) == 3
    with db.read() as s:
        blanket = catalogue.find_item(s, GOOD)
        evil = catalogue.find_item(s, '=HYPERLINK("x")')
    assert (blanket.name, blanket.unit, blanket.unit_weight_kg, blanket.min_stock, blanket.tracks_expiry) == (
        "Koc polarowy", "pcs", Decimal("1.2"), 10, False)
    assert blanket.category_code == "BEDDING.BLANKETS"
    assert (evil.unit, evil.tracks_expiry, evil.min_stock) == ("kg", True, Decimal("2.5"))


def donation_rows() -> list[dict[str, str]]:
    return [
        {LINE: "2", "barcode": GOOD, "quantity": "10", "expiry": "31.03.2027", "lot": "A1", "donor": "Caritas"},
        {LINE: "3", "name": "Mąka", "quantity": "2,5"},
        {LINE: "4", "barcode": GOOD, "quantity": "10"},
        {LINE: "5", "name": "Nieznany towar", "quantity": "1"},
        {LINE: "6", "barcode": GOOD, "quantity": "dużo", "expiry": "2027-03-31"},
        {LINE: "7", "barcode": GOOD, "quantity": "1", "expiry": "31.02.2027"},
        {LINE: "8", "barcode": BAD_CHECK, "quantity": "1"},
        {LINE: "9", "barcode": GOOD, "quantity": "1.5", "expiry": "2027-03"},
    ]


def with_items(db: Database) -> None:
    with db.write() as s:
        catalogue.add_item(s, name="Konserwa", category="FOOD.CANNED", unit="pcs", barcodes_=[GOOD],
                           tracks_expiry=True, unit_weight_kg="0.4")
        catalogue.add_item(s, name="Mąka", category="FOOD.DRY", unit="kg")


def test_donation_preview_and_import(db: Database, actor: Actor) -> None:
    with_items(db)
    with db.read() as s:
        preview = preview_donation(s, donation_rows())
    errors = {p.line: p.error for p in preview.rows}
    assert errors[2] is None and errors[3] is None
    assert errors[4] == "This item needs an expiry date."
    assert errors[5] == "There is no item Nieznany towar."
    assert errors[6].startswith("The quantity must be a number") and "dużo" in errors[6]
    assert errors[7] and "31.02.2027" in errors[7]
    assert errors[8] == f"The barcode {BAD_CHECK} has a wrong check digit."
    assert errors[9] == "pcs are counted whole; 1.5 is not a whole number."
    with pytest.raises(BadInput, match="6 of 8 rows are wrong"):
        with db.write() as s:
            import_donation(s, actor, donation_rows())
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Movement)) == 0
    with db.write() as s:
        result = import_donation(s, actor, donation_rows(), skip_invalid=True)
    assert (result.imported, result.skipped) == (2, 6)
    with db.read() as s:
        donation = get_donation(s, result.donation or "")
        moves = s.execute(select(Movement.kind, Movement.quantity, Movement.donation_id)).all()
        stock = {r.name: r.quantity for r in stock_by_item(s)}
    assert (donation.status, donation.donor, donation.source) == ("closed", "Caritas", "import")  # a code, worded by each document
    assert sorted(m.quantity for m in moves) == [Decimal("2.5"), 10] and {m.donation_id for m in moves} == {donation.id}
    assert stock == {"Konserwa": 10, "Mąka": Decimal("2.5")}


def test_donation_gs1_code_brings_its_expiry(db: Database, actor: Actor) -> None:
    with_items(db)
    rows = [{LINE: "2", "barcode": f"010{GOOD}17270331", "quantity": "2"}]
    with db.write() as s:
        assert [p.error for p in preview_donation(s, rows).rows] == [None]
        import_donation(s, actor, rows, donor="Caritas")
    with db.read() as s:
        [meat] = [r for r in stock_by_item(s) if r.name == "Konserwa"]
    assert (meat.quantity, meat.earliest_expiry) == (2, date(2027, 3, 31))


def test_donation_donor_from_option_or_one_column(db: Database, actor: Actor) -> None:
    with_items(db)
    rows = [{LINE: "2", "name": "Mąka", "quantity": "1", "donor": "A"}, {LINE: "3", "name": "Mąka", "quantity": "2", "donor": "B"}]
    with pytest.raises(BadInput, match="several donors"):
        with db.write() as s:
            import_donation(s, actor, rows)
    with db.write() as s:
        result = import_donation(s, actor, rows, donor="Caritas Przemyśl")
        assert result.imported == 2
    with pytest.raises(BadInput, match="no rows"):
        with db.write() as s:
            import_donation(s, actor, [])


JUNK = st.one_of(st.text(max_size=30), st.sampled_from(["", "0", "-1", "1e9", "NaN", "inf", "1,5", "tak", "#N/A",
                                                        "=1+1", "5901234123457", "FOOD", "FOOD.CANNED", "31.02.2027",
                                                        "9999-99-99", "\x00", "١٢٣"]))
KEYS = ("name", "category", "unit", "barcode", "weight_kg", "tracks_expiry", "min_stock", "quantity", "expiry", "lot",
        "donor", LINE)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.dictionaries(st.sampled_from(KEYS), JUNK, max_size=12), max_size=4))
def test_junk_rows_get_errors_not_tracebacks(sqlite_db: Database, rows: list[dict[str, str]]) -> None:
    with sqlite_db.read() as s:
        for preview in (preview_items(s, rows), preview_donation(s, rows)):
            assert len(preview.rows) == len(rows) == preview.valid + preview.invalid
            assert all(p.error is None or (isinstance(p.error, str) and p.error) for p in preview.rows)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.lists(st.lists(JUNK, min_size=1, max_size=5), min_size=1, max_size=5))
def test_junk_files_read_and_validate(sqlite_db: Database, tmp_path_factory: pytest.TempPathFactory,
                                      cells: list[list[str]]) -> None:
    path: Path = tmp_path_factory.mktemp("junk") / "junk.csv"
    path.write_text("\n".join(";".join(c.replace(";", "").replace('"', "") for c in row) for row in cells),
                    encoding="utf-8")
    try:
        rows = read_rows(path)
    except BadInput:
        return  # an empty file is one clear sentence
    with sqlite_db.read() as s:
        preview = preview_items(s, rows)
        assert len(preview.rows) == len(rows)
