"""What the receiving hub found on an arriving truck, as plain data: the one shape the
arrival report (CLI, ``--json``, PDF) and the arrival confirmation file read.

Counting follows the packing list's rules (``core/shipping/packing_data.py``), applied to
what was received: each received or damaged package once, under its main category; loose
goods as loose pieces; an unknown weight stays unknown. So every column of the summary
adds up to its total. Missing packages count nowhere; extra packages (not on the truck's
list) are listed, but their contents are unknown until someone opens them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from warehouse_app.core.arrival.truck_file import FileSender
from warehouse_app.core.shipping.packing_data import CategorySummary, PackingLine, Totals, TruckInfo

PACKAGE_STATUSES = ("received", "damaged", "missing", "extra")


@dataclass(frozen=True)
class ArrivalPackage:
    label_code: str
    kind: str  # box | pallet
    status: str  # received | damaged | missing (not checked in) | extra (not on the list)
    seq: int | None = None  # 1..N as on the packing list; None for an extra package
    of: int = 0
    on_pallet: str | None = None
    note: str = ""
    damaged: bool = False  # (an extra package may be found damaged too)
    checked_at: datetime | None = None
    operator: str | None = None
    station: str | None = None
    lines: tuple[PackingLine, ...] = ()  # from the truck file; none for an extra package


@dataclass(frozen=True)
class ArrivalReport:
    number: str  # the hub's handle: the sender's number, or with -2, -3 when another sender used it
    status: str  # checking | closed
    sender: FileSender
    truck: TruckInfo  # as the truck file says (the sender's number)
    file_sha256: str
    registered_at: datetime
    packages: tuple[ArrivalPackage, ...]  # the list's packages in order, then the extras
    loose: tuple[PackingLine, ...]  # goods loaded outside any package: received at close, not checked by label
    by_category: tuple[CategorySummary, ...]  # received (and damaged) goods and loose goods
    totals: Totals
    hub_name: str = ""
    closed_at: datetime | None = None
    donation_number: str | None = None  # the hub donation the goods were received under (once closed)

    def codes(self, status: str) -> tuple[str, ...]:
        return tuple(p.label_code for p in self.packages if p.status == status)

    @property
    def received(self) -> tuple[str, ...]:
        return self.codes("received")

    @property
    def damaged(self) -> tuple[str, ...]:
        return self.codes("damaged")

    @property
    def missing(self) -> tuple[str, ...]:
        return self.codes("missing")

    @property
    def extra(self) -> tuple[str, ...]:
        return self.codes("extra")

    @property
    def arrived_on(self) -> date:
        return self.registered_at.astimezone().date()

    @property
    def expected(self) -> int:
        return sum(1 for p in self.packages if p.status != "extra")
