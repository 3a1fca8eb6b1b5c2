"""Box and pallet labels, and the laminated "scan sheet" of codes for goods without one.

A label must be read by a scanner from a metre away and by a person at the border: the
label code as a big vector Code 128 (bars of at least 0.33 mm with their quiet zones),
the code again in text under it, the category in Polish, Ukrainian and English, pieces,
earliest expiry, weights and, once the truck is known, "n / N", the truck number, its
destination and recipient. A gross weight never weighed is the net weight, marked "*"
with its footnote on the label; a weight nobody entered is "?", never 0.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4, A6
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from warehouse_app.core.shipping.packing_data import Package, TruckInfo
from warehouse_app.documents.label_content import PackageLabel, package_label, scan_code
from warehouse_app.documents.pdf_common import MARGIN, numbered_canvas, unicode_canvas
from warehouse_app.documents.pdf_fonts import register_fonts
from warehouse_app.documents.progress import Progress, atomic_output, report
from warehouse_app.kernel.errors import BadInput
from warehouse_app.kernel.station import LABEL_FORMATS

MIN_BAR = 0.33 * mm  # narrowest bar a handheld scanner reads reliably off print
MAX_BAR = 0.6 * mm
_LABEL_SIZES = {"a6": A6, "100x150": (100 * mm, 150 * mm), "a4": (A4[0] / 2, A4[1] / 2)}


def barcode(code: str, max_width: float, height: float, max_bar: float = MAX_BAR) -> Code128:
    """The widest Code 128 of ``code`` that fits ``max_width`` (quiet zones included)."""
    probe = Code128(code, barWidth=1, barHeight=height, humanReadable=0, quiet=0)
    modules = probe.width  # with barWidth 1 and no quiet zone the width is the module count
    quiet_each = 10  # modules of quiet zone on each side, as ISO/IEC 15417 asks
    bar = min(max_bar, max_width / (modules + 2 * quiet_each))
    if bar < MIN_BAR:
        raise BadInput("The code {code} is too long to print as a scannable barcode here.", code=code)
    return Code128(code, barWidth=bar, barHeight=height, humanReadable=0, quiet=1,
                   lquiet=quiet_each * bar, rquiet=quiet_each * bar)


def draw_label(c: Canvas, label: PackageLabel, x: float, y: float, w: float, h: float) -> None:
    """One label in the rectangle (x, y, w, h), origin bottom left."""
    regular, bold = register_fonts()
    pad = 5 * mm
    left, right, top = x + pad, x + w - pad, y + h - pad
    width = right - left
    c.setFont(bold, 11)
    c.drawString(left, top - 11, label.truck_number)
    if label.count:
        c.setFont(bold, 26)
        c.drawRightString(right, top - 24, label.count)
    c.setFont(regular, 8)
    c.drawString(left, top - 24, label.kind_line[:60])
    bar_top = top - 32
    if label.destination:
        c.setFont(bold, 8)
        for part in simpleSplit(label.destination, bold, 8, width)[:2]:
            c.drawString(left, bar_top - 3, part)
            bar_top -= 10
        bar_top -= 3
    code = barcode(label.code, width, 0.2 * h)
    code.drawOn(c, left + (width - code.width) / 2, bar_top - code.barHeight)
    c.setFont(bold, 16)
    text_y = bar_top - code.barHeight - 17
    c.drawCentredString(left + width / 2, text_y, label.code)
    y_pos = text_y - 8 * mm
    for names in label.categories:
        for name, size in zip(names, (12, 12, 9)):
            c.setFont(bold if size > 10 else regular, size)
            for part in simpleSplit(name, bold if size > 10 else regular, size, width)[:2]:
                c.drawString(left, y_pos, part)
                y_pos -= size + 2
        y_pos -= 3
    if label.more_categories:
        c.setFont(regular, 8)
        c.drawString(left, y_pos, f"+ {label.more_categories} …")
        y_pos -= 10
    for heading, value in label.rows:
        c.setFont(regular, 6.5)
        c.drawString(left, y_pos, heading)
        c.setFont(bold, 11)
        c.drawRightString(right, y_pos - 1, value)
        y_pos -= 15
    if label.footnote:
        c.setFont(regular, 5.5)
        parts = simpleSplit(label.footnote, regular, 5.5, width)[:2]
        for n, part in enumerate(parts):
            c.drawString(left, y + pad - 2 + (len(parts) - 1 - n) * 6.5, part)
    c.setLineWidth(0.3)
    c.setDash(2, 2)
    c.rect(x + 1.5 * mm, y + 1.5 * mm, w - 3 * mm, h - 3 * mm)
    c.setDash()


def write_labels(
    packages: Sequence[Package], out: str | os.PathLike[str], *, truck_number: str | None = None,
    page: str = "a6", progress: Progress | None = None, truck: TruckInfo | None = None,
) -> Path:
    """Labels for ``packages``: one per page (a6, 100x150 thermal) or four per A4 sheet.
    With ``truck``, the labels of packages on it show its destination and recipient."""
    truck_number = truck_number or (truck.number if truck else None)
    if not packages:
        raise BadInput("There are no boxes or pallets to print labels for.")
    w, h = _LABEL_SIZES.get(page, A6)

    def quarter(slot: int) -> tuple[float, float]:  # four per A4 sheet, two by two
        return (slot % 2) * w, (1 - slot // 2) * h

    return label_pages(out, page, (w, h), len(packages), f"Labels {truck_number or ''}".strip(),
                       lambda c, i, x, y: draw_label(c, package_label(packages[i], truck_number, truck), x, y, w, h),
                       quarter, progress)


def label_pages(out: str | os.PathLike[str], page: str, label: tuple[float, float], count: int, title: str,
                draw: Callable[[Canvas, int, float, float], None], slot_at: Callable[[int], tuple[float, float]],
                progress: Progress | None) -> Path:
    """``count`` labels of size ``label`` in a label format: one per page (a6, 100x150
    thermal), or four per A4 sheet placed by ``slot_at(slot)``; ``draw(canvas, i, x, y)``
    draws the i-th at its corner. Box, pallet and place labels are laid out here."""
    if page not in LABEL_FORMATS:
        raise BadInput("{page} is not a label format; use one of: {formats}.", page=page,
                       formats=", ".join(LABEL_FORMATS))
    per_page = 4 if page == "a4" else 1
    report(progress, 0, count)
    with atomic_output(out) as temp:
        c = unicode_canvas(str(temp), A4 if page == "a4" else label)
        c.setTitle(title)
        for i in range(count):
            slot = i % per_page
            if i and slot == 0:
                c.showPage()
            x, y = slot_at(slot) if per_page > 1 else (0, 0)
            draw(c, i, x, y)
            report(progress, i + 1, count)
        c.showPage()
        c.save()
    return Path(out)


SHEET_COLS, SHEET_ROWS = 3, 7


def write_scan_sheet(
    entries: Sequence[tuple[str, str]], out: str | os.PathLike[str], *, title: str = "",
    progress: Progress | None = None,
) -> Path:
    """An A4 grid of (code, caption) barcodes to laminate, for goods that carry no barcode."""
    if not entries:
        raise BadInput("The scan sheet needs at least one code.")
    cleaned = [(scan_code(code), caption.strip()) for code, caption in entries]
    regular, bold = register_fonts()
    width, height = A4
    head = 10 * mm if title else 0
    cell_w = (width - 2 * MARGIN) / SHEET_COLS
    cell_h = (height - 2 * MARGIN - head - 4 * mm) / SHEET_ROWS
    per_page = SHEET_COLS * SHEET_ROWS
    report(progress, 0, len(cleaned))
    with atomic_output(out) as temp:
        c = numbered_canvas(title)(str(temp), pagesize=A4)
        c.setTitle(title or "Scan sheet")
        for i, (code, caption) in enumerate(cleaned):
            slot = i % per_page
            if i and slot == 0:
                c.showPage()
            if slot == 0 and title:
                c.setFont(bold, 13)
                c.drawString(MARGIN, height - MARGIN - 13, title)
            col, row = slot % SHEET_COLS, slot // SHEET_COLS
            x = MARGIN + col * cell_w
            y = height - MARGIN - head - (row + 1) * cell_h
            bar = barcode(code, cell_w - 4 * mm, 13 * mm, max_bar=0.45 * mm)
            bar.drawOn(c, x + (cell_w - bar.width) / 2, y + cell_h - 3 * mm - bar.barHeight)
            c.setFont(bold, 9)
            c.drawCentredString(x + cell_w / 2, y + cell_h - 3 * mm - bar.barHeight - 10, code)
            c.setFont(regular, 8.5)
            line_y = y + cell_h - 3 * mm - bar.barHeight - 21
            for part in simpleSplit(caption, regular, 8.5, cell_w - 6 * mm)[:2]:
                c.drawCentredString(x + cell_w / 2, line_y, part)
                line_y -= 10
            c.setLineWidth(0.2)
            c.setStrokeGray(0.7)
            c.rect(x, y, cell_w, cell_h)
            c.setStrokeGray(0)
            report(progress, i + 1, len(cleaned))
        c.showPage()
        c.save()
    return Path(out)
