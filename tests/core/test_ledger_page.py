"""The ledger as the History screen reads it: filters, newest first, keyset pages, reversals."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.donations import open_donation
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.stock.changes import reverse, write_off
from warehouse_app.core.stock.history import LedgerFilter, ledger_page
from warehouse_app.db.database import Database
from warehouse_app.kernel.errors import BadInput

WATER = "5901234123457"
RICE = "5900000000008"


@pytest.fixture
def ledger(db: Database, actor: Actor) -> dict[str, str]:
    """Water from Caritas (two lots), rice from Anna, one water written off."""
    with db.write() as s:
        catalogue.add_item(s, name="Woda niegazowana 1,5 l", name_uk="Вода", category="FOOD", unit="pcs",
                           barcodes_=[WATER], tracks_expiry=True)
        catalogue.add_item(s, name="Ryż 1 kg", category="FOOD", unit="kg", barcodes_=[RICE])
        caritas = open_donation(s, actor, donor="Caritas Kraków").number
        receive(s, actor, WATER, qty=10, expiry="2027-01-31", donation=caritas)
        receive(s, actor, WATER, qty=5, expiry="2026-12-31", donation=caritas)
        anna = open_donation(s, actor, donor="Anna_Nowak").number
        receive(s, actor, RICE, qty=3, donation=anna)
        write_off(s, actor, WATER, 2, "damaged")
    return {"caritas": caritas, "anna": anna}


def test_newest_first_with_every_column(db: Database, ledger: dict[str, str]) -> None:
    with db.read() as s:
        page = ledger_page(s)
    assert [r.kind for r in page.rows] == ["write_off", "receive", "receive", "receive"]
    assert not page.more
    rice = page.rows[1]
    assert (rice.item, rice.quantity, rice.unit, rice.donation, rice.donor) == ("Ryż 1 kg", 3, "kg", ledger["anna"], "Anna_Nowak")
    assert rice.to_location == "Receiving" and rice.from_location is None
    off = page.rows[0]
    assert (off.reason, off.from_location, off.to_location, off.expiry) == ("damaged", "Receiving", None, date(2026, 12, 31))
    assert all(r.operator and r.station and r.reversed_by is None for r in page.rows)


def test_filters(db: Database, ledger: dict[str, str]) -> None:
    with db.read() as s:
        def kinds(**kw: object) -> list[str]:
            return [r.kind for r in ledger_page(s, LedgerFilter(**kw)).rows]  # type: ignore[arg-type]
        assert kinds(donation=ledger["caritas"]) == ["receive", "receive"]
        assert kinds(donor="caritas") == ["receive", "receive"]
        assert kinds(donor="_") == ["receive"]  # typed literally, never a wildcard
        assert kinds(item="вода") == ["write_off", "receive", "receive"]
        assert kinds(kind="write_off") == ["write_off"]
        assert kinds(operator="nobody") == []
        assert kinds(truck="T-") == []
        today = datetime.now(UTC).date()
        assert len(kinds(since=today, until=today)) == 4
        assert kinds(until=today - timedelta(days=1)) == []
        assert kinds(since=today + timedelta(days=1)) == []
        with pytest.raises(BadInput):
            ledger_page(s, LedgerFilter(kind="theft"))
        with pytest.raises(BadInput):
            ledger_page(s, LedgerFilter(since=today, until=today - timedelta(days=1)))


def test_pages_do_not_repeat_or_skip(db: Database, ledger: dict[str, str]) -> None:
    with db.read() as s:
        first = ledger_page(s, limit=3)
        second = ledger_page(s, before=first.rows[-1].id, limit=3)
        whole = ledger_page(s)
    assert first.more and not second.more
    assert [r.id for r in first.rows + second.rows] == [r.id for r in whole.rows]


def test_a_reversal_names_its_row_and_the_row_its_reversal(db: Database, actor: Actor, ledger: dict[str, str]) -> None:
    with db.read() as s:
        rice = ledger_page(s, LedgerFilter(item="ryż")).rows[0]
    with db.write() as s:
        reverse(s, actor, rice.id, "wrong item")
    with db.read() as s:
        rows = ledger_page(s, LedgerFilter(item="ryż")).rows
    assert [(r.kind, r.reverses) for r in rows] == [("reversal", rice.id), ("receive", None)]
    assert rows[1].reversed_by == rows[0].id and rows[0].reason == "wrong item"
    assert rows[0].donation == ledger["anna"]  # found under the donation it undoes a line of
    with db.read() as s:
        assert [r.kind for r in ledger_page(s, LedgerFilter(donation=ledger["anna"])).rows] == ["reversal", "receive"]
