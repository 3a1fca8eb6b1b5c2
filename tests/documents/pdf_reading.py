"""Independent readers for the PDF tests: pypdf for text and fonts, poppler + zxing-cpp for barcodes."""

from __future__ import annotations

import subprocess
from pathlib import Path

import zxingcpp
from PIL import Image
from pypdf import PdfReader


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def embedded_fonts(path: Path) -> dict[str, bool]:
    """Every font the pages use, and whether its TrueType program is embedded (/FontFile2)."""
    found: dict[str, bool] = {}
    for page in PdfReader(path).pages:
        fonts = page["/Resources"].get_object().get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            found[str(font["/BaseFont"])] = "/FontFile2" in descriptor
    return found


def render_pages(path: Path, tmp: Path, dpi: int = 300) -> list[Image.Image]:
    """Each page as a picture, rendered by poppler (not by the library that wrote it)."""
    prefix = tmp / path.stem
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(path), str(prefix)], check=True)
    return [Image.open(p) for p in sorted(tmp.glob(f"{path.stem}-*.png"))]


def decoded_codes(image: Image.Image) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.Code128]
