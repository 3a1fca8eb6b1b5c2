"""Sentences from the core, shown in the user's language.

Core errors carry an English template plus parameters (``WarehouseError``); here the
template is looked up in Qt's translations under the context ``errors`` and then
filled in, so the services stay Qt-free and the GUI still speaks Polish or Ukrainian.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from warehouse_app.kernel.errors import Notice, WarehouseError

ERROR_CONTEXT = "errors"
# Parameters that carry an English word into a template ("Only a manager can {action}.");
# tools/error_templates.py collects their values for translation under the same context.
WORD_PARAMS = ("what", "action")
# Parameters that name a kind of place or label ("{code} is a {kind} label, not goods."): the
# kind is data (location.kind, a label's prefix), so its words are listed here, under "kinds".
KIND_PARAMS = ("kind", "actual")
KINDS = (
    QT_TRANSLATE_NOOP("kinds", "item"), QT_TRANSLATE_NOOP("kinds", "box"), QT_TRANSLATE_NOOP("kinds", "pallet"),
    QT_TRANSLATE_NOOP("kinds", "location"), QT_TRANSLATE_NOOP("kinds", "truck"),
    QT_TRANSLATE_NOOP("kinds", "warehouse"), QT_TRANSLATE_NOOP("kinds", "zone"), QT_TRANSLATE_NOOP("kinds", "bin"),
)


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def error_text(exc: WarehouseError | Notice) -> str:
    """An error sentence or a notice from core, in the user's language."""
    template = translate(ERROR_CONTEXT, exc.template)
    params = {key: translate(ERROR_CONTEXT, value) if key in WORD_PARAMS and isinstance(value, str)
              else translate("kinds", str(value)) if key in KIND_PARAMS and str(value) in KINDS else value
              for key, value in exc.params.items()}
    try:
        return template.format(**params) if params else template
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the message
        return str(exc)


def notice_text(text: str) -> str:
    """A core warning: translated when it is a Notice, else shown as it is (the user's own text)."""
    return error_text(text) if isinstance(text, Notice) else text
