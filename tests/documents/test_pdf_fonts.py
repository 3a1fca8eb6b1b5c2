"""The shipped fonts: found through resource_path (so the frozen build finds them too), licence beside them."""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics

from warehouse_app.documents.pdf_fonts import register_fonts
from warehouse_app.kernel.paths import resource_path


def test_fonts_and_their_licence_ship_in_resources() -> None:
    folder = resource_path("fonts")
    assert {p.name for p in folder.iterdir()} >= {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"}
    assert "Bitstream Vera" in (folder / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")


def test_registered_fonts_cover_polish_and_ukrainian() -> None:
    regular, bold = register_fonts()
    assert register_fonts() == (regular, bold)  # registered once, same names
    for name in (regular, bold):
        face = pdfmetrics.getFont(name).face
        missing = [ch for ch in "ąćęłńóśźżĄĆĘŁŃÓŚŹŻіїєґІЇЄҐ№«»–×" if ord(ch) not in face.charToGlyph]
        assert missing == [], (name, missing)
