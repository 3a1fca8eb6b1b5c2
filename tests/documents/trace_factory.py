"""A hand-made donor trace for the impact writers (no database needed): two donations,
goods in every state, Polish and Ukrainian names, one item without a unit weight."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from warehouse_app.core.trace.data import DonationTrace, DonorTrace, Received, TraceRow

DONOR = "Piekarnia Żółć sp. z o.o."
PANGRAM = "Zażółć gęślą jaźń"  # every Polish letter: a reason typed by a volunteer
KHARKIV = "Харків, Україна"
LVIV = "Lviv, Ukraine"
HUB = "Хаб «Схід» Харків"
RECIPIENT = "Благодійний фонд «Світанок»"


def _row(donation: str, item: tuple[int, str, str, str, str], qty: str, state: str, kg_per_unit: str | None,
         **extra: object) -> TraceRow:
    item_id, name, uk, en, unit = item
    weight = None if kg_per_unit is None else Decimal(qty) * Decimal(kg_per_unit)
    return TraceRow(donation=donation, donor=DONOR, item_id=item_id, item=name, item_uk=uk, item_en=en,
                    category="FOOD", unit=unit, quantity=Decimal(qty), state=state, weight_kg=weight,
                    **extra)  # type: ignore[arg-type]


SOAP = (1, "Mydło w kostce", "Мило", "Soap bar", "pcs")
GROATS = (2, "Kasza gryczana 1 kg", "Гречка 1 кг", "", "pcs")
SOCKS = (3, "Skarpety wełniane", "", "", "pair")  # no unit weight, no other names


def donor_trace(*, with_socks: bool = True) -> DonorTrace:
    """Soap 100 (40 delivered to Kharkiv, 20 on their way to Lviv, 25 on a shelf, 10 packed,
    5 written off); groats 30 (30 loaded); socks 12 pairs (12 delivered)."""
    sent = datetime(2026, 11, 20, 7, 30)
    first = "D-2026-00042"
    truck_k = {"truck": "T-2026-0042", "destination": KHARKIV, "recipient": RECIPIENT, "dispatched_at": sent}
    one = DonationTrace(
        number=first, donor=DONOR, opened_at=datetime(2026, 11, 3, 9, 0),
        received=(Received(first, 1, SOAP[1], "pcs", Decimal(100), Decimal("12.5")),),
        rows=(
            _row(first, SOAP, "40", "delivered", "0.125", delivered_on=date(2026, 11, 22), hub=HUB,
                 arrival="received", package="BX000101", **truck_k),
            _row(first, SOAP, "20", "dispatched", "0.125", truck="T-2026-0044", destination=LVIV,
                 recipient="Caritas Lviv", dispatched_at=datetime(2026, 11, 28, 6, 0), package="BX000102"),
            _row(first, SOAP, "15", "in_stock", "0.125", place="Regał A1", expiry=date(2027, 5, 1)),
            _row(first, SOAP, "10", "in_stock", "0.125", place="Regał A1", expiry=date(2027, 8, 1)),
            _row(first, SOAP, "10", "packed", "0.125", place="Karton 7", package="BX000107"),
            _row(first, SOAP, "5", "written_off", "0.125", reason=PANGRAM),
        ),
    )
    second = "D-2026-00051"
    lines = [Received(second, 2, GROATS[1], "pcs", Decimal(30), Decimal(30))]
    rows = [_row(second, GROATS, "30", "loaded", "1", truck="T-2026-0045", destination=LVIV,
                 recipient="Caritas Lviv", package="PL000003")]
    if with_socks:
        lines.append(Received(second, 3, SOCKS[1], "pair", Decimal(12), None))
        rows.append(_row(second, SOCKS, "12", "delivered", None, delivered_on=date(2026, 11, 22), hub=HUB,
                         arrival="damaged", package="BX000101", **truck_k))
    two = DonationTrace(number=second, donor=DONOR, opened_at=datetime(2026, 11, 17, 14, 0), received=tuple(lines),
                        rows=tuple(rows))
    return DonorTrace(DONOR, date(2026, 11, 1), date(2026, 11, 30), (one, two))
