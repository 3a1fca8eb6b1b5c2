"""A scanner's symbology identifier: the one place it is read.

Scanners set to send symbology identifiers (ISO/IEC 15424, needed to tell GS1 data from
plain Code 128) put ``]`` + a code character + a modifier before every code: ``]C1`` GS1-128,
``]d2`` GS1 DataMatrix, ``]E0`` EAN/UPC, and ``]C0`` before the warehouse's own Code 128
labels and badges (``]C0BX000017``, ``]C0OP000012``). `read_scan` strips it; the catalogue's
scan interpreter (`catalogue.barcodes`) and the badge sign-in (`access.badges`), which sits
below the catalogue, both read a scan through here. Pure text: no database, no GS1 parsing.
"""

from __future__ import annotations

import re

from warehouse_app.kernel.errors import BadInput

__all__ = ["GS1_SYMBOLOGIES", "label_text", "read_scan"]

# Symbology identifiers whose data is a GS1 element string.
GS1_SYMBOLOGIES = frozenset({"]C1", "]e0", "]d2", "]Q3", "]J1"})  # ]J1: GS1 DotCode
# "]", an ISO/IEC 15424 code character, one modifier character.
_SYMBOLOGY_RE = re.compile(r"\][ABCDEFGHIJKLMNOPQRSTUXZcdeopsz][0-9A-Za-z]")


def read_scan(raw: str) -> tuple[str | None, str]:
    """(symbology identifier, body) of what a scanner sent: the one place that strips the
    ISO/IEC 15424 prefix (``]C0``, ``]C1``, ``]E0``, ``]d2``, ``]Q1``…) some scanners put
    before every code. A ``]`` that starts no known prefix is refused: the scanner is set
    up wrong or the code was misread, and guessing would misapply a scan."""
    text = raw.strip()  # also drops CR/LF/TAB that scanners append
    if not text.startswith("]"):
        return None, text
    prefix = text[:3]
    if _SYMBOLOGY_RE.fullmatch(prefix) is None:
        raise BadInput("The scan {code} starts with {prefix}, which is no scanner prefix this "
                       "warehouse knows; check the scanner's settings and scan again.",
                       code=text, prefix=prefix)
    return prefix, text[3:].strip()


def label_text(raw: str) -> str | None:
    """The text of a scan that may be one of the warehouse's own labels or badges: without
    its prefix; None when the prefix is malformed or says GS1 data (never our label)."""
    try:
        symbology, body = read_scan(raw)
    except BadInput:
        return None
    return None if symbology in GS1_SYMBOLOGIES else body
