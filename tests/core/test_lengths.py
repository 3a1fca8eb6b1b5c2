"""One length rule per kind of name (issue 17): too long is refused with a sentence and
nothing is written; never cut silently. On SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warehouse_app.core.access.operators import actor_for, add_operator
from warehouse_app.core.catalogue.categories import add_category
from warehouse_app.core.catalogue.items import add_item
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.donations import find_or_add_donor, open_donation
from warehouse_app.core.intake.donors import set_donor_details
from warehouse_app.core.shipping.shipments import create_truck
from warehouse_app.core.stock.locations import add_location
from warehouse_app.db.database import Database
from warehouse_app.db.models import Category, Donation, Donor, Item, Location, Operator, Shipment
from warehouse_app.kernel.errors import BadInput

LONG = "Ż" * 1001

CASES: dict[str, tuple[Callable[[Session, Actor], object], type, str]] = {
    "operator": (lambda s, a: add_operator(s, LONG[:121]), Operator, "An operator name can be at most 120"),
    "station": (lambda s, a: actor_for(s, "Olena", LONG[:65]), Operator, "A station name can be at most 64"),
    "donor": (lambda s, a: find_or_add_donor(s, LONG[:201]), Donor, "A donor name can be at most 200"),
    "donor address": (lambda s, a: set_donor_details(s, "Caritas", address=LONG[:501]), Donor,
                      "A donor's address can be at most 500 characters long (this one has 501)"),
    "donor city": (lambda s, a: set_donor_details(s, "Caritas", city=LONG[:121]), Donor, "A donor's city"),
    "donor contact": (lambda s, a: set_donor_details(s, "Caritas", contact=LONG[:201]), Donor, "A donor's contact"),
    "donation source": (lambda s, a: open_donation(s, a, source=LONG[:201]), Donation, "A donation's source"),
    "item": (lambda s, a: add_item(s, name=LONG[:201], category="FOOD.CANNED", unit="pcs"), Item, "An item name"),
    "item size": (lambda s, a: add_item(s, name="Kurtka", category="FOOD.CANNED", unit="pcs", size=LONG[:17]), Item,
                  "A size can be at most 16"),
    "category": (lambda s, a: add_category(s, code="X.LONG", name_en=LONG[:121]), Category, "A category name"),
    "location": (lambda s, a: add_location(s, name=LONG[:121], kind="warehouse"), Location, "A location name"),
    "truck address": (lambda s, a: create_truck(s, a, destination="Lviv", recipient_address=LONG), Shipment,
                      "The truck's recipient address can be at most 1000"),
}


@pytest.mark.parametrize("kind", CASES)
def test_an_over_long_name_is_refused_with_a_sentence(db: Database, actor: Actor, kind: str) -> None:
    act, table, sentence = CASES[kind]
    with db.read() as s:
        before = s.scalar(select(func.count()).select_from(table))
    with pytest.raises(BadInput, match=sentence.replace("(", r"\(").replace(")", r"\)")), db.write() as s:
        act(s, actor)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(table)) == before
