"""us_char_for: the US text a scanner meant, from what a non-US layout delivered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from warehouse_app.ui.scanner import us_char_for

Key = Qt.Key


@pytest.mark.parametrize(
    ("args", "kwargs", "expected"),
    [
        (("й", 24, 0x419), {"scan_set": "xkb"}, "q"),
        (("Й", 24, 0x419), {"scan_set": "xkb"}, "Q"),
        (("z", 29, Key.Key_Z), {"scan_set": "xkb"}, "y"),  # QWERTZ by position
        (("\"", 3, Key.Key_QuoteDbl), {"shift": True, "scan_set": "set1"}, "@"),  # German Shift+2
        (("ß", 12, Key.Key_ssharp), {"scan_set": "set1"}, "-"),
        (("/", 0x135, Key.Key_Slash), {"scan_set": "set1"}, "/"),  # extended key: by character
        (("1", 87, Key.Key_1), {"scan_set": "xkb"}, "1"),  # keypad
        (("й", 1, 0x419), {"scan_set": None}, "q"),  # macOS: no scan codes, by character
        (("ФИСВ", 0, 0), {}, "ABCD"),
        (("ю", 0, 0), {}, "."),
        (("Ю", 0, 0), {}, ">"),
        ((".", 0, Key.Key_Period), {"layout": "ua"}, "/"),
        (("№", 0, 0), {"layout": "ua"}, "#"),
        ((".", 0, Key.Key_Period), {"layout": "us"}, "."),
        (("z", 0, Key.Key_Z), {"layout": "de"}, "y"),
        (("Y", 0, Key.Key_Y), {"layout": "de"}, "Z"),
        (("-", 0, Key.Key_Minus), {"layout": "de"}, "/"),
        (("ä", 0, 0), {"layout": "de"}, "'"),
        (("", 0, Key.Key_BracketRight), {}, "]"),  # Ctrl turned the text into a control char
        (("Київ", 0, 0), {"layout": "us"}, "Rb]d"),
    ],
)
def test_us_char_for(args: tuple, kwargs: dict, expected: str) -> None:
    assert us_char_for(*args, **kwargs) == expected
