"""USB barcode scanners in keyboard mode: what a scanner meant, whatever the layout.

A scanner emulates a US keyboard; on a Ukrainian or German (QWERTZ) system layout
the same physical keys give other characters. ``us_char_for`` maps them back, by
physical key position where the platform reports scan codes, else by character.
"""

from __future__ import annotations

import sys

GS = "\x1d"  # GS1 group separator (ASCII 29)

# US characters by PC scan code set 1 (make codes). Linux evdev codes are the same
# numbers, and X11/Wayland report evdev + 8 (the XKB keycode).
_US_ROWS = (
    (2, "1234567890-=", "!@#$%^&*()_+"),
    (16, "qwertyuiop[]", "QWERTYUIOP{}"),
    (30, "asdfghjkl;'`", 'ASDFGHJKL:"~'),
    (43, "\\zxcvbnm,./", "|ZXCVBNM<>?"),
    (71, "789-456+1230.", "789-456+1230."),  # keypad with Num Lock on
)
_SET1: dict[int, tuple[str, str]] = {
    start + i: (plain, shifted)
    for start, plains, shifteds in _US_ROWS
    for i, (plain, shifted) in enumerate(zip(plains, shifteds, strict=True))
} | {55: ("*", "*"), 57: (" ", " ")}
_SCAN_OFFSETS = {"set1": 0, "xkb": 8}
#: Windows reports set 1 (bit 0x100 = extended key); X11/Wayland report XKB keycodes;
#: macOS reports no usable scan code, so only the character tables apply there.
DEFAULT_SCAN_SET: str | None = {"win32": "set1", "darwin": None}.get(sys.platform, "xkb")

# Character tables for when no scan code is known (macOS, synthetic events).
_US_SHIFT = {p: s for _, plains, shifteds in _US_ROWS[:4] for p, s in zip(plains, shifteds)}
_CYRILLIC: dict[str, str] = {}
for _cyr, _us in zip("йцукенгшщзхїфівапролджєячсмитьбюыэъё", "qwertyuiop[]asdfghjkl;'zxcvbnm,.s']`", strict=True):
    _CYRILLIC[_cyr], _CYRILLIC[_cyr.upper()] = _us, _US_SHIFT[_us]  # Ukrainian, plus ыэъё of Russian
_LAYOUT_TABLES: dict[str, dict[str, str]] = {
    "us": {},
    "ua": _CYRILLIC | dict(zip('.,/"№;:?', "/?|@#$^&", strict=True)),
    "de": dict(zip("zyZY^°\"§&/()=ß?´`üÜ+*#'öÖäÄ;:-_", "yzYZ`~@#^&*()-_=+[{]}\\|;:'\"<>/?", strict=True)),
}
_GERMAN_ONLY = set("äöüÄÖÜß§°´")


def us_char_for(text: str, native_scan_code: int, key: int, *, shift: bool = False,
                layout: str = "us", scan_set: str | None = DEFAULT_SCAN_SET) -> str:
    """The text a US-layout keyboard gives for this key: what a scanner emulating a US
    keyboard meant, whatever layout the system turned it into.

    By physical position when ``native_scan_code`` is known in ``scan_set``; letters keep
    the case of ``text`` (Shift or Caps Lock), other keys follow ``shift``. Otherwise
    per character: Cyrillic letters always (a US scanner never means Cyrillic), and
    the punctuation of ``layout`` ("ua", "de"; "us" changes nothing else). ``key``
    stands in for ``text`` when Ctrl turned the text into a control character.
    """
    if not text or not text.isprintable():
        text = chr(key).lower() if 0x20 <= key < 0x7F or 0x400 <= key < 0x500 else ""
    offset = _SCAN_OFFSETS.get(scan_set or "")
    extended = scan_set == "set1" and native_scan_code & 0x100
    position = None if offset is None or extended else _SET1.get(native_scan_code - offset)
    if position is not None:
        if text.lower() != text.upper():
            shift = text.isupper()
        return position[1] if shift else position[0]
    table = _LAYOUT_TABLES[layout]
    return "".join(table.get(ch) or _CYRILLIC.get(ch, ch) for ch in text)
