"""A stock-count sheet to count on paper (PDF): each lot with its scannable code and an empty box.

The counter walks the shelves with the sheet and a pen (or a scanner on the printed
codes): location, item, the item's barcode (Code 128 as wide as its column allows, bars
of 0.33–0.45 mm, so it reads from a 200 dpi print or scan), lot code, expiry, unit and
a blank "counted" column. The count is blind: the quantity the ledger expects is not
printed, so the counter counts what is there rather than confirming a number.
"""

from __future__ import annotations

import os
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, LongTable, Paragraph, Spacer

from warehouse_app.core.reports.count_sheet import CountSheet
from warehouse_app.documents.labels_pdf import barcode
from warehouse_app.documents.packing_list_pdf import signature_boxes
from warehouse_app.documents.pdf_common import build_pdf, fmt_date
from warehouse_app.documents.pdf_fonts import register_fonts
from warehouse_app.documents.pdf_texts import tri, tri_lines
from warehouse_app.documents.progress import Progress, report

# place/item/code/lot/expiry/unit/counted: 186 mm
COL_WIDTHS = [w * mm for w in (24, 37, 54, 20, 21, 10, 20)]


def _code_cell(code: str, style: ParagraphStyle) -> list[Flowable] | str:
    """The code as a small Code 128 with its text under it, or nothing when the item has no code."""
    if not code:
        return ""
    return [barcode(code, COL_WIDTHS[2] - 4, 9 * mm, max_bar=0.45 * mm), Spacer(0, 1.5 * mm),
            Paragraph(escape(code), style)]


def write_count_sheet(data: CountSheet, out: str | os.PathLike[str], *, progress: Progress | None = None) -> Path:
    """Write the count sheet to ``out``: one row per lot and place, header repeated on every page."""
    regular, bold = register_fonts()
    total = len(data.lines) + 1
    report(progress, 0, total)
    small = ParagraphStyle("small", fontName=regular, fontSize=8, leading=9.5)
    code_text = ParagraphStyle("code", fontName=regular, fontSize=6.5, leading=7.5, alignment=1)
    keys = ("place", "item", "code", "lot", "expiry", "unit", "counted")
    rows: list[list[object]] = [[tri_lines(k) for k in keys]]
    for n, line in enumerate(data.lines, start=1):
        x = line.stock
        rows.append([Paragraph(escape(f"{x.location_name} {x.location_code}"), small),
                     Paragraph(escape(x.item_name), small), _code_cell(line.code, code_text),
                     Paragraph(escape(x.lot_code), small), fmt_date(x.expiry), x.unit, ""])
        if n % 50 == 0:
            report(progress, n, total)
    table = LongTable(rows, colWidths=COL_WIDTHS, repeatRows=1, style=[
        ("FONT", (0, 0), (-1, -1), regular, 8, 9.5), ("FONT", (0, 0), (-1, 0), bold, 6.5, 7.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (2, 1), (2, -1), "CENTER"),
        ("TOPPADDING", (2, 1), (2, -1), 3),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey), ("BOX", (0, 0), (-1, -1), 0.5, colors.black),
        ("BOX", (6, 1), (6, -1), 1, colors.black),
    ])
    what = [v for v in (data.location, data.category and " / ".join((data.category.pl, data.category.en,
                                                                       data.category.uk))) if v]
    title = ParagraphStyle("title", fontName=bold, fontSize=13, leading=16)
    info = ParagraphStyle("info", fontName=regular, fontSize=9, leading=12)
    story: list[Flowable] = [
        Paragraph(escape(tri("count_sheet")), title),
        Paragraph(escape(" · ".join(what) + f" · {tri('printed')}: {fmt_date(data.printed_on)}"),
                  info),
        Spacer(0, 3 * mm), table,
        signature_boxes(("counted_by", "checked_by"), (regular, bold)),
    ]
    report(progress, total - 1, total)
    path = build_pdf(out, story, title=tri("count_sheet"), footer_left=" · ".join(what))
    report(progress, total, total)
    return path
