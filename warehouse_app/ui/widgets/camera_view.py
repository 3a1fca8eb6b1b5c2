"""The camera as a scanner: a live view that reads barcodes and hands each one to the scan hub.

Opened by the Camera button of Intake, Trucks and the stocktake (``CameraButton``). A code
read here goes where a scanner burst typed in this window goes (``ScanHub.scan_from``):
this window takes it (``take_scan``) for the window that opened it, whose screen answers
with its own panel, flash and sound under its own rules; a USB scan while the view has the
keyboard goes the same way. The picture is shown about 15 times a second; a frame is read
(``ui/base/camera_codes``, zxing-cpp) at most 5 times a second in a worker thread, so the
window stays fluent, and ``ReadPause`` keeps one code in view from being read twice.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

import shiboken6
from PySide6.QtCore import QCameraPermission, QCoreApplication, QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen, QPixmap
from PySide6.QtMultimedia import (
    QCamera,
    QCameraDevice,
    QMediaCaptureSession,
    QMediaDevices,
    QVideoFrame,
    QVideoSink,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.scan_hub import ScanHub, ScanTaker
from warehouse_app.ui.base.sounds import Feedback

SHOW_EVERY_MS = 66  # the picture about 15 times a second
READ_EVERY_S = 0.2  # a frame read at most 5 times a second (~12 ms of work on a 720p frame)
MAX_WIDTH = 1280  # the camera's picture format: enough for a barcode at 10-30 cm, quick to read
TONES = {"idle": "#606060", "scan_ok": "#1e7a3c", "scan_error": "#c0392b", "scan_queued": "#2f6fb5"}


class CameraView(QDialog):
    """A live camera picture that reads barcodes into the scan path of the window that opened it."""

    decoded = Signal(list)  # the codes one frame held, nearest the centre first
    read = Signal(str)  # a code handed to the scan path
    _read_done = Signal(object)  # the worker's Future, delivered in the GUI thread

    def __init__(self, ctx: AppContext, opener: QWidget) -> None:
        super().__init__(opener)
        from warehouse_app.ui.base import camera_codes  # zxing-cpp loads when a camera view first opens

        self._read_codes = camera_codes.read_codes
        self.ctx = ctx
        self._target = opener.window()
        self.setObjectName("cameraView")
        self.setWindowTitle(self.tr("Scan with the camera"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.pause = camera_codes.ReadPause()
        self.clock: Callable[[], float] = time.monotonic  # the pause's clock
        separators = ctx.settings.gs1_separators
        self._separator = camera_codes.GS if not separators or camera_codes.GS in separators else separators[0]

        self.chooser = QComboBox(self)
        self.chooser.setObjectName("cameraChooser")
        self.chooser.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.chooser.activated.connect(self._chosen)
        self.picture = QLabel(self)
        self.picture.setObjectName("cameraPicture")
        self.picture.setMinimumSize(480, 360)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("cameraStatus")
        self.status.setWordWrap(True)
        font = self.status.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.status.setFont(font)
        self.retry = QPushButton(self.tr("Try again"), self)
        self.retry.setObjectName("cameraRetry")
        self.retry.setAutoDefault(False)
        self.retry.clicked.connect(self.start)
        close = QPushButton(self.tr("Close"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.chooser, 1)
        buttons.addStretch()
        buttons.addWidget(self.retry)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(560, 520)

        self.sink = QVideoSink(self)
        self.sink.videoFrameChanged.connect(self._frame_arrived)
        self._camera = QCamera(self)
        self._camera.errorOccurred.connect(self._camera_failed)
        self._session = QMediaCaptureSession(self)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self.sink)
        self._devices = QMediaDevices(self)
        self._devices.videoInputsChanged.connect(self._devices_changed)
        self._frame: QVideoFrame | None = None  # the newest frame, shown at the next tick
        self._image: QImage | None = None  # the newest picture not read yet
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="camera-read")
        self._reading = False
        self._next_read = 0.0
        self._read_done.connect(self._codes_found)
        self._tone = TONES["idle"]
        self._ticks = QTimer(self)
        self._ticks.setInterval(SHOW_EVERY_MS)
        self._ticks.timeout.connect(self._tick)
        self._ticks.start()
        for feedback in self._target.findChildren(Feedback):  # the screens' answers, green or red here too
            feedback.sounded.connect(self._sounded)
        self.start()

    # --- the camera -------------------------------------------------------------------

    def start(self) -> None:
        """Ask for the camera where the system asks the user, then open the chosen one."""
        app = QCoreApplication.instance()
        assert app is not None
        permission = QCameraPermission()
        status = app.checkPermission(permission)
        if status == Qt.PermissionStatus.Undetermined:
            self._say(self.tr("Allow this program to use the camera when the system asks."), retry=False)
            app.requestPermission(permission, self, self._permission_answered)
        elif status == Qt.PermissionStatus.Denied:
            self._say(self.tr("This computer does not let the program use the camera. Allow it in the system's "
                              "privacy settings (Camera), then press Try again. A USB scanner works as always."))
        else:
            self._open_chosen()

    def _permission_answered(self, *_answer: object) -> None:
        self.start()

    def _open_chosen(self) -> None:
        devices = QMediaDevices.videoInputs()
        wanted = self.chooser.currentData()
        wanted_id = wanted.id() if isinstance(wanted, QCameraDevice) else QMediaDevices.defaultVideoInput().id()
        self.chooser.clear()
        for device in devices:
            self.chooser.addItem(device.description(), device)
        self.chooser.setVisible(len(devices) > 1)
        if not devices:
            self._say(self.tr("No camera was found on this computer. Connect one and press Try again, "
                              "or scan with a USB scanner."))
            return
        index = next((n for n, device in enumerate(devices) if device.id() == wanted_id), 0)
        self.chooser.setCurrentIndex(index)
        self._use(devices[index])

    def _chosen(self, index: int) -> None:
        device = self.chooser.itemData(index)
        if isinstance(device, QCameraDevice):
            self._use(device)

    def _use(self, device: QCameraDevice) -> None:
        self._camera.stop()
        self._camera.setCameraDevice(device)
        formats = [f for f in device.videoFormats() if 0 < f.resolution().width() <= MAX_WIDTH]
        if formats:
            self._camera.setCameraFormat(max(formats, key=lambda f: (f.resolution().width(), f.maxFrameRate())))
        self.retry.hide()
        self.picture.setText(self.tr("Starting the camera…"))
        self._style_picture()
        self.status.setText(self.tr("Hold one barcode in the middle of the picture, 10 to 30 cm from the camera."))
        self._camera.start()

    def _camera_failed(self, error: QCamera.Error, detail: str) -> None:
        if error != QCamera.Error.NoError:
            self._say(self.tr("The camera could not be started ({detail}). Close other programs that use it, "
                              "such as a video call, and press Try again.").format(detail=detail))

    def _devices_changed(self) -> None:
        """A camera was plugged in or out: use what is there now."""
        if not self._camera.isActive() or self._camera.cameraDevice() not in QMediaDevices.videoInputs():
            self.start()

    def _say(self, sentence: str, *, retry: bool = True) -> None:
        """No picture: one sentence where the picture would be."""
        self._camera.stop()
        self._frame = self._image = None
        self.picture.setPixmap(QPixmap())
        self.picture.setText(sentence)
        self._style_picture()
        self.status.setText("")
        self.retry.setVisible(retry)

    def sentence(self) -> str:
        """What the view says instead of a picture ('' while it shows one)."""
        return self.picture.text()

    # --- frames: shown, then read off the GUI thread ------------------------------------------

    def _frame_arrived(self, frame: QVideoFrame) -> None:
        self._frame = frame  # only the newest is kept: converting every frame would cost the GUI thread

    def _tick(self) -> None:
        frame, self._frame = self._frame, None
        if frame is not None and frame.isValid():
            image = frame.toImage()
            if not image.isNull():
                self._image = image
                self._show(image)
        if self._image is not None and not self._reading and time.monotonic() >= self._next_read:
            image, self._image = self._image, None
            self._reading = True
            self._next_read = time.monotonic() + READ_EVERY_S
            self._pool.submit(self._read, image).add_done_callback(self._read_done.emit)

    def _read(self, image: QImage) -> list[str]:
        """In the worker thread: the codes in ``image`` (QImage is safe to read in any thread)."""
        gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
        return self._read_codes(gray, (gray.width(), gray.height()), self._separator)

    def _codes_found(self, future: Future[list[str]]) -> None:
        self._reading = False
        codes = future.result()  # a failure in the reader is a bug: raised here, where the crash hook sees it
        self.decoded.emit(codes)
        code = self.pause.offer(codes, self.clock())
        if code is None or not self.isVisible():
            return
        shown = (code[3:] if code.startswith("]") else code).replace("\x1d", " ")
        self.status.setText(self.tr("Read {code}. To read it again, take it out of the picture and show it again.")
                            .format(code=shown))
        self.read.emit(code)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        hub = app.findChild(ScanHub) or ScanHub.for_app(app, self.ctx.settings)
        hub.scan_from(self, code)

    def take_scan(self, code: str) -> bool:
        """The scan hub's question (ScanTaker): every code read or scanned here is for the window
        that opened the view; while that one holds scans (a question is open), so does this."""
        target = self._target
        if shiboken6.isValid(target) and isinstance(target, ScanTaker) and target.isVisible():
            return bool(target.take_scan(code))
        return False

    # --- drawing ------------------------------------------------------------------------------

    def _show(self, image: QImage) -> None:
        """The picture, scaled to the view, with a frame in the middle to aim with."""
        size = self.picture.contentsRect().size()
        pixmap = QPixmap.fromImage(image).scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.FastTransformation)
        painter = QPainter(pixmap)
        painter.setPen(QPen(QColor(self._tone if self._tone != TONES["idle"] else "#ffffff"), 3))
        w, h = pixmap.width(), pixmap.height()
        painter.drawRect(QRectF(w * 0.25, h * 0.3, w * 0.5, h * 0.4))
        painter.end()
        self.picture.setPixmap(pixmap)
        self.retry.hide()  # a picture: nothing to try again

    def _sounded(self, name: str) -> None:
        self._tone = TONES.get(name, TONES["idle"])
        self._style_picture()

    def _style_picture(self) -> None:
        dark = not self.picture.text()
        colours = "background:#101214; color:#ffffff;" if dark else "background:#f4f6f8; color:#1b1f23;"
        self.picture.setStyleSheet(f"#cameraPicture {{{colours} border:6px solid {self._tone}; padding:12px;}}")

    def place_beside(self, opener: QWidget) -> None:
        """Away from the opener's side of the window, so the screen's own answer stays in sight."""
        window = self._target.frameGeometry()
        left_half = opener.mapToGlobal(QPoint(opener.width() // 2, 0)).x() < window.center().x()
        x = window.right() - self.width() - 24 if left_half else window.left() + 24
        screen = QGuiApplication.screenAt(window.center()) or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        self.move(max(area.left(), min(x, area.right() - self.width())),
                  max(area.top(), min(window.top() + 90, area.bottom() - self.height())))

    def done(self, result: int) -> None:
        """Closing lets the camera go and waits for a frame being read (a few milliseconds)."""
        self._ticks.stop()
        self._camera.stop()
        self._pool.shutdown(wait=True)  # at most one read is ever queued (_reading)
        super().done(result)


class CameraButton(QPushButton):
    """"Camera…": opens the camera view for the window this button is in (or brings it forward)."""

    def __init__(self, ctx: AppContext, parent: QWidget) -> None:
        super().__init__(self.tr("Camera…"), parent)
        self.ctx = ctx
        self.setObjectName("cameraButton")
        self.setToolTip(self.tr("Scan barcodes with this computer's camera"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a scan's Enter never presses it
        self.setAutoDefault(False)
        self.clicked.connect(self.open_view)

    def open_view(self) -> CameraView:
        view = next((v for v in self.findChildren(CameraView) if v.isVisible()), None)
        if view is None:
            view = CameraView(self.ctx, self)
            view.show()
            view.place_beside(self)
        view.raise_()
        view.activateWindow()
        return view
