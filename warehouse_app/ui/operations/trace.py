"""Where goods went: a donation or a truck followed through the ledger's provenance (reads)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from warehouse_app.core.trace.data import DonationTrace, TruckTrace
from warehouse_app.core.trace.journey import trace_donation as core_trace_donation
from warehouse_app.core.trace.journey import trace_truck as core_trace_truck
from warehouse_app.ui.base.tasks import Change, Op

# What a trace shows: goods moving (stock), trucks leaving and arriving, donations and donors.
TRACE_CHANGE = Change.STOCK | Change.TRUCKS | Change.DONATIONS


def trace_donation(owner: QObject | None, ref: str | int) -> Op[DonationTrace]:
    """Every unit of a donation (``D-2026-00042`` or its id): where it is now, by state."""
    return Op(owner, lambda s: core_trace_donation(s, ref))


def trace_truck(owner: QObject | None, number: str) -> Op[TruckTrace]:
    """Whose gifts a truck carries (or carried): donations, donors, items per package."""
    return Op(owner, lambda s: core_trace_truck(s, number))
