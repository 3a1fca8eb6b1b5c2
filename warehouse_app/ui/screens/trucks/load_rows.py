"""The selected truck as rows of text: its trucks list, its load, its totals by category."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from warehouse_app.core.quantities import WHOLE_UNITS
from warehouse_app.core.shipping.packing_data import CategoryName, PackingLine
from warehouse_app.core.shipping.shipments import TruckSummary, TruckTotals
from warehouse_app.core.shipping.truck_loading import TruckView
from warehouse_app.ui.base.formats import show_date, show_qty
from warehouse_app.ui.base.units import unit_label
from warehouse_app.ui.screens.trucks.rows_model import Row, kg

OVER_PAYLOAD = "#f8d3cf"
translate = QCoreApplication.translate  # the name lupdate reads (a wrapper would hide the strings from it)


def status_text(status: str, delivered: bool = False) -> str:
    """A dispatched truck the receiving hub confirmed is *delivered* (its status stays dispatched)."""
    if delivered:
        return translate("trucks", "delivered")
    return {"planning": translate("trucks", "planning"), "loading": translate("trucks", "loading"),
            "dispatched": translate("trucks", "dispatched")}.get(status, status)


def truck_rows(trucks: Sequence[TruckSummary], delivered: frozenset[str] = frozenset()) -> list[Row]:
    return [
        Row((t.truck.number, t.truck.city or t.truck.recipient,
             status_text(t.truck.status, t.truck.number in delivered), str(t.totals.packages),
             kg(t.totals.gross_kg)), key=t.truck.number,
            colour="#eeeeee" if t.truck.status == "dispatched" else None)
        for t in trucks
    ]


def _categories(names: tuple[CategoryName, ...], lang: str) -> str:
    return ", ".join(c.name(lang) for c in names)


def _amount(lines: tuple[PackingLine, ...] | list[PackingLine]) -> str:
    """Pieces of counted goods, plus kg or litres of goods sold by weight or volume."""
    pieces = sum((line.quantity for line in lines if line.unit in WHOLE_UNITS), Decimal(0))
    parts = [show_qty(pieces)] if pieces or not lines else []
    for unit in ("kg", "l"):
        amount = sum((line.quantity for line in lines if line.unit == unit), Decimal(0))
        if amount:
            parts.append(f"{show_qty(amount)} {unit_label(unit)}")
    return " + ".join(parts)


def contents_text(lines: tuple[PackingLine, ...]) -> str:
    names = [line.item_name for line in lines]
    if len(names) <= 2:
        return ", ".join(names)
    return translate("trucks", "{first} and {n} more").format(first=names[0], n=len(names) - 1)


def load_rows(view: TruckView, lang: str) -> list[Row]:
    """Packages n/N first, then the loose goods, one row each."""
    rows = []
    for package in view.load.packages:
        kind = translate("trucks", "pallet") if package.kind == "pallet" else translate("trucks", "box")
        if package.on_pallet:
            kind = translate("trucks", "box on {pallet}").format(pallet=package.on_pallet)
        expiry = package.earliest_expiry
        rows.append(Row((
            f"{package.seq} / {package.of}", package.label_code, f"{kind}: {contents_text(package.lines)}",
            _categories(package.categories, lang), _amount(package.lines), kg(package.net_kg),
            kg(package.gross_kg) + ("" if package.weighed else " *"), show_date(expiry) if expiry else "",
        ), key=package.label_code))
    for line in view.load.loose:
        rows.append(Row((
            translate("trucks", "loose"), line.lot_code, line.item_name, line.category.name(lang),
            f"{show_qty(line.quantity)} {unit_label(line.unit)}", kg(line.net_kg), kg(line.net_kg),
            show_date(line.expiry) if line.expiry else "",
        ), key=f"item:{line.item_id}"))
    return rows


def totals_rows(totals: TruckTotals, lang: str) -> list[Row]:
    rows = [Row((s.category.name(lang), str(s.packages), _amount_of(s.pieces, s.kg_goods), kg(s.net_kg),
                 kg(s.gross_kg)), key=s.category.code) for s in totals.by_category]
    rows.append(Row((translate("trucks", "Total"), str(totals.packages), show_qty(totals.pieces), kg(totals.net_kg),
                     kg(totals.gross_kg)), bold=True, colour=OVER_PAYLOAD if totals.over_payload else None))
    return rows


def _amount_of(pieces: Decimal, kg_goods: Decimal) -> str:
    text = show_qty(pieces)
    return text if not kg_goods else translate("trucks", "{pieces} + {amount} kg/l").format(
        pieces=text, amount=show_qty(kg_goods))
