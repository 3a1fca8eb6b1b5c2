"""What every PDF document shares: number and date formats, the "page X of Y" canvas,
and the writing step that honours cancellation and never leaves half a file.

Numbers use the decimal comma and a space between thousands, as both Polish and
Ukrainian readers (and the border officers) write them; dates are ISO so no reader
has to guess the day from the month.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

from warehouse_app.documents.pdf_fonts import register_fonts
from warehouse_app.documents.progress import Progress, atomic_output, report

MARGIN = 12 * mm
_CENT = Decimal("0.01")


def fmt_kg(value: Decimal | None) -> str:
    """Kilograms to two decimals, e.g. 12 345,67."""
    if value is None:
        return ""
    return f"{value.quantize(_CENT, rounding=ROUND_HALF_UP):,.2f}".replace(",", " ").replace(".", ",")


UNKNOWN = "?"  # a weight nobody entered: never printed as 0


def fmt_weight(value: Decimal | None, complete: bool = True) -> str:
    """A weight that may be unknown: "12,50"; "?" when unknown; "12,50 + ?" when only a part is known."""
    if value is None or (not complete and not value):
        return UNKNOWN
    return fmt_kg(value) if complete else f"{fmt_kg(value)} + {UNKNOWN}"


def fmt_qty(value: Decimal | None) -> str:
    """A quantity as exact as it is stored, without trailing zeros: 12, 2,5, 1 200."""
    if value is None:
        return ""
    return f"{value.normalize():,f}".replace(",", " ").replace(".", ",")


def fmt_date(value: date | None) -> str:
    return value.isoformat() if value else ""


def page_caption(page: int, pages: int) -> str:
    """The trilingual "page X of Y" printed at the foot of every page."""
    return f"Strona {page} z {pages} / Page {page} of {pages} / Сторінка {page} з {pages}"


def numbered_canvas(footer_left: str) -> type[Canvas]:
    """A canvas class that holds the pages back until the end, so each can say "of Y".

    reportlab draws page by page and only knows the page count when it has finished;
    the canvas keeps each page's state and paints the footers in ``save``.
    """
    regular, _ = register_fonts()

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs["initialFontName"] = kwargs.get("initialFontName") or regular  # else pages name Helvetica
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()  # type: ignore[attr-defined]  # reportlab's private API: not in its stubs

        def save(self) -> None:
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                self._draw_footer(total)
                super().showPage()
            super().save()

        def _draw_footer(self, total: int) -> None:
            width, _ = self._pagesize  # type: ignore[attr-defined]  # (same)
            self.setFont(regular, 7)
            self.drawString(MARGIN, 7 * mm, footer_left)
            self.drawRightString(width - MARGIN, 7 * mm, page_caption(self._pageNumber, total))  # type: ignore[attr-defined]  # (same)

    return NumberedCanvas


def build_pdf(
    out: str | os.PathLike[str],
    story: Sequence[Flowable],
    *,
    title: str,
    footer_left: str = "",
    pagesize: tuple[float, float] = A4,
    on_page: Callable[[int], None] | None = None,
) -> Path:
    """Lay out ``story`` into ``out`` (atomically) with numbered pages.

    ``on_page`` is called with each finished page number: writers use it to report
    progress during layout, the slow half of the work, and so to allow cancelling it.
    """

    def page_done(canvas: Canvas, _doc: SimpleDocTemplate) -> None:
        if on_page is not None:
            on_page(canvas.getPageNumber())

    with atomic_output(out) as temp:
        doc = SimpleDocTemplate(
            str(temp), pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN,
            topMargin=MARGIN, bottomMargin=14 * mm, title=title, author="Aid Warehouse",
        )
        doc.build(list(story), onFirstPage=page_done, onLaterPages=page_done,
                  canvasmaker=numbered_canvas(footer_left))
    return Path(out)


def layout_progress(progress: Progress | None, done_before: int, total: int, per_page: int) -> Callable[[int], None]:
    """An ``on_page`` callback that reports layout as ``per_page`` units a page (capped)."""

    def on_page(page: int) -> None:
        report(progress, min(total, done_before + page * per_page), total)

    return on_page


def unicode_canvas(path: str, pagesize: tuple[float, float], font: str | None = None) -> Canvas:
    """A canvas whose first font is ours (DejaVu: Polish and Cyrillic), not Helvetica. The
    font goes in as a keyword mapping: types-reportlab types ``initialFontName`` as a float."""
    initial: dict[str, Any] = {"initialFontName": font or register_fonts()[0]}
    return Canvas(path, pagesize=pagesize, **initial)
