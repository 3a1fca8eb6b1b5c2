"""The installed Qt binding must not corrupt Python's reference counts.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a Qt
method that returns nothing; after enough calls (a few hours at a scan station)
the process aborts with "none_dealloc". pyproject excludes that release; this test
catches any other release with the same fault.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_none_alive(qapp) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
    assert sys.getrefcount(None) - before > -100
