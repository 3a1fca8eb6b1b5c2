"""Donations: the header of the donation at intake, closing it, finding donors, their details."""

from __future__ import annotations

from PySide6.QtCore import QObject

from warehouse_app.core.context import Actor
from warehouse_app.core.intake import donations, donors, scanning
from warehouse_app.core.intake.donations import DonationInfo
from warehouse_app.core.intake.donors import DonorInfo
from warehouse_app.core.intake.scanning import IntakeView
from warehouse_app.ui.base.tasks import Change, Op


def edit_header(owner: QObject, actor: Actor, donation_id: int | None, field: str,
                text: str) -> Op[IntakeView]:
    """Save one header field (donor, source, notes); with no donation open, open one with it."""
    return Op(owner, lambda s: scanning.edit_header(s, actor, donation_id, field, text),
              write=True, changes=Change.DONATIONS)


def close_donation(owner: QObject, donation_id: int) -> Op[DonationInfo]:
    """Close a donation: its lines stay in the stock; the next scan opens a new one."""
    return Op(owner, lambda s: donations.close_donation(s, donation_id), write=True, changes=Change.DONATIONS)


def find_donors(owner: QObject, text: str) -> Op[list[str]]:
    """Donor names matching every word typed so far."""
    return Op(owner, lambda s: donations.search_donors(s, text))


def donor_details(owner: QObject, name: str) -> Op[DonorInfo]:
    """A donor's address and tax id, as their receipts print them."""
    return Op(owner, lambda s: donors.get_donor(s, name))


def save_donor_details(owner: QObject, name: str, address: str, tax_id: str) -> Op[DonorInfo]:
    """Set a donor's address and tax id (NIP is checked); empty text clears a field."""
    return Op(owner, lambda s: donors.set_donor_details(s, name, address=address, tax_id=tax_id),
              write=True, changes=Change.DONATIONS)
