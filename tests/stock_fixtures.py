"""Shared by several test modules (test modules never import one another)."""

from __future__ import annotations

from datetime import date, timedelta

from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.catalogue.barcodes import gtin_check_digit
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.receiving import receive
from warehouse_app.core.stock.changes import write_off
from warehouse_app.db.database import Database

TODAY = date(2026, 11, 23)


def ean(body: str) -> str:
    return body + gtin_check_digit(body)


def setup_stock(db: Database, actor: Actor) -> None:
    with db.write() as s:
        catalogue.add_item(s, name="Konserwa mięsna 300 g", category="FOOD.CANNED", unit="pcs",
                           barcodes_=[ean("590000000011")], unit_weight_kg="0.330", tracks_expiry=True, min_stock=100)
        catalogue.add_item(s, name="Ryż 1 kg", category="FOOD.DRY", unit="pcs",
                           barcodes_=[ean("590000000012")], unit_weight_kg="1.020", tracks_expiry=True)
        catalogue.add_item(s, name="Cukier luzem", category="FOOD.DRY", unit="kg",
                           barcodes_=[ean("590000000013")], unit_weight_kg="1")
        catalogue.add_item(s, name="Mydło 100 g", category="HYGIENE", unit="pcs",
                           barcodes_=[ean("590000000014")], unit_weight_kg="0.110", min_stock=5)
        receive(s, actor, ean("590000000011"), qty=10, expiry=TODAY + timedelta(days=10), allow_expired=True)
        receive(s, actor, ean("590000000011"), qty=20, expiry=TODAY + timedelta(days=200), allow_expired=True)
        receive(s, actor, ean("590000000011"), qty=3, expiry=TODAY - timedelta(days=1), allow_expired=True)
        receive(s, actor, ean("590000000012"), qty=7, expiry=TODAY + timedelta(days=60), allow_expired=True)
        receive(s, actor, ean("590000000013"), qty="12.5")
        receive(s, actor, ean("590000000014"), qty=8)
        write_off(s, actor, ean("590000000014"), 4, "damaged")
