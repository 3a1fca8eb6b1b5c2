"""The demo warehouse goes only into an empty database, and marks it, on both databases."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from tests.shipping_fixtures import actor_as
from warehouse_app.core.access.operators import actor_for
from warehouse_app.core.admin.demo import is_demo, require_empty, warehouse_contents
from warehouse_app.core.catalogue.items import add_item
from warehouse_app.core.intake.donations import open_donation
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.shipping.shipments import create_truck
from warehouse_app.db.database import Database
from warehouse_app.kernel.errors import Conflict

GTIN = "5901234123457"


def _item(s: Session) -> None:
    add_item(s, name="Koc polarowy", category="BEDDING", unit="pcs", barcodes_=[GTIN])


def _donation(s: Session) -> None:
    open_donation(s, actor_for(s, "Anna Nowak", "t"), donor="Caritas", source="test")


def _truck(s: Session) -> None:
    create_truck(s, actor_as(s, "Iryna Bondar", "t", role="loader"), destination="Lviv", plate="RZ 1")


def _movement(s: Session) -> None:
    _item(s)
    receive(s, actor_for(s, "Anna Nowak", "t"), GTIN, qty=2)


@pytest.mark.parametrize("real", [_item, _donation, _truck, _movement], ids=["item", "donation", "truck", "movement"])
def test_real_data_of_any_kind_refuses_the_demo(db: Database, real: Callable[[Session], None]) -> None:
    with db.read() as s:
        assert warehouse_contents(s).empty and not is_demo(s)
        require_empty(s)  # a freshly migrated database (places, categories, people) is empty
    with db.write() as s:
        actor_for(s, "Anna Nowak", "t")
        require_empty(s)  # people are not stock
        real(s)
    with db.read() as s:
        with pytest.raises(Conflict, match="already holds data .* loaded only into an empty database"):
            require_empty(s)
        assert not is_demo(s)
