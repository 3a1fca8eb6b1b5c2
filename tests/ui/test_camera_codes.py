"""Reading barcodes from camera frames, without a camera: the app's own labels rendered from
their PDFs, EAN-13 drawn by python-barcode, GS1 DataMatrix, GS1-128 and QR (Digital Link)
written by zxing-cpp, placed small and tilted in a grey, noisy frame as a webcam sees them.
Each code must come out as a scanner that sends symbology identifiers sends it, and
``core/catalogue/barcodes.interpret`` must read it to the goods."""

from __future__ import annotations

import io
import subprocess
from datetime import date
from pathlib import Path

import numpy as np
import pytest
import zxingcpp
from barcode import EAN13
from barcode.writer import ImageWriter
from PIL import Image, ImageFilter
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPainter, QTransform

from tests.documents.factory import packing_list
from warehouse_app.core.catalogue.barcodes import interpret
from warehouse_app.documents.labels_pdf import write_labels, write_scan_sheet
from warehouse_app.ui.base.camera_codes import GS, ReadPause, read_codes

GTIN = "5901234123457"


def gray(image: Image.Image) -> np.ndarray:
    return np.asarray(image.convert("L"))


def frame(*codes: tuple[np.ndarray, float, float], angle: float = 8.0, size: tuple[int, int] = (1280, 720),
          noise: bool = True) -> QImage:
    """A webcam-like frame: a mid-grey background, each code picture on a white card pasted at
    (x, y) (the fraction of the frame where its centre goes), turned by ``angle`` degrees,
    softened, grain added."""
    picture = QImage(*size, QImage.Format.Format_RGB32)
    picture.fill(QColor(118, 121, 117))
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    for code_pixels, fx, fy in codes:
        margin = max(40, code_pixels.shape[1] // 10)  # the white of the label or pack around the code
        pixels = np.pad(code_pixels, margin, constant_values=255)
        h, w = pixels.shape
        code = QImage(np.ascontiguousarray(pixels).data, w, h, w, QImage.Format.Format_Grayscale8).copy()
        painter.setTransform(QTransform().translate(fx * size[0], fy * size[1]).rotate(angle))
        painter.drawImage(QPointF(-w / 2, -h / 2), code)
    painter.end()
    if not noise:
        return picture
    grey = picture.convertToFormat(QImage.Format.Format_Grayscale8)
    rows = np.frombuffer(grey.constBits(), dtype=np.uint8).reshape(grey.height(), grey.bytesPerLine())[:, :size[0]]
    soft = np.asarray(Image.fromarray(rows).filter(ImageFilter.GaussianBlur(1.2)), dtype=np.int16)
    grain = np.random.default_rng(7).normal(0, 9, soft.shape)
    out = np.clip(soft + grain, 0, 255).astype(np.uint8)
    return QImage(out.data, size[0], size[1], size[0], QImage.Format.Format_Grayscale8).copy()


def read(image: QImage) -> list[str]:
    return read_codes(image, (image.width(), image.height()))


def zxing_code(content: str, fmt: zxingcpp.BarcodeFormat, scale: int = 4, **options: object) -> np.ndarray:
    return np.asarray(zxingcpp.write_barcode_to_image(zxingcpp.create_barcode(content, fmt, **options), scale=scale))


def pdf_pages(pdf: Path, dpi: int = 150) -> list[np.ndarray]:
    """The PDF's pages as grey pictures, drawn by poppler as a printer would print them."""
    subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(pdf.with_suffix(""))], check=True)
    return [gray(Image.open(page)) for page in sorted(pdf.parent.glob(pdf.stem + "-*.png"))]


def test_an_ean13_drawn_by_python_barcode_reads_as_a_scanner_with_identifiers_sends_it() -> None:
    out = io.BytesIO()
    EAN13(GTIN, writer=ImageWriter()).write(out, {"module_width": 0.5, "module_height": 15, "dpi": 200})
    picture = gray(Image.open(out))
    assert read(frame((picture, 0.5, 0.5))) == ["]E0" + GTIN]
    assert interpret("]E0" + GTIN).gtin == "0" + GTIN


def test_the_apps_own_box_and_pallet_labels_read_to_their_label_codes(tmp_path: Path) -> None:
    data = packing_list(lines=12, per_box=6)
    pdf = write_labels(data.packages, tmp_path / "labels.pdf", truck=data.truck, page="a6")
    pages = pdf_pages(pdf)
    assert len(pages) == len(data.packages)
    for page, pkg in zip(pages, data.packages, strict=True):
        codes = read(frame((page, 0.5, 0.5), angle=4))
        assert codes == ["]C0" + pkg.label_code]
        scan = interpret(codes[0])
        assert scan.internal_code == pkg.label_code


def test_a_scan_sheet_of_gtins_reads_each_code_nearest_the_centre_first(tmp_path: Path) -> None:
    gtins = ["5901234123457", "4006381333931", "5900000000015"]
    pdf = write_scan_sheet([(code, f"goods {n}") for n, code in enumerate(gtins)], tmp_path / "sheet.pdf")
    page = pdf_pages(pdf, dpi=200)[0]
    row = page[80:420, :]  # the first row of the sheet: three codes side by side
    codes = read(frame((row, 0.5, 0.5), angle=1, size=(1920, 1080)))
    assert sorted(codes) == sorted("]C0" + code for code in gtins)  # printed as Code 128
    assert codes[0] == "]C04006381333931"  # the middle one: the camera's aimer
    assert interpret(codes[0]).gtin == "04006381333931"


def test_a_gs1_datamatrix_gives_its_identifier_and_group_separators() -> None:
    picture = zxing_code("(01)05901234123457(10)LOT42(17)271231", zxingcpp.BarcodeFormat.DataMatrix, scale=6, gs1=True)
    codes = read(frame((picture, 0.45, 0.55)))
    assert codes == ["]d2010590123412345710LOT42" + GS + "17271231"]
    scan = interpret(codes[0])
    assert (scan.gtin, scan.lot, scan.expiry) == ("05901234123457", "LOT42", date(2027, 12, 31))


def test_a_gs1_128_code_reads_as_c1() -> None:
    picture = zxing_code("(01)05901234123457(10)A7(17)270630", zxingcpp.BarcodeFormat.Code128, scale=3, gs1=True)
    codes = read(frame((picture, 0.5, 0.5), angle=3))
    assert codes == ["]C10105901234123457" + "10A7" + GS + "17270630"]
    assert interpret(codes[0]).expiry == date(2027, 6, 30)


def test_a_qr_code_with_a_gs1_digital_link_reads_to_the_goods() -> None:
    link = "https://id.gs1.org/01/05901234123457/10/LOT42?17=271231"
    codes = read(frame((zxing_code(link, zxingcpp.BarcodeFormat.QRCode, scale=6), 0.5, 0.5), angle=12))
    assert codes == ["]Q1" + link]
    scan = interpret(codes[0])
    assert (scan.gtin, scan.lot, scan.expiry) == ("05901234123457", "LOT42", date(2027, 12, 31))


def test_an_itf14_carton_code_reads_as_i1() -> None:
    codes = read(frame((zxing_code("15901234123454", zxingcpp.BarcodeFormat.ITF14, scale=3), 0.5, 0.5), angle=2))
    assert codes == ["]I115901234123454"]
    assert interpret(codes[0]).gtin == "15901234123454"


def test_the_stations_own_separator_stands_in_for_gs() -> None:
    picture = zxing_code("(01)05901234123457(10)LOT42(17)271231", zxingcpp.BarcodeFormat.DataMatrix, scale=6, gs1=True)
    image = frame((picture, 0.5, 0.5), noise=False)
    assert read_codes(image, (image.width(), image.height()), separator="|") == ["]d2010590123412345710LOT42|17271231"]


def test_a_frame_without_a_code_reads_nothing() -> None:
    assert read(frame()) == []


def frames(*held: tuple[list[str], float]) -> list[tuple[list[str], float]]:
    """What the camera sees, read every 0.2 s: each (codes, seconds) held for that long."""
    out: list[tuple[list[str], float]] = []
    now = 0.0
    for codes, seconds in held:
        for _ in range(round(seconds / 0.2)):
            out.append((codes, round(now, 1)))
            now += 0.2
    return out


@pytest.mark.parametrize(("seen", "reads"), [
    # one code held in view for six seconds: read once
    (frames((["A"], 6.0)), ["A"]),
    # taken out of view for a second and shown again: read again (the second can of the same goods)
    (frames((["A"], 1.0), ([], 1.2), (["A"], 1.0)), ["A", "A"]),
    # shown again at once, within the pause: read once the pause is over
    (frames((["A"], 0.2), ([], 1.0), (["A"], 1.0)), ["A", "A"]),
    # a few blurred frames without it are not leaving the view
    (frames((["A"], 1.0), ([], 0.6), (["A"], 2.0)), ["A"]),
    # another code during the pause waits for the pause to end, then is read
    (frames((["A"], 0.4), (["B", "A"], 2.0)), ["A", "B"]),
    # nothing in view: nothing read
    (frames(([], 3.0)), []),
])
def test_the_pause_after_a_read(seen: list[tuple[list[str], float]], reads: list[str]) -> None:
    pause = ReadPause()
    assert [code for codes, now in seen if (code := pause.offer(codes, now)) is not None] == reads
