"""A realistic demo warehouse for training and trying the app, built through the real services.

A demo is only ever loaded into an empty database (no items, donations, movements or
trucks): 340 made-up goods mixed into real stock could never be told apart again. A
loaded demo marks the database (the ``setting`` table), so every station shows that its
stock is not real."""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warehouse_app.core.catalogue import barcodes
from warehouse_app.core.catalogue.items import add_item
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.donations import close_donation, find_or_add_donor, open_donation
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.stock.changes import move, write_off
from warehouse_app.core.stock.locations import add_location, list_locations
from warehouse_app.core.stock.query import item_lots
from warehouse_app.db.dialect import insert_for
from warehouse_app.db.models import Donation, Item, Location, Movement, Setting, Shipment, StockLevel
from warehouse_app.kernel.errors import Conflict
from warehouse_app.kernel.paths import resource_path

CLOTHING_WITHOUT_BARCODE = ("CLOTHING", "BEDDING")
DEMO_KEY = "demo_warehouse"  # in the setting table: this database holds the demo, not real stock


@dataclass(frozen=True)
class Contents:
    """What a database already holds that a demo must never be mixed into."""

    items: int
    donations: int
    movements: int
    trucks: int

    @property
    def empty(self) -> bool:
        return not (self.items or self.donations or self.movements or self.trucks)


def warehouse_contents(session: Session) -> Contents:
    def count(model: type[object]) -> int:
        return session.scalar(select(func.count()).select_from(model)) or 0

    return Contents(count(Item), count(Donation), count(Movement), count(Shipment))


def is_demo(session: Session) -> bool:
    """Whether this database holds the demo warehouse (every station says so)."""
    return session.scalar(select(Setting.value).where(Setting.key == DEMO_KEY)) == "1"


def require_empty(session: Session) -> None:
    """The demo goes only into an empty database; anything real there is one sentence."""
    held = warehouse_contents(session)
    if not held.empty:
        raise Conflict("This database already holds data ({items} items, {donations} donations, {movements} "
                       "movements, {trucks} trucks); the demo warehouse is loaded only into an empty database.",
                       items=held.items, donations=held.donations, movements=held.movements, trucks=held.trucks)


@dataclass(frozen=True)
class DemoSummary:
    items: int
    donations: int
    movements: int


def _ean13(rng: random.Random, used: set[str]) -> str:
    while True:
        body = "590" + "".join(rng.choice("0123456789") for _ in range(9))
        code = body + barcodes.gtin_check_digit(body)
        if code not in used:
            used.add(code)
            return code


def _expiry(rng: random.Random, today: date) -> date:
    """Mostly months ahead; a few already close to or past their date, as donations are."""
    roll = rng.random()
    if roll < 0.05:
        return today - timedelta(days=rng.randint(1, 60))
    if roll < 0.15:
        return today + timedelta(days=rng.randint(1, 30))
    return today + timedelta(days=rng.randint(31, 720))


def load_demo(session: Session, actor: Actor, *, seed: int = 2026, today: date | None = None) -> DemoSummary:
    require_empty(session)
    session.execute(insert_for(session, Setting).values(key=DEMO_KEY, value="1").on_conflict_do_nothing())
    rng = random.Random(seed)
    day = today or date.today()
    products = json.loads(resource_path("demo", "products.json").read_text(encoding="utf-8"))["products"]
    donors = json.loads(resource_path("demo", "donors.json").read_text(encoding="utf-8"))["donors"]

    storage = next(loc for loc in list_locations(session) if loc.kind == "zone" and loc.name == "Storage")
    bins = [add_location(session, name=f"Rack {row}-{n:02d}", kind="bin", parent=storage.code)
            for row in "ABC" for n in range(1, 5)]

    used: set[str] = set()
    codes: list[str] = []  # what a scanner would read for each item
    item_ids: list[int] = []
    for product in products:
        without_barcode = product["category"].startswith(CLOTHING_WITHOUT_BARCODE) and rng.random() < 0.5
        item_codes: list[str | tuple[str, int]] = [] if without_barcode else [_ean13(rng, used)]
        if item_codes and product["tracks_expiry"] and rng.random() < 0.2:
            case = "1" + str(item_codes[0])[:-1]  # the GTIN-14 of a case of 12 of the same goods
            item_codes.append((case + barcodes.gtin_check_digit(case), 12))
        item = add_item(
            session, name=product["name"], category=product["category"], unit=product["unit"],
            barcodes_=item_codes, unit_weight_kg=product.get("unit_weight_kg"),
            tracks_expiry=product["tracks_expiry"], min_stock=product.get("min_stock"),
            size=product.get("size"), gender=product.get("gender"),
        )
        codes.append(str(item_codes[0]) if item_codes else str(item.internal_code))
        item_ids.append(item.id)

    tracked = {i: p["tracks_expiry"] for i, p in enumerate(products)}
    donation_count = 12
    for n in range(donation_count):
        donor = donors[n % len(donors)]
        find_or_add_donor(session, donor["name"], kind=donor.get("kind"), city=donor.get("city"))
        donation = open_donation(session, actor, donor=donor["name"], source="demo")
        for _ in range(rng.randint(120, 260)):
            index = rng.randrange(len(products))
            unit = products[index]["unit"]
            qty = rng.randint(1, 40) if unit in ("pcs", "pack", "pair", "set") else rng.randint(5, 100)
            receive(session, actor, codes[index], qty=qty, donation=donation.number,
                    expiry=_expiry(rng, day) if tracked[index] else None, allow_expired=True)  # some on purpose
        if n < donation_count - 1:  # the last one stays open, as if still being unpacked
            close_donation(session, donation.number)

    receiving = next(loc for loc in list_locations(session) if loc.name == "Receiving")
    for item_id, code in zip(item_ids, codes):
        waiting: Decimal | int = sum(lot.quantity for lot in item_lots(session, item_id, receiving.code))
        if waiting <= 0:
            continue  # not donated in the demo
        if rng.random() < 0.05:
            write_off(session, actor, code, 1, "damaged in transport", location=receiving.code)
            waiting -= 1
        if waiting > 0 and rng.random() < 0.8:  # most goods are put away on the racks
            move(session, actor, code, waiting, receiving.code, rng.choice(bins).code, reason="put away")
    _demo_truck(session, actor, rng, day)
    movements = session.scalar(select(func.count()).select_from(Movement)) or 0
    return DemoSummary(items=len(products), donations=donation_count, movements=movements)


def _demo_truck(session: Session, actor: Actor, rng: random.Random, day: date) -> None:
    """A truck being loaded: a pallet of three sealed one-category boxes, and one open box
    still waiting on the packing bench, so the Trucks screen has something to show."""
    from warehouse_app.core.shipping.containers import create_container, pack, put_on_pallet, seal
    from warehouse_app.core.shipping.shipments import create_truck, load

    on_shelves = session.execute(
        select(Item.id, func.sum(StockLevel.quantity))
        .join(StockLevel, StockLevel.item_id == Item.id)
        .join(Location, Location.id == StockLevel.location_id)
        .where(Item.tracks_expiry.is_(False), Item.unit == "pcs", Location.kind.not_in(("box", "pallet", "truck")))
        .group_by(Item.id).having(func.sum(StockLevel.quantity) >= 6).order_by(Item.id)
    ).all()
    if len(on_shelves) < 4:
        return
    chosen = rng.sample([item_id for item_id, _ in on_shelves], 4)
    pallet = create_container(session, actor, "pallet", name="Pallet 1").code
    for n, item_id in enumerate(chosen, start=1):
        box = create_container(session, actor, "box", name=f"Box {n}").code
        packed = pack(session, actor, box, f"#{item_id}", qty=rng.randint(3, 6))
        if n < 4:
            net = packed.box.net_kg
            seal(session, actor, box, gross_kg=(net + Decimal("0.4")).quantize(Decimal("0.1")) if net else None)
            put_on_pallet(session, actor, pallet, box)
    truck = create_truck(session, actor, destination="Lviv", plate="RZ 4242A", recipient="Lviv Volunteer Hub",
                         driver="Petro Kovalenko", driver_phone="+380 67 000 0000",
                         planned_departure=day + timedelta(days=2))
    load(session, actor, truck.number, pallet)
