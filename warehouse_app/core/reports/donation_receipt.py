"""What a donor's thank-you receipt says: the donation, who gave it, and what arrived.

Built from the ledger (``donation_lines``: receipts net of undone scans), with each
item's category and weight, so the receipt shows what the warehouse really took in.
Only a closed donation gets a receipt: an open one can still change under it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from warehouse_app.core.catalogue.categories import list_categories
from warehouse_app.core.intake.donations import donation_lines, get_donation
from warehouse_app.core.quantities import WHOLE_UNITS
from warehouse_app.core.shipping.packing_data import CategoryName
from warehouse_app.db.models import Donor, Item
from warehouse_app.kernel.errors import Conflict


@dataclass(frozen=True)
class ReceiptLine:
    item_name: str
    category: CategoryName
    quantity: Decimal
    unit: str
    net_kg: Decimal | None  # None when the item has no unit weight
    expiry: date | None
    lot_code: str
    name_uk: str | None = None
    name_en: str | None = None
    unit_value: Decimal | None = None  # declared value of one unit
    value_currency: str | None = None

    def name(self, lang: str) -> str:
        """The item's name in the receipt's language where one is given."""
        return {"uk": self.name_uk, "en": self.name_en}.get(lang) or self.item_name

    @property
    def value(self) -> Decimal | None:
        return None if self.unit_value is None else (self.quantity * self.unit_value).quantize(Decimal("0.01"))


@dataclass(frozen=True)
class DonationReceipt:
    number: str  # D-2026-00042, also the receipt's number
    received_on: date  # the day the donation was closed
    donor: str | None
    source: str | None  # the donor's words, or a code such as "import" (documents say it in their language)
    lines: tuple[ReceiptLine, ...]
    donor_address: str | None = None
    donor_tax_id: str | None = None

    @property
    def values(self) -> dict[str, Decimal]:
        """The declared value of the goods, per currency (empty when no line has one)."""
        totals: dict[str, Decimal] = {}
        for line in self.lines:
            if line.value is not None and line.value_currency:
                totals[line.value_currency] = totals.get(line.value_currency, Decimal(0)) + line.value
        return totals

    @property
    def pieces(self) -> Decimal:
        return sum((x.quantity for x in self.lines if x.unit in WHOLE_UNITS), Decimal(0))

    @property
    def net_kg(self) -> Decimal:
        return sum((x.net_kg for x in self.lines if x.net_kg is not None), Decimal(0))


def donation_receipt(session: Session, ref: int | str) -> DonationReceipt:
    """The receipt of donation ``ref`` (its number or id); refused while it is still open or empty."""
    info = get_donation(session, ref)
    if info.status == "open" or info.closed_at is None:
        raise Conflict("The donation {number} is still open; close it before printing its receipt.",
                       number=info.number)
    lines = donation_lines(session, info.id)
    if not lines:
        raise Conflict("The donation {number} has no goods received, so there is no receipt to print.",
                       number=info.number)
    items = {row.id: row for row in session.execute(
        select(Item.id, Item.category_id, Item.unit_weight_kg, Item.name_uk, Item.name_en, Item.unit_value,
               Item.value_currency).where(Item.id.in_({x.item_id for x in lines})))}
    cats = {c.id: CategoryName(c.code, c.name_pl, c.name_en, c.name_uk, c.hs_code) for c in list_categories(session)}
    result = []
    for x in lines:
        item = items[x.item_id]
        weight = item.unit_weight_kg
        result.append(ReceiptLine(
            item_name=x.item_name, category=cats[item.category_id], quantity=x.quantity, unit=x.unit,
            net_kg=None if weight is None else x.quantity * weight,
            expiry=x.expiry if isinstance(x.expiry, date) else None, lot_code=x.lot_code or "",
            name_uk=item.name_uk, name_en=item.name_en, unit_value=item.unit_value, value_currency=item.value_currency,
        ))
    donor = session.scalar(select(Donor).where(Donor.name == info.donor)) if info.donor else None
    return DonationReceipt(number=info.number, received_on=info.closed_at.date(), donor=info.donor,
                           source=info.source, lines=tuple(result),
                           donor_address=donor.address if donor else None, donor_tax_id=donor.tax_id if donor else None)
