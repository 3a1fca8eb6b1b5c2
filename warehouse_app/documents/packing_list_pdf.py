"""The packing list a truck carries over the Polish-Ukrainian border (PDF).

Read as a border officer reads it: who sends, who receives, which vehicle under which
seal, then every package 1/N … N/N with what is inside, the loose goods, a customs
summary by category and the totals, and room for three signatures. Headings are in
Polish, English and Ukrainian. The long table is one ``LongTable`` of plain strings
(a Paragraph per cell would make 2,000 lines several times slower); only text that
must wrap is wrapped, by measuring it, into a multi-line string.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, LongTable, Paragraph, Spacer, Table, TableStyle

from warehouse_app.core.quantities import WHOLE_UNITS
from warehouse_app.core.shipping.packing_data import CategoryName, Package, PackingLine, PackingList
from warehouse_app.documents.pdf_common import build_pdf, fmt_date, fmt_kg, fmt_qty, fmt_weight, layout_progress
from warehouse_app.documents.pdf_fonts import register_fonts
from warehouse_app.documents.pdf_texts import TEXTS, UNIT_LEGEND, tri, tri_lines
from warehouse_app.documents.progress import Progress, report

# package/item/qty/unit/net/gross/expiry/lot; 186 mm is A4 less the margins
COL_MM = (20, 70, 15, 11, 17, 17, 18, 18)
COL_WIDTHS = [w * mm for w in COL_MM]
BODY_SIZE, BODY_LEADING = 7.5, 9
PAD = 2
HEAD_SIZE = 6.5
ROWS_PER_PAGE = 60  # a rough figure, only for the progress bar during layout
GREY = colors.HexColor("#E6E6E6")
LIGHT = colors.HexColor("#F4F4F4")


class _Cells:
    """Wraps a cell's text to its column by measuring it; most cells fit and stay as they are."""

    def __init__(self, font: str, size: float) -> None:
        self.font, self.size = font, size

    def fit(self, text: str, col: int) -> str:
        width = COL_WIDTHS[col] - 2 * PAD
        if stringWidth(text, self.font, self.size) <= width:
            return text
        return "\n".join(simpleSplit(text, self.font, self.size, width))


def count_text(packages: int, loose_pieces: Decimal) -> str:
    """The truck's count as the officer checks it: "12 × Opak./Pkg/Місце + 30 × Szt. luzem/Loose pcs/…"."""
    text = f"{packages} × {'/'.join(TEXTS['package'])}"
    if loose_pieces:
        text += f" + {fmt_qty(loose_pieces)} × {'/'.join(TEXTS['loose_pieces'])}"
    return text


def _category_text(cat: CategoryName) -> str:
    return f"{cat.pl} / {cat.en} / {cat.uk}"


def _pieces(lines: Sequence[PackingLine]) -> Decimal:
    return sum((x.quantity for x in lines if x.unit in WHOLE_UNITS), Decimal(0))


def _package_row(pkg: Package, cells: _Cells) -> list[str]:
    kind = TEXTS[pkg.kind] if pkg.kind in TEXTS else (pkg.kind,) * 3
    parts = [f"{'/'.join(kind)} {pkg.label_code}", pkg.name]
    parts += [_category_text(c) for c in pkg.categories]
    if pkg.on_pallet:
        parts.append(f"{'/'.join(TEXTS['on_pallet'])} {pkg.on_pallet}")
    gross = fmt_kg(pkg.gross_kg) if pkg.weighed else fmt_weight(pkg.gross_kg, pkg.net_complete) + " *"
    return [f"{pkg.seq}/{pkg.of}", cells.fit(" · ".join(p for p in parts if p), 1), fmt_qty(_pieces(pkg.lines)), "",
            fmt_weight(pkg.net_kg, pkg.net_complete), gross, fmt_date(pkg.earliest_expiry), ""]


def _line_row(line: PackingLine, cells: _Cells, first: str = "") -> list[str]:
    return [first, cells.fit(line.bilingual_name, 1), fmt_qty(line.quantity), line.unit, fmt_weight(line.net_kg), "",
            fmt_date(line.expiry), cells.fit(line.lot_code, 7)]


def _header_row(bold: str) -> list[str]:
    """Each heading's three languages on lines of their own, each wrapped to its column
    (so "Придатне до" never runs into the next column's "Партія")."""
    keys = ("package", "item", "quantity", "unit", "net_kg", "gross_kg", "expiry", "lot")
    return ["\n".join(part for text in TEXTS[k] for part in simpleSplit(text, bold, HEAD_SIZE, COL_WIDTHS[col] - 2 * PAD))
            for col, k in enumerate(keys)]


def _goods_table(data: PackingList, fonts: tuple[str, str], progress: Progress | None, total: int) -> LongTable:
    regular, bold = fonts
    cells, bold_cells = _Cells(regular, BODY_SIZE), _Cells(bold, BODY_SIZE)
    rows: list[list[str]] = [_header_row(bold)]
    marked: list[int] = []  # package and section rows, drawn bold on grey
    done = 0
    for pkg in data.packages:
        marked.append(len(rows))
        rows.append(_package_row(pkg, bold_cells))
        for line in pkg.lines:
            rows.append(_line_row(line, cells))
            done += 1
            if done % 200 == 0:
                report(progress, done, total)
    if data.loose:
        marked.append(len(rows))
        known = sum((x.net_kg for x in data.loose if x.net_kg is not None), Decimal(0))
        complete = all(x.net_kg is not None for x in data.loose)
        rows.append(["—", bold_cells.fit(tri("loose"), 1), fmt_qty(_pieces(data.loose)), "",
                     fmt_weight(known, complete), fmt_weight(known, complete), "", ""])
        for line in data.loose:
            rows.append(_line_row(line, cells, "—"))
            done += 1
            if done % 200 == 0:
                report(progress, done, total)
    t = data.totals
    rows.append([tri_lines("total"), bold_cells.fit(count_text(t.packages, t.loose_pieces), 1), fmt_qty(t.pieces), "",
                 fmt_weight(t.net_kg, not t.net_incomplete), fmt_weight(t.gross_kg, not t.gross_incomplete), "", ""])
    style: list[tuple[Any, ...]] = [  # reportlab's table commands
        ("FONT", (0, 0), (-1, -1), regular, BODY_SIZE, BODY_LEADING),
        ("FONT", (0, 0), (-1, 0), bold, HEAD_SIZE, 7.5),
        ("BACKGROUND", (0, 0), (-1, 0), GREY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (2, 0), (5, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
        ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
        ("FONT", (0, -1), (-1, -1), bold, BODY_SIZE, BODY_LEADING),
        ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black),
    ]
    for r in marked:
        style += [("FONT", (0, r), (-1, r), bold, BODY_SIZE, BODY_LEADING), ("BACKGROUND", (0, r), (-1, r), LIGHT),
                  ("LINEABOVE", (0, r), (-1, r), 0.8, colors.black)]
    return LongTable(rows, colWidths=COL_WIDTHS, repeatRows=1, style=TableStyle(style))


def _para(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _header(data: PackingList, fonts: tuple[str, str]) -> list[Flowable]:
    regular, bold = fonts
    small = ParagraphStyle("small", fontName=regular, fontSize=8, leading=10)
    label = ParagraphStyle("label", fontName=bold, fontSize=7, leading=8.5, textColor=colors.HexColor("#333333"))
    title = ParagraphStyle("title", fontName=bold, fontSize=14, leading=17)
    number = ParagraphStyle("number", fontName=bold, fontSize=11, leading=14)
    truck, sender = data.truck, data.sender

    def block(key: str, lines: Sequence[str]) -> list[Paragraph]:
        return [_para(tri(key), label), _para("\n".join(x for x in lines if x), small)]

    top = Table(
        [[_para(tri("packing_list"), title),
          [_para(tri("document_no"), label), _para(truck.number, number),
           _para(tri("date"), label), _para(fmt_date(data.document_date), number)]]],
        colWidths=[120 * mm, 66 * mm], style=[("FONT", (0, 0), (-1, -1), regular), ("VALIGN", (0, 0), (-1, -1), "TOP")],
    )
    place = ", ".join(x for x in (truck.recipient_address, truck.city, truck.country) if x)
    parties = Table(
        [[block("sender", [sender.name, sender.address, f"{tri('tax_id')}: {sender.tax_id}" if sender.tax_id else "",
                           sender.contact]),
          block("recipient", [truck.recipient, place, truck.contact])]],
        colWidths=[93 * mm, 93 * mm], splitInRow=1,  # a very long address goes on over the page
        style=[("FONT", (0, 0), (-1, -1), regular),
               ("BOX", (0, 0), (-1, -1), 0.5, colors.black), ("LINEAFTER", (0, 0), (0, 0), 0.5, colors.black),
               ("VALIGN", (0, 0), (-1, -1), "TOP")],
    )
    driver = " ".join(x for x in (truck.driver, truck.driver_phone and f"tel. {truck.driver_phone}") if x)
    facts = [("vehicle", truck.vehicle_plate), ("trailer", truck.trailer_plate), ("driver", driver),
             ("seal", truck.seal_number), ("departure", fmt_date(truck.planned_departure)),
             ("aid_code", truck.aid_registration_code)]
    cells = [block(key, [value or "—"]) for key, value in facts]
    transport = Table(
        [cells[0:3], cells[3:6]], colWidths=[62 * mm] * 3,
        style=[("FONT", (0, 0), (-1, -1), regular),
               ("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")],
    )
    legend = _para(f"{tri('units')}: {UNIT_LEGEND}", ParagraphStyle("legend", parent=small, fontSize=6.5, leading=8))
    return [top, Spacer(0, 3 * mm), parties, Spacer(0, 2 * mm), transport, Spacer(0, 2 * mm), legend,
            Spacer(0, 1 * mm)]


def _summary(data: PackingList, fonts: tuple[str, str]) -> Flowable:
    regular, bold = fonts
    name_style = ParagraphStyle("cat", fontName=regular, fontSize=BODY_SIZE, leading=BODY_LEADING)
    keys = ("category", "hs_code", "packages", "loose_pieces", "pieces", "net_kg", "gross_kg")
    rows: list[list[object]] = [[tri_lines(k) for k in keys]]
    for s in data.summary:
        rows.append([_para(_category_text(s.category), name_style), s.category.hs_code or "—", str(s.packages),
                     fmt_qty(s.loose_pieces),
                     fmt_qty(s.pieces) + (f" (+ {fmt_qty(s.kg_goods)} kg/l)" if s.kg_goods else ""),
                     fmt_weight(s.net_kg, not s.net_incomplete), fmt_weight(s.gross_kg, not s.gross_incomplete)])
    t = data.totals
    rows.append([tri("total"), "", str(t.packages), fmt_qty(t.loose_pieces), fmt_qty(t.pieces),
                 fmt_weight(t.net_kg, not t.net_incomplete), fmt_weight(t.gross_kg, not t.gross_incomplete)])
    table = Table(rows, colWidths=[54 * mm, 22 * mm, 20 * mm, 22 * mm, 26 * mm, 21 * mm, 21 * mm], repeatRows=1, style=[
        ("FONT", (0, 0), (-1, -1), regular, BODY_SIZE, BODY_LEADING),
        ("FONT", (0, 0), (-1, 0), bold, 6.5, 7.5), ("BACKGROUND", (0, 0), (-1, 0), GREY),
        ("FONT", (0, -1), (-1, -1), bold, BODY_SIZE, BODY_LEADING), ("LINEABOVE", (0, -1), (-1, -1), 1, colors.black),
        ("ALIGN", (2, 0), (-1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
    ])
    heading = _para(tri("summary"), ParagraphStyle("h2", fontName=bold, fontSize=10, leading=13))
    rule = _para(tri("count_rule"), ParagraphStyle("rule", fontName=regular, fontSize=6.5, leading=8))
    return KeepTogether([Spacer(0, 4 * mm), heading, Spacer(0, 1 * mm), table, rule])


def signature_boxes(keys: Sequence[str], fonts: tuple[str, str], width_mm: float = 186) -> Flowable:
    """Boxes to sign in, one per party, each titled in three languages."""
    regular, bold = fonts
    label = ParagraphStyle("sig", fontName=bold, fontSize=7.5, leading=9)
    hint = ParagraphStyle("hint", fontName=regular, fontSize=6, leading=7.5, textColor=colors.HexColor("#555555"))
    width = width_mm * mm / len(keys)
    row = [[_para(tri(k, "\n"), label), Spacer(0, 16 * mm), _para(tri("signature"), hint)] for k in keys]
    table = Table([row], colWidths=[width] * len(keys), style=[
        ("FONT", (0, 0), (-1, -1), regular), ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ])
    return KeepTogether([Spacer(0, 5 * mm), table])


def write_packing_list(data: PackingList, out: str | os.PathLike[str], *, progress: Progress | None = None) -> Path:
    """Write the truck's packing list as PDF to ``out``; raises Cancelled (and writes nothing) when told to stop."""
    fonts = register_fonts()
    lines = sum(len(p.lines) for p in data.packages) + len(data.loose)
    total = 2 * max(lines, 1)  # half building the rows, half laying out the pages
    report(progress, 0, total)
    story: list[Flowable] = _header(data, fonts)
    story.append(_goods_table(data, fonts, progress, total))
    note = ParagraphStyle("note", fontName=fonts[0], fontSize=6.5, leading=8)
    if any(not p.weighed for p in data.packages):
        story.append(_para(tri("not_weighed"), note))
    if data.totals.net_incomplete:
        story.append(_para(tri("no_weight"), note))
    story.append(_summary(data, fonts))
    story.append(signature_boxes(("sender", "driver", "receiver"), fonts))
    report(progress, total // 2, total)
    path = build_pdf(out, story, title=f"{tri('packing_list')} {data.truck.number}",
                     footer_left=f"{data.truck.number} · {fmt_date(data.document_date)}",
                     on_page=layout_progress(progress, total // 2, total, ROWS_PER_PAGE))
    report(progress, total, total)
    return path
