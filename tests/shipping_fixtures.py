"""Goods on the shelves for the box, pallet and truck tests (imported by those modules)."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy.orm import Session

from warehouse_app.core.access.operators import add_operator, get_or_add_operator
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.stock.integrity import check_stock_levels
from warehouse_app.db.database import Database

TINS = "5901234123457"  # FOOD.CANNED (90 days minimum at dispatch), 0.4 kg
BLANKET = "4006381333931"  # BEDDING.BLANKETS, 1.25 kg, no expiry
RICE = "5449000000996"  # FOOD.DRY, counted in kg, 1 kg per kg


@dataclass(frozen=True)
class Goods:
    tins: int
    blanket: int
    rice: int


@pytest.fixture
def goods(db: Database, actor: Actor) -> Goods:
    """On the shelves: tins 10 expiring 2027-03-31 and 20 expiring 2028-01-31, 30 blankets, 50 kg rice."""
    with db.write() as s:
        tins = catalogue.add_item(s, name="Konserwa rybna", category="FOOD.CANNED", unit="pcs", barcodes_=[TINS],
                                  unit_weight_kg="0.4", tracks_expiry=True)
        blanket = catalogue.add_item(s, name="Koc polarowy", category="BEDDING.BLANKETS", unit="pcs",
                                     barcodes_=[BLANKET], unit_weight_kg="1.25")
        rice = catalogue.add_item(s, name="Ryż", category="FOOD.DRY", unit="kg", barcodes_=[RICE], unit_weight_kg="1")
        receive(s, actor, TINS, qty=20, expiry="2028-01-31")
        receive(s, actor, TINS, qty=10, expiry="2027-03-31")
        receive(s, actor, BLANKET, qty=30)
        receive(s, actor, RICE, qty=50)
    return Goods(tins.id, blanket.id, rice.id)


@pytest.fixture
def manager(db: Database) -> Actor:
    with db.write() as s:
        return Actor(add_operator(s, "Maria Kierownik", "manager").id, "station-1")


def actor_as(session: Session, name: str, station: str, role: str = "manager") -> Actor:
    """Like ``actor_for`` (the operator, made on first use), but in a role that may pack, load
    and dispatch: set-up code of tests about something else runs as someone allowed to do it."""
    return Actor(get_or_add_operator(session, name, role).id, station)


@pytest.fixture
def loader(db: Database) -> Actor:
    """A loader with a PIN checked by the door (Actor.verified): may pack, load and dispatch, no more."""
    with db.write() as s:
        return Actor(add_operator(s, "Olek Ładowacz", "loader").id, "station-2")


def assert_ledger_consistent(db: Database) -> None:
    """What ``db check`` checks: stock levels equal the ledger, running totals the levels."""
    with db.read() as s:
        report = check_stock_levels(s)
    assert report.ok, (report.differences, report.total_differences, report.origin_differences)


GENERATOR = "5900000000015"  # POWER.GENERATORS, created at intake with no unit weight


def border_truck(db: Database, actor: Actor) -> dict[str, str]:
    """The truck of issue 13, every counting and weight case at once (needs ``goods``):

    a pallet carrying two boxes (8 blankets sealed at 10.9 kg; 12 tins never weighed), a
    mixed box (5 tins, 3 kg rice, sealed at 5.333 kg: counted under rice, the heavier), a
    box of 2 generators (no unit weight) sealed at 41.5 kg, an open box of 1 generator and
    2 blankets, and loose: 30 generators and 2.5 kg rice."""
    from datetime import date

    from warehouse_app.core.shipping.containers import create_container, pack, put_on_pallet, seal
    from warehouse_app.core.shipping.shipments import create_truck, load

    with db.write() as s:
        catalogue.add_item(s, name="Agregat prądotwórczy 3 kW", category="POWER.GENERATORS", unit="pcs",
                           barcodes_=[GENERATOR])
        receive(s, actor, GENERATOR, qty=33)
        truck = create_truck(s, actor, destination="Харків", plate="PO 1234A", planned_departure=date(2026, 12, 1),
                             recipient="Фонд «Світанок»", recipient_address="вул. Сумська 1", seal_number="PL-99",
                             driver="Jan Kowalski", trailer_plate="PO 777").number
        pallet = create_container(s, actor, "pallet", name="Paleta A").code
        blankets = create_container(s, actor, "box").code
        pack(s, actor, blankets, BLANKET, qty=8)
        seal(s, actor, blankets, gross_kg="10.9")
        tins = create_container(s, actor, "box").code
        pack(s, actor, tins, TINS, qty=12)
        put_on_pallet(s, actor, pallet, blankets)
        put_on_pallet(s, actor, pallet, tins)
        mixed = create_container(s, actor, "box").code
        pack(s, actor, mixed, TINS, qty=5, expiry="2028-01-31")
        pack(s, actor, mixed, RICE, qty=3, allow_mixed=True)
        seal(s, actor, mixed, gross_kg="5.333")
        weighed = create_container(s, actor, "box").code
        pack(s, actor, weighed, GENERATOR, qty=2)
        seal(s, actor, weighed, gross_kg="41.5")
        open_box = create_container(s, actor, "box").code
        pack(s, actor, open_box, GENERATOR, qty=1)
        pack(s, actor, open_box, BLANKET, qty=2, allow_mixed=True)
        for code in (pallet, mixed, weighed, open_box):
            load(s, actor, truck, code)
        load(s, actor, truck, GENERATOR, qty=30)
        load(s, actor, truck, RICE, qty="2.5")
    return {"truck": truck, "pallet": pallet, "blankets": blankets, "tins": tins, "mixed": mixed,
            "weighed": weighed, "open": open_box}
