"""The window a start shows at once, before the database and the screens are loaded.

It is up within a few tenths of a second of starting, while SQLAlchemy, the models and
the screens load and the database opens in a worker thread (``warehouse_app/start.py``).
It takes no scans itself: the scan hub recognises bursts in it as in any window and
holds them, with the waiting line at its bottom, and hands them on in order when it
closes — to the "Who is working?" dialog (a badge signs in there) or to the main window
(goods are received at Intake). Keep its imports to Qt and the light base modules.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget

from warehouse_app.ui.base.scan_hub import ScanHub
from warehouse_app.ui.base.window_size import open_size


class StartWindow(QMainWindow):
    """Aid Warehouse, opening: the title and size of the main window, one line of what is happening."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("startWindow")
        self.setWindowTitle(self.tr("Aid Warehouse"))
        open_size(self)  # 1280×800, or the screen's free area on a small laptop
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addStretch(1)
        self.status = QLabel(self.tr("Opening the warehouse\u2026"), central)
        self.status.setObjectName("startStatus")
        font = self.status.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        self.status.setFont(font)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.status)
        self.hint = QLabel(self.tr("You can scan already: scans made now are kept and used as soon as it is open."),
                           central)
        self.hint.setObjectName("startHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        layout.addStretch(2)
        self.setCentralWidget(central)

    def make_way(self, window: QWidget | None = None) -> None:
        """Close, once a burst being scanned into it has ended (one whole scan, held), putting
        ``window`` (the main window) where it was; the held scans move on as it closes."""
        app = QApplication.instance()
        hub = app.findChild(ScanHub) if app is not None else None
        if hub is not None:
            hub.settle(self)
        if window is not None:
            if self.isMaximized():
                window.showMaximized()
            else:
                window.setGeometry(self.geometry())
                window.show()
        self.close()


def refuse_start(text: str) -> int:
    """The app cannot start: why, in a message box and on stderr; the exit code."""
    QMessageBox.critical(None, QApplication.translate("startup", "Aid Warehouse cannot start"), text)
    sys.stderr.write(f"warehouse-app: {text}\n")
    return 1


def stamp(moment: str) -> None:
    """``moment <time.time()>`` on stdout: when the start window, then the main window, is usable
    (for bench/bench_start.py and the start-up tests; see ``start.READY_STAMP``)."""
    sys.stdout.write(f"{moment} {time.time():.6f}\n")
    sys.stdout.flush()
