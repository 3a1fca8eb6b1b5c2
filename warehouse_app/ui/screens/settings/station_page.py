"""Settings of this computer only: language, station name, scanner, sound, label sheets."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from warehouse_app.kernel.station import LABEL_FORMATS
from warehouse_app.station.store import save_station_settings, stored_language
from warehouse_app.ui.base.context import AppContext
from warehouse_app.ui.screens.settings.common import button, message_and_buttons, note

STATION_NAME_MAX = 64


class StationPage(QWidget):
    """Saved with QSettings on this computer; most of it applies at once (see the notes)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stationPage")
        self.ctx = ctx
        current = ctx.settings
        layout = QVBoxLayout(self)

        general = QGroupBox(self.tr("This computer"), self)
        form = QFormLayout(general)
        self.language = QComboBox(general)
        self.language.setObjectName("language")
        for code, name in ((None, self.tr("As the system (now: {lang})").format(lang=_language_name(current.lang))),
                           ("pl", "Polski"), ("uk", "Українська"), ("en", "English")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(stored_language())))
        form.addRow(self.tr("Language:"), self.language)
        form.addRow("", note(self.tr("A new language takes effect when the app restarts."), general))
        self.station = QLineEdit(current.station, general)
        self.station.setObjectName("stationName")
        self.station.setMaxLength(STATION_NAME_MAX)
        self.station.setToolTip(self.tr("Stamped on every movement made here, e.g. intake-1 or loading-dock"))
        form.addRow(self.tr("Station name:"), self.station)
        self.label_format = QComboBox(general)
        self.label_format.setObjectName("labelFormat")
        for code, name in zip(LABEL_FORMATS, (self.tr("A6 sheet (105 \u00d7 148 mm)"),
                                               self.tr("100 \u00d7 150 mm label printer"),
                                               self.tr("A4 sheet, several labels per page")), strict=True):
            self.label_format.addItem(name, code)
        self.label_format.setCurrentIndex(max(0, self.label_format.findData(current.label_format)))
        form.addRow(self.tr("Box and pallet labels:"), self.label_format)
        layout.addWidget(general)

        scanner = QGroupBox(self.tr("Barcode scanner"), self)
        sform = QFormLayout(scanner)
        self.max_gap = QSpinBox(scanner)
        self.max_gap.setObjectName("maxGap")
        self.max_gap.setRange(5, 1000)
        self.max_gap.setSuffix(self.tr(" ms"))
        self.max_gap.setValue(current.scan_max_gap_ms)
        self.max_gap.setToolTip(self.tr("Keys closer together than this are a scan; people type slower. "
                                        "Raise it if scans end up typed into fields."))
        sform.addRow(self.tr("Longest gap between keys of one scan:"), self.max_gap)
        self.terminator = QComboBox(scanner)
        self.terminator.setObjectName("terminator")
        for code, name in (("both", self.tr("Enter or Tab")), ("enter", self.tr("Enter")), ("tab", self.tr("Tab"))):
            self.terminator.addItem(name, code)
        self.terminator.setCurrentIndex(max(0, self.terminator.findData(current.scan_terminator)))
        sform.addRow(self.tr("The scanner ends a code with:"), self.terminator)
        self.remap = QCheckBox(self.tr("Read the scanner as a US keyboard, whatever the keyboard layout (recommended)"),
                               scanner)
        self.remap.setObjectName("remap")
        self.remap.setChecked(current.scan_remap)
        sform.addRow(self.remap)
        self.sound = QCheckBox(self.tr("Beep after each scan"), scanner)
        self.sound.setObjectName("sound")
        self.sound.setChecked(current.sound)
        sform.addRow(self.sound)
        layout.addWidget(scanner)
        layout.addWidget(note(self.tr("The station name, the scanner, the sound and the label format take effect "
                                      "as soon as you save; the language when the app restarts."), self))
        layout.addStretch(1)

        self.save_button = button(self, self.tr("Save this station's settings"), "saveStation", self.save)
        self.messages = message_and_buttons(self, layout, self.save_button)

    def save(self) -> None:
        station = " ".join(self.station.text().split())
        if not station:
            self.messages.error(self.tr("The station needs a name, e.g. intake-1; nothing was saved."))
            return
        settings = replace(
            self.ctx.settings, station=station, scan_max_gap_ms=self.max_gap.value(),
            scan_terminator=str(self.terminator.currentData()), scan_remap=self.remap.isChecked(),
            sound=self.sound.isChecked(), label_format=str(self.label_format.currentData()),
        )
        language, before = self.language.currentData(), stored_language()
        save_station_settings(settings, language)
        self.ctx.apply_settings(settings)
        if language != before:
            self.messages.success(self.tr("Saved. The new language takes effect when the app restarts."))
        else:
            self.messages.success(self.tr("Saved; in use from now on."))


def _language_name(code: str) -> str:
    return {"pl": "Polski", "uk": "Українська"}.get(code, "English")
