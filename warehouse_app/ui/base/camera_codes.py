"""Barcodes in a camera picture, as a scanner that sends symbology identifiers sends them.

No Qt here: zxing-cpp reads a QImage, a numpy array or a PIL image alike. Each code comes
with its ISO/IEC 15424 prefix (``]E0`` EAN/UPC, ``]C0``/``]C1`` Code 128 / GS1-128,
``]d1``/``]d2`` DataMatrix / GS1 DataMatrix, ``]Q1``/``]Q3`` QR / GS1 QR, ``]I1`` ITF-14)
and GS1's group separators as ASCII 29, so ``core/catalogue/barcodes.read_scan`` reads it
exactly as it reads such a scanner. ``ReadPause`` keeps one code in view from being read
twice: a camera sees it thirty times a second, a scanner's trigger once.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import zxingcpp

GS = "\x1d"  # GS1 group separator (ASCII 29), as zxing-cpp's plain text gives it

# What goods, cartons and this warehouse's labels carry: EAN/UPC on retail goods, ITF-14 on
# outer cartons, Code 128 / GS1-128 on our labels and logistic labels, GS1 DataMatrix and
# QR (with GS1 Digital Link) on medicines and newer packs. Fewer formats: quicker, fewer misreads.
# (Kept as a tuple, made into BarcodeFormats per read: a zxing-cpp object alive at interpreter
# exit makes nanobind report leaks.)
FORMATS = (
    zxingcpp.BarcodeFormat.EAN13, zxingcpp.BarcodeFormat.EAN8, zxingcpp.BarcodeFormat.UPCA,
    zxingcpp.BarcodeFormat.UPCE, zxingcpp.BarcodeFormat.ITF14, zxingcpp.BarcodeFormat.Code128,
    zxingcpp.BarcodeFormat.DataMatrix, zxingcpp.BarcodeFormat.QRCode,
)


def read_codes(image: object, size: tuple[int, int], separator: str = GS) -> list[str]:
    """The codes zxing-cpp finds in ``image`` (a QImage, a numpy array or a PIL image of
    ``size`` = (width, height) pixels), each as prefix + text, the one nearest the centre of
    the picture first: like a scanner's aimer, the middle of the view says which code is meant.
    ``separator`` stands for GS1's group separator when the station's scanners send another."""
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormats(FORMATS), text_mode=zxingcpp.TextMode.Plain)
    centre_x, centre_y = size[0] / 2, size[1] / 2

    def distance(code: zxingcpp.Barcode) -> float:
        corners = (code.position.top_left, code.position.top_right,
                   code.position.bottom_left, code.position.bottom_right)
        x = sum(p.x for p in corners) / 4
        y = sum(p.y for p in corners) / 4
        return math.hypot(x - centre_x, y - centre_y)

    codes: list[str] = []
    for code in sorted((c for c in found if c.valid and c.text), key=distance):
        text = code.symbology_identifier + code.text.replace(GS, separator)
        if text not in codes:
            codes.append(text)
    return codes


@dataclass
class ReadPause:
    """Which code a camera frame gives to the scan path, if any.

    After a read nothing is read for ``pause_s`` (the volunteer sees the answer and moves
    the goods away), and the same code is not read again until it has been out of view for
    ``gone_s`` (a frame or two without it is the camera's blur, not the goods leaving).
    Times are seconds of a monotonic clock, passed in."""

    pause_s: float = 1.5
    gone_s: float = 1.0
    _last: str | None = None
    _read_at: float = -math.inf
    _seen_at: float = -math.inf
    _left: bool = True  # the last code read has been out of view for gone_s since

    def offer(self, codes: Sequence[str], now: float) -> str | None:
        """The code to use now (the one nearest the centre, ``codes[0]``), else None."""
        if now - self._seen_at >= self.gone_s:
            self._left = True
        if self._last is not None and self._last in codes:
            self._seen_at = now
        if not codes or now - self._read_at < self.pause_s:
            return None
        code = codes[0]
        if code == self._last and not self._left:
            return None
        self._last, self._read_at, self._seen_at, self._left = code, now, now, False
        return code
