"""Place labels for racks, shelves and bins: the place's label code as a big Code 128 that
a scanner reads from a metre away (the Put away screen's target), the code again in text
and the place's name, large, with the zone it is in. The warehouse's own places
(Receiving, Storage) are named in Polish, Ukrainian and English."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.pagesizes import A4, A6
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from warehouse_app.core.stock.locations import DEFAULT_PLACES, default_place_name
from warehouse_app.core.stock.places import Target
from warehouse_app.documents.labels_pdf import barcode, label_pages
from warehouse_app.documents.pdf_fonts import register_fonts
from warehouse_app.documents.progress import Progress
from warehouse_app.kernel.errors import BadInput

MAX_PLACE_BAR = 0.9 * mm  # wide bars: a shelf label is scanned from a metre away, often from below
_SIZES = {"a6": (A6[1], A6[0]), "100x150": (150 * mm, 100 * mm), "a4": (A4[0], A4[1] / 4)}  # landscape strips


def _names(name: str) -> list[str]:
    """A place's name; one of the warehouse's own in its three languages."""
    if name in DEFAULT_PLACES:
        return [f"{default_place_name(name, 'pl')} / {default_place_name(name, 'uk')}", name]
    return [name]


def _draw(c: Canvas, target: Target, x: float, y: float, w: float, h: float) -> None:
    regular, bold = register_fonts()
    pad = 6 * mm
    width = w - 2 * pad
    code = target.place.code
    bar = barcode(code, width, 0.34 * h, max_bar=MAX_PLACE_BAR)
    top = y + h - pad
    bar.drawOn(c, x + (w - bar.width) / 2, top - bar.barHeight)
    c.setFont(bold, 14)
    text_y = top - bar.barHeight - 16
    c.drawCentredString(x + w / 2, text_y, code)
    *zone, own = target.trail
    lines = _names(own)
    size = 26 if len(lines[0]) <= 24 else 18
    text_y -= size + 6
    for part in simpleSplit(lines[0], bold, size, width)[:2]:
        c.setFont(bold, size)
        c.drawCentredString(x + w / 2, text_y, part)
        text_y -= size + 2
    under = [*lines[1:], " › ".join(default_place_name(z, "pl") for z in zone)]
    c.setFont(regular, 10)
    for part in [p for p in under if p][:2]:
        c.drawCentredString(x + w / 2, text_y, part[:90])
        text_y -= 13
    c.setLineWidth(0.3)
    c.setDash(2, 2)
    c.rect(x + 1.5 * mm, y + 1.5 * mm, w - 3 * mm, h - 3 * mm)
    c.setDash()


def write_place_labels(targets: Sequence[Target], out: str | os.PathLike[str], *, page: str = "a4",
                       progress: Progress | None = None) -> Path:
    """One label per place: one per page (a6, 100x150 thermal) or four strips per A4 sheet."""
    if not targets:
        raise BadInput("There are no places to print labels for yet; add racks and shelves first.")
    w, h = _SIZES.get(page, A6)
    return label_pages(out, page, (w, h), len(targets), "Place labels",
                       lambda c, i, x, y: _draw(c, targets[i], x, y, w, h),
                       lambda slot: (0, (3 - slot) * h), progress)  # four strips per A4 sheet, top down
