"""The big panel that answers "did that scan work?" from two metres away."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

PALETTE = {
    "idle": ("#f4f6f8", "#c9d1d9"),
    "ok": ("#e3f5e8", "#3c9d5d"),
    "ok_flash": ("#9fe0b0", "#1e7a3c"),
    "error": ("#fbe4e2", "#c0392b"),
    "error_flash": ("#f2a39b", "#a1281b"),
    "undo": ("#fff4e0", "#d49b2c"),
    "queued": ("#e4eefb", "#2f6fb5"),  # offline: kept on this laptop, not received yet (blue, never green)
    "queued_flash": ("#a9c8f0", "#1f4f8a"),
}


def _scaled(label: QLabel, factor: float, bold: bool = False) -> QLabel:
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    label.setFont(font)
    label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
    label.setWordWrap(True)
    return label


class LastScanPanel(QFrame):
    """Item name, quantity and expiry in large type; green or red, with a short flash."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lastScan")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.headline = _scaled(QLabel(self), 2.2, bold=True)
        self.headline.setObjectName("lastScanItem")
        self.quantity = _scaled(QLabel(self), 3.2, bold=True)
        self.quantity.setObjectName("lastScanQuantity")
        self.details = _scaled(QLabel(self), 1.4)
        self.details.setObjectName("lastScanDetails")
        for label in (self.headline, self.quantity, self.details):
            layout.addWidget(label)
        self.state = "idle"
        self._tone = "idle"  # the colours shown (PALETTE), drawn by paintEvent
        # The colours are painted (paintEvent) and the text colour is the palette's: a style
        # sheet, even one set once, has every label drawn through the style sheet engine,
        # and a new one per scan re-polished the panel (more than a scan's database work).
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#1b1f23"))
        self.setPalette(palette)
        self._settle = QTimer(self, singleShot=True, interval=450, timeout=self._end_flash)
        self.show_idle()

    def show_idle(self) -> None:
        self.headline.setText(self.tr("Ready to scan"))
        self.quantity.setText("")
        self.details.setText(self.tr("Scan a barcode, or type a quantity first and then scan."))
        self._paint("idle")

    def show_ok(self, headline: str, quantity: str, details: str) -> None:
        self.headline.setText(headline)
        self.quantity.setText(quantity)
        self.details.setText(details)
        self._paint("ok_flash")
        self.state = "ok"
        self._settle.start()

    def show_error(self, sentence: str, code: str = "", headline: str | None = None) -> None:
        self.headline.setText(headline or self.tr("Not received"))
        self.quantity.setText("")
        self.details.setText(sentence if not code else self.tr("{sentence}\nScanned: {code}").format(sentence=sentence, code=code))
        self._paint("error_flash")
        self.state = "error"
        self._settle.start()

    def show_queued(self, headline: str, quantity: str) -> None:
        """Offline: the scan is saved on this laptop and will be sent when the server is back.
        No stock level: nothing is received until the server has it."""
        self.headline.setText(headline)
        self.quantity.setText(quantity)
        self.details.setText(self.tr("Saved on this laptop — will be sent when the server is back"))
        self._paint("queued_flash")
        self.state = "queued"
        self._settle.start()

    def show_undo(self, headline: str, details: str) -> None:
        self.headline.setText(headline)
        self.quantity.setText("")
        self.details.setText(details)
        self._paint("undo")
        self.state = "undo"

    def _end_flash(self) -> None:
        if self.state in ("ok", "error", "queued"):
            self._paint(self.state)

    def _paint(self, key: str) -> None:
        if key != self._tone:
            self._tone = key
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt name)
        """The panel's colours: a rounded box with a 3 px border."""
        background, border = PALETTE[self._tone]
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(border), 3))
        painter.setBrush(QColor(background))
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5), 10, 10)
        painter.end()
