"""A scan's own id (movement.scan_uid): the same scan sent twice is written once, on both databases.

This is the rule that makes an offline station's replays safe: a scan queued while the
server was unreachable, or one whose commit reached the server but whose answer was lost,
is sent again with the same id and answered with the receipt already in the ledger.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.context import Actor
from warehouse_app.core.intake import donations, scanning
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.stock.integrity import check_stock_levels
from warehouse_app.db.database import Database
from warehouse_app.db.models import Movement
from warehouse_app.kernel.errors import BadInput

RICE = "5901234123457"


@pytest.fixture
def rice(db: Database) -> catalogue.ItemInfo:
    with db.write() as s:
        return catalogue.add_item(s, name="Ryż 1 kg", category="FOOD", unit="pcs", barcodes_=[RICE])


def ledger_rows(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Movement)) or 0


def test_the_same_scan_sent_twice_is_written_once(db: Database, actor: Actor, rice) -> None:
    uid = str(uuid.uuid4())
    with db.write() as s:
        first = receive(s, actor, RICE, qty=3, donor="Parafia", scan_uid=uid)
    with db.write() as s:
        again = receive(s, actor, RICE, qty=3, donor="Parafia", scan_uid=uid)
    assert again == first
    assert again.level_at_location == Decimal(3)
    assert ledger_rows(db) == 1
    with db.read() as s:
        assert s.scalar(select(Movement.scan_uid).where(Movement.id == first.movement_id)) == uid
        assert check_stock_levels(s).ok


def test_scans_with_other_ids_are_each_written(db: Database, actor: Actor, rice) -> None:
    with db.write() as s:
        info = donations.open_donation(s, actor, donor="Caritas")
    for _ in range(3):
        with db.write() as s:
            receive(s, actor, RICE, donation=info.id, scan_uid=str(uuid.uuid4()))
    with db.write() as s:
        last = receive(s, actor, RICE, donation=info.id)  # a scan with no id (SQLite stations, the CLI)
    assert last.level_at_location == Decimal(4) and ledger_rows(db) == 4


def test_a_replay_after_a_lost_answer_gets_the_recorded_receipt_even_if_rules_changed(
        db: Database, actor: Actor, rice) -> None:
    """The commit reached the server, the answer did not; meanwhile the item was archived and
    the donation closed. The replay is that same receipt, not a refusal and not a second row."""
    uid = str(uuid.uuid4())
    with db.write() as s:
        info = donations.open_donation(s, actor, donor="Caritas")
        first = scanning.scan(s, actor, RICE, donation_id=info.id, separators="\x1d", scan_uid=uid)
    with db.write() as s:
        catalogue.edit_item(s, rice.id, archived=True)
        donations.close_donation(s, info.id)
    with db.write() as s:
        replay = scanning.scan(s, actor, RICE, donation_id=info.id, separators="\x1d", scan_uid=uid)
    assert replay.receipt.movement_id == first.receipt.movement_id
    assert replay.receipt.donation_number == info.number
    assert replay.line.quantity == Decimal(1)  # the donation's line as it is, from the one read
    assert ledger_rows(db) == 1


def test_a_replay_into_a_donation_closed_meanwhile_goes_where_a_live_scan_would(
        db: Database, actor: Actor, rice) -> None:
    """The intake desk's rule, for replays too: the station's next open donation."""
    with db.write() as s:
        closed = donations.open_donation(s, actor, donor="Caritas")
        donations.close_donation(s, closed.id)
    with db.write() as s:
        outcome = scanning.scan(s, actor, RICE, donation_id=closed.id, separators="\x1d", scan_uid=str(uuid.uuid4()))
    assert outcome.receipt.donation_id != closed.id
    assert outcome.view is not None and outcome.view.donation is not None  # another donation: shown whole
    assert outcome.view.donation.status == "open"


def test_a_scan_id_too_long_is_refused_and_nothing_is_written(db: Database, actor: Actor, rice) -> None:
    with pytest.raises(BadInput, match="scan id"), db.write() as s:
        receive(s, actor, RICE, donor="Parafia", scan_uid="x" * 37)
    assert ledger_rows(db) == 0
