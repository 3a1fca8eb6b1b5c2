"""What every screen needs to know about this station and who is working at it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from warehouse_app.core.context import Actor
from warehouse_app.core.operators import OperatorInfo
from warehouse_app.ui.message_bar import MessageBar
from warehouse_app.ui.tasks import TaskRunner


LABEL_FORMATS = ("a6", "100x150", "a4")  # label sheets, as documents.labels_pdf names them
#: The key(s) a scanner sends after a code, as ScannerInput's ``terminators``.
TERMINATOR_CHOICES = {"enter": ("enter",), "tab": ("tab",), "both": ("enter", "tab")}


@dataclass(frozen=True)
class StationSettings:
    """Per-machine settings (stored with QSettings, not in the shared database)."""

    station: str
    lang: str = "en"
    scan_max_gap_ms: int = 50
    gs1_separators: str = "\x1d"
    sound: bool = True
    scan_terminator: str = "both"  # a key of TERMINATOR_CHOICES
    scan_remap: bool = True  # read keys as a US keyboard whatever the system layout
    label_format: str = "a6"  # one of LABEL_FORMATS: box and pallet labels printed here

    @property
    def scan_terminators(self) -> tuple[str, ...]:
        return TERMINATOR_CHOICES.get(self.scan_terminator, TERMINATOR_CHOICES["both"])


class AppContext(QObject):
    """Shared by the screens: the task runner, the operator, the message bar, change notices."""

    stock_changed = Signal()  # after any committed write that moved stock
    catalogue_changed = Signal()  # after items or categories were added or edited
    settings_changed = Signal(object)  # the new StationSettings, after the settings dialog saved them

    def __init__(self, runner: TaskRunner, operator: OperatorInfo, settings: StationSettings,
                 messages: MessageBar | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.operator = operator
        self.settings = settings
        self.messages = messages or MessageBar()

    def apply_settings(self, settings: StationSettings) -> None:
        """New station settings from now on (the station name stamps the next movement)."""
        self.settings = settings
        self.settings_changed.emit(settings)

    @property
    def actor(self) -> Actor:
        return Actor(self.operator.id, self.settings.station)

    @property
    def lang(self) -> str:
        return self.settings.lang

    @property
    def is_manager(self) -> bool:
        return self.operator.role == "manager"
