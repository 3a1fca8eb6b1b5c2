"""Thermal labels as ZPL: read back by a small ZPL reader (tests/documents/zpl_reading.py), checked
against the label's data, and rendered by zpl-core's offline renderer, whose picture zxing-cpp decodes."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image, ImageChops, ImageDraw, ImageFont
from zpl_core.render import render

from tests.documents.factory import packing_list
from tests.documents.zpl_reading import Label, read_labels, split_labels
from warehouse_app.documents.label_content import package_label
from warehouse_app.documents.labels_zpl import (
    ZplPage,
    code128_data,
    compress_rows,
    item_labels_zpl,
    labels_zpl,
    printer_test_code,
    printer_test_label,
)
from warehouse_app.kernel.errors import BadInput
from warehouse_app.kernel.paths import resource_path

# (size, dpi) → (^PW, ^LL): the label's millimetres at the printer's dots per millimetre
PAGES = {("100x150", 203): (799, 1199), ("a6", 203): (839, 1183),
         ("100x150", 300): (1181, 1772), ("a6", 300): (1240, 1748)}


@cache
def _font(bold: bool, px: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(resource_path("fonts", "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")), px)


def _drawn(text: str, bold: bool, px: int) -> Image.Image:
    font = _font(bold, px)
    ascent, descent = font.getmetrics()
    image = Image.new("L", (round(font.getlength(text)) + 1, ascent + descent), 0)
    ImageDraw.Draw(image).text((0, 0), text, font=font, fill=255)
    return image.point(lambda v: 255 if v >= 128 else 0, mode="1")


def pictures_say(label: Label, text: str) -> bool:
    """Whether one of the label's graphic fields is ``text`` drawn in DejaVu Sans (any size, either weight)."""
    for picture in label.graphics():
        image = picture.image
        assert image is not None
        for bold in (False, True):
            for px in range(8, 160):
                ascent, descent = _font(bold, px).getmetrics()
                if ascent + descent != image.height:
                    continue
                drawn = _drawn(text, bold, px)
                if drawn.width <= image.width and drawn.width > image.width - 8:
                    if ImageChops.difference(image.crop((0, 0, drawn.width, drawn.height)), drawn).getbbox() is None:
                        return True
    return False


def fits(label: Label) -> None:
    """Every field inside the label: pictures and barcodes by their size, printer text by its block."""
    for f in label.fields:
        assert 0 <= f.x and 0 <= f.y, f
        if f.kind == "graphic":
            assert f.image is not None
            assert f.x + f.image.width <= label.width + 8 and f.y + f.image.height <= label.length, f
        elif f.kind == "barcode":
            data = f.data.removeprefix(">;")
            modules = 11 * ((len(data) // 2 if f.data.startswith(">;") else len(data)) + 2) + 13
            assert f.x + modules * f.module <= label.width and f.y + f.height <= label.length, f
        else:
            assert f.block is not None and f.x + f.block[0] <= label.width and f.y + f.height <= label.length, f


@pytest.mark.parametrize(("size", "dpi"), list(PAGES))
def test_each_label_is_one_zpl_format_of_the_printers_size(size: str, dpi: int) -> None:
    data = packing_list(lines=40, per_box=8, loose=0)  # 5 boxes, the first and the fifth unweighed
    zpl = labels_zpl(data.packages, ZplPage(size, dpi), truck=data.truck)
    labels = read_labels(zpl)
    assert len(labels) == len(split_labels(zpl.decode())) == 5
    for label, pkg in zip(labels, data.packages, strict=True):
        assert (label.width, label.length) == PAGES[(size, dpi)]
        assert label.commands[:3] == ["CI", "PW", "LL"]  # ^CI28 (UTF-8) first
        assert label.barcodes() == [pkg.label_code]  # the barcode carries the label code, nothing else
        module_mm = label.fields[[f.kind for f in label.fields].index("barcode")].module * 25.4 / dpi
        assert 0.33 <= module_mm <= 0.6
        content = package_label(pkg, truck=data.truck)
        texts = label.texts()
        for expected in (pkg.label_code, content.truck_number, content.count, *(value for _h, value in content.rows
                                                                                if value.isascii())):
            assert expected in texts, expected
        fits(label)
    first = labels[0]
    assert {"T-2026-0042", "1 / 5", "13,28 *", "2027-01-01"} <= set(first.texts())


def test_words_in_polish_and_ukrainian_are_pictures_of_the_pdf_font() -> None:
    data = packing_list(lines=40, per_box=8, loose=0)
    (label,) = read_labels(labels_zpl(data.packages[:1], ZplPage("a6", 203), truck=data.truck))
    content = package_label(data.packages[0], truck=data.truck)
    for text in ("Żywność w puszkach", "Консерви", "Sztuki / Штуки / Pieces", content.kind_line,
                 "Brutto kg / Брутто, кг / Gross kg"):
        assert pictures_say(label, text), text
    assert not any(not text.isascii() for text in label.texts())  # no Cyrillic left to the printer's fonts


def test_a_box_off_any_truck_has_no_number_and_no_destination() -> None:
    data = packing_list()
    pkg = replace(data.packages[1], seq=0, of=0)
    (label,) = read_labels(labels_zpl([pkg], ZplPage(), truck=data.truck))
    assert label.barcodes() == [pkg.label_code]
    assert "T-2026-0042" not in label.texts() and not any("/ 0" in t for t in label.texts())
    assert len(label.graphics()) < len(read_labels(labels_zpl([data.packages[1]], ZplPage(), truck=data.truck))[0]
                                       .graphics())


@pytest.mark.parametrize("dpi", [203, 300])
def test_rendered_by_a_zpl_renderer_the_barcode_scans(tmp_path: Path, dpi: int) -> None:
    data = packing_list(lines=20, per_box=10, loose=0)
    zpl = labels_zpl(data.packages, ZplPage("100x150", dpi), truck=data.truck).decode()
    for n, (body, pkg) in enumerate(zip(split_labels(zpl), data.packages, strict=True)):
        result = render("^XA" + body + "^XZ", dpi=dpi, out=tmp_path / f"{n}.png")
        assert result["dots"] == list(PAGES[("100x150", dpi)])
        assert not result["warnings"]
        image = Image.open(result["png"])
        codes = [r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.Code128]
        assert codes == [pkg.label_code]


def test_the_test_label_names_the_setup_and_scans(tmp_path: Path) -> None:
    page = ZplPage("a6", 300)
    zpl = printer_test_label(page, warehouse="Magazyn Pomocy Przemyśl", station="intake-1", printed="2026-12-05 15:00")
    (label,) = read_labels(zpl)
    assert label.barcodes() == [printer_test_code(page)] == ["TEST-300-A6"]
    for text in ("Etykieta testowa / Тестова етикетка /", "Magazyn Pomocy Przemyśl", "intake-1", "2026-12-05 15:00",
                 "300 dpi · 105 × 148 mm"):
        assert pictures_say(label, text), text
    assert label.texts() == ["TEST-300-A6"]
    fits(label)
    result = render(zpl.decode(), dpi=300, out=tmp_path / "test.png")
    codes = [r.text for r in zxingcpp.read_barcodes(Image.open(result["png"]))]
    assert codes == ["TEST-300-A6"]


def test_code_128_data_and_refusals() -> None:
    assert code128_data("BX000012") == ("BX000012", 11 * 10 + 13)
    assert code128_data("05901234123457") == (">;05901234123457", 11 * 9 + 13)  # even digits: subset C
    for bad in ("A^B", "ab~c", "x>y", "", "Ż1"):
        with pytest.raises(BadInput):
            code128_data(bad)
    with pytest.raises(BadInput, match="203 or 300 dpi"):
        ZplPage("a6", 600)
    with pytest.raises(BadInput, match="thermal label size"):
        ZplPage("a4", 203)
    with pytest.raises(BadInput):
        labels_zpl([], ZplPage())


def test_graphic_rows_compress_as_zpl_counts() -> None:
    assert compress_rows(["0000", "0000", "FF00", "FFFF"]) == ",:HF,JF"
    assert compress_rows(["A" * 45 + "0" * 3]) == "hKA,"


@pytest.mark.parametrize(("size", "dpi"), list(PAGES))
def test_the_test_label_fits_every_setup(size: str, dpi: int) -> None:
    page = ZplPage(size, dpi)
    (label,) = read_labels(printer_test_label(page, warehouse="Гуманітарний склад Przemyśl", station="loading-dock",
                                              printed="2026-12-05 15:00"))
    assert (label.width, label.length) == PAGES[(size, dpi)] and label.barcodes() == [printer_test_code(page)]
    fits(label)


def test_item_labels_are_the_scan_sheets_codes_one_label_each(tmp_path: Path) -> None:
    entries = [("it9", "Rękawice / Рукавиці"), ("5901234123457", "Koc polarowy"),
               ("05901234123457", "")]
    zpl = item_labels_zpl(entries, ZplPage("100x150", 203))
    labels = read_labels(zpl)
    assert [label.barcodes() for label in labels] == [["IT000009"], ["5901234123457"], [">;05901234123457"]]
    assert pictures_say(labels[0], "Rękawice / Рукавиці") and pictures_say(labels[1], "Koc polarowy")
    assert labels[2].graphics() == []  # no caption: the code alone
    for label in labels:
        fits(label)
    for n, body in enumerate(split_labels(zpl.decode())):
        result = render("^XA" + body + "^XZ", dpi=203, out=tmp_path / f"{n}.png")
        if n < 2:  # zpl-core hands ^BC data to python-barcode as it stands, so subset C's >; is left out
            codes = [r.text for r in zxingcpp.read_barcodes(Image.open(result["png"]))]
            assert codes == [labels[n].barcodes()[0]]
    with pytest.raises(BadInput, match="neither an internal code"):
        item_labels_zpl([("12345", "x")], ZplPage())
    with pytest.raises(BadInput, match="at least one code"):
        item_labels_zpl([], ZplPage())
