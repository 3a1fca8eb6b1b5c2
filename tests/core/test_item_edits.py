"""An edited item is saved whole: fields and barcode changes together, or nothing."""

from __future__ import annotations

from decimal import Decimal

import pytest

from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.catalogue.item_edits import edit_item_and_barcodes, restates_stock
from warehouse_app.db.database import Database
from warehouse_app.kernel.errors import WarehouseError

SOAP, RICE, RICE_CASE, NEW = "5901234123457", "4006381333931", "15901234123454", "96385074"


def test_fields_and_barcodes_in_one_unit_of_work(db: Database) -> None:
    with db.write() as s:
        rice = catalogue.add_item(s, name="Rice", category="FOOD.DRY", unit="pcs", barcodes_=[RICE])
        catalogue.add_item(s, name="Soap", category="HYGIENE", unit="pcs", barcodes_=[SOAP])
    with db.write() as s:
        edited = edit_item_and_barcodes(s, rice.id, {"name": "Rice 1 kg", "min_stock": "10"},
                                        attach=[(RICE_CASE, Decimal(12))], detach=[RICE])
    assert edited.name == "Rice 1 kg" and edited.min_stock == 10
    assert [(b.gtin, b.pack_qty) for b in edited.barcodes] == [("15901234123454", 12)]
    with pytest.raises(WarehouseError), db.write() as s:  # soap's barcode: refused, and the name stays
        edit_item_and_barcodes(s, rice.id, {"name": "Rice 5 kg"}, attach=[(SOAP, Decimal(1))])
    with db.read() as s:
        again = catalogue.get_item(s, rice.id)
    assert again.name == "Rice 1 kg" and [b.gtin for b in again.barcodes] == ["15901234123454"]


def test_which_edits_restate_the_stock_figures(db: Database) -> None:
    with db.write() as s:
        tuna = catalogue.add_item(s, name="Tuna", category="FOOD.CANNED", unit="pcs", unit_weight_kg="0.17")
    assert not restates_stock(tuna, {"name": "Tuna in oil", "category": "FOOD.CANNED", "unit": "pcs",
                                     "unit_weight_kg": "0,170", "min_stock": "48"})
    assert restates_stock(tuna, {"category": "FOOD.DRY"})
    assert restates_stock(tuna, {"unit": "pack"})
    assert restates_stock(tuna, {"unit_weight_kg": "0.2"}) and restates_stock(tuna, {"unit_weight_kg": None})
    assert not restates_stock(tuna, {"unit_weight_kg": "heavy"})  # refused when saved: nothing changes
