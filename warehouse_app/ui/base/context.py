"""What every screen needs to know about this station and who is working at it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot

from warehouse_app.core.access.operators import OperatorInfo
from warehouse_app.core.access.roles import Action, allows
from warehouse_app.core.context import Actor
from warehouse_app.kernel.station import StationSettings
from warehouse_app.ui.base.message_bar import MessageBar
from warehouse_app.ui.base.offline import OfflineStation
from warehouse_app.ui.base.tasks import Change, ChangeNotice, TaskRunner


class _ChangeWatcher(QObject):
    """A child of the watching widget, so Qt disconnects it when the widget goes."""

    def __init__(self, widget: QObject, changes: Change, refresh: Callable[[], None]) -> None:
        super().__init__(widget)
        self._widget, self._changes, self._refresh = widget, changes, refresh

    @Slot(object)
    def heard(self, notice: ChangeNotice) -> None:
        if notice.touches(self._changes) and not notice.initiated_by(self._widget):
            self._refresh()


class AppContext(QObject):
    """Shared by the screens: the task runner, the operator, the message bar, change notices."""

    settings_changed = Signal(object)  # the new StationSettings, after the settings dialog saved them

    def __init__(self, runner: TaskRunner, operator: OperatorInfo, settings: StationSettings,
                 messages: MessageBar | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.operator = operator
        self.settings = settings
        self.messages = messages or MessageBar()
        self.offline: OfflineStation | None = None  # a PostgreSQL station's offline queue (app.py sets it)

    def watch(self, widget: QObject, changes: Change, refresh: Callable[[], None]) -> None:
        """Call ``refresh`` after every committed write touching ``changes`` that another
        widget initiated (``widget``'s own operations answer it directly)."""
        watcher = _ChangeWatcher(widget, changes, refresh)
        self.runner.changed.connect(watcher.heard)

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

    def may(self, action: Action) -> bool:
        """Whether this operator's role allows ``action`` (core/access/roles): buttons for what
        it does not are disabled; the services check again."""
        return allows(self.operator.role, action)
