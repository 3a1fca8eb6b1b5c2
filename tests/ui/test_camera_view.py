"""The camera view, without a camera: frames made from barcodes are pushed through its video
sink (the path a camera's frames take), and what it reads goes through the scan hub to the
screen that opened it, exactly as a scanner burst typed there: real database rows."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import numpy as np
import pytest
import zxingcpp
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from tests.ui.keyboard import enter, show_active, type_keys
from tests.ui.test_camera_codes import frame, zxing_code
from tests.ui.test_stock_screen import SOAP as STOCK_SOAP
from tests.ui.test_stock_screen import shown_screen, stock  # noqa: F401  (a fixture)
from warehouse_app.app import attach_scanner
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.db.database import Database
from warehouse_app.db.models import Movement, StockLevel
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.scan_hub import ScanHub
from warehouse_app.ui.main_window import MainWindow
from warehouse_app.ui.screens.intake.screen import IntakeScreen
from warehouse_app.ui.widgets.camera_view import CameraButton, CameraView

SOAP = "5901234123457"
NO_CAMERA = "No camera was found on this computer"


class Clock:
    """The pause's clock, moved on by the test (frames are pushed faster than a camera's)."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def code_frame(code: str, fmt: zxingcpp.BarcodeFormat = zxingcpp.BarcodeFormat.EAN13) -> QImage:
    return frame((zxing_code(code, fmt, scale=5), 0.5, 0.5))


def empty_frame() -> QImage:
    return frame()


def push(qtbot: QtBot, view: CameraView, image: QImage) -> list[str]:
    """One camera frame into the view; the codes it read in it."""
    with qtbot.waitSignal(view.decoded, timeout=10_000) as read:
        view.sink.setVideoFrame(QVideoFrame(image))
    return list(read.args[0])


def received(db: Database) -> list[tuple[str, Decimal]]:
    with db.read() as s:
        return [(kind, qty) for kind, qty in s.execute(select(Movement.kind, Movement.quantity).order_by(Movement.id))]


def on_hand(db: Database) -> Decimal:
    with db.read() as s:
        return s.scalar(select(func.coalesce(func.sum(StockLevel.quantity), 0))) or Decimal(0)


@pytest.fixture
def window(db: Database, ctx: AppContext, qtbot: QtBot) -> Iterator[MainWindow]:
    """The main window with Intake, and the application's scan hub, as the app starts them."""
    with db.write() as s:
        catalogue.add_item(s, name="Mydło w kostce 100 g", category="HYGIENE", unit="pcs", barcodes_=[SOAP])
    intake = IntakeScreen(ctx)
    main = MainWindow(ctx, db.display_name(), [(intake, "F2")])
    attach_scanner(main, ctx.settings)
    main.resize(1366, 768)
    show_active(qtbot, main)
    main.show_screen(0)
    ctx.runner.wait()
    yield main
    ctx.runner.wait()
    QCoreApplication.processEvents()


def open_camera(qtbot: QtBot, owner: object) -> CameraView:
    button = owner.findChild(CameraButton)  # type: ignore[attr-defined]
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    view = button.findChild(CameraView)
    assert view is not None and view.isVisible()
    return view


def test_without_a_camera_the_view_says_so_in_one_sentence(window: MainWindow, qtbot: QtBot) -> None:
    view = open_camera(qtbot, window.current_screen())
    assert NO_CAMERA in view.sentence()
    assert view.retry.isVisible()
    qtbot.mouseClick(view.retry, Qt.MouseButton.LeftButton)  # still none: the same sentence
    assert NO_CAMERA in view.sentence()
    assert open_camera(qtbot, window.current_screen()) is view  # one view per button, brought forward
    view.reject()
    qtbot.waitUntil(lambda: not view.isVisible())


def test_a_code_read_by_the_camera_is_received_like_a_scan_once_per_showing(
        db: Database, window: MainWindow, qtbot: QtBot) -> None:
    intake = window.current_screen()
    assert isinstance(intake, IntakeScreen)
    view = open_camera(qtbot, intake)
    clock = view.clock = Clock()
    routed: list[tuple[str, str]] = []
    window.scan_routed.connect(lambda screen, code: routed.append((screen, code)))
    qtbot.keyClicks(intake.qty, "3")  # typed before the read: that many, as with a scanner

    with qtbot.waitSignal(intake.received, timeout=10_000):
        assert push(qtbot, view, code_frame(SOAP)) == ["]E0" + SOAP]
    assert routed == [("intake", "]E0" + SOAP)]  # through the main window's route, as a burst
    assert received(db) == [("receive", Decimal(3))]
    assert intake.panel.headline.text() == "Mydło w kostce 100 g"
    assert intake.feedback.played[-1] == "scan_ok"
    assert "#1e7a3c" in view.picture.styleSheet()  # the screen's green, around the picture too
    assert SOAP in view.status.text()
    assert intake.code.text() == "" and intake.qty.text() == ""  # never typed into a field

    for _ in range(6):  # held in view past the pause, read every 0.4 s: not received twice
        clock.now += 0.4
        assert push(qtbot, view, code_frame(SOAP)) == ["]E0" + SOAP]
    window.ctx.runner.wait()
    QCoreApplication.processEvents()
    assert received(db) == [("receive", Decimal(3))] and len(routed) == 1

    for _ in range(3):  # out of the picture for more than a second, then shown again: the next piece
        clock.now += 0.4
        assert push(qtbot, view, empty_frame()) == []
    clock.now += 0.4
    with qtbot.waitSignal(intake.received, timeout=10_000):
        push(qtbot, view, code_frame(SOAP))
    assert on_hand(db) == 4
    assert [code for _, code in routed] == ["]E0" + SOAP] * 2


def test_a_refused_code_is_red_in_the_view_as_on_the_screen(db: Database, window: MainWindow, qtbot: QtBot) -> None:
    intake = window.current_screen()
    assert isinstance(intake, IntakeScreen)
    view = open_camera(qtbot, intake)
    with qtbot.waitSignal(intake.refused, timeout=10_000):
        push(qtbot, view, code_frame("BX999999", zxingcpp.BarcodeFormat.Code128))  # a box label at intake
    assert intake.feedback.played[-1] == "scan_error"
    assert "#c0392b" in view.picture.styleSheet()
    assert received(db) == []


def test_a_read_while_a_question_is_open_waits_for_its_answer_as_a_scan_would(
        db: Database, window: MainWindow, qtbot: QtBot) -> None:
    intake = window.current_screen()
    view = open_camera(qtbot, intake)
    box = QMessageBox(QMessageBox.Icon.Question, "Demo", "Close the donation?",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, window)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    answers: list[int] = []
    box.finished.connect(answers.append)
    box.open()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is box)
    hub = QApplication.instance().findChild(ScanHub)  # type: ignore[union-attr]
    push(qtbot, view, code_frame(SOAP))
    assert hub.held == ("]E0" + SOAP,) and "1 scan waiting" in hub.notice(box)
    assert answers == [] and received(db) == []  # never a "Yes", never received behind the question
    with qtbot.waitSignal(intake.received, timeout=10_000):
        box.button(QMessageBox.StandardButton.No).click()
    assert on_hand(db) == 1 and answers == [QMessageBox.StandardButton.No.value]


def test_a_scanner_burst_in_the_camera_view_goes_to_the_screen(db: Database, window: MainWindow, qtbot: QtBot) -> None:
    intake = window.current_screen()
    view = open_camera(qtbot, intake)
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    QCoreApplication.processEvents()  # the hub watches the window once it has the keyboard
    with qtbot.waitSignal(intake.received, timeout=10_000):
        type_keys(view, SOAP)
        enter(view)
    assert on_hand(db) == 1


def test_the_stocktake_counts_what_the_camera_reads(manager_ctx: AppContext, db: Database, stock: None,  # noqa: F811
                                                    qtbot: QtBot) -> None:
    screen = shown_screen(manager_ctx, qtbot)
    dialog = screen.open_stocktake()
    assert dialog is not None
    receiving = next(n for n in range(dialog.place.count()) if dialog.place.itemData(n).name == "Receiving")
    with qtbot.waitSignal(dialog.list_loaded):
        dialog.place.setCurrentIndex(receiving)
    view = open_camera(qtbot, dialog)
    with qtbot.waitSignal(dialog.scan_counted, timeout=10_000):
        push(qtbot, view, code_frame(STOCK_SOAP))
    soap = next(line for line in dialog.model.lines if line.lot.item_name == "Soap 100 g")
    assert soap.counted == 1
    view.reject()
    dialog.reject()
    manager_ctx.runner.wait()
    QCoreApplication.processEvents()


def test_the_trucks_screen_has_the_camera_too(loader_ctx: AppContext, qtbot: QtBot) -> None:
    from warehouse_app.ui.screens.trucks.screen import TrucksScreen

    screen = TrucksScreen(loader_ctx)
    qtbot.addWidget(screen)
    screen.show()
    button = screen.scan_bar.findChild(CameraButton)
    assert button is not None and button.isVisible()
    loader_ctx.runner.wait()
    QCoreApplication.processEvents()


_ = np  # numpy pictures come from test_camera_codes' helpers
