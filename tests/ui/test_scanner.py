"""ScannerInput with real widgets and real key delivery, offscreen; no mocks of Qt.

Keys are driven through the window's QWindow (``QTest.sendKeyEvent`` on
``windowHandle()``), which goes QWindowSystemInterface -> QGuiApplication -> QWindow ->
focus widget exactly like a physical key from xcb or Windows, with real timestamps.
``qtbot.keyClicks(widget)`` skips that path (see the test that says so).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.keyboard import GTIN, SLOW_MS, Key, Mod, enter, key_for, press, show_active, type_keys
from warehouse_app.ui.base.scanner import DEFAULT_SCAN_SET, GS, ScannerInput, us_char_for


@dataclass
class Form:
    window: QWidget
    edit: QLineEdit
    other: QLineEdit
    scanner: ScannerInput
    scans: list[str] = field(default_factory=list)
    returns: list[str] = field(default_factory=list)




@pytest.fixture
def form(qtbot: QtBot) -> Form:
    window = QWidget()
    edit, other = QLineEdit(), QLineEdit()
    layout = QVBoxLayout(window)
    layout.addWidget(edit)
    layout.addWidget(other)
    show_active(qtbot, window)
    edit.setFocus()
    result = Form(window, edit, other, ScannerInput(window))
    result.scanner.scanned.connect(result.scans.append)
    edit.returnPressed.connect(lambda: result.returns.append(edit.text()))
    return result


def settle(qtbot: QtBot) -> None:
    """Longer than max_gap_ms, so anything held back has been replayed."""
    qtbot.wait(150)


def test_fast_burst_is_one_scan_and_never_reaches_the_focused_field(form, qtbot: QtBot) -> None:
    with qtbot.waitSignal(form.scanner.scanned, timeout=2000) as blocker:
        type_keys(form.window, GTIN)
        enter(form.window)
    settle(qtbot)
    assert blocker.args == [GTIN]
    assert form.scans == [GTIN]
    assert form.edit.text() == ""
    assert form.returns == []


def test_slow_typing_reaches_the_field_exactly_and_is_no_scan(form, qtbot: QtBot) -> None:
    type_keys(form.window, "Qty-12.5 kg", delay_ms=SLOW_MS)
    enter(form.window, delay_ms=SLOW_MS)
    settle(qtbot)
    assert form.edit.text() == "Qty-12.5 kg"
    assert form.returns == ["Qty-12.5 kg"]
    assert form.scans == []


def test_fast_typing_without_enter_is_replayed_in_order(form, qtbot: QtBot) -> None:
    type_keys(form.window, "abc7")
    assert form.edit.text() == ""  # held back for at most max_gap_ms
    qtbot.waitUntil(lambda: form.edit.text() == "abc7", timeout=1000)
    assert form.scans == []


def test_each_physical_key_is_counted_once_with_a_child_focused(form, qtbot: QtBot) -> None:
    assert QApplication.focusWidget() is form.edit
    type_keys(form.window, "ABC123")  # with real Shift presses around the capitals
    enter(form.window)
    assert form.scans == ["ABC123"]
    assert form.edit.text() == ""


class KeyCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.presses = 0

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        self.presses += event.type() == QEvent.Type.KeyPress
        return False


def test_the_qwindow_sees_each_key_once_where_an_application_filter_sees_it_repeatedly(form, qtbot: QtBot) -> None:
    """Why the filter sits on the QWindow (DESIGN.md: count each physical key once)."""
    form.scanner.set_enabled(False)
    on_window, on_app = KeyCounter(), KeyCounter()
    form.window.windowHandle().installEventFilter(on_window)
    QApplication.instance().installEventFilter(on_app)
    try:
        type_keys(form.window, "ab")
        enter(form.window)
    finally:
        QApplication.instance().removeEventFilter(on_app)
    assert on_window.presses == 3
    assert on_app.presses == 7  # a, b: QWindow + QLineEdit; Return also reaches the parent


def test_short_fast_entry_then_enter_is_typing(form, qtbot: QtBot) -> None:
    type_keys(form.window, "12")
    enter(form.window)
    settle(qtbot)
    assert form.edit.text() == "12"
    assert form.returns == ["12"]
    assert form.scans == []


def test_command_keys_end_a_burst_and_keep_the_order(form, qtbot: QtBot) -> None:
    type_keys(form.window, "13")
    press(form.window, Key.Key_Left)
    type_keys(form.window, "2")
    press(form.window, Key.Key_End)
    type_keys(form.window, "45")
    press(form.window, Key.Key_Backspace)
    settle(qtbot)
    assert form.edit.text() == "1234"
    assert form.scans == []


def test_ctrl_bracket_inside_a_burst_is_the_group_separator(form, qtbot: QtBot) -> None:
    type_keys(form.window, "0105901234123457" + "10AB")
    press(form.window, Key.Key_BracketRight, Mod.ControlModifier)  # Ctrl press, ], Ctrl release
    type_keys(form.window, "17261231")
    type_keys(form.window, GS + "3712")  # the raw ASCII 29 character
    enter(form.window)
    assert form.scans == ["0105901234123457" + "10AB" + GS + "17261231" + GS + "3712"]
    assert form.edit.text() == ""


def test_tab_ends_a_scan_without_moving_focus(form, qtbot: QtBot) -> None:
    type_keys(form.window, GTIN)
    press(form.window, Key.Key_Tab, text="\t")
    settle(qtbot)
    assert form.scans == [GTIN]
    assert QApplication.focusWidget() is form.edit


def test_ukrainian_layout_burst_is_reported_as_us_text(form, qtbot: QtBot) -> None:
    type_keys(form.window, "ФИСВ1234")  # the keys of US "ABCD1234" on a Ukrainian layout
    enter(form.window)
    type_keys(form.window, "ИЩЧ-12ю5")  # US "BOX-12.5"
    enter(form.window)
    assert form.scans == ["ABCD1234", "BOX-12.5"]


def test_qwertz_burst_is_reported_as_us_text(form, qtbot: QtBot) -> None:
    type_keys(form.window, "BOXßZ1")  # US "BOX-Y1" on a German layout; ß tells the layout
    enter(form.window)
    assert form.scans == ["BOX-Y1"]


@pytest.mark.skipif(DEFAULT_SCAN_SET is None, reason="this platform reports no scan codes")
def test_scan_codes_remap_by_position_without_any_hint_in_the_text(form, qtbot: QtBot) -> None:
    offset = 8 if DEFAULT_SCAN_SET == "xkb" else 0
    handle = form.window.windowHandle()
    # US "Y123" from a scanner on a German layout arrives as "Z123"; set 1 codes 21, 2, 3, 4, 28
    keys = [(Key.Key_Z, "Z", 21, Mod.ShiftModifier), (Key.Key_1, "1", 2, Mod.NoModifier),
            (Key.Key_2, "2", 3, Mod.NoModifier), (Key.Key_3, "3", 4, Mod.NoModifier),
            (Key.Key_Return, "\r", 28, Mod.NoModifier)]
    for key, text, code, mods in keys:
        for etype in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.sendEvent(handle, QKeyEvent(etype, key, mods, code + offset, 0, 0, text))
    assert form.scans == ["Y123"]
    assert form.edit.text() == ""


def test_cyrillic_typing_stays_cyrillic(form, qtbot: QtBot) -> None:
    type_keys(form.window, "Київ", delay_ms=SLOW_MS)
    type_keys(form.window, " Львів")  # fast, but no Enter: typing, not a scan
    settle(qtbot)
    assert form.edit.text() == "Київ Львів"
    assert form.scans == []


def test_remap_can_be_switched_off(qtbot: QtBot) -> None:
    window = QWidget()
    show_active(qtbot, window)
    scanner = ScannerInput(window, remap_layout=False)
    scans: list[str] = []
    scanner.scanned.connect(scans.append)
    type_keys(window, "ФИСВ1234")
    enter(window)
    assert scans == ["ФИСВ1234"]


def test_disabled_scanner_lets_every_key_through(form, qtbot: QtBot) -> None:
    form.scanner.set_enabled(False)
    type_keys(form.window, GTIN)
    enter(form.window)
    assert form.edit.text() == GTIN
    assert form.returns == [GTIN]
    assert form.scans == []
    form.edit.clear()
    form.scanner.set_enabled(True)
    type_keys(form.window, GTIN)
    enter(form.window)
    assert form.scans == [GTIN]
    assert form.edit.text() == ""


def make_dialog(parent: QWidget, qtbot: QtBot) -> tuple[QDialog, QLineEdit]:
    dialog = QDialog(parent)
    edit, ok = QLineEdit(), QPushButton("OK")
    ok.setDefault(True)
    ok.clicked.connect(dialog.accept)
    layout = QVBoxLayout(dialog)
    layout.addWidget(edit)
    layout.addWidget(ok)
    dialog.open()  # window-modal, without blocking the test
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    edit.setFocus()
    return dialog, edit


def test_keys_in_a_modal_dialog_are_left_alone(form, qtbot: QtBot) -> None:
    dialog, edit = make_dialog(form.window, qtbot)
    type_keys(dialog, GTIN)
    enter(dialog)
    assert edit.text() == GTIN
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert form.scans == []


def test_a_scan_does_not_press_a_dialogs_default_button(form, qtbot: QtBot) -> None:
    dialog, edit = make_dialog(form.window, qtbot)
    scans: list[str] = []
    ScannerInput(dialog).scanned.connect(scans.append)
    type_keys(dialog, GTIN)
    enter(dialog)
    settle(qtbot)
    assert scans == [GTIN]
    assert edit.text() == ""
    assert dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


class KeyLog(QWidget):
    """A window with nothing focusable, so keys go to the window itself."""

    def __init__(self) -> None:
        super().__init__()
        self.typed = ""
        self.released = ""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        self.typed += event.text()

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        self.released += event.text()


def test_works_when_no_widget_has_focus(qtbot: QtBot) -> None:
    window = KeyLog()
    scanner = ScannerInput(window)  # before show: attaches once the QWindow exists
    show_active(qtbot, window)
    assert window.focusWidget() is None
    scans: list[str] = []
    scanner.scanned.connect(scans.append)
    type_keys(window, GTIN)
    enter(window)
    settle(qtbot)
    assert scans == [GTIN]
    assert (window.typed, window.released) == ("", "")  # not even the Enter's release
    type_keys(window, "ab", delay_ms=SLOW_MS)
    settle(qtbot)
    assert (window.typed, window.released) == ("ab", "ab")


def send_synthetic(window: QWidget, text: str, stamp: int) -> None:
    """A key with a platform timestamp, as if it had waited in the queue."""
    for etype in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(etype, key_for(text) if text != "\r" else Key.Key_Return, Mod.NoModifier, text)
        event.setTimestamp(stamp)
        QCoreApplication.sendEvent(window.windowHandle(), event)


def test_a_blocked_gui_thread_mid_scan_does_not_split_the_scan(form, qtbot: QtBot) -> None:
    send_synthetic(form.window, GTIN[0], 1000)
    time.sleep(0.2)  # the GUI thread is busy; the rest of the scan queues up
    qtbot.wait(5)  # the overdue timer fires first
    for i, ch in enumerate(GTIN[1:] + "\r", start=1):
        send_synthetic(form.window, ch, 1000 + 3 * i)
    assert form.scans == [GTIN]
    assert form.edit.text() == ""
    send_synthetic(form.window, "7", 5000)  # and a lone key after a freeze is still typed
    time.sleep(0.2)
    settle(qtbot)
    assert form.edit.text() == "7"


def test_keys_sent_to_a_widget_directly_skip_the_window_stage(form, qtbot: QtBot) -> None:
    """QTest.keyClicks(widget) is not a physical key: it bypasses the QWindow."""
    qtbot.keyClicks(form.edit, GTIN)
    qtbot.keyClick(form.edit, Key.Key_Return)
    assert form.edit.text() == GTIN
    assert form.returns == [GTIN]
    assert form.scans == []


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

