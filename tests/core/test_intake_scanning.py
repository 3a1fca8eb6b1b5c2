"""The intake desk without a screen: scans into the donation on screen, corrections, undo,
the header, and an unknown barcode named and received in one go, on both databases."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from warehouse_app.core.access.operators import actor_for
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.catalogue.barcodes import DEFAULT_SEPARATORS, gtin_check_digit
from warehouse_app.core.context import Actor
from warehouse_app.core.intake import scanning
from warehouse_app.core.intake.donations import close_donation, get_donation, line_order
from warehouse_app.core.intake.scanning import IntakeView, NewItemNeedsExpiry, NewItemReceived
from warehouse_app.db.database import Database
from warehouse_app.db.models import Donation, Item, Movement, StockLevel
from warehouse_app.kernel.errors import BadInput, Conflict, ExpiryNeeded, UnknownBarcode

SOAP = "5901234123457"
BEANS = "590000000001" + gtin_check_digit("590000000001")
UNKNOWN = "4006381333931"
SEP = DEFAULT_SEPARATORS


@pytest.fixture
def goods(db: Database) -> None:
    with db.write() as s:
        catalogue.add_item(s, name="Mydło w kostce 100 g", category="HYGIENE", unit="pcs", barcodes_=[SOAP])
        catalogue.add_item(s, name="Fasola konserwowa 400 g", category="FOOD.CANNED", unit="pcs",
                           barcodes_=[BEANS], tracks_expiry=True)


def scan(db: Database, actor: Actor, code: str, donation_id: int | None, **kwargs) -> scanning.ScanOutcome:  # type: ignore[no-untyped-def]
    with db.write() as s:
        return scanning.scan(s, actor, code, donation_id=donation_id, separators=SEP, **kwargs)


def ledger(db: Database) -> list[tuple[str, Decimal, str | None]]:
    with db.read() as s:
        return [tuple(r) for r in s.execute(select(Movement.kind, Movement.quantity, Movement.reason)
                                            .order_by(Movement.id))]


def on_hand(db: Database) -> Decimal:
    with db.read() as s:
        return s.scalar(select(func.coalesce(func.sum(StockLevel.quantity), 0))) or Decimal(0)


def test_a_fresh_desk_shows_no_donation_and_the_first_scan_opens_one(db: Database, actor: Actor, goods) -> None:
    with db.read() as s:
        assert scanning.current_view(s, actor) == IntakeView(None, ())
    first = scan(db, actor, SOAP, None)
    donation = first.view.donation
    assert donation is not None and donation.status == "open" and donation.station == actor.station
    assert first.receipt.donation_id == donation.id and first.receipt.quantity == 1
    assert [(line.item_name, line.quantity) for line in first.view.lines] == [("Mydło w kostce 100 g", 1)]
    assert first.line == first.view.lines[0]
    second = scan(db, actor, SOAP, donation.id, qty="12")
    assert second.view is None  # the donation on screen: only its one line comes back
    assert (second.line.item_name, second.line.quantity) == ("Mydło w kostce 100 g", 13)
    assert second.receipt.level_at_location == 13
    with db.read() as s:
        assert scanning.current_view(s, actor) == IntakeView(donation, (second.line,))


def test_a_scan_answers_with_its_one_line_in_the_donations_order(db: Database, actor: Actor, goods) -> None:
    """The screen puts a scan's one line where a full read of the donation has it."""
    first = scan(db, actor, BEANS, None, expiry=date(2027, 6, 30))
    assert first.view is not None and first.view.donation is not None
    donation = first.view.donation.id
    lines = {line_order(line): line for line in first.view.lines}
    for code, expiry in ((SOAP, None), (BEANS, date(2027, 1, 31)), (BEANS, date(2028, 1, 1)),
                         (BEANS, date(2027, 1, 31)), (SOAP, None)):
        outcome = scan(db, actor, code, donation, expiry=expiry)
        assert outcome.view is None
        lines[line_order(outcome.line)] = outcome.line
    with db.read() as s:
        assert scanning.donation_view(s, donation).lines == tuple(lines[key] for key in sorted(lines))
    assert [line.quantity for line in sorted(lines.values(), key=line_order)] == [2, 2, 1, 1]


def test_the_desk_shows_only_this_stations_donation(db: Database, actor: Actor, goods) -> None:
    scan(db, actor, SOAP, None)
    with db.write() as s:
        other = actor_for(s, "Another Volunteer", "station-2")
    with db.read() as s:
        assert scanning.current_view(s, other) == IntakeView(None, ())
    elsewhere = scan(db, other, SOAP, None)
    with db.read() as s:
        mine = scanning.current_view(s, actor)
    assert mine.donation is not None and elsewhere.view.donation is not None
    assert mine.donation.id != elsewhere.view.donation.id


def test_a_donation_closed_meanwhile_gives_way_to_the_stations_next_one(db: Database, actor: Actor, goods) -> None:
    first = scan(db, actor, SOAP, None, qty="2")
    shown = first.view.donation
    assert shown is not None
    with db.write() as s:  # a coordinator closes it at another station
        close_donation(s, shown.number)
    again = scan(db, actor, SOAP, shown.id)  # the screen still shows the closed one
    assert again.view is not None and again.view.donation is not None and again.view.donation.id != shown.id
    assert again.view.donation.status == "open" and [line.quantity for line in again.view.lines] == [1]
    with db.read() as s:
        closed = scanning.donation_view(s, shown.id)
    assert closed.donation is not None and closed.donation.status == "closed"
    assert [line.quantity for line in closed.lines] == [2]  # the closed donation kept its lines
    assert on_hand(db) == 3


def test_refused_scans_write_nothing_and_say_why(db: Database, actor: Actor, goods) -> None:
    with pytest.raises(ExpiryNeeded) as needed:
        scan(db, actor, BEANS, None)
    with db.read() as s:
        assert needed.value.item_id == s.scalar(select(Item.id).where(Item.name == "Fasola konserwowa 400 g"))
    with pytest.raises(UnknownBarcode) as unknown:
        scan(db, actor, UNKNOWN, None)
    assert unknown.value.gtin == "0" + UNKNOWN
    with pytest.raises(BadInput, match="check digit"):
        scan(db, actor, "5901234123458", None)
    assert ledger(db) == []
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Donation)) == 0
    dated = scan(db, actor, BEANS, None, expiry=date(2027, 12, 31))
    assert dated.receipt.expiry == date(2027, 12, 31) and dated.line.expiry == date(2027, 12, 31)


def test_correcting_the_last_scan_reverses_it_and_writes_the_typed_quantity(db: Database, actor: Actor,
                                                                           goods) -> None:
    first = scan(db, actor, SOAP, None, qty="12")
    with db.write() as s:
        corrected = scanning.correct_scan(s, actor, first.receipt, "10")
    assert corrected.receipt.movement_id != first.receipt.movement_id
    assert corrected.receipt.quantity == 10 and corrected.receipt.level_at_location == 10
    assert corrected.view is None and corrected.line.quantity == 10
    with db.read() as s:
        assert first.view is not None and scanning.donation_view(s, corrected.receipt.donation_id) == IntakeView(
            first.view.donation, (corrected.line,))
    assert ledger(db) == [("receive", 12, None), ("reversal", 12, "quantity corrected at intake"),
                          ("receive", 10, None)]
    with pytest.raises(BadInput):
        with db.write() as s:
            scanning.correct_scan(s, actor, corrected.receipt, "0")
    assert on_hand(db) == 10


def test_undo_takes_the_scan_off_its_donation_and_keeps_it_in_the_ledger(db: Database, actor: Actor,
                                                                        goods) -> None:
    kept = scan(db, actor, SOAP, None, qty="3")
    assert kept.view is not None and kept.view.donation is not None
    donation = kept.view.donation
    undone = scan(db, actor, BEANS, donation.id, expiry=date(2027, 6, 30))
    with db.write() as s:
        line = scanning.undo_scan(s, actor, undone.receipt)
    assert (line.item_name, line.expiry, line.quantity) == ("Fasola konserwowa 400 g", date(2027, 6, 30), 0)
    with db.read() as s:
        view = scanning.donation_view(s, donation.id)
    assert [(line.item_name, line.quantity) for line in view.lines] == [("Mydło w kostce 100 g", 3)]
    assert ledger(db)[-1] == ("reversal", 1, scanning.UNDO_REASON)
    with pytest.raises(Conflict, match="already been reversed"):  # a second undo of the same scan
        with db.write() as s:
            scanning.undo_scan(s, actor, undone.receipt)
    assert on_hand(db) == 3


def test_the_header_opens_a_donation_or_fills_in_the_one_on_screen(db: Database, actor: Actor, goods) -> None:
    with db.write() as s:
        opened = scanning.edit_header(s, actor, None, "donor", "Parafia św. Jana")
    assert opened.donation is not None and opened.donation.donor == "Parafia św. Jana" and opened.lines == ()
    first = scan(db, actor, SOAP, opened.donation.id)
    assert first.view is None and first.receipt.donation_id == opened.donation.id
    with db.write() as s:
        noted = scanning.edit_header(s, actor, opened.donation.id, "notes", "  two boxes, one wet  ")
    assert noted.donation is not None and noted.donation.notes == "two boxes, one wet"
    assert noted.donation.donor == "Parafia św. Jana" and noted.lines == (first.line,)
    with pytest.raises(ValueError):
        with db.write() as s:
            scanning.edit_header(s, actor, opened.donation.id, "status", "closed")
    with db.write() as s:
        close_donation(s, opened.donation.id)
    with pytest.raises(Conflict, match="closed"):
        with db.write() as s:
            scanning.edit_header(s, actor, opened.donation.id, "source", "school")


NEW_CANDLE = {"name": "Świeca podgrzewacz", "category": "HOUSEHOLD", "unit": "pcs", "barcodes_": [UNKNOWN]}


def test_an_unknown_barcode_is_named_and_received_in_one_unit_of_work(db: Database, actor: Actor, goods) -> None:
    with db.write() as s:
        outcome = scanning.add_item_and_receive(s, actor, UNKNOWN, NEW_CANDLE, donation_id=None, qty="3",
                                                separators=SEP)
    assert isinstance(outcome, NewItemReceived)
    assert outcome.item.name == "Świeca podgrzewacz" and outcome.item.barcodes[0].gtin == "0" + UNKNOWN
    assert outcome.scan.receipt.item_id == outcome.item.id and outcome.scan.receipt.quantity == 3
    assert outcome.scan.view is not None  # no donation was on screen: the one it opened, whole
    assert [line.item_name for line in outcome.scan.view.lines] == ["Świeca podgrzewacz"]
    assert on_hand(db) == 3


def test_a_new_item_that_needs_a_date_is_kept_and_nothing_received_yet(db: Database, actor: Actor, goods) -> None:
    fields = {**NEW_CANDLE, "name": "Konserwa rybna 170 g", "category": "FOOD.CANNED", "tracks_expiry": True}
    with db.write() as s:
        outcome = scanning.add_item_and_receive(s, actor, UNKNOWN, fields, donation_id=None, separators=SEP)
    assert isinstance(outcome, NewItemNeedsExpiry) and outcome.item.tracks_expiry
    assert ledger(db) == []
    with db.read() as s:
        assert catalogue.find_item(s, UNKNOWN).id == outcome.item.id  # the form need not be filled again
        assert s.scalar(select(func.count()).select_from(Donation)) == 0
    dated = scan(db, actor, UNKNOWN, None, expiry=date(2027, 6, 30))
    assert dated.receipt.item_id == outcome.item.id and dated.receipt.expiry == date(2027, 6, 30)


def test_a_refused_new_item_adds_nothing(db: Database, actor: Actor, goods) -> None:
    with pytest.raises(Conflict, match="already belongs"):  # the barcode is the soap's
        with db.write() as s:
            scanning.add_item_and_receive(s, actor, UNKNOWN, {**NEW_CANDLE, "barcodes_": [UNKNOWN, SOAP]},
                                          donation_id=None, separators=SEP)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Item).where(Item.name == "Świeca podgrzewacz")) == 0
    assert ledger(db) == []


def test_answers_are_plain_frozen_data(db: Database, actor: Actor, goods) -> None:
    outcome = scan(db, actor, SOAP, None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        outcome.view = IntakeView(None)  # type: ignore[misc]
    assert outcome.view is not None and isinstance(outcome.view.lines, tuple)
    with db.read() as s:
        assert get_donation(s, outcome.receipt.donation_id) == outcome.view.donation


def test_a_scan_into_the_donation_on_screen_reads_its_one_line_not_the_donation(db: Database, actor: Actor,
                                                                               goods) -> None:
    """A long donation costs a scan what a short one does: after the receipt, one read of
    that item's rows in the donation, and no read of the donation itself."""
    from tests.statements import recorded

    first = scan(db, actor, SOAP, None)
    assert first.view is not None and first.view.donation is not None
    donation = first.view.donation.id
    for day in range(1, 6):
        scan(db, actor, BEANS, donation, expiry=date(2027, 1, day))
    with recorded(db) as statements:
        outcome = scan(db, actor, SOAP, donation)
    assert outcome.view is None and outcome.line.quantity == 2
    lines = [sql for sql in statements if "group by" in sql]
    assert len(lines) == 1 and "movement.item_id =" in lines[0] and "original.item_id =" in lines[0]
    after = statements[statements.index(lines[0]) + 1:]
    assert not [sql for sql in after if sql.startswith("select")]  # nothing read after the line
    assert not [sql for sql in statements if "from donation" in sql and "join" not in sql]  # nor the donation alone
