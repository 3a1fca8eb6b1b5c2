"""Hand-made packing lists for the document tests and the benchmark (no database needed).

The summary and totals are the core's own (``summarise``, a pure function tested with
golden numbers in tests/core/test_packing_counts.py)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from warehouse_app.core.shipping.packing_data import (
    CategoryName,
    Package,
    PackingLine,
    PackingList,
    TruckInfo,
    WarehouseDetails,
)
from warehouse_app.core.shipping.packing_list import missing_weights, summarise

FOOD = CategoryName("FOOD.CANNED", "Żywność w puszkach", "Canned food", "Консерви", "1602")
HYGIENE = CategoryName("HYGIENE", "Środki higieniczne", "Hygiene", "Засоби гігієни", "3401")
BLANKETS = CategoryName("TEXTILE.BLANKETS", "Koce", "Blankets", "Ковдри", "6301")
CATEGORIES = (FOOD, HYGIENE, BLANKETS)
COUNTED = ("pcs", "pack", "pair", "set")

SENDER = WarehouseDetails(
    name="Fundacja Pomocy Wschód – Magazyn Przemyśl",
    address="ul. Źródlana 7, 37-700 Przemyśl, Polska", tax_id="PL7952345678", contact="+48 600 100 200",
)
TRUCK = TruckInfo(
    number="T-2026-0042", status="loading", recipient="Благодійний фонд «Світанок»",
    recipient_address="вул. Шевченка 12", city="Львів", country="Україна", contact="Олена Коваль +380 67 123 4567",
    driver="Łukasz Żółkiewski", driver_phone="+48 501 234 567", vehicle_plate="PPR 12345",
    trailer_plate="PPR 6789A", seal_number="SEAL-000777", planned_departure=date(2026, 11, 25),
    aid_registration_code="UA-HA-2026-004211",
)
PANGRAM = "Zażółć gęślą jaźń / ZAŻÓŁĆ GĘŚLĄ JAŹŃ"  # every Polish letter, both cases
UKRAINIAN = "Тушкована свинина 525 г"  # with і, ї, є, ґ in the category and headings
NAMES = (
    "Gulasz wołowy 400 g", "Szczoteczka do zębów dziecięca", "Koc polarowy 150×200 cm",
    "Mydło w kostce 100 g", "Zażółć gęślą jaźń / ZAŻÓŁĆ GĘŚLĄ JAŹŃ", "Тушкована свинина 525 г", "Pasta do zębów 75 ml",
    "Fasola biała w sosie pomidorowym, puszka 400 g, dla dzieci i dorosłych (długa nazwa, która się zawija)",
)


def line(i: int) -> PackingLine:
    category = CATEGORIES[i % 3]
    unit = COUNTED[i % 4] if i % 7 else "kg"
    qty = Decimal(1 + i % 24) if unit != "kg" else Decimal("2.5")
    return PackingLine(
        item_id=i + 1, item_name=f"{NAMES[i % len(NAMES)]} #{i + 1}", category=category, quantity=qty, unit=unit,
        net_kg=(qty * Decimal("0.415")).quantize(Decimal("0.001")),
        expiry=date(2027, 1, 1) + timedelta(days=i % 400) if category is not BLANKETS else None,
        lot_code=f"L{i % 97:03d}ąż" if i % 5 == 0 else "",
    )


def packing_list(lines: int = 30, per_box: int = 10, loose: int = 3) -> PackingList:
    """``lines`` packed lines in boxes of ``per_box`` (plus ``loose`` loose lines); totals summed here."""
    chunks = [[line(i) for i in range(start, min(lines, start + per_box))] for start in range(0, lines, per_box)]
    n = len(chunks)
    packages = tuple(
        Package(
            seq=k + 1, of=n, label_code=f"BX{k + 1:06d}", kind="box", name=f"Karton {k + 1}", lines=tuple(ch),
            net_kg=sum((x.net_kg or Decimal(0) for x in ch), Decimal(0)),
            gross_kg=sum((x.net_kg or Decimal(0) for x in ch), Decimal(0)) + (Decimal("0.8") if k % 4 else 0),  # every 4th unweighed
            weighed=bool(k % 4), on_pallet="PL000001" if k % 2 else None,
        )
        for k, ch in enumerate(chunks)
    )
    loose_lines = tuple(line(lines + j) for j in range(loose))
    summary, totals = summarise(packages, list(loose_lines))
    return PackingList(truck=TRUCK, sender=SENDER, document_date=date(2026, 11, 24), packages=packages,
                       loose=loose_lines, summary=summary, totals=totals, pallets=("PL000001",),
                       missing_weight=missing_weights(packages, loose_lines))
