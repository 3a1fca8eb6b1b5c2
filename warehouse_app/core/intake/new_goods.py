"""Goods a donation list names that the catalogue does not have yet, as new items to create.

A donor's list is full of goods nobody has added yet. When the manager asks for it
(``--create-missing`` / the import dialog's option), a line whose item is unknown plans a
new item instead of being refused: its name from the line, its unit from the unit column
(any common word, ``unit_words``), its category the one the line's category text names
best in any of the three languages (``category_match``), else the default category the
manager picked, and the line's barcode. Lines of one name share one new item. Nothing is
written here: the preview lists the plans (``NewGoods``) and the import creates them in
its own transaction, with every rule of a new item (``items.add_items``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from warehouse_app.core.catalogue import barcodes
from warehouse_app.core.catalogue import items as catalogue
from warehouse_app.core.catalogue.categories import CategoryInfo
from warehouse_app.core.catalogue.category_match import best_category
from warehouse_app.core.catalogue.item_names import name_key
from warehouse_app.core.catalogue.unit_words import unit_of
from warehouse_app.kernel.errors import BadInput

NO_CATEGORY = "No category matches \u201c{category}\u201d; choose a default category for new items."
NO_DEFAULT = "{item} is not in the catalogue; choose a default category for new items, or give a category column."


@dataclass(frozen=True)
class NewGoods:
    """An item an import will create: what the preview lists before anything is written."""

    name: str
    category: CategoryInfo
    unit: str
    barcodes: tuple[str, ...]  # GTIN-14
    tracks_expiry: bool  # a line of it carries an expiry date
    lines: tuple[int, ...]  # the lines of the file it receives

    def as_new_item(self) -> catalogue.NewItem:
        return {"name": self.name, "category": self.category.code, "unit": self.unit,
                "barcodes_": list(self.barcodes), "tracks_expiry": self.tracks_expiry}


@dataclass
class _Plan:
    name: str
    category: CategoryInfo
    unit: str
    first_line: int
    barcodes: list[str] = field(default_factory=list)
    tracks_expiry: bool = False
    lines: list[int] = field(default_factory=list)


class Planner:
    """The new items of one donation list, planned line by line."""

    def __init__(self, categories: Callable[[], list[CategoryInfo]], default: CategoryInfo | None) -> None:
        self._categories = categories
        self._all: list[CategoryInfo] | None = None
        self.default = default
        self._by_name: dict[str, _Plan] = {}
        self._by_code: dict[str, _Plan] = {}

    def key_of_code(self, gtin: str) -> str | None:
        """The planned item an earlier line gave this barcode to (a later line may name it by code alone)."""
        plan = self._by_code.get(gtin)
        return None if plan is None else name_key(plan.name)

    def unit_for(self, name_text: str, unit_text: str) -> str:
        """The unit a line of a new item is counted in: its name's plan's, else its unit word's."""
        plan = self._by_name.get(name_key(name_text))
        return plan.unit if plan is not None and not unit_text.strip() else unit_of(unit_text)

    def plan(self, line: int, name_text: str, category_text: str, unit_text: str, gtin: str | None,
             has_expiry: bool) -> tuple[str, str]:
        """Plan the line's new item (or join the one planned for its name): its key and unit.
        Raises the line's sentence when it cannot be made."""
        name = catalogue.clean_name(name_text)
        key = name_key(name)
        plan = self._by_name.get(key)
        unit = unit_of(unit_text)
        if plan is None:
            plan = _Plan(name, self._category(name, category_text), unit, line)
        elif unit_text.strip() and unit != plan.unit:
            raise BadInput("The new item {item} is also on line {line}, counted in {unit}.", item=plan.name,
                           line=plan.first_line, unit=plan.unit)
        if gtin is not None and gtin not in plan.barcodes:
            other = self._by_code.get(gtin)
            if other is not None:
                raise BadInput("The barcode {code} is also on line {line}.", code=barcodes.display_gtin(gtin),
                               line=other.first_line)
            plan.barcodes.append(gtin)
            self._by_code[gtin] = plan
        self._by_name[key] = plan
        plan.tracks_expiry = plan.tracks_expiry or has_expiry
        plan.lines.append(line)
        return key, plan.unit

    def _category(self, name: str, text: str) -> CategoryInfo:
        if text.strip():
            if self._all is None:
                self._all = self._categories()
            found = best_category(self._all, text)
            if found is not None:
                return found
            if self.default is None:
                raise BadInput(NO_CATEGORY, category=text.strip())
            return self.default
        if self.default is None:
            raise BadInput(NO_DEFAULT, item=name)
        return self.default

    def planned(self, keep: Callable[[int], bool] = lambda line: True) -> tuple[NewGoods, ...]:
        """The new items, in the order of their first line, with the lines ``keep`` keeps
        (the valid ones: a plan only the wrong lines need is dropped)."""
        out = []
        for plan in sorted(self._by_name.values(), key=lambda p: p.first_line):
            lines = tuple(n for n in plan.lines if keep(n))
            if lines:
                out.append(NewGoods(plan.name, plan.category, plan.unit, tuple(plan.barcodes), plan.tracks_expiry,
                                    lines))
        return tuple(out)
