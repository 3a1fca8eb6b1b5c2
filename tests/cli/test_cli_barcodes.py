"""A scanner set to send symbology identifiers (as GS1 codes need: ]C1, ]d2) also prefixes
the app's own Code 128 labels: ]C0BX000017. Every command that takes a label reads it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.cli.helpers import Cli
from tests.shipping_fixtures import BLANKET, TINS
from warehouse_app.db.database import Database
from warehouse_app.db.models import Location, Shipment


@pytest.fixture
def stocked(cli: Cli) -> Cli:
    for args in (
        ("item", "add", "--name", "Konserwa", "--category", "FOOD.CANNED", "--unit", "pcs", "--barcode", TINS,
         "--weight-kg", "0.4", "--tracks-expiry"),
        ("receive", TINS, "--qty", "40", "--expiry", "2028-06-30"),
        ("item", "add", "--name", "Koc", "--category", "BEDDING.BLANKETS", "--unit", "pcs", "--barcode", BLANKET,
         "--weight-kg", "1.25"),
        ("receive", BLANKET, "--qty", "20"),
    ):
        code, _, err = cli(*args)
        assert code == 0, err
    return cli


def _ok(cli: Cli, *args: str) -> str:
    code, out, err = cli(*args)
    assert (code, err) == (0, ""), err
    return out


def test_prefixed_labels_pack_add_to_a_pallet_load_and_show(stocked: Cli) -> None:
    cli = stocked
    box = _ok(cli, "box", "create").split()[-1]
    pallet = _ok(cli, "pallet", "create").split()[-1]
    assert "Packed 12 pcs Konserwa" in _ok(cli, "box", "pack", f"]C0{box}", TINS, "--qty", "12")
    assert cli.json("box", "show", f"]C0{box}")["box"]["pieces"] == 12
    _ok(cli, "box", "seal", f"]C0{box}", "--gross-kg", "5.2")
    _ok(cli, "pallet", "add", f"]C0{pallet}", f"]C0{box}")
    assert cli.json("pallet", "show", f"]C0{pallet}")["pallet"]["boxes"] == 1

    truck = _ok(cli, "truck", "create", "--destination", "Lviv", "--plate", "WX 1").split()[-1]
    assert "Loaded pallet" in _ok(cli, "truck", "load", truck, f"]C0{pallet}")
    shown = cli.json("truck", "show", truck)
    assert shown["totals"]["packages"] == 1
    load_label = _truck_label(cli, truck)
    assert cli.json("truck", "show", f"]C0{load_label}")["truck"]["number"] == truck
    _ok(cli, "truck", "unload", truck, f"]C0{pallet}")
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
    box = _ok(cli, "box", "create").split()[-1]
    _ok(cli, "box", "pack", f"]C0{box}", BLANKET, "--qty", "4")
    truck = _ok(cli, "truck", "create", "--destination", "Kyiv", "--plate", "WX 2").split()[-1]
    assert "Loaded box" in _ok(cli, "truck", "load", truck, f"]C0{box}")
    assert cli.json("truck", "show", truck)["totals"]["pieces"] == 4


def test_a_prefixed_location_label_is_a_place(stocked: Cli) -> None:
    cli = stocked
    received = cli.json("receive", BLANKET, "--qty", "2", "--location", "]C0LC000003")
    assert isinstance(received, dict) and received["location"] == "Storage"
    added = _ok(cli, "location", "add", "--name", "Regał A", "--kind", "bin", "--parent", "]C0LC000003")
    label = added.split()[-1]
    assert label.startswith("LC")
    _ok(cli, "move", BLANKET, "--qty", "1", "--from", "]C0LC000003", "--to", f"]C0{label}")
    assert cli.json("receive", BLANKET, "--location", f"]C0{label}")["location"] == "Regał A"


def test_a_malformed_prefix_is_refused_and_changes_nothing(stocked: Cli) -> None:
    before = stocked.ledger()
    code, out, err = stocked("receive", f"]9X{TINS}", "--expiry", "2028-06-30")
    assert code == 2 and out == "" and "no scanner prefix" in err and "Traceback" not in err
    assert stocked.ledger() == before


def test_the_in_store_layout_is_a_warehouse_setting(stocked: Cli) -> None:
    cli = stocked
    assert "in-store codes: off" in _ok(cli, "warehouse", "show")
    shown = cli.json("warehouse", "set", "--instore-layout", "weight-5")
    assert isinstance(shown, dict) and shown["instore_layout"] == "weight-5"
    bag = "2012345012509"  # 2 + 0 + item 12345 + 1250 g + check digit
    _ok(cli, "item", "add", "--name", "Ziemniaki", "--category", "FOOD", "--unit", "kg", "--barcode", bag)
    received = cli.json("receive", "2012345004801")  # another bag: 480 g
    assert isinstance(received, dict) and (received["item_name"], received["quantity"]) == ("Ziemniaki", 0.48)
    before = cli.ledger()
    code, out, err = cli("warehouse", "set", "--instore-layout", "metric")
    assert code == 2 and out == "" and "is not an in-store code layout" in err and cli.ledger() == before
