"""Variable-measure in-store codes: a shop's scale label on a weighed bag.

An EAN-13 starting 20–29 (or a UPC-A starting 2, 02 as GTIN-13) is a restricted
circulation number: the shop chose its layout, usually an item reference followed by the
weight or the price. The layout differs by retailer, so the warehouse names the one its
donors' codes use (``warehouse set --instore-layout``; off until then, when such codes are
read as ordinary barcodes, as they always were).

How an item is registered: with a layout set, a barcode attached to an item that is an
in-store code is stored with its measure digits zeroed (and its check digits recomputed):
scan any bag of the goods into the item's barcodes and every other bag of them, whatever
it weighs, finds the item. The weight in a scanned code is the quantity received for an
item counted in kg; a price says nothing about the quantity (see `barcodes.units_per_scan`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from warehouse_app.core.catalogue import barcodes
from warehouse_app.db.dialect import insert_for
from warehouse_app.db.models import Setting
from warehouse_app.kernel.errors import BadInput

__all__ = ["LAYOUTS", "OFF", "InstoreExample", "InstoreLayout", "catalogue_key", "instore_layout", "read_goods",
           "set_instore_layout"]

_KEY = "instore_layout"
OFF = "off"


@dataclass(frozen=True)
class InstoreLayout:
    """Where the measure sits in the 12 digits before the check digit: P item (with the
    2x prefix), C the measure's own check digit, V the measure."""

    pattern: str
    weight: bool  # True: grams; False: a price in hundredths
    description: str

    @property
    def measure(self) -> slice:
        return slice(self.pattern.index("V"), self.pattern.rindex("V") + 1)

    @property
    def check(self) -> int | None:
        return self.pattern.index("C") if "C" in self.pattern else None

    @property
    def item_digits(self) -> int:
        """The shop's item number, after the two prefix digits."""
        return self.pattern.count("P") - 2

    @property
    def measure_digits(self) -> int:
        return self.pattern.count("V")

    def example(self) -> InstoreExample:
        """A valid code in this layout, and what it reads as: shown where the layout is chosen."""
        from biip.checksums import gs1_price_weight_check_digit

        item = "12345"[:self.item_digits].rjust(self.item_digits, "0")
        value = "1234" if self.weight else "599"  # 1.234 kg; a price of 5.99
        digits = list("20" + item + value.rjust(self.measure_digits, "0"))
        if self.check is not None:
            digits.insert(self.check, str(gs1_price_weight_check_digit("".join(digits[self.check:]))))
        payload = "".join(digits)
        measure = Decimal(value) / (1000 if self.weight else 100)
        return InstoreExample(payload + barcodes.gtin_check_digit(payload), item, measure)


@dataclass(frozen=True)
class InstoreExample:
    code: str  # the 13 digits a scanner sends
    item: str  # the shop's item number in it
    measure: Decimal  # kg for a weight layout, the price for a price layout


LAYOUTS: dict[str, InstoreLayout] = {
    "weight-5": InstoreLayout("PPPPPPPVVVVV", True, "2x IIIII WWWWW C: 5-digit item, weight in grams"),
    "weight-4-checked": InstoreLayout("PPPPPPPCVVVV", True,
                                      "2x IIIII K WWWW C: 5-digit item, weight check digit, weight in grams"),
    "price-5": InstoreLayout("PPPPPPPVVVVV", False, "2x IIIII PPPPP C: 5-digit item, price in hundredths"),
    "price-4-checked": InstoreLayout("PPPPPPPCVVVV", False,
                                     "2x IIIII K PPPP C: 5-digit item, price check digit, price in hundredths"),
}


def _is_instore(gtin14: str) -> bool:
    """GS1 prefixes 20–29 (EAN-13) and UPC number system 2 (02 as GTIN-13)."""
    return gtin14[0] == "0" and (gtin14[1] == "2" or gtin14[1:3] == "02")


def instore_layout(session: Session) -> str:
    """The layout's name, or ``off``."""
    return session.scalar(select(Setting.value).where(Setting.key == _KEY)) or OFF


def set_instore_layout(session: Session, name: str) -> str:
    """Name the layout of in-store codes (``off`` reads them as ordinary barcodes)."""
    text = name.strip().lower()
    if text != OFF and text not in LAYOUTS:
        raise BadInput("{name} is not an in-store code layout; choose one of: {all}.",
                       name=name, all=", ".join([OFF, *LAYOUTS]))
    if text == OFF:
        session.execute(delete(Setting).where(Setting.key == _KEY))
        return OFF
    stmt = insert_for(session, Setting).values(key=_KEY, value=text)
    session.execute(stmt.on_conflict_do_update(index_elements=["key"], set_={"value": stmt.excluded.value}))
    return text


def _layout_for(session: Session, gtin14: str) -> InstoreLayout | None:
    if not _is_instore(gtin14):
        return None  # ordinary goods read no setting: the scan's hot path stays as it was
    return LAYOUTS.get(instore_layout(session))


def _zeroed(gtin14: str, layout: InstoreLayout) -> str:
    from biip.checksums import gs1_price_weight_check_digit  # biip loads with the first in-store code

    digits = list(gtin14[1:13])
    measure = layout.measure
    digits[measure] = "0" * (measure.stop - measure.start)
    if layout.check is not None:
        digits[layout.check] = str(gs1_price_weight_check_digit("".join(digits[measure])))
    payload = "".join(digits)
    return "0" + payload + barcodes.gtin_check_digit(payload)


def catalogue_key(session: Session, gtin14: str) -> str:
    """The GTIN-14 a barcode is kept under: an in-store code without its measure."""
    layout = _layout_for(session, gtin14)
    return gtin14 if layout is None else _zeroed(gtin14, layout)


def read_goods(session: Session, code: str, separators: str = barcodes.DEFAULT_SEPARATORS) -> barcodes.Scan:
    """`barcodes.interpret`, with an in-store code read by the warehouse's layout: the scan
    then names the item's registered code and carries the weight (kg) or the price."""
    scan = barcodes.interpret(code, separators)
    if scan.gtin is None or scan.net_weight_kg is not None:
        return scan
    layout = _layout_for(session, scan.gtin)
    if layout is None:
        return scan
    from biip.checksums import gs1_price_weight_check_digit

    digits = scan.gtin[1:13]
    value = digits[layout.measure]
    if layout.check is not None and int(digits[layout.check]) != gs1_price_weight_check_digit(value):
        raise BadInput("The weight or price in the in-store code {code} does not match its own check "
                       "digit; scan it again.", code=scan.raw)
    if layout.weight:
        if int(value) == 0:
            raise BadInput("The in-store code {code} weighs 0 g; weigh the goods and type the weight.",
                           code=scan.raw)
        return replace(scan, gtin=_zeroed(scan.gtin, layout), net_weight_kg=Decimal(value) / 1000)
    return replace(scan, gtin=_zeroed(scan.gtin, layout), price=Decimal(value) / 100)
