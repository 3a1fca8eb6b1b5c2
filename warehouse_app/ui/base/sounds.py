"""Short sounds that tell a scanner operator the result without looking at the screen."""

from __future__ import annotations

from PySide6.QtCore import QObject, QUrl, Signal
from PySide6.QtMultimedia import QSoundEffect

from warehouse_app.kernel.paths import resource_path


class Feedback(QObject):
    """A high beep for a good scan, a low double tone for a refused one, three rising tones for a
    scan kept on this laptop while the server is away (offline: not received yet)."""

    sounded = Signal(str)  # "scan_ok", "scan_error" or "scan_queued", sound on or off (the camera view shows it)

    def __init__(self, enabled: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.enabled = enabled
        self.played: list[str] = []  # what was asked to sound, newest last (tests, and a log for support)
        self._effects: dict[str, QSoundEffect] = {}
        for name in ("scan_ok", "scan_error", "scan_queued"):
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(resource_path("sounds", f"{name}.wav"))))
            effect.setVolume(0.8)
            self._effects[name] = effect

    def ok(self) -> None:
        self._play("scan_ok")

    def error(self) -> None:
        self._play("scan_error")

    def queued(self) -> None:
        self._play("scan_queued")

    def _play(self, name: str) -> None:
        self.played = (self.played + [name])[-20:]
        self.sounded.emit(name)
        if self.enabled:
            self._effects[name].play()
