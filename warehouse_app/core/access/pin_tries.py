"""PIN tries, slowed down: after three wrong PINs in a row for a person, each further try is
heard only after a wait that doubles (5 s, 10 s, 20 s … up to 15 minutes); the right PIN
resets it. Kept in the database (``operator.pin_failures``, ``pin_wait_until``), so it
holds across stations, restarts and both doors.

The trap: a service that raises rolls its transaction back, so a wrong try counted in the
transaction that refuses it would be lost. So a try is *judged* (a read) and *recorded*
(a write) apart: ``attempt_pin`` does both and never raises for a wrong PIN; the door runs
it in a write transaction of its own, lets it commit, then shows ``refusal()``. The command
line, which proves the PIN inside the command's own transaction, records a refused try
after that transaction ended (``cli/main.py``, ``PinRefused``).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from warehouse_app.core.access.pin_attempt import PinAttempt, wait_after
from warehouse_app.core.access.pins import pin_matches
from warehouse_app.db.models import Operator
from warehouse_app.db.types import utcnow
from warehouse_app.kernel.errors import NotFound


def _left(until: datetime | None, now: datetime) -> int:
    return 0 if until is None or until <= now else int((until - now).total_seconds() + 0.999)


def judge_pin(session: Session, name: str, pin: str, *, now: datetime | None = None) -> PinAttempt:
    """Whether ``pin`` is ``name``'s (a read; nothing is written)."""
    now = now or utcnow()
    row = session.execute(select(Operator.id, Operator.name, Operator.pin_hash, Operator.pin_wait_until,
                                 Operator.pin_failures)
                          .where(func.lower(Operator.name) == " ".join(name.split()).lower())).one_or_none()
    if row is None:
        raise NotFound("There is no operator {name}.", name=name)
    if not row.pin_hash:
        return PinAttempt(row.id, row.name, ok=False, has_pin=False)
    left = _left(row.pin_wait_until, now)
    if left:
        return PinAttempt(row.id, row.name, ok=False, heard=False, wait=left)
    return PinAttempt(row.id, row.name, ok=pin_matches(row.pin_hash, pin), failures=row.pin_failures)


def record_attempt(session: Session, attempt: PinAttempt, *, now: datetime | None = None) -> PinAttempt:
    """Write down a heard try: the right PIN resets the count, a wrong one adds to it and
    sets the wait. Returns the try with the wait that now applies."""
    if not attempt.heard or not attempt.has_pin:
        return attempt
    now = now or utcnow()
    if attempt.ok:
        if attempt.failures:  # nothing to write otherwise: a read may check a PIN too
            session.execute(update(Operator).where(Operator.id == attempt.operator_id)
                            .values(pin_failures=0, pin_wait_until=None))
        return attempt
    failures = session.scalar(update(Operator).where(Operator.id == attempt.operator_id)
                              .values(pin_failures=Operator.pin_failures + 1)
                              .returning(Operator.pin_failures)) or 0
    wait = wait_after(failures)
    session.execute(update(Operator).where(Operator.id == attempt.operator_id)
                    .values(pin_wait_until=now + timedelta(seconds=wait) if wait else None))
    return replace(attempt, wait=wait)


def attempt_pin(session: Session, name: str, pin: str, *, now: datetime | None = None) -> PinAttempt:
    """One try at ``name``'s PIN, judged and written down; never raises for a wrong PIN.
    Run it in a write transaction of its own and show ``refusal()`` after it committed."""
    return record_attempt(session, judge_pin(session, name, pin, now=now), now=now)
