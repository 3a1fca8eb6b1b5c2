"""Places managed by a manager: add, rename (the label code stays), archive only when empty,
bring back; the tree the Places list shows, with the units in each subtree."""

from __future__ import annotations

import pytest

from warehouse_app.core.access.operators import add_operator
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.stock.changes import move
from warehouse_app.core.stock.places import add_place, labelled_places, place_tree, rename_place, set_archived
from warehouse_app.db.database import Database
from warehouse_app.kernel.errors import BadInput, Conflict, NotAllowed

WATER = "5901234123457"


def test_only_a_manager_manages_places(db: Database) -> None:
    with db.write() as s:
        staff = Actor(add_operator(s, "Olena", "staff").id, "st-1")
    with pytest.raises(NotAllowed, match="Only a manager can add, rename or archive places"), db.write() as s:
        add_place(s, staff, name="Regał A", kind="bin", parent="Storage")


def test_add_rename_archive_and_bring_back(db: Database, actor: Actor) -> None:
    with db.write() as s:
        zone = add_place(s, actor, name="  Strefa   B ", kind="zone", parent="Main warehouse")
        shelf = add_place(s, actor, name="Półka 1", kind="bin", parent=zone.code)
    assert (zone.name, shelf.code.startswith("LC"), shelf.parent_id) == ("Strefa B", True, zone.id)
    with pytest.raises(Conflict, match="already a place called Półka 1"), db.write() as s:
        add_place(s, actor, name="półka 1", kind="bin", parent=zone.code)
    with pytest.raises(BadInput, match="zone or a bin"), db.write() as s:
        add_place(s, actor, name="Skrzynia", kind="box", parent=zone.code)
    with db.write() as s:
        renamed = rename_place(s, actor, shelf.code, "Półka 1 (górna)")
    assert (renamed.code, renamed.name) == (shelf.code, "Półka 1 (górna)")
    with pytest.raises(Conflict, match="still holds " + shelf.code), db.write() as s:
        set_archived(s, actor, zone.code)
    with db.write() as s:
        set_archived(s, actor, shelf.code)
        archived = set_archived(s, actor, zone.code)
    assert archived.archived
    with pytest.raises(Conflict, match="sits in an archived place"), db.write() as s:
        set_archived(s, actor, shelf.code, False)
    with pytest.raises(Conflict, match="archived; bring it back"), db.write() as s:
        add_place(s, actor, name="Półka 2", kind="bin", parent=zone.code)
    with db.write() as s:
        assert not set_archived(s, actor, zone.code, False).archived
        assert [r.place.name for r in place_tree(s)] == ["Main warehouse", "Receiving", "Storage", "Strefa B"]


def test_no_archive_while_goods_lie_there_nor_of_receiving(db: Database, actor: Actor) -> None:
    with db.write() as s:
        catalogue.add_item(s, name="Woda", category="FOOD", unit="pcs", barcodes_=[WATER])
        receive(s, actor, WATER, qty=10)
        rack = add_place(s, actor, name="Regał A", kind="bin", parent="Storage")
        move(s, actor, WATER, 4, "Receiving", rack.code)
    with pytest.raises(Conflict, match="Regał A still holds goods"), db.write() as s:
        set_archived(s, actor, rack.code)
    with pytest.raises(Conflict, match="where intake puts"), db.write() as s:
        set_archived(s, actor, "Receiving")
    with pytest.raises(Conflict, match="the warehouse itself"), db.write() as s:
        set_archived(s, actor, "Main warehouse")
    with db.read() as s:
        tree = [(r.depth, r.place.name, r.units) for r in place_tree(s)]
        targets = labelled_places(s)
    assert tree == [(0, "Main warehouse", 10), (1, "Receiving", 6), (1, "Storage", 4), (2, "Regał A", 4)]
    assert [t.trail for t in targets] == [("Receiving",), ("Storage",), ("Storage", "Regał A")]
