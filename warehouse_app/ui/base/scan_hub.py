"""One scanner for the whole application: every window and dialog, each scan where it belongs.

``ScannerInput`` tells a burst from typing in one top-level window. The hub gives every
top-level window one as it is shown (the start-up dialogs before the main window exists,
message boxes, forms, the settings), so a burst is recognised wherever the focus is and
its keys never reach a text field, press a default button or answer a question.

What a scan means is the window's to say. A window that takes scans implements
``take_scan(code) -> bool`` (the ``ScanTaker`` protocol): True when it used the code,
False to hold it. A window without one (a question, the settings, a reason prompt)
holds it. A held scan waits, visibly (one line at the bottom of that window), and is
handed on in order when the window closes — accepted or cancelled, it is never dropped
silently: to the next window that takes scans, in the end the main window, which routes
it to the active screen. Before the main window exists (the "Who is working?" dialog),
held scans wait for it.
"""

from __future__ import annotations

import time
from collections import deque
from typing import Protocol, runtime_checkable

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from warehouse_app.kernel.station import StationSettings
from warehouse_app.ui.base.scanner import ScannerInput


@runtime_checkable
class ScanTaker(Protocol):
    """A window that says what a scan means there."""

    def take_scan(self, code: str) -> bool: ...


class ScanWaitingNote(QLabel):
    """One line at the bottom of a window that holds scans: they are not lost.

    The window grows by the note's height and its layout keeps that strip free, so the
    note never covers the window's own buttons."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        window.installEventFilter(self)  # to follow its size
        self._reserved = 0
        self.setObjectName("scanWaitingNote")
        self.setWordWrap(True)
        self.setStyleSheet("background:#fff4c2; color:#3d3200; border-top:1px solid #d9b700; padding:4px 8px;")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def show_count(self, count: int) -> None:
        self.setText(self.tr("%n scan(s) waiting: they will be used when this window closes.", "", count))
        self._reserve()
        self.place()
        self.show()
        self.raise_()

    def _reserve(self) -> None:
        window = self.parentWidget()
        if window is None:
            return
        needed = self._height(window.width())
        if needed <= self._reserved:
            return
        layout = window.layout()
        if layout is not None:
            margins = layout.contentsMargins()
            margins.setBottom(margins.bottom() + needed - self._reserved)
            layout.setContentsMargins(margins)
        window.resize(window.width(), window.height() + needed - self._reserved)
        self._reserved = needed

    def _height(self, width: int) -> int:
        return self.heightForWidth(width) if self.hasHeightForWidth() else self.sizeHint().height()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Resize and self.isVisible():
            self.place()
        return False

    def place(self) -> None:
        window = self.parentWidget()
        if window is None:
            return
        height = self._height(window.width())
        self.setGeometry(0, window.height() - height, window.width(), height)


class ScanHub(QObject):
    """Recognises scans in every top-level window of the application and routes them."""

    scanned = Signal(str)  # every recognised scan, as it arrives (before routing)
    held_changed = Signal(int)  # how many scans are waiting

    @classmethod
    def for_app(cls, app: QApplication, settings: StationSettings) -> ScanHub:
        """The application's one hub (two would see every burst twice), with these settings."""
        hub = app.findChild(ScanHub)
        if hub is None:
            return cls(app, settings)
        hub.apply_settings(settings)
        return hub

    def __init__(self, app: QApplication, settings: StationSettings) -> None:
        super().__init__(app)
        self._app = app
        self._settings = settings
        self._scanners: dict[int, ScannerInput] = {}  # id(window) -> its scanner
        self._held: deque[str] = deque()
        self._main: QWidget | None = None
        self._notes: dict[int, ScanWaitingNote] = {}
        self._flushing = False
        # Keys go to the focused window, and a window is focused before its first key:
        # attaching on focus covers start-up dialogs, message boxes and forms alike.
        app.focusWindowChanged.connect(self._focus_moved)
        self._focus_moved()

    # --- set-up -----------------------------------------------------------------------

    def set_main_window(self, window: QWidget | None) -> None:
        """Where scans go when no dialog takes them; held scans go there once it is up."""
        self._main = window
        if window is not None:
            self.attach(window)
            QTimer.singleShot(0, self._flush)

    def shutdown(self) -> None:
        """Stop watching (the app is closing; tests end): every window's keys pass untouched."""
        self._app.focusWindowChanged.disconnect(self._focus_moved)
        for scanner in list(self._scanners.values()):
            if shiboken6.isValid(scanner):
                scanner.set_enabled(False)
                scanner.deleteLater()
        self._scanners.clear()
        for note in self._notes.values():
            if shiboken6.isValid(note):
                note.deleteLater()
        self._notes.clear()
        self._held.clear()
        self._main = None
        self.setParent(None)
        self.deleteLater()

    def apply_settings(self, settings: StationSettings) -> None:
        self._settings = settings
        for scanner in self._scanners.values():
            self._configure(scanner)

    def attach(self, window: QWidget) -> ScannerInput:
        """The scanner of ``window``'s top-level window (created once, dies with it)."""
        window = window.window()
        key = id(window)
        scanner = self._scanners.get(key)
        if scanner is not None and shiboken6.isValid(scanner):
            return scanner
        scanner = ScannerInput(window)
        self._configure(scanner)
        # Bound methods, not lambdas holding the window: the window's lifetime stays Qt's.
        scanner.scanned.connect(self._scanned)
        scanner.window_hidden.connect(self._window_hidden)
        self._scanners[key] = scanner
        return scanner

    def settle(self, window: QWidget, timeout_ms: int = 1000) -> None:
        """Before ``window`` closes under the user's hands (the start window making way): let
        a burst already coming into it end there, turning the event loop until its scanner
        holds no keys (a burst takes tens of ms), so it is one whole scan, never a first half
        here and a second half typed into the next window. At most ``timeout_ms``."""
        scanner = self._scanners.get(id(window.window()))
        deadline = time.monotonic() + timeout_ms / 1000
        while (scanner is not None and shiboken6.isValid(scanner) and scanner.deciding
               and time.monotonic() < deadline):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    def _configure(self, scanner: ScannerInput) -> None:
        s = self._settings
        scanner.set_max_gap_ms(s.scan_max_gap_ms)
        scanner.set_terminators(s.scan_terminators)
        scanner.set_remap_layout(s.scan_remap)

    @property
    def held(self) -> tuple[str, ...]:
        return tuple(self._held)

    # --- Qt plumbing --------------------------------------------------------------------

    def _focus_moved(self, focus: QWindow | None = None) -> None:
        """A window got the keyboard: give it a scanner. Matched by its QWindow, never by
        asking for the active window (which may be one being destroyed); done from the
        event loop, after whatever moved the focus has finished."""
        if focus is None:
            focus = self._app.focusWindow()
        if focus is not None:
            QTimer.singleShot(0, lambda handle=focus: self._attach_focused(handle))

    def _attach_focused(self, handle: QWindow) -> None:
        if not shiboken6.isValid(handle):
            return
        wanted = shiboken6.getCppPointer(handle)[0]  # by address: wrappers of one QWindow may differ
        window = next((w for w in self._app.topLevelWidgets() if w.isVisible() and w.windowHandle() is not None
                       and shiboken6.getCppPointer(w.windowHandle())[0] == wanted), None)
        if window is None:
            return
        self.attach(window)
        if self._held and window is not self._main and not self._takes_scans(window):
            self._show_note(window)

    def _window_hidden(self) -> None:
        """Called from the window's own filter, possibly while it is being destroyed: touch
        nothing of it; move held scans on once the event loop has settled."""
        scanner = self.sender()
        note = self._notes.pop(id(scanner.window), None) if isinstance(scanner, ScannerInput) else None
        if note is not None and shiboken6.isValid(note):
            note.hide()
        if self._held:
            QTimer.singleShot(0, self._flush)

    # --- routing ------------------------------------------------------------------------

    def scan_from(self, window: QWidget, code: str) -> None:
        """A code read in ``window`` by other means than its keyboard (the camera view): it goes
        exactly where a scanner burst typed there would go, with the same holding rules. While
        a modal dialog blocks ``window``, a burst could only be typed in that dialog: so there."""
        window = window.window()
        modal = self._app.activeModalWidget()
        if modal is not None and not self._within(window, modal):
            window = modal
        self._on_scan(window, code)

    @staticmethod
    def _within(window: QWidget, modal: QWidget) -> bool:
        """Whether ``window`` is ``modal`` or one of its (top-level) children, which it does not block."""
        widget: QWidget | None = window
        while widget is not None:
            if widget is modal:
                return True
            widget = widget.parentWidget()
        return False

    def _scanned(self, code: str) -> None:
        scanner = self.sender()
        if isinstance(scanner, ScannerInput):
            self._on_scan(scanner.window, code)

    def _on_scan(self, window: QWidget, code: str) -> None:
        self.scanned.emit(code)
        if self._held:
            self._flush()  # earlier scans first, to whoever takes them now
        if self._held and window is not self._current_taker():
            self._hold(code, window)  # they are still waiting: this one queues behind them
        elif not self._deliver(window, code):
            # Either nothing waits, or this window declined what waits (goods held at the
            # start dialog): it may still take this one (the badge that logs someone in).
            self._hold(code, window)

    def _deliver(self, window: QWidget, code: str) -> bool:
        if isinstance(window, ScanTaker) and window.isVisible():
            return bool(window.take_scan(code))
        return False

    def _hold(self, code: str, window: QWidget) -> None:
        self._held.append(code)
        self.held_changed.emit(len(self._held))
        if window is not self._main:
            self._show_note(window)

    def _current_taker(self) -> QWidget | None:
        """The window a held scan goes to now: the modal dialog on top if it takes
        scans, else the main window when no modal dialog is open."""
        modal = self._app.activeModalWidget()
        if modal is not None:
            return modal if self._takes_scans(modal) else None
        main = self._main
        if main is not None and shiboken6.isValid(main) and main.isVisible():
            return main
        return None

    def _flush(self) -> None:
        if self._flushing:
            return
        self._flushing = True
        try:
            while self._held:
                taker = self._current_taker()
                if taker is None or not self._deliver(taker, self._held[0]):
                    break
                self._held.popleft()
                self.held_changed.emit(len(self._held))
            if self._held:
                modal = self._app.activeModalWidget()
                if modal is not None:
                    self._show_note(modal)
        finally:
            self._flushing = False

    @staticmethod
    def _takes_scans(window: QWidget) -> bool:
        return isinstance(window, ScanTaker)

    # --- the waiting note -----------------------------------------------------------------

    def _show_note(self, window: QWidget) -> None:
        note = self._notes.get(id(window))
        if note is None or not shiboken6.isValid(note):
            note = ScanWaitingNote(window)
            self._notes[id(window)] = note
        note.show_count(len(self._held))

    def notice(self, window: QWidget) -> str:
        """The waiting line ``window`` shows now ('' when none): for tests and the status bar."""
        note = self._notes.get(id(window))
        return note.text() if note is not None and shiboken6.isValid(note) and note.isVisible() else ""

