"""Sentences from the core, shown in the user's language.

Core errors carry an English template plus parameters (``WarehouseError``); here the
template is looked up in Qt's translations under the context ``errors`` and then
filled in, so the services stay Qt-free and the GUI still speaks Polish or Ukrainian.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from warehouse_app.core.errors import Notice, WarehouseError

ERROR_CONTEXT = "errors"


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def error_text(exc: WarehouseError | Notice) -> str:
    """An error sentence or a notice from core, in the user's language."""
    template = translate(ERROR_CONTEXT, exc.template)
    try:
        return template.format(**exc.params) if exc.params else template
    except (KeyError, IndexError, ValueError):  # a broken translation must not hide the message
        return str(exc)


def notice_text(text: str) -> str:
    """A core warning: translated when it is a Notice, else shown as it is (the user's own text)."""
    return error_text(text) if isinstance(text, Notice) else text
