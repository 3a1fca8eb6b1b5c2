"""The fonts every PDF uses: DejaVu Sans, shipped in resources/fonts and embedded.

reportlab's built-in Helvetica has no Polish ogonki or Cyrillic, so the documents a truck
carries to Ukraine need a TrueType font that covers both; registering it once per process
keeps a second document from paying for the font parsing again.
"""

from __future__ import annotations

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from warehouse_app.kernel.paths import resource_path

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@cache
def register_fonts() -> tuple[str, str]:
    """Register DejaVu Sans regular and bold with reportlab; returns (regular, bold) names."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
    return REGULAR, BOLD
