"""Numbers and dates as the user reads them, in the app's language (QLocale default).

The core formats quantities the neutral way (``12.5``) for the CLI and exports; on
screen a Polish or Ukrainian user expects ``12,5`` and ``31.12.2026``. install_translators
(ui/language.py) sets the default QLocale, so these follow the chosen language.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale

from warehouse_app.core.quantities import format_quantity


def show_qty(value: Decimal | int) -> str:
    """A quantity with the locale's decimal comma and digit grouping, no trailing zeros."""
    plain = format_quantity(Decimal(value))  # e.g. "-1234.5": exact, trailing zeros dropped
    locale = QLocale()
    whole, _, fraction = plain.lstrip("-").partition(".")
    text = locale.toString(int(whole))
    if fraction:
        text += locale.decimalPoint() + fraction
    return ("-" + text) if plain.startswith("-") else text


def date_pattern() -> str:
    """The locale's short date pattern with a four-digit year (31.12.2026), for labels and date
    fields alike; the C locale (no language set at all) has no sensible one: ISO then."""
    if QLocale().language() == QLocale.Language.C:
        return "yyyy-MM-dd"
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


# The places every new database starts with (migration 0002) are stored with English
# names; on screen they read in the user's language. Places people name stay as named.
DEFAULT_PLACES = frozenset({
    QT_TRANSLATE_NOOP("places", "Main warehouse"),
    QT_TRANSLATE_NOOP("places", "Receiving"),
    QT_TRANSLATE_NOOP("places", "Storage"),
})


def place_name(name: str) -> str:
    return QCoreApplication.translate("places", name) if name in DEFAULT_PLACES else name


def show_date(value: date) -> str:
    """A date as the user reads it (expiry dates, departures)."""
    return QLocale().toString(QDate(value.year, value.month, value.day), date_pattern())
