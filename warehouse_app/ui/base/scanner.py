"""USB barcode scanners in keyboard mode: tell a scan from typing, at the window stage.

Where the filter sits, and why each physical key is counted once
----------------------------------------------------------------
A physical key travels: platform plugin -> QWindowSystemInterface -> QGuiApplication
(shortcut map) -> the top-level ``QWindow`` (Qt's QWidgetWindow) -> forwarded, as the
same event object, to the focus widget -> QApplication::notify hands it on to each
parent while it is ignored. An application-wide filter therefore sees one key two or
three times (QWindow, focus widget, parents: QLineEdit ignores Return after emitting
returnPressed). A filter on the top-level *widget* sees a key only when no child has
focus or a child ignored it, i.e. too late to keep digits out of a quantity field.
The window's ``QWindow`` (``window.windowHandle()``) sees every key exactly once and
before any widget, so the key filter sits there. The widget itself is filtered only
to (re)attach when its native window is created or recreated, and to flush on
deactivation.

``QTest.keyClicks(widget, ...)`` is not a physical key: it calls notify(widget)
directly and skips the QWindow (with timestamp 0), like any sendEvent to a widget,
so it passes here untouched. Tests drive keys through the QWindow
(``QTest.keyClick``/``sendKeyEvent`` on ``windowHandle()``), the path xcb, Wayland
and Windows take.

Keys of a possible scan are held back, not delivered, until the burst is decided:
a scan is swallowed whole (no stray digits, no returnPressed, no default button);
anything else is replayed through the same QWindow in the original order, so
typing is only delayed by at most ``max_gap_ms``.
"""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QWindow
from PySide6.QtWidgets import QWidget

GS = "\x1d"  # GS1 group separator (ASCII 29)

Mod = Qt.KeyboardModifier
# On macOS the physical Control key arrives as Meta.
_GS_CHORD = Mod.MetaModifier if sys.platform == "darwin" else Mod.ControlModifier
_NEUTRAL_MODS = Mod.KeypadModifier | Mod.GroupSwitchModifier
_MODIFIER_KEYS = {Qt.Key.Key_Shift, Qt.Key.Key_Control, Qt.Key.Key_Alt, Qt.Key.Key_Meta, Qt.Key.Key_AltGr}
_TERMINATOR_KEYS = {"enter": (Qt.Key.Key_Return, Qt.Key.Key_Enter), "tab": (Qt.Key.Key_Tab,)}

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


@dataclass(slots=True)
class _Held:
    event: QKeyEvent  # our own copy: the original belongs to Qt and dies after delivery
    kind: str  # "char", "gs", "mod" (a bare modifier key) or "release"


def _copy(event: QKeyEvent) -> QKeyEvent:
    copy = QKeyEvent(event.type(), event.key(), event.modifiers(), event.nativeScanCode(),
                     event.nativeVirtualKey(), event.nativeModifiers(), event.text(),
                     event.isAutoRepeat(), event.count(), event.device())
    copy.setTimestamp(event.timestamp())
    return copy


class ScannerInput(QObject):
    """Watches one top-level window's keys and emits ``scanned`` for each scanner burst."""

    scanned = Signal(str)
    window_hidden = Signal()  # the watched window closed or hid (held scans may move on)

    def __init__(self, window: QWidget, *, max_gap_ms: int = 50, min_length: int = 4,
                 terminators: tuple[str, ...] = ("enter", "tab"), remap_layout: bool = True) -> None:
        window = window.window()
        super().__init__(window)  # lives and dies with the window (no Python reference to it:
        # a Python-owned dialog would otherwise stay alive in a cycle until gc destroys both)
        self._handle: QWindow | None = None  # the QWindow being filtered
        self.set_terminators(terminators)
        self._min_length = min_length
        self.set_remap_layout(remap_layout)
        self._enabled = True
        self._passing = False  # set while replaying, so our own replays go through
        self._held: list[_Held] = []
        self._last = (0, 0)  # (event timestamp ms, monotonic ns) of the last held press
        self._swallow_release: set[int] = set()  # keys of a scan whose release is still due
        self._timer = QTimer(self, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._on_timeout)
        self._deadline_ns = 0
        self._grace_used = False
        self.set_max_gap_ms(max_gap_ms)
        window.installEventFilter(self)  # lifecycle only: keys are taken at the QWindow
        self._attach()

    @property
    def window(self) -> QWidget:
        """The top-level window this scanner watches (its parent)."""
        return self.parent()  # type: ignore[return-value]  # always the QWidget given at construction

    _window = window

    def set_max_gap_ms(self, ms: int) -> None:
        """Longest gap between two keys of one scan (scanners: a few ms; people: 100+)."""
        if ms <= 0:
            raise ValueError("max_gap_ms must be positive")
        self._max_gap_ms = ms

    def set_terminators(self, terminators: tuple[str, ...]) -> None:
        """Which key(s) end a scan: "enter", "tab" or both (as the scanner is set up)."""
        unknown = set(terminators) - _TERMINATOR_KEYS.keys()
        if unknown or not terminators:
            raise ValueError(f"unknown terminators {sorted(unknown)}; use {sorted(_TERMINATOR_KEYS)}")
        self._terminators = {k for name in terminators for k in _TERMINATOR_KEYS[name]}

    def set_remap_layout(self, on: bool) -> None:
        """On: read keys as a US keyboard whatever layout the system uses (Ukrainian, German)."""
        self._remap = on

    @property
    def deciding(self) -> bool:
        """Keys are held that are not yet known to be a scan or typing (a burst under way)."""
        return bool(self._held)

    def set_enabled(self, on: bool) -> None:
        """Off: every key passes untouched (keys already held are delivered first)."""
        if not on:
            self._replay()
            self._swallow_release.clear()
        self._enabled = on

    # --- Qt plumbing -------------------------------------------------------------

    def _attach(self) -> None:
        """Filter the window's current QWindow; it only exists once the widget is created
        and is replaced if the native window is recreated."""
        handle = self._window.windowHandle()
        if handle is self._handle:
            return
        self._replay()
        if self._handle is not None and shiboken6.isValid(self._handle):
            self._handle.removeEventFilter(self)
        self._handle = handle
        if handle is not None:
            handle.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        # Filtered are only the window widget (its lifecycle) and its current QWindow (keys).
        # Told apart by type, not by identity: PySide may hand the same C++ object to a
        # filter in a new Python wrapper (seen on xcb), where ``obj is self._handle`` fails.
        etype = event.type()
        if not isinstance(obj, QWindow):
            if etype in (QEvent.Type.WinIdChange, QEvent.Type.Show):
                self._attach()
            elif etype == QEvent.Type.WindowDeactivate:
                self._replay()
            elif etype == QEvent.Type.Hide:
                self.window_hidden.emit()
            return False
        if etype not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if self._passing or not self._enabled:
            return False
        return self._on_key(event)

    # --- the burst state machine -------------------------------------------------

    def _on_key(self, event: QKeyEvent) -> bool:
        """True swallows the key (held back or part of a scan); False lets it through."""
        key = event.key()
        if event.type() == QEvent.Type.KeyRelease:
            if self._held:
                self._held.append(_Held(_copy(event), "release"))
                return True
            if key in self._swallow_release:
                self._swallow_release.discard(key)
                return True
            return False
        self._swallow_release.discard(key)
        kind = self._kind(event)
        stamp = (event.timestamp(), time.monotonic_ns())
        if self._held and self._gap_ms(stamp) > self._max_gap_ms:
            self._replay()  # too slow for a scanner: what was held is typing
        if not self._held and kind != "char":
            return False
        if kind in ("char", "gs", "mod"):
            self._held.append(_Held(_copy(event), kind))
            self._last = stamp
            self._arm()
            return True
        if kind == "end":
            scan = self._scan_text()
            if len(scan) >= self._min_length:
                self._swallow_release = self._unreleased() | {key}
                self._held.clear()
                self._timer.stop()
                self.scanned.emit(scan)
                return True
        self._replay()  # a command key, or Enter after too short a burst: typing
        return False

    def _kind(self, event: QKeyEvent) -> str:
        key, text = event.key(), event.text()
        mods = event.modifiers() & ~_NEUTRAL_MODS
        if key in _MODIFIER_KEYS:
            return "mod"  # scanners press Shift/Ctrl around characters: part of the burst
        if event.isAutoRepeat():
            return "other"  # a held-down key is a person; scanners never repeat
        if mods == _GS_CHORD and (key == Qt.Key.Key_BracketRight or text == GS
                                  or us_char_for(text, event.nativeScanCode(), key, layout=self._layout("")) == "]"):
            return "gs"
        if text == GS and not mods & ~Mod.ShiftModifier:
            return "gs"
        if mods & ~Mod.ShiftModifier:
            return "other"  # Ctrl/Alt/Meta chords are commands
        if key in self._terminators:
            return "end"
        return "char" if text and text.isprintable() else "other"

    def _gap_ms(self, stamp: tuple[int, int]) -> float:
        """Event timestamps tell the real gap even if the GUI thread was busy and keys
        queued up; synthetic events carry 0, so then the arrival time decides."""
        (ts, mono), (last_ts, last_mono) = stamp, self._last
        if ts > 0 and last_ts > 0 and ts >= last_ts:
            return ts - last_ts
        return (mono - last_mono) / 1e6

    def _arm(self) -> None:
        self._timer.start(self._max_gap_ms)
        self._deadline_ns = time.monotonic_ns() + self._max_gap_ms * 1_000_000
        self._grace_used = False

    def _on_timeout(self) -> None:
        """No next key in time: the held keys were typing. But a timer that fires far too
        late means the GUI thread was blocked and the rest of a scan may be queued
        behind it: wait once more so those keys arrive and their timestamps decide."""
        late_ms = (time.monotonic_ns() - self._deadline_ns) / 1e6
        if late_ms > self._max_gap_ms and not self._grace_used:
            self._grace_used = True
            self._timer.start(self._max_gap_ms)
            return
        self._replay()

    def _replay(self) -> None:
        """Deliver the held keys, in order, through the QWindow as Qt would have: to the
        current focus widget, respecting grabs and modality."""
        held, self._held = self._held, []
        self._timer.stop()
        handle = self._handle
        if not held or handle is None or not shiboken6.isValid(handle):
            return
        self._passing = True
        try:
            for item in held:
                QCoreApplication.sendEvent(handle, item.event)
        finally:
            self._passing = False

    def _unreleased(self) -> set[int]:
        down: set[int] = set()
        for item in self._held:
            (down.discard if item.kind == "release" else down.add)(item.event.key())
        return down

    def _layout(self, texts: str) -> str:
        """Which character table fits: the burst's own letters say Ukrainian or German
        for sure; otherwise the input locale may say German (QWERTZ)."""
        if any("\u0400" <= ch <= "\u04ff" for ch in texts):
            return "ua"
        if _GERMAN_ONLY.intersection(texts):
            return "de"
        german = QGuiApplication.inputMethod().locale().language() == QLocale.Language.German
        return "de" if german else "us"

    def _scan_text(self) -> str:
        chars = [item.event for item in self._held if item.kind == "char"]
        layout = self._layout("".join(ev.text() for ev in chars)) if self._remap else "us"
        parts: list[str] = []
        for item in self._held:
            ev = item.event
            if item.kind == "gs":
                parts.append(GS)
            elif item.kind == "char":
                parts.append(us_char_for(ev.text(), ev.nativeScanCode(), ev.key(),
                                         shift=bool(ev.modifiers() & Mod.ShiftModifier), layout=layout)
                             if self._remap else ev.text())
        return "".join(parts)
