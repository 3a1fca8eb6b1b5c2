"""What spreadsheets do to codes, repaired or refused with a sentence; unit words; pack counts;
no two items of one name; unknown goods of a donation list created only when asked (issue 16)."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from tests.stock_fixtures import ean
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.catalogue.unit_words import unit_of
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.imports import (
    NewGoodsChoice,
    import_donation,
    import_items,
    preview_donation,
    preview_items,
)
from warehouse_app.core.stock.query import stock_by_item
from warehouse_app.db.database import Database
from warehouse_app.db.models import Barcode, Item, Lot, Movement
from warehouse_app.documents.sheet_reader import LINE, read_rows
from warehouse_app.kernel.errors import BadInput

UPC = "036000291452"  # a real UPC-A: a spreadsheet keeps 36000291452
UPC_2 = "012345678905"
EAN = "5901234123457"


def workbook(tmp_path: Path, header: list[str], *rows: list[object]) -> Path:
    """An .xlsx as a spreadsheet program saves it: numbers in number cells."""
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    path = tmp_path / "sheet.xlsx"
    book.save(path)
    return path


def count(db: Database, model: type) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_unit_words_of_four_languages() -> None:
    words = {"Each": "pcs", "piece": "pcs", "pc": "pcs", "szt.": "pcs", "шт": "pcs", "Stück": "pcs",
             "litre": "l", "Liter": "l", "л": "l", "kilogram": "kg", "кг": "kg", "op.": "pack", "упаковка": "pack",
             "Packung": "pack", "pary": "pair", "Paar": "pair", "kpl.": "set", "набір": "set", "": "pcs"}
    assert {word: unit_of(word) for word in words} == words
    with pytest.raises(BadInput, match="barrel is not a unit"):
        unit_of("barrel")


def test_lost_leading_zeros_are_restored_and_said(db: Database, actor: Actor, tmp_path: Path) -> None:
    path = workbook(tmp_path, ["Name", "Category", "Unit", "Barcode"],
                    ["Soup", "FOOD.CANNED", "Each", int(UPC)], ["Wipes", "HYGIENE", "piece", int(UPC_2)],
                    ["Beans", "FOOD.CANNED", "pc", int(EAN)], ["Milk", "FOOD.DRINKS", "litre", 36000291453])
    rows = read_rows(path)
    assert rows[0]["barcode"] == UPC[1:]  # what the sheet holds
    with db.read() as s:
        preview = preview_items(s, rows)
    assert [(p.error, p.notes) for p in preview.rows[:3]] == [
        (None, (f"The leading zeros of the code {UPC[1:]} were restored: {UPC} (its check digit proves it).",)),
        (None, (f"The leading zeros of the code {UPC_2[1:]} were restored: {UPC_2} (its check digit proves it).",)),
        (None, ()),
    ]
    # not proven by its check digit: left as it was, with the sentence for it
    assert preview.rows[3].error == "The code 36000291453 is not a GTIN: it must have 8, 12, 13 or 14 digits."
    with db.write() as s:
        import_items(s, actor, rows, skip_invalid=True)
    with db.read() as s:
        codes = dict(s.execute(select(Item.name, Barcode.gtin).join(Barcode, Barcode.item_id == Item.id)).all())
        units = dict(s.execute(select(Item.name, Item.unit)).all())
    assert codes == {"Soup": "00" + UPC, "Wipes": "00" + UPC_2, "Beans": "0" + EAN}
    assert units == {"Soup": "pcs", "Wipes": "pcs", "Beans": "pcs"}


def test_scientific_notation_is_refused_with_its_own_sentence(db: Database, tmp_path: Path) -> None:
    csv = tmp_path / "list.csv"
    csv.write_text("Nazwa;Kategoria;Kod kreskowy\nFasola;FOOD.CANNED;5,90123E+12\nGroch;FOOD.CANNED;5.90123E+12\n",
                   encoding="utf-8")
    book = workbook(tmp_path, ["Name", "Category", "Barcode"], ["Beans", "FOOD.CANNED", 5.90123e12])
    with db.read() as s:
        from_csv = preview_items(s, read_rows(csv))
        from_xlsx = preview_items(s, read_rows(book))
    assert [p.error for p in from_csv.rows] == [
        f"The code \u201c{text}\u201d is in scientific notation: a spreadsheet program turned it into a number and "
        "dropped its last digits. Format the column as text and type the codes again."
        for text in ("5,90123E+12", "5.90123E+12")]
    assert [p.error for p in from_xlsx.rows] == [
        "The code 5901230000000 has a wrong check digit and ends in zeros: a spreadsheet program rounded it "
        "(shown as 5.90123E+12) and dropped its last digits. Format the column as text and type the codes again."]
    assert count(db, Item) == 0


def test_an_escaped_group_separator_reads_as_one(db: Database, actor: Actor, tmp_path: Path) -> None:
    with db.write() as s:
        catalogue.add_item(s, name="Konserwa", category="FOOD.CANNED", unit="pcs", barcodes_=[EAN])
    path = workbook(tmp_path, ["Kod kreskowy", "Ilość"], [f"010{EAN}17270331_x001D_10L-42", 3],
                    [f"010{EAN}17271331_x001D_10L-43", 1], ["Konserwa", 1])
    rows = read_rows(path)
    with db.read() as s:
        preview = preview_donation(s, rows)
    assert preview.rows[0].error is None
    # a month-13 date in the code: a sentence, not the pattern that failed (the separator shown escaped)
    assert preview.rows[1].error == (f"The date 271331 (AI 17) in the barcode 010{EAN}17271331\\x1d10L-43 "
                                     "is not a valid date.")
    with db.write() as s:
        import_donation(s, actor, rows[:1], donor="Caritas")
    with db.read() as s:
        assert s.execute(select(Lot.lot_code, Movement.quantity).join(Movement, Movement.lot_id == Lot.id)).all() == [
            ("L-42", 3)]


def test_a_month_13_expiry_cell_is_a_sentence(db: Database) -> None:
    with db.write() as s:
        catalogue.add_item(s, name="Konserwa", category="FOOD.CANNED", unit="pcs", barcodes_=[EAN])
    with db.read() as s:
        preview = preview_donation(s, [{LINE: "2", "barcode": EAN, "expiry": "2027-13-01"}])
    assert preview.rows[0].error == "There is no such day as \u201c2027-13-01\u201d."


def test_a_pack_count_column_gives_the_case_code_its_count(db: Database, actor: Actor, tmp_path: Path) -> None:
    case = ean("1590123412345")
    path = workbook(tmp_path, ["Name", "Category", "Unit", "Barcode", "Case barcode", "Units per case"],
                    ["Beans", "FOOD.CANNED", "szt", EAN, case, 12],
                    ["Peas", "FOOD.CANNED", "szt", "", ean("1590123412399"), ""],
                    ["Corn", "FOOD.CANNED", "szt", ean("590123412399"), "", 6])
    rows = read_rows(path)
    with db.read() as s:
        preview = preview_items(s, rows)
    assert [p.error for p in preview.rows] == [
        None, "Give the pack count (how many units one case holds) for the case barcode.",
        "A pack count needs the case barcode it belongs to."]
    with db.write() as s:
        import_items(s, actor, rows, skip_invalid=True)
    with db.read() as s:
        packs = dict(s.execute(select(Barcode.gtin, Barcode.pack_qty)).all())
    assert packs == {"0" + EAN: 1, case: 12}


def blankets(*codes: str) -> list[dict[str, str]]:
    return [{LINE: str(n), "name": name, "category": "BEDDING.BLANKETS", "unit": "Each", "barcode": code}
            for n, (name, code) in enumerate(zip(["Blankets", "blankets ", "Blankets"], codes, strict=False), 2)]


def test_a_name_twice_is_refused_unless_merged_by_barcode(db: Database, actor: Actor) -> None:
    rows = blankets(ean("590000000101"), ean("590000000102"), ean("590000000103"))
    with db.read() as s:
        preview = preview_items(s, rows)
    assert [p.error for p in preview.rows] == [None] + [
        "The name blankets is also on line 2; each item needs a name of its own (or merge rows of the same name "
        "by barcode).", "The name Blankets is also on line 2; each item needs a name of its own (or merge rows of "
        "the same name by barcode)."]
    with pytest.raises(BadInput, match="2 of 3 rows are wrong"), db.write() as s:
        import_items(s, actor, rows)
    with db.write() as s:
        result = import_items(s, actor, rows, merge_names=True)
    assert result.imported == 3
    with db.read() as s:
        names = s.execute(select(Item.name, func.count(Barcode.id)).join(Barcode).group_by(Item.name)).all()
    assert names == [("Blankets", 3)]
    # the catalogue has it now: refused, or its barcodes go onto it
    more = blankets(ean("590000000104"))
    with db.read() as s:
        assert preview_items(s, more).rows[0].error == (
            "There is already an item called Blankets in the catalogue; give this one another name, or merge rows "
            "of the same name by barcode.")
        merged = preview_items(s, more, merge_names=True).rows[0]
    assert (merged.error, merged.notes) == (
        None, ("Blankets is already in the catalogue: only this line's barcodes are added to it.",))
    with db.write() as s:
        import_items(s, actor, more, merge_names=True)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Barcode)) == 4 and count(db, Item) == 1


def test_merged_rows_must_agree_on_category_and_unit(db: Database) -> None:
    rows = blankets(ean("590000000101"), ean("590000000102"))
    rows[1]["unit"] = "kg"
    with db.read() as s:
        assert preview_items(s, rows, merge_names=True).rows[1].error == (
            "The name blankets is also on line 2, with another category or unit; rows are merged only when both "
            "agree.")


def donor_list() -> list[dict[str, str]]:
    return [
        {LINE: "2", "name": "Koc wełniany", "category": "koce", "unit": "szt.", "barcode": ean("590000000201"),
         "quantity": "5"},
        {LINE: "3", "barcode": ean("590000000201"), "quantity": "2"},  # the same new goods, by its code
        {LINE: "4", "name": "Pasta do zębów", "quantity": "10", "expiry": "2028-01"},
        {LINE: "5", "name": "Konserwa", "quantity": "4"},
        {LINE: "6", "barcode": ean("590000000202"), "quantity": "1"},
    ]


def test_unknown_goods_are_refused_unless_created(db: Database, actor: Actor) -> None:
    with db.write() as s:
        catalogue.add_item(s, name="Konserwa", category="FOOD.CANNED", unit="pcs", barcodes_=[EAN])
    with db.read() as s:
        plain = preview_donation(s, donor_list())
        no_default = preview_donation(s, donor_list(), create_missing=NewGoodsChoice())
        preview = preview_donation(s, donor_list(), create_missing=NewGoodsChoice("Personal hygiene"))
    assert [p.error for p in plain.rows] == [
        f"The barcode {ean('590000000201')} is not in the catalogue yet.",
        f"The barcode {ean('590000000201')} is not in the catalogue yet.",
        "There is no item Pasta do zębów.", None, f"The barcode {ean('590000000202')} is not in the catalogue yet."]
    assert not plain.new_items
    assert no_default.rows[2].error == ("Pasta do zębów is not in the catalogue; choose a default category for new "
                                        "items, or give a category column.")
    assert [p.error for p in preview.rows] == [
        None, None, None, None,
        f"The barcode {ean('590000000202')} is not in the catalogue yet; give the item's name to create it."]
    assert [(g.name, g.category.code, g.unit, g.barcodes, g.tracks_expiry, g.lines) for g in preview.new_items] == [
        ("Koc wełniany", "BEDDING.BLANKETS", "pcs", ("0" + ean("590000000201"),), False, (2, 3)),
        ("Pasta do zębów", "HYGIENE.PERSONAL", "pcs", (), True, (4,)),
    ]
    assert preview.rows[0].notes == ("A new item is created for this line: Koc wełniany.",)
    assert count(db, Item) == 1  # the preview wrote nothing
    with db.write() as s:
        result = import_donation(s, actor, donor_list(), donor="Caritas", skip_invalid=True,
                                 create_missing=NewGoodsChoice("HYGIENE.PERSONAL"))
    assert (result.imported, result.skipped, result.created) == (4, 1, 2)
    with db.read() as s:
        stock = {r.name: r.quantity for r in stock_by_item(s)}
        made = s.execute(select(Item.name, Item.unit, Item.tracks_expiry, Item.internal_code).order_by(Item.id)).all()
    assert stock == {"Koc wełniany": 7, "Pasta do zębów": 10, "Konserwa": 4}
    assert [(n, u, t) for n, u, t, _ in made[1:]] == [("Koc wełniany", "pcs", False), ("Pasta do zębów", "pcs", True)]
    assert all(code for *_, code in made)


def test_a_category_that_matches_nothing_takes_the_default_or_is_refused(db: Database) -> None:
    rows = [{LINE: "2", "name": "Latawiec", "category": "Zzzz qqq", "quantity": "1"},
            {LINE: "3", "name": "Kołdra", "category": "Poduszki i kołdry", "unit": "kpl", "quantity": "1"}]
    with db.read() as s:
        refused = preview_donation(s, rows, create_missing=NewGoodsChoice())
        defaulted = preview_donation(s, rows, create_missing=NewGoodsChoice("OTHER.MISC"))
    assert refused.rows[0].error == "No category matches \u201cZzzz qqq\u201d; choose a default category for new items."
    assert [(g.name, g.category.code, g.unit) for g in defaulted.new_items] == [
        ("Latawiec", "OTHER.MISC", "pcs"), ("Kołdra", "BEDDING.PILLOWS", "set")]


def test_a_new_item_is_not_a_second_item_of_a_known_name(db: Database) -> None:
    with db.write() as s:
        catalogue.add_item(s, name="Konserwa", category="FOOD.CANNED", unit="pcs", barcodes_=[EAN])
    rows = [{LINE: "2", "name": "Konserwa", "barcode": ean("590000000301"), "quantity": "1"}]
    with db.read() as s:
        preview = preview_donation(s, rows, create_missing=NewGoodsChoice("OTHER.MISC"))
    assert preview.rows[0].error == ("The barcode on this line is not on Konserwa, which the catalogue has; add the "
                                     "barcode to the item first.")
    assert preview.new_items == ()


def test_creating_goods_is_a_managers_import(db: Database) -> None:
    from warehouse_app.core.access.operators import add_operator
    from warehouse_app.kernel.errors import Conflict

    with db.write() as s:
        staff = add_operator(s, "Ola", "staff")
    with pytest.raises(Conflict, match="Only a manager can"), db.write() as s:
        import_donation(s, Actor(staff.id, "st-1"), donor_list(), create_missing=NewGoodsChoice("OTHER.MISC"))
    assert count(db, Item) == 0


def test_a_donation_line_s_pack_count_multiplies_its_quantity(db: Database, actor: Actor) -> None:
    case = ean("1590123412345")
    with db.write() as s:
        catalogue.add_item(s, name="Konserwa", category="FOOD.CANNED", unit="pcs", barcodes_=[EAN, (case, 12)])
    rows = [{LINE: "2", "barcode": EAN, "quantity": "10", "pack_count": "24"},
            {LINE: "3", "barcode": case, "quantity": "2", "pack_count": "12"},
            {LINE: "4", "barcode": case, "quantity": "1", "pack_count": "6"},
            {LINE: "5", "name": "Konserwa", "quantity": "1", "pack_count": "pół"}]
    with db.read() as s:
        preview = preview_donation(s, rows)
    assert [p.error for p in preview.rows][2:] == [
        "The case barcode on this line holds 12 units, but its pack count says 6.",
        "The quantity must be a number, not \u201cpół\u201d."]
    with db.write() as s:
        import_donation(s, actor, rows, donor="Caritas", skip_invalid=True)
    with db.read() as s:
        assert {r.name: r.quantity for r in stock_by_item(s)} == {"Konserwa": 240 + 24}


def test_a_us_item_list_saved_by_a_spreadsheet_imports_as_one_item_per_name(db: Database, actor: Actor,
                                                                             tmp_path: Path) -> None:
    """Shaped like a real Human Essentials item list: 72 rows, 67 UPCs that lost their leading
    zero in number cells, 15 names; afterwards a donation list naming the goods works."""
    names = [f"Kids Diapers (Size {n})" for n in range(1, 8)] + ["Blankets", "Wipes (Baby)", "Adult Briefs (L)",
             "Adult Briefs (XL)", "Pads", "Tampons", "Underpads", "Cloth Diapers"]
    codes = [ean(f"0{n}") for n in range(3600029000, 3600029067)] + [ean(f"7{n}") for n in range(3600029000, 3600029005)]
    path = workbook(tmp_path, ["Name", "Category", "Unit", "Barcode"],
                    *[[names[i % 15], "HYGIENE" if i % 15 > 7 else "BABY.NAPPIES", "Each", int(code)]
                      for i, code in enumerate(codes)])
    rows = read_rows(path)
    with db.read() as s:
        refused = preview_items(s, rows)
        merged = preview_items(s, rows, merge_names=True)
    assert sum(1 for p in refused.rows if p.notes) == 67
    assert (refused.valid, refused.invalid) == (15, 57)
    assert (merged.valid, merged.invalid) == (72, 0)
    with db.write() as s:
        import_items(s, actor, rows, merge_names=True)
    with db.read() as s:
        assert count(db, Item) == 15 and s.scalar(select(func.count()).select_from(Barcode)) == 72
        assert set(s.scalars(select(Barcode.gtin))) == {code.zfill(14) for code in codes}
    donation = [{LINE: "2", "name": "Blankets", "quantity": "40"}, {LINE: "3", "barcode": codes[0], "quantity": "5"}]
    with db.write() as s:
        import_donation(s, actor, donation, donor="Caritas")
    with db.read() as s:
        assert {r.name: r.quantity for r in stock_by_item(s)} == {"Blankets": 40, "Kids Diapers (Size 1)": 5}


def test_a_name_written_otherwise_is_the_catalogue_s_item_not_a_new_one(db: Database, actor: Actor) -> None:
    with db.write() as s:
        catalogue.add_item(s, name="Łyżka", category="HOUSEHOLD.KITCHEN", unit="pcs")
    rows = [{LINE: "2", "name": "ŁYŻKA", "quantity": "3"},
            {LINE: "3", "name": "łyżka ", "barcode": ean("590000000401"), "quantity": "1"}]
    with db.read() as s:
        preview = preview_donation(s, rows, create_missing=NewGoodsChoice("OTHER.MISC"))
    assert [p.error for p in preview.rows] == [None, (
        "The barcode on this line is not on Łyżka, which the catalogue has; add the barcode to the item first.")]
    assert preview.new_items == ()
    with db.write() as s:
        import_donation(s, actor, rows[:1], donor="Caritas", create_missing=NewGoodsChoice("OTHER.MISC"))
    with db.read() as s:
        assert {r.name: r.quantity for r in stock_by_item(s)} == {"Łyżka": 3} and count(db, Item) == 1
