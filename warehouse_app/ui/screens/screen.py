"""The base of the main window's screens (Intake, Stock, Catalogue, ...)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from warehouse_app.ui.base.context import AppContext


class Screen(QWidget):
    """A page of the main window. Scans reach the active screen through ``handle_scan``."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def title(self) -> str:
        raise NotImplementedError

    def activated(self) -> None:
        """Shown again: refresh what may have changed elsewhere."""

    def handle_scan(self, code: str) -> None:
        self.ctx.messages.show_message(
            self.tr("A barcode was scanned, but this screen does not use scans. Go to Intake (F2) to receive goods."),
            "warning",
        )


@dataclass(frozen=True)
class LaterScreen:
    """A screen the main window builds the first time it is shown, so its modules (and what
    they import) load then rather than before the first window: only Intake is needed to
    start scanning. ``title`` is the translated button text, ``name`` the screen's objectName."""

    name: str
    title: str
    build: Callable[[], Screen]
