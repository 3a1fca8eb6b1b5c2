"""The warehouse-wide settings page as one unit: letterhead, truck payload, the layout of
shops' in-store codes and the minimum shelf life per category, read together and saved in
one transaction by a manager."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from warehouse_app.core.access.operators import require_manager
from warehouse_app.core.catalogue import instore
from warehouse_app.core.catalogue.categories import CategoryInfo, edit_category, list_categories
from warehouse_app.core.context import Actor
from warehouse_app.core.shipping.packing_data import WarehouseDetails
from warehouse_app.core.shipping.warehouse import (
    max_payload_kg,
    parse_payload,
    set_max_payload_kg,
    set_warehouse_details,
    warehouse_details,
)


@dataclass(frozen=True)
class ShelfLifeRow:
    """A category's own minimum (None: none of its own) and what it gets from above."""

    category: CategoryInfo
    inherited_days: int | None  # the nearest ancestor's rule, used when ``days`` is None

    @property
    def days(self) -> int | None:
        return self.category.min_shelf_life_days


@dataclass(frozen=True)
class WarehouseSetup:
    details: WarehouseDetails
    max_payload_kg: Decimal | None
    shelf_life: tuple[ShelfLifeRow, ...]
    instore_layout: str  # a name of ``instore_layouts`` or ``instore.OFF``
    instore_layouts: tuple[tuple[str, instore.InstoreLayout], ...]  # the layouts offered, in order


def load_warehouse_setup(session: Session) -> WarehouseSetup:
    categories = list_categories(session, include_archived=False)
    by_id = {c.id: c for c in categories}

    def inherited(cat: CategoryInfo) -> int | None:
        parent = by_id.get(cat.parent_id) if cat.parent_id is not None else None
        while parent is not None:
            if parent.min_shelf_life_days is not None:
                return parent.min_shelf_life_days
            parent = by_id.get(parent.parent_id) if parent.parent_id is not None else None
        return None

    return WarehouseSetup(warehouse_details(session), max_payload_kg(session),
                          tuple(ShelfLifeRow(c, inherited(c)) for c in categories),
                          instore.instore_layout(session), tuple(instore.LAYOUTS.items()))


def save_warehouse_setup(session: Session, actor: Actor, details: WarehouseDetails, payload_kg: str,
                         shelf_life: dict[int, int | None], instore_layout: str | None = None) -> WarehouseSetup:
    """All or nothing: a bad field raises before anything is kept (the unit of work rolls back).

    ``shelf_life`` maps category id -> days (None: no rule of its own, follow the parent);
    ``instore_layout`` names a layout of in-store codes or ``off`` (None: left as it is)."""
    require_manager(session, actor, "change the warehouse settings")
    parse_payload(payload_kg)  # checked first, so its sentence comes before any write
    set_warehouse_details(session, name=details.name, address=details.address,
                          tax_id=details.tax_id, contact=details.contact)
    set_max_payload_kg(session, payload_kg)
    if instore_layout is not None:
        instore.set_instore_layout(session, instore_layout)
    for category_id, days in shelf_life.items():
        edit_category(session, category_id, min_shelf_life_days=-1 if days is None else days)
    return load_warehouse_setup(session)
