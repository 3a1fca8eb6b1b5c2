"""Which language the app speaks, and loading its translations into Qt.

The choice is the QSettings key ``language`` (pl, uk or en, written by the settings
dialog); without one the app follows the system locale, and falls back to English for
any other system language. ``install_translators`` loads the app's own
``warehouse_<lang>.qm`` plus Qt's ``qtbase_<lang>.qm`` (so OK, Cancel, Yes and No are
translated too) and makes the language the default QLocale, so dates and numbers shown
with QLocale read the way the user expects.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QFileDialog

from warehouse_app.kernel.paths import resource_path
from warehouse_app.kernel.station import LANGUAGES
from warehouse_app.station.store import system_language

#: Words of Qt 6's own file dialog that Qt's catalogues (qtbase_pl, qtbase_uk) still lack
#: (Qt 6 added the "&" mnemonics, so "Look in:" no longer matches): our catalogue carries
#: them under Qt's context, and Qt looks there when its own has nothing.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

_installed: list[QTranslator] = []  # kept alive while installed, removed on the next call

_LOCALES = {"pl": QLocale.Language.Polish, "uk": QLocale.Language.Ukrainian, "en": QLocale.Language.English}


def locale_for(lang: str) -> QLocale:
    if lang == "en":
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale(_LOCALES[lang])


def translations_dir() -> str:
    return str(resource_path("translations"))


def install_translators(app: QCoreApplication, lang: str) -> None:
    """Replace the translators of ``app`` with those of ``lang`` and make it the default locale.

    English has only its plural forms ("1 item", "3 items"); its source strings are the
    text. Calling it again with another language swaps the translators (the widgets built
    afterwards speak it)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    lang = lang if lang in LANGUAGES else "en"
    sources = [(f"warehouse_{lang}", translations_dir())]  # English: only its plural forms
    if lang != "en":
        sources.append((f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for name, folder in sources:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(locale_for(lang))


def file_dialog_options(options: QFileDialog.Option = QFileDialog.Option(0)) -> QFileDialog.Option:
    """A file dialog in the app's language: the system's own dialog speaks the system's
    language, so where the app speaks another, Qt's dialog (translated above) is used."""
    app_lang = QLocale().name().split("_")[0].lower()
    if app_lang != system_language():
        options |= QFileDialog.Option.DontUseNativeDialog
    return options
