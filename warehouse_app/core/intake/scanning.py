"""The intake desk: scans into the donation a station is filling, and what it shows after each.

Each function is one user action at the intake screen, done in the caller's unit of
work (nothing here commits) and answered with plain frozen data read in that same unit:
the receipt, if any, and what the action changed on screen. A scan, a correction or an
undo changes one line of the donation on screen, so it answers with that one line as it
now is (one small read of that item's rows in the donation, never all its lines again);
only a scan that lands in another donation than the one on screen (the first scan, or
the one on screen was closed meanwhile) answers with that whole donation.

The rules of the desk live here rather than in the screen:

- a scan goes into the donation on screen; if that was closed meanwhile (at another
  station, say) it goes into this station's next open donation, as a fresh screen would;
- a typed quantity after a scan corrects that scan (an audited reversal and a new row);
- undo reverses the last scan, and the donation shows without it;
- an unknown barcode is named and received in one go; an item that tracks expiry and
  came without a date is saved anyway and the date asked for next (the form is never
  filled twice).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from warehouse_app.core.catalogue.items import ItemInfo, add_item
from warehouse_app.core.context import Actor
from warehouse_app.core.intake.donations import (
    DonationInfo,
    DonationLine,
    current_donation,
    donation_line,
    donation_lines,
    get_donation,
    open_donation,
    update_donation,
)
from warehouse_app.core.intake.receiving import ReceiveResult, correct_receipt, receive
from warehouse_app.core.stock.changes import reverse
from warehouse_app.kernel.errors import DonationClosed, ExpiryNeeded

HEADER_FIELDS = ("donor", "source", "notes")
UNDO_REASON = "scan undone at intake"


@dataclass(frozen=True)
class IntakeView:
    """The donation on screen (None: the next scan opens one) and its lines."""

    donation: DonationInfo | None
    lines: tuple[DonationLine, ...] = ()


@dataclass(frozen=True)
class ScanOutcome:
    """A committed scan (or correction): the receipt and its donation line as it now is.

    ``view`` is the whole donation, given only when the scan went into another donation
    than the one on screen; otherwise the screen updates ``line`` in what it shows."""

    receipt: ReceiveResult
    line: DonationLine
    view: IntakeView | None = None


@dataclass(frozen=True)
class NewItemReceived:
    """The new item is in the catalogue and its goods are received."""

    item: ItemInfo
    scan: ScanOutcome


@dataclass(frozen=True)
class NewItemNeedsExpiry:
    """The new item is in the catalogue; its goods wait for an expiry date (nothing received yet)."""

    item: ItemInfo


NewItemOutcome = NewItemReceived | NewItemNeedsExpiry


def view_of(session: Session, donation: DonationInfo | None) -> IntakeView:
    return IntakeView(donation, tuple(donation_lines(session, donation.id)) if donation else ())


def donation_view(session: Session, donation_id: int) -> IntakeView:
    """A donation and its lines, by id."""
    return view_of(session, get_donation(session, donation_id))


def current_view(session: Session, actor: Actor) -> IntakeView:
    """What a freshly opened intake screen shows: this station's open donation, if any."""
    return view_of(session, current_donation(session, actor))


def line_of(session: Session, receipt: ReceiveResult) -> DonationLine:
    """The donation line a receipt went into, as it now is (quantity 0: gone)."""
    return donation_line(session, receipt.donation_id, receipt.item_id, receipt.expiry, receipt.lot_code)


def _after(session: Session, receipt: ReceiveResult, shown: int | None) -> ScanOutcome:
    """``shown``: the donation on screen when the scan was made (None: none)."""
    view = donation_view(session, receipt.donation_id) if receipt.donation_id != shown else None
    return ScanOutcome(receipt, line_of(session, receipt), view)


def _receive_into(session: Session, actor: Actor, code: str, *, donation_id: int | None, qty: str | None,
                  expiry: date | None, separators: str, allow_expired: bool = False,
                  scan_uid: str | None = None) -> ReceiveResult:
    try:
        return receive(session, actor, code, donation=donation_id, qty=qty, expiry=expiry, separators=separators,
                       allow_expired=allow_expired, scan_uid=scan_uid)
    except DonationClosed:  # raised before anything of the receipt was written
        return receive(session, actor, code, donation=None, qty=qty, expiry=expiry, separators=separators,
                       allow_expired=allow_expired, scan_uid=scan_uid)


def scan(session: Session, actor: Actor, code: str, *, donation_id: int | None, qty: str | None = None,
         expiry: date | None = None, separators: str, allow_expired: bool = False,
         scan_uid: str | None = None) -> ScanOutcome:
    """Receive one scan into the donation on screen (``donation_id``; None: the station's
    current one, or a new one). A donation closed meanwhile gives way to the station's next
    open one. Raises ``ExpiryNeeded``, ``ExpiredOnReceipt`` (unless ``allow_expired``) or
    ``UnknownBarcode`` before anything is written. ``scan_uid``: the scan's own id, so the
    same scan sent again (a replay from the offline queue) is written once (``receive``)."""
    receipt = _receive_into(session, actor, code, donation_id=donation_id, qty=qty or None, expiry=expiry,
                            separators=separators, allow_expired=allow_expired, scan_uid=scan_uid)
    return _after(session, receipt, donation_id)


def correct_scan(session: Session, actor: Actor, receipt: ReceiveResult, qty: str) -> ScanOutcome:
    """The scan just made, with the quantity typed after it instead."""
    return _after(session, correct_receipt(session, actor, receipt.movement_id, qty), receipt.donation_id)


def undo_scan(session: Session, actor: Actor, receipt: ReceiveResult) -> DonationLine:
    """Take a scan back off its donation (a reversal row; the scan stays in the ledger);
    answers with its line of ``receipt.donation_id`` as it now is (quantity 0: gone)."""
    reverse(session, actor, receipt.movement_id, UNDO_REASON)
    return line_of(session, receipt)


def edit_header(session: Session, actor: Actor, donation_id: int | None, field: str, text: str) -> IntakeView:
    """Fill in who gave the donation on screen, where from, or notes; with none on screen,
    the first thing typed opens one."""
    if field not in HEADER_FIELDS:
        raise ValueError(f"not a donation header field: {field}")
    if donation_id is None:
        return view_of(session, open_donation(session, actor, **{field: text}))
    return view_of(session, update_donation(session, donation_id, **{field: text}))


def add_item_and_receive(session: Session, actor: Actor, code: str, item: Mapping[str, Any], *,
                         donation_id: int | None, qty: str | None = None, separators: str) -> NewItemOutcome:
    """Add the item named in the new-item form (``item``: the ``add_item`` arguments) and
    receive the scan that was unknown, in one unit of work. An item that tracks expiry
    and came without a date is kept, and the outcome asks for the date."""
    info = add_item(session, **item)
    try:
        return NewItemReceived(info, scan(session, actor, code, donation_id=donation_id, qty=qty,
                                          separators=separators))
    except ExpiryNeeded:  # raised before anything of the receipt was written
        return NewItemNeedsExpiry(info)
