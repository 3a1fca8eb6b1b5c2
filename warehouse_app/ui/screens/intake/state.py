"""What the intake screen shows after each unit of work, read in that same unit."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from warehouse_app.core.context import Actor
from warehouse_app.core.intake.donations import DonationInfo, DonationLine, donation_lines, get_donation
from warehouse_app.core.intake.receiving import ReceiveResult, receive
from warehouse_app.kernel.errors import DonationClosed


@dataclass(frozen=True)
class IntakeState:
    """The donation, its lines, and the scan just made (if any)."""

    donation: DonationInfo | None
    lines: list[DonationLine]
    result: ReceiveResult | None = None


def intake_state(session: Session, donation: DonationInfo | None, result: ReceiveResult | None = None) -> IntakeState:
    return IntakeState(donation, donation_lines(session, donation.id) if donation else [], result)


def after_scan(session: Session, result: ReceiveResult) -> IntakeState:
    return intake_state(session, get_donation(session, result.donation_id), result)


def receive_into_current(session: Session, actor: Actor, code: str, *, donation_id: int | None,
                         **details: object) -> ReceiveResult:
    """Receive into the donation the screen shows; if it was closed meanwhile (at another
    station, say), into this station's next open donation, as a fresh screen would."""
    try:
        return receive(session, actor, code, donation=donation_id, **details)  # type: ignore[arg-type]
    except DonationClosed:  # raised before anything of the receipt was written
        return receive(session, actor, code, donation=None, **details)  # type: ignore[arg-type]
