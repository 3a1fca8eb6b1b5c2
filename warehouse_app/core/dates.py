"""Dates as people type them at a scan station, fast and without separators.

``311226``, ``31.12.26``, ``31/12/2026`` and ``2026-12-31`` are a day; ``12/2026``,
``12.26`` and ``2026-12`` are a month, which for an expiry date means its last day
(what "best before 12/2026" printed on a tin means).
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from warehouse_app.kernel.errors import BadInput
from warehouse_app.kernel.safe_text import shown

_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_ISO_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_DAY = re.compile(r"(\d{1,2})[./\- ](\d{1,2})[./\- ](\d{2}|\d{4})")
_MONTH = re.compile(r"(\d{1,2})[./\- ](\d{2}|\d{4})")
_DIGITS = re.compile(r"\d{6}|\d{8}")
# Dates people type for goods and trucks; outside these years it is a typing slip (and
# 9999-12-31 stands for "no expiry" in the running totals, so it must not be typed).
FIRST_YEAR, LAST_YEAR = 1970, 2199
MAX_TYPED = 40


def _year(text: str) -> int:
    return int(text) if len(text) == 4 else 2000 + int(text)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_expiry_text(value: str | date, what: str = "expiry date") -> date:
    """Read a typed expiry date; raises BadInput with one sentence when it is not one."""
    if isinstance(value, date):
        return _plausible(value, value.isoformat(), what)
    text = value.strip()
    if len(text) > MAX_TYPED or not text.isascii():  # (\d also matches other scripts' digits)
        text = ""
    value = shown(value)[:MAX_TYPED]
    try:
        return _plausible(_read(text), value, what)
    except ValueError:
        raise BadInput("There is no such day as \u201c{value}\u201d.", value=value) from None
    except LookupError:
        raise BadInput(
            "The {what} must look like 311226, 31.12.2026, 12/2026 or 2026-12-31, not \u201c{value}\u201d.",
            what=what, value=value,
        ) from None


def _plausible(day: date, value: str, what: str) -> date:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise BadInput("The {what} {value} is not a plausible date: use a year from {first} to {last}.",
                       what=what, value=value, first=FIRST_YEAR, last=LAST_YEAR)
    return day


def _read(text: str) -> date:
    """The day ``text`` names; ValueError when there is no such day, LookupError when it is no date."""
    if m := _ISO_DAY.fullmatch(text):
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := _ISO_MONTH.fullmatch(text):
        return _month_end(int(m[1]), int(m[2]))
    if m := _DAY.fullmatch(text):
        return date(_year(m[3]), int(m[2]), int(m[1]))
    if m := _MONTH.fullmatch(text):
        return _month_end(_year(m[2]), int(m[1]))
    if _DIGITS.fullmatch(text):  # DDMMYY or DDMMYYYY
        return date(_year(text[4:]), int(text[2:4]), int(text[:2]))
    raise LookupError(text)
