"""In-store codes by the warehouse's layout, the quantity one scan is, and the one reading of
a scanner's symbology prefix that every label check goes through."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from tests.shipping_fixtures import BLANKET, Goods
from warehouse_app.core.admin.warehouse_setup import load_warehouse_setup, save_warehouse_setup
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.catalogue.barcodes import (
    InternalKind,
    gtin_check_digit,
    interpret,
    parse_internal_code,
    read_scan,
    units_per_scan,
)
from warehouse_app.core.catalogue.instore import LAYOUTS, instore_layout, read_goods, set_instore_layout
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.shipping.box_packing import BoxScan, box_scan, new_container, pack_scan
from warehouse_app.core.shipping.packing_data import WarehouseDetails
from warehouse_app.core.shipping.shipments import create_truck, load
from warehouse_app.core.shipping.warehouse import warehouse_details
from warehouse_app.core.stock.locations import resolve_location
from warehouse_app.db.database import Database
from warehouse_app.db.models import Barcode
from warehouse_app.kernel.errors import BadInput, UnknownBarcode


def ean(body12: str) -> str:
    return body12 + gtin_check_digit(body12)


BAG_1250 = ean("201234501250")  # 2 + 0 + item 12345 + 1250 g
BAG_0480 = ean("201234500480")


def test_read_scan_strips_one_known_prefix_and_refuses_a_malformed_one() -> None:
    assert read_scan("  ]C0BX000017\r\n") == ("]C0", "BX000017")
    assert read_scan("5901234123457") == (None, "5901234123457")
    assert read_scan("]d2010590123412345710A") == ("]d2", "010590123412345710A")
    for bad in ("]9X1", "]W1BX17", "]C", "]"):
        with pytest.raises(BadInput, match="no scanner prefix"):
            read_scan(bad)


def test_internal_labels_read_the_same_with_or_without_a_prefix() -> None:
    for code in ("BX000017", "]C0BX000017", "]C0bx17", " ]A0BX17 "):
        assert parse_internal_code(code) == (InternalKind.BOX, 17)
    for not_a_label in ("]C1BX17", "]9XBX17", "]C0", "]C0BX"):  # ]C1 is GS1 data, never our label
        assert parse_internal_code(not_a_label) is None
    assert interpret("]C0TR000003").internal_kind == InternalKind.TRUCK


def test_a_prefixed_label_means_the_same_at_the_packing_table(db: Database, actor: Actor) -> None:
    with db.write() as s:
        box = new_container(s, actor, "box").result
        pallet = new_container(s, actor, "pallet").result
    assert box_scan(f"]C0{box.code}", None) is BoxScan.CHOOSE
    assert box_scan(f"]C0{box.code}", pallet) is BoxScan.ONTO_PALLET
    assert box_scan("]C0TR000007", box) is BoxScan.TRUCK_LABEL
    with db.read() as s:
        assert resolve_location(s, "]C0LC000003").name == "Storage"


def test_a_truck_loads_a_box_by_its_prefixed_label(db: Database, goods: Goods, loader: Actor) -> None:
    with db.write() as s:
        box = new_container(s, loader, "box").result
    with db.write() as s:
        pack_scan(s, loader, box.code, BLANKET, qty="2")
        truck = create_truck(s, loader, destination="Lviv", plate="WX 1")
    with db.write() as s:
        result = load(s, loader, truck.number, f"]C0{box.code}")
    assert result.code == box.code


def test_units_per_scan_weights_counts_and_packs() -> None:
    weighed = interpret("]C10105901234123457" + "3103001250")
    assert units_per_scan(weighed, "kg", Decimal(1)) == Decimal("1.250")
    assert units_per_scan(weighed, "pcs", Decimal(6)) == 6  # a weight says nothing about pieces
    counted = interpret("]C10105901234123457" + "3024")
    assert units_per_scan(counted, "pcs", Decimal(2)) == 48
    assert units_per_scan(interpret("5901234123457"), "kg", Decimal(5)) == 5  # no measure: the pack, as before


def test_layouts_are_named_and_a_wrong_name_is_one_sentence(db: Database) -> None:
    with db.write() as s:
        assert instore_layout(s) == "off"
        assert set_instore_layout(s, " Weight-5 ") == "weight-5"
        with pytest.raises(BadInput, match="off, weight-5, weight-4-checked, price-5, price-4-checked"):
            set_instore_layout(s, "metric")
    with db.write() as s:
        assert instore_layout(s) == "weight-5"
        assert set_instore_layout(s, "off") == "off"
    with db.read() as s:
        assert instore_layout(s) == "off"
    assert set(LAYOUTS) == {"weight-5", "weight-4-checked", "price-5", "price-4-checked"}


def test_a_weighed_bag_registers_the_item_and_every_bag_brings_its_weight(db: Database, actor: Actor) -> None:
    with db.write() as s:
        set_instore_layout(s, "weight-5")
        item = catalogue.add_item(s, name="Marchew", category="FOOD", unit="kg", barcodes_=[BAG_1250])
        stored = s.scalars(select(Barcode.gtin).where(Barcode.item_id == item.id)).all()
    assert stored == ["0" + ean("201234500000")]  # the weight digits zeroed: any bag finds it
    with db.write() as s:
        first = receive(s, actor, BAG_0480, donor="Sklep")
        second = receive(s, actor, BAG_1250, qty=2, donor="Sklep")
    assert (first.item_name, first.quantity, second.quantity) == ("Marchew", Decimal("0.48"), Decimal("2.5"))
    with db.write() as s:  # detaching by any bag's code finds the stored one
        catalogue.detach_barcode(s, item.id, BAG_0480)
    with db.write() as s, pytest.raises(UnknownBarcode):
        receive(s, actor, BAG_1250, donor="Sklep")


def test_without_a_layout_an_in_store_code_is_an_ordinary_barcode(db: Database, actor: Actor) -> None:
    with db.write() as s:
        catalogue.add_item(s, name="Ser", category="FOOD", unit="pcs", barcodes_=[BAG_1250])
    with db.write() as s:
        assert receive(s, actor, BAG_1250, donor="Sklep").quantity == 1
    with db.write() as s, pytest.raises(UnknownBarcode):
        receive(s, actor, BAG_0480, donor="Sklep")  # another bag: another code, as it always was


def test_every_layout_offered_reads_its_own_example(db: Database) -> None:
    for name, layout in LAYOUTS.items():
        example = layout.example()
        with db.write() as s:
            set_instore_layout(s, name)
            scan = read_goods(s, example.code)
        assert (scan.net_weight_kg if layout.weight else scan.price) == example.measure, name
        assert scan.gtin is not None and scan.gtin[3:8] == example.item


def test_the_warehouse_form_saves_the_layout_with_the_rest_or_nothing(db: Database, actor: Actor) -> None:
    with db.read() as s:
        setup = load_warehouse_setup(s)
    assert setup.instore_layout == "off" and [name for name, _ in setup.instore_layouts] == list(LAYOUTS)
    with pytest.raises(BadInput, match="is not an in-store code layout"), db.write() as s:  # rolled back
        save_warehouse_setup(s, actor, WarehouseDetails("Punkt"), "", {}, "metric")
    with db.read() as s:
        assert warehouse_details(s).name == "" and instore_layout(s) == "off"
    with db.write() as s:
        assert save_warehouse_setup(s, actor, WarehouseDetails("Punkt"), "", {}, "price-5").instore_layout == "price-5"
    with db.write() as s:  # a form saved without the field leaves the layout as it is
        assert save_warehouse_setup(s, actor, WarehouseDetails("Punkt"), "", {}).instore_layout == "price-5"
