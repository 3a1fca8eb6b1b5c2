"""What a box or pallet label says, worked out once for every way it is printed.

The PDF label (``labels_pdf``) and the thermal printer's ZPL label (``labels_zpl``) lay
the same texts out differently; both take them from ``package_label``, so a label never
says one thing on paper and another off the thermal printer.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from warehouse_app.core.catalogue import barcodes
from warehouse_app.core.quantities import WHOLE_UNITS
from warehouse_app.core.shipping.packing_data import Package, TruckInfo
from warehouse_app.documents.pdf_common import fmt_date, fmt_kg, fmt_qty, fmt_weight
from warehouse_app.documents.pdf_texts import TEXTS
from warehouse_app.kernel.errors import BadInput

#: Categories named on a label; more are summed up as "+ n …".
MAX_CATEGORIES = 3


@dataclass(frozen=True)
class PackageLabel:
    """One label's texts, in the order a reader meets them."""

    code: str  # the label code, the barcode's content and its big text
    truck_number: str  # top left, once the package is on a truck ("" before)
    count: str  # "3 / 12" on a truck, else ""
    kind_line: str  # "karton/box/коробка · Box 7"
    destination: str  # "Do / До / To: Харків, Україна – Фонд" on a truck with a destination, else ""
    categories: tuple[tuple[str, str, str], ...]  # (pl, uk, en), at most MAX_CATEGORIES
    more_categories: int  # categories left out
    rows: tuple[tuple[str, str], ...]  # (heading in PL / UK / EN, value)
    footnote: str  # why the gross weight has a "*", or ""


def trilingual(key: str) -> str:
    """A heading of pdf_texts as "pl / uk / en"."""
    pl, en, uk = TEXTS[key]
    return f"{pl} / {uk} / {en}"


def label_rows(pkg: Package) -> tuple[tuple[str, str], ...]:
    """(heading, value) pairs printed under the barcode, headings in PL / UK / EN."""
    pieces = sum((x.quantity for x in pkg.lines if x.unit in WHOLE_UNITS), Decimal(0))
    rows = [(trilingual("pieces"), fmt_qty(pieces)),
            (trilingual("expiry"), fmt_date(pkg.earliest_expiry) or "—"),
            (trilingual("net_kg"), fmt_weight(pkg.net_kg, pkg.net_complete)),
            (trilingual("gross_kg"),
             fmt_kg(pkg.gross_kg) if pkg.weighed else fmt_weight(pkg.gross_kg, pkg.net_complete) + " *")]
    if pkg.on_pallet:
        rows.append((trilingual("on_pallet"), pkg.on_pallet))
    return tuple(rows)


def destination_text(truck: TruckInfo) -> str:
    """"Do / До / To: Харків, Україна – Фонд «Світанок»": where the package goes and to whom."""
    place = ", ".join(x for x in (truck.city, truck.country) if x)
    return trilingual("destination") + ": " + " – ".join(x for x in (place, truck.recipient) if x)


def package_label(pkg: Package, truck_number: str | None = None, truck: TruckInfo | None = None) -> PackageLabel:
    """The label of ``pkg``; the truck's number and destination only once it is on a truck."""
    on_truck = pkg.seq > 0
    kind = "/".join(TEXTS[pkg.kind]) if pkg.kind in TEXTS else pkg.kind
    footnote = ""
    if not pkg.weighed:
        pl, en, uk = TEXTS["not_weighed"]
        footnote = f"{pl} / {uk[2:]} / {en[2:]}"
    cats = pkg.categories
    return PackageLabel(
        code=pkg.label_code,
        truck_number=(truck_number or (truck.number if truck else "")) if on_truck else "",
        count=f"{pkg.seq} / {pkg.of}" if on_truck else "",
        kind_line=f"{kind} · {pkg.name}",
        destination=destination_text(truck) if on_truck and truck is not None else "",
        categories=tuple((c.pl, c.uk, c.en) for c in cats[:MAX_CATEGORIES]),
        more_categories=max(0, len(cats) - MAX_CATEGORIES),
        rows=label_rows(pkg),
        footnote=footnote,
    )


def scan_code(code: str) -> str:
    """The code as it should be printed: an internal label (canonical form) or a valid GTIN."""
    text = code.strip()
    internal = barcodes.parse_internal_code(text)
    if internal is not None:
        return barcodes.make_internal_code(*internal)
    if barcodes.is_valid_gtin(text):
        return text
    raise BadInput("{code} is neither an internal code (like IT000012) nor a valid EAN/UPC/GTIN.", code=code)
