"""Constants and the per-machine settings every front end shares, each defined once.

The GUI stores ``StationSettings`` with QSettings (``warehouse_app.station``); the CLI
reads the same store; documents take the label format and the language as plain codes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

#: The app's languages, in the order they are offered to people.
LANGUAGES = ("pl", "uk", "en")
#: Each language named in itself, as a language chooser shows it.
LANGUAGE_NAMES = {"pl": "Polski", "uk": "Українська", "en": "English"}

#: Label sheets for boxes and pallets, as documents.labels_pdf draws them.
LABEL_FORMATS = ("a6", "100x150", "a4")
LABEL_FORMAT_NAMES = {"a6": "A6", "100x150": "100 \u00d7 150 mm", "a4": "A4"}

#: How box and pallet labels reach paper: a PDF (as any document), or ZPL straight to a
#: thermal printer through a printer queue or a network printer's raw port.
LABEL_PRINTER_KINDS = ("pdf", "queue", "network")
#: Thermal printers' resolutions and label sizes, as documents.labels_zpl draws them.
ZPL_DPIS = (203, 300)
ZPL_SIZES = ("100x150", "a6")
#: A network label printer's raw port when its address names none.
RAW_PORT = 9100


@dataclass(frozen=True)
class LabelPrinter:
    """Where this station's box and pallet labels go (Settings › Label printer)."""

    kind: str = "pdf"  # one of LABEL_PRINTER_KINDS
    queue: str = ""  # the printer queue's name (kind "queue")
    address: str = ""  # host or host:port (kind "network")
    dpi: int = 203  # one of ZPL_DPIS
    size: str = "100x150"  # one of ZPL_SIZES

    @property
    def zpl(self) -> bool:
        """Labels go to a thermal printer as ZPL instead of a PDF."""
        return self.kind != "pdf"


#: Days after which the start reminds a SQLite station to copy its database off the machine.
OFFSITE_COPY_DAYS = 7

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
    label_printer: LabelPrinter = LabelPrinter()
    last_offsite_copy: date | None = None  # Settings › Backups last wrote a copy outside the data folder

    def offsite_copy_overdue(self, today: date) -> int | None:
        """Days since the last copy off this machine when a reminder is due (-1: never made
        one), else None."""
        if self.last_offsite_copy is None:
            return -1
        days = (today - self.last_offsite_copy).days
        return days if days > OFFSITE_COPY_DAYS else None

    @property
    def scan_terminators(self) -> tuple[str, ...]:
        return TERMINATOR_CHOICES.get(self.scan_terminator, TERMINATOR_CHOICES["both"])
