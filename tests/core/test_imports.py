"""Importing the catalogue and donation lists: every row's error first, then all or nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
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
from warehouse_app.core.intake.imports import (
    ImportCancelled,
    import_donation,
    import_items,
    preview_donation,
    preview_items,
)
from warehouse_app.core.stock.integrity import check_stock_levels
from warehouse_app.core.stock.query import stock_by_item
from warehouse_app.db.database import Database
from warehouse_app.db.models import Barcode, Donation, Item, Movement, StockLevel
from warehouse_app.documents.sheet_reader import LINE, read_rows
from warehouse_app.kernel.errors import BadInput, Conflict

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


# --- big sheets: every row written exactly, in a few statements; a cancel leaves nothing ---

BIG = 3_000


def big_item_rows(n: int = BIG) -> list[dict[str, str]]:
    """``n`` item rows naming categories three ways, with Polish units and every optional
    column on some rows; every 500th row is wrong (an unknown category)."""
    rows = []
    for i in range(n):
        rows.append({
            LINE: str(i + 2), "name": f"Towar {i}",
            "category": ("FOOD.CANNED", "Hygiene and cleaning / Personal hygiene", "Konserwy", "NO.SUCH")[
                3 if i % 500 == 499 else i % 3],
            "unit": ("szt", "kg", "opak", "para")[i % 4], "barcode": ean(f"5{i:011d}")
            + (f", {ean(f'6{i:011d}')}" if i % 10 == 0 else ""),
            "weight_kg": f"{i % 7},{i % 10}" if i % 2 else "", "tracks_expiry": "tak" if i % 3 == 0 else "nie",
            "min_stock": str(i % 9) if i % 5 == 0 else "", "name_uk": f"Товар {i}" if i % 2 else "",
            "name_en": f"Goods {i}" if i % 4 == 1 else "", "hs_code": "0402" if i % 6 == 0 else "",
            "origin_country": "pl" if i % 8 == 0 else "", "unit_value": "12,50" if i % 5 == 0 else "",
            "value_currency": "eur" if i % 10 == 0 else "",
        })
    return rows


def expected_item(row: dict[str, str]) -> tuple[object, ...]:
    """The item a row should make, worked out here independently of the importer."""
    i = int(row[LINE]) - 2
    unit = ("pcs", "kg", "pack", "pair")[i % 4]
    codes = [ean(f"5{i:011d}").zfill(14)] + ([ean(f"6{i:011d}").zfill(14)] if i % 10 == 0 else [])
    return (
        f"Towar {i}", ("FOOD.CANNED", "HYGIENE.PERSONAL", "FOOD.CANNED")[i % 3], unit,
        Decimal(f"{i % 7}.{i % 10}") if i % 2 else None, i % 3 == 0, Decimal(i % 9) if i % 5 == 0 else None,
        f"Товар {i}" if i % 2 else None, f"Goods {i}" if i % 4 == 1 else None, "0402" if i % 6 == 0 else None,
        "PL" if i % 8 == 0 else None, Decimal("12.50") if i % 5 == 0 else None,
        ("EUR" if i % 10 == 0 else "PLN") if i % 5 == 0 else None, sorted(codes),
    )


def test_big_item_sheet_is_imported_exactly(db: Database, actor: Actor) -> None:
    rows = big_item_rows()
    with db.read() as s:
        preview = preview_items(s, rows)
    bad = [p.line for p in preview.rows if p.error]
    assert bad == [i + 2 for i in range(BIG) if i % 500 == 499]
    assert {p.error for p in preview.rows if p.error} == {"There is no category NO.SUCH."}
    with db.write() as s:
        result = import_items(s, actor, rows, skip_invalid=True)
    assert (result.imported, result.skipped) == (BIG - len(bad), len(bad))
    with db.read() as s:
        made = catalogue.list_items(s)
    assert len(made) == BIG - len(bad)
    got = {item.name: (item.name, item.category_code, item.unit, item.unit_weight_kg, item.tracks_expiry,
                       item.min_stock, item.name_uk, item.name_en, item.hs_code, item.origin_country,
                       item.unit_value, item.value_currency, sorted(b.gtin for b in item.barcodes))
           for item in made}
    assert got == {f"Towar {int(r[LINE]) - 2}": expected_item(r) for r in rows if int(r[LINE]) not in bad}
    assert all(item.internal_code == f"IT{item.id:06d}" for item in made)
    assert all(b.pack_qty == 1 for item in made for b in item.barcodes)
    with db.write() as s:  # the new ids came from the sequence (PostgreSQL) or after the last: the next one follows
        after = catalogue.add_item(s, name="Po imporcie", category="FOOD.CANNED", unit="pcs")
    assert after.id > max(item.id for item in made) and after.internal_code == f"IT{after.id:06d}"


def test_a_barcode_already_taken_in_the_database_is_found_among_thousands(db: Database, actor: Actor) -> None:
    rows = big_item_rows(1_200)
    taken = rows[1_101]["barcode"]
    with db.write() as s:
        catalogue.add_item(s, name="Już jest", category="FOOD.CANNED", unit="pcs", barcodes_=[taken])
    with db.read() as s:
        preview = preview_items(s, rows)
    assert [(p.line, p.error) for p in preview.rows if p.error and "belongs" in p.error] == [
        (1_103, f"The barcode {taken} already belongs to Już jest.")]


def test_add_items_makes_what_add_item_makes(db: Database) -> None:
    fields: list[catalogue.NewItem] = [
        {"name": " Koc  polarowy ", "category": "Bedding and sleeping gear / Blankets", "unit": "pcs",
         "barcodes_": [GOOD, (TAKEN, 6)], "unit_weight_kg": "1,2", "tracks_expiry": False, "min_stock": "10",
         "size": "200x220", "gender": "Unisex", "name_uk": "Ковдра", "hs_code": "63.01", "origin_country": "pl",
         "unit_value": "45,5", "value_currency": "eur"},
        {"name": "Mąka", "category": "FOOD.DRY", "unit": "kg", "min_stock": "2.5", "unit_value": "3"},
    ]
    with db.write() as s:
        ids = catalogue.add_items(s, fields)
        bulk = [catalogue.get_item(s, i) for i in ids]
        s.rollback()
    with db.write() as s:
        one_by_one = [catalogue.add_item(s, **f) for f in fields]
    assert [replace(b, id=0, internal_code=None) for b in bulk] == [
        replace(o, id=0, internal_code=None) for o in one_by_one]


def test_add_items_refuses_a_barcode_twice_or_taken(db: Database) -> None:
    with db.write() as s:
        catalogue.add_item(s, name="Stara zupa", category="FOOD.CANNED", unit="pcs", barcodes_=[TAKEN])
    for codes, error in (([[GOOD], [GOOD]], "The same barcode is given twice"), ([[GOOD], [TAKEN]], "already belongs")):
        with pytest.raises((BadInput, Conflict), match=error):
            with db.write() as s:
                catalogue.add_items(s, [{"name": f"Zupa {n}", "category": "FOOD.CANNED", "unit": "pcs",
                                         "barcodes_": c} for n, c in enumerate(codes)])
    assert count_items(db) == 1


def stop_after(calls: int) -> tuple[list[tuple[int, int]], Callable[[int, int], bool]]:
    heard: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        heard.append((done, total))
        return len(heard) < calls

    return heard, progress


def test_item_import_reports_progress_to_the_end(db: Database, actor: Actor) -> None:
    rows = big_item_rows(1_000)
    heard, progress = stop_after(10**6)
    with db.write() as s:
        import_items(s, actor, rows, skip_invalid=True, progress=progress)
    assert heard[0] == (0, 2_000) and heard[-1] == (2_000, 2_000)
    assert [done for done, _ in heard] == sorted(done for done, _ in heard)
    assert (1_000, 2_000) in heard  # checked: half way; then the writing


@pytest.mark.parametrize("calls", [1, 6, 12])
def test_cancelled_item_import_writes_nothing(db: Database, actor: Actor, calls: int) -> None:
    """Stopped while checking (1, 6) or while writing (12: after the 11 reports of the check)."""
    rows = big_item_rows(2_000)
    heard, progress = stop_after(calls)
    with pytest.raises(ImportCancelled, match="cancelled; nothing was imported"):
        with db.write() as s:
            import_items(s, actor, rows, skip_invalid=True, progress=progress)
    assert len(heard) == calls
    assert count_items(db) == 0
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Barcode)) == 0


def big_donation(db: Database, actor: Actor, n_items: int = 300, n_lines: int = 2_000) -> list[dict[str, str]]:
    with db.write() as s:
        import_items(s, actor, [r for r in big_item_rows(n_items) if r["category"] != "NO.SUCH"])
    lines = []
    for k in range(n_lines):
        i = (k * 7) % n_items
        if i % 500 == 499:
            i -= 1
        code = ean(f"5{i:011d}")
        expiry = date(2027, 1 + k % 12, 1 + k % 28).isoformat() if i % 3 == 0 else ""
        if i % 3 == 0 and k % 5 == 0:  # a GS1-128 code carrying its expiry
            code, expiry = f"]C101{code.zfill(14)}17{date(2027, 6, 30):%y%m%d}", ""
        quantity = f"{1 + k % 9},5" if i % 4 == 1 else str(1 + k % 9)
        lines.append({LINE: str(k + 2), "barcode": code, "quantity": quantity, "expiry": expiry,
                      "lot": f"L{k % 3}" if k % 2 else "", "donor": "Caritas"})
    return lines


def test_big_donation_list_is_received_exactly_through_the_ledger(db: Database, actor: Actor) -> None:
    lines = big_donation(db, actor)
    with db.read() as s:
        assert preview_donation(s, lines).invalid == 0
    with db.write() as s:
        result = import_donation(s, actor, lines)
    assert (result.imported, result.skipped) == (len(lines), 0)
    expected: dict[str, Decimal] = {}
    for line in lines:
        i = int(line["barcode"][-14:-1] if line["barcode"].startswith("]") else line["barcode"][1:-1])
        name = f"Towar {i}" if not line["barcode"].startswith("]") else None
        if name is None:
            name = f"Towar {int(line['barcode'][5:19][2:-1])}"
        expected[name] = expected.get(name, Decimal(0)) + Decimal(line["quantity"].replace(",", "."))
    with db.read() as s:
        stock = {r.name: r.quantity for r in stock_by_item(s)}
        receipts = s.scalar(select(func.count()).select_from(Movement).where(Movement.kind == "receive"))
        report = check_stock_levels(s)
        donation = get_donation(s, result.donation or "")
    assert stock == expected and receipts == len(lines)
    assert report.ok, report
    assert (donation.status, donation.donor) == ("closed", "Caritas")


@pytest.mark.parametrize("calls", [1, 9])
def test_cancelled_donation_import_receives_nothing(db: Database, actor: Actor, calls: int) -> None:
    lines = big_donation(db, actor, n_lines=1_000)
    heard, progress = stop_after(calls)  # 9: after the 6 reports of the check, while receiving
    with pytest.raises(ImportCancelled):
        with db.write() as s:
            import_donation(s, actor, lines, progress=progress)
    assert len(heard) == calls
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Movement)) == 0
        assert s.scalar(select(func.count()).select_from(Donation)) == 0
        assert s.scalar(select(func.count()).select_from(StockLevel)) == 0


def test_the_same_unknown_name_or_code_on_many_lines_gets_its_sentence_on_each(db: Database) -> None:
    with_items(db)
    rows = [{LINE: str(n), "name": name, "quantity": "1"} for n, name in
            enumerate(["Nieznany", ean("590000000099"), "Nieznany", ean("590000000099")], 2)]
    with db.read() as s:
        errors = [p.error for p in preview_donation(s, rows).rows]
    assert errors[0] == errors[2] == "There is no item Nieznany."
    assert errors[1] == errors[3] and errors[1] is not None and "not in the catalogue" in errors[1]
