"""Receiving scans: one scan, one ledger row, one higher stock level, on both databases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from warehouse_app.core.access.operators import actor_for
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.catalogue.barcodes import gtin_check_digit
from warehouse_app.core.context import Actor
from warehouse_app.core.intake import donations
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.stock.query import item_lots
from warehouse_app.db.database import Database
from warehouse_app.db.models import Donation, Movement, StockLevel
from warehouse_app.kernel.errors import BadInput, Conflict, NotFound

BEANS = "5901234123457"
GS = "\x1d"


def ean(body12: str) -> str:
    return body12 + gtin_check_digit(body12)


def case_of(ean13: str) -> str:
    """The GTIN-14 of a case holding these goods (indicator digit 1)."""
    body = "1" + ean13[:-1]
    return body + gtin_check_digit(body)


@pytest.fixture
def beans(db: Database) -> catalogue.ItemInfo:
    with db.write() as s:
        return catalogue.add_item(s, name="Fasola konserwowa 400 g", category="FOOD.CANNED", unit="pcs",
                                  barcodes_=[BEANS], unit_weight_kg="0.450", tracks_expiry=True)


@pytest.fixture
def soap(db: Database) -> catalogue.ItemInfo:
    with db.write() as s:
        return catalogue.add_item(s, name="Mydło w kostce 100 g", category="HYGIENE", unit="pcs",
                                  barcodes_=[ean("590000000001"), (case_of(ean("590000000001")), 24)])


def counts(db: Database) -> tuple[int, int, int]:
    with db.read() as s:
        return (s.scalar(select(func.count()).select_from(Movement)) or 0,
                s.scalar(select(func.count()).select_from(StockLevel)) or 0,
                s.scalar(select(func.count()).select_from(Donation)) or 0)


def test_receive_records_movement_level_and_donation(db: Database, actor: Actor, beans) -> None:
    with db.write() as s:
        result = receive(s, actor, BEANS, qty=12, expiry="2027-03-31", donor="Parafia św. Jana")
    assert result.quantity == 12 and result.item_name == "Fasola konserwowa 400 g"
    assert result.expiry == date(2027, 3, 31)
    assert result.donation_number.startswith("D-") and result.location == "Receiving"
    with db.read() as s:
        movement = s.get(Movement, result.movement_id)
        assert movement.kind == "receive" and movement.quantity == Decimal(12)
        assert movement.operator_id == actor.operator_id and movement.station == "station-1"
        assert movement.created_at.tzinfo is not None
        lots = item_lots(s, beans.id)
        assert [(lot.expiry, lot.quantity) for lot in lots] == [(date(2027, 3, 31), Decimal(12))]
        info = donations.get_donation(s, result.donation_number)
        assert info.donor == "Parafia św. Jana" and info.status == "open"


def test_repeated_scans_add_up_in_the_same_donation(db: Database, actor: Actor, beans) -> None:
    with db.write() as s:
        first = receive(s, actor, BEANS, expiry="2027-03-31", donor="Szkoła nr 5")
    with db.write() as s:
        second = receive(s, actor, BEANS, qty=2, expiry="2027-03-31", donor="Szkoła nr 5")
    assert second.donation_number == first.donation_number
    assert second.level_at_location == 3
    with db.read() as s:
        lines = donations.donation_lines(s, first.donation_id)
    assert [(line.item_name, line.quantity) for line in lines] == [("Fasola konserwowa 400 g", Decimal(3))]


def test_another_donor_opens_a_new_donation(db: Database, actor: Actor, beans) -> None:
    with db.write() as s:
        first = receive(s, actor, BEANS, expiry="2027-01-31", donor="Anna K.")
        second = receive(s, actor, BEANS, expiry="2027-01-31", donor="Fundacja Pomocy")
    assert first.donation_number != second.donation_number


def test_gs1_128_supplies_expiry_lot_and_count(db: Database, actor: Actor, beans) -> None:
    code = f"]C10205901234123457{'17'}270630{'10'}LOT-7{GS}3724"
    with db.write() as s:
        result = receive(s, actor, code)
    assert (result.quantity, result.expiry, result.lot_code) == (24, date(2027, 6, 30), "LOT-7")


def test_gs1_with_substitute_separator(db: Database, actor: Actor, beans) -> None:
    with db.write() as s:
        result = receive(s, actor, "0105901234123457" + "10A1|17270100", separators="|")
    assert result.expiry == date(2027, 1, 31)  # day 00 is the month's last day
    assert result.lot_code == "A1"


def test_case_barcode_receives_its_pack_count(db: Database, actor: Actor, soap) -> None:
    case_code = next(b.gtin for b in soap.barcodes if b.pack_qty == 24)
    with db.write() as s:
        result = receive(s, actor, case_code, qty=3)
    assert result.quantity == 72


def test_internal_item_code_is_received(db: Database, actor: Actor, soap) -> None:
    with db.write() as s:
        result = receive(s, actor, soap.internal_code.lower())
    assert result.item_id == soap.id and result.quantity == 1


@pytest.mark.parametrize(
    ("code", "kwargs", "error", "words"),
    [
        (BEANS, {}, BadInput, "needs an expiry date"),
        ("5901234123458", {"expiry": "2027-01-01"}, BadInput, "wrong check digit"),
        ("4006381333931", {}, NotFound, "not in the catalogue"),
        (BEANS, {"expiry": "31.13.2027"}, BadInput, "no such day"),
        (BEANS, {"expiry": "soon"}, BadInput, "must look like"),
        (BEANS, {"expiry": "2027-01-01", "qty": "0"}, BadInput, "more than zero"),
        (BEANS, {"expiry": "2027-01-01", "qty": "1.5"}, BadInput, "whole"),
        (BEANS, {"expiry": "2027-01-01", "qty": "5901234123457"}, BadInput, "too large"),
        (BEANS, {"expiry": "2027-01-01", "location": "Nowhere"}, NotFound, "no location"),
        (BEANS, {"expiry": "2027-01-01", "donation": "D-1999-00001"}, NotFound, "no donation"),
        ("BX000001", {}, BadInput, "not goods"),
        ("hello", {}, BadInput, "not a barcode"),
    ],
)
def test_bad_receive_changes_nothing(db: Database, actor: Actor, beans, code, kwargs, error, words) -> None:
    before = counts(db)
    with pytest.raises(error, match=words):
        with db.write() as s:
            receive(s, actor, code, **kwargs)
    assert counts(db) == before


def test_closed_donation_refuses_more_scans(db: Database, actor: Actor, beans) -> None:
    with db.write() as s:
        number = receive(s, actor, BEANS, expiry="2027-01-01").donation_number
        donations.close_donation(s, number)
    before = counts(db)
    with pytest.raises(Conflict, match="closed"):
        with db.write() as s:
            receive(s, actor, BEANS, expiry="2027-01-01", donation=number)
    assert counts(db) == before
    with db.write() as s:  # without a donation named, a new one opens
        assert receive(s, actor, BEANS, expiry="2027-01-01").donation_number != number


def test_archived_item_is_refused(db: Database, actor: Actor, beans) -> None:
    with db.write() as s:
        catalogue.edit_item(s, beans.id, archived=True)
    with pytest.raises(BadInput, match="archived"):
        with db.write() as s:
            receive(s, actor, BEANS, expiry="2027-01-01")


def test_each_station_has_its_own_current_donation(db: Database, actor: Actor, beans) -> None:
    with db.write() as s:
        other: Actor = actor_for(s, "Olena", "station-2")
    with db.write() as s:
        mine = receive(s, actor, BEANS, expiry="2027-01-01")
        theirs = receive(s, other, BEANS, expiry="2027-01-01")
    assert mine.donation_number != theirs.donation_number


def test_donation_numbers_count_up(db: Database, actor: Actor) -> None:
    with db.write() as s:
        numbers = [donations.open_donation(s, actor).number for _ in range(3)]
    year = date.today().year
    assert numbers == [f"D-{year}-00001", f"D-{year}-00002", f"D-{year}-00003"]


def test_correct_receipt_reverses_and_rewrites_with_audit(db: Database, actor: Actor, beans) -> None:
    from warehouse_app.core.intake.receiving import correct_receipt

    with db.write() as s:
        first = receive(s, actor, BEANS, qty=1, expiry="2027-03-31")
    with db.write() as s:
        fixed = correct_receipt(s, actor, first.movement_id, "12")
    assert fixed.quantity == 12 and fixed.level_at_location == 12 and fixed.donation_id == first.donation_id
    assert fixed.expiry == date(2027, 3, 31)
    with db.read() as s:
        kinds = s.execute(select(Movement.kind, Movement.reverses_id, Movement.reason).order_by(Movement.id)).all()
        lines = donations.donation_lines(s, first.donation_id)
    assert [k for k, _, _ in kinds] == ["receive", "reversal", "receive"]
    assert kinds[1][1] == first.movement_id and "corrected" in kinds[1][2]
    assert [(line.item_name, line.quantity) for line in lines] == [("Fasola konserwowa 400 g", 12)]


def test_correct_receipt_refuses_bad_quantity_and_changes_nothing(db: Database, actor: Actor, beans) -> None:
    from warehouse_app.core.intake.receiving import correct_receipt

    with db.write() as s:
        first = receive(s, actor, BEANS, qty=3, expiry="2027-03-31")
    before = counts(db)
    for qty, error in (("0", BadInput), ("2.5", BadInput), ("x", BadInput)):
        with pytest.raises(error), db.write() as s:
            correct_receipt(s, actor, first.movement_id, qty)
    with pytest.raises(NotFound), db.write() as s:
        correct_receipt(s, actor, first.movement_id + 99, "2")
    assert counts(db) == before


def test_expiry_needed_and_unknown_barcode_carry_what_the_gui_needs(db: Database, actor: Actor, beans) -> None:
    from warehouse_app.kernel.errors import ExpiryNeeded, UnknownBarcode

    with pytest.raises(ExpiryNeeded) as needed, db.write() as s:
        receive(s, actor, BEANS)
    assert needed.value.item_id == beans.id
    with pytest.raises(UnknownBarcode) as unknown, db.write() as s:
        receive(s, actor, "4006381333931")
    assert unknown.value.gtin == "04006381333931"


def test_update_donation_header(db: Database, actor: Actor, beans) -> None:
    with db.write() as s:
        opened = donations.open_donation(s, actor)
    with db.write() as s:
        info = donations.update_donation(s, opened.number, donor="Caritas Kraków", source="parish collection",
                                         notes="two cars")
    assert (info.donor, info.source, info.notes) == ("Caritas Kraków", "parish collection", "two cars")
    with db.write() as s:
        info = donations.update_donation(s, opened.id, donor="", notes="")
    assert info.donor is None and info.notes is None and info.source == "parish collection"
    with db.write() as s:
        donations.close_donation(s, opened.number)
    with pytest.raises(Conflict), db.write() as s:
        donations.update_donation(s, opened.number, donor="Someone")


def test_a_named_donation_by_id_or_number_lands_at_receiving(db: Database, actor: Actor, beans) -> None:
    """The usual scan reads the receiving zone and its donation in one statement; the
    result is what the separate look-ups give, and a closed one is still refused."""
    with db.write() as s:
        opened = donations.open_donation(s, actor, donor="Parafia św. Jana")
    with db.write() as s:
        by_id = receive(s, actor, BEANS, expiry="2027-01-01", donation=opened.id)
        by_number = receive(s, actor, BEANS, expiry="2027-01-01", donation=f" {opened.number.lower()} ")
        elsewhere = receive(s, actor, BEANS, expiry="2027-01-01", donation=opened.id, location="Storage")
    assert {(r.donation_id, r.donation_number) for r in (by_id, by_number, elsewhere)} == {(opened.id, opened.number)}
    assert (by_id.location, by_number.location, elsewhere.location) == ("Receiving", "Receiving", "Storage")
    with db.write() as s:
        donations.close_donation(s, opened.id)
    with pytest.raises(Conflict, match="closed"):
        with db.write() as s:
            receive(s, actor, BEANS, expiry="2027-01-01", donation=opened.id)
