"""One donor's gifts taken through real services to every state a warehouse can give them:
on a shelf, packed, loaded, dispatched on a truck to Kharkiv, written off. Shared by the
document, command-line and GUI tests of the donor impact report and the trace view."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from tests.shipping_fixtures import actor_as
from warehouse_app.core.arrival import confirmation, incoming
from warehouse_app.core.arrival.truck_file import truck_file
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.intake.donations import close_donation, open_donation
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.shipping.containers import create_container, pack, seal
from warehouse_app.core.shipping.shipments import create_truck, dispatch, load
from warehouse_app.core.shipping.warehouse import set_warehouse_details
from warehouse_app.core.stock.changes import write_off
from warehouse_app.db.database import Database

SOAP, BLANKET = "5901234123457", "4006381333931"
DONOR = "Piekarnia Żółć sp. z o.o."
REASON = "zalane – przeciekający dach"  # Polish letters, as a volunteer typed them
WAREHOUSE = "Fundacja Pomocy Wschód – Magazyn Przemyśl"


@dataclass(frozen=True)
class Journey:
    donation: str
    kharkiv: str  # dispatched: 6 soap bars in a box
    lviv: str  # loading: 1 blanket loose
    box: str  # packed, still here: 3 blankets
    soap_box: str  # on the Kharkiv truck


def gift_journey(db: Database, *, station: str = "station-1", close: bool = True) -> Journey:
    """Soap 10 (6 left for Kharkiv, 4 on a shelf); blankets 8 (2 written off, 3 packed,
    1 loaded on the Lviv truck, 2 on a shelf). 11 kg received, 0.6 kg left: 5 % by weight.
    The donation is opened at ``station`` and, unless ``close`` is False, closed."""
    with db.write() as s:
        actor = actor_as(s, "Anna Nowak", station)
        set_warehouse_details(s, name=WAREHOUSE, address="ul. Źródlana 7, 37-700 Przemyśl")
        catalogue.add_item(s, name="Mydło w kostce", category="HYGIENE", unit="pcs", barcodes_=[SOAP],
                           unit_weight_kg="0.1", name_uk="Мило", name_en="Soap bar")
        catalogue.add_item(s, name="Koc polarowy", category="BEDDING.BLANKETS", unit="pcs", barcodes_=[BLANKET],
                           unit_weight_kg="1.25", name_uk="Ковдра флісова")
        number = open_donation(s, actor, donor=DONOR).number
        receive(s, actor, SOAP, qty=10, donation=number)
        receive(s, actor, BLANKET, qty=8, donation=number)
        if close:
            close_donation(s, number)
    with db.write() as s:
        actor = actor_as(s, "Anna Nowak", "station-1")
        write_off(s, actor, BLANKET, 2, REASON)
        soap_box, blanket_box = (create_container(s, actor, "box").code for _ in range(2))
        pack(s, actor, soap_box, SOAP, qty=6)
        pack(s, actor, blanket_box, BLANKET, qty=3)
        seal(s, actor, soap_box)
        kharkiv = _truck(s, actor, "Харків", "Благодійний фонд «Світанок»", "KH 1")
        lviv = _truck(s, actor, "Lviv", "Lviv Volunteer Hub", "LV 1")
        load(s, actor, kharkiv, soap_box)
        load(s, actor, lviv, BLANKET, qty=1)
        dispatch(s, actor, kharkiv)
    return Journey(number, kharkiv, lviv, blanket_box, soap_box)


def _truck(s: Session, actor: object, city: str, recipient: str, plate: str) -> str:
    return create_truck(s, actor, destination=city, recipient=recipient, plate=plate).number  # type: ignore[arg-type]


HUB = "Hub Charków «Схід»"


def deliver(db: Database, hub: Database, truck: str, packages: tuple[str, ...]) -> None:
    """The truck's file taken to a receiving hub (its own database), ``packages`` checked in,
    the arrival closed, and the hub's confirmation imported back: the goods are delivered."""
    with db.write() as s:
        content = truck_file(s, truck).content
    with hub.write() as s:
        set_warehouse_details(s, name=HUB)
        iryna = actor_as(s, "Iryna", "hub-1", "loader")
        incoming.register_arrival(s, iryna, content)
    with hub.write() as s:
        for code in packages:
            incoming.check_in(s, iryna, truck, code)
    with hub.write() as s:
        closed = incoming.close_arrival(s, iryna, truck)
    with db.write() as s:
        confirmation.import_confirmation(s, actor_as(s, "Anna Nowak", "station-1"), closed.confirmation.content)
