"""What the Reports screen offers to pick from, read in one unit of work."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy.orm import Session

from warehouse_app.core.catalogue.categories import CategoryInfo, list_categories
from warehouse_app.core.catalogue.items import list_items
from warehouse_app.core.intake.donations import DonationInfo, list_donations
from warehouse_app.core.intake.donors import list_donors
from warehouse_app.core.stock.locations import LocationInfo, list_locations

RECENT_DONATIONS = 200


@dataclass(frozen=True)
class ReportChoices:
    donations: list[DonationInfo]  # newest first
    places: list[LocationInfo]  # warehouse, zones, bins (not boxes or trucks), tree order
    categories: list[CategoryInfo]  # tree order
    unlabelled: list[tuple[str, str]]  # (internal code, caption) of goods with no barcode of their own
    donors: tuple[str, ...] = ()  # every donor's name, alphabetical (the donor impact report)


def item_caption(name: str, size: str | None) -> str:
    """The name as the sheet prints it; the size added only when the name does not say it already."""
    if not size or re.search(rf"(?<!\w){re.escape(size)}(?!\w)", name, re.IGNORECASE):
        return name
    return f"{name} ({size})"


def load_choices(session: Session) -> ReportChoices:
    unlabelled = [(item.internal_code, item_caption(item.name, item.size)) for item in list_items(session)
                  if item.internal_code and not item.barcodes]
    return ReportChoices(
        donations=list_donations(session, limit=RECENT_DONATIONS),
        places=[p for p in list_locations(session, include_containers=False) if not p.archived],
        categories=[c for c in list_categories(session, include_archived=False)],
        unlabelled=sorted(unlabelled, key=lambda pair: pair[1].casefold()),
        donors=tuple(donor.name for donor in list_donors(session)),
    )
