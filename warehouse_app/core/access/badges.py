"""Operator badges: the code printed on a person's badge, and what counts as a code.

A badge carries ``OP`` and the operator's number, zero-padded like every label the
warehouse prints (``OP000007``), so a scanner reads it like a box or item label and
the start dialog can tell a badge from goods without asking the database. The number
is the operator's row id, so a badge needs no stored column and never changes.

Pure Python (no database): the start dialog and the catalogue's scan interpreter use it.
A scanner's symbology prefix is read by `core.scan_prefix`, as for every label.
"""

from __future__ import annotations

import re

from warehouse_app.core.scan_prefix import label_text

BADGE_PREFIX = "OP"
_BADGE_RE = re.compile(r"OP([0-9]{1,12})", re.IGNORECASE)

# What a person's name never is: text without a letter (an EAN, a GS1 string), a run of
# four digits or more, a label code like BX000042, or a control character a scanner sent.
_DIGIT_RUN_RE = re.compile(r"[0-9]{4,}")
_LABEL_RE = re.compile(r"[A-Za-z]{2}[0-9]{2,}")


def badge_code(operator_id: int) -> str:
    """The text on a badge, e.g. 7 -> "OP000007"."""
    return f"{BADGE_PREFIX}{operator_id:06d}"


def parse_badge(code: str) -> int | None:
    """The operator number of a badge code in any case and padding, with or without the
    scanner's symbology prefix (``]C0OP000012``), else None."""
    text = label_text(code)
    match = _BADGE_RE.fullmatch(text) if text is not None else None
    return int(match.group(1)) if match else None


def looks_like_code(text: str) -> bool:
    """True when ``text`` is a barcode or a label code rather than words a person typed."""
    cleaned = text.strip()
    if not cleaned:
        return False
    if any(not ch.isprintable() for ch in cleaned) or not any(ch.isalpha() for ch in cleaned):
        return True
    return _DIGIT_RUN_RE.search(cleaned) is not None or _LABEL_RE.fullmatch(cleaned) is not None
