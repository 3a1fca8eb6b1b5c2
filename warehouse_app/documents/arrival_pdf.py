"""The arrival report (PDF): what a receiving hub found on a truck, package by package.

Read by the hub's coordinator, the driver and the sender: the truck and its two ends, the
counts (expected, received, damaged, missing, extra), every package with its status and
who checked it when, the loose goods, and the received goods by category with a total
row that each column adds up to (the packing list's counting rules). Headings in Polish,
English and Ukrainian; every page says "page X of Y".
"""

from __future__ import annotations

import os
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer

from warehouse_app.core.arrival.report_data import ArrivalReport
from warehouse_app.documents.packing_list_pdf import count_text, signature_boxes
from warehouse_app.documents.pdf_common import build_pdf, fmt_date, fmt_qty, fmt_weight
from warehouse_app.documents.pdf_fonts import register_fonts
from warehouse_app.documents.pdf_texts import TEXTS, tri, tri_lines
from warehouse_app.documents.progress import Progress, report

GREY = colors.HexColor("#E6E6E6")
_STATUS_KEYS = {"received": "received", "damaged": "damaged", "missing": "missing", "extra": "extra"}


def _when(value: datetime | None) -> str:
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value is not None else ""


def _table(rows: list[list[object]], widths: tuple[float, ...], fonts: tuple[str, str], *, total: bool = False,
           right: tuple[int, ...] = ()) -> LongTable:
    regular, bold = fonts
    style: list[tuple[Any, ...]] = [  # reportlab's table commands
        ("FONT", (0, 0), (-1, -1), regular, 7.5, 9), ("FONT", (0, 0), (-1, 0), bold, 6.5, 7.5),
        ("BACKGROUND", (0, 0), (-1, 0), GREY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
    ]
    style += [("ALIGN", (c, 1), (c, -1), "RIGHT") for c in right]
    if total:
        style += [("FONT", (0, -1), (-1, -1), bold, 7.5, 9), ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black)]
    return LongTable(rows, colWidths=[w * mm for w in widths], repeatRows=1, style=style)


def write_arrival_report(data: ArrivalReport, out: str | os.PathLike[str], *, progress: Progress | None = None) -> Path:
    """Write the arrival report of one incoming truck to ``out`` (atomically)."""
    fonts = register_fonts()
    regular, bold = fonts
    total = len(data.packages) + len(data.loose) + 1
    report(progress, 0, total)
    title = ParagraphStyle("title", fontName=bold, fontSize=13, leading=16)
    h2 = ParagraphStyle("h2", fontName=bold, fontSize=9.5, leading=12, spaceBefore=4 * mm, spaceAfter=1.5 * mm)
    info = ParagraphStyle("info", fontName=regular, fontSize=8.5, leading=11)
    small = ParagraphStyle("small", fontName=regular, fontSize=7.5, leading=9)
    t = data.truck
    facts = [
        (tri("document_no"), data.number), (tri("truck_no"), t.number),
        (tri("sender"), data.sender.name), (tri("hub"), data.hub_name),
        (tri("vehicle"), " / ".join(x for x in (t.vehicle_plate, t.trailer_plate) if x)),
        (tri("driver"), t.driver), (tri("seal"), t.seal_number),
        (tri("dispatched"), _when(t.dispatched_at)), (tri("arrived"), _when(data.registered_at)),
        (tri("closed"), _when(data.closed_at) or tri("checking")), (tri("donation"), data.donation_number or ""),
    ]
    story: list[Flowable] = [Paragraph(escape(f"{tri('arrival_report')} {data.number}"), title), Spacer(0, 2 * mm)]
    story += [Paragraph(f"<b>{escape(k)}:</b> {escape(v)}", info) for k, v in facts if v]
    counts = [(k, n) for k, n in (("expected", data.expected), ("received", len(data.received)),
                                  ("damaged", len(data.damaged)), ("missing", len(data.missing)),
                                  ("extra", len(data.extra)))]
    story += [Spacer(0, 2 * mm), Paragraph(escape(" · ".join(f"{tri(k, '/')}: {n}" for k, n in counts)), info)]

    rows: list[list[object]] = [[tri_lines(k) for k in ("package", "label", "on_pallet", "status", "checked", "by",
                                                         "note")]]
    for n, p in enumerate(data.packages, start=1):
        status = tri(_STATUS_KEYS[p.status], "\n")
        if p.status == "extra" and p.damaged:
            status += "\n" + tri("damaged", "\n")
        cells = [f"{p.seq}/{p.of}" if p.seq else "—", f"{p.label_code}\n{'/'.join(TEXTS[p.kind])}", p.on_pallet or "",
                 status, _when(p.checked_at), " ".join(x for x in (p.operator or "", p.station or "") if x), p.note]
        rows.append([Paragraph(escape(c).replace("\n", "<br/>"), small) for c in cells])
        if n % 100 == 0:
            report(progress, n, total)
    story += [Paragraph(escape(tri("packages")), h2), _table(rows, (12, 34, 18, 30, 22, 30, 40), fonts)]

    if data.loose:
        loose: list[list[object]] = [[tri_lines(k) for k in ("item", "quantity", "unit", "net_kg", "expiry", "lot")]]
        loose += [[Paragraph(escape(line.bilingual_name), small), fmt_qty(line.quantity), line.unit,
                   fmt_weight(line.net_kg), fmt_date(line.expiry), Paragraph(escape(line.lot_code), small)]
                  for line in data.loose]
        story += [Paragraph(escape(tri("loose_unchecked")), h2),
                  _table(loose, (80, 20, 12, 22, 22, 30), fonts, right=(1, 3))]

    cats: list[list[object]] = [[tri_lines(k) for k in ("category", "packages", "loose_pieces", "pieces", "kg_goods",
                                                        "net_kg")]]
    for c in data.by_category:
        cats.append([Paragraph(escape(f"{c.category.pl} / {c.category.en} / {c.category.uk}"), small),
                     str(c.packages), fmt_qty(c.loose_pieces), fmt_qty(c.pieces), fmt_qty(c.kg_goods),
                     fmt_weight(c.net_kg, not c.net_incomplete)])
    tt = data.totals
    kg_goods = sum((c.kg_goods for c in data.by_category), Decimal(0))
    cats.append([Paragraph(escape(f"{tri('total')}: {count_text(tt.packages, tt.loose_pieces)}"), small),
                 str(tt.packages), fmt_qty(tt.loose_pieces), fmt_qty(tt.pieces), fmt_qty(kg_goods),
                 fmt_weight(tt.net_kg, not tt.net_incomplete)])
    story += [Paragraph(escape(tri("received_goods")), h2),
              _table(cats, (76, 20, 20, 20, 25, 25), fonts, total=True, right=(1, 2, 3, 4, 5)),
              signature_boxes(("driver", "received_by"), fonts)]
    report(progress, total - 1, total)
    path = build_pdf(out, story, title=f"{tri('arrival_report')} {data.number}",
                     footer_left=f"{tri('arrival_report')} {data.number}")
    report(progress, total, total)
    return path
