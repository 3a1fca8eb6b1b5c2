"""Typed expiry dates: the fast forms intake staff use, and clear refusals."""

from __future__ import annotations

from datetime import date

import pytest

from warehouse_app.core.dates import parse_expiry_text
from warehouse_app.kernel.errors import BadInput


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("311226", date(2026, 12, 31)),
        ("31122026", date(2026, 12, 31)),
        ("31.12.26", date(2026, 12, 31)),
        ("31/12/2026", date(2026, 12, 31)),
        ("1.2.2027", date(2027, 2, 1)),
        ("2026-12-31", date(2026, 12, 31)),
        (" 2026-12-31 ", date(2026, 12, 31)),
        ("12/2026", date(2026, 12, 31)),  # a month means its last day
        ("02/2028", date(2028, 2, 29)),  # leap year
        ("2.27", date(2027, 2, 28)),
        ("2026-04", date(2026, 4, 30)),
    ],
)
def test_fast_forms(typed: str, expected: date) -> None:
    assert parse_expiry_text(typed) == expected


@pytest.mark.parametrize(("typed", "words"), [
    ("310226", "no such day"), ("13/2026", "no such day"), ("2026-02-30", "no such day"),
    ("", "must look like"), ("soon", "must look like"), ("12345", "must look like"), ("1/2/3/4", "must look like"),
])
def test_refusals_are_one_sentence(typed: str, words: str) -> None:
    with pytest.raises(BadInput, match=words):
        parse_expiry_text(typed)
