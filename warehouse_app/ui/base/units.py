"""Units of measure as the user reads them (the database keeps the short codes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def unit_label(unit: str) -> str:
    labels = {
        "pcs": QCoreApplication.translate("units", "pcs"),
        "kg": QCoreApplication.translate("units", "kg"),
        "l": QCoreApplication.translate("units", "l"),
        "pack": QCoreApplication.translate("units", "packs"),
        "pair": QCoreApplication.translate("units", "pairs"),
        "set": QCoreApplication.translate("units", "sets"),
    }
    return labels.get(unit, unit)
