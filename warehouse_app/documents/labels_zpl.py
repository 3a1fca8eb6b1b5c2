"""Box and pallet labels (and a printer's test label) as ZPL II, for Zebra-compatible
thermal printers at 203 or 300 dpi, on 100 × 150 mm or A6 (105 × 148 mm) labels.

The texts are the PDF label's (``label_content.package_label``). Each label is one
``^XA … ^XZ`` with its width (``^PW``) and length (``^LL``) in the printer's dots, the
label code as a printer-drawn Code 128 (``^BC``: crisp bars at any resolution) and the
code again in big text.

Words go to the printer as pictures. Polish and Ukrainian need glyphs that the resident
font of many printers lacks: ``^A0`` (CG Triumvirate) has no Cyrillic, Unicode fonts are
an option on some models only, and "Zebra-compatible" clones differ again, so a label
that relies on them prints boxes or nothing on the printer a warehouse happens to have.
Any text with a letter outside plain ASCII is therefore drawn here with the DejaVu Sans
the PDFs embed and sent as a graphic field (``^GFA``, uncompressed hex: every ZPL
printer reads it); plain ASCII (codes, numbers, weights, dates, the truck number) stays
printer text in ``^A0``, small and sharp. ``^CI28`` still declares UTF-8.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from warehouse_app.core.shipping.packing_data import Package, TruckInfo
from warehouse_app.documents.label_content import PackageLabel, package_label, scan_code
from warehouse_app.documents.progress import Progress, atomic_output, report
from warehouse_app.kernel.errors import BadInput
from warehouse_app.kernel.paths import resource_path
from warehouse_app.kernel.station import ZPL_DPIS, ZPL_SIZES

#: Label sizes in millimetres, as the printer's media is set up.
SIZES_MM = {"100x150": (100.0, 150.0), "a6": (105.0, 148.0)}
MARGIN_MM = 4.0
MIN_BAR_MM = 0.33  # the narrowest bar a handheld scanner reads reliably off print (as the PDF)
MAX_BAR_MM = 0.6
QUIET_MODULES = 10  # quiet zone each side of a Code 128, as ISO/IEC 15417 asks


@dataclass(frozen=True)
class ZplPage:
    """A label size on a printer of some resolution."""

    size: str = "100x150"  # a key of SIZES_MM
    dpi: int = 203

    def __post_init__(self) -> None:
        if self.size not in SIZES_MM:
            raise BadInput("{size} is not a thermal label size; use one of: {sizes}.", size=self.size,
                           sizes=", ".join(ZPL_SIZES))
        if self.dpi not in ZPL_DPIS:
            raise BadInput("A label printer prints at 203 or 300 dpi, not {dpi}.", dpi=self.dpi)

    def dots(self, mm: float) -> int:
        return round(mm * self.dpi / 25.4)

    @property
    def width(self) -> int:
        return self.dots(SIZES_MM[self.size][0])

    @property
    def length(self) -> int:
        return self.dots(SIZES_MM[self.size][1])


def is_printer_text(text: str) -> bool:
    """Plain ASCII without ZPL's own command characters: safe as ``^FD`` in any printer font."""
    return all(" " <= ch <= "}" and ch not in "^~\\" for ch in text)


@cache
def _font(bold: bool, px: int) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(resource_path("fonts", name)), px)


def _wrap(text: str, font: ImageFont.FreeTypeFont, width: int, lines: int) -> list[str]:
    """Whole words to ``lines`` lines of at most ``width`` dots (a word longer than a line is cut)."""
    out: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if font.getlength(trial) <= width or not current:
            current = trial
        else:
            out.append(current)
            current = word
    out.append(current)
    out = out[:lines]
    while out and font.getlength(out[-1]) > width:  # a single word too long: cut, marked
        out[-1] = out[-1][:-2] + "…"
    return out


def _runs(row: str) -> str:
    """A hex row in ZPL's run-length form: ``G``–``Y`` repeat 1–19 times, ``g``–``z`` 20–400."""
    out = []
    i = 0
    while i < len(row):
        j = i
        while j < len(row) and row[j] == row[i] and j - i < 419:
            j += 1
        count = j - i
        if count > 1:
            if count >= 20:
                out.append(chr(ord("g") + count // 20 - 1))
            if count % 20:
                out.append(chr(ord("G") + count % 20 - 1))
        out.append(row[i])
        i = j
    return "".join(out)


def compress_rows(hex_rows: Sequence[str]) -> str:
    """ZPL's ASCII compression of ``^GFA`` data (every printer of the language reads it): a row
    like the one before is ``:``, trailing zeros are ``,``, runs of a digit are counted."""
    out = []
    previous = None
    for row in hex_rows:
        if row == previous:
            out.append(":")
            continue
        previous = row
        kept = row.rstrip("0")
        out.append(_runs(kept) + ("," if len(kept) < len(row) else ""))
    return "".join(out)


def graphic_field(image: Image.Image) -> str:
    """``^GFA`` of a 1-bit picture (ink = 1), its rows in ZPL's ASCII compression."""
    row_bytes = (image.width + 7) // 8
    data = image.tobytes()
    text = data.hex().upper()
    rows = [text[i:i + 2 * row_bytes] for i in range(0, len(text), 2 * row_bytes)]
    return f"^GFA,{len(data)},{len(data)},{row_bytes},{compress_rows(rows)}"


@lru_cache(maxsize=1024)
def _drawn_line(line: str, bold: bool, px: int) -> tuple[str, int, int]:
    """One line of words as a ``^GFA`` field, its width and height in dots. Cached: a truck's
    labels repeat their headings and categories, and drawing is most of a label's time."""
    font = _font(bold, px)
    ascent, descent = font.getmetrics()
    ink = round(font.getlength(line)) + 1
    image = Image.new("L", (ink, ascent + descent), 0)
    ImageDraw.Draw(image).text((0, 0), line, font=font, fill=255)
    bitmap = image.point(lambda v: 255 if v >= 128 else 0, mode="1")
    return graphic_field(bitmap), ink, ascent + descent


class _Label:
    """One label being laid out top down: a cursor ``y`` and the fields so far, in dots."""

    def __init__(self, page: ZplPage) -> None:
        self.page = page
        self.left = page.dots(MARGIN_MM)
        self.right = page.width - page.dots(MARGIN_MM)
        self.y = page.dots(MARGIN_MM)
        self.fields: list[str] = []

    @property
    def width(self) -> int:
        return self.right - self.left

    def text(self, text: str, mm: float, *, bold: bool = False, align: str = "L", lines: int = 1,
             advance: bool = True, y: int | None = None) -> int:
        """Text ``mm`` high, aligned L/C/R in the label's width; returns the dots it took down."""
        top = self.y if y is None else y
        height = self.page.dots(mm)
        if not text:
            return 0
        if lines == 1 and is_printer_text(text):
            # ^A0 is scalable: height and width in dots; ^FB keeps it in the margins and aligns it
            self.fields.append(f"^FO{self.left},{top}^A0N,{height},{height}^FB{self.width},1,0,{align},0"
                               f"^FD{text}^FS")
            taken = height
        else:
            taken = self._picture(text, height, bold, align, lines, top)
        if advance:
            self.y = top + taken
        return taken

    def _picture(self, text: str, height: int, bold: bool, align: str, lines: int, top: int) -> int:
        font = _font(bold, height)
        step = round(height * 1.18)
        taken = 0
        for n, line in enumerate(_wrap(text, font, self.width, lines)):
            field, ink, tall = _drawn_line(line, bold, height)
            x = {"L": self.left, "C": self.left + (self.width - ink) // 2, "R": self.right - ink}[align]
            self.fields.append(f"^FO{x},{top + n * step}{field}^FS")
            taken = n * step + tall
        return taken

    def barcode(self, code: str, height_mm: float) -> None:
        """Code 128 of ``code``, as wide as fits (bars 0.33–0.6 mm), centred, ``height_mm`` tall."""
        data, modules = code128_data(code)
        max_module = max(1, int(MAX_BAR_MM * self.page.dpi / 25.4))  # whole dots, never wider than the most
        module = min(max_module, self.width // (modules + 2 * QUIET_MODULES))
        if module * 25.4 / self.page.dpi < MIN_BAR_MM - 0.01:
            raise BadInput("The code {code} is too long to print as a scannable barcode here.", code=code)
        height = self.page.dots(height_mm)
        x = self.left + (self.width - modules * module) // 2
        self.fields.append(f"^BY{module},3,{height}^FO{x},{self.y}^BCN,{height},N,N,N,N^FD{data}^FS")
        self.y += height

    def gap(self, mm: float) -> None:
        self.y += self.page.dots(mm)

    def zpl(self) -> str:
        return "\n".join(["^XA", "^CI28", f"^PW{self.page.width}", f"^LL{self.page.length}", "^LH0,0",
                          *self.fields, "^PQ1", "^XZ", ""])


def code128_data(code: str) -> tuple[str, int]:
    """``^BC`` field data and the symbol's width in modules (start, check and stop included).

    An all-digit code of even length starts in subset C (two digits a symbol, ``>;``);
    anything else is subset B, the printer's default. A code the printer cannot draw as
    it stands (outside printable ASCII, or ZPL's own characters) is refused."""
    if not code or not is_printer_text(code) or ">" in code:
        raise BadInput("The code {code} cannot be printed as a barcode on a label printer.", code=code)
    if code.isdigit() and len(code) % 2 == 0 and len(code) >= 4:
        return ">;" + code, 11 * (len(code) // 2 + 2) + 13
    return code, 11 * (len(code) + 2) + 13


def package_label_zpl(label: PackageLabel, page: ZplPage) -> str:
    """One box or pallet label, laid out like the PDF one."""
    out = _Label(page)
    top = out.y
    out.text(label.truck_number, 4.5, bold=True, advance=False)
    count_taken = out.text(label.count, 9, bold=True, align="R", advance=False)
    out.y = top + max(out.page.dots(4.5), count_taken) + out.page.dots(1)
    out.text(label.kind_line, 3)
    out.gap(1)
    if label.destination:
        out.text(label.destination, 3.2, bold=True, lines=2)
        out.gap(1.5)
    out.barcode(label.code, 24)
    out.gap(1.5)
    out.text(label.code, 7, align="C")
    out.gap(3)
    for pl, uk, en in label.categories:
        out.text(pl, 4.2, bold=True, lines=2)
        out.text(uk, 4.2, bold=True, lines=2)
        out.text(en, 3.2, lines=2)
        out.gap(1.2)
    if label.more_categories:
        out.text(f"+ {label.more_categories} ...", 3)
    for heading, value in label.rows:
        row = out.y
        out.text(heading, 2.4, advance=False, y=row + out.page.dots(1.2))
        out.text(value, 4, align="R", advance=False, y=row)
        out.y = row + out.page.dots(5.2)
    if label.footnote:
        out.y = page.length - page.dots(MARGIN_MM + 5)
        out.text(label.footnote, 2, lines=2)
    return out.zpl()


def labels_zpl(packages: Sequence[Package], page: ZplPage, *, truck_number: str | None = None,
               truck: TruckInfo | None = None, progress: Progress | None = None) -> bytes:
    """Every package's label, one ``^XA … ^XZ`` each, as the UTF-8 bytes a printer takes."""
    if not packages:
        raise BadInput("There are no boxes or pallets to print labels for.")
    parts = []
    report(progress, 0, len(packages))
    for i, pkg in enumerate(packages):
        parts.append(package_label_zpl(package_label(pkg, truck_number, truck), page))
        report(progress, i + 1, len(packages))
    return "".join(parts).encode("utf-8")


def write_zpl(content: bytes, out: str | os.PathLike[str]) -> Path:
    """ZPL saved to a file (to copy to a printer later), under a temporary name, renamed at the end."""
    with atomic_output(out) as temp:
        temp.write_bytes(content)
    return Path(out)


def code_labels_zpl(entries: Iterable[tuple[str, Sequence[str]]], page: ZplPage) -> bytes:
    """A label per (code, lines): the lines on top, then the code as a barcode and in text."""
    parts = []
    for code, lines in entries:
        out = _Label(page)
        for line in lines:
            out.text(line, 4.5, bold=True, lines=2)
            out.gap(1)
        out.gap(3)
        out.barcode(code, 25)
        out.gap(1.5)
        out.text(code, 7, align="C")
        parts.append(out.zpl())
    return "".join(parts).encode("utf-8")


def item_labels_zpl(entries: Sequence[tuple[str, str]], page: ZplPage) -> bytes:
    """The scan sheet's (code, caption) entries as one thermal label each, to stick on goods that
    carry no barcode: the same codes (internal, or a valid GTIN) and captions as the A4 sheet."""
    if not entries:
        raise BadInput("The scan sheet needs at least one code.")
    return code_labels_zpl([(scan_code(code), [caption.strip()] if caption.strip() else []) for code, caption in entries],
                           page)


TEST_TITLE = ("Etykieta testowa", "Test label", "Тестова етикетка")


def printer_test_code(page: ZplPage) -> str:
    """The test label's barcode: a code no warehouse record has, naming the setup it tests."""
    return f"TEST-{page.dpi}-{page.size.upper()}"


def printer_test_label(page: ZplPage, *, warehouse: str, station: str, printed: str) -> bytes:
    """What a volunteer prints to see that the printer, its resolution and its labels are right."""
    pl, en, uk = TEST_TITLE
    width, length = SIZES_MM[page.size]
    lines = [f"{pl} / {uk} / {en}", warehouse or "—", station, printed,
             f"{page.dpi} dpi · {width:g} × {length:g} mm"]
    return code_labels_zpl([(printer_test_code(page), lines)], page)
