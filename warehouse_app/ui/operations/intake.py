"""Intake: the user actions of the intake desk, each an ``Op`` for the task runner.

The rules are in ``core.intake.scanning``; these say whether an action writes and what
it changes, so the other screens hear about it. Scans are writes, and writes run one
at a time in the order they were submitted, so scans commit in the order scanned.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from PySide6.QtCore import QObject

from warehouse_app.core.catalogue.categories import CategoryInfo, list_categories
from warehouse_app.core.context import Actor
from warehouse_app.core.intake import scanning
from warehouse_app.core.intake.donations import DonationLine
from warehouse_app.core.intake.receiving import ReceiveResult
from warehouse_app.core.intake.scanning import IntakeView, NewItemOutcome, ScanOutcome
from warehouse_app.ui.base.tasks import Change, Op

RECEIVED = Change.STOCK | Change.DONATIONS  # a scan may open a donation as well as add stock


def current_intake(owner: QObject, actor: Actor) -> Op[IntakeView]:
    """This station's open donation and its lines (what a fresh intake screen shows)."""
    return Op(owner, lambda s: scanning.current_view(s, actor))


def receive_scan(owner: QObject, actor: Actor, code: str, *, donation_id: int | None, qty: str | None,
                 expiry: date | None = None, separators: str, allow_expired: bool = False,
                 scan_uid: str | None = None) -> Op[ScanOutcome]:
    """Receive one scan into the donation on screen (fails with ExpiryNeeded, ExpiredOnReceipt
    or UnknownBarcode when the screen has something to ask). ``scan_uid``: a server station's
    id of the scan, so it is written once even if it is sent again from the offline queue."""
    return Op(owner, lambda s: scanning.scan(s, actor, code, donation_id=donation_id, qty=qty, expiry=expiry,
                                             separators=separators, allow_expired=allow_expired,
                                             scan_uid=scan_uid),
              write=True, changes=RECEIVED)


def correct_quantity(owner: QObject, actor: Actor, receipt: ReceiveResult, qty: str) -> Op[ScanOutcome]:
    """The last scan, with the quantity typed after it instead."""
    return Op(owner, lambda s: scanning.correct_scan(s, actor, receipt, qty), write=True, changes=RECEIVED)


def undo_scan(owner: QObject, actor: Actor, receipt: ReceiveResult) -> Op[DonationLine]:
    """Take the last scan back off its donation; answers with its line as it now is."""
    return Op(owner, lambda s: scanning.undo_scan(s, actor, receipt), write=True, changes=RECEIVED)


def new_item_categories(owner: QObject) -> Op[list[CategoryInfo]]:
    """The categories the new-item form offers (archived ones left out)."""
    return Op(owner, lambda s: list_categories(s, include_archived=False))


def add_item_and_receive(owner: QObject, actor: Actor, code: str, item: Mapping[str, Any], *,
                         donation_id: int | None, qty: str | None, separators: str) -> Op[NewItemOutcome]:
    """Add the item named in the new-item form and receive the unknown scan, in one unit of work."""
    return Op(owner, lambda s: scanning.add_item_and_receive(s, actor, code, item, donation_id=donation_id,
                                                             qty=qty, separators=separators),
              write=True, changes=Change.CATALOGUE | RECEIVED)
