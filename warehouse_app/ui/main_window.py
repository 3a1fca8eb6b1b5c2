"""The main window: a row of big screen buttons, the message bar, the active screen,
and a status bar that always says who works where on which database."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.kernel.station import StationSettings
from warehouse_app.station.store import load_station_settings
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.base.scan_hub import ScanHub
from warehouse_app.ui.base.sounds import Feedback
from warehouse_app.ui.base.window_size import open_size
from warehouse_app.ui.screens.screen import LaterScreen, Screen

BUSY_SHOWN_AFTER_MS = 300  # work shorter than this shows no "Working…" (a scan takes a few ms)


class MainWindow(QMainWindow):
    scan_routed = Signal(str, str)  # (screen object name, code): for tests and logs

    def __init__(self, ctx: AppContext, database_name: str, screens: list[tuple[Screen | LaterScreen, str]], *,
                 demo: bool = False) -> None:
        super().__init__()
        self.ctx = ctx
        self.scan_hub: ScanHub | None = None  # set by app.attach_scanner
        self.demo = demo  # a demo database: its goods are made up, and every station says so
        demo_text = self.tr("DEMO \u2014 not real stock")
        title = self.tr("Aid Warehouse")
        self.setWindowTitle(f"{title} \u2014 {demo_text}" if demo else title)
        open_size(self)  # 1280×800, or the screen's free area on a small laptop
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(8, 8, 8, 4)

        nav = QHBoxLayout()
        self.nav_group = QButtonGroup(self)
        self.nav_group.setExclusive(True)
        self.stack = QStackedWidget(central)
        # The screens by index; a LaterScreen until first shown (a placeholder holds its place in the stack).
        self.screens: list[Screen | LaterScreen] = []
        for index, (screen, key) in enumerate(screens):
            later = isinstance(screen, LaterScreen)
            title, name = (screen.title, screen.name) if later else (screen.title(), screen.objectName())
            button = QPushButton(f"{title}  ({key})", central)
            button.setObjectName(f"nav_{name}")
            button.setCheckable(True)
            button.setMinimumHeight(40)
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * 1.2)
            font.setBold(True)
            button.setFont(font)
            self.nav_group.addButton(button, index)
            nav.addWidget(button)
            self.stack.addWidget(QWidget(self.stack) if later else screen)
            self.screens.append(screen)
            QShortcut(QKeySequence(key), self, activated=lambda i=index: self.show_screen(i))
        nav.addStretch(1)
        self.settings_button = QPushButton(self.tr("Settings\u2026"), central)
        self.settings_button.setObjectName("openSettings")
        self.settings_button.setMinimumHeight(40)
        self.settings_button.setToolTip(self.tr("This station, the database, the warehouse, the operators, backups and the label printer "
                                              "(Ctrl+,)"))
        self.settings_button.clicked.connect(self.open_settings)
        nav.addWidget(self.settings_button)
        QShortcut(QKeySequence("Ctrl+,"), self, activated=self.open_settings)
        self.database_name = database_name
        self.nav_group.idClicked.connect(self.show_screen)
        layout.addLayout(nav)
        layout.addWidget(ctx.messages)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        # "Working…" only for work that keeps people waiting: a scan answers within a few ms, and
        # showing and clearing the word for each one laid out and repainted the status bar twice.
        self.busy_label = QLabel(self)
        self._busy_later = QTimer(self, singleShot=True, interval=BUSY_SHOWN_AFTER_MS,
                                  timeout=lambda: self.busy_label.setText(self.tr("Working\u2026")))
        ctx.runner.busy_changed.connect(self._busy_changed)
        ctx.runner.error.connect(ctx.messages.error)
        status = self.statusBar()
        role = {"manager": self.tr("manager"), "loader": self.tr("loader")}.get(ctx.operator.role, self.tr("staff"))
        self.operator_label = QLabel(self.tr("Operator: {name} ({role})").format(name=ctx.operator.name, role=role))
        self.station_label = QLabel(self.tr("Station: {name}").format(name=ctx.settings.station))
        self.database_label = QLabel(self.tr("Database: {name}").format(name=database_name))
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.operator_label, self.station_label, self.database_label):
            status.addWidget(label)
        status.addPermanentWidget(self.busy_label)
        # Offline (PostgreSQL stations): how many scans wait on this laptop, and the ones the
        # server refused when they were sent, for a manager.
        self.offline_label = QLabel(self)
        self.offline_label.setObjectName("offlineLabel")
        self.offline_label.setStyleSheet("background:#2f6fb5; color:white; font-weight:bold; padding:2px 10px;")
        self.offline_label.hide()
        status.addPermanentWidget(self.offline_label)
        self.set_aside_button = QPushButton(self)
        self.set_aside_button.setObjectName("setAsideButton")
        self.set_aside_button.setStyleSheet("background:#c0392b; color:white; font-weight:bold; padding:2px 10px;")
        self.set_aside_button.clicked.connect(self.open_set_aside)
        self.set_aside_button.hide()
        status.addPermanentWidget(self.set_aside_button)
        if ctx.offline is not None:
            ctx.offline.changed.connect(self.show_offline_state)
            self.show_offline_state()
        self.demo_label = QLabel(demo_text, self)
        self.demo_label.setObjectName("demoLabel")
        self.demo_label.setStyleSheet("background:#c00000; color:white; font-weight:bold; padding:2px 10px;")
        self.demo_label.setVisible(demo)
        status.addPermanentWidget(self.demo_label)
        ctx.settings_changed.connect(self.apply_settings)
        self.show_screen(0)

    def _busy_changed(self, busy: bool) -> None:
        if busy:
            self._busy_later.start()
        else:
            self._busy_later.stop()
            if self.busy_label.text():
                self.busy_label.setText("")

    def show_offline_state(self) -> None:
        offline = self.ctx.offline
        if offline is None:
            return
        if offline.offline:
            self.offline_label.setText(self.tr("Offline: %n scan(s) waiting", "", offline.waiting))
        elif offline.waiting:
            self.offline_label.setText(self.tr("Sending %n kept scan(s)\u2026", "", offline.waiting))
        self.offline_label.setVisible(offline.offline or offline.waiting > 0)
        self.set_aside_button.setText(self.tr("%n kept scan(s) refused: for a manager", "", offline.set_aside_count))
        self.set_aside_button.setVisible(offline.set_aside_count > 0)

    def open_set_aside(self) -> None:
        from warehouse_app.ui.widgets.set_aside_dialog import SetAsideDialog

        if self.ctx.offline is None:
            return
        dialog = SetAsideDialog(self.ctx.offline, self.ctx.is_manager, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def open_settings(self) -> None:
        """The settings dialog, window-modal (the screens wait behind it)."""
        from warehouse_app.ui.screens.settings.dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self.database_name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def remind_offsite_copy(self, today: date | None = None) -> str | None:
        """At start on a SQLite station: a line in the message bar when the last copy off this
        laptop (Settings › Backups) is more than a week old or was never made; returns it."""
        days = load_station_settings().offsite_copy_overdue(today or date.today())
        if days is None:
            return None
        if days < 0:
            text = self.tr("No copy of the database has been made off this laptop yet \u2014 Settings \u203a Backups")
        else:
            text = self.tr("Last copy off this laptop: %n day(s) ago \u2014 Settings \u203a Backups", "", days)
        self.ctx.messages.show_message(text, "info", 0)
        return text

    def apply_settings(self, settings: StationSettings) -> None:
        """What the station page changed, applied now: station name, scanner, sound."""
        self.station_label.setText(self.tr("Station: {name}").format(name=settings.station))
        if self.scan_hub is not None:
            self.scan_hub.apply_settings(settings)
        for feedback in self.findChildren(Feedback):
            feedback.enabled = settings.sound

    def current_screen(self) -> Screen:
        return self.built_screen(self.stack.currentIndex())

    def built_screen(self, index: int) -> Screen:
        """The screen at ``index``, built now if it was left for later."""
        screen = self.screens[index]
        if isinstance(screen, LaterScreen):
            placeholder = self.stack.widget(index)
            built = screen.build()
            self.stack.insertWidget(index, built)
            self.stack.removeWidget(placeholder)
            placeholder.deleteLater()
            self.screens[index] = screen = built
        return screen

    def show_screen(self, index: int) -> None:
        screen = self.built_screen(index)
        self.stack.setCurrentIndex(index)
        self.nav_group.button(index).setChecked(True)
        screen.activated()

    def take_scan(self, code: str) -> bool:
        """The scan hub's question (ScanTaker): every scan here is the active screen's."""
        self.route_scan(code)
        return True

    def route_scan(self, code: str) -> None:
        """Every scan in the window goes to the screen the user is looking at."""
        screen = self.current_screen()
        self.scan_routed.emit(screen.objectName(), code)
        screen.handle_scan(code)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Let committed-or-not scans finish: a scan being written is never cut off.
        if self.ctx.offline is not None:
            self.ctx.offline.stop()  # kept scans stay on the laptop for the next start
        self.ctx.runner.wait(15_000)
        super().closeEvent(event)
