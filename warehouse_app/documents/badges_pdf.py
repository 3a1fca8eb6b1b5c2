"""Operator badges: an A4 sheet of card-sized badges to cut out and laminate.

A volunteer scans their badge at "Who is working?" instead of finding their name in a
list at three in the morning. Each badge shows the name big enough to read across the
room, the role in Polish, Ukrainian and English, and the ``OP…`` code as a Code 128
with its quiet zones (and again as text, for a person to type when a scanner fails).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from warehouse_app.core.access.operators import OperatorInfo
from warehouse_app.documents.pdf_common import MARGIN, unicode_canvas
from warehouse_app.documents.pdf_fonts import register_fonts
from warehouse_app.documents.progress import Progress, atomic_output, report
from warehouse_app.kernel.errors import BadInput

BADGE_W, BADGE_H = 85.6 * mm, 54 * mm  # a bank card: fits the usual badge holders
COLS, ROWS = 2, 5
BAR = 0.4 * mm  # narrowest bar; a badge is scanned from a hand's length
QUIET = 10  # modules of quiet zone each side (ISO/IEC 15417)

#: The role as printed, PL / UK / EN (the order of the box labels).
ROLE_TEXTS = {
    "manager": "Kierownik / Керівник / Manager",
    "loader": "Załadowca / Вантажник / Loader",
    "staff": "Pracownik / Працівник / Staff",
}
TITLE = "Identyfikator / Бейдж / Badge"


def _draw_badge(c: Canvas, person: OperatorInfo, x: float, y: float, warehouse: str) -> None:
    regular, bold = register_fonts()
    pad = 5 * mm
    left, width, top = x + pad, BADGE_W - 2 * pad, y + BADGE_H - pad
    c.setLineWidth(0.3)
    c.setDash(2, 2)
    c.roundRect(x, y, BADGE_W, BADGE_H, 3 * mm)
    c.setDash()
    c.setFont(regular, 7)
    c.drawString(left, top - 7, warehouse or TITLE)
    size = 16.0
    lines = simpleSplit(person.name, bold, size, width)
    while len(lines) > 2 and size > 10:
        size -= 1
        lines = simpleSplit(person.name, bold, size, width)
    line_y = top - 9 - size
    c.setFont(bold, size)
    for part in lines[:2]:
        c.drawString(left, line_y, part)
        line_y -= size + 1
    c.setFont(regular, 8.5)
    c.drawString(left, line_y - 1, ROLE_TEXTS.get(person.role, person.role))
    code = person.badge
    bar = Code128(code, barWidth=BAR, barHeight=12 * mm, humanReadable=0, quiet=1,
                  lquiet=QUIET * BAR, rquiet=QUIET * BAR)
    if bar.width > width + 2 * pad:
        raise BadInput("The code {code} is too long to print as a scannable barcode here.", code=code)
    bar_y = y + pad + 10
    bar.drawOn(c, x + (BADGE_W - bar.width) / 2, bar_y)
    c.setFont(bold, 9)
    c.drawCentredString(x + BADGE_W / 2, y + pad, code)


def write_badges(people: Sequence[OperatorInfo], out: str | os.PathLike[str], *, warehouse: str = "",
                 progress: Progress | None = None) -> Path:
    """Badges for ``people``, ten to an A4 sheet, in the order given."""
    if not people:
        raise BadInput("There is no one to print a badge for.")
    per_page = COLS * ROWS
    gap_x = (A4[0] - 2 * MARGIN - COLS * BADGE_W) / (COLS - 1)
    top = (A4[1] + ROWS * BADGE_H) / 2  # the rows centred: 5 cards take 270 of 297 mm
    report(progress, 0, len(people))
    with atomic_output(out) as temp:
        c = unicode_canvas(str(temp), A4)
        c.setTitle("Badges")
        for i, person in enumerate(people):
            slot = i % per_page
            if i and slot == 0:
                c.showPage()
            col, row = slot % COLS, slot // COLS
            x = MARGIN + col * (BADGE_W + gap_x)
            y = top - (row + 1) * BADGE_H
            _draw_badge(c, person, x, y, warehouse)
            report(progress, i + 1, len(people))
        c.showPage()
        c.save()
    return Path(out)
