"""The truck file's round trip between two databases: the sender writes it, a receiving hub
registers it, checks the packages in (one missing, one damaged, one extra), closes the
arrival into its stock, and the sender imports the hub's confirmation.

The sender runs on each backend (the ``db`` fixture); the hub is a second, fresh SQLite
database, as a hub with its own laptop would be: the files are the only link.
"""

from __future__ import annotations

import json
import os
import shutil
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import drop_pg_database, make_pg_database
from tests.shipping_fixtures import BLANKET, GENERATOR, Goods, actor_as, assert_ledger_consistent, border_truck
from warehouse_app.core.arrival import confirmation, incoming
from warehouse_app.core.arrival.envelope import ARRIVAL_FORMAT, TRUCK_FORMAT, open_envelope, seal_envelope
from warehouse_app.core.arrival.truck_file import parse_truck_file, truck_file
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.context import Actor
from warehouse_app.core.shipping.shipments import create_truck, dispatch
from warehouse_app.core.shipping.truck_loading import trucks_state
from warehouse_app.core.shipping.warehouse import set_warehouse_details, warehouse_uid
from warehouse_app.core.trace.journey import trace_donation, trace_truck
from warehouse_app.db.database import Database
from warehouse_app.db.migrate import upgrade
from warehouse_app.db.models import Donation, Item, ItemTotal, Movement
from warehouse_app.kernel.errors import BadInput, Conflict, NotAllowed, NotFound


@pytest.fixture
def hub(request: pytest.FixtureRequest, tmp_path: Path, sqlite_template: Path) -> Iterator[Database]:
    """The receiving hub's own database: a fresh SQLite file, or (``indirect`` "postgresql") a
    fresh PostgreSQL database of its own beside the sender's."""
    if getattr(request, "param", "sqlite") == "postgresql":
        url = make_pg_database(f"aid_warehouse_hub_{os.getpid()}")
        database = Database(url)
        upgrade(database)
        yield database
        database.dispose()
        drop_pg_database(url)
        return
    target = tmp_path / "hub.sqlite3"
    shutil.copyfile(sqlite_template, target)
    database = Database(str(target))
    yield database
    database.dispose()


def _hub_loader(hub: Database) -> Actor:
    with hub.write() as s:
        set_warehouse_details(s, name="Hub Lwiw")
        # The hub already has blankets, under another name, with the same barcode: matched by GTIN.
        catalogue.add_item(s, name="Koc (polar)", category="BEDDING.BLANKETS", unit="pcs", barcodes_=[BLANKET],
                           unit_weight_kg="1.25")
        return actor_as(s, "Iryna", "hub-1", "loader")


def _dispatched(db: Database, actor: Actor) -> tuple[dict[str, str], bytes]:
    codes = border_truck(db, actor)
    with db.write() as s:
        set_warehouse_details(s, name="Magazyn Poznań")
        dispatch(s, actor, codes["truck"])
    with db.write() as s:
        written = truck_file(s, codes["truck"])
    return codes, written.content


def _totals(hub: Database) -> dict[str, Decimal]:
    with hub.read() as s:
        return {name: qty for name, qty in s.execute(select(Item.name, ItemTotal.quantity)
                                                     .join(ItemTotal, ItemTotal.item_id == Item.id))}


@pytest.mark.parametrize("hub", ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True)
def test_arrival_round_trip_between_two_databases(db: Database, actor: Actor, goods: Goods, hub: Database) -> None:
    codes, content = _dispatched(db, actor)
    data = parse_truck_file(content)
    assert [p.label_code for p in data.packages] == [codes[k] for k in ("blankets", "tins", "mixed", "weighed", "open")]
    assert data.pallets == (codes["pallet"],) and len(data.loose) == 2
    assert data.packages[0].on_pallet == codes["pallet"] and data.packages[0].lines[0].quantity == Decimal(8)
    blanket_line = data.packages[0].lines[0]
    assert blanket_line.item.gtins[0][0] == "0" + BLANKET and blanket_line.item.internal_code
    body = json.loads(content)["body"]
    assert sorted(line["quantity"] for line in body["loose"]) == ["2.5", "30"]  # decimal strings, never floats

    iryna = _hub_loader(hub)
    with hub.write() as s:
        registered = incoming.register_arrival(s, iryna, content)
    truck = registered.number
    assert truck == codes["truck"] and registered.packages == 5

    with hub.write() as s:  # the pallet label, read with its scanner prefix: both boxes on it
        done = incoming.check_in(s, iryna, truck, f"]C0{codes['pallet']}")
    assert done.codes == (codes["blankets"], codes["tins"]) and done.to_check == 3
    with hub.write() as s:
        incoming.check_in(s, iryna, truck, codes["mixed"].lower(), damaged=True, note="wet corner")
        incoming.check_in(s, iryna, truck, codes["open"])
        extra = incoming.check_in(s, iryna, truck, "BX009999")
    assert extra.extra and "not on the list" in extra.message
    for scan, error, words in ((codes["tins"], Conflict, "already checked in at"),
                               (codes["pallet"], Conflict, "were already checked in"),
                               ("BX009999", Conflict, "already checked in at"),
                               (GENERATOR, BadInput, "is not a package label of truck"),
                               ("hello", BadInput, "is not a package label of truck")):
        with pytest.raises(error, match=words), hub.write() as s:
            incoming.check_in(s, iryna, truck, scan)

    with hub.read() as s:
        report = incoming.arrival_report(s, truck)
    assert report.received == (codes["blankets"], codes["tins"], codes["open"])
    assert (report.damaged, report.missing, report.extra) == ((codes["mixed"],), (codes["weighed"],), ("BX009999",))
    assert sum(c.packages for c in report.by_category) == report.totals.packages == 4
    assert sum((c.net_kg for c in report.by_category), Decimal(0)) == report.totals.net_kg

    with hub.write() as s:
        closed = incoming.close_arrival(s, iryna, truck)
    assert closed.report.status == "closed" and closed.donation_number.startswith("D-")
    # blankets 8 + 2 (into the hub's own item, by GTIN); tins 12 + 5; rice 3 + 2.5 loose; generators 1 + 30 loose
    # (the weighed box of 2 generators is missing: nothing of it comes in)
    assert _totals(hub) == {"Koc (polar)": Decimal(10), "Konserwa rybna": Decimal(17), "Ryż": Decimal("5.5"),
                            "Agregat prądotwórczy 3 kW": Decimal(31)}
    assert_ledger_consistent(hub)
    assert_ledger_consistent(db)
    with hub.read() as s:
        reasons = set(s.scalars(select(Movement.reason)))
    assert f"truck {truck} {codes['mixed']} (damaged)" in reasons

    for late in (lambda s: incoming.check_in(s, iryna, truck, codes["weighed"]),
                 lambda s: incoming.close_arrival(s, iryna, truck)):
        with pytest.raises(Conflict, match="closed"), hub.write() as s:
            late(s)
    with hub.read() as s:
        again = incoming.arrival_confirmation(s, truck)
    assert again.content == closed.confirmation.content  # written again, byte for byte

    with db.write() as s:
        delivery = confirmation.import_confirmation(s, actor, closed.confirmation.content)
    assert (delivery.received, delivery.damaged, delivery.missing) == (3, 1, 1)
    assert delivery.extra == ("BX009999",) and delivery.hub_name == "Hub Lwiw"
    with db.read() as s:
        found = confirmation.deliveries(s)[codes["truck"]]
    assert {p.label_code: p.status for p in found.packages} == {
        codes["blankets"]: "received", codes["tins"]: "received", codes["mixed"]: "damaged",
        codes["weighed"]: "missing", codes["open"]: "received", "": "received"}
    assert next(p.note for p in found.packages if p.status == "damaged") == "wet corner"
    with db.read() as s:  # the Trucks screen's picture says delivered too
        state = trucks_state(s, codes["truck"])
    assert state.delivered == {codes["truck"]} and state.view is not None and state.view.delivery == found
    with db.read() as s:  # the sender's trace reads the same confirmation: delivered, package by package
        assert trace_truck(s, codes["truck"]).status == "delivered"
        states = {(row.item, row.state) for d in s.scalars(select(Donation)) for row in trace_donation(s, d.id).rows}
    assert ("Koc polarowy", "delivered") in states and ("Agregat prądotwórczy 3 kW", "dispatched") in states  # missing box
    with pytest.raises(Conflict, match="already confirmed"), db.write() as s:
        confirmation.import_confirmation(s, actor, closed.confirmation.content)


def test_damaged_altered_or_repeated_files_are_refused(db: Database, actor: Actor, goods: Goods,
                                                       hub: Database) -> None:
    codes, content = _dispatched(db, actor)
    iryna = _hub_loader(hub)
    tampered = content.decode().replace('"quantity": "8"', '"quantity": "80"', 1).encode()
    assert tampered != content
    truncated = content[: len(content) // 2]
    for bad, words in ((tampered, "changed after it was written"), (truncated, "not readable JSON"),
                       (b"\xff\xfe", "not readable JSON"), (b"[]", "not a truck file")):
        with pytest.raises(BadInput, match=words), hub.write() as s:
            incoming.register_arrival(s, iryna, bad)
    body, _ = open_envelope(content, TRUCK_FORMAT)
    with pytest.raises(BadInput, match="version 2"), hub.write() as s:
        incoming.register_arrival(s, iryna, json.dumps({**json.loads(content), "version": 2}).encode())
    with pytest.raises(BadInput, match="packages"), hub.write() as s:  # a checksum made over a broken body
        incoming.register_arrival(s, iryna, seal_envelope(TRUCK_FORMAT, {**body, "packages": "none"})[0])
    with pytest.raises(Conflict, match="written by this warehouse"), db.write() as s:
        incoming.register_arrival(s, actor, content)

    with hub.write() as s:
        incoming.register_arrival(s, iryna, content)
    with pytest.raises(Conflict, match="already registered here"), hub.write() as s:
        incoming.register_arrival(s, iryna, content)
    with db.write() as s:  # written again later: another file, the same truck
        again = truck_file(s, codes["truck"]).content
    with pytest.raises(Conflict, match="already registered here"), hub.write() as s:
        incoming.register_arrival(s, iryna, again)
    # Another sender's truck with the same number gets a suffix at the hub.
    other = {**body, "sender": {**body["sender"], "warehouse_uid": str(uuid.uuid4()), "name": "Inny magazyn"}}
    with hub.write() as s:
        assert incoming.register_arrival(s, iryna, seal_envelope(TRUCK_FORMAT, other)[0]).number == f"{codes['truck']}-2"


def test_only_a_dispatched_truck_has_a_file_and_only_loaders_check_in(db: Database, actor: Actor, goods: Goods,
                                                                      hub: Database) -> None:
    with db.write() as s:
        number = create_truck(s, actor, destination="Lviv").number
    with pytest.raises(Conflict, match="not dispatched yet"), db.write() as s:
        truck_file(s, number)
    _codes, content = _dispatched(db, actor)
    with hub.write() as s:
        staff = actor_as(s, "Volunteer", "hub-1", "staff")
    with pytest.raises(NotAllowed, match="check in an arriving truck"), hub.write() as s:
        incoming.register_arrival(s, staff, content)


def test_a_confirmation_must_answer_one_of_our_dispatched_trucks(db: Database, actor: Actor, goods: Goods,
                                                                 hub: Database) -> None:
    codes, content = _dispatched(db, actor)
    iryna = _hub_loader(hub)
    with hub.write() as s:
        truck = incoming.register_arrival(s, iryna, content).number
        incoming.check_in(s, iryna, truck, codes["pallet"])
    with hub.write() as s:
        closed = incoming.close_arrival(s, iryna, truck)
    body, _ = open_envelope(closed.confirmation.content, ARRIVAL_FORMAT)
    foreign = {**body, "truck": {**body["truck"], "warehouse_uid": str(uuid.uuid4())}}
    with pytest.raises(Conflict, match="another warehouse"), db.write() as s:
        confirmation.import_confirmation(s, actor, seal_envelope(ARRIVAL_FORMAT, foreign)[0])
    with db.write() as s:
        planned = create_truck(s, actor, destination="Lviv").number
    for number, error, words in (("T-2026-9999", NotFound, "no truck"), (planned, Conflict, "not been dispatched")):
        other_truck = {**body, "truck": {**body["truck"], "number": number}}
        with pytest.raises(error, match=words), db.write() as s:
            confirmation.import_confirmation(s, actor, seal_envelope(ARRIVAL_FORMAT, other_truck)[0])
    short = {**body, "packages": body["packages"][1:]}
    with pytest.raises(Conflict, match="does not match truck"), db.write() as s:
        confirmation.import_confirmation(s, actor, seal_envelope(ARRIVAL_FORMAT, short)[0])
    with pytest.raises(BadInput, match="not a truck file"), db.write() as s:
        incoming.register_arrival(s, actor, closed.confirmation.content)
    with pytest.raises(BadInput, match="checksum does not match"), db.write() as s:
        confirmation.import_confirmation(s, actor, closed.confirmation.content.replace(b"missing", b"received"))
    with db.write() as s:
        assert warehouse_uid(s) == body["truck"]["warehouse_uid"]
        delivery = confirmation.import_confirmation(s, actor, closed.confirmation.content)
    assert (delivery.received, delivery.missing) == (2, 3)


def test_a_check_in_made_by_mistake_is_taken_back(db: Database, actor: Actor, goods: Goods, hub: Database) -> None:
    codes, content = _dispatched(db, actor)
    iryna = _hub_loader(hub)
    with hub.write() as s:
        truck = incoming.register_arrival(s, iryna, content).number
        incoming.check_in(s, iryna, truck, codes["mixed"], damaged=True)  # one slip: it is not damaged
        incoming.check_in(s, iryna, truck, codes["pallet"])
        incoming.check_in(s, iryna, truck, "BX009999")  # a box of another truck, scanned by mistake
    with hub.write() as s:
        back = incoming.undo_check_in(s, iryna, truck, f"]C0{codes['mixed']}")
        assert back.codes == (codes["mixed"],) and back.to_check == 3
        incoming.undo_check_in(s, iryna, truck, "BX009999")
        incoming.undo_check_in(s, iryna, truck, codes["pallet"])  # both boxes on it
        incoming.check_in(s, iryna, truck, codes["mixed"])
    with hub.read() as s:
        report = incoming.arrival_report(s, truck)
    assert (report.received, report.damaged, report.extra) == ((codes["mixed"],), (), ())
    undone = {p.label_code: p.note for p in report.packages}
    assert "check-in taken back by" in undone[codes["blankets"]]
    for scan, error in ((codes["tins"], Conflict), ("hello", BadInput)):
        with pytest.raises(error), hub.write() as s:
            incoming.undo_check_in(s, iryna, truck, scan)
    with hub.write() as s:
        incoming.close_arrival(s, iryna, truck)
    with pytest.raises(Conflict, match="is closed"), hub.write() as s:
        incoming.undo_check_in(s, iryna, truck, codes["mixed"])
