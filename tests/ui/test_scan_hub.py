"""One scanner for the whole application: real dialogs, real keys through their QWindow."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.ui.keyboard import GTIN, SLOW_MS, enter, show_active, type_keys
from warehouse_app.kernel.station import StationSettings
from warehouse_app.ui.base.scan_hub import ScanHub

SECOND = "4006381333931"


class Main(QWidget):
    """Stands in for the main window: takes every scan, in order."""

    def __init__(self) -> None:
        super().__init__()
        self.scans: list[str] = []

    def take_scan(self, code: str) -> bool:
        self.scans.append(code)
        return True


class Form(QDialog):
    """A dialog with a text field and a default button: a scan must reach neither."""

    def __init__(self) -> None:
        super().__init__()
        self.edit = QLineEdit(self)
        self.ok = QPushButton("OK", self)
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.ok)
        self.setModal(True)


class CodeDialog(Form):
    """A dialog that says what a scan means there: it takes it as a code."""

    def __init__(self) -> None:
        super().__init__()
        self.codes: list[str] = []

    def take_scan(self, code: str) -> bool:
        self.codes.append(code)
        return True


@pytest.fixture
def hub(qapp: QApplication) -> ScanHub:
    """The application's one hub, with no main window yet (as at start-up)."""
    return ScanHub.for_app(qapp, StationSettings(station="t"))


@pytest.fixture
def main(qtbot: QtBot, hub: ScanHub) -> Main:
    window = Main()
    show_active(qtbot, window)
    hub.set_main_window(window)
    return window


def scan(window: QWidget, code: str) -> None:
    type_keys(window, code, delay_ms=5)
    enter(window, delay_ms=5)


def open_modal(qtbot: QtBot, dialog: QWidget) -> None:
    show_active(qtbot, dialog)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is dialog)


def test_a_scan_in_the_main_window_goes_to_it(qtbot: QtBot, hub: ScanHub, main: Main) -> None:
    scan(main, GTIN)
    qtbot.waitUntil(lambda: main.scans == [GTIN])


def test_a_scan_in_a_plain_dialog_is_held_visibly_and_used_after_it_closes(
        qtbot: QtBot, hub: ScanHub, main: Main) -> None:
    form = Form()
    open_modal(qtbot, form)
    form.edit.setFocus()
    scan(form, GTIN)
    scan(form, SECOND)
    qtbot.waitUntil(lambda: hub.held == (GTIN, SECOND))
    assert form.edit.text() == "" and form.isVisible() and form.result() == 0  # no text, no default button
    assert "2 scans waiting" in hub.notice(form)  # English plural forms from warehouse_en.qm
    assert main.scans == []
    form.reject()  # cancelling the dialog never drops them
    qtbot.waitUntil(lambda: main.scans == [GTIN, SECOND])
    assert hub.held == ()


def test_a_question_is_never_answered_by_a_scan(qtbot: QtBot, hub: ScanHub, main: Main) -> None:
    box = QMessageBox(QMessageBox.Icon.Question, "Demo", "Load the demo warehouse?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)  # even with Yes as the default
    answers: list[int] = []
    box.finished.connect(answers.append)
    open_modal(qtbot, box)
    scan(box, GTIN)
    qtbot.waitUntil(lambda: hub.held == (GTIN,))
    qtbot.wait(50)
    assert answers == [] and box.isVisible()
    box.button(QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: main.scans == [GTIN])


def test_a_dialog_that_takes_scans_gets_them_and_nothing_is_held(qtbot: QtBot, hub: ScanHub, main: Main) -> None:
    dialog = CodeDialog()
    open_modal(qtbot, dialog)
    dialog.edit.setFocus()
    scan(dialog, GTIN)
    qtbot.waitUntil(lambda: dialog.codes == [GTIN])
    assert dialog.edit.text() == "" and hub.held == () and hub.notice(dialog) == ""
    dialog.accept()
    qtbot.wait(20)
    assert main.scans == []


def test_typing_in_a_dialog_is_still_typing(qtbot: QtBot, hub: ScanHub, main: Main) -> None:
    form = Form()
    open_modal(qtbot, form)
    form.edit.setFocus()
    type_keys(form, "Anna", delay_ms=SLOW_MS)
    qtbot.waitUntil(lambda: form.edit.text() == "Anna")
    assert hub.held == ()


def test_scans_before_the_main_window_wait_for_it_in_order(qtbot: QtBot, hub: ScanHub) -> None:
    start = Form()  # like "Who is working?" before the main window exists
    open_modal(qtbot, start)
    start.edit.setFocus()
    scan(start, GTIN)
    scan(start, SECOND)
    qtbot.waitUntil(lambda: hub.held == (GTIN, SECOND))
    assert start.edit.text() == ""
    start.accept()
    qtbot.wait(20)
    assert hub.held == (GTIN, SECOND)  # nobody to take them yet: still waiting
    main = Main()
    show_active(qtbot, main)
    hub.set_main_window(main)
    qtbot.waitUntil(lambda: main.scans == [GTIN, SECOND])


def test_the_application_has_one_hub(qapp: QApplication, hub: ScanHub) -> None:
    assert ScanHub.for_app(qapp, StationSettings(station="t")) is hub


def test_settle_lets_a_burst_under_way_end_in_its_window_as_one_scan(qtbot: QtBot, hub: ScanHub) -> None:
    """The start window makes way while a scanner may be mid-burst: ``settle`` waits for the
    rest of the keys, so the whole code is held there, not half of it typed into the next window."""
    from PySide6.QtCore import QTimer
    from PySide6.QtTest import QTest

    from tests.ui.keyboard import Key, Mod, key_for

    def send(key: Key, text: str) -> None:  # one key through the QWindow, turning no event loop itself
        QTest.sendKeyEvent(QTest.KeyAction.Click, window.windowHandle(), key, text, Mod.NoModifier)

    hub.apply_settings(StationSettings(station="t", scan_max_gap_ms=150))  # room for a busy test machine
    window = QWidget()  # takes no scans: they are held, as in the start window
    show_active(qtbot, window)
    hub.attach(window)
    type_keys(window, GTIN[:6], delay_ms=3)  # the first half has arrived ...
    rest = [(key_for(ch), ch) for ch in GTIN[6:]] + [(Key.Key_Return, "\r")]
    for i, (key, text) in enumerate(rest):  # ... the rest is still coming, a key every 4 ms
        QTimer.singleShot(4 * (i + 1), lambda key=key, text=text: send(key, text))
    assert hub.held == ()
    hub.settle(window)
    assert hub.held == (GTIN,)  # one whole scan, held in the window
