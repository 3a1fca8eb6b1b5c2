"""The category tree: names in Polish, English and Ukrainian, HS codes, shelf-life rules."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from warehouse_app.core import lengths
from warehouse_app.db.models import Category, Item
from warehouse_app.kernel.errors import BadInput, Conflict, NotFound
from warehouse_app.kernel.station import LANGUAGES

_PATH_SPLIT = re.compile(r"\s*(?:/|›|>)\s*")
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_.-]{0,63}$")
_HS = re.compile(r"^\d{2}(\d{2}){0,4}$")


@dataclass(frozen=True)
class CategoryInfo:
    id: int
    parent_id: int | None
    code: str
    name_en: str
    name_pl: str
    name_uk: str
    hs_code: str | None
    min_shelf_life_days: int | None
    archived: bool
    depth: int = 0
    path_en: str = ""
    path_pl: str = ""
    path_uk: str = ""

    def name(self, lang: str = "en") -> str:
        return getattr(self, f"name_{lang}", self.name_en)

    def path(self, lang: str = "en") -> str:
        return getattr(self, f"path_{lang}", self.path_en)


def _info(row: Category) -> CategoryInfo:
    return CategoryInfo(
        id=row.id, parent_id=row.parent_id, code=row.code, name_en=row.name_en,
        name_pl=row.name_pl, name_uk=row.name_uk, hs_code=row.hs_code,
        min_shelf_life_days=row.min_shelf_life_days, archived=row.archived,
    )


_CACHE_KEY = "warehouse.categories"


def list_categories(session: Session, include_archived: bool = True) -> list[CategoryInfo]:
    """The whole tree, depth first, each with its depth and its path in every language.

    Kept for the rest of the unit of work (the tree is small and read on every
    item lookup); changing a category drops the copy.
    """
    cached: list[CategoryInfo] | None = session.info.get(_CACHE_KEY)
    if cached is None:
        cached = session.info[_CACHE_KEY] = _load_tree(session)
    return cached if include_archived else [c for c in cached if not c.archived]


def _load_tree(session: Session) -> list[CategoryInfo]:
    rows = [_info(r) for r in session.scalars(select(Category).order_by(Category.code))]
    children: dict[int | None, list[CategoryInfo]] = {}
    for row in rows:
        children.setdefault(row.parent_id, []).append(row)
    ordered: list[CategoryInfo] = []

    def walk(parent: CategoryInfo | None, depth: int) -> None:
        for child in children.get(parent.id if parent else None, []):
            paths: dict[str, Any] = {  # path_en, path_pl, path_uk: replace() takes them by name
                f"path_{lang}": (f"{parent.path(lang)}/" if parent else "") + child.name(lang)
                for lang in LANGUAGES
            }
            node = replace(child, depth=depth, **paths)
            ordered.append(node)
            walk(node, depth + 1)

    walk(None, 0)
    return ordered


def resolve_category(session: Session, ref: str) -> CategoryInfo:
    """A category named by its code (FOOD.CANNED) or its path in any language (Food/Canned food)."""
    text = ref.strip()
    if not text:
        raise BadInput("Name a category, by its code or its path such as Food/Canned food.")
    tree = list_categories(session)
    for cat in tree:
        if cat.code.casefold() == text.casefold():
            return cat
    wanted = "/".join(_PATH_SPLIT.split(text)).casefold()
    matches = [c for c in tree if any(c.path(lang).casefold() == wanted for lang in LANGUAGES)]
    if not matches:  # a bare leaf name is fine when it is unambiguous
        matches = [c for c in tree if any(c.name(lang).casefold() == wanted for lang in LANGUAGES)]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise BadInput(
            "{ref} matches several categories ({paths}); give the full path or the code.",
            ref=ref, paths=", ".join(m.path_en for m in matches),
        )
    raise NotFound("There is no category {ref}.", ref=ref)


def category_subtree_ids(session: Session, category_id: int) -> list[int]:
    tree = list_categories(session)
    wanted = {category_id}
    for cat in tree:  # depth-first order: parents come before their children
        if cat.parent_id in wanted:
            wanted.add(cat.id)
    return sorted(wanted)


def _clean_names(names: dict[str, str | None]) -> dict[str, str]:
    cleaned = {lang: (names.get(lang) or "").strip() for lang in LANGUAGES}
    if not any(cleaned.values()):
        raise BadInput("A category needs a name.")
    fallback = cleaned["en"] or cleaned["pl"] or cleaned["uk"]
    return {f"name_{lang}": lengths.at_most(value or fallback, lengths.CATEGORY_NAME,
                                            template="A category name can be at most {n} characters long (this one has {length}).")
            for lang, value in cleaned.items()}


def _check_rules(hs_code: str | None, min_shelf_life_days: int | None) -> None:
    if hs_code and not _HS.match(hs_code):
        raise BadInput("{hs} is not an HS code (2 to 10 digits, in pairs).", hs=hs_code)
    if min_shelf_life_days is not None and not 0 <= min_shelf_life_days <= 3650:
        raise BadInput("The minimum shelf life must be 0 to 3650 days, not {days}.", days=min_shelf_life_days)


def add_category(
    session: Session,
    *,
    code: str,
    name_en: str | None = None,
    name_pl: str | None = None,
    name_uk: str | None = None,
    parent: str | None = None,
    hs_code: str | None = None,
    min_shelf_life_days: int | None = None,
) -> CategoryInfo:
    code = code.strip().upper()
    if not _CODE.match(code):
        raise BadInput("{code} is not a category code: use letters, digits, dots and dashes.", code=code)
    if session.scalar(select(func.count()).where(Category.code == code)):
        raise Conflict("A category with the code {code} already exists.", code=code)
    _check_rules(hs_code, min_shelf_life_days)
    parent_id = resolve_category(session, parent).id if parent else None
    row = Category(
        code=code, parent_id=parent_id, hs_code=hs_code or None,
        min_shelf_life_days=min_shelf_life_days, archived=False,
        **_clean_names({"en": name_en, "pl": name_pl, "uk": name_uk}),
    )
    session.add(row)
    session.flush()
    session.info.pop(_CACHE_KEY, None)
    return next(c for c in list_categories(session) if c.id == row.id)


def edit_category(
    session: Session,
    category_id: int,
    *,
    names: dict[str, str | None] | None = None,
    hs_code: str | None = None,
    min_shelf_life_days: int | None = None,
    parent: str | None = None,
    archived: bool | None = None,
) -> CategoryInfo:
    """Change what is given; ``hs_code=""`` clears it, ``min_shelf_life_days=-1`` clears it."""
    row = session.get(Category, category_id)
    if row is None:
        raise NotFound("There is no category number {id}.", id=category_id)
    if names:
        merged = {lang: names.get(lang) or getattr(row, f"name_{lang}") for lang in LANGUAGES}
        for key, value in _clean_names(merged).items():
            setattr(row, key, value)
    if hs_code is not None:
        _check_rules(hs_code or None, None)
        row.hs_code = hs_code or None
    if min_shelf_life_days is not None:
        days = None if min_shelf_life_days < 0 else min_shelf_life_days
        _check_rules(None, days)
        row.min_shelf_life_days = days
    if parent is not None:
        new_parent = resolve_category(session, parent) if parent else None
        if new_parent and category_id in (
            [new_parent.id] + _ancestor_ids(session, new_parent.id)
        ):
            raise BadInput("A category cannot be moved under itself.")
        row.parent_id = new_parent.id if new_parent else None
    if archived is not None:
        if archived and session.scalar(
            select(func.count()).where(Item.category_id == category_id, Item.archived.is_(False))
        ):
            raise Conflict("{name} still has items; move or archive them first.", name=row.name_en)
        row.archived = archived
    session.flush()
    session.info.pop(_CACHE_KEY, None)
    return next(c for c in list_categories(session) if c.id == category_id)


def _ancestor_ids(session: Session, category_id: int) -> list[int]:
    by_id = {c.id: c for c in list_categories(session)}
    chain: list[int] = []
    current = by_id.get(category_id)
    while current and current.parent_id is not None:
        chain.append(current.parent_id)
        current = by_id.get(current.parent_id)
    return chain
