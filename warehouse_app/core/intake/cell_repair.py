"""Undo what spreadsheet programs do to the codes in a sheet, or say why it cannot be undone.

A code typed or pasted into a spreadsheet becomes a number unless its column is text:

- its leading zeros go (a US UPC ``036000291452`` becomes ``36000291452``): they are put
  back when the check digit of the code proves it (leading zeros weigh nothing in the
  GS1 check digit, so the padded code is the one the goods carry), and the row says so;
- a long one is shown, and saved to CSV, in scientific notation (``5,90123E+12``), or is
  kept as a float rounded to six digits (``5901230000000``): its last digits are gone,
  and the row is refused with a sentence saying why, never guessed at;
- the group separator of a GS1 code (ASCII 29) is written into an .xlsx cell as the
  escape ``_x001D_``, which is read back as the separator.

``repair_row`` applies this to the code columns of one imported row; everything else in
the row is left as read.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple

from warehouse_app.core.catalogue import barcodes
from warehouse_app.kernel.errors import BadInput, Notice

CODE_COLUMNS = ("barcode", "case_barcode")
RESTORED = "The leading zeros of the code {code} were restored: {restored} (its check digit proves it)."
_SCIENTIFIC_RE = re.compile(r"[0-9]+(?:[.,][0-9]+)?[eE]\+?[0-9]{1,2}")
_ESCAPED_GS_RE = re.compile(r"_x001d_", re.IGNORECASE)
_DIGITS_RE = re.compile(r"[0-9]+")
_SPLIT_RE = re.compile(r"[\s,;|]+")
_ROUNDED_RE = re.compile(r"[1-9][0-9]{0,5}0{5,}")  # what is left of a float rounded to six digits
# The usual cell, nothing to repair (when no code ends in five zeros): codes of whole GTIN lengths.
_ZEROS_AT_END_RE = re.compile(r"00000(?![0-9])")
_PLAIN_RE = re.compile(r"(?:[0-9]{8}|[0-9]{12,14})(?:[\s,;|]+(?:[0-9]{8}|[0-9]{12,14}))*")


class RepairedRow(NamedTuple):
    """The row with its codes repaired, what was repaired (one sentence each), or why the
    row cannot be read (the code was damaged beyond repair)."""

    row: Mapping[str, object]
    notes: tuple[Notice, ...] = ()
    error: BadInput | None = None


def scientific(code: str) -> BadInput:
    return BadInput("The code \u201c{code}\u201d is in scientific notation: a spreadsheet program turned it into a "
                    "number and dropped its last digits. Format the column as text and type the codes again.",
                    code=code)


def rounded(code: str) -> BadInput:
    return BadInput("The code {code} has a wrong check digit and ends in zeros: a spreadsheet program rounded it "
                    "(shown as {short}) and dropped its last digits. Format the column as text and type the "
                    "codes again.", code=code, short=f"{code[0]}.{code[1:6].rstrip('0') or '0'}E+{len(code) - 1}")


def repair_cell(text: str) -> tuple[str, list[Notice]]:
    """A code cell as the goods carry it, and the sentences saying what was repaired; raises
    ``BadInput`` for a code whose digits a spreadsheet lost. A cell of several codes (an
    item's barcodes, "36000291452, 5901234123457") has each repaired."""
    cell = text.strip()
    if _SCIENTIFIC_RE.fullmatch(cell):
        raise scientific(cell)
    parts = [p for p in _SPLIT_RE.split(cell) if p]
    if len(parts) > 1 and all(_DIGITS_RE.fullmatch(p) and len(p) >= 7 for p in parts):
        repaired = [repair_code(p) for p in parts]
        notes = [note for _, note in repaired if note is not None]
        return (" ".join(code for code, _ in repaired) if notes else cell), notes
    code, note = repair_code(cell)
    return code, [] if note is None else [note]


def repair_code(text: str) -> tuple[str, Notice | None]:
    """One code as the goods carry it, and the sentence saying what was repaired; raises
    ``BadInput`` for a code whose digits a spreadsheet lost."""
    code = text.strip()
    if _SCIENTIFIC_RE.fullmatch(code):
        raise scientific(code)
    if _ESCAPED_GS_RE.search(code):
        return _ESCAPED_GS_RE.sub(barcodes.DEFAULT_SEPARATORS, code), None  # the escape is no repair to report
    if _DIGITS_RE.fullmatch(code) is None:
        return code, None
    if len(code) in barcodes.GTIN_LENGTHS or len(code) > 14:
        if len(code) >= 12 and _ROUNDED_RE.fullmatch(code) and not barcodes.is_valid_gtin(code):
            raise rounded(code)
        return code, None
    if len(code) < 7:
        return code, None  # too short to be a code that lost its zeros: left to its own sentence
    padded = code.zfill(8 if len(code) == 7 else 12)
    if not barcodes.is_valid_gtin(padded):
        return code, None
    return padded, Notice(RESTORED, code=code, restored=padded)


def repair_row(row: Mapping[str, object]) -> RepairedRow:
    """The row with each code column repaired (see the module's text)."""
    fixed: dict[str, object] | None = None
    notes: tuple[Notice, ...] = ()
    for column in CODE_COLUMNS:
        value = row.get(column)
        if not isinstance(value, str) or not value.strip() or (
                _PLAIN_RE.fullmatch(value) and not _ZEROS_AT_END_RE.search(value)):
            continue
        try:
            code, said = repair_cell(value)
        except BadInput as exc:
            return RepairedRow(row, error=exc)
        if code != value.strip():
            fixed = dict(row) if fixed is None else fixed
            fixed[column] = code
        notes += tuple(said)
    return RepairedRow(row if fixed is None else fixed, notes)
