"""Items by name, for imports that must not make a second item of a name already used.

An item found by name (``items.find_item``) must be the only one of its name, or every
donation list naming it fails ("Several items are called Blankets"). ``name_key`` is how
two names are the same name (case and spacing aside); ``items_named`` reads, once for a
whole sheet, the catalogue's items of the names given.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from warehouse_app.db.models import Item


def name_key(name: str) -> str:
    """The same for names that differ only in case and spacing."""
    return " ".join(name.split()).casefold()


def items_named(session: Session, names: Iterable[str]) -> dict[str, list[tuple[int, str]]]:
    """By ``name_key``: the (id, name) of the catalogue's items of each name (archived ones
    too: a name is taken while its item exists). One read of the names (a case-blind IN
    query would scan the table once per chunk: this reads it once), compared in Python, so
    "Łyżka" and "łyżka" are one name on SQLite too."""
    wanted = {name_key(n) for n in names if n.strip()}
    found: dict[str, list[tuple[int, str]]] = {}
    if not wanted:
        return found
    for item_id, name in session.execute(select(Item.id, Item.name).order_by(Item.id)):
        key = name_key(name)
        if key in wanted:
            found.setdefault(key, []).append((item_id, name))
    return found
