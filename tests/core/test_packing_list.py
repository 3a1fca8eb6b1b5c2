"""The packing list equals the ledger: golden numbers before and after dispatch."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import func, select

from tests.shipping_fixtures import BLANKET, RICE, TINS, Goods, assert_ledger_consistent
from warehouse_app.core.context import Actor
from warehouse_app.core.quantities import WHOLE_UNITS
from warehouse_app.core.shipping.containers import create_container, pack, put_on_pallet, seal
from warehouse_app.core.shipping.packing_list import label_packages, packing_list
from warehouse_app.core.shipping.shipments import create_truck, dispatch, load
from warehouse_app.core.shipping.warehouse import (
    max_payload_kg,
    set_max_payload_kg,
    set_warehouse_details,
    warehouse_details,
)
from warehouse_app.db.database import Database
from warehouse_app.db.models import Item, Location, Movement, Shipment, StockLevel


def _loaded_truck(db: Database, actor: Actor) -> dict[str, str]:
    """A pallet with two boxes (one weighed), a loose box of mixed goods weighed, goods put
    directly on a second pallet, and loose rice: every shape a load can take."""
    with db.write() as s:
        truck = create_truck(s, actor, destination="Kharkiv", plate="WX 1", planned_departure=date(2026, 12, 1),
                             recipient="Charity Fund", seal_number="PL-99").number
        p1 = create_container(s, actor, "pallet", name="Pallet A").code
        b1 = create_container(s, actor, "box").code
        pack(s, actor, b1, BLANKET, qty=8)  # 10 kg net
        seal(s, actor, b1, gross_kg="10.9")
        b2 = create_container(s, actor, "box").code
        pack(s, actor, b2, TINS, qty=12)  # 4.8 kg net, not weighed
        put_on_pallet(s, actor, p1, b1)
        put_on_pallet(s, actor, p1, b2)
        mixed = create_container(s, actor, "box").code
        pack(s, actor, mixed, TINS, qty=5, expiry="2028-01-31")  # 2 kg
        pack(s, actor, mixed, RICE, qty=3, allow_mixed=True)  # 3 kg
        seal(s, actor, mixed, gross_kg="5.333")
        p2 = create_container(s, actor, "pallet").code
        pack(s, actor, p2, BLANKET, qty=4)  # 5 kg, straight on the pallet
        load(s, actor, truck, p1)
        load(s, actor, truck, mixed)
        load(s, actor, truck, p2)
        load(s, actor, truck, RICE, qty="2.5")
    return {"truck": truck, "p1": p1, "b1": b1, "b2": b2, "mixed": mixed, "p2": p2}


def _ledger_figures(db: Database, truck: str) -> tuple[Decimal, Decimal]:
    """Pieces and net kg of what the truck holds, summed straight from stock_level, or after
    dispatch from its dispatch rows: the golden numbers."""
    with db.read() as s:
        row = s.scalar(select(Shipment).where(Shipment.number == truck))
        if row.status == "dispatched":
            source = select(Movement.item_id, Movement.quantity).where(
                Movement.shipment_id == row.id, Movement.kind == "dispatch")
        else:
            path = s.get(Location, row.load_location_id).path
            source = select(StockLevel.item_id, StockLevel.quantity).join(
                Location, Location.id == StockLevel.location_id).where(Location.path.startswith(path))
        items = {i: (unit, weight or 0) for i, unit, weight in s.execute(select(Item.id, Item.unit, Item.unit_weight_kg))}
        rows = s.execute(source).all()
    pieces = sum((q for i, q in rows if items[i][0] in WHOLE_UNITS), Decimal(0))
    net = sum((q * items[i][1] for i, q in rows), Decimal(0))
    return pieces, net


def test_packing_list_numbers_packages_and_equals_the_ledger_before_and_after_dispatch(
    db: Database, actor: Actor, goods: Goods
) -> None:
    codes = _loaded_truck(db, actor)
    with db.write() as s:
        set_warehouse_details(s, name="Magazyn Pomocy", address="ul. Długa 1\n00-001 Warszawa", tax_id="PL123")
        before = packing_list(s, codes["truck"].lower(), document_date=date(2026, 11, 30))
    # pallet A's boxes first (in the order made), the mixed box, then pallet 2's own goods
    assert [(p.seq, p.of, p.label_code) for p in before.packages] == [
        (1, 4, codes["b1"]), (2, 4, codes["b2"]), (3, 4, codes["mixed"]), (4, 4, codes["p2"])
    ]
    assert [p.on_pallet for p in before.packages] == [codes["p1"], codes["p1"], None, None]
    assert [(p.weighed, p.gross_kg) for p in before.packages] == [
        (True, Decimal("10.9")), (False, Decimal("4.8")), (True, Decimal("5.333")), (False, Decimal(5))
    ]
    assert before.pallets == (codes["p1"], codes["p2"])
    assert [(line.item_name, line.quantity) for line in before.loose] == [("Ryż", Decimal("2.5"))]
    assert (before.sender.name, before.sender.tax_id, before.document_date) == (
        "Magazyn Pomocy", "PL123", date(2026, 11, 30))
    assert (before.truck.recipient, before.truck.seal_number, before.truck.status) == ("Charity Fund", "PL-99", "loading")

    pieces, net = _ledger_figures(db, codes["truck"])
    assert (before.totals.packages, before.totals.pieces, before.totals.net_kg) == (4, pieces, net) == (
        4, Decimal(29), Decimal("27.3"))
    assert before.totals.gross_kg == Decimal("10.9") + Decimal("4.8") + Decimal("5.333") + 5 + Decimal("2.5")
    # the summary by category adds up to the totals, the weighed gross shared by net weight
    summary = {c.category.code: c for c in before.summary}
    assert sum(c.gross_kg for c in before.summary) == before.totals.gross_kg
    assert sum(c.net_kg for c in before.summary) == net
    assert (summary["FOOD.DRY"].kg_goods, summary["FOOD.DRY"].packages) == (Decimal("5.5"), 1)
    assert summary["FOOD.CANNED"].pieces == 17 and summary["FOOD.CANNED"].category.hs_code == "16"
    assert summary["FOOD.CANNED"].gross_kg == Decimal("4.8") + Decimal("2.133")  # 5.333 x 2/5, to the gram
    assert summary["FOOD.DRY"].gross_kg == Decimal("3.2") + Decimal("2.5")
    assert summary["BEDDING.BLANKETS"].packages == 2

    with db.write() as s:
        dispatch(s, actor, codes["truck"])
        after = packing_list(s, codes["truck"], document_date=date(2026, 11, 30))
    assert_ledger_consistent(db)
    assert _ledger_figures(db, codes["truck"]) == (pieces, net)
    assert (after.packages, after.loose, after.summary, after.totals) == (
        before.packages, before.loose, before.summary, before.totals)
    assert after.truck.status == "dispatched"


def test_labels_for_a_box_a_pallet_and_a_truck(db: Database, actor: Actor, goods: Goods) -> None:
    codes = _loaded_truck(db, actor)
    with db.write() as s:
        spare = create_container(s, actor, "box").code
        pack(s, actor, spare, BLANKET)
        truck, (box,) = label_packages(s, codes["b2"])
        assert truck.number == codes["truck"] and (box.seq, box.of, box.label_code) == (2, 4, codes["b2"])
        _, pallet_labels = label_packages(s, codes["p1"])
        assert [p.label_code for p in pallet_labels] == [codes["b1"], codes["b2"], codes["p1"]]
        whole = pallet_labels[-1]  # the pallet's label: everything on it, no number of its own
        assert (whole.seq, whole.net_kg, whole.gross_kg, whole.weighed) == (0, Decimal("14.8"), Decimal("15.7"), False)
        _, every = label_packages(s, codes["truck"])
        assert [p.label_code for p in every] == [codes["b1"], codes["b2"], codes["mixed"], codes["p2"], codes["p1"]]
        nothing, (alone,) = label_packages(s, spare)
        assert nothing is None and (alone.seq, alone.of, alone.net_kg) == (0, 0, Decimal("1.25"))


def test_warehouse_details_and_payload_settings(db: Database) -> None:
    with db.write() as s:
        assert warehouse_details(s).name == "" and max_payload_kg(s) is None
        set_warehouse_details(s, name="  Hub   Rzeszów ", contact="+48 1")
        set_warehouse_details(s, tax_id="PL 999")  # the others stay
        set_max_payload_kg(s, "24000")
    with db.write() as s:
        details = warehouse_details(s)
        assert (details.name, details.contact, details.tax_id) == ("Hub Rzeszów", "+48 1", "PL 999")
        assert max_payload_kg(s) == 24000
        set_max_payload_kg(s, "")
        assert max_payload_kg(s) is None
        try:
            set_max_payload_kg(s, "-5")
        except Exception as exc:  # noqa: BLE001 - the exit code is what matters
            assert getattr(exc, "exit_code", None) == 2
        else:
            raise AssertionError("a negative payload was accepted")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Shipment)) == 0
