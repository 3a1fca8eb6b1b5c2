"""Who works here: the list at start-up and on the Operators page, the start-up login
(the name, a manager's PIN), and a manager's changes to people, roles and PINs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from sqlalchemy.orm import Session

from warehouse_app.core.access import operators as people
from warehouse_app.core.access.operators import (
    OperatorInfo,
    find_operator,
    list_operators,
    operator_by_badge,
    require_manager,
    set_active,
    set_pin,
    set_role,
)
from warehouse_app.core.access.operators import sign_in as core_sign_in
from warehouse_app.core.access.pin_attempt import PinAttempt
from warehouse_app.core.access.pin_tries import attempt_pin
from warehouse_app.core.context import Actor
from warehouse_app.ui.base.tasks import Change, Op


def operators(owner: QObject | None, *, include_inactive: bool = False) -> Op[list[OperatorInfo]]:
    return Op(owner, lambda s: list_operators(s, include_inactive=include_inactive))


# --- start-up ---

def sign_in(owner: QObject | None, name: str) -> Op[OperatorInfo]:
    """The name chosen at start; a new name is added as staff, a retired one is refused."""
    return Op(owner, lambda s: core_sign_in(s, name), write=True, changes=Change.OPERATORS)


def sign_in_with_badge(owner: QObject | None, code: str) -> Op[OperatorInfo]:
    """The person whose badge was scanned; nobody's badge, or a retired person's, is one sentence."""
    return Op(owner, lambda s: operator_by_badge(s, code))


def check_pin(owner: QObject | None, name: str, pin: str) -> Op[OperatorInfo]:
    """Fails with one sentence when the PIN is wrong or the person must wait. The try is
    written down in this write transaction, which commits; the sentence is raised after it
    (core/access/pin_tries: a refusal raised inside would roll the count back)."""
    def work(session: Session) -> tuple[PinAttempt, OperatorInfo]:
        return attempt_pin(session, name, pin), find_operator(session, name)

    def let_in(tried: tuple[PinAttempt, OperatorInfo]) -> OperatorInfo:
        refusal = tried[0].refusal()
        if refusal is not None:
            raise refusal
        return tried[1]

    return Op(owner, work, write=True).after(let_in)


def first_pin(owner: QObject | None, name: str, pin: str) -> Op[OperatorInfo]:
    """A manager without a PIN chooses one before working as a manager."""
    return Op(owner, lambda s: set_pin(s, name, pin), write=True, changes=Change.OPERATORS)


# --- a manager's changes (the role is checked again in the same transaction) ---

def _by_manager(owner: QObject | None, actor: Actor, change: Callable[[Session], OperatorInfo]) -> Op[OperatorInfo]:
    def work(session: Session) -> OperatorInfo:
        require_manager(session, actor, "manage operators")
        return change(session)

    return Op(owner, work, write=True, changes=Change.OPERATORS)


def add_person(owner: QObject | None, actor: Actor, name: str, role: str, pin: str | None = None) -> Op[OperatorInfo]:
    """A new person; a manager comes with their PIN (``pin``) in the same step."""
    return _by_manager(owner, actor, lambda s: people.add_person(s, actor, name, role, pin=pin))


def give_role(owner: QObject | None, actor: Actor, name: str, role: str, pin: str | None = None) -> Op[OperatorInfo]:
    """Another role; someone made a manager without a PIN gets ``pin`` in the same step."""
    return _by_manager(owner, actor, lambda s: set_role(s, actor, name, role, pin=pin))


def set_working(owner: QObject | None, actor: Actor, name: str, active: bool) -> Op[OperatorInfo]:
    """Retire (False) or bring back (True); a retired name stays on what they did."""
    return _by_manager(owner, actor, lambda s: set_active(s, actor, name, active))


def reset_pin(owner: QObject | None, actor: Actor, name: str, pin: str) -> Op[OperatorInfo]:
    return _by_manager(owner, actor, lambda s: set_pin(s, name, pin, by=actor))
