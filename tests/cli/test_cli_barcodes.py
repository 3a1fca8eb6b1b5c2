"""A scanner set to send symbology identifiers (as GS1 codes need: ]C1, ]d2) also prefixes
the app's own Code 128 labels: ]C0BX000017. Every command that takes a label reads it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.cli.helpers import Cli, fails, ok, stock_tins_and_blankets
from tests.shipping_fixtures import BLANKET, TINS
from warehouse_app.db.database import Database
from warehouse_app.db.models import Location, Shipment


@pytest.fixture
def stocked(cli: Cli) -> Cli:
    return stock_tins_and_blankets(cli)


def test_prefixed_labels_pack_add_to_a_pallet_load_and_show(stocked: Cli) -> None:
    cli = stocked
    box = ok(cli, "box", "create").split()[-1]
    pallet = ok(cli, "pallet", "create").split()[-1]
    assert "Packed 12 pcs Konserwa" in ok(cli, "box", "pack", f"]C0{box}", TINS, "--qty", "12")
    assert cli.json("box", "show", f"]C0{box}")["box"]["pieces"] == 12
    ok(cli, "box", "seal", f"]C0{box}", "--gross-kg", "5.2")
    ok(cli, "pallet", "add", f"]C0{pallet}", f"]C0{box}")
    assert cli.json("pallet", "show", f"]C0{pallet}")["pallet"]["boxes"] == 1

    truck = ok(cli, "truck", "create", "--destination", "Lviv", "--plate", "WX 1").split()[-1]
    assert "Loaded pallet" in ok(cli, "truck", "load", truck, f"]C0{pallet}")
    shown = cli.json("truck", "show", truck)
    assert shown["totals"]["packages"] == 1
    load_label = _truck_label(cli, truck)
    assert cli.json("truck", "show", f"]C0{load_label}")["truck"]["number"] == truck
    ok(cli, "truck", "unload", truck, f"]C0{pallet}")
    assert cli.json("truck", "show", truck)["totals"]["packages"] == 0


def _truck_label(cli: Cli, truck: str) -> str:
    """The label printed for a truck's load (its place in the location tree)."""
    db = Database(cli.url)
    try:
        with db.read() as s:
            code = s.scalar(select(Location.code).join(Shipment, Shipment.load_location_id == Location.id)
                            .where(Shipment.number == truck))
    finally:
        db.dispose()
    assert code is not None and code.startswith("TR")
    return code


def test_a_loose_box_goes_on_a_truck_by_its_prefixed_label(stocked: Cli) -> None:
    cli = stocked
    box = ok(cli, "box", "create").split()[-1]
    ok(cli, "box", "pack", f"]C0{box}", BLANKET, "--qty", "4")
    truck = ok(cli, "truck", "create", "--destination", "Kyiv", "--plate", "WX 2").split()[-1]
    assert "Loaded box" in ok(cli, "truck", "load", truck, f"]C0{box}")
    assert cli.json("truck", "show", truck)["totals"]["pieces"] == 4


def test_a_prefixed_location_label_is_a_place(stocked: Cli) -> None:
    cli = stocked
    received = cli.json("receive", BLANKET, "--qty", "2", "--location", "]C0LC000003")
    assert isinstance(received, dict) and received["location"] == "Storage"
    added = ok(cli, "location", "add", "--name", "Regał A", "--kind", "bin", "--parent", "]C0LC000003")
    label = added.split()[-1]
    assert label.startswith("LC")
    ok(cli, "move", BLANKET, "--qty", "1", "--from", "]C0LC000003", "--to", f"]C0{label}")
    assert cli.json("receive", BLANKET, "--location", f"]C0{label}")["location"] == "Regał A"


def test_a_malformed_prefix_is_refused_and_changes_nothing(stocked: Cli) -> None:
    assert "no scanner prefix" in fails(stocked, 2, "receive", f"]9X{TINS}", "--expiry", "2028-06-30")


def test_the_in_store_layout_is_a_warehouse_setting(stocked: Cli) -> None:
    cli = stocked
    assert "in-store codes: off" in ok(cli, "warehouse", "show")
    shown = cli.json("warehouse", "set", "--instore-layout", "weight-5")
    assert isinstance(shown, dict) and shown["instore_layout"] == "weight-5"
    bag = "2012345012509"  # 2 + 0 + item 12345 + 1250 g + check digit
    ok(cli, "item", "add", "--name", "Ziemniaki", "--category", "FOOD", "--unit", "kg", "--barcode", bag)
    received = cli.json("receive", "2012345004801")  # another bag: 480 g
    assert isinstance(received, dict) and (received["item_name"], received["quantity"]) == ("Ziemniaki", 0.48)
    assert "is not an in-store code layout" in fails(cli, 2, "warehouse", "set", "--instore-layout", "metric")
