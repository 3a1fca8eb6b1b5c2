"""The category a word from a sheet most likely means, by its names in Polish, English and
Ukrainian ("koce" → Bedding › Blankets, "Baby food" → Food › Baby food, "гігієна" → Hygiene).

``resolve_category`` takes a code or an exact path or name; here a donor's own word is
matched too: the same name up to case, accents and a plural ending, else the closest
name (at least ``CLOSE`` alike). None when nothing is close: the caller then uses the
category the user picked for such goods, never a guess of its own.
"""

from __future__ import annotations

import difflib
import unicodedata
from collections.abc import Sequence

from warehouse_app.core.catalogue.categories import CategoryInfo
from warehouse_app.kernel.station import LANGUAGES

CLOSE = 0.8


def _plain(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold().replace("ł", "l"))
    return " ".join("".join(ch if ch.isalnum() else " " for ch in folded if not unicodedata.combining(ch)).split())


def best_category(categories: Sequence[CategoryInfo], text: str) -> CategoryInfo | None:
    """The category ``text`` names best among the (not archived) ``categories``, or None."""
    wanted = _plain(text)
    if not wanted:
        return None
    best: tuple[float, int, int] | None = None  # (likeness, depth, -order): the most alike, then the narrowest
    chosen: CategoryInfo | None = None
    for order, cat in enumerate(c for c in categories if not c.archived):
        names = {_plain(cat.code), *(_plain(cat.name(lang)) for lang in LANGUAGES),
                 *(_plain(cat.path(lang)) for lang in LANGUAGES)}
        likeness = max(_likeness(wanted, name) for name in names if name)
        score = (likeness, cat.depth, -order)
        if likeness >= CLOSE and (best is None or score > best):
            best, chosen = score, cat
    return chosen


def _likeness(wanted: str, name: str) -> float:
    if wanted == name:
        return 1.0
    return difflib.SequenceMatcher(None, wanted, name).ratio()
