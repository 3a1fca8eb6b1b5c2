"""The top of the Trucks screen's right side: where the next scan goes, Load/Unload, the
big last-scan panel, and the quantity and code fields (digits typed, then a scan = that
many, as at intake)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.ui.widgets.last_scan import LastScanPanel

TARGET_STYLES = {
    "none": "background:#eceff1; color:#37474f;",
    "load": "background:#1e7a3c; color:white;",
    "unload": "background:#d35400; color:white;",
    "box": "background:#1a3c6e; color:white;",
    "locked": "background:#616161; color:white;",
}


def scale_font(widget: QWidget, factor: float, bold: bool = False) -> None:
    """Bigger (or smaller) type than the system's, readable from where the loader stands."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    font.setBold(bold)
    widget.setFont(font)


class ScanPanel(LastScanPanel):
    """The intake panel, a little smaller (the load table needs the height), with this
    screen's refusal headline."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        for label, factor in ((self.headline, 0.8), (self.quantity, 0.7), (self.details, 0.85)):
            scale_font(label, factor, label.font().bold())
        self.layout().setContentsMargins(10, 4, 10, 4)
        self.layout().setSpacing(0)

    def show_refused(self, headline: str, sentence: str, code: str = "") -> None:
        self.show_error(sentence, code)
        self.headline.setText(headline)


class ScanBar(QWidget):
    code_entered = Signal(str)  # a code typed by hand and confirmed with Enter
    mode_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = QLabel(self)
        self.target.setObjectName("scanTarget")
        self.target.setWordWrap(True)
        self.load_button = QPushButton(self.tr("Load"), self)
        self.load_button.setObjectName("loadMode")
        self.unload_button = QPushButton(self.tr("Unload"), self)
        self.unload_button.setObjectName("unloadMode")
        self.modes = QButtonGroup(self)
        for button in (self.load_button, self.unload_button):
            button.setCheckable(True)
            button.setMinimumHeight(38)
            button.setMinimumWidth(100)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.modes.addButton(button)
        self.load_button.setChecked(True)
        self.load_button.setStyleSheet("QPushButton:checked {background:#1e7a3c; color:white; font-weight:bold;}")
        self.unload_button.setStyleSheet("QPushButton:checked {background:#d35400; color:white; font-weight:bold;}")
        self.modes.buttonToggled.connect(lambda *_: self.mode_changed.emit())
        self.ask_lot = QCheckBox(self.tr("Ask which lot"), self)
        self.ask_lot.setObjectName("askLot")
        self.ask_lot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ask_lot.setToolTip(self.tr("For goods with several lots that may go on the truck: choose the lot "
                                        "after each scan (the one expiring first is offered first)."))
        self.panel = ScanPanel(self)
        self.qty = QLineEdit(self)
        self.qty.setObjectName("quantityField")
        self.qty.setPlaceholderText("1")
        self.qty.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.qty.setMaximumWidth(130)
        self.code = QLineEdit(self)
        self.code.setObjectName("codeField")
        self.code.setPlaceholderText(self.tr("Type a code and press Enter"))
        self.code.returnPressed.connect(self._code_entered)
        scale_font(self.qty, 1.8)
        scale_font(self.code, 1.3)
        scale_font(self.target, 1.35, bold=True)

        top = self._top = QHBoxLayout()
        top.addWidget(self.target, 1)
        top.addWidget(self.ask_lot)
        top.addWidget(self.load_button)
        top.addWidget(self.unload_button)
        entry = QGridLayout()
        self.qty_label = QLabel(self.tr("Quantity:"), self)
        entry.addWidget(self.qty_label, 0, 0)
        entry.addWidget(self.qty, 0, 1)
        entry.addWidget(QLabel(self.tr("Code:")), 1, 0)
        entry.addWidget(self.code, 1, 1)
        self.hint = QLabel(self.tr("Type how many, then scan the goods."), self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color:#555;")
        entry.addWidget(self.hint, 2, 0, 1, 2)
        entry.setRowStretch(3, 1)
        row = QHBoxLayout()
        row.addWidget(self.panel, 1)
        row.addLayout(entry)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(row)

    def add_tool(self, button: QWidget) -> None:
        """A button beside Load/Unload (the camera)."""
        self._top.addWidget(button)

    @property
    def unloading(self) -> bool:
        return self.unload_button.isChecked()

    def set_target(self, text: str, style: str, modes_visible: bool) -> None:
        self.target.setText(text)
        self.target.setStyleSheet(f"#scanTarget {{{TARGET_STYLES[style]} padding:8px; border-radius:6px;}}")
        self.load_button.setVisible(modes_visible)
        self.unload_button.setVisible(modes_visible)

    def name_modes(self, forward: str, back: str) -> None:
        """Load/Unload on the truck tab, Pack/Take out on the boxes tab."""
        self.load_button.setText(forward)
        self.unload_button.setText(back)

    def use_quantity(self, used: bool) -> None:
        """Packages are checked in by label alone: the quantity, its hint and the lot choice go."""
        for widget in (self.qty_label, self.qty, self.hint, self.ask_lot):
            widget.setVisible(used)

    def take_quantity(self) -> str:
        text = self.qty.text().strip()
        self.qty.clear()
        return text

    def _code_entered(self) -> None:
        code = self.code.text().strip()
        if code:
            self.code.clear()
            self.code_entered.emit(code)
            self.qty.setFocus()
