"""The offline queue against a real PostgreSQL server that really goes away and comes back.

A private server (tests/pg_server.py) is stopped mid-shift: scans are checked against the
laptop's copy of the catalogue and kept; takes fail as unreachable; when the server is back
the queue drains in scan order, exactly once, and ``db check`` passes. A proxy that cuts the
connection right after COMMIT shows that a scan whose answer was lost is not doubled.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import OperationalError

from tests.pg_server import PrivateServer, add_goods, levels, server_fixture  # noqa: F401  (the server fixture)
from tests.tcp_proxy import CuttingProxy
from warehouse_app.core.access.operators import add_operator
from warehouse_app.core.context import Actor
from warehouse_app.core.dates import parse_expiry_text
from warehouse_app.core.intake import scanning
from warehouse_app.core.intake.receiving import ExpiredOnReceipt
from warehouse_app.core.stock.changes import move
from warehouse_app.core.stock.integrity import check_stock_levels
from warehouse_app.db.database import Database
from warehouse_app.db.migrate import upgrade
from warehouse_app.db.models import Movement
from warehouse_app.kernel.errors import BadInput, ExpiryNeeded
from warehouse_app.station.offline_queue import (
    NotInOfflineCatalogue,
    OfflineQueue,
    drain,
    refresh_catalogue,
    server_key,
)
from warehouse_app.station.reachability import is_unreachable

pytestmark = pytest.mark.postgres
GS = "\x1d"


@pytest.fixture
def db(server: PrivateServer) -> Iterator[Database]:
    database = Database(server.url)
    upgrade(database)
    yield database
    database.dispose()


@pytest.fixture
def actor(db: Database) -> Actor:
    with db.write() as s:
        return Actor(add_operator(s, "Olena", "staff").id, "intake-2")


@pytest.fixture
def queue(db: Database, tmp_path: Path) -> Iterator[OfflineQueue]:
    q = OfflineQueue(server_key(db), tmp_path / "queue.sqlite3")
    yield q
    q.close()


def queue_scan(queue: OfflineQueue, actor: Actor, code: str, qty: str | None = None, *, donation_id: int | None,
               expiry: str | None = None, uid: str | None = None, at: int) -> str:
    when = parse_expiry_text(expiry) if expiry else None
    check = queue.check(code, qty=qty, expiry=when, allow_expired=False, separators=GS)
    uid = uid or str(uuid.uuid4())
    queue.add(check, uid=uid, scanned_ns=at, code=code, qty=qty, allow_expired=False, donation_id=donation_id,
              actor=actor, separators=GS)
    return uid


def test_scans_kept_while_the_server_is_down_are_sent_once_in_order(
        server: PrivateServer, db: Database, actor: Actor, queue: OfflineQueue) -> None:
    goods = add_goods(db)
    assert refresh_catalogue(db, queue) == 3  # the archived item's barcode is not copied
    with db.write() as s:
        online = scanning.scan(s, actor, goods.rice, donation_id=None, qty="2", separators=GS)
    donation_id = online.receipt.donation_id

    server.stop()
    with pytest.raises(OperationalError) as refused, db.write() as s:
        scanning.scan(s, actor, goods.rice, donation_id=donation_id, separators=GS, scan_uid=str(uuid.uuid4()))
    assert is_unreachable(refused.value)
    with pytest.raises(OperationalError) as take, db.write() as s:  # takes need the server
        move(s, actor, goods.rice, "1", "Receiving", "Storage")
    assert is_unreachable(take.value)

    uids = [queue_scan(queue, actor, goods.rice, donation_id=donation_id, at=1)]
    uids.append(queue_scan(queue, actor, goods.milk_case, "2", donation_id=donation_id, expiry="2030-05-31", at=2))
    uids.append(queue_scan(queue, actor, goods.rice, "5", donation_id=donation_id, at=3))
    with pytest.raises(ExpiryNeeded):
        queue.check(goods.milk, qty=None, expiry=None, allow_expired=False, separators=GS)
    with pytest.raises(ExpiredOnReceipt):
        queue.check(goods.milk, qty=None, expiry=parse_expiry_text("2020-01-01"), allow_expired=False, separators=GS)
    with pytest.raises(NotInOfflineCatalogue, match="put the goods aside"):
        queue.check(goods.archived, qty=None, expiry=None, allow_expired=False, separators=GS)
    with pytest.raises(NotInOfflineCatalogue):
        queue.check("4006381333931", qty=None, expiry=None, allow_expired=False, separators=GS)
    with pytest.raises(BadInput, match="counted whole"):
        queue.check(goods.rice, qty="1.5", expiry=None, allow_expired=False, separators=GS)
    assert queue.counts() == (3, 0)
    assert drain(db, queue).unreachable  # still away: nothing lost, nothing sent
    assert queue.counts() == (3, 0)

    server.start()
    report = drain(db, queue)
    assert (report.sent, report.set_aside, report.unreachable) == (3, 0, False)
    assert queue.counts() == (0, 0)
    assert drain(db, queue).sent == 0
    with db.read() as s:
        order = s.execute(select(Movement.scan_uid).where(Movement.scan_uid.is_not(None)).order_by(Movement.id))
        assert list(order.scalars()) == uids
        assert check_stock_levels(s).ok
    assert levels(db) == {"Ryż 1 kg": Decimal(8), "Mleko UHT 1 l": Decimal(24)}


def test_a_replay_a_rule_refuses_is_set_aside_for_a_manager(
        server: PrivateServer, db: Database, actor: Actor, queue: OfflineQueue) -> None:
    from warehouse_app.core.catalogue.items import edit_item

    goods = add_goods(db)
    refresh_catalogue(db, queue)
    server.stop()
    queue_scan(queue, actor, goods.rice, donation_id=None, at=1)
    kept = queue_scan(queue, actor, goods.milk, donation_id=None, expiry="2030-01-31", at=2)
    server.start()
    with db.write() as s:
        edit_item(s, goods.rice_id, archived=True)  # meanwhile, at another station
    report = drain(db, queue)
    assert (report.sent, report.set_aside) == (1, 1)
    [aside] = queue.set_aside()
    assert aside.code == goods.rice and aside.refusal is not None and "archived" in str(aside.refusal)
    assert queue.counts() == (0, 1)
    with db.read() as s:
        assert s.scalar(select(Movement.scan_uid).where(Movement.kind == "receive")) == kept
    queue.dismiss([aside.uid])
    assert queue.counts() == (0, 0)


def test_a_scan_whose_answer_was_lost_is_not_doubled_when_replayed(
        server: PrivateServer, db: Database, actor: Actor, tmp_path: Path) -> None:
    goods = add_goods(db)
    proxy = CuttingProxy("127.0.0.1", server.port)
    through = Database(server.url.replace(f":{server.port}/", f":{proxy.port}/"))
    queue = OfflineQueue(server_key(through), tmp_path / "queue.sqlite3")
    try:
        refresh_catalogue(through, queue)
        uid = str(uuid.uuid4())
        proxy.cut_after_commit = True
        with pytest.raises(OperationalError) as lost, through.write() as s:
            scanning.scan(s, actor, goods.rice, donation_id=None, qty="3", separators=GS, scan_uid=uid)
        assert proxy.commits_cut == 1 and is_unreachable(lost.value)
        queue_scan(queue, actor, goods.rice, "3", donation_id=None, uid=uid, at=1)  # what the screen does
        report = drain(through, queue)
        assert (report.sent, report.set_aside) == (1, 0)
        assert report.last is not None and report.last.receipt.quantity == Decimal(3)
        assert levels(db) == {"Ryż 1 kg": Decimal(3)}
        with db.read() as s:
            assert check_stock_levels(s).ok
    finally:
        queue.close()
        through.dispose()
        proxy.close()
