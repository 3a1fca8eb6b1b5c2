"""What every screen needs to know about this station and who is working at it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from warehouse_app.core.context import Actor
from warehouse_app.core.operators import OperatorInfo
from warehouse_app.ui.message_bar import MessageBar
from warehouse_app.ui.tasks import TaskRunner


@dataclass(frozen=True)
class StationSettings:
    """Per-machine settings (stored with QSettings, not in the shared database)."""

    station: str
    lang: str = "en"
    scan_max_gap_ms: int = 50
    gs1_separators: str = "\x1d"
    sound: bool = True


class AppContext(QObject):
    """Shared by the screens: the task runner, the operator, the message bar, change notices."""

    stock_changed = Signal()  # after any committed write that moved stock
    catalogue_changed = Signal()  # after items or categories were added or edited

    def __init__(self, runner: TaskRunner, operator: OperatorInfo, settings: StationSettings,
                 messages: MessageBar | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.operator = operator
        self.settings = settings
        self.messages = messages or MessageBar()

    @property
    def actor(self) -> Actor:
        return Actor(self.operator.id, self.settings.station)

    @property
    def lang(self) -> str:
        return self.settings.lang

    @property
    def is_manager(self) -> bool:
        return self.operator.role == "manager"
