"""The truck manifest as a spreadsheet: the packing list's data for partners' systems.

Same content as the printed packing list (``core.packing_data.PackingList``): a sheet of
packages and their lines (n/N, label code, item as "Polish / Ukrainian", category, quantity,
unit, net and gross kg, expiry, HS code, origin, declared value), loose goods after them,
and a summary by category with HS codes; the truck and sender on top of both, all in the
reader's language. Never touches the database.

Counts and weights follow the packing list's rules (core/shipping/packing_data.py): each
package once, loose goods as loose pieces, and an unknown weight is an empty cell with a
note, never 0, so every column still adds up to its total (the known part).
"""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

from warehouse_app.core.shipping.packing_data import PackingLine, PackingList
from warehouse_app.documents.progress import Progress, atomic_output, report
from warehouse_app.documents.xlsx_table import Column, Table, streamed_workbook
from warehouse_app.documents.xlsx_texts import say, title

_LINES = (
    ("package", 9, "text"), ("label_code", 13, "text"), ("kind", 8, "text"), ("item", 48, "text"),
    ("category", 28, "text"), ("quantity", 11, "qty"), ("unit", 7, "text"), ("net_kg", 11, "kg"),
    ("gross_kg", 11, "kg"), ("expiry", 12, "date"), ("lot", 14, "text"), ("hs_code", 10, "text"),
    ("origin", 9, "text"), ("unit_value", 11, "money"), ("value", 12, "money"), ("currency", 8, "text"),
    ("weight_note", 34, "text"),
)
_SUMMARY = (
    ("category", 32, "text"), ("hs_code", 10, "text"), ("packages", 10, "int"), ("loose_pieces", 10, "qty"),
    ("pieces", 11, "qty"), ("goods_kg_l", 12, "qty"), ("net_kg", 12, "kg"), ("gross_kg", 12, "kg"),
    ("weight_note", 30, "text"),
)
NOTE_COLUMN = 16
VALUE_COLUMN = 14


def line_columns(lang: str = "en", trilingual: bool = False) -> tuple[Column, ...]:
    return tuple(Column(title(key, lang, trilingual), width, kind) for key, width, kind in _LINES)


def summary_columns(lang: str = "en", trilingual: bool = False) -> tuple[Column, ...]:
    return tuple(Column(title(key, lang, trilingual), width, kind) for key, width, kind in _SUMMARY)


LINE_COLUMNS = line_columns()
SUMMARY_COLUMNS = summary_columns()


def manifest_header(data: PackingList, lang: str = "en") -> list[tuple[str, object]]:
    """The truck, recipient and sender lines printed above both sheets (empty ones left out)."""
    truck, sender = data.truck, data.sender
    recipient = ", ".join(p for p in (truck.recipient, truck.recipient_address, truck.city, truck.country) if p)
    plates = " / ".join(p for p in (truck.vehicle_plate, truck.trailer_plate) if p)
    driver = ", ".join(p for p in (truck.driver, truck.driver_phone) if p)
    lines: list[tuple[str, object]] = [
        ("truck", truck.number), ("document_date", data.document_date), ("recipient", recipient),
        ("contact", truck.contact), ("vehicle_trailer", plates), ("driver", driver), ("seal", truck.seal_number),
        ("departure", truck.planned_departure), ("aid_code", truck.aid_registration_code),
        ("sender", ", ".join(p for p in (sender.name, sender.address) if p)), ("sender_tax_id", sender.tax_id),
    ]
    return [(say(key, lang), value) for key, value in lines if value]


def _line_values(seq: str, code: str, kind: str, line: PackingLine, gross: object, lang: str,
                 note: str = "") -> tuple[object, ...]:
    note = note or (say("no_weight_note", lang) if line.net_kg is None else "")
    return (seq, code, say(kind, lang) if kind else "", line.bilingual_name, line.category.name(lang), line.quantity,
            line.unit, line.net_kg, gross, line.expiry, line.lot_code, line.hs_code or "", line.origin_country or "",
            line.unit_value, line.value, line.value_currency or "", note)


def _value_total(lines: list[PackingLine]) -> tuple[Decimal | None, str]:
    """The declared values added up, when every valued line is in one currency."""
    valued = [line for line in lines if line.value is not None]
    currencies = {line.value_currency for line in valued}
    if not valued or len(currencies) != 1:
        return None, ""
    return sum((line.value or Decimal(0) for line in valued), Decimal(0)), str(currencies.pop())


def write_truck_manifest(data: PackingList, out: str | os.PathLike[str], *, lang: str = "en",
                         trilingual: bool = False, progress: Progress | None = None) -> Path:
    """Write the manifest to ``out`` (atomically) in ``lang``; ``trilingual`` puts the
    column titles in all three languages. A package's gross weight stands on its first
    line only, so the column adds up to the truck's gross weight."""
    header = manifest_header(data, lang)
    total = sum(len(p.lines) for p in data.packages) + len(data.loose)
    every_line = [line for p in data.packages for line in p.lines] + list(data.loose)
    with atomic_output(out) as temp, streamed_workbook(temp) as wb:
        lines = Table(wb, None, say("packages_sheet", lang), line_columns(lang, trilingual), header,
                      heading=say("manifest", lang, number=data.truck.number))
        report(progress, 0, total)
        for package in data.packages:
            for index, line in enumerate(package.lines):
                gross = package.gross_kg if index == 0 else None
                note = say("not_covered_note", lang) if index == 0 and not package.gross_known else ""
                lines.row(_line_values(f"{package.seq}/{package.of}", package.label_code, package.kind, line, gross,
                                       lang, note))
            report(progress, lines.rows, total)
        for line in data.loose:
            lines.row(_line_values(say("loose", lang), "", "", line, line.net_kg, lang))
        lines.finish()
        totals = data.totals
        value, currency = _value_total(every_line)
        incomplete = say("incomplete_note", lang) if totals.net_incomplete else None
        figures: dict[int, object] = {5: totals.pieces, 7: totals.net_kg, 8: totals.gross_kg, NOTE_COLUMN: incomplete}
        if value is not None:
            figures.update({VALUE_COLUMN: value, VALUE_COLUMN + 1: currency})
        count = say("total_packages", lang, n=totals.packages) + (
            say("plus_loose_pieces", lang, n=f"{totals.loose_pieces.normalize():f}") if totals.loose_pieces else "")
        lines.totals(count, figures)

        summary = Table(wb, lines.styles, say("by_category", lang), summary_columns(lang, trilingual), header,
                        heading=say("summary_by_category", lang))
        for cat in data.summary:
            summary.row((cat.category.name(lang), cat.category.hs_code or "", cat.packages, cat.loose_pieces,
                         cat.pieces, cat.kg_goods, cat.net_kg, cat.gross_kg,
                         say("incomplete_note", lang) if cat.net_incomplete else ""))
        summary.finish()
        summary.totals(say("total", lang), {2: totals.packages, 3: totals.loose_pieces, 4: totals.pieces,
                                            6: totals.net_kg, 7: totals.gross_kg, 8: incomplete})
        report(progress, total, total)
        return Path(out)
