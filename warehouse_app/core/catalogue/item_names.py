"""Items by name, for imports that must not make a second item of a name already used.

An item found by name (``items.find_item``) must be the only one of its name, or every
donation list naming it fails ("Several items are called Blankets"). ``name_key`` is how
two names are the same name (case and spacing aside); ``items_named`` reads, in a few IN
queries for a whole sheet, the catalogue's items of the names given.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warehouse_app.core.catalogue.items import chunks
from warehouse_app.db.models import Item


def name_key(name: str) -> str:
    """The same for names that differ only in case and spacing."""
    return " ".join(name.split()).casefold()


def items_named(session: Session, names: Iterable[str]) -> dict[str, list[tuple[int, str]]]:
    """By ``name_key``: the (id, name) of the catalogue's items of each name (archived ones
    too: a name is taken while its item exists)."""
    wanted = {" ".join(n.split()) for n in names if n.strip()}
    variants = sorted({v for n in wanted for v in (n, n.lower(), n.casefold())})
    found: dict[str, list[tuple[int, str]]] = {}
    # lower() in SQL as find_item compares (SQLite's folds ASCII only: the names as typed are asked too)
    for part in chunks(variants):
        query = select(Item.id, Item.name).where(func.lower(Item.name).in_(part) | Item.name.in_(part))
        for item_id, name in session.execute(query):
            entry = found.setdefault(name_key(name), [])
            if (item_id, name) not in entry:
                entry.append((item_id, name))
    return found
