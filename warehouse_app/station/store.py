"""This computer's own settings (QtCore only: the command line reads them without widgets), kept with QSettings (never in the shared database).

One place knows the keys, so the start-up, the settings dialog and the tests read and
write the same thing. ``language`` is pl|uk|en, absent = follow the system (the key the
translations module reads too).
"""

from __future__ import annotations

import os
import socket
import sys
from datetime import date

from PySide6.QtCore import QLocale, QSettings

from warehouse_app.kernel.station import (
    LABEL_FORMATS,
    LABEL_PRINTER_KINDS,
    LANGUAGES,
    TERMINATOR_CHOICES,
    ZPL_DPIS,
    ZPL_SIZES,
    LabelPrinter,
    StationSettings,
)

SETTINGS_ORGANISATION = "AidWarehouse"
SETTINGS_APPLICATION = "AidWarehouse"
ORGANISATION = SETTINGS_ORGANISATION
LANGUAGE_KEY = "language"
DATABASE_KEY = "database_url"
STATION_KEY = "station"
OFFSITE_COPY_KEY = "backups/last_offsite_copy"  # an ISO date, written only by record_offsite_copy
PRINTER_KEY = "printing/printer/{kind}"  # the printer last used for a kind of paper (packing-list, labels-a6, ...)


def settings_store() -> QSettings:
    """This machine's settings (the same store the settings dialog writes)."""
    return QSettings(SETTINGS_ORGANISATION, SETTINGS_APPLICATION)


def system_language() -> str:
    """pl or uk when the system speaks it, else en."""
    name = QLocale.system().name().split("_")[0].lower()
    return name if name in LANGUAGES else "en"


def chosen_language(settings: QSettings | None = None) -> str:
    """The language set in the settings, else the system's (pl, uk or en)."""
    stored = str((settings or settings_store()).value(LANGUAGE_KEY, "") or "").strip().lower()
    return stored if stored in LANGUAGES else system_language()


def stored_language(store: QSettings | None = None) -> str | None:
    """The language picked in the settings, or None to follow the system."""
    value = str((store or settings_store()).value(LANGUAGE_KEY, "") or "")
    return value if value in LANGUAGES else None


def _flag(store: QSettings, key: str, default: bool) -> bool:
    return str(store.value(key, default)).lower() not in ("false", "0", "no")


def _number(store: QSettings, key: str, default: int, low: int, high: int) -> int:
    try:
        value = int(str(store.value(key, default)))
    except ValueError:
        return default
    return value if low <= value <= high else default


def stored_station(store: QSettings | None = None) -> str | None:
    """This computer's station name, or None before anyone named it (the first start asks)."""
    return str((store or settings_store()).value(STATION_KEY, "") or "").strip() or None


def remember_station(name: str) -> None:
    store = settings_store()
    store.setValue(STATION_KEY, name)
    store.sync()


def remembered_printer(kind: str) -> str:
    """The printer this station last printed ``kind`` of paper on ("" before the first print)."""
    return str(settings_store().value(PRINTER_KEY.format(kind=kind), "") or "")


def remember_printer(kind: str, name: str) -> None:
    store = settings_store()
    store.setValue(PRINTER_KEY.format(kind=kind), name)
    store.sync()


def load_station_settings(station: str | None = None) -> StationSettings:
    """What this station uses now; anything unreadable falls back to the default."""
    store = settings_store()
    terminator = str(store.value("scanner/terminator", "both"))
    label_format = str(store.value("labels/format", LABEL_FORMATS[0]))
    return StationSettings(
        station=station or stored_station(store) or socket.gethostname() or "station",
        lang=chosen_language(store),
        scan_max_gap_ms=_number(store, "scanner/max_gap_ms", 50, 5, 1000),
        sound=_flag(store, "scanner/sound", True),
        scan_terminator=terminator if terminator in TERMINATOR_CHOICES else "both",
        scan_remap=_flag(store, "scanner/remap", True),
        label_format=label_format if label_format in LABEL_FORMATS else LABEL_FORMATS[0],
        label_printer=load_label_printer(store),
        last_offsite_copy=_day(store, OFFSITE_COPY_KEY),
    )


def _choice(store: QSettings, key: str, choices: tuple[str, ...]) -> str:
    value = str(store.value(key, choices[0]))
    return value if value in choices else choices[0]


def load_label_printer(store: QSettings | None = None) -> LabelPrinter:
    """Settings › Label printer (keys under ``label_printer/``); anything unreadable: PDF labels."""
    store = store or settings_store()
    dpi = _number(store, "label_printer/dpi", ZPL_DPIS[0], 0, 10_000)
    return LabelPrinter(
        kind=_choice(store, "label_printer/kind", LABEL_PRINTER_KINDS),
        queue=str(store.value("label_printer/queue", "") or "").strip(),
        address=str(store.value("label_printer/address", "") or "").strip(),
        dpi=dpi if dpi in ZPL_DPIS else ZPL_DPIS[0],
        size=_choice(store, "label_printer/size", ZPL_SIZES),
    )


def save_label_printer(printer: LabelPrinter) -> None:
    store = settings_store()
    store.setValue("label_printer/kind", printer.kind)
    store.setValue("label_printer/queue", printer.queue)
    store.setValue("label_printer/address", printer.address)
    store.setValue("label_printer/dpi", printer.dpi)
    store.setValue("label_printer/size", printer.size)
    store.sync()


def _day(store: QSettings, key: str) -> date | None:
    try:
        return date.fromisoformat(str(store.value(key, "") or ""))
    except ValueError:
        return None


def record_offsite_copy(day: date) -> None:
    """A copy of the database was written outside this machine's data folder on ``day``
    (Settings › Backups); the start-up reminder counts from it."""
    store = settings_store()
    store.setValue(OFFSITE_COPY_KEY, day.isoformat())
    store.sync()


def save_station_settings(settings: StationSettings, language: str | None) -> None:
    """Store what the station page shows; ``language`` None = follow the system."""
    store = settings_store()
    if language in LANGUAGES:
        store.setValue("language", language)
    else:
        store.remove("language")
    store.setValue(STATION_KEY, settings.station)
    store.setValue("scanner/max_gap_ms", settings.scan_max_gap_ms)
    store.setValue("scanner/sound", "true" if settings.sound else "false")
    store.setValue("scanner/terminator", settings.scan_terminator)
    store.setValue("scanner/remap", "true" if settings.scan_remap else "false")
    store.setValue("labels/format", settings.label_format)
    store.sync()


def stored_database_url() -> str | None:
    value = str(settings_store().value(DATABASE_KEY, "") or "").strip()
    return value or None


def save_database_url(url: str | None) -> None:
    """Remember the database for the next start (None: back to the default file).

    A URL may carry a PostgreSQL password: on Linux and macOS the settings file is then
    made readable by this user only (on Windows it lives in the user's own registry)."""
    store = settings_store()
    if url:
        store.setValue(DATABASE_KEY, url)
    else:
        store.remove(DATABASE_KEY)
    store.sync()
    path = store.fileName()
    if sys.platform != "win32" and os.path.isfile(path):
        os.chmod(path, 0o600)
